import Foundation
import KartaLanguage
import KartaOffice

/// A document as the importer reads it, whatever its file format: paragraphs and tables in order.
/// A table row whose one cell spans the whole table (a heading merged across it) is `merged`.
public struct SourceDocument: Sendable {
  /// A paragraph or a table.
  public enum Block: Sendable {
    /// A paragraph's text, with `isBold` when all of it is bold.
    case paragraph(String, isBold: Bool)
    /// A table.
    case table([Row])
  }

  /// A table row: its cells' texts (a line break inside a cell kept as `\n`), or one merged cell.
  public struct Row: Sendable, Equatable {
    /// The cells, left to right; a merged row has one.
    public var cells: [String]
    /// Whether the row is one cell merged across the table.
    public var isMerged: Bool

    /// Creates a row.
    public init(cells: [String], isMerged: Bool = false) {
      self.cells = cells
      self.isMerged = isMerged
    }
  }

  /// The blocks, in document order.
  public var blocks: [Block]

  /// Creates a document.
  public init(blocks: [Block]) { self.blocks = blocks }

  /// The formats `karta import` reads, by file extension.
  public enum Format: String, CaseIterable, Sendable {
    /// Word 2007+.
    case docx
    /// Word's or LibreOffice's "save as web page".
    case html
    /// The text rendering: tab-separated table rows, as in the seeds.
    case text = "txt"
    /// A table saved from Excel.
    case csv

    /// The format of a file named `path`, or `nil` for an extension Karta does not read.
    public init?(path: String) {
      switch (path as NSString).pathExtension.lowercased() {
      case "docx": self = .docx
      case "html", "htm": self = .html
      case "txt", "text": self = .text
      case "csv": self = .csv
      default: return nil
      }
    }
  }

  /// Reads `bytes` in `format`.
  public static func read(_ bytes: [UInt8], format: Format) throws -> SourceDocument {
    switch format {
    case .docx: return SourceDocument(word: try WordDocument(docx: bytes))
    case .html: return SourceDocument(html: decodeText(bytes))
    case .text: return SourceDocument(text: decodeText(bytes))
    case .csv: return SourceDocument(csv: decodeText(bytes))
    }
  }

  /// UTF-8 (with or without a byte-order mark), or Windows-1251 when the bytes are not UTF-8, as
  /// Russian Word and Excel save text.
  static func decodeText(_ bytes: [UInt8]) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if body.withUnsafeBufferPointer({ UTF8Scan.firstInvalidByte($0) == nil }) {
      return String(decoding: body, as: UTF8.self)
    }
    return String(data: Data(body), encoding: .windowsCP1251) ?? String(decoding: body, as: UTF8.self)
  }
}

extension SourceDocument {
  /// The blocks of a Word document: cells spanning the whole grid make merged rows, and a cell
  /// that continues a vertical merge repeats the text above it.
  init(word: WordDocument) {
    var blocks: [Block] = []
    for block in word.blocks {
      switch block {
      case .paragraph(let paragraph): blocks.append(.paragraph(paragraph.text, isBold: paragraph.isBold))
      case .table(let table):
        let width = table.rows.map { $0.reduce(0) { $0 + $1.span } }.max() ?? 0
        var above: [Int: String] = [:]
        var rows: [Row] = []
        for cells in table.rows {
          var texts: [String] = []
          var column = 0
          for cell in cells {
            let text = cell.continuesAbove ? (above[column] ?? "") : cell.text
            above[column] = text
            texts.append(text)
            texts += Array(repeating: "", count: cell.span - 1)
            column += cell.span
          }
          let merged = width > 1 && cells.count == 1 && cells[0].span >= width
          rows.append(Row(cells: merged ? [cells[0].text] : texts, isMerged: merged))
        }
        blocks.append(.table(rows))
      }
    }
    self.init(blocks: blocks)
  }

