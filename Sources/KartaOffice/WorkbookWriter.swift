/// Writes an Excel workbook (.xlsx) for forms people fill in: sheets with column widths, frozen
/// header rows, locked reference cells and unlocked input cells under sheet protection, date cells
/// formatted as dates, and drop-down lists (data validation). Strings are written inline, so the
/// output needs no shared-strings part; the same content always gives the same bytes.
public struct WorkbookWriter: Sendable {
  /// How a cell looks and whether it may be edited.
  public enum Style: Int, Sendable {
    /// No formatting.
    case plain = 0
    /// A column heading: bold, wrapped, bordered, grey, locked.
    case heading = 1
    /// Reference text: wrapped, bordered, locked.
    case reference = 2
    /// Text to fill in: wrapped, bordered, unlocked.
    case input = 3
    /// A date to fill in: shown as DD.MM.YYYY, bordered, unlocked.
    case inputDate = 4
    /// A label: bold, locked.
    case label = 5
    /// A title: bold, larger, locked.
    case title = 6
  }

  /// A cell to write.
  public enum Value: Sendable {
    /// Text.
    case text(String)
    /// A number.
    case number(Double)
    /// A date.
    case date(year: Int, month: Int, day: Int)
    /// Nothing, but the cell's style (an empty input cell).
    case empty
  }

  /// A cell with its style.
  public struct Cell: Sendable {
    /// The value.
    public var value: Value
    /// The style.
    public var style: Style

    /// Creates a cell.
    public init(_ value: Value, _ style: Style = .plain) {
      self.value = value
      self.style = style
    }
  }

  /// A drop-down list on a range of cells.
  public struct ListValidation: Sendable {
    /// The range, as `F8:F40`.
    public var range: String
    /// The values offered.
    public var values: [String]
    /// The title of the message shown on a wrong value.
    public var errorTitle: String
    /// The message shown on a wrong value.
    public var error: String

    /// Creates a validation.
    public init(range: String, values: [String], errorTitle: String, error: String) {
      self.range = range
      self.values = values
      self.errorTitle = errorTitle
      self.error = error
    }
  }

  /// A sheet to write.
  public struct Sheet: Sendable {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// Column widths in characters, from column A.
    public var widths: [Double]
    /// The rows from row 1; `nil` leaves a cell out.
    public var rows: [[Cell?]]
    /// The drop-down lists.
    public var validations: [ListValidation] = []
    /// Rows kept in view when scrolling.
    public var frozenRows = 0
    /// Whether locked cells are protected (no password: protection guards against slips only).
    public var isProtected = false
    /// Whether the page is printed landscape.
    public var landscape = false

    /// Creates a sheet.
    public init(name: String, widths: [Double], rows: [[Cell?]]) {
      self.name = name
      self.widths = widths
      self.rows = rows
    }
  }

  private var sheets: [Sheet] = []

  /// Creates an empty workbook.
  public init() {}

  /// Adds a sheet.
  public mutating func add(_ sheet: Sheet) { sheets.append(sheet) }

  /// The package.
  public func finish() -> [UInt8] {
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", text: contentTypes())
    zip.add(
      "_rels/.rels",
      text: Self.declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1""#
        + #" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument""#
        + #" Target="xl/workbook.xml"/>"#
        + "</Relationships>")
    zip.add("xl/workbook.xml", text: workbook())
    zip.add("xl/_rels/workbook.xml.rels", text: workbookRelations())
    zip.add("xl/styles.xml", text: Self.styles)
    for (index, sheet) in sheets.enumerated() {
      zip.add("xl/worksheets/sheet\(index + 1).xml", text: Self.worksheet(sheet))
    }
    return zip.finish()
  }

  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  func contentTypes() -> String {
    var out = Self.declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    out += #"<Default Extension="xml" ContentType="application/xml"/>"#
    out +=
      #"<Override PartName="/xl/workbook.xml""#
      + #" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    out +=
      #"<Override PartName="/xl/styles.xml""#
      + #" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    for index in sheets.indices {
      out += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
      out += #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }
    return out + "</Types>"
  }

  func workbook() -> String {
    var out = Self.declaration + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relations)\"><sheets>"
    for (index, sheet) in sheets.enumerated() {
      let name = XMLText.escape(sheet.name, attribute: true)
      out += "<sheet name=\"\(name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    return out + "</sheets></workbook>"
  }

