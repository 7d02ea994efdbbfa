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

  @Test func withoutFilesRunsRulesOfTheCurrentDirectory() {
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
    let (code, out, _) = karta("verify")
    if here == repository.standardizedFileURL.path {
      #expect(code == 0)
      #expect(out.hasPrefix("PASS Rules/amendment.verify before-amendment\n"))
    } else {
      #expect(code == 2 || out.contains("PASS Rules/"), "run from \(here)")
    }
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
