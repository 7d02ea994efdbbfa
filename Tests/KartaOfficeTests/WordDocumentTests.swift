import Testing

@testable import KartaOffice

/// Reading Word documents: paragraphs, tables, merged cells, automatic numbering; and the writer's
/// output read back.
@Suite struct WordDocumentTests {
  static let numbering = """
    <w:numbering xmlns:w="w">
    <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="russianLower"/><w:lvlText w:val="%1)"/>
    </w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>
    </w:numbering>
    """

  static func numbered(_ id: Int, _ level: Int, _ text: String) -> String {
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(id)\"/></w:numPr></w:pPr>"
      + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
  }

  @Test func automaticNumbersArePutBeforeTheText() throws {
    let cell = { (inner: String) in "<w:tc>\(inner)</w:tc>" }
    let body =
      Self.numbered(1, 0, "Организация") + "<w:tbl><w:tr>" + cell(Self.numbered(1, 1, ""))
      + cell("<w:p><w:r><w:t>Совещание</w:t></w:r></w:p>")
      + "</w:tr><w:tr>" + cell(Self.numbered(1, 1, "")) + cell("<w:p/>") + "</w:tr></w:tbl>"
      + Self.numbered(1, 0, "Контроль") + Self.numbered(1, 1, "Мониторинг") + Self.numbered(2, 0, "пункт")
      + Self.numbered(3, 0, "первое") + Self.numbered(3, 0, "второе")
    var zip = ZipWriter()
    zip.add("word/document.xml", text: "<w:document xmlns:w=\"w\"><w:body>\(body)</w:body></w:document>")
    zip.add("word/numbering.xml", text: Self.numbering)
    let document = try WordDocument(docx: zip.finish())
    var texts: [String] = []
    for block in document.blocks {
      switch block {
      case .paragraph(let paragraph): texts.append(paragraph.text)
      case .table(let table): texts += table.rows.flatMap { $0.map(\.text) }
      }
    }
    #expect(
      texts == [
        "1. Организация", "1.1. ", "Совещание", "1.2. ", "", "2. Контроль", "2.1. Мониторинг", "пункт",
        "а) первое", "б) второе",
      ])
  }

  @Test func theWritersDocumentReadsBack() throws {
    var writer = WordWriter(landscape: false)
    writer.paragraph("Заголовок & <знаки>", style: .title)
    writer.table(
      widths: [1000, 2000], header: ["№", "Текст"], rows: [.merged("Раздел"), .cells(["1", "строка\nвторая"])])
    let document = try WordDocument(docx: writer.finish())
    guard case .paragraph(let title) = document.blocks[0], case .table(let table) = document.blocks[1] else {
      Issue.record("unexpected blocks")
      return
    }
    #expect(title.text == "Заголовок & <знаки>")
    #expect(title.isBold)
    #expect(table.rows[1][0].span == 2)
    #expect(table.rows[2][1].paragraphs == ["строка", "вторая"])
    #expect(!writer.documentXML().contains("landscape"))
  }
}
