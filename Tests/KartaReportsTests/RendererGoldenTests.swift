import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaTestSupport
import Testing

@testable import KartaReports

/// Each renderer against its golden file, for one small plan whose obligations take most states.
/// `UPDATE_GOLDEN=1 swift test` rewrites the golden files; review the diff.
@Suite struct RendererGoldenTests {
  static let plan = """
    plan golden-2024: План | с «кавычками» и <тегами>
      approved: 01.02.2024
      period: 2024
    subjects municipality: МО
      member a: Ангарск
      member b: Братск
    party MIN: Министерство
    party MOUO: Муниципальный орган управления образованием
      each: municipality
    section S1: 1. Организационные мероприятия
    item 1.1: Подготовка сметы | таблица
      owner: MIN
      due: до 1 марта 2024 года
    item 1.2: Мониторинг
      owner: MIN
      due: до 1 апреля 2024 года, до 1 июня 2024 года
    item 1.3: Списки организаторов
      owner: MOUO
      due: до 15 марта 2024 года
      target organizers: не менее 25 человек
    item 1.4: Выездное совещание
      owner: MIN
      due: По согласованию
    report R1: Информация о реализации
      from: MOUO
      to: MIN
      due: по состоянию на 31 марта 2024 года до 10 апреля 2024 года
    """

  static let status = """
    {"format": "karta-status/1", "plan": "golden-2024", "reporter": {"party": "MOUO", "subject": "a"},
     "as_of": "2024-03-31", "submitted": "2024-04-08",
     "records": [
       {"item": "1.3", "status": "done", "completed": "2024-03-10", "values": {"organizers": 19}, "evidence": ["Приказ № 5"]}
     ]}
    """

  static let ministry = """
    {"format": "karta-status/1", "plan": "golden-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-12",
     "records": [
       {"item": "1.1", "status": "done", "completed": "2024-03-05"},
       {"item": "1.2", "occurrence": 1, "status": "in_progress", "comment": "собрано 3 из 5"},
       {"item": "1.2", "occurrence": 2, "status": "rescheduled", "new_due": "2024-07-01", "basis": "письмо № 17"}
     ]}
    """

  static func report() throws -> ComplianceReport {
    let loaded = PlanLoader.load(path: "golden.plan", from: InMemorySources(["golden.plan": plan]))
    #expect(!loaded.diagnostics.containsErrors)
    let table = ObligationTable(plan: loaded.plan)
    let status = StatusSet.load(
      files: [("mouo-a.json", Array(Self.status.utf8)), ("min.json", Array(ministry.utf8))], table: table)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return ComplianceReport(
      table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")),
      inputs: [InputDigest(path: "golden.plan", sha256: String(repeating: "0", count: 64))])
  }

  static let golden = GoldenFile.folder()

  @Test(arguments: ReportRenderers.identifiers)
  func rendererMatchesItsGoldenFile(_ format: String) throws {
    let output = try #require(ReportRenderers.render(try Self.report(), as: format))
    let name = "report.\(format == "text" ? "txt" : format)"
    guard let expected = try GoldenFile.expected(name, output: output, standIns: [.styleSheet]) else { return }
    if format == "json" {
      // JSON is compared structurally.
      #expect(try GoldenFile.sameJSON(output, expected))
    } else {
      #expect(output == expected)
    }
  }

  /// The reports people read, in Russian: the same figures, every word from the Russian catalogue.
  @Test(arguments: ["text", "md", "html", "csv", "json", "sarif", "junit", "github"])
  func russianRendererMatchesItsGoldenFile(_ format: String) throws {
    let output = try #require(ReportRenderers.render(try Self.report(), as: format, language: .russian))
    let name = "report.ru.\(format == "text" ? "txt" : format)"
    guard let expected = try GoldenFile.expected(name, output: output, standIns: [.styleSheet]) else { return }
    if format == "json" || format == "sarif" {
      #expect(try GoldenFile.sameJSON(output, expected))
    } else {
      #expect(output == expected)
    }
    if ["text", "md", "html", "csv"].contains(format) {
      // No English word of the report's own (the markup's class names aside): what is Latin comes
      // from the plan or is a format name.
      let shown = output.replacing(/<style>[\s\S]*<\/style>/, with: "").replacing(/<[^>]*>/, with: " ")
      for word in ["overdue", "unreported", "done", "pending", "Compliance", "as of", "due", "reported", "Inputs"] {
        #expect(!shown.contains(word), "'\(word)' in the Russian \(format) report")
      }
    }
  }

  @Test func markdownEscapesTextFromThePlan() throws {
    let output = try #require(ReportRenderers.render(try Self.report(), as: "md"))
    #expect(output.contains("План \\| с «кавычками» и \\<тегами\\>"))
    #expect(!output.contains("<тегами>"))
  }

  @Test(arguments: [false, true])
  func theTextReportNeverPassesControlCharactersThrough(colored: Bool) throws {
    let hostile = Self.ministry.replacingOccurrences(
      of: "собрано 3 из 5", with: #"\u001b]0;pwned\u0007 \u001b[2J стёрто"#)
    let loaded = PlanLoader.load(path: "golden.plan", from: InMemorySources(["golden.plan": Self.plan]))
    let table = ObligationTable(plan: loaded.plan)
    let status = StatusSet.load(files: [("min.json", Array(hostile.utf8))], table: table)
    #expect(status.diagnostics.isEmpty)
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    let output = try #require(ReportRenderers.render(report, as: "text", colored: colored))
    #expect(output.contains(#"comment: \u{1B}]0;pwned\u{7} \u{1B}[2J стёрто"#))
    #expect(!output.contains("\u{7}"))
    #expect(!output.contains("\u{1B}]") && !output.contains("\u{1B}[2J"))
    #expect(output.contains("\u{1B}[") == colored, "the report's own colours stay")
  }

  @Test func anUnknownFormatIsRefused() throws {
    #expect(ReportRenderers.render(try Self.report(), as: "pdf") == nil)
  }
}
