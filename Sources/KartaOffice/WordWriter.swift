/// Writes a Word document (.docx) the way an official report is laid out: A4 (landscape when the
/// tables are wide), Times New Roman, a centred bold title, paragraphs, and bordered tables whose
/// header row repeats on every page and whose heading rows are merged across the table. The same
/// content always gives the same bytes.
public struct WordWriter: Sendable {
  /// How a paragraph looks.
  public enum Style: Sendable {
    /// Centred, bold, 14 pt.
    case title
    /// Bold, 12 pt, kept with the next paragraph.
    case heading
    /// 12 pt, justified.
    case body
    /// 9 pt (inputs and digests at the end of a report).
    case small
  }

  /// A table row.
  public enum Row: Sendable {
    /// One text per column; a line break in a text starts a new paragraph in its cell.
    case cells([String])
    /// One bold text merged across the table (a section heading).
    case merged(String)
  }

  /// Whether the page is landscape.
  public var landscape: Bool
  private var body = ""

  /// The width available for text, in twentieths of a point, between 2 cm margins.
  public var textWidth: Int { (landscape ? 16_838 : 11_906) - 2 * 1_134 }

  /// Creates an empty document.
  public init(landscape: Bool = false) { self.landscape = landscape }

  /// Adds a paragraph.
  public mutating func paragraph(_ text: String, style: Style = .body) {
    body += Self.paragraph(text, style: style, inTable: false) + "\n"
  }

  /// Adds a table; `widths` are the columns' widths in twentieths of a point.
  public mutating func table(widths: [Int], header: [String], rows: [Row]) {
    var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblBorders>"
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
      out += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    }
    out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
    out += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
    out += "</w:tblPr><w:tblGrid>"
    for width in widths { out += "<w:gridCol w:w=\"\(width)\"/>" }
    out += "</w:tblGrid>\n"
    out += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
    for (index, text) in header.enumerated() {
      out += Self.cell(text, width: widths[min(index, widths.count - 1)], span: 1, bold: true, shaded: true)
    }
    out += "</w:tr>\n"
    for row in rows {
      out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      switch row {
      case .cells(let texts):
        for (index, text) in texts.enumerated() where index < widths.count {
          out += Self.cell(text, width: widths[index], span: 1, bold: false, shaded: false)
        }
      case .merged(let text):
        out += Self.cell(text, width: widths.reduce(0, +), span: widths.count, bold: true, shaded: false)
      }
      out += "</w:tr>\n"
    }
    body += out + "</w:tbl>\n" + Self.paragraph("", style: .small, inTable: false) + "\n"
  }

  /// The main part, `word/document.xml`, a paragraph or table row a line.
  public func documentXML() -> String {
    let (width, height) = landscape ? (16_838, 11_906) : (11_906, 16_838)
    var out = Self.declaration
    out += "<w:document xmlns:w=\"\(Self.wordML)\" xmlns:r=\"\(Self.relations)\"><w:body>\n"
    out += body
    out += "<w:sectPr><w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
    out += "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" "
    out += "w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>\n</w:body></w:document>\n"
    return out
  }

  /// The package.
  public func finish() -> [UInt8] {
    var zip = ZipWriter()
    zip.add(
      "[Content_Types].xml",
      text: Self.declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml""#
        + #" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml""#
        + #" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + "</Types>")
    zip.add(
      "_rels/.rels",
      text: Self.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + "<Relationship Id=\"rId1\" Type=\"\(Self.relations)/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>")
    zip.add(
      "word/_rels/document.xml.rels",
      text: Self.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + "<Relationship Id=\"rId1\" Type=\"\(Self.relations)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>")
    zip.add("word/styles.xml", text: Self.styles)
    zip.add("word/document.xml", text: documentXML())
    return zip.finish()
  }

  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// Times New Roman 12 pt, Russian, single spacing with no space after paragraphs.
  static let styles =
    declaration + "<w:styles xmlns:w=\"\(wordML)\"><w:docDefaults><w:rPrDefault><w:rPr>"
    + #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New"#
    + #" Roman"/>"#
    + #"<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/>"#
    + #"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#
    + #"</w:pPr></w:pPrDefault></w:docDefaults>"#
    + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
    + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
    + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>"#
    + #"<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>"#
    + #"</w:tblCellMar></w:tblPr></w:style></w:styles>"#

  static func paragraph(_ text: String, style: Style, inTable: Bool, bold: Bool = false) -> String {
    var properties = ""
    var run = ""
    switch style {
    case .title:
      properties = "<w:keepNext/><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>"
      run = "<w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
    case .heading:
      properties = "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
      run = "<w:b/>"
    case .body:
      properties = inTable ? "" : "<w:spacing w:after=\"120\"/><w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/>"
      run = inTable ? "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>" : ""
    case .small:
      run = "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
    }
    if bold, !run.contains("<w:b/>") { run = "<w:b/>" + run }
    var out = "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
    if !text.isEmpty {
      out += "<w:r>" + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
      out += "<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }
    return out + "</w:p>"
  }

  static func cell(_ text: String, width: Int, span: Int, bold: Bool, shaded: Bool) -> String {
    var out = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
    if span > 1 { out += "<w:gridSpan w:val=\"\(span)\"/>" }
    if shaded { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>" }
    out += "</w:tcPr>"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines.isEmpty ? [""] : lines {
      out += paragraph(line, style: .body, inTable: true, bold: bold)
    }
    return out + "</w:tc>"
  }
}
