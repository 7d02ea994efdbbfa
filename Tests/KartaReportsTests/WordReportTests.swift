import Foundation
import KartaCheck
import KartaOffice
import KartaTestSupport
import Testing

@testable import KartaReports

/// The Word report: its main part against a golden file, and what it must say.
/// `UPDATE_GOLDEN=1 swift test` rewrites Golden/report.docx.xml; review the diff.
@Suite struct WordReportTests {
  @Test func theDocumentPartMatchesItsGoldenFile() throws {
    let xml = WordReport().document(try RendererGoldenTests.report()).documentXML()
    try GoldenFile.expectMatch(xml, "report.docx.xml")
  }

  @Test func thePackageHoldsTheDocumentAndItsStyles() throws {
    let report = try RendererGoldenTests.report()
    let bytes = WordReport().render(report)
    let archive = try ZipArchive(bytes: bytes)
    #expect(
      Set(archive.entries.map(\.name)) == [
        "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml",
      ])
    let xml = String(decoding: try archive.data("word/document.xml"), as: UTF8.self)
    #expect(xml == WordReport().document(report).documentXML())
    // It reads back as a Word document: the title, then the gap table with its section row.
    let document = try WordDocument(docx: bytes)
    guard case .paragraph(let title) = document.blocks.first else {
      Issue.record("no title")
      return
    }
    #expect(title.text.hasPrefix("Информация о ходе исполнения плана мероприятий («дорожной карты») «План | с"))
    #expect(title.text.hasSuffix("по состоянию на 15.04.2024"))
    let tables = document.blocks.compactMap { block -> WordDocument.Table? in
      if case .table(let table) = block { table } else { nil }
    }
    let table = try #require(tables.first)
    #expect(table.rows[0].map(\.text).first == "№ п/п")
    #expect(table.rows[1].count == 1 && table.rows[1][0].span == 7)
    #expect(xml.contains(#"w:orient="landscape""#))
  }

  @Test func whatTheReportSays() throws {
    let report = try RendererGoldenTests.report()
    let texts = try WordDocument(docx: WordReport().render(report)).blocks.flatMap { block -> [String] in
      switch block {
      case .paragraph(let paragraph): [paragraph.text]
      case .table(let table): table.rows.flatMap { $0.map(\.text) }
      }
    }
    let all = texts.joined(separator: "\n")
    #expect(all.contains("Информация не представлена"))
    #expect(all.contains("Не исполнено (срок истёк"))
    #expect(all.contains("Муниципальный орган управления образованием — Братск"))
    #expect(!all.contains("Муниципальный орган управления образованием — Ангарск ("))
  }

  @Test(arguments: [
    (1, "обязательство"), (3, "обязательства"), (5, "обязательств"), (11, "обязательств"),
    (21, "обязательство"), (112, "обязательств"), (24, "обязательства"),
  ])
  func pluralOfObligations(_ example: (Int, String)) {
    #expect(WordReport.obligations(example.0) == example.1)
  }
}
