import Foundation
import KartaLanguage

/// A CSV cell and the absolute byte offset it starts at.
struct CSVCell {
  var text: String
  var offset: Int
}

/// Splits CSV text, as Russian Excel saves it (`;` or `,`, quotes doubled inside quoted cells).
enum CSVSplitter {
  /// The rows, or (as `unterminatedQuote`) the offset of a quote that is never closed.
  static func rows(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) -> (rows: [[CSVCell]], unterminatedQuote: Int?) {
    let separator = detectSeparator(bytes)
    let quote = UInt8(ascii: "\"")
    var rows: [[CSVCell]] = []
    var row: [CSVCell] = []
    var index = 0
    var cell: [UInt8] = []
    while index < bytes.count {
      let cellStart = index
      if bytes[index] == quote {
        index += 1
        var closed = false
        while index < bytes.count {
          if bytes[index] == quote {
            if index + 1 < bytes.count, bytes[index + 1] == quote {
              cell.append(quote)
              index += 2
              continue
            }
            index += 1
            closed = true
            break
          }
          cell.append(bytes[index])
          index += 1
        }
        if !closed { return (rows, base + cellStart) }
      }
      while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D {
        cell.append(bytes[index])
        index += 1
      }
      row.append(CSVCell(text: String(decoding: cell, as: UTF8.self), offset: base + cellStart))
      cell.removeAll(keepingCapacity: true)
      if index < bytes.count, bytes[index] == separator {
        index += 1
        if index == bytes.count { row.append(CSVCell(text: "", offset: base + index)) }
        continue
      }
      rows.append(row)
      row = []
      if index < bytes.count, bytes[index] == 0x0D { index += 1 }
      if index < bytes.count, bytes[index] == 0x0A { index += 1 }
    }
    if !row.isEmpty { rows.append(row) }
    return (rows.filter { !$0.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }, nil)
  }

  private static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var semicolons = 0
    var commas = 0
    for byte in bytes {
      if byte == 0x0A { break }
      if byte == UInt8(ascii: ";") { semicolons += 1 }
      if byte == UInt8(ascii: ",") { commas += 1 }
    }
    return commas > semicolons ? UInt8(ascii: ",") : UInt8(ascii: ";")
  }
}

/// Reads the CSV form of a status file: metadata rows `key;value`, then a header row that begins
/// with `item`, then one row a record.
struct CSVStatus {
  let reader: StatusReader

  static let metadataKeys = ["format", "plan", "reporter", "subject", "report", "as_of", "submitted"]
  static let columns = [
    "item", "subject", "occurrence", "status", "completed", "new_due", "basis", "waiver_reason", "waiver_approver",
    "waiver_expires", "values", "evidence", "comment", "title", "due", "requested",
  ]

  /// Other spellings of columns and metadata rows that executors' own tables use.
  static let aliases: [String: String] = [
    "№ пункта": "item", "номер пункта": "item", "пункт плана": "item", "статус": "status",
    "состояние исполнения": "status", "отметка о выполнении": "status", "фактическая дата исполнения": "completed",
    "дата выполнения": "completed", "информация о ходе исполнения": "comment", "примечание": "comment",
    "показатели": "values", "подтверждение": "evidence", "муниципалитет": "subject", "организация": "subject",
  ]

  /// The column (or metadata row) a heading names: its id, the Russian heading `karta template
  /// --lang ru` writes (catalogue `status-column.ID`), or an alias; compared in lower case, «ё» as
  /// «е», spaces collapsed.
  static func canonical(_ heading: String, among names: [String]) -> String? {
    let key = headingKey(heading)
    if names.contains(key) { return key }
    for name in names where headingKey(Language.russian.word("status-column." + name)) == key { return name }
    // The labels of the Excel form, when a CSV is saved from it.
    if let label = StatusForm.key(ofColumn: heading) ?? StatusForm.key(ofMetadata: heading), names.contains(label) {
      return label
    }
    return aliases[key].flatMap { names.contains($0) ? $0 : nil }
  }

  private static func headingKey(_ heading: String) -> String {
    Keyword.normalized(heading.trimmingCharacters(in: .whitespaces)).split(separator: " ").joined(separator: " ")
  }

