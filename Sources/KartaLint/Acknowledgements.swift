import KartaLanguage

/// Warnings a plan's author has looked at and accepted: a comment `# karta: allow ID` (several
/// ids separated by commas or spaces) on the line of the finding or on the line just above it.
/// Only warnings and notes can be acknowledged; an error always stands.
///
/// ```
/// item 5.3: Совместно с общеобразовательными учреждениями …
///   # karta: allow deadline.before-approval — the order prints 2004; we keep its text
///   due: до 01.03.2004 года
/// ```
public enum Acknowledgements {
  /// The marker that starts an acknowledgement inside a comment.
  public static let marker = "karta: allow"

  /// The ids acknowledged on one line of text, if it holds an acknowledging comment.
  static func ids(in line: Substring) -> Set<String> {
    guard let hash = line.firstIndex(of: "#") else { return [] }
    let comment = line[line.index(after: hash)...].drop { $0 == " " || $0 == "\t" }
    guard comment.hasPrefix(marker) else { return [] }
    let list = comment.dropFirst(marker.count).prefix { $0 != "—" && $0 != "(" }
    return Set(list.split { $0 == "," || $0 == " " || $0 == "\t" }.map(String.init).filter { $0.contains(".") })
  }

  /// `result` without the warnings and notes its plan acknowledges, and how many those were.
  public static func apply(to result: LintResult) -> (result: LintResult, acknowledged: Int) {
    var sources: [String: SourceFile] = [:]
    for source in result.loaded.sources { sources[source.path] = source }
    var kept = result
    var acknowledged = 0
    kept.diagnostics = result.diagnostics.filter { diagnostic in
      guard diagnostic.severity != .error, let line = diagnostic.location.range?.start.line,
        let source = sources[diagnostic.location.file]
      else { return true }
      let nearby = [line, line - 1].filter { $0 >= 1 && $0 <= source.lines.count }
      let allowed = nearby.reduce(into: Set<String>()) { $0.formUnion(ids(in: source.line($1))) }
      if allowed.contains(diagnostic.id.rawValue) {
        acknowledged += 1
        return false
      }
      return true
    }
    return (kept, acknowledged)
  }
}