  func workbookRelations() -> String {
    var out = Self.declaration
    out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    for index in sheets.indices {
      out += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relations)/worksheet\" "
      out += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    out += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relations)/styles\" Target=\"styles.xml\"/>"
    return out + "</Relationships>"
  }

  /// Fonts: 0 normal, 1 bold, 2 bold 14 pt. Fills: 0 none, 1 grey125 (required), 2 grey heading.
  /// Borders: 0 none, 1 thin. Cell formats in the order of `Style`.
  static let styles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\.mm\.yyyy"/></numFmts>"#
    + #"<fonts count="3"><font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>"#
    + #"<font><b/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>"#
    + #"<font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font></fonts>"#
    + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>"#
    + #"</fill>"#
    + #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>"#
    + #"</fills>"#
    + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
    + #"<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>"#
    + #"</borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    + #"<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1""#
    + #" applyAlignment="1">"#
    + #"<alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">"#
    + #"<alignment vertical="top" wrapText="1"/></xf>"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1""#
    + #" applyProtection="1">"#
    + #"<alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1""#
    + #" applyAlignment="1" applyProtection="1">"#
    + #"<alignment vertical="top"/><protection locked="0"/></xf>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
    + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    + "</styleSheet>"

  /// The worksheet part of `sheet`, a row a line (so that its golden file reads in a diff).
  public static func worksheet(_ sheet: Sheet) -> String {
    var out = declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relations)\">\n"
    if sheet.frozenRows > 0 {
      out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(sheet.frozenRows)\" "
      out += "topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      out += "</sheetView></sheetViews>\n"
    }
    if !sheet.widths.isEmpty {
      out += "<cols>"
      for (index, width) in sheet.widths.enumerated() {
        out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
      }
      out += "</cols>\n"
    }
    out += "<sheetData>\n"
    for (rowIndex, row) in sheet.rows.enumerated() where row.contains(where: { $0 != nil }) {
      let lines = Self.lines(of: row, widths: sheet.widths)
      out += "<row r=\"\(rowIndex + 1)\""
      out += lines > 1 ? " ht=\"\(number(min(409, Double(lines) * 15)))\" customHeight=\"1\">" : ">"
      for (columnIndex, cell) in row.enumerated() {
        guard let cell else { continue }
        let reference = Workbook.columnName(columnIndex + 1) + String(rowIndex + 1)
        let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.value {
        case .text(let text):
          out += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
          out += XMLText.escape(text) + "</t></is></c>"
        case .number(let value):
          out += "<c r=\"\(reference)\"\(style)><v>\(number(value))</v></c>"
        case .date(let year, let month, let day):
          out += "<c r=\"\(reference)\"\(style)><v>\(serial(year: year, month: month, day: day))</v></c>"
        case .empty:
          out += "<c r=\"\(reference)\"\(style)/>"
        }
      }
      out += "</row>\n"
    }
    out += "</sheetData>\n"
    if sheet.isProtected {
      out += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>"#
    }
    if !sheet.validations.isEmpty {
      out += "<dataValidations count=\"\(sheet.validations.count)\">"
      for validation in sheet.validations {
        let list = validation.values.joined(separator: ",")
        out += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" "
        out +=
          "errorTitle=\"\(XMLText.escape(validation.errorTitle, attribute: true))\" "
          + "error=\"\(XMLText.escape(validation.error, attribute: true))\" "
        out += "sqref=\"\(validation.range)\"><formula1>\"\(XMLText.escape(list))\"</formula1></dataValidation>"
      }
      out += "</dataValidations>"
    }
    out += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
    out +=
      "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToHeight=\"0\"/>"
    return out + "</worksheet>"
  }

  /// How many lines the row's wrapped cells take at their columns' widths (neither Excel nor
  /// LibreOffice grows a row for wrapped text when it opens a file, so the height is written).
  static func lines(of row: [Cell?], widths: [Double]) -> Int {
    var most = 1
    for (column, cell) in row.enumerated() {
      guard let cell, [.heading, .reference, .input].contains(cell.style), case .text(let text) = cell.value,
        column < widths.count
      else { continue }
      let perLine = max(1, Int(widths[column]) - 2)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
        total + max(1, (line.count + perLine - 1) / perLine)
      }
      most = max(most, lines)
    }
    return most
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// The Excel serial number (1900 system) of a day from 1 March 1900 on.
  static func serial(year: Int, month: Int, day: Int) -> Int {
    // Days from civil (Howard Hinnant's algorithm), then from 1970-01-01 to the 1900 system.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468 + 25_569
  }
}