  func interpret(_ body: UnsafeBufferPointer<UInt8>, digest: String, into context: inout ReadingContext) {
    let (rows, unterminated) = CSVSplitter.rows(body, base: context.base)
    if let unterminated {
      context.report(.invalidCSV, at: unterminated, Phrase("status.csv.unclosed-quote"))
      return
    }
    var header = RawHeader(offset: context.base)
    var headerRow: Int?
    var seenKeys = Set<String>()
    for (number, row) in rows.enumerated() {
      let key =
        Self.canonical(row[0].text, among: Self.metadataKeys + ["party", "item"])
        ?? row[0].text.trimmingCharacters(in: .whitespaces).lowercased()
      if key == "item" {
        headerRow = number
        break
      }
      // A metadata row given twice is refused, as a JSON field given twice is: the last one would
      // silently win (a second as_of could make the whole file unused).
      let canonical = key == "party" ? "reporter" : key
      if !key.isEmpty, Self.metadataKeys.contains(canonical), !seenKeys.insert(canonical).inserted {
        context.report(.unknownField, at: row[0].offset, Phrase("status.csv.duplicate-metadata", "\(row[0].text)"))
        continue
      }
      let value =
        row.count > 1 ? RawField(text: row[1].text.trimmingCharacters(in: .whitespaces), offset: row[1].offset) : nil
      switch key {
      case "format": header.format = value
      case "plan": header.plan = value
      case "reporter", "party": header.party = value
      case "subject": header.subject = value
      case "report": header.report = value
      case "as_of": header.asOf = value
      case "submitted": header.submitted = value
      case "": continue
      default:
        let suggestion = Suggestions.closest(to: key, among: Self.metadataKeys + ["item"])
        context.report(
          .unknownField, at: row[0].offset,
          Phrase.suggesting("status.csv.unknown-metadata", suggestion, "\(row[0].text)"),
          suggestion: suggestion)
      }
    }
    guard let headerRow else {
      context.report(
        .invalidCSV, at: context.base,
        Phrase("status.csv.no-header"))
      return
    }
    var columnIndex: [String: Int] = [:]
    for (position, cell) in rows[headerRow].enumerated() {
      let name =
        Self.canonical(cell.text, among: Self.columns) ?? cell.text.trimmingCharacters(in: .whitespaces).lowercased()
      if name.isEmpty { continue }
      if !Self.columns.contains(name) {
        let suggestion = Suggestions.closest(to: name, among: Self.columns)
        context.report(
          .unknownField, at: cell.offset,
          Phrase.suggesting("status.csv.unknown-column", suggestion, "\(cell.text)"),
          suggestion: suggestion)
      }
      if columnIndex[name] != nil {
        context.report(.unknownField, at: cell.offset, Phrase("status.csv.duplicate-column", "\(cell.text)"))
        continue
      }
      columnIndex[name] = position
    }
    let records = rows[(headerRow + 1)...]
    let interpreter = StatusInterpreter(reader: reader)
    let info = interpreter.header(header, digest: digest, recordCount: records.count, into: &context)
    context.reading.info = info
    guard let info else { return }
    let width = rows[headerRow].count
    for row in records {
      // Excel pads rows with empty cells; a cell with text past the header has no column to go to.
      if row.count > width,
        let stray = row[width...].first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty })
      {
        context.report(
          .invalidCSV, at: stray.offset, Phrase("status.csv.stray-cell", "\(width)"),
          notes: [Phrase("status.csv.stray-cell.note")])
        continue
      }
      func field(_ name: String) -> RawField? {
        guard let position = columnIndex[name], position < row.count else { return nil }
        let text = row[position].text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : RawField(text: text, offset: row[position].offset)
      }
      var raw = RawRecord(offset: row[0].offset)
      // `="1.1"`, as `karta template` writes ids Excel would take for dates, is the id `1.1`.
      raw.item = field("item").map { cell in
        ExcelText.unwrapped(cell.text).map { RawField(text: $0, offset: cell.offset) } ?? cell
      }
      raw.subject = field("subject")
      raw.occurrence = field("occurrence")
      raw.status = field("status")
      raw.completed = field("completed")
      raw.newDue = field("new_due")
      raw.requested = field("requested")
      raw.basis = field("basis")
      raw.comment = field("comment")
      let reason = field("waiver_reason")
      let approver = field("waiver_approver")
      let expires = field("waiver_expires")
      if reason != nil || approver != nil || expires != nil {
        raw.waiver = (reason?.offset ?? raw.offset, reason, approver, expires)
      }
      if let evidence = field("evidence") {
        raw.evidence = evidence.text.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
      }
      if let values = field("values") {
        guard parseValues(values, into: &raw, context: &context) else { continue }
      }
      interpreter.record(raw, reporter: info.party, reporterSubject: info.subject, into: &context)
    }
  }

  /// A decimal as a spreadsheet writes it: digits, an optional sign, an optional decimal comma or
  /// point (`41,5`). Not `0x10`, `1e3`, `inf` or `nan`, which a general number parser accepts.
  static func decimal(_ text: String) -> Double? {
    var digits = Substring(text)
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    let parts = digits.split(separator: ",", omittingEmptySubsequences: false).flatMap {
      $0.split(separator: ".", omittingEmptySubsequences: false)
    }
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 15 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return Double(text.replacingOccurrences(of: ",", with: "."))
  }

  /// `organizers=27, quality=41,5`: pairs separated by ", " or "; ", decimal comma allowed.
  private func parseValues(_ field: RawField, into raw: inout RawRecord, context: inout ReadingContext) -> Bool {
    var seen = Set<String>()
    for pair in field.text.components(separatedBy: CharacterSet(charactersIn: ";")).flatMap({
      $0.components(separatedBy: ", ")
    }) {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, let number = Self.decimal(parts[1]) else {
        context.report(
          .wrongType, at: field.offset, Phrase("status.csv.bad-value", "\(pair)"),
          notes: [Phrase("status.csv.bad-value.note")])
        return false
      }
      guard seen.insert(parts[0]).inserted else {
        context.report(.wrongType, at: field.offset, Phrase("status.duplicate-indicator", "\(parts[0])"))
        return false
      }
      raw.values.append((parts[0], number))
    }
    return true
  }
}
