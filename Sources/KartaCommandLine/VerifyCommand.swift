import Foundation
import KartaCheck
import KartaLanguage
import KartaVerify

/// `karta verify [FILE…]`: runs the plan authors' own tests (`.verify` files) and reports each failure with its place.
enum VerifyCommand: Command {
  static let name = "verify"
  static let options = [OptionSpec(name: .format, takesValue: true, allowed: ["text", "json"])]
  static let help = """
    usage: karta verify [FILE…] [--format text|json]

    Runs plan tests: each .verify file names a plan and holds tests, each with an as-of date,
    status fixtures and the expected state, window, due date, label, checkpoint, number of
    occurrences or deadline kind of chosen obligations, or summary figures (counts by state,
    compliance). Prints PASS or FAIL per test, each failed expectation at its file:line:column,
    and a summary. A FILE that is a directory stands for every .verify file under it; with no
    FILE, every .verify file under Rules/ (or rules/) of the current directory. See docs/verify.md.

    options:
      --format F   text (default) or json (karta-verify/1: every test, failure and error)

    exit codes: 0 every test passed, 1 a test failed, 2 a .verify file, its plan or its
    fixtures have errors (an unknown keyword, item, subject, occurrence or state, a bad date,
    a missing file), or bad usage

    """

  /// The folder of plans in the current directory: `Rules/`, or one spelt in other letter case
  /// (`rules/`); `nil` when there is none.
  static func defaultFolder() -> String? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: ".")) ?? []
    for name in ["Rules"] + names.filter({ $0.lowercased() == "rules" }).sorted() {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: name, isDirectory: &isFolder), isFolder.boolValue { return name }
    }
    return nil
  }

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    let folder = defaultFolder()
    if arguments.positional.isEmpty, folder == nil {
      console.writeError(
        "karta verify: \(console.language.word("cli.no-rules-folder"))\n"
          + console.language.say("cli.see-help", "karta help verify") + "\n")
      return Karta.ExitCode.badInput
    }
    let given = arguments.positional.isEmpty ? [folder ?? "Rules"] : arguments.positional
    var files: [String] = []
    for argument in given {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
        guard argument.hasSuffix(".verify") else {
          console.writeError("karta verify: '\(argument)' is not a .verify file (plan tests end in .verify)\n")
          return Karta.ExitCode.badInput
        }
        files.append(argument)
        continue
      }
      let found = verifyFiles(under: argument)
      guard !found.isEmpty else {
        console.writeError("karta verify: no .verify files under '\(argument)'\n")
        return Karta.ExitCode.badInput
      }
      files += found
    }
    let runner = VerifyRunner()
    let results = files.map { runner.run(path: $0) }
    let tests = results.map(\.tests.count).reduce(0, +)
    let failed = results.flatMap(\.tests).filter { !$0.passed }.count
    let broken = results.filter { !$0.errors.isEmpty }.count
    if arguments.value(.format, default: "text") == "json" {
      console.write(VerifyReport(results: results).json())
    } else {
      for result in results {
        let renderer = DiagnosticRenderer(sources: result.sources, colored: console.colored)
        if !result.errors.isEmpty {
          console.writeError(renderer.render(result.errors))
          console.write("ERROR \(result.path): \(result.errors.count) problem\(result.errors.count == 1 ? "" : "s")\n")
        }
        for test in result.tests {
          let failures = renderer.render(test.failures)
          console.write("\(test.passed ? "PASS" : "FAIL") \(result.path) \(test.name)\n" + failures)
        }
      }
      var summary = "\(tests) test\(tests == 1 ? "" : "s"), \(failed) failed"
      if broken > 0 { summary += "; \(broken) file\(broken == 1 ? "" : "s") with errors" }
      console.write(summary + "\n")
    }
    if broken > 0 { return Karta.ExitCode.badInput }
    return failed > 0 ? Karta.ExitCode.findings : Karta.ExitCode.success
  }

  /// Every `.verify` file under `directory`, in path order.
  static func verifyFiles(under directory: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".verify") }.sorted().map { base + "/" + $0 }
  }
}

/// The JSON form of `karta verify`: each test with its failures, and the errors that stopped files.
struct VerifyReport: Encodable {
  struct Test: Encodable {
    var file: String
    var name: String
    var passed: Bool
    var failures: [LintReport.Entry]
  }

  struct Summary: Encodable {
    var tests: Int
    var failed: Int
    var filesWithErrors: Int

    enum CodingKeys: String, CodingKey {
      case tests, failed
      case filesWithErrors = "files_with_errors"
    }
  }

  var format = "karta-verify/1"
  var files: [String]
  var tests: [Test]
  var errors: [LintReport.Entry]
  var summary: Summary

  init(results: [VerifyFileResult]) {
    files = results.map(\.path)
    tests = results.flatMap { result in
      result.tests.map {
        Test(file: result.path, name: $0.name, passed: $0.passed, failures: $0.failures.map(Self.entry))
      }
    }
    errors = results.flatMap(\.errors).map(Self.entry)
    summary = Summary(
      tests: tests.count, failed: tests.filter { !$0.passed }.count,
      filesWithErrors: results.filter { !$0.errors.isEmpty }.count)
  }

  private static func entry(_ diagnostic: Diagnostic) -> LintReport.Entry {
    let range = diagnostic.location.range
    return LintReport.Entry(
      id: diagnostic.id.rawValue, severity: diagnostic.severity.rawValue, file: diagnostic.location.file,
      line: range?.start.line, column: range?.start.column, endLine: range?.end.line, endColumn: range?.end.column,
      message: diagnostic.message, notes: diagnostic.notes, suggestion: diagnostic.suggestion)
  }

  func json() -> String {
    JSONText.document(self)
  }
}
