import KartaLanguage
import KartaOffice

extension DiagnosticID {
  /// An .xlsx status file that cannot be read as a workbook (damaged, encrypted, hostile).
  public static let invalidWorkbook: DiagnosticID = "status.invalid-workbook"
}

/// An Excel status form read by the CSV form's reader: the sheet holding the form is turned into
/// CSV rows (one line a sheet row, so a line number is a row number), the form's labels into the
/// CSV keys, dates into `DD.MM.YYYY`, the drop-down's status names into ids; the reader's problems
/// are then named by sheet and cell (`Лист1!F12`) instead of line and column.
extension StatusReader {
  /// Reads the .xlsx status file in `bytes`.
  func read(workbook bytes: [UInt8], path: String, index: Int, countingWarnings: Bool = false) -> FileReading {
    let workbook: Workbook
    do {
      workbook = try Workbook(xlsx: bytes)
    } catch let error as OfficeError {
      return FileReading(diagnostics: [
        Diagnostic(
          .invalidWorkbook, at: SourceLocation(file: path), "cannot read the workbook: \(error.description)",
          notes: ["save the form again in Excel or LibreOffice as .xlsx, without a password"])
      ])
    } catch {
      return FileReading(diagnostics: [
        Diagnostic(.invalidWorkbook, at: SourceLocation(file: path), "cannot read the workbook")
      ])
    }
    guard let sheet = workbook.sheets.first(where: Self.holdsForm) else {
      return FileReading(diagnostics: [
        Diagnostic(
          .invalidWorkbook, at: SourceLocation(file: path),
          "no sheet holds a status form: none has a column header 'Пункт' (or 'item') in column A",
          notes: ["make the form with 'karta template PLAN --party P --format xlsx'"])
      ])
    }
    let (csv, starts) = Self.csv(of: sheet)
    var reading = read(bytes: Array(csv.utf8), path: path, index: index, countingWarnings: countingWarnings)
    reading.info?.digest = bytes.withUnsafeBufferPointer { SHA256.hex($0) }
    // Problems are named by sheet and cell, and no line of the workbook is quoted.
    reading.excerpts = nil
    reading.text = nil
    reading.diagnostics = reading.diagnostics.map { diagnostic in
      guard diagnostic.location.file == path, let range = diagnostic.location.range else { return diagnostic }
      var named = diagnostic
      let row = range.start.line
      let column = (starts[row] ?? [1]).lastIndex { $0 <= range.start.column }.map { $0 + 1 } ?? 1
      let place = "\(sheet.name)!\(Workbook.columnName(column))\(row)"
      named.message = "\(place): \(diagnostic.message)"
      named.place = place
      named.location = SourceLocation(file: path)
      return named
    }
    return reading
  }

  static func holdsForm(_ sheet: Workbook.Sheet) -> Bool {
    sheet.cells.contains { cell in
      if cell.column == 1, case .text(let text) = cell.value { return StatusForm.key(ofColumn: text) == "item" }
      return false
    }
  }

  /// The sheet as CSV text, and for each row the 1-based character column each cell starts at.
  static func csv(of sheet: Workbook.Sheet) -> (String, [Int: [Int]]) {
    var byRow: [Int: [Workbook.Cell]] = [:]
    for cell in sheet.cells where cell.column <= 64 { byRow[cell.row, default: []].append(cell) }
    let lastRow = sheet.cells.map(\.row).max() ?? 0
    var out = ""
    var starts: [Int: [Int]] = [:]
    var headerSeen = false
    var statusColumn: Int?
    for row in 1...max(lastRow, 1) {
      let cells = byRow[row] ?? []
      let width = cells.map(\.column).max() ?? 0
      var texts = [String](repeating: "", count: width)
      for cell in cells { texts[cell.column - 1] = text(of: cell.value) }
      if let first = texts.first, !headerSeen {
        if StatusForm.key(ofColumn: first) == "item" {
          headerSeen = true
          texts = texts.map { StatusForm.key(ofColumn: $0) ?? $0 }
          statusColumn = texts.firstIndex(of: "status")
        } else if let key = StatusForm.key(ofMetadata: first) {
          texts[0] = key
        } else {
          // The form's title and other text above the header rows.
          texts = []
        }
      } else if let statusColumn, statusColumn < texts.count {
        texts[statusColumn] = StatusForm.statusID(texts[statusColumn])
      }
      var line = ""
      var columns: [Int] = []
      for (position, text) in texts.enumerated() {
        if position > 0 { line += ";" }
        columns.append(line.count + 1)
        line += quoted(text)
      }
      starts[row] = columns
      out += line + "\n"
    }
    return (out, starts)
  }

  static func text(of value: Workbook.Value) -> String {
    switch value {
    case .text(let text): return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .date(let year, let month, let day):
      let pad = { (value: Int, width: Int) in
        String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
      }
      return "\(pad(day, 2)).\(pad(month, 2)).\(pad(year, 4))"
    case .boolean(let flag): return flag ? "TRUE" : "FALSE"
    case .error(let code): return code
    }
  }

  static func quoted(_ text: String) -> String {
    guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "," }) || text.hasPrefix(" ") else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
