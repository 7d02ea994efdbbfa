import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a path cannot be read as an input file; callers decide by case, never by message text.
public enum FileProblem: Error, Sendable, Hashable {
  /// Nothing at the path.
  case missing
  /// A directory.
  case directory
  /// A pipe, a socket or a device: reading it could block forever or never end.
  case special
  /// A file larger than the reader takes.
  case tooLarge(size: Int, limit: Int)
  /// Any other failure, with the system's reason ("permission denied").
  case unreadable(String)

  /// The reason in English, as "cannot read 'PATH': REASON" ends.
  public var reason: String {
    switch self {
    case .missing: "no such file"
    case .directory: "it is a directory"
    case .special: "it is not a regular file (a pipe, a socket or a device)"
    case .tooLarge(let size, let limit): "file is \(size) bytes; Karta reads files up to \(limit) bytes"
    case .unreadable(let reason): reason
    }
  }
}

/// Input files are regular files. A named pipe, a socket or a device given as a plan or a status
/// file would block the read forever (or never end), so it is refused before it is opened.
public enum RegularFile {
  /// Why `path` cannot be read as a file — missing, a directory, not a regular file, a loop of
  /// symbolic links — or `nil` when it is a regular file. Checked with `stat`, which does not block.
  public static func problem(at path: String) -> FileProblem? {
    var information = stat()
    guard stat(path, &information) == 0 else {
      return errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)).lowercased())
    }
    switch information.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return .directory
    default: return .special
    }
  }

  /// The contents of the regular file at `path`, or `nil` when it is not one or cannot be read.
  public static func contents(atPath path: String) -> Data? {
    problem(at: path) == nil ? FileManager.default.contents(atPath: path) : nil
  }
}

extension RegularFile {
  /// The existing path that differs from `path` only in letter case (`Rules/irkutsk.plan` for
  /// `rules/irkutsk.plan`), or `nil` when there is none or `path` exists as written.
  public static func caseVariant(of path: String) -> String? {
    guard !path.isEmpty, !FileManager.default.fileExists(atPath: path) else { return nil }
    let absolute = path.hasPrefix("/")
    var found: [String] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
      let directory = (absolute ? "/" : "") + (found.isEmpty ? (absolute ? "" : ".") : found.joined(separator: "/"))
      let exact = (found + [component]).joined(separator: "/")
      if component == "." || component == ".." || FileManager.default.fileExists(atPath: (absolute ? "/" : "") + exact)
      {
        found.append(component)
        continue
      }
      guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory),
        let match = entries.first(where: { $0.lowercased() == component.lowercased() })
      else { return nil }
      found.append(match)
    }
    let variant = (absolute ? "/" : "") + found.joined(separator: "/")
    return variant != path && FileManager.default.fileExists(atPath: variant) ? variant : nil
  }
}

extension Diagnostic {
  /// "cannot read 'PATH': REASON", in catalogue words, naming the file that differs only in letter
  /// case when the path does not exist and such a file does.
  public static func unreadableFile(
    _ path: String, problem: FileProblem, id: DiagnosticID = .fileUnreadable, at location: SourceLocation
  ) -> Diagnostic {
    let phrase: Phrase
    switch problem {
    case .missing:
      phrase =
        RegularFile.caseVariant(of: path).map { Phrase("file.unreadable.missing-case", "\(path)", "\($0)") }
        ?? Phrase("file.unreadable.missing", "\(path)")
    case .directory: phrase = Phrase("file.unreadable.directory", "\(path)")
    case .special: phrase = Phrase("file.unreadable.special", "\(path)")
    case .tooLarge, .unreadable: phrase = Phrase("file.unreadable", "\(path)", "\(problem.reason)")
    }
    return Diagnostic(id, at: location, phrase)
  }
}
