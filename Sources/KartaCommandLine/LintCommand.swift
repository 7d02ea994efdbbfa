import Foundation
import KartaLanguage
import KartaLint
import KartaPlan
import KartaReports

/// `karta lint FILE… [--format text|json]`: checks plan files and reports every problem.
enum LintCommand: Command {
  static let name = "lint"
  static let options = [
    OptionSpec(name: .format, takesValue: true, allowed: ["text", "json"] + FindingsRenderers.identifiers),
    OptionSpec(name: .output, takesValue: true), OptionSpec(name: .maxWarnings, takesValue: true),
  ]
  static let help = """
    usage: karta lint FILE… [--format text|json|sarif|github|junit] [-o FILE] [--max-warnings N]

    Checks each plan file and the files it includes: syntax, references between parties,
    subjects, events and items, and the lint rules. Prints every problem with file:line:column.

    options:
      --format F           text for people (default), json for tools, sarif (SARIF 2.1.0),
                           github (workflow annotations) or junit (JUnit XML) for CI
      -o, --output FILE    write to FILE (atomically) instead of standard output
      --max-warnings N     exit 1 when there are more than N warnings (default: any number)

    A warning the plan's author has accepted is acknowledged with a comment on its line or the
    line above: '# karta: allow deadline.before-approval' (docs/lint.md); it is no longer shown.

    exit codes: 0 no errors (and no more than --max-warnings warnings), 1 errors or too many
    warnings, 2 a file cannot be read or bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    let words = console.language
    guard !arguments.positional.isEmpty else {
      console.writeError(
        "karta lint: \(words.word("cli.no-plan-files"))\n" + words.say("cli.see-help", "karta help lint") + "\n")
      return Karta.ExitCode.badInput
    }
    var maximumWarnings: Int?
    if let text = arguments[.maxWarnings] {
      guard let number = Int(text), number >= 0 else {
        console.writeError("karta lint: \(words.say("cli.max-warnings", "\(text)"))\n")
        return Karta.ExitCode.badInput
      }
      maximumWarnings = number
    }
    let linter = Linter()
    var acknowledged = 0
    let results = arguments.positional.map { path in
      let (result, count) = Acknowledgements.apply(to: linter.lint(path: path))
      acknowledged += count
      return result
    }
    let format = arguments.value(.format, default: "text")
    let output: String
    switch format {
    case "json": output = LintReport(results: results, language: words).json()
    case "text":
      output = text(
        for: results, acknowledged: acknowledged, colored: console.colored && arguments[.output] == nil,
        language: words)
    default: output = FindingsRenderers.render(findings(results, linter: linter), as: format, language: words) ?? ""
    }
    // The plan's trees are not freed on the way out: the process ends right after a lint, and taking
    // 100,000 items apart one object at a time cost a tenth of the run (see `ProcessEndKeeper`).
    ProcessEndKeeper.keep(results)
    if let failure = OutputFile.deliver(output, to: arguments[.output], console: console, command: name) {
      return failure
    }
    if results.contains(where: \.rootIsUnreadable) { return Karta.ExitCode.badInput }
    let warnings = results.flatMap(\.diagnostics).filter { $0.severity == .warning }.count
    if let maximumWarnings, warnings > maximumWarnings {
      console.writeError(
        "karta lint: \(words.say("cli.too-many-warnings", "\(warnings)", "\(maximumWarnings)"))\n")
      return Karta.ExitCode.findings
    }
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

  private static func text(
    for results: [LintResult], acknowledged: Int, colored: Bool, language: Language
  ) -> String {
    var output = ""
    var errors = 0
    var warnings = 0
    for result in results {
      let renderer = DiagnosticRenderer(sources: result.loaded.sources, colored: colored, language: language)
      output += renderer.render(result.diagnostics)
      errors += result.diagnostics.filter { $0.severity == .error }.count
      warnings += result.diagnostics.filter { $0.severity == .warning }.count
    }
    output += language.count("count.lint.files", results.count, "\(results.count)") + ": "
    output += language.count("count.lint.errors", errors, "\(errors)") + ", "
    output += language.count("count.lint.warnings", warnings, "\(warnings)")
    if acknowledged > 0 { output += language.say("lint.acknowledged", "\(acknowledged)") }
    return output + "\n"
  }
}

/// Holds the last value a command handed over until the process ends, so that a large result is not
/// freed object by object just before `exit` (which returns the memory at once). Each `keep` drops
/// the value kept before it, so a test process running many commands holds one result at a time.
final class ProcessEndKeeper: @unchecked Sendable {
  private static let shared = ProcessEndKeeper()
  private let lock = NSLock()
  private var value: Any?

  /// Keeps `value` until the next `keep` or the end of the process.
  static func keep(_ value: Any) {
    shared.lock.lock()
    let previous = shared.value
    shared.value = value
    shared.lock.unlock()
    _ = previous  // freed here, outside the lock
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

  init(results: [LintResult], language: Language = .english) {
    let all = results.flatMap(\.diagnostics)
    files = results.map(\.path)
    diagnostics = all.map { diagnostic in
      Entry(
        id: diagnostic.id.rawValue, severity: diagnostic.severity.rawValue, file: diagnostic.location.file,
        line: diagnostic.location.range?.start.line, column: diagnostic.location.range?.start.column,
        endLine: diagnostic.location.range?.end.line, endColumn: diagnostic.location.range?.end.column,
        message: diagnostic.message(in: language), notes: diagnostic.notes(in: language),
        suggestion: diagnostic.suggestion)
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
