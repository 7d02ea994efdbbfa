import KartaWords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes: standard output and standard error, and whether colour is wanted.
/// Tests pass a console that collects the text.
public struct Console: Sendable {
  /// Writes to standard output.
  public var write: @Sendable (String) -> Void
  /// Writes to standard error.
  public var writeError: @Sendable (String) -> Void
  /// Whether output may be coloured: a terminal, and `NO_COLOR` not set.
  public var colored: Bool
  /// The language of what people read: `--lang`, else `KARTA_LANG`, else the locale.
  public var language: Language

  /// Creates a console from its two writers.
  public init(
    colored: Bool, language: Language = .english, write: @escaping @Sendable (String) -> Void,
    writeError: @escaping @Sendable (String) -> Void
  ) {
    self.colored = colored
    self.language = language
    self.write = write
    self.writeError = writeError
  }

  /// The process's own standard output and error; colour only on a terminal without `NO_COLOR`.
  public static func standard(environment: [String: String]) -> Console {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let terminal = isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
    return Console(
      colored: terminal && !noColor, language: Language.preferred(by: environment),
      write: { text in writeAll(text, to: STDOUT_FILENO) },
      writeError: { text in writeAll(text, to: STDERR_FILENO) })
  }
}

/// Writes all of `text` to a file descriptor, retrying short writes.
private func writeAll(_ text: String, to descriptor: Int32) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if written <= 0 { return }
    bytes = bytes.dropFirst(written)
  }
}
