import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule
import Testing

/// Deadlines that change after the order: amendments in force from their date, and `new_due` in a
/// status record; both keep the original window. And what the compliance figure counts.
@Suite struct DeadlineChangeTests {
  static let plan = """
    plan t-2024: План
      approved: 15.03.2024
      period: 2024
    party A: Отдел
    party B: Институт
    item 1: Мониторинг
      owner: A
      due: До 22 апреля 2024 года
    item 2: Семинар
      owner: A
      due: до 15 мая 2024 года
    amendment AM1: О внесении изменений
      dated: 19.04.2024
      changes: 1
      due: До 15 мая 2024 года
      owner: B
    """

  static func report(asOf text: String, _ records: String...) throws -> ComplianceReport {
    let asOf = try #require(CivilDate(parsing: text))
    let loaded = PlanLoader.load(path: "t.plan", from: InMemorySources(["t.plan": plan]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let table = ObligationTable(plan: loaded.plan.inForce(on: asOf))
    var files: [(String, [UInt8])] = []
    for (index, record) in records.enumerated() {
      let party = record.contains("\"item\": \"1\"") && asOf >= CivilDate(year: 2024, month: 4, day: 19)! ? "B" : "A"
      let text = """
        {"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "\(party)"},
         "as_of": "\(asOf.iso)", "submitted": "\(asOf.iso)", "records": [\(record)]}
        """
      files.append(("s\(index).json", Array(text.utf8)))
    }
    let status = StatusSet.load(files: files, table: table, asOf: asOf)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return ComplianceReport(table: table, status: status, asOf: asOf)
  }

  @Test func anAmendedDeadlineMetIsDoneAndTheReportSaysSo() throws {
    let report = try Self.report(asOf: "2024-05-20", #"{"item": "1", "status": "done", "completed": "2024-05-06"}"#)
    let row = try #require(report.rows().first { $0.id == "1" })
    #expect(row.state == .done)
    #expect(row.amendment == "AM1")
    #expect(row.window?.due.iso == "2024-05-15")
    #expect(row.originalWindow?.due.iso == "2024-04-22")
    #expect(row.owners == ["B"])
    #expect(
      row.notes.map { $0.text(in: .english) }.contains(
        "on time against the amended deadline, late against the original (22.04.2024)"))
    #expect(
      row.notes.map { $0.text(in: .russian) }.contains(
        "по измененному сроку — в срок, по первоначальному (22.04.2024) — с нарушением"))
    #expect(row.notes.map { $0.text(in: .english) }.contains("amended by AM1: the owners were A"))
  }

  @Test func beforeItsDateTheOriginalDeadlineStands() throws {
    let report = try Self.report(asOf: "2024-04-18")
    let row = try #require(report.rows().first { $0.id == "1" })
    #expect(row.state == .dueSoon)
    #expect(row.window?.due.iso == "2024-04-22")
    #expect(row.amendment == nil && row.originalWindow == nil)
    #expect(row.owners == ["A"])
  }

  @Test func aNewDueDateKeepsTheOriginalWindow() throws {
    let report = try Self.report(
      asOf: "2024-06-03",
      #"{"item": "2", "status": "done", "completed": "2024-05-28", "new_due": "2024-05-31", "basis": "письмо № 17"}"#)
    let row = try #require(report.rows().first { $0.id == "2" })
    #expect(row.state == .done)
    #expect(row.window?.effectiveDue.iso == "2024-05-31")
    #expect(row.originalWindow?.due.iso == "2024-05-15")
    #expect(
      row.notes.map { $0.text(in: .english) }.contains(
        "on time against the moved deadline, late against the original (15.05.2024)"))
  }

  /// docs/status.md: everything whose effective due is on or before the as-of date is due, done or
  /// not — an obligation due today and not done counts against the figure.
  @Test func anObligationDueOnTheCheckDateCountsInCompliance() throws {
    let report = try Self.report(asOf: "2024-05-15", #"{"item": "1", "status": "done", "completed": "2024-05-10"}"#)
    #expect(report.dueByDate == 2)
    #expect(report.doneOnTime == 1)
    #expect(report.compliance == 0.5)
    #expect(report.rows().first { $0.id == "2" }?.state == .dueSoon)
  }
}
