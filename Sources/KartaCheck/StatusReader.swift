import Foundation
import KartaLanguage
import KartaPlan
import KartaSchedule

/// One status file read and matched against the plan's obligations.
struct FileReading: Sendable {
  /// The file's metadata, when its header could be read.
  var info: StatusFileInfo?
  /// The records that report something, each with its obligation.
  var entries: [Entry] = []
  /// Whether each entry's `record.line` is already set (a JSON file's tape counts lines).
  var linesPlaced = false
  /// The details of entries that have them (`StatusRecord.details` indexes this array until the
  /// file is merged): an entry stays 40 bytes, and eleven million of them are moved twice.
  var details: [RecordDetails] = []
  /// Every problem found in the file, up to `ReadingContext.maximumProblems`.
  var diagnostics: [Diagnostic] = []
  /// Errors found past those listed.
  var unlisted = 0
  /// Warnings only counted: the check already keeps all the warnings it lists from files whose
  /// paths sort before this one (`StatusSet.maximumWarnings`).
  var countedWarnings = 0
  /// Warnings past the file's own `ReadingContext.maximumWarnings`, or past its full list of
  /// problems: counted, never made, so that "N more warnings" is exact.
  var droppedWarnings = 0
  /// The lines its diagnostics quote, by number, when the file is text that can be quoted.
  var excerpts: (path: String, lines: [Int: String])?
  /// The bytes read and where the body starts after any byte-order mark, while a conflict with
  /// another file may still have to quote a record's line; `nil` when no line can be quoted.
  var text: (bytes: [UInt8], body: Int)?

  struct Entry: Sendable {
    var obligation: Int
    var record: StatusRecord
  }

  /// Adds the entry of a record for `obligation`, with its details if it has any.
  mutating func append(obligation: Int, record: StatusRecord, details: RecordDetails?) {
    var record = record
    if let details {
      record.details = Int32(self.details.count)
      self.details.append(details)
    } else {
      record.details = -1
    }
    entries.append(Entry(obligation: obligation, record: record))
  }
}

/// Reads status files (JSON, CSV, or the Excel form) against a plan's obligation table. Every problem is reported
/// with file:line:column; nothing is guessed.
public struct StatusReader: Sendable {
  /// The largest status file read, in bytes.
  public static let maximumSize = 256 << 20

  let table: ObligationTable
  let planID: String
  /// For each obligation group, the parties that may report on it: an item's owners (and the
  /// owners an amendment gives it), a report's `from:`; empty when the plan names none. Worked
  /// out once, since every one of millions of records is checked against it.
  let responsible: [[String]]
  /// For each obligation group, the indicators its item sets targets for (empty for a report).
  let indicators: [[String]]
  /// The plan's approval date, which completion dates are checked against.
  let approved: CivilDate?
  /// The plan laid out for reading records from their bytes.
  let layout: RecordLayout

  /// Creates a reader for the obligations of `table`.
  public init(table: ObligationTable) {
    approved = table.plan.header?.approved
    self.table = table
    self.planID = table.plan.header?.id ?? ""
    let plan = table.plan
    var amended: [String: [String]] = [:]
    for amendment in plan.amendments { if let item = amendment.item { amended[item, default: []] += amendment.owners } }
    self.indicators = table.groups.map { group in
      if case .item(let index) = group.source { return plan.items[index].targets.map(\.indicator) }
      return []
    }
    self.responsible = table.groups.map { group in
      switch group.source {
      case .item(let index):
        let item = plan.items[index]
        return item.owners.isEmpty ? [] : item.owners + (amended[item.id] ?? [])
      case .report(let index):
        return plan.reports[index].from.map { [$0] } ?? []
      }
    }
    self.layout = RecordLayout(table: table, responsible: responsible, indicators: indicators)
  }

  /// The path that stands for standard input: `karta check PLAN -`.
  public static let standardInput = "-"

  /// Called with each path once its bytes are read; tests change the file here to prove that
  /// nothing reads it again.
  static let afterReading = ReadingHook()

  /// An action run after each read, set and called from any thread.
  final class ReadingHook: @unchecked Sendable {
    private let lock = NSLock()
    private var action: (@Sendable (String) -> Void)?

