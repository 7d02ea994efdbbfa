import Foundation
import KartaLanguage
import KartaLint
import KartaPlan
import KartaReports

/// `karta lint FILE… [--format text|json]`: checks plan files and reports every problem.
enum LintCommand: Command {
  static let name = "lint"
  static let options = [
    OptionSpec(name: "format", takesValue: true, allowed: ["text", "json"] + FindingsRenderers.identifiers),
    OptionSpec(name: "output", takesValue: true),
  ]
  static let help = """
    usage: karta lint FILE… [--format text|json|sarif|github|junit] [-o FILE]

    Checks each plan file and the files it includes: syntax, references between parties,
    subjects, events and items, and the lint rules. Prints every problem with file:line:column.

    options:
      --format F           text for people (default), json for tools, sarif (SARIF 2.1.0),
                           github (workflow annotations) or junit (JUnit XML) for CI
      -o, --output FILE    write to FILE (atomically) instead of standard output

    exit codes: 0 no errors (warnings allowed), 1 errors, 2 a file cannot be read or bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard !arguments.positional.isEmpty else {
      console.writeError("karta lint: no plan files given\n\n" + help)
      return Karta.ExitCode.badInput
    }
    let linter = Linter()
    let results = arguments.positional.map { linter.lint(path: $0) }
    let format = arguments.value("format", default: "text")
    let output: String
    switch format {
    case "json": output = LintReport(results: results).json()
    case "text": output = text(for: results, colored: console.colored && arguments.options["output"] == nil)
    default: output = FindingsRenderers.render(findings(results, linter: linter), as: format) ?? ""
    }
    if let failure = OutputFile.deliver(output, to: arguments.options["output"], console: console, command: name) {
      return failure
    }
    if results.contains(where: \.rootIsUnreadable) { return Karta.ExitCode.badInput }
    return results.contains { $0.diagnostics.containsErrors } ? Karta.ExitCode.findings : Karta.ExitCode.success
  }

  /// The findings of a lint run, for the CI formats.
  static func findings(_ results: [LintResult], linter: Linter) -> Findings {
    Findings(
      files: results.map(\.path),
      rules: linter.rules.map {
        Findings.Rule(
          id: $0.description.id.rawValue, severity: $0.description.severity, summary: $0.description.summary)
      },
      diagnostics: results.flatMap(\.diagnostics))
  }

  private static func text(for results: [LintResult], colored: Bool) -> String {
    var output = ""
    var errors = 0
    var warnings = 0
    for result in results {
      let renderer = DiagnosticRenderer(sources: result.loaded.sources, colored: colored)
      output += renderer.render(result.diagnostics)
      errors += result.diagnostics.filter { $0.severity == .error }.count
      warnings += result.diagnostics.filter { $0.severity == .warning }.count
    }
    let files = results.count == 1 ? "1 file" : "\(results.count) files"
    output += "\(files) checked: \(count(errors, "error")), \(count(warnings, "warning"))\n"
    return output
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

/// The JSON form of `karta lint`: a stable shape that CI tools read.
struct LintReport: Encodable {
  struct Entry: Encodable {
    var id: String
    var severity: String
    var file: String
    var line: Int?
    var column: Int?
    var endLine: Int?
    var endColumn: Int?
    var message: String
    var notes: [String]
    var suggestion: String?

    enum CodingKeys: String, CodingKey {
      case id, severity, file, line, column, message, notes, suggestion
      case endLine = "end_line"
      case endColumn = "end_column"
    }
  }

  struct Summary: Encodable {
    var files: Int
    var errors: Int
    var warnings: Int
  }

  var format = "karta-lint/1"
  var files: [String]
  var diagnostics: [Entry]
  var summary: Summary

  init(results: [LintResult]) {
    let all = results.flatMap(\.diagnostics)
    files = results.map(\.path)
    diagnostics = all.map { diagnostic in
      Entry(
        id: diagnostic.id.rawValue, severity: diagnostic.severity.rawValue, file: diagnostic.location.file,
        line: diagnostic.location.range?.start.line, column: diagnostic.location.range?.start.column,
        endLine: diagnostic.location.range?.end.line, endColumn: diagnostic.location.range?.end.column,
        message: diagnostic.message, notes: diagnostic.notes, suggestion: diagnostic.suggestion)
    }
    summary = Summary(
      files: results.count, errors: all.filter { $0.severity == .error }.count,
      warnings: all.filter { $0.severity == .warning }.count)
  }

  func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
