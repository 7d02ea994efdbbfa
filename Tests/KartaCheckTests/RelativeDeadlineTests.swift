import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule
import Testing

/// Relative deadlines in the check: dated by an event (`on:`), by the completion of the items they
/// follow (`after:`), or pending with the reason while the anchor is unknown.
@Suite struct RelativeDeadlineTests {
  static let plan = """
    plan t-2024: План
      approved: 01.02.2024
      period: 2024
    event exam: ЕГЭ, основной период
      dates: 23.05.2024..01.07.2024
    event essay: Итоговое сочинение
    party A: Отдел
    item 1: Инструктаж организаторов
      owner: A
      due: не позднее чем за 2 недели до начала экзаменационного периода
      on: exam
    item 2: Анализ результатов
      owner: A
      due: в течение месяца после окончания ГИА
      on: exam
    item 3: Приказ о проведении
      owner: A
      due: до 1 марта 2024 года
    item 4: Ознакомление с приказом
      owner: A
      due: не позднее 5 рабочих дней со дня утверждения
      after: 3
    item 5: Проверка сочинений
      owner: A
      due: в течение 10 рабочих дней после проведения
      on: essay
    """

  static func report(asOf text: String, _ records: String...) throws -> ComplianceReport {
    let asOf = try #require(CivilDate(parsing: text))
    let loaded = PlanLoader.load(path: "t.plan", from: InMemorySources(["t.plan": plan]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let table = ObligationTable(plan: loaded.plan)
    let file = """
      {"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "A"},
       "as_of": "\(asOf.iso)", "submitted": "\(asOf.iso)", "records": [\(records.joined(separator: ","))]}
      """
    let status = StatusSet.load(files: [("a.json", Array(file.utf8))], table: table, asOf: asOf)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return ComplianceReport(table: table, status: status, asOf: asOf)
  }

  @Test func anEventDatesARelativeDeadline() throws {
    let report = try Self.report(asOf: "2024-05-10")
    let before = try #require(report.rows().first { $0.id == "1" })
    // 23.05.2024 − 14 days = 09.05.2024, a holiday: the preceding working day is 08.05.2024.
    #expect(before.window?.due.iso == "2024-05-09")
    #expect(before.window?.effectiveDue.iso == "2024-05-08")
    #expect(before.state == .unreported)
    let after = try #require(report.rows().first { $0.id == "2" })
    // 01.07.2024 + 1 month = 01.08.2024, a Thursday.
    #expect(after.window?.due.iso == "2024-08-01")
    #expect(after.state == .pending)
  }

  @Test func theCompletionOfAnEarlierItemDatesIt() throws {
    let waiting = try Self.report(asOf: "2024-03-05")
    let pending = try #require(waiting.rows().first { $0.id == "4" })
    #expect(pending.state == .pending)
    #expect(pending.window == nil)
    #expect(pending.notes.contains { $0.text(in: .english).contains("not known yet") })

    let dated = try Self.report(
      asOf: "2024-03-12", #"{"item": "3", "status": "done", "completed": "2024-02-28"}"#)
    let row = try #require(dated.rows().first { $0.id == "4" })
    // Five working days after Wednesday 28.02.2024: 29.02, 01.03, 04.03, 05.03, 06.03.
    #expect(row.window?.due.iso == "2024-03-06")
    #expect(row.state == .unreported)
    #expect(row.notes.map { $0.text(in: .english) }.contains("counted from 3, completed 28.02.2024"))
  }

  @Test func anItemDoneWithoutADateAnchorsAtItsReport() throws {
    // Reported done in a file as of 04.03.2024 with no completion date: counted from 04.03.2024;
    // five working days later, past the 8 March holiday, is 12.03.2024.
    let report = try Self.report(asOf: "2024-03-04", #"{"item": "3", "status": "done"}"#)
    let row = try #require(report.rows().first { $0.id == "4" })
    #expect(row.window?.due.iso == "2024-03-12")
    #expect(row.state == .dueSoon)
  }

  @Test func anEventWithoutDatesLeavesItPending() throws {
    let report = try Self.report(asOf: "2024-12-20")
    let row = try #require(report.rows().first { $0.id == "5" })
    #expect(row.state == .pending)
    #expect(row.window == nil)
  }
}

/// An on-request obligation counted from the request: the executor reports the day it came in.
@Suite struct RequestAnchorTests {
  static let plan = """
    plan t-2024: План
      approved: 01.02.2024
      period: 2024
    party A: Отдел
    item 1: Представление сведений по запросу министерства
      owner: A
      due: в течение 2 рабочих дней со дня получения запроса
    """

  static func row(_ record: String?, asOf text: String) throws -> ObligationRow {
    let asOf = try #require(CivilDate(parsing: text))
    let loaded = PlanLoader.load(path: "t.plan", from: InMemorySources(["t.plan": plan]))
    let table = ObligationTable(plan: loaded.plan)
    let file = """
      {"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "A"},
       "as_of": "\(asOf.iso)", "submitted": "\(asOf.iso)", "records": [\(record ?? "")]}
      """
    let status = StatusSet.load(files: [("a.json", Array(file.utf8))], table: table, asOf: asOf)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return try #require(ComplianceReport(table: table, status: status, asOf: asOf).rows().first)
  }

  @Test func theRequestDateDatesIt() throws {
    let waiting = try Self.row(nil, asOf: "2024-03-01")
    #expect(waiting.state == .pending && waiting.window == nil)
    // Received Thursday 07.03.2024; 8 March is a holiday: two working days are 11 and 12 March.
    let row = try Self.row(#"{"item": "1", "status": "in_progress", "requested": "2024-03-07"}"#, asOf: "2024-03-13")
    #expect(row.window?.due.iso == "2024-03-12")
    #expect(row.state == .overdue)
    let done = try Self.row(
      #"{"item": "1", "status": "done", "requested": "2024-03-07", "completed": "2024-03-11"}"#, asOf: "2024-03-13")
    #expect(done.state == .done)
  }
}
