import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule
import Testing

/// A report's table of sections counts plan sections, items outside sections and reports apart,
/// even when a plan calls one of its sections `reports`.
@Suite struct SectionKeyTests {
  @Test func aSectionNamedReportsIsNotTheReportingObligations() throws {
    let plan = CheckFixture.plan.replacingOccurrences(of: "section S1: Раздел 1", with: "section reports: Отчёты школ")
    let loaded = PlanLoader.load(path: "t.plan", from: InMemorySources(["t.plan": plan]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let table = ObligationTable(plan: loaded.plan)
    let status = StatusSet.load(paths: [], table: table)
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    let section = try #require(report.bySection[.section("reports")])
    let reports = try #require(report.bySection[.reports])
    // Items 1–8 (item 2 twice, item 3 for two municipalities) and report R1 from two municipalities.
    #expect(section.total == 10)
    #expect(reports.total == 2)
    #expect(report.bySection[.outsideSections] == nil)
    #expect(SectionKey.reports.id == "reports" && SectionKey.section("reports").id == "reports")
    #expect(SectionKey.outsideSections.id == "")
  }
}
