import Foundation
import KartaCheck
import KartaLanguage
import KartaSchedule
import KartaVerify
import Testing

/// `.verify` files: every construct of the parser, every bad input with its place, and the runner's
/// passing and failing expectations of each kind on the small plan of `CheckFixture`.
@Suite struct VerifySpecTests {
  @Test func readsEveryConstruct() throws {
    let spec = VerifySpec.parse(
      text: """
        # a comment
        plan: t.plan   # a trailing comment
        test first: what it pins down
          as-of: 2024-04-15
          status: a.json, ../b   # two fixtures
          status: none
          horizon: 7
          expect 3 a #1: unreported
          expect report R1 b: done
          window 2 #2: 02.04.2024–01.06.2024 effective 03.06.2024
          window 1: 2024-02-01 - 2024-03-01
          due 2 #2: 01.06.2024
          label 2 #1: none
          label R1 a: по состоянию на 31.03.2024
          checkpoint R1 a: 31.03.2024
          occurrences 2: 2
          kind 4: continuous
          count unreported: 7
          count due-by-date: 6
          compliance: 12,5 %
        test second:
          as-of: 01.03.2024
          compliance: none
        """, path: "t.verify")
    #expect(spec.diagnostics.isEmpty, "\(spec.diagnostics.map(\.message))")
    #expect(spec.plan?.text == "t.plan")
    #expect(spec.plan?.range == SourceRange(line: 2, column: 7, length: 6))
    #expect(spec.tests.map(\.name.text) == ["first", "second"])
    let first = spec.tests[0]
    #expect(first.summary == "what it pins down")
    #expect(first.asOf == CivilDate(year: 2024, month: 4, day: 15))
    #expect(first.status.map(\.text) == ["a.json", "../b"])
    #expect(first.status[1].range == SourceRange(line: 5, column: 19, length: 4))
    #expect(first.horizon == 7)
    let values = first.expectations.map(\.value)
    #expect(values.count == 13)
    let date = { (text: String) in CivilDate(parsing: text) }
    guard case .state(let reference, .unreported) = values[0] else {
      Issue.record("\(values[0])")
      return
    }
    #expect(reference.text == "3 a #1" && reference.subject?.text == "a" && reference.occurrence == 1)
    #expect(reference.occurrenceToken?.range == SourceRange(line: 8, column: 14, length: 2))
    guard case .state(let report, .done) = values[1] else {
      Issue.record("\(values[1])")
      return
    }
    #expect(report.isReport && report.id.text == "R1" && report.subject?.text == "b" && report.occurrence == nil)
    #expect(
      values[2]
        == .window(
          values[2].reference!, start: date("02.04.2024")!, due: date("01.06.2024")!, effective: date("03.06.2024")))
    #expect(
      values[3] == .window(values[3].reference!, start: date("2024-02-01")!, due: date("2024-03-01")!, effective: nil))
    #expect(values[4] == .due(values[4].reference!, due: date("01.06.2024")!, effective: nil))
    #expect(values[5] == .label(values[5].reference!, nil))
    #expect(values[6] == .label(values[6].reference!, "по состоянию на 31.03.2024"))
    #expect(values[7] == .checkpoint(values[7].reference!, date("31.03.2024")))
    #expect(values[8] == .occurrences(values[8].reference!, 2))
    #expect(values[9] == .kind(values[9].reference!, .continuous))
    #expect(values[10] == .count(.state(.unreported), 7))
    #expect(values[11] == .count(.dueByDate, 6))
    #expect(values[12] == .compliance(percent: 12.5, decimals: 1))
    #expect(first.expectations[0].valueToken.range == SourceRange(line: 8, column: 18, length: 10))
    #expect(spec.tests[1].expectations.map(\.value) == [.compliance(percent: nil, decimals: 0)])
  }

  struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    /// The lines after `plan: t.plan` / `test a:` / `  as-of: 2024-04-15` (line 4 onwards).
    let body: String
    let id: DiagnosticID
    let place: String
    let message: String
    var testDescription: String { name }
  }

  static let badInputs: [BadInput] = [
    BadInput(
      name: "missing colon", body: "  expect 1 done", id: .verifyMissingColon, place: "4:3",
      message: "expected ':' after 'expect 1 done'"),
    BadInput(
      name: "unknown keyword", body: "  expct 1: done", id: .verifyUnknownKeyword, place: "4:3",
      message: "unknown keyword 'expct'; did you mean 'expect'?"),
    BadInput(
      name: "property at the margin", body: "expect 1: done", id: .verifyMisplaced, place: "4:1",
      message: "'expect' belongs to a test: indent it under a 'test NAME:' line"),
    BadInput(
      name: "as-of twice", body: "  as-of: 2024-04-16", id: .verifyDuplicate, place: "4:3",
      message: "'as-of' given twice in test 'a'"),
    BadInput(
      name: "test name twice", body: "test a: again\n  as-of: 2024-04-15", id: .verifyDuplicate, place: "4:6",
      message: "a test named 'a' is already in this file"),
    BadInput(
      name: "test without name", body: "test: x", id: .verifyMissing, place: "4:1",
      message: "a test needs a name: 'test NAME: what it pins down'"),
    BadInput(
      name: "test without as-of", body: "test b: x", id: .verifyMissing, place: "4:6",
      message: "test 'b' has no 'as-of:' date"),
    BadInput(
      name: "no such date", body: "test b:\n  as-of: 2024-02-30", id: .verifyInvalidValue, place: "5:10",
      message: "'2024-02-30' is not a date; write dd.mm.yyyy or yyyy-mm-dd"),
    BadInput(
      name: "unknown state", body: "  expect 1: overdu", id: .verifyUnknownState, place: "4:13",
      message: "unknown state 'overdu'; did you mean 'overdue'?"),
    BadInput(
      name: "no item", body: "  expect: done", id: .verifyMissing, place: "4:3",
      message: "'expect' needs an item: 'expect ITEM [SUBJECT] [#N]:'"),
    BadInput(
      name: "occurrence zero", body: "  expect 2 #0: done", id: .verifyInvalidValue, place: "4:12",
      message: "'#0' is not an occurrence; write '#1', '#2', …"),
    BadInput(
      name: "a word after the occurrence", body: "  expect 2 #1 x: done", id: .verifyInvalidValue, place: "4:15",
      message: "unexpected 'x'; write 'expect ITEM [SUBJECT] [#N]:'"),
    BadInput(
      name: "window without a dash", body: "  window 1: 01.02.2024", id: .verifyInvalidValue, place: "4:13",
      message: "'01.02.2024' is not a window; write 'START–DUE', such as '01.05.2024–31.07.2024'"),
    BadInput(
      name: "bad effective date", body: "  due 1: 01.03.2024 effective 32.03.2024", id: .verifyInvalidValue,
      place: "4:31", message: "'32.03.2024' is not a date; write dd.mm.yyyy or yyyy-mm-dd"),
    BadInput(
      name: "unknown figure", body: "  count overdu: 1", id: .verifyUnknownFigure, place: "4:9",
      message: "unknown figure 'overdu'; did you mean 'overdue'?"),
    BadInput(
      name: "negative count", body: "  count overdue: -1", id: .verifyInvalidValue, place: "4:18",
      message: "'-1' is not a count"),
    BadInput(
      name: "percentage over 100", body: "  compliance: 120 %", id: .verifyInvalidValue, place: "4:15",
      message: "'120 %' is not a percentage; write '20 %' or 'none'"),
    BadInput(
      name: "unknown kind", body: "  kind 1: monthly", id: .verifyInvalidValue, place: "4:11",
      message:
        "unknown deadline kind 'monthly'; use one of: window, recurring, continuous, event, on-request, unknown"),
    BadInput(
      name: "no value", body: "  expect 1:", id: .verifyMissing, place: "4:12", message: "no value after 'expect:'"),
    BadInput(
      name: "horizon past ten years", body: "  horizon: 3661", id: .verifyInvalidValue, place: "4:12",
      message: "a horizon is from 0 to 3660 days, not 3661"),
    BadInput(
      name: "plan twice", body: "plan: u.plan", id: .verifyDuplicate, place: "4:1",
      message: "'plan' given twice (first on line 1)"),
  ]

  @Test(arguments: badInputs) func reportsBadInputAtItsPlace(_ bad: BadInput) {
    let spec = VerifySpec.parse(text: "plan: t.plan\ntest a:\n  as-of: 2024-04-15\n" + bad.body, path: "t.verify")
    #expect(spec.diagnostics.count == 1, "\(spec.diagnostics.map(\.message))")
    let diagnostic = spec.diagnostics.first
    #expect(diagnostic?.id == bad.id)
    #expect(diagnostic?.location.range.map { "\($0.start)" } == bad.place)
    #expect(diagnostic?.message == bad.message)
  }

  @Test func reportsAFileWithoutPlanOrTests() {
    let messages = VerifySpec.parse(text: "# only a comment\n", path: "t.verify").diagnostics.map(\.message)
    #expect(messages == ["no 'plan:' line naming the plan to test", "no 'test' block"])
  }
}

