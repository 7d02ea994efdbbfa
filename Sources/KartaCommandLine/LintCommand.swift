import Foundation
import KartaLanguage
import KartaLint
import KartaPlan
import KartaReports

/// `karta lint FILE… [--format text|json]`: checks plan files and reports every problem.
enum LintCommand: Command {
  static let name = "lint"
  static let options = [
    OptionSpec(name: .format, takesValue: true, allowed: FindingsRenderers.identifiers),
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
    let colored = console.colored && arguments[.output] == nil
    let output =
      FindingsRenderers.render(
        findings(results, linter: linter, acknowledged: acknowledged), as: format, colored: colored, language: words)
      ?? ""
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
  static func findings(_ results: [LintResult], linter: Linter, acknowledged: Int = 0) -> Findings {
    Findings(
      files: results.map(\.path),
      rules: linter.rules.map {
        Findings.Rule(
          id: $0.description.id.rawValue, severity: $0.description.severity, summary: $0.description.summary)
      },
      diagnostics: results.flatMap(\.diagnostics), sources: results.flatMap(\.loaded.sources),
      acknowledged: acknowledged)
  }
}

/// A diagnostic in the shape of `karta lint --format json` (`LintJSONReport`), for the JSON that
/// `karta verify` writes.
struct LintReport {
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
}
