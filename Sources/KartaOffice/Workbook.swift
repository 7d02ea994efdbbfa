import Foundation

/// The cells of an Excel workbook (.xlsx) as a status form needs them: per sheet, each non-empty
/// cell with its place and a typed value (text, number, date, boolean). Shared strings, inline
/// strings, formulas' cached values and date formats are resolved while reading.
public struct Workbook: Sendable {
  /// A cell's value.
  public enum Value: Sendable, Equatable {
    /// Text.
    case text(String)
    /// A number that is not formatted as a date.
    case number(Double)
    /// A number formatted as a date: the day it stands for.
    case date(year: Int, month: Int, day: Int)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// An error value such as `#REF!`.
    case error(String)
  }

  /// One non-empty cell.
  public struct Cell: Sendable {
    /// The 1-based row.
    public var row: Int
    /// The 1-based column.
    public var column: Int
    /// The value.
    public var value: Value

    /// `E12`.
    public var reference: String { Workbook.columnName(column) + String(row) }
  }

  /// A worksheet: its name and its cells, row by row, left to right.
  public struct Sheet: Sendable {
    /// The name on its tab (`Лист1`).
    public var name: String
    /// The non-empty cells in reading order.
    public var cells: [Cell]
  }

  /// The worksheets, in the workbook's order.
  public var sheets: [Sheet]

  /// The most cells read from one workbook.
  public static let maximumCells = 500_000

  /// `1` → `A`, `27` → `AA`.
  public static func columnName(_ column: Int) -> String {
    var number = column
    var name = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }

  /// `E12` → (row 12, column 5), or `nil` when it is not a cell reference.
  static func place(_ reference: String) -> (row: Int, column: Int)? {
    var column = 0
    var digits = Substring(reference)
    while let first = digits.first, first.isASCII, first.isLetter {
      column = column * 26 + Int(first.uppercased().unicodeScalars.first?.value ?? 65) - 64
      digits = digits.dropFirst()
      if column > 16_384 { return nil }
    }
    guard column > 0, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
    return (row, column)
  }
}

extension Workbook {
  /// Reads the .xlsx package in `bytes`.
  public init(xlsx bytes: [UInt8], limits: ZipLimits = .standard) throws {
    let archive = try ZipArchive(bytes: bytes, limits: limits)
    let workbookPart = "xl/workbook.xml"
    guard archive.contains(workbookPart) else {
      throw OfficeError(.missingPart, part: workbookPart, "the package has no workbook; is it an .xlsx?")
    }
    let workbook = try MarkupTree.parse(try archive.data(workbookPart), part: workbookPart)
    let uses1904 = ["1", "true"].contains(workbook.child("workbookPr")?.attributes["date1904"] ?? "")
    var targets: [String: String] = [:]
    let relationsPart = "xl/_rels/workbook.xml.rels"
    if archive.contains(relationsPart) {
      for relation in try MarkupTree.parse(try archive.data(relationsPart), part: relationsPart).children(
        "Relationship")
      {
        if let id = relation.attributes["Id"], let target = relation.attributes["Target"] {
          targets[id] = Self.partPath(target)
        }
      }
    }
    let strings = try Self.sharedStrings(archive)
    let dateStyles = try Self.dateStyles(archive)
    var sheets: [Sheet] = []
    var total = 0
    for (index, sheet) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
      let name = sheet.attributes["name"] ?? "Sheet\(index + 1)"
      let part = sheet.attributes["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(index + 1).xml"
      guard archive.contains(part) else { throw OfficeError(.missingPart, part: part, "sheet '\(name)' is missing") }
      let root = try MarkupTree.parse(try archive.data(part), part: part)
      let cells = try Self.cells(
        of: root, part: part, strings: strings, dateStyles: dateStyles, uses1904: uses1904,
        budget: Self.maximumCells - total)
      total += cells.count
      sheets.append(Sheet(name: name, cells: cells))
    }
    self.init(sheets: sheets)
  }

  static func partPath(_ target: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : ["xl"]
    for piece in target.split(separator: "/") {
      if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
    }
    return parts.joined(separator: "/")
  }

  static func sharedStrings(_ archive: ZipArchive) throws -> [String] {
    let part = "xl/sharedStrings.xml"
    guard archive.contains(part) else { return [] }
    return try MarkupTree.parse(try archive.data(part), part: part).children("si").map(Self.text(of:))
  }