    /// Runs `action` after each read from now on (`nil`: nothing).
    func set(_ action: (@Sendable (String) -> Void)?) { lock.withLock { self.action = action } }

    func callAsFunction(_ path: String) { lock.withLock { action }?(path) }
  }

  /// Reads the file at `path` (standard input for `-`); `index` is its position among the files of one check.
  /// With `countingWarnings`, warnings are counted and not made.
  func read(path: String, index: Int, countingWarnings: Bool = false) -> FileReading {
    let whole = SourceLocation(file: path)
    switch FileBytes.read(path, limit: Self.maximumSize) {
    case .success(let bytes):
      Self.afterReading(path)
      if path.lowercased().hasSuffix(".xlsx") {
        return read(workbook: bytes, path: path, index: index, countingWarnings: countingWarnings)
      }
      return read(bytes: bytes, path: path, index: index, countingWarnings: countingWarnings)
    case .failure(.tooLarge(let size, _)):
      return FileReading(diagnostics: [
        Diagnostic(
          .statusTooLarge, at: whole, Phrase("status.too-large", "\(size)", "\(Self.maximumSize)"))
      ])
    case .failure(let problem):
      return FileReading(diagnostics: [Diagnostic.unreadableFile(path, problem: problem, at: whole)])
    }
  }

  /// Reads a status file held in memory.
  func read(bytes: [UInt8], path: String, index: Int, countingWarnings: Bool = false) -> FileReading {
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
      let body = UnsafeBufferPointer(rebasing: buffer[start...])
      var context = ReadingContext(path: path, bytes: buffer, base: start, fileIndex: index)
      context.countsWarningsOnly = countingWarnings
      if let bad = UTF8Scan.firstInvalidByte(body) {
        context.report(.fileInvalidUTF8, at: bad + start, Phrase("status.invalid-utf8"))
        return context.reading
      }
      guard let first = body.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
        context.reading.diagnostics.append(
          Diagnostic(.fileEmpty, at: SourceLocation(file: path), Phrase("status.empty")))
        return context.reading
      }
      let digest = SHA256.hex(buffer)
      if body[first] == UInt8(ascii: "{") || body[first] == UInt8(ascii: "[") || path.lowercased().hasSuffix(".json") {
        switch JSONTape.read(body) {
        case .failure(let error):
          context.report(error.tooDeep ? .tooDeep : .invalidJSON, at: error.offset + start, error.message)
        case .success(let tape):
          JSONStatus(reader: self, tape: tape, base: start).interpret(digest: digest, into: &context)
        }
      } else {
        CSVStatus(reader: self).interpret(body, digest: digest, into: &context)
      }
      if context.unlisted > 0 {
        context.reading.unlisted = context.unlisted
        context.reading.diagnostics.append(
          Diagnostic(
            .tooManyProblems, .note, at: SourceLocation(file: path),
            Phrase.counted("count.status.more-errors", context.unlisted, "\(context.unlisted)"),
            notes: [Phrase("status.more-errors.note", "\(ReadingContext.maximumProblems)")]))
      }
      keepText(of: &context.reading, bytes: bytes, buffer: buffer, body: start, path: path)
      return context.reading
    }
  }
}

extension StatusReader {
  /// Takes from the bytes, before they are let go, what is asked of them later: the records'
  /// places, the lines the diagnostics quote, and the bytes themselves while a conflict may quote
  /// a record (`StatusSet` lets them go once the file is merged).
  fileprivate func keepText(
    of reading: inout FileReading, bytes: [UInt8], buffer: UnsafeBufferPointer<UInt8>, body: Int, path: String
  ) {
    if reading.info != nil {
      if !reading.entries.isEmpty {
        if reading.linesPlaced {
          StatusText.placeColumns(&reading.entries, in: buffer, base: body)
        } else {
          StatusText.place(&reading.entries, in: buffer, base: body)
        }
      }
      reading.text = (bytes, body)
    }
    let quoted = Set(reading.diagnostics.compactMap { $0.location.file == path ? $0.location.range?.start.line : nil })
    if !quoted.isEmpty, StatusText.isQuotable(buffer, body: body) {
      reading.excerpts = (path, StatusText.lines(quoted, of: buffer, body: body))
    }
  }
}