/// The runner on `CheckFixture.plan`, written to a temporary directory with the `.verify` file.
@Suite struct VerifyRunnerTests {
  /// Writes the plan, the status files and a `.verify` file whose tests follow `plan: t.plan`, and runs it.
  func run(_ tests: String, status: [String: String] = [:]) throws -> VerifyFileResult {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-verify-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try CheckFixture.plan.write(to: directory.appendingPathComponent("t.plan"), atomically: true, encoding: .utf8)
    for (name, text) in status {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let path = directory.appendingPathComponent("t.verify").path
    try ("plan: t.plan\n" + tests).write(toFile: path, atomically: true, encoding: .utf8)
    return VerifyRunner().run(path: path)
  }

  static let done = CheckFixture.status(
    #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#,
    #"{"item": "2", "occurrence": 1, "status": "done", "completed": "2024-04-03"}"#)

  @Test func passesWhenEveryExpectationHolds() throws {
    let result = try run(
      """
      test nothing-reported: as of 15.04.2024
        as-of: 2024-04-15
        expect 1: unreported
        expect 2 #2: pending
        expect 3 a: unreported
        expect 4: unreported
        expect 5: on-request
        expect 7: unscheduled
        expect 8: due-soon
        expect report R1 b: unreported
        window 2 #2: 02.04.2024–01.06.2024 effective 31.05.2024
        due 1: 01.03.2024 effective 01.03.2024
        label 2 #1: none
        checkpoint R1 a: 31.03.2024
        occurrences 2: 2
        occurrences 3 a: 1
        kind 4: continuous
        kind 6: event
        count obligations: 12
        count unreported: 7
        count gaps: 8
        count due-by-date: 6
        count done-on-time: 0
        compliance: 0 %
      test reported: with a status file
        as-of: 2024-04-15
        status: min.json
        expect 1: done
        expect 2 #1: late
        compliance: 16.7 %
      test early: nothing due yet
        as-of: 2024-02-01
        compliance: none
      """, status: ["min.json": Self.done])
    #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
    #expect(result.tests.map(\.name) == ["nothing-reported", "reported", "early"])
    #expect(result.tests.allSatisfy { $0.passed }, "\(result.tests.flatMap(\.failures).map(\.message))")
  }

  @Test func failsEachKindOfExpectationAtItsValue() throws {
    let result = try run(
      """
      test wrong:
        as-of: 2024-04-15
        status: min.json
        expect 1: late
        window 2 #2: 01.04.2024–01.06.2024
        due 2 #2: 01.06.2024 effective 01.06.2024
        label 2 #1: ГИА-11
        checkpoint R1 a: 30.03.2024
        occurrences 2: 3
        kind 4: window
        count unreported: 6
        compliance: 20 %
        window 5: 01.01.2024–31.12.2024
      """, status: ["min.json": Self.done])
    #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
    let failures = result.tests.first?.failures ?? []
    #expect(
      failures.map(\.id) == [
        .verifyState, .verifyWindow, .verifyDue, .verifyLabel, .verifyCheckpoint, .verifyOccurrences, .verifyKind,
        .verifyCount, .verifyCompliance, .verifyWindow,
      ])
    #expect(failures.map { $0.location.range?.start.line ?? 0 } == Array(5...14))
    #expect(failures.first?.location.range == SourceRange(line: 5, column: 13, length: 4))
    #expect(
      failures.map(\.message) == [
        "'1' is done, expected late",
        "'2 #2' has the window 02.04.2024–01.06.2024, expected 01.04.2024–01.06.2024",
        "'2 #2' falls due effectively on 31.05.2024, expected 01.06.2024",
        "'2 #1' has the label none, expected 'ГИА-11'",
        "'R1 a' is as of 31.03.2024, expected 30.03.2024",
        "'2' has 2 occurrences, expected 3",
        "'4' is read as continuous, expected window",
        "the number of unreported obligations is 5, expected 6",
        "compliance is 17 %, expected 20 %",
        "'5' has no window (on-request)",
      ])
  }

