import KartaLanguage
import KartaSchedule
import Testing

@testable import KartaPlan

@Suite struct PlanScheduleTests {
  @Test func everyDeadlineOfTheShippedPlansIsRead() {
    for name in ["irkutsk", "sayansk", "kavalerovo", "belgorod"] {
      let plan = SeedRowTests.load(name).plan
      let phrases =
        plan.items.flatMap { [$0.due].compactMap { $0 } + $0.subjectDues.map(\.due) } + plan.reports.flatMap(\.dues)
      #expect(!phrases.isEmpty)
      for phrase in phrases {
        #expect(phrase.schedule != nil, "\(name): «\(phrase.text)» has no schedule")
        #expect(phrase.schedule?.kind != .unknown, "\(name): «\(phrase.text)» is not understood")
      }
    }
  }

  @Test func perMunicipalityDeadlinesAreReadPerMunicipality() throws {
    let item = try #require(SeedRowTests.load("irkutsk").plan.item("A1.8"))
    let bratsk = try #require(item.subjectDues.first { $0.due.text.hasPrefix("октябрь-ноябрь") })
    #expect(bratsk.due.schedule?.windows.map(\.start.iso) == ["2024-10-01"])
    #expect(bratsk.due.schedule?.windows.map(\.due.iso) == ["2024-11-30"])
    #expect(bratsk.due.schedule?.windows.map(\.effectiveDue.iso) == ["2024-11-29"])
  }

  @Test func eventBoundItemsTakeTheirEventsDates() throws {
    let plan = SeedRowTests.load("kavalerovo").plan
    let essay = try #require(plan.item("4.4")?.due?.schedule)
    #expect(essay.kind == .event)
    #expect(essay.windows.first?.due.iso == "2023-12-06")
    let trainings = try #require(plan.item("4.10")?.due?.schedule)
    #expect(trainings.windows.isEmpty, "an event without dates leaves the item unscheduled")
  }

  @Test func theBelgorodReportsHaveTheirCheckpoints() throws {
    let plan = SeedRowTests.load("belgorod").plan
    let twice = try #require(plan.reports.first { $0.id == "R2.4" })
    let checkpoints = twice.dues.compactMap(\.schedule).flatMap(\.windows)
    #expect(checkpoints.map(\.asOf?.iso) == ["2024-06-30", "2024-12-28"])
    #expect(checkpoints.map(\.due.iso) == ["2024-07-15", "2025-01-15"])
    let monthly = try #require(plan.reports.first { $0.id == "R3" }?.dues.first?.schedule)
    #expect(monthly.kind == .recurring)
    #expect(monthly.windows.first?.due.iso == "2024-10-25")
  }

  @Test func planSettingsReachTheReader() throws {
    let source = """
      plan p: План
        period: 2024
        days-off: keep
        until: exclusive
      party A: А
      item 1: Семинар
        owner: A
        due: до 30 марта 2024 года
      """
    let plan = PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": source])).plan
    let window = try #require(plan.item("1")?.due?.schedule?.windows.first)
    #expect(window.due.iso == "2024-03-29")
    #expect(window.effectiveDue.iso == "2024-03-29")
  }
}
