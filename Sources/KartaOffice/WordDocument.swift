import Foundation

/// The text of a Word document (.docx) as an importer needs it: paragraphs and tables in document
/// order, each table cell with its paragraphs and how it is merged.
public struct WordDocument: Sendable {
  /// A paragraph or a table of the body.
  public enum Block: Sendable {
    /// A paragraph outside tables.
    case paragraph(Paragraph)
    /// A table.
    case table(Table)
  }

  /// A paragraph: its text (tabs as `\t`, line breaks as `\n`) and whether every run is bold.
  public struct Paragraph: Sendable {
    /// The text.
    public var text: String
    /// Whether all of the text is bold.
    public var isBold: Bool

    /// Creates a paragraph.
    public init(text: String, isBold: Bool = false) {
      self.text = text
      self.isBold = isBold
    }
  }

  /// A table cell.
  public struct Cell: Sendable {
    /// The cell's paragraphs, in order.
    public var paragraphs: [String]
    /// How many grid columns the cell spans (`gridSpan`), at least 1.
    public var span: Int
    /// Whether the cell continues a vertically merged cell above it (its text is the one above's).
    public var continuesAbove: Bool

    /// Creates a cell.
    public init(paragraphs: [String], span: Int = 1, continuesAbove: Bool = false) {
      self.paragraphs = paragraphs
      self.span = span
      self.continuesAbove = continuesAbove
    }

    /// The paragraphs joined by line breaks.
    public var text: String { paragraphs.joined(separator: "\n") }
  }

  /// A table: rows of cells, as written (a merged cell is one cell with its span).
  public struct Table: Sendable {
    /// The rows.
    public var rows: [[Cell]]

    /// Creates a table.
    public init(rows: [[Cell]]) { self.rows = rows }
  }

  /// The body, in document order.
  public var blocks: [Block]

  /// Creates a document.
  public init(blocks: [Block]) { self.blocks = blocks }
}

extension WordDocument {
  /// Reads the .docx package in `bytes`.
  public init(docx bytes: [UInt8], limits: ZipLimits = .standard) throws {
    let archive = try ZipArchive(bytes: bytes, limits: limits)
    let part = "word/document.xml"
    guard archive.contains(part) else {
      throw OfficeError(.missingPart, part: part, "the package has no Word document body; is it a .docx?")
    }
    let root = try MarkupTree.parse(try archive.data(part), part: part)
    guard let body = root.child("body") else {
      throw OfficeError(.missingPart, part: part, "the document has no body")
    }
    let numberingPart = "word/numbering.xml"
    var numbering =
      archive.contains(numberingPart)
      ? WordNumbering(try MarkupTree.parse(try archive.data(numberingPart), part: numberingPart)) : WordNumbering()
    self.init(blocks: Self.blocks(in: body, numbering: &numbering))
  }

  static func blocks(in container: MarkupElement, numbering: inout WordNumbering) -> [Block] {
    var blocks: [Block] = []
    for element in container.children {
      switch element.name {
      case "p": blocks.append(.paragraph(paragraph(element, numbering: &numbering)))
      case "tbl": blocks.append(.table(table(element, numbering: &numbering)))
      case "sdt", "customXml", "ins":
        if let content = element.child("sdtContent") {
          blocks += Self.blocks(in: content, numbering: &numbering)
        } else {
          blocks += Self.blocks(in: element, numbering: &numbering)
        }
      default: continue
      }
    }
    return blocks
  }

  static func paragraph(_ element: MarkupElement, numbering: inout WordNumbering) -> Paragraph {
    var text = ""
    if let properties = element.child("pPr")?.child("numPr"),
      let id = properties.child("numId")?.attributes["val"],
      let label = numbering.next(id: id, level: properties.child("ilvl")?.attributes["val"].flatMap(Int.init) ?? 0)
    {
      text = label + " "
    }
    var bold = true
    var sawText = false
    var stack = Array(element.children.reversed())
    while let node = stack.popLast() {
      switch node.name {
      case "t":
        text += node.text
        if !node.text.isEmpty { sawText = true }
      case "tab", "ptab": text += "\t"
      case "br", "cr": text += "\n"
      case "noBreakHyphen": text += "-"
      case "del", "delText", "instrText", "rPr", "pPr", "fldData": continue
      case "r":
        let runText = node.descendants("t").map(\.text).joined()
        if !runText.trimmingCharacters(in: .whitespaces).isEmpty, !isBold(node.child("rPr")) { bold = false }
        stack.append(contentsOf: node.children.reversed())
      default: stack.append(contentsOf: node.children.reversed())
      }
    }
    return Paragraph(text: text, isBold: bold && sawText)
  }

  static func isBold(_ properties: MarkupElement?) -> Bool {
    guard let bold = properties?.child("b") else { return false }
    let value = bold.attributes["val"] ?? "true"
    return value != "0" && value != "false" && value != "off"
  }

  static func table(_ element: MarkupElement, numbering: inout WordNumbering) -> Table {
    var rows: [[Cell]] = []
    for row in element.children("tr") {
      var cells: [Cell] = []
      for cell in row.children where cell.name == "tc" || cell.name == "sdt" {
        let content = cell.name == "sdt" ? cell.child("sdtContent")?.child("tc") : cell
        guard let content else { continue }
        let properties = content.child("tcPr")
        let span = properties?.child("gridSpan")?.attributes["val"].flatMap(Int.init) ?? 1
        let merge = properties?.child("vMerge")
        let continues = merge != nil && (merge?.attributes["val"] ?? "continue") == "continue"
        var paragraphs: [String] = []
        for block in blocks(in: content, numbering: &numbering) {
          switch block {
          case .paragraph(let paragraph): paragraphs.append(paragraph.text)
          case .table(let inner):
            paragraphs += inner.rows.map { $0.map(\.text).joined(separator: "\t") }
          }
        }
        while let last = paragraphs.last, last.trimmingCharacters(in: .whitespaces).isEmpty, paragraphs.count > 1 {
          paragraphs.removeLast()
        }
        cells.append(Cell(paragraphs: paragraphs, span: max(1, min(span, 64)), continuesAbove: continues))
      }
      rows.append(cells)
    }
    return Table(rows: rows)
  }
}