  @Test func refusesReferencesToNothing() throws {
    let result = try run(
      """
      test refs:
        as-of: 2024-04-15
        expect 9: done
        expect report 1: done
        expect 3: done
        expect 3 c: done
        expect 1 a: done
        expect 2: done
        expect 2 #3: done
        kind 2 #1: window
      """)
    #expect(result.tests.isEmpty)
    #expect(
      result.errors.map(\.message) == [
        "the plan has no item or report '9'",
        "the plan has no report '1'",
        "'3' is one obligation per subject; name the subject, such as '3 a'",
        "'c' is not a subject of '3'",
        "'1' is one obligation for no subject; leave 'a' out",
        "'2' has 2 occurrences; name one with '#1' to '#2'",
        "'2' has 2 occurrences, not #3",
        "'kind' is about the whole item; leave '#1' out",
      ])
    #expect(
      result.errors.map(\.id) == [
        .verifyUnknownItem, .verifyUnknownItem, .verifyUnknownSubject, .verifyUnknownSubject, .verifyUnknownSubject,
        .verifyUnknownOccurrence, .verifyUnknownOccurrence, .verifyUnknownOccurrence,
      ])
    #expect(
      result.errors.map { $0.location.range?.start.description ?? "" } == [
        "4:10", "5:17", "6:10", "7:12", "8:12", "9:10", "10:12", "11:10",
      ])
  }

  @Test func refusesMissingAndBrokenFixtures() throws {
    let missing = try run("test a:\n  as-of: 2024-04-15\n  status: gone.json\n  expect 1: done\n")
    #expect(missing.errors.map(\.id) == [.verifyBadFixture])
    #expect(missing.errors.first?.location.range?.start == SourcePosition(line: 4, column: 11))
    #expect(missing.errors.first?.message.hasPrefix("cannot find the status fixture '") == true)

    let broken = try run(
      "test a:\n  as-of: 2024-04-15\n  status: bad.json\n  expect 1: done\n",
      status: ["bad.json": CheckFixture.status(#"{"item": "99", "status": "done"}"#)])
    #expect(broken.errors.map(\.id).contains(.unknownStatusItem))
    #expect(broken.errors.last?.id == .verifyBadFixture)
    #expect(broken.errors.last?.message == "the status fixtures of test 'a' have 1 error")
    #expect(broken.tests.isEmpty)
  }

  @Test func refusesAMissingPlan() {
    let spec = VerifySpec.parse(
      text: "plan: nowhere.plan\ntest a:\n  as-of: 2024-04-15\n", path: "/nonexistent/t.verify")
    let result = VerifyRunner().run(spec)
    #expect(result.errors.map(\.id) == [.fileUnreadable, .verifyBadFixture])
    #expect(result.errors.last?.location.range?.start == SourcePosition(line: 1, column: 7))
  }
}
