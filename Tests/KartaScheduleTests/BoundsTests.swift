import Testing

@testable import KartaSchedule

/// What keeps a hostile plan from costing minutes or the whole stack: bounded periods, bounded
/// phrases, and recurrences that stop at the calendar's last year.
@Suite struct BoundsTests {
  @Test(arguments: [
    "01.01.1900..31.12.2999", "01.01.0001..31.12.9999", "01.01.2000..31.12.2030", "01.09.2000..30.09.2030",
    "2024..2023",
  ])
  func aPeriodOfCenturiesIsRefused(_ text: String) {
    #expect(PlanPeriod(parsing: text) == nil)
  }

  @Test(arguments: [
    "01.01.2021..31.12.2030", "01.09.2023..31.08.2024", "2024", "2023/2024", "01.09.2000..31.08.2030",
    "01.01.2000..31.12.2029",
  ])
  func aDecadeIsAPeriod(_ text: String) {
    #expect(PlanPeriod(parsing: text) != nil)
  }

  @Test func aPhrasePastTheLimitIsUnknownWithoutBeingRead() {
    let context = DeadlineContext(period: .calendarYear(2024))
    let nested = String(repeating: "(", count: 2_000) + "март" + String(repeating: ")", count: 2_000)
    let schedule = DeadlineReader.read(nested, in: context)
    #expect(schedule.kind == .unknown)
    #expect(schedule.problem?.contains("at most \(DeadlineReader.maximumLength)") == true)
    let shallow = String(repeating: "(", count: 400) + "март" + String(repeating: ")", count: 400)
    #expect(DeadlineReader.read(shallow, in: context).kind == .window)
  }

  @Test(arguments: ["ежемесячно", "ежеквартально", "не позднее 25 числа месяца, следующего за отчетным"])
  func aRecurrenceStopsAtTheCalendarsLastYear(_ phrase: String) throws {
    let last = try #require(CivilDate(year: 9999, month: 12, day: 1))
    let context = DeadlineContext(period: .range(last, try #require(CivilDate(year: 9999, month: 12, day: 31))))
    let schedule = DeadlineReader.read(phrase, in: context)
    #expect(schedule.windows.count <= 1)
  }
}
