import Foundation
import KartaCheck
import KartaLanguage

/// `karta verify [FILE…]`: runs the plan authors' own tests (`.verify` files) and reports each failure with its place.
enum VerifyCommand: Command {
  static let name = "verify"
  static let options: [OptionSpec] = []
  static let help = """
    usage: karta verify [FILE…]

    Runs plan tests: each .verify file names a plan and holds tests, each with an as-of date,
    status fixtures and the expected state, window, due date, label, checkpoint, number of
    occurrences or deadline kind of chosen obligations, or summary figures (counts by state,
    compliance). Prints PASS or FAIL per test, each failed expectation at its file:line:column,
    and a summary. A FILE that is a directory stands for every .verify file under it; with no
    FILE, every .verify file under Rules/ of the current directory. See docs/verify.md.

    exit codes: 0 every test passed, 1 a test failed, 2 a .verify file, its plan or its
    fixtures have errors (an unknown keyword, item, subject, occurrence or state, a bad date,
    a missing file), or bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    var isFolder: ObjCBool = false
    if arguments.positional.isEmpty,
      !FileManager.default.fileExists(atPath: "Rules", isDirectory: &isFolder) || !isFolder.boolValue
    {
      console.writeError("karta verify: no FILE given and no Rules/ folder here\n\n" + help)
      return Karta.ExitCode.badInput
    }
    let given = arguments.positional.isEmpty ? ["Rules"] : arguments.positional
    var files: [String] = []
    for argument in given {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
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
    var tests = 0
    var failed = 0
    var broken = 0
    for file in files {
      let result = runner.run(path: file)
      let renderer = DiagnosticRenderer(sources: result.sources, colored: console.colored)
      if !result.errors.isEmpty {
        broken += 1
        console.writeError(renderer.render(result.errors))
        console.write("ERROR \(file): \(result.errors.count) problem\(result.errors.count == 1 ? "" : "s")\n")
      }
      for test in result.tests {
        tests += 1
        if test.passed {
          console.write("PASS \(file) \(test.name)\n")
        } else {
          failed += 1
          console.write("FAIL \(file) \(test.name)\n" + renderer.render(test.failures))
        }
      }
    }
    var summary = "\(tests) test\(tests == 1 ? "" : "s"), \(failed) failed"
    if broken > 0 { summary += "; \(broken) file\(broken == 1 ? "" : "s") with errors" }
    console.write(summary + "\n")
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
