import Foundation
import Testing

@testable import KartaCommandLine

/// `karta verify` on the shipped plan tests, on a copy with one expectation changed, and on broken files.
@Suite struct VerifyCommandTests {
  static let rules = repository.appendingPathComponent("Rules")

  @Test func theShippedPlanTestsPass() {
    let (code, out, error) = karta("verify", Self.rules.path)
    #expect(code == 0, "\(out)\(error)")
    #expect(error.isEmpty)
    for plan in ["irkutsk", "sayansk", "kavalerovo", "belgorod", "amendment"] {
      #expect(out.contains("PASS \(Self.rules.path)/\(plan).verify "), "no tests for \(plan)")
    }
    #expect(!out.contains("FAIL"))
    let lines = out.split(separator: "\n")
    #expect(lines.last == "\(lines.count - 1) tests, 0 failed")
    #expect(lines.count > 20)
  }

  /// Without files it runs `Rules/` of the directory it is started in: the built `karta`, started in
  /// the repository and in an empty directory (the tests' own working directory is not theirs to change).
  @Test func withoutFilesRunsRulesOfTheCurrentDirectory() throws {
    let (code, out, error) = try Self.builtKarta(in: repository, "verify")
    #expect(code == 0, "\(error)")
    #expect(out.hasPrefix("PASS Rules/amendment.verify before-amendment\n"))
    let empty = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: empty) }
    let nowhere = try Self.builtKarta(in: empty, "verify")
    #expect(nowhere.code == 2)
    #expect(nowhere.out.isEmpty && nowhere.error.hasPrefix("karta verify: "), "\(nowhere.error)")
  }

  /// Runs the `karta` built beside the tests in `directory`.
  static func builtKarta(
    in directory: URL, _ arguments: String...
  ) throws -> (code: Int32, out: String, error: String) {
    let folder =
      Bundle.main.executableURL?.deletingLastPathComponent()
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      folder.appendingPathComponent("karta"), folder.deletingLastPathComponent().appendingPathComponent("karta"),
      repository.appendingPathComponent(".build/debug/karta"),
    ]
    let karta: URL = try #require(
      candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build karta first: swift build")
    let process = Process()
    process.executableURL = karta
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(["KARTA_LANG": "en"]) { $1 }
    let (out, error) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = error
    try process.run()
    let printed = out.fileHandleForReading.readDataToEndOfFile()
    let complained = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: complained, as: UTF8.self)
    )
  }

  /// A copy of `Rules/irkutsk.verify` in a temporary directory, its paths made absolute (lines keep
  /// their numbers), with `edit` applied.
  func withEditedCopy(_ edit: (String) -> String, _ body: (String) -> Void) throws {
    let original = try String(contentsOf: Self.rules.appendingPathComponent("irkutsk.verify"), encoding: .utf8)
    let absolute = original.replacingOccurrences(
      of: "plan: irkutsk.plan", with: "plan: \(Self.rules.path)/irkutsk.plan"
    )
    .replacingOccurrences(of: "status: ../Examples/", with: "status: \(repository.path)/Examples/")
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let copy = directory.appendingPathComponent("irkutsk.verify").path
    try edit(absolute).write(toFile: copy, atomically: true, encoding: .utf8)
    body(copy)
  }

  @Test func aChangedExpectationFailsWithItsPlace() throws {
    let original = try String(contentsOf: Self.rules.appendingPathComponent("irkutsk.verify"), encoding: .utf8)
    let lines = original.components(separatedBy: "\n")
    let number = try #require(lines.firstIndex(of: "  expect A1.3 #2: pending")) + 1
    try withEditedCopy({ $0.replacingOccurrences(of: "expect A1.3 #2: pending", with: "expect A1.3 #2: overdue") }) {
      path in
      let (code, out, _) = karta("verify", path)
      #expect(code == 1)
      #expect(out.contains("FAIL \(path) multi-window\n"))
      #expect(out.contains("PASS \(path) per-municipality\n"))
      #expect(
        out.contains(
          "\(path):\(number):19: error[verify.state]: 'A1.3 #2' is pending, expected overdue\n"
            + "    expect A1.3 #2: overdue\n                    ^~~~~~~\n"))
      #expect(out.hasSuffix("\(Self.testCount(original)) tests, 1 failed\n"))
    }
  }

  /// The number of `test` blocks of a verify file.
  static func testCount(_ text: String) -> Int {
    text.components(separatedBy: "\n").filter { $0.hasPrefix("test ") }.count
  }

  @Test func jsonListsEveryTestAndFailure() throws {
    let original = try String(contentsOf: Self.rules.appendingPathComponent("irkutsk.verify"), encoding: .utf8)
    let count = Self.testCount(original)
    #expect(count >= 6)
    try withEditedCopy({ $0.replacingOccurrences(of: "count overdue: 10", with: "count overdue: 11") }) { path in
      let (code, out, _) = karta("verify", path, "--format", "json")
      #expect(code == 1)
      let object = try? JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
      #expect(object?["format"] as? String == "karta-verify/1")
      let tests = object?["tests"] as? [[String: Any]] ?? []
      #expect(tests.count == count)
      let failed = tests.filter { $0["passed"] as? Bool == false }
      #expect(failed.map { $0["name"] as? String } == ["example-report"])
      let failure = (failed.first?["failures"] as? [[String: Any]])?.first
      #expect(failure?["id"] as? String == "verify.count")
      #expect(failure?["file"] as? String == path)
      #expect(failure?["column"] as? Int == 18)
      #expect(failure?["message"] as? String == "the number of overdue obligations is 10, expected 11")
      let summary = object?["summary"] as? [String: Any]
      #expect(summary?["tests"] as? Int == count && summary?["failed"] as? Int == 1)
    }
  }

  @Test func aChangedWindowFailsWithItsPlace() throws {
    try withEditedCopy({
      $0.replacingOccurrences(
        of: "window A1.3 #3: 01.09.2024–30.09.2024", with: "window A1.3 #3: 01.09.2024–31.10.2024")
    }) {
      path in
      let (code, out, _) = karta("verify", path)
      #expect(code == 1)
      #expect(
        out.contains(
          "error[verify.window]: 'A1.3 #3' has the window 01.09.2024–30.09.2024, expected 01.09.2024–31.10.2024"))
      #expect(out.contains("note: the phrase: «Март 2024-апрель 2024 года Май 2024-июль 2024 года Сентябрь 2024»"))
    }
  }

  @Test func aBrokenFileExitsTwoWithEveryProblem() throws {
    try withEditedCopy({
      $0.replacingOccurrences(of: "  expect A1.8 angarsk: pending", with: "  expct A1.8 angarsk: pending")
        .replacingOccurrences(of: "expect A1.8 sayansk: done", with: "expect A1.8 sayansk: finished")
    }) { path in
      let (code, out, error) = karta("verify", path)
      #expect(code == 2)
      #expect(error.contains("error[verify.unknown-keyword]: unknown keyword 'expct'; did you mean 'expect'?"))
      #expect(error.contains("error[verify.unknown-state]: unknown state 'finished'"))
      #expect(out.contains("ERROR \(path): 2 problems\n"))
      #expect(out.hasSuffix("0 tests, 0 failed; 1 file with errors\n"))
    }
  }

  @Test func anObligationThatDoesNotExistIsAnError() throws {
    try withEditedCopy({
      $0.replacingOccurrences(of: "expect A1.8 ust-ilimsk: pending", with: "expect A1.8 bratsk: pending")
    }) {
      path in
      let (code, _, error) = karta("verify", path)
      #expect(code == 2)
      #expect(error.contains("error[verify.unknown-subject]: 'bratsk' is not a subject of 'A1.8'"))
      #expect(error.contains("    expect A1.8 bratsk: pending\n                ^~~~~~\n"))
    }
  }

  @Test func syntaxErrorsAndReferencesToNothingComeInOneRun() throws {
    try withEditedCopy({
      $0.replacingOccurrences(of: "  expect A1.8 angarsk: pending", with: "  expct A1.8 angarsk: pending")
        .replacingOccurrences(of: "expect A1.8 ust-ilimsk: pending", with: "expect A1.8 bratsk: pending")
    }) { path in
      let (code, out, error) = karta("verify", path)
      #expect(code == 2)
      #expect(error.contains("error[verify.unknown-keyword]: unknown keyword 'expct'"))
      #expect(error.contains("error[verify.unknown-subject]: 'bratsk' is not a subject of 'A1.8'"))
      #expect(out.contains("ERROR \(path): 2 problems\n"))
    }
  }

  @Test func aFileThatIsNotAVerifyFileIsRefused() {
    let plan = karta("verify", repository.appendingPathComponent("Rules/belgorod.plan").path)
    #expect(plan.code == 2)
    #expect(plan.error.contains("is not a .verify file"))
    #expect(plan.error.split(separator: "\n").count == 1, "one line, not the plan parsed as a test file")
  }

  @Test func misuse() {
    let missing = karta("verify", "/nonexistent/x.verify")
    #expect(missing.code == 2)
    #expect(missing.error.contains("/nonexistent/x.verify: error[file.unreadable]"))
    let empty = karta("verify", repository.appendingPathComponent("docs").path)
    #expect(empty.code == 2 && empty.error.contains("no .verify files under"))
    let help = karta("help", "verify")
    #expect(help.code == 0 && help.out.hasPrefix("usage: karta verify [FILE…]"))
    #expect(karta("--help").out.contains("verify [FILE…]"))
  }
}
