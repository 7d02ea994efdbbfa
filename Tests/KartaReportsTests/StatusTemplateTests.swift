import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords
import KartaTestSupport
import Testing

/// `karta template`'s forms, now `StatusTemplate` in KartaCheck, against their golden files, and
/// read back by the status reader.
@Suite struct StatusTemplateTests {
  static func template() throws -> (StatusTemplate, ObligationTable) {
    let loaded = PlanLoader.load(
      path: "golden.plan", from: InMemorySources(["golden.plan": RendererGoldenTests.plan]))
    let table = ObligationTable(plan: loaded.plan)
    let header = StatusTemplate.Header(
      plan: "golden-2024", party: "MOUO", subject: "a", report: "R1",
      asOf: try #require(CivilDate(parsing: "2024-04-01")))
    return (StatusTemplate(header: header, table: table), table)
  }

  @Test(arguments: [("json", Language.english), ("csv", .english), ("csv", .russian)])
  func matchesItsGoldenFile(_ format: String, _ language: Language) throws {
    let (template, _) = try Self.template()
    let output = format == "json" ? template.json() : template.csv(language: language)
    try GoldenFile.expectMatch(output, "template\(language == .russian ? ".ru" : "").\(format)")
  }

  @Test(arguments: ["json", "csv"])
  func theStatusReaderReadsTheBlankFormBack(_ format: String) throws {
    let (template, table) = try Self.template()
    let text = format == "json" ? template.json() : template.csv()
    let status = StatusSet.load(files: [("form.\(format)", Array(text.utf8))], table: table)
    #expect(status.errorCount == 0, "\(status.diagnostics.map(\.message))")
    #expect(template.lines.map(\.item) == ["1.3"])
  }
}
