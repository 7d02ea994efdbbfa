import Foundation
import KartaLanguage
import KartaWords
import KartaTestSupport
import Testing

@testable import KartaReports

/// `karta lint`'s own formats, text and JSON, against their golden files: the findings of
/// `CIFormatTests`, with the source of one plan to quote from and two acknowledged warnings.
@Suite struct LintReportsTests {
  static let source = """
    plan a: Проверка
      approved: 01.02.2024
      period: 2024
    party MIN: Министерство
    item 1: Подготовка
      ownr: MIN
      due: до 1 марта 2024 года
    item 2: Подготовка
      owner: MIN
    item 3: Совещание
      due: по запросу

    """

  static func findings() throws -> Findings {
    var findings = CIFormatTests.findings()
    guard case .success(let file) = SourceFile.decode(path: "plans/a.plan", bytes: Array(source.utf8)) else {
      throw CancellationError()
    }
    findings.sources = [file]
    findings.acknowledged = 2
    return findings
  }

  @Test(arguments: [
    ("text", "lint.txt", Language.english), ("json", "lint.json", .english), ("text", "lint.ru.txt", .russian),
    ("json", "lint.ru.json", .russian),
  ])
  func matchesItsGoldenFile(_ format: String, _ name: String, _ language: Language) throws {
    let output = try #require(FindingsRenderers.render(try Self.findings(), as: format, language: language))
    try GoldenFile.expectMatch(output, name)
  }

  @Test func theJSONHasEveryDiagnosticAndTheCounts() throws {
    let output = LintJSONReport().render(try Self.findings())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "karta-lint/1")
    #expect((object["diagnostics"] as? [Any])?.count == 5)
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary == ["files": 2, "errors": 2, "warnings": 2])
  }

  @Test func theTextQuotesTheLineAndCountsTheAcknowledged() throws {
    let output = LintTextReport().render(try Self.findings())
    #expect(output.contains("  ownr: MIN\n"))
    #expect(output.hasSuffix("2 files checked: 2 errors, 2 warnings (2 acknowledged in the plan)\n"))
  }
}