/// The state of reading one file: where problems go and how offsets become positions.
struct ReadingContext {
  let path: String
  let bytes: UnsafeBufferPointer<UInt8>
  /// Offsets given by the JSON and CSV readers are relative to the body after any BOM.
  let base: Int
  let fileIndex: Int
  var reading = FileReading()
  /// How many warnings (`status.not-owner`, `status.unknown-indicator`) the file has given: past
  /// `maximumWarnings` they are dropped, so that a file of a million such records costs no memory.
  var warnings = 0
  /// Errors past `maximumProblems`, counted and not kept: a file of fifty thousand bad records
  /// gives a readable list, in time that does not grow with the square of their number.
  var unlisted = 0
  /// Every error found so far, listed or only counted (warnings are not errors: a record with a
  /// warning is still used).
  var errors = 0
  /// The file's `as_of` date, once its header is read.
  var asOf: CivilDate? { reading.info?.asOf }
  /// Whether an id Excel turned into a date was reported in this file (the advice is given once).
  var excelDateReported = false
  static let maximumProblems = 100
  /// Whether the problems listed for the file are as many as it lists (warnings only counted
  /// count as listed, so that the errors listed are the same).
  var isFull: Bool { reading.diagnostics.count + reading.countedWarnings >= Self.maximumProblems }
  /// Whether warnings are counted and not made.
  var countsWarningsOnly = false

  /// Whether one more warning may be made for the file: past `maximumWarnings` it is only counted.
  mutating func admitWarning() -> Bool {
    guard warnings < Self.maximumWarnings else {
      reading.droppedWarnings += 1
      return false
    }
    warnings += 1
    return true
  }

  /// Counts a warning as `admitWarning` and `report` count one when warnings are only counted:
  /// for records the quick reader takes (`QuickRecords`).
  mutating func countWarning() {
    guard admitWarning() else { return }
    guard !isFull else {
      reading.droppedWarnings += 1
      return
    }
    reading.countedWarnings += 1
  }

  /// Counts an error that is not listed, past `maximumProblems`.
  mutating func countUnlistedError() {
    errors += 1
    unlisted += 1
  }
  static let maximumWarnings = 20
  private var lines: LineTable?

  init(path: String, bytes: UnsafeBufferPointer<UInt8>, base: Int, fileIndex: Int) {
    self.path = path
    self.bytes = bytes
    self.base = base
    self.fileIndex = fileIndex
  }

  /// The location of absolute byte `offset`.
  mutating func location(_ offset: Int, length: Int = 1) -> SourceLocation {
    if lines == nil { lines = LineTable(bytes) }
    var start = lines?.position(of: offset, in: bytes) ?? SourcePosition(line: 1, column: 1)
    // A byte-order mark is not a column.
    if start.line == 1, base > 0, start.column > 1 { start.column -= 1 }
    return SourceLocation(
      file: path, range: SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + length))
    )
  }

  /// Records a problem at absolute byte `offset`, in catalogue words.
  mutating func report(
    _ id: DiagnosticID, _ severity: Severity = .error, at offset: Int, _ phrase: Phrase, notes: [Phrase] = [],
    suggestion: String? = nil
  ) {
    append(severity, at: offset) { Diagnostic(id, severity, at: $0, phrase, notes: notes, suggestion: suggestion) }
  }

  /// Records a problem at absolute byte `offset`.
  mutating func report(
    _ id: DiagnosticID, _ severity: Severity = .error, at offset: Int, _ message: String, notes: [String] = [],
    suggestion: String? = nil
  ) {
    append(severity, at: offset) { Diagnostic(id, severity, at: $0, message, notes: notes, suggestion: suggestion) }
  }

  /// Lists the problem `make` builds at its location, or past `maximumProblems` only counts it.
  private mutating func append(_ severity: Severity, at offset: Int, _ make: (SourceLocation) -> Diagnostic) {
    guard !isFull else {
      if severity == .error { countUnlistedError() }
      if severity == .warning { reading.droppedWarnings += 1 }
      return
    }
    if severity == .warning, countsWarningsOnly {
      reading.countedWarnings += 1
      return
    }
    if severity == .error { errors += 1 }
    reading.diagnostics.append(make(location(offset)))
  }
}