  /// The blocks of the text rendering. A line that starts with a tab is a cell: it opens a new row
  /// when it starts with a row number («4.7.», «5. Мероприятия …») or when the row being collected
  /// is as wide as the table's first row, else it adds a cell to that row; a line without a tab
  /// continues the last cell (a line break inside the cell). A blank line ends a row that is
  /// complete; a line of tabs alone inside a row is an empty cell. A line with tabs inside is a
  /// whole row. Other lines are paragraphs. A "table" of one
  /// row is a paragraph laid out with tabs (a date and a number on one line).
  init(text: String) {
    var blocks: [Block] = []
    var rows: [Row] = []
    var row: [String]?
    var width = 0
    func endRow() {
      if let cells = row, cells.contains(where: { !$0.trimmed.isEmpty }) {
        rows.append(Row(cells: cells))
        if width == 0 { width = cells.count }
      }
      row = nil
    }
    func endTable() {
      endRow()
      if rows.count == 1, let only = rows.first {
        blocks.append(
          .paragraph(only.cells.map(\.trimmed).filter { !$0.isEmpty }.joined(separator: " "), isBold: false))
      } else if !rows.isEmpty {
        blocks.append(.table(rows))
      }
      rows = []
      width = 0
    }
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let line = String(rawLine)
      if line.trimmed.isEmpty, !(line.hasPrefix("\t") && row != nil) {
        if let cells = row, width == 0 || cells.count >= width { endRow() }
        continue
      }
      if line.hasPrefix("\t"), row == nil, width > 0,
        line.dropFirst().filter({ $0 == "\t" }).count >= max(2, width - 2)
      {
        // A whole row whose number cell is empty: «\tМероприятие\tИсполнитель\tСрок».
        rows.append(Row(cells: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
      } else if line.hasPrefix("\t") {
        var cells = line.dropFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if width > 0, cells.count > 1, (row?.count ?? 0) + cells.count > width {
          // Justified text rendered with tabs between its words: one cell, not several.
          cells = [cells.joined(separator: " ")]
        }
        if let current = row, Self.startsRow(cells[0]) || (width > 0 && current.count >= width) { endRow() }
        row = (row ?? []) + cells
      } else if row != nil, var cells = row {
        cells[cells.count - 1] += "\n" + line
        row = cells
      } else if line.contains("\t") {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        rows.append(Row(cells: cells))
        if width == 0 { width = cells.count }
      } else {
        endTable()
        blocks.append(.paragraph(line, isBold: false))
      }
    }
    endTable()
    self.init(blocks: blocks)
  }

  /// Whether a cell opens a table row: a row number alone («4.7.») or a numbered heading.
  static func startsRow(_ cell: String) -> Bool {
    cell.trimmed.withoutMarkup.range(of: #"^\d{1,3}(\.\d{1,3})*\.?(\s|$)"#, options: .regularExpression) != nil
  }

  /// The blocks of a CSV table as Excel saves it: `;` or `,` (whichever the first line has more
  /// of), quotes doubled inside quoted cells, line breaks inside quoted cells kept.
  init(csv text: String) {
    let firstLine = text.prefix { $0 != "\n" }
    let separator: Character =
      firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
    var rows: [Row] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var pendingQuote = false
    for character in text {
      if pendingQuote {
        pendingQuote = false
        if character == "\"" {
          cell.append("\"")
          continue
        }
        quoted = false
      }
      if quoted {
        if character == "\"" { pendingQuote = true } else { cell.append(character) }
      } else if character == "\"" {
        quoted = true
      } else if character == separator {
        cells.append(cell)
        cell = ""
      } else if character == "\n" || character == "\r\n" || character == "\r" {
        cells.append(cell)
        cell = ""
        if cells.contains(where: { !$0.trimmed.isEmpty }) { rows.append(Row(cells: cells)) }
        cells = []
      } else {
        cell.append(character)
      }
    }
    cells.append(cell)
    if cells.contains(where: { !$0.trimmed.isEmpty }) { rows.append(Row(cells: cells)) }
    self.init(blocks: rows.isEmpty ? [] : [.table(rows)])
  }
}

extension String {
  /// The text without white space at either end.
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

  /// The text with every run of white space (line breaks included) made one space, and trimmed.
  var collapsedSpaces: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