  /// The text of a string item: its `t`, or its runs' `t` (phonetic runs left out).
  static func text(of item: MarkupElement) -> String {
    if let plain = item.child("t") { return plain.text }
    return item.children("r").compactMap { $0.child("t")?.text }.joined()
  }

  /// For each cell format (`cellXfs`), whether its number format shows a date.
  static func dateStyles(_ archive: ZipArchive) throws -> [Bool] {
    let part = "xl/styles.xml"
    guard archive.contains(part) else { return [] }
    let styles = try MarkupTree.parse(try archive.data(part), part: part)
    var custom: [Int: String] = [:]
    for format in styles.child("numFmts")?.children("numFmt") ?? [] {
      if let id = format.attributes["numFmtId"].flatMap(Int.init) { custom[id] = format.attributes["formatCode"] ?? "" }
    }
    return (styles.child("cellXfs")?.children("xf") ?? []).map { format in
      let id = format.attributes["numFmtId"].flatMap(Int.init) ?? 0
      if (14...22).contains(id) || (45...47).contains(id) { return true }
      guard let code = custom[id] else { return false }
      return isDateFormat(code)
    }
  }

  /// Whether a number format code shows a date: a `d`, `m` or `y` outside quotes and brackets.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracket = false
    for character in code.lowercased() {
      switch character {
      case "\"": quoted.toggle()
      case "[": bracket = true
      case "]": bracket = false
      case "d", "m", "y", "д", "г": if !quoted && !bracket { return true }
      default: continue
      }
    }
    return false
  }

  static func cells(
    of sheet: MarkupElement, part: String, strings: [String], dateStyles: [Bool], uses1904: Bool, budget: Int
  ) throws -> [Cell] {
    var cells: [Cell] = []
    var nextRow = 1
    for row in sheet.child("sheetData")?.children("row") ?? [] {
      let rowNumber = row.attributes["r"].flatMap(Int.init) ?? nextRow
      nextRow = rowNumber + 1
      var nextColumn = 1
      for cell in row.children("c") {
        var place = (row: rowNumber, column: nextColumn)
        if let reference = cell.attributes["r"] {
          guard let given = Self.place(reference) else {
            throw OfficeError(.damaged, part: part, "cell reference '\(reference)' is not a cell")
          }
          place = given
        }
        nextColumn = place.column + 1
        guard let value = try value(of: cell, strings: strings, dateStyles: dateStyles, uses1904: uses1904, part: part)
        else { continue }
        guard cells.count < budget else {
          throw OfficeError(
            .tooLarge, part: part, "the workbook has more than \(Workbook.maximumCells) filled cells; it is not read")
        }
        cells.append(Cell(row: place.row, column: place.column, value: value))
      }
    }
    return cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
  }

  static func value(
    of cell: MarkupElement, strings: [String], dateStyles: [Bool], uses1904: Bool, part: String
  ) throws -> Value? {
    let raw = cell.child("v")?.text
    switch cell.attributes["t"] ?? "n" {
    case "s":
      guard let raw else { return nil }
      guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else {
        throw OfficeError(
          .damaged, part: part, "cell \(cell.attributes["r"] ?? "?") names shared string \(raw), which is missing")
      }
      return strings[index].isEmpty ? nil : .text(strings[index])
    case "inlineStr":
      let text = cell.child("is").map(Self.text(of:)) ?? ""
      return text.isEmpty ? nil : .text(text)
    case "str":
      guard let raw, !raw.isEmpty else { return nil }
      return .text(raw)
    case "b":
      return raw.map { .boolean($0 == "1") }
    case "e":
      return raw.map { .error($0) }
    default:
      guard let raw, !raw.isEmpty else { return nil }
      guard let number = Double(raw.trimmingCharacters(in: .whitespaces)) else { return .text(raw) }
      let style = cell.attributes["s"].flatMap(Int.init) ?? 0
      if dateStyles.indices.contains(style), dateStyles[style], number >= 0, number < 2_958_466 {
        return date(serial: number, uses1904: uses1904)
      }
      return .number(number)
    }
  }

  /// The day of an Excel serial date (1900 system, whose day 60 is the 29 February 1900 that never
  /// was, or the 1904 system).
  static func date(serial: Double, uses1904: Bool) -> Value {
    let whole = Int(serial.rounded(.down))
    // Days since 1970-01-01: serial 25569 in the 1900 system, 24107 in the 1904 system.
    let sinceEpoch = uses1904 ? whole - 24_107 : (whole < 60 ? whole - 25_568 : whole - 25_569)
    let z = sinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPrime = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
    let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
    return .date(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }
}
