import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule
import Testing

/// Each state of DESIGN.md's table, from a record (or none) and an as-of date.
@Suite struct EvaluationTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let item: String
    let subject: String?
    let occurrence: Int
    let record: String?
    let asOf: String
    let state: ObligationState
    let note: String?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "done on time", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#, asOf: "2024-04-15", state: .done,
      note: nil),
    Case(
      name: "late", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": "done", "completed": "2024-03-05"}"#, asOf: "2024-04-15", state: .late,
      note: nil),
    Case(
      name: "overdue: reported, not done", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": "in_progress"}"#, asOf: "2024-04-15", state: .overdue, note: nil),
    Case(
      name: "unreported: nothing at all", item: "1", subject: nil, occurrence: 1, record: nil, asOf: "2024-04-15",
      state: .unreported, note: nil),
    Case(
      name: "a blank record is nothing reported", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": null, "completed": null, "evidence": [], "comment": ""}"#, asOf: "2024-04-15",
      state: .unreported, note: nil),
    Case(
      name: "due soon", item: "8", subject: nil, occurrence: 1, record: nil, asOf: "2024-04-15", state: .dueSoon,
      note: nil),
    Case(
      name: "pending", item: "2", subject: nil, occurrence: 2, record: nil, asOf: "2024-04-15", state: .pending,
      note: nil),
    Case(
      name: "second window overdue only after its own due", item: "2", subject: nil, occurrence: 1,
      record: #"{"item": "2", "occurrence": 1, "status": "partial"}"#, asOf: "2024-04-15", state: .overdue, note: nil),
    Case(
      name: "ongoing", item: "4", subject: nil, occurrence: 1,
      record: #"{"item": "4", "status": "in_progress"}"#, asOf: "2024-04-15", state: .ongoing, note: nil),
    Case(
      name: "on request", item: "5", subject: nil, occurrence: 1, record: nil, asOf: "2024-04-15", state: .onRequest,
      note: nil),
    Case(
      name: "on request, done", item: "5", subject: nil, occurrence: 1,
      record: #"{"item": "5", "status": "done", "completed": "2024-03-01"}"#, asOf: "2024-04-15", state: .done,
      note: nil),
    Case(
      name: "unscheduled: unbound event", item: "7", subject: nil, occurrence: 1, record: nil, asOf: "2024-04-15",
      state: .unscheduled, note: nil),
    Case(
      name: "bound event dated by the calendar", item: "6", subject: nil, occurrence: 1, record: nil,
      asOf: "2024-07-10", state: .unreported, note: nil),
    Case(
      name: "waived", item: "1", subject: nil, occurrence: 1,
      record:
        #"{"item": "1", "status": "waived", "waiver": {"reason": "нет средств", "approver": "Замминистра", "expires": "2024-12-31"}}"#,
      asOf: "2024-04-15", state: .waived, note: "waived until 31.12.2024"),
    Case(
      name: "an expired waiver brings the obligation back", item: "1", subject: nil, occurrence: 1,
      record:
        #"{"item": "1", "status": "waived", "waiver": {"reason": "нет средств", "approver": "Замминистра", "expires": "2024-03-31"}}"#,
      asOf: "2024-04-15", state: .unreported, note: "expired on 31.03.2024"),
    Case(
      name: "cancelled", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": "cancelled", "basis": "приказ № 300"}"#, asOf: "2024-04-15", state: .cancelled,
      note: "cancelled by приказ № 300"),
    Case(
      name: "rescheduled: judged against the new date", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": "rescheduled", "new_due": "2024-05-01", "basis": "письмо № 17"}"#,
      asOf: "2024-04-15", state: .pending, note: "moved to 01.05.2024 by письмо № 17"),
    Case(
      name: "rescheduled and still not done after the new date", item: "1", subject: nil, occurrence: 1,
      record: #"{"item": "1", "status": "rescheduled", "new_due": "2024-04-01", "basis": "письмо № 17"}"#,
      asOf: "2024-04-15", state: .overdue, note: "moved to 01.04.2024"),
    Case(
      name: "target missed", item: "3", subject: "a", occurrence: 1,
      record:
        #"{"item": "3", "subject": "a", "status": "done", "completed": "2024-03-10", "values": {"organizers": 19}}"#,
      asOf: "2024-04-15", state: .targetMissed, note: "organizers: 19 against the target не менее 25 человек"),
    Case(
      name: "target met", item: "3", subject: "a", occurrence: 1,
      record:
        #"{"item": "3", "subject": "a", "status": "done", "completed": "2024-03-10", "values": {"organizers": 31}}"#,
      asOf: "2024-04-15", state: .done, note: nil),
  ]

  @Test(arguments: cases)
  func obligationHasTheExpectedState(_ testCase: Case) throws {
    // Item 3 is the municipalities' own; the rest are the ministry's.
    let (party, subject): (String, String?) = testCase.item == "3" ? ("MOUO", "a") : ("MIN", nil)
    let files = testCase.record.map { [("s.json", CheckFixture.status(party: party, subject: subject, $0))] } ?? []
    let (table, status) = CheckFixture.load(files)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    let asOf = try #require(CivilDate(parsing: testCase.asOf))
    let report = ComplianceReport(table: table, status: status, asOf: asOf)
    let row = try #require(
      report.rows().first {
        $0.id == testCase.item && $0.subject?.id == testCase.subject && $0.occurrence == testCase.occurrence
      })
    #expect(row.state == testCase.state)
    if let note = testCase.note {
      #expect(row.notes.contains { $0.text(in: .english).contains(note) }, "\(row.notes)")
    }
  }

  @Test func aReportNotSubmittedIsUnreportedAndASubmissionCounts() throws {
    let submitted = CheckFixture.status(party: "MOUO", subject: "a", asOf: "2024-03-31", submitted: "2024-04-08")
    let late = CheckFixture.status(party: "MOUO", subject: "b", asOf: "2024-03-31", submitted: "2024-04-12")
    let (table, status) = CheckFixture.load([("a.json", submitted)])
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    let reports = report.rows().filter { $0.kind == .report }
    #expect(reports.map(\.state) == [.done, .unreported])
    #expect(reports.first?.reported?.text(in: .english) == "submitted 08.04.2024")
    #expect(reports.first?.reported?.text(in: .russian) == "представлен 08.04.2024")
    let (table2, status2) = CheckFixture.load([("a.json", submitted), ("b.json", late)])
    let report2 = ComplianceReport(table: table2, status: status2, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    #expect(report2.rows().filter { $0.kind == .report }.map(\.state) == [.done, .late])
  }

  @Test func complianceIsDoneOnTimeOverDueByTheDate() throws {
    let records = CheckFixture.status(
      party: "MIN", #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#,
      #"{"item": "2", "occurrence": 1, "status": "done", "completed": "2024-04-05"}"#)
    let (table, status) = CheckFixture.load([("s.json", records)])
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    // Due by 15.04: item 1, item 2 #1, item 3 × 2 subjects, report R1 × 2 reporters = 6; done on time: item 1.
    #expect(report.dueByDate == 6)
    #expect(report.doneOnTime == 1)
    #expect(report.totals[.late] == 1)
  }

  @Test func filtersNarrowTheReport() throws {
    let (table, status) = CheckFixture.load([])
    let asOf = try #require(CivilDate(parsing: "2024-04-15"))
    let mouo = ComplianceReport(table: table, status: status, asOf: asOf, filter: ObligationFilter(party: "MOUO"))
    #expect(Set(mouo.rows().map(\.id)) == ["3", "R1"])
    let angarsk = ComplianceReport(table: table, status: status, asOf: asOf, filter: ObligationFilter(subject: "a"))
    #expect(angarsk.rows().allSatisfy { $0.subject?.id == "a" })
    #expect(angarsk.rows().count == 2)
  }
}

@Suite struct MergingTests {
  private func state(_ files: [(String, String)], item: String, asOf: String = "2024-04-15") throws -> ObligationState?
  {
    let table = CheckFixture.table()
    let date = try #require(CivilDate(parsing: asOf))
    let status = StatusSet.load(files: files.map { ($0.0, Array($0.1.utf8)) }, table: table, asOf: date)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return ComplianceReport(table: table, status: status, asOf: date).rows().first { $0.id == item }?.state
  }

  @Test func theLatestReportWins() throws {
    let march = CheckFixture.status(party: "MIN", asOf: "2024-03-31", #"{"item": "8", "status": "in_progress"}"#)
    let april = CheckFixture.status(
      party: "MIN", asOf: "2024-04-20", #"{"item": "8", "status": "done", "completed": "2024-04-19"}"#)
    #expect(try state([("april.json", april), ("march.json", march)], item: "8", asOf: "2024-04-30") == .done)
    #expect(try state([("march.json", march), ("april.json", april)], item: "8", asOf: "2024-04-30") == .done)
  }

  @Test func aReportAsOfALaterDateIsNotUsed() throws {
    let later = CheckFixture.status(
      party: "MIN", asOf: "2024-05-04", #"{"item": "1", "status": "done", "completed": "2024-04-20"}"#)
    #expect(try state([("later.json", later)], item: "1", asOf: "2024-04-15") == .unreported)
  }

  @Test func aNewDueDateCountsOnADoneRecordToo() throws {
    let moved = CheckFixture.status(
      party: "MIN",
      #"{"item": "1", "status": "done", "completed": "2024-03-20", "new_due": "2024-03-31", "basis": "письмо № 17"}"#)
    #expect(try state([("moved.json", moved)], item: "1") == .done)
  }

  @Test func aContinuousObligationChecksItsTargets() throws {
    let plan = CheckFixture.plan.replacingOccurrences(
      of: "  due: постоянно\n", with: "  due: постоянно\n  target quality: >= 40 %\n")
    let loaded = PlanLoader.load(path: "t.plan", from: InMemorySources(["t.plan": plan]))
    let table = ObligationTable(plan: loaded.plan)
    let file = CheckFixture.status(party: "MIN", #"{"item": "4", "status": "partial", "values": {"quality": 36}}"#)
    let status = StatusSet.load(files: [("s.json", Array(file.utf8))], table: table)
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    let row = try #require(report.rows().first { $0.id == "4" })
    #expect(row.state == .targetMissed)
    #expect(row.notes.map { $0.text(in: .english) }.contains("quality: 36 against the target >= 40 %"))
    #expect(row.notes.map { $0.text(in: .russian) }.contains("quality: 36 при плановом значении >= 40 %"))
  }

  @Test func evidenceAndCommentsMayDifferBetweenReporters() throws {
    let first = CheckFixture.status(
      party: "MIN", #"{"item": "1", "status": "done", "completed": "2024-02-20", "evidence": ["x"]}"#)
    let second = CheckFixture.status(
      party: "MIN", #"{"item": "1", "status": "done", "completed": "2024-02-20", "comment": "ok"}"#)
    #expect(try state([("a.json", first), ("b.json", second)], item: "1") == .done)
  }

  @Test(arguments: [-1e19, 1e300, -0.5])
  func anIndicatorValueOfAnySizeIsJudgedWithoutACrash(_ value: Double) throws {
    let record = #"{"item": "3", "status": "done", "completed": "2024-03-10", "values": {"organizers": \#(value)}}"#
    let (table, status) = CheckFixture.load([("s.json", CheckFixture.status(party: "MOUO", subject: "a", record))])
    #expect(status.diagnostics.isEmpty)
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    #expect(report.totals[value >= 25 ? .done : .targetMissed] >= 1)
  }
}
