import Foundation
import KartaLanguage
import KartaPlan

/// `karta fmt FILE… [--check] [--diff] [--write] [--lang ru|en]`: prints, checks or rewrites plan
/// files in the canonical layout (`docs/fmt.md`).
enum FmtCommand: Command {
  static let name = "fmt"
  static let options = [
    OptionSpec(name: .check, takesValue: false),
    OptionSpec(name: .diff, takesValue: false),
    OptionSpec(name: .write, takesValue: false),
    OptionSpec(name: .lang, takesValue: true, allowed: ["ru", "en"]),
  ]
  static let help = """
    usage: karta fmt FILE… [--check] [--diff] [--write] [--lang ru|en]

    Lays plan files out in the one canonical form: declarations at the margin, properties indented
    two spaces, continuation lines two more, one space after ':', one blank line between blocks,
    LF line ends, no byte-order mark. Comments stay where they are; the text of titles and values
    is never changed, and no line of text is re-wrapped. The layout is described in docs/fmt.md.
    Included files are not followed: name each file to format.

    With one FILE and no option, prints the formatted text to standard output.

    options:
      --check      print the name of each file that is not in canonical form
      --diff       print what would change, as a unified diff (--- a/FILE +++ b/FILE)
      --write      rewrite each file that is not in canonical form, atomically (a temporary file
                   beside it, then renamed); files already canonical are not touched
      --lang L     spell keywords in L, ru or en (default: the file's own language)

    The options combine: '--write --diff' rewrites and shows what changed.

    exit codes: 0 every file canonical (or written), 1 with --check or --diff: some file is not
    in canonical form, 2 a file cannot be read, has syntax errors or cannot be written, or bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard !arguments.positional.isEmpty else {
      console.writeError("karta fmt: no plan files given\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    let check = arguments.flag(.check)
    let diff = arguments.flag(.diff)
    let write = arguments.flag(.write)
    guard arguments.positional.count == 1 || check || diff || write else {
      console.writeError(
        "karta fmt: with several files, give --check, --diff or --write\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    let language: KeywordLanguage? = arguments[.lang].flatMap(KeywordLanguage.init(rawValue:))
    let formatter = PlanFormatter(language: language)
    var code = Karta.ExitCode.success
    for path in arguments.positional {
      let result: Int32
      switch formatted(path, with: formatter, console: console) {
      case .failure:
        result = Karta.ExitCode.badInput
      case .success(let (original, text)):
        result = deliver(text, original: original, path: path, check: check, diff: diff, write: write, console: console)
      }
      code = max(code, result)
    }
    return code
  }

  /// A file as read: its bytes, and its text with LF line ends and no byte-order mark, for the diff.
  private struct Original {
    var bytes: [UInt8]
    var lines: String
  }

  /// Reads, parses and formats one file; prints the diagnostics of a file that cannot be formatted.
  private static func formatted(
    _ path: String, with formatter: PlanFormatter, console: Console
  ) -> Result<(original: Original, text: String), Diagnostic> {
    let bytes: [UInt8]
    switch FileSystemSources().read(path) {
    case .failure(let error):
      return report(
        Diagnostic.unreadableFile(path, problem: error.problem, at: SourceLocation(file: path)),
        sources: [], console: console)
    case .success(let read):
      bytes = read
    }
    let source: SourceFile
    switch SourceFile.decode(path: path, bytes: bytes) {
    case .failure(let diagnostic):
      return report(diagnostic, sources: [], console: console)
    case .success(let decoded):
      source = decoded
    }
    let (syntax, diagnostics) = Parser.parse(source)
    let errors = diagnostics.filter { $0.severity == .error }.sortedForReporting()
    if let first = errors.first {
      console.writeError(
        DiagnosticRenderer(sources: [source], colored: console.colored, language: console.language).render(errors))
      console.writeError(
        "karta fmt: '\(path)' has \(errors.count) syntax error\(errors.count == 1 ? "" : "s"); it is left as it is\n")
      return .failure(first)
    }
    switch formatter.formatChecked(syntax) {
    case .failure(let diagnostic):
      return report(diagnostic, sources: [source], console: console)
    case .success(let text):
      return .success((Original(bytes: bytes, lines: source.lines.joined(separator: "\n") + "\n"), text))
    }
  }

  private static func report<T>(
    _ diagnostic: Diagnostic, sources: [SourceFile], console: Console
  ) -> Result<T, Diagnostic> {
    console.writeError(
      DiagnosticRenderer(sources: sources, colored: console.colored, language: console.language).render(diagnostic))
    return .failure(diagnostic)
  }

  /// Does what the options ask with one formatted file; returns its exit code.
  private static func deliver(
    _ text: String, original: Original, path: String, check: Bool, diff: Bool, write: Bool, console: Console
  ) -> Int32 {
    guard check || diff || write else {
      console.write(text)
      return Karta.ExitCode.success
    }
    let changed = Array(text.utf8) != original.bytes
    guard changed else { return Karta.ExitCode.success }
    if check { console.write(path + "\n") }
    if diff {
      let rendered = UnifiedDiff.render(old: original.lines, new: text, path: path)
      console.write(
        rendered.isEmpty
          ? "--- a/\(path)\n+++ b/\(path)\n(only line ends, the byte-order mark or the last line break differ)\n"
          : rendered)
    }
    if write {
      do {
        // A symbolic link stays a link: the file it points to is replaced.
        let target = FileSystemSources().resolvedPath(path)
        if let refusal = refusal(toRewrite: target, path: path, readBytes: original.bytes) {
          console.writeError("karta fmt: \(refusal)\n")
          return Karta.ExitCode.badInput
        }
        var information = stat()
        _ = stat(target, &information)
        try OutputFile.write(
          text, to: target, mode: mode_t(information.st_mode & 0o7777), owner: (information.st_uid, information.st_gid))
      } catch {
        console.writeError("karta fmt: \(error.message)\n")
        return Karta.ExitCode.badInput
      }
    }
    return check || diff ? Karta.ExitCode.findings : Karta.ExitCode.success
  }

  /// Why the file at `target` must not be replaced, or `nil`: it is read-only (a protection the
  /// rename would go around, even for its owner), it has other hard links (which would keep the
  /// old text), or it changed since it was read (an edit would be lost).
  private static func refusal(toRewrite target: String, path: String, readBytes: [UInt8]) -> String? {
    var information = stat()
    guard stat(target, &information) == 0 else { return "cannot read '\(path)' again to replace it" }
    if information.st_mode & 0o222 == 0 || access(target, W_OK) != 0 {
      return "'\(path)' is read-only; it is left as it is"
    }
    if information.st_nlink > 1 {
      return "'\(path)' has \(information.st_nlink) hard links; rewriting it would leave the others with the old text"
    }
    guard let now = RegularFile.contents(atPath: target), [UInt8](now) == readBytes else {
      return "'\(path)' changed while it was being formatted; it is left as it is — run fmt again"
    }
    return nil
  }
}
