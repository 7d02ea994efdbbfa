import KartaLanguage
import KartaWords

/// `karta lint` for people (`--format text`): every finding as compilers print it — place, level,
/// id, message, the source line with a caret, the notes — then one line that counts the files,
/// errors and warnings, and the warnings acknowledged in the plan.
public struct LintTextReport: FindingsRenderer {
  public static let identifier = "text"

  /// Whether the output is coloured for a terminal.
  public var colored: Bool
  /// The language of messages and the summary line.
  public var language: Language

  /// Creates the renderer.
  public init(colored: Bool = false, language: Language = .english) {
    self.colored = colored
    self.language = language
  }

  public func render(_ findings: Findings) -> String {
    let renderer = DiagnosticRenderer(sources: findings.sources, colored: colored, language: language)
    var output = renderer.render(findings.diagnostics)
    let errors = findings.diagnostics.filter { $0.severity == .error }.count
    let warnings = findings.diagnostics.filter { $0.severity == .warning }.count
    let files = findings.files.count
    output += language.count("count.lint.files", files, "\(files)") + ": "
    output += language.count("count.lint.errors", errors, "\(errors)") + ", "
    output += language.count("count.lint.warnings", warnings, "\(warnings)")
    if findings.acknowledged > 0 { output += language.say("lint.acknowledged", "\(findings.acknowledged)") }
    return output + "\n"
  }
}

/// `karta lint --format json`, the stable shape CI tools read (`karta-lint/1`): the files, every
/// diagnostic with its place (`line`, `column`, `end_line`, `end_column` when it has one), message,
/// notes and suggestion, and the counts. Keys sorted, two-space indent.
public struct LintJSONReport: FindingsRenderer {
  public static let identifier = "json"

  /// The language of messages and notes (ids and severities stay as they are).
  public var language: Language

  /// Creates the renderer.
  public init(language: Language = .english) { self.language = language }

  public func render(_ findings: Findings) -> String {
    let sink = OutputSink()
    var json = JSONWriter(sink)
    json.beginObject()
    json.key("diagnostics")
    json.beginArray()
    for diagnostic in findings.diagnostics {
      let range = diagnostic.location.range
      json.beginObject()
      if let range { json.member("column", integer: range.start.column) }
      if let range { json.member("end_column", integer: range.end.column) }
      if let range { json.member("end_line", integer: range.end.line) }
      json.member("file", diagnostic.location.file)
      json.member("id", diagnostic.id.rawValue)
      if let range { json.member("line", integer: range.start.line) }
      json.member("message", diagnostic.message(in: language))
      json.member("notes", strings: diagnostic.notes(in: language))
      json.member("severity", diagnostic.severity.rawValue)
      if let suggestion = diagnostic.suggestion { json.member("suggestion", suggestion) }
      json.endObject()
    }
    json.endArray()
    json.member("files", strings: findings.files)
    json.member("format", "karta-lint/1")
    json.key("summary")
    json.beginObject()
    json.member("errors", integer: findings.diagnostics.filter { $0.severity == .error }.count)
    json.member("files", integer: findings.files.count)
    json.member("warnings", integer: findings.diagnostics.filter { $0.severity == .warning }.count)
    json.endObject()
    json.endObject()
    json.finish()
    sink.write("\n")
    return sink.text
  }
}
