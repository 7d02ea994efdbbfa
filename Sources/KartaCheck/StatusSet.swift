import Foundation
import KartaLanguage
import KartaPlan
import KartaSchedule

/// Every status file of one check, read, validated and merged: one record at most per obligation.
public struct StatusSet: Sendable {
  /// The files, in the order given.
  public var files: [StatusFileInfo?] = []
  /// The records that report something.
  public private(set) var records: [StatusRecord] = []
  /// The details records point at.
  public private(set) var details: [RecordDetails] = []
  /// For each obligation, the index of its record, or -1.
  public private(set) var slots: [Int32]
  /// For each obligation, its record as the quick judgement sees it (`QuickStates.Seen`), kept
  /// with `slots` as records are merged.
  private(set) var quickRecords: [Int32]
  /// Every problem found, in reporting order; past a hundred a file (and a hundred conflicts) only
  /// counted, in `unlistedErrors`; warnings past the first `maximumWarnings` of all files (in
  /// reporting order) only counted, in `unlistedWarnings`.
  public var diagnostics: [Diagnostic] = []
  /// Errors found but not listed in `diagnostics`.
  public var unlistedErrors = 0
  /// Warnings found but not listed in `diagnostics`.
  public var unlistedWarnings = 0
  /// The warnings listed at most. Forty thousand files of twenty warnings each would otherwise
  /// hold eight hundred thousand diagnostics for a report that prints fifty and counts the rest.
  public static let maximumWarnings = 1_000
  /// Every error found, listed or not.
  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + unlistedErrors }

  /// The record of obligation `index`, if any.
  public func record(of index: Int) -> StatusRecord? {
    let slot = slots[index]
    return slot < 0 ? nil : records[Int(slot)]
  }

  /// The details of a record, if any.
  public func details(of record: StatusRecord) -> RecordDetails? {
    record.details < 0 ? nil : details[Int(record.details)]
  }

  /// Files whose information is as of a date after the check's, which are therefore not used.
  public var laterThanCheck: [Int] = []

  /// Reads and merges the files at `paths` against `table`, two files at a time. Files as of a date
  /// after `asOf` are read and checked but not used: a check sees only what was known on its date.
  public static func load(paths: [String], table: ObligationTable, asOf: CivilDate? = nil) -> StatusSet {
    let reader = StatusReader(table: table)
    var set = StatusSet(slots: [Int32](repeating: -1, count: table.count))
    set.checkDate = asOf
    set.capsWarnings = Set(paths).count == paths.count
    // An obligation has one record at most: reserved once, the array never grows by copying
    // (pages never written cost no memory).
    set.records.reserveCapacity(table.count)
    // Files are read in batches, two at a time, and merged in the order given; a batch is merged
    // while the next one is read, and its readings (with their bytes, which a conflict quotes) are
    // let go as it is merged, so memory holds the merged records and two batches, not every file.
    // A batch of large files is made smaller.
    let most = 256
    var batch = most
    let buffers = [ReadingBuffer(capacity: most), ReadingBuffer(capacity: most)]
    // Held by the merging task alone: a second reference would copy the slots at the first change.
    let merging = MergingSet(consume set)
    var start = 0
    var current = 0
    var unmerged: (buffer: Int, count: Int)?
    // Once the check keeps its `maximumWarnings`, a file whose path sorts after the last of them
    // cannot add one it lists: its warnings are counted, not made.
    var lastKept: String?
    while start < paths.count || unmerged != nil {
      let count = min(batch, paths.count - start)
      let first = start
      let threshold = lastKept
      let target = buffers[current]
      let merged = unmerged.map { (buffers[$0.buffer], $0.count) }
      // The merge is the first task handed out: the other thread starts on the files meanwhile.
      let extra = merged == nil ? 0 : 1
      DispatchQueue.concurrentPerform(iterations: count + extra) { task in
        if let (source, count) = merged, task == 0 {
          merging.merge(source, count: count, table: table)
          return
        }
        let offset = task - extra
        let path = paths[first + offset]
        target.buffer[offset] = reader.read(
          path: path, index: first + offset, countingWarnings: threshold.map { path > $0 } ?? false)
      }
      let held = (0..<count).reduce(0) { $0 + (target.buffer[$1].text?.bytes.count ?? 0) }
      unmerged = count > 0 ? (current, count) : nil
      current = 1 - current
      start += count
      lastKept = merging.set.lastKeptWarning()
      batch = held > Self.batchBytes ? max(2, batch / 2) : held < Self.batchBytes / 4 ? min(most, batch * 2) : batch
    }
    set = merging.take()
    set.finish()
    return set
  }

  /// Reads and merges status files held in memory (path → bytes), in the order given.
  public static func load(
    files: [(path: String, bytes: [UInt8])], table: ObligationTable, asOf: CivilDate? = nil
  )
    -> StatusSet
  {
    let reader = StatusReader(table: table)
    var set = StatusSet(slots: [Int32](repeating: -1, count: table.count))
    set.checkDate = asOf
    set.capsWarnings = Set(files.map(\.path)).count == files.count
    for (index, file) in files.enumerated() {
      set.merge(reader.read(bytes: file.bytes, path: file.path, index: index), table: table)
    }
    set.finish()
    return set
  }

  /// How many conflicting records were found, and how many are listed.
  private var conflicts = 0
  private static let maximumConflicts = 100

  /// Appends the count of conflicts that were not listed, then sorts the diagnostics.
  private mutating func finish() {
    if conflicts > Self.maximumConflicts {
      let more = conflicts - Self.maximumConflicts
      unlistedErrors += more
      diagnostics.append(
        Diagnostic(
          .conflictingRecord, .note, at: SourceLocation(file: files.compactMap { $0?.path }.last ?? "?"),
          Phrase.counted("count.status.more-conflicts", more, "\(more)"),
          notes: [Phrase("status.more-conflicts.note", "\(Self.maximumConflicts)")]))
    }
    keepFirstWarnings()
    // Taken out first, so that the array is sorted in place rather than copied.
    let all = diagnostics + warnings
    diagnostics = []
    warnings = []
    diagnostics = Self.sortedForReporting(all)
  }

  /// Warnings held apart from the other diagnostics while files are merged.
  private var warnings: [Diagnostic] = []
  /// Whether warnings past `maximumWarnings` are only counted: when no file is given twice, no
  /// warning repeats another (a file gives one a record and field), so counting them is exact.
  private var capsWarnings = false

  /// The file of the last warning kept, once as many are kept as are listed.
  fileprivate mutating func lastKeptWarning() -> String? {
    guard capsWarnings, warnings.count >= Self.maximumWarnings else { return nil }
    keepFirstWarnings()
    warnings.sort(by: Diagnostic.reportingOrder)
    return warnings[Self.maximumWarnings - 1].location.file
  }

  /// Keeps the first `maximumWarnings` warnings in reporting order and counts the others.
  private mutating func keepFirstWarnings() {
    guard capsWarnings, warnings.count > Self.maximumWarnings else { return }
    let all = warnings
    warnings = []
    var sorted = all
    sorted.sort(by: Diagnostic.reportingOrder)
    unlistedWarnings += sorted.count - Self.maximumWarnings
    sorted.removeSubrange(Self.maximumWarnings...)
    warnings = sorted
  }

  /// The diagnostics in reporting order with exact repeats removed, as `sortedForReporting()` gives
  /// them, without hashing each one: a national check can give hundreds of thousands of warnings.
  /// The sort is stable and repeats sort next to each other, so the first of each is kept.
  static func sortedForReporting(_ diagnostics: consuming [Diagnostic]) -> [Diagnostic] {
    var sorted = diagnostics
    sorted.sort(by: Diagnostic.reportingOrder)
    // Repeats are dropped in place: `kept` diagnostics stand before `next`; those from `runStart`
    // sort equal to the last kept one (same file, place, severity, id, message).
    var kept = 0
    var runStart = 0
    for next in sorted.indices {
      if kept > 0, !Diagnostic.reportingOrder(sorted[kept - 1], sorted[next]) {
        if sorted[runStart..<kept].contains(sorted[next]) { continue }
      } else {
        runStart = kept
      }
      if kept != next { sorted.swapAt(kept, next) }
      kept += 1
    }
    sorted.removeSubrange(kept...)
    return sorted
  }

  /// The bytes of files a batch may hold at once (more for a batch of two large files).
  private static let batchBytes = 64 << 20
  /// The lines of status files that `diagnostics` quote, by path and line number, taken from the
  /// bytes that were checked: a file is never read again to quote it.
  public var quotedLines: [String: [Int: String]] = [:]
  /// The check's date; files as of a later date are not used.
  private var checkDate: CivilDate?

  fileprivate init(slots: [Int32]) {
    self.slots = slots
    quickRecords = [Int32](repeating: QuickStates.Seen.nothing, count: slots.count)
  }

  fileprivate mutating func merge(_ reading: FileReading, table: ObligationTable) {
    files.append(reading.info)
    // Dropped warnings are exact to count only when no file is given twice (`capsWarnings`).
    unlistedWarnings += reading.countedWarnings + (capsWarnings ? reading.droppedWarnings : 0)
    for diagnostic in reading.diagnostics {
      if diagnostic.severity == .warning { warnings.append(diagnostic) } else { diagnostics.append(diagnostic) }
    }
    if warnings.count > 2 * Self.maximumWarnings { keepFirstWarnings() }
    if let excerpts = reading.excerpts {
      quotedLines[excerpts.path, default: [:]].merge(excerpts.lines) { first, _ in first }
    }
    unlistedErrors += reading.unlisted
    guard let info = reading.info, reading.unlisted == 0, reading.diagnostics.allSatisfy({ $0.severity != .error })
    else { return }
    if let checkDate, info.asOf > checkDate {
      laterThanCheck.append(files.count - 1)
      return
    }
    let fileAsOf = Int32(info.asOf.dayNumber)
    for entry in reading.entries {
      var record = entry.record
      record.file = Int32(files.count - 1)
      if record.details >= 0 {
        let extra = reading.details[Int(record.details)]
        record.details = Int32(details.count)
        details.append(extra)
      }
      let slot = slots[entry.obligation]
      if slot < 0 {
        slots[entry.obligation] = Int32(records.count)
        records.append(record)
        quickRecords[entry.obligation] = seen(record, obligation: entry.obligation, fileAsOf: fileAsOf, table: table)
        continue
      }
      // The record as of the latest date wins; two records as of one date must agree.
      let existing = records[Int(slot)]
      let existingAsOf = files[Int(existing.file)]?.asOf ?? info.asOf
      if existingAsOf < info.asOf {
        records[Int(slot)] = record
        quickRecords[entry.obligation] = seen(record, obligation: entry.obligation, fileAsOf: fileAsOf, table: table)
      } else if existingAsOf == info.asOf, !agrees(existing, record) {
        reportConflict(earlier: existing, later: record, obligation: entry.obligation, table: table)
        quote(record, of: reading)
      }
    }
    registerSubmission(info, file: files.count - 1, table: table)
  }

  /// What a merged record is to the quick judgement (`QuickStates.Seen`).
  private func seen(_ record: StatusRecord, obligation: Int, fileAsOf: Int32, table: ObligationTable) -> Int32 {
    guard record.details >= 0 else { return QuickStates.Seen.of(record, fileAsOf: fileAsOf) }
    var targets: [Target] = []
    if case .item(let number) = table.groups[table.groupIndex(of: obligation)].source {
      targets = table.plan.items[number].targets
    }
    return QuickStates.Seen.of(record, details: details[Int(record.details)], targets: targets, fileAsOf: fileAsOf)
  }

  /// A status file from a reporting party counts as its submission for every checkpoint whose
  /// as-of date it covers: as of on or after the checkpoint's as-of date and not after its due date.
  private mutating func registerSubmission(_ info: StatusFileInfo, file: Int, table: ObligationTable) {
    for group in table.groups {
      guard case .report(let number) = group.source else { continue }
      let report = table.plan.reports[number]
      guard report.from == info.party, info.report == nil || info.report == report.id else { continue }
      var position = 0
      if case .wholeList = group.span {
        guard let subject = info.subject.flatMap({ table.subjectIndex[$0] }),
          let found = table.position(of: subject, in: group)
        else { continue }
        position = found
      }
      let schedule = group.schedule(at: position)
      for (offset, window) in schedule.windows.enumerated() {
        let opens = window.asOf ?? window.start
        guard opens <= info.asOf, info.asOf <= window.effectiveDue else { continue }
        let obligation = group.index(position: position, occurrence: offset + 1)
        let submitted = Int32(info.submitted.dayNumber)
        let slot = slots[obligation]
        let record = StatusRecord(
          status: .done, origin: .reportSubmission, completed: submitted, newDue: StatusRecord.noDate,
          file: Int32(file), offset: 0, details: -1)
        if slot < 0 {
          slots[obligation] = Int32(records.count)
          records.append(record)
          quickRecords[obligation] = QuickStates.Seen.of(record, fileAsOf: Int32(info.asOf.dayNumber))
        } else if records[Int(slot)].status == .done, records[Int(slot)].completed > submitted {
          records[Int(slot)] = record
          quickRecords[obligation] = QuickStates.Seen.of(record, fileAsOf: Int32(info.asOf.dayNumber))
        }
      }
    }
  }

  private func agrees(_ first: StatusRecord, _ second: StatusRecord) -> Bool {
    guard first.status == second.status, first.completed == second.completed, first.newDue == second.newDue else {
      return false
    }
    // Evidence and comments may differ between reporters; what they state about the obligation may not.
    let firstDetails = first.details < 0 ? RecordDetails() : details[Int(first.details)]
    let secondDetails = second.details < 0 ? RecordDetails() : details[Int(second.details)]
    return firstDetails.values == secondDetails.values && firstDetails.waiver == secondDetails.waiver
      && firstDetails.basis == secondDetails.basis
  }

  private mutating func reportConflict(
    earlier: StatusRecord, later: StatusRecord, obligation: Int, table: ObligationTable
  ) {
    // Placing a conflict reads both files again; past the first hundred they are only counted.
    conflicts += 1
    guard conflicts <= Self.maximumConflicts else { return }
    let first = place(of: earlier)
    let second = place(of: later)
    let (group, position, occurrence) = table.locate(obligation)
    let described = ObligationNaming(table: table).describe(group: group, position: position, occurrence: occurrence)
    let firstPlace = first.range.map { "\(first.file):\($0.start.line):\($0.start.column)" } ?? first.file
    diagnostics.append(
      Diagnostic(
        .conflictingRecord, at: second, Phrase("status.conflicting-record", .phrase(described)),
        notes: [Phrase("status.conflicting-record.other", "\(firstPlace)"), Phrase("status.conflicting-record.note")]))
  }

  /// Where a record stands, as placed when its file was read.
  private func place(of record: StatusRecord) -> SourceLocation {
    guard let info = files[Int(record.file)] else { return SourceLocation(file: "?") }
    let position = SourcePosition(line: Int(record.line), column: Int(record.column))
    return SourceLocation(
      file: info.path,
      range: SourceRange(start: position, end: SourcePosition(line: position.line, column: position.column + 1)))
  }

  /// Keeps the line of a conflicting record of the file being merged, for its diagnostic to quote.
  private mutating func quote(_ record: StatusRecord, of reading: FileReading) {
    guard conflicts <= Self.maximumConflicts, let info = reading.info, let text = reading.text,
      quotedLines[info.path]?[Int(record.line)] == nil
    else { return }
    let line = text.bytes.withUnsafeBufferPointer { buffer -> String? in
      guard StatusText.isQuotable(buffer, body: text.body) else { return nil }
      return StatusText.lines([Int(record.line)], of: buffer, body: text.body)[Int(record.line)]
    }
    if let line { quotedLines[info.path, default: [:]][Int(record.line)] = line }
  }
}

/// A buffer of readings that concurrent readers write at distinct indices.
private final class ReadingBuffer: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<FileReading>
  init(capacity: Int) {
    buffer = .allocate(capacity: capacity)
    buffer.initialize(repeating: FileReading())
  }
  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }
}

/// The status set files are merged into, by one task at a time, while other tasks read files.
private final class MergingSet: @unchecked Sendable {
  var set: StatusSet
  init(_ set: StatusSet) { self.set = set }

  /// Merges the first `count` readings of `source` in order and lets each go.
  func merge(_ source: ReadingBuffer, count: Int, table: ObligationTable) {
    for offset in 0..<count {
      set.merge(source.buffer[offset], table: table)
      source.buffer[offset] = FileReading()
    }
  }

  /// The merged set, no longer held here (so that it is not copied when changed).
  func take() -> StatusSet {
    let taken = set
    set = StatusSet(slots: [])
    return taken
  }
}
