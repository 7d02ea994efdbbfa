import KartaSchedule

/// Reads the plain records of a JSON status file straight from its bytes: ids, subjects, statuses
/// and dates are matched against byte tables and no String is built. A record it cannot take as it
/// stands (anything unusual, wrong or warned about) is left to the full reader, which reports it
/// with its place; the two agree on every record the quick one takes.
struct QuickRecords {
  /// What the quick reader made of a record.
  enum Outcome {
    /// A record that reports something, added to the file's entries.
    case taken
    /// A sound record that reports nothing.
    case blank
    /// A record for the full reader.
    case declined
  }

  let entries: UnsafeBufferPointer<JSONTape.Entry>
  let text: UnsafeBufferPointer<UInt8>
  /// Added to tape offsets to give file offsets (a byte-order mark).
  let base: Int
  /// Item ids and subject ids (the plan's `RecordLayout`), and its approval day.
  let ids: ByteKeyTable
  let subjects: ByteKeyTable
  let approved: Int32
  let groups: UnsafeBufferPointer<RecordLayout.Group>
  let windows: UnsafeBufferPointer<RecordLayout.Days>
  let owners: UnsafeBufferPointer<Int32>
  let subjectList: UnsafeBufferPointer<Int32>
  let subjectPosition: UnsafeBufferPointer<Int32>
  /// The reporting party's number, and subject (or -1).
  let reporter: Int32
  let reporterSubject: Int32
  /// The file's `as_of` as a day number.
  let asOf: Int32
  let fileIndex: Int32
  let indicators: [[String]]

  /// Calls `body` with a quick reader for one file's tape.
  static func with<Result>(
    tape: JSONTape, base: Int, reader: StatusReader, info: StatusFileInfo, fileIndex: Int,
    _ body: (QuickRecords) -> Result
  ) -> Result {
    let layout = reader.layout
    let reporter = layout.partyNumber[info.party] ?? -2
    let subject = info.subject.flatMap { reader.table.subjectIndex[$0] } ?? -1
    return tape.entries.withUnsafeBufferPointer { entries in
      layout.groups.withUnsafeBufferPointer { groups in
        layout.windows.withUnsafeBufferPointer { windows in
          layout.owners.withUnsafeBufferPointer { owners in
            layout.subjectList.withUnsafeBufferPointer { subjectList in
              layout.subjectPosition.withUnsafeBufferPointer { subjectPosition in
                body(
                  QuickRecords(
                    entries: entries, text: tape.text, base: base, ids: layout.ids, subjects: layout.subjects,
                    approved: layout.approved, groups: groups, windows: windows,
                    owners: owners, subjectList: subjectList, subjectPosition: subjectPosition, reporter: reporter,
                    reporterSubject: subject, asOf: Int32(info.asOf.dayNumber), fileIndex: Int32(fileIndex),
                    indicators: reader.indicators))
              }
            }
          }
        }
      }
    }
  }

  /// The names of a record's fields, in `JSONStatus.recordFields` order.
  private static let fieldNames: [[UInt8]] = JSONStatus.recordFields.bytes
  private enum Field {
    static let item = 0
    static let subject = 1
    static let occurrence = 2
    static let status = 3
    static let completed = 4
    static let newDue = 5
    static let values = 9
    /// `requested`, `basis`, `waiver`, `evidence`, `comment`: taken only as `null`.
    static let rare: Set<Int> = [6, 7, 8, 10, 11]
  }

  /// The statuses taken here, by their ids; `rescheduled` and `waived` need fields checked together.
  private static let statuses: [(bytes: [UInt8], value: StatusValue)] = [
    StatusValue.done, .inProgress, .notStarted, .partial, .cancelled,
  ].map { (Array($0.rawValue.utf8), $0) }

  /// The bytes of the string entry `index`, without its quotes; `nil` when it holds escapes.
  private func plainString(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
    let entry = entries[index]
    guard entry.kind == .string, !entry.escaped else { return nil }
    let start = Int(entry.offset) + 1
    return UnsafeBufferPointer(rebasing: text[start..<(start + Int(entry.length))])
  }

  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: [UInt8]) -> Bool {
    guard bytes.count == expected.count else { return false }
    for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
    return true
  }

  /// Which record field a key names, or `nil`.
  private func field(_ key: Int) -> Int? {
    guard let name = plainString(key), let words = keyWords(name) else { return nil }
    for (position, candidate) in Self.fieldWords.enumerated()
    where candidate.count == name.count && candidate.words == words {
      return position
    }
    return nil
  }

  /// The field names as words (`words(_:)`): a key is matched with two comparisons a name rather
  /// than byte by byte.
  private static let fieldWords: [(count: Int, words: SIMD2<UInt64>)] = fieldNames.map { name in
    (name.count, name.withUnsafeBufferPointer { words($0) } ?? SIMD2())
  }

  /// `words(_:)` of a key in the file's text, loaded as two words where sixteen bytes follow it.
  private func keyWords(_ name: UnsafeBufferPointer<UInt8>) -> SIMD2<UInt64>? {
    let count = name.count
    guard count <= 16, let start = name.baseAddress, let base = text.baseAddress else { return nil }
    guard start - base + 16 <= text.count else { return Self.words(name) }
    let low = ByteWord.load(start, 0) & (count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1)
    let high = count <= 8 ? 0 : ByteWord.load(start, 8) & (count >= 16 ? ~0 : (1 << (8 * UInt64(count - 8))) &- 1)
    return SIMD2(low, high)
  }

  /// The first sixteen bytes of `bytes` as two little-endian words, zeros past its end; `nil` for
  /// longer text.
  private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> SIMD2<UInt64>? {
    guard bytes.count <= 16 else { return nil }
    var words = SIMD2<UInt64>()
    for index in 0..<bytes.count {
      words[index / 8] |= UInt64(bytes[index]) << (8 * UInt64(index % 8))
    }
    return words
  }

  /// A day number from exactly `yyyy-mm-dd` or `dd.mm.yyyy`; `nil` for any other text.
  static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard bytes.count == 10 else { return nil }
    func number(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for index in from..<(from + count) {
        let byte = bytes[index]
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    var date: CivilDate?
    if bytes[4] == 0x2D, bytes[7] == 0x2D, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) {
      date = CivilDate(year: year, month: month, day: day)
    } else if bytes[2] == 0x2E, bytes[5] == 0x2E, let day = number(0, 2), let month = number(3, 2),
      let year = number(6, 4)
    {
      date = CivilDate(year: year, month: month, day: day)
    }
    return date.map { Int32($0.dayNumber) }
  }

  /// A date field: absent, `null` or empty is no date (`noDate`); `nil` declines.
  private func date(_ value: Int) -> Int32? {
    guard value >= 0, entries[value].kind != .null else { return StatusRecord.noDate }
    guard let bytes = plainString(value) else { return nil }
    return bytes.isEmpty ? StatusRecord.noDate : Self.day(bytes)
  }

  /// A whole number written with digits only, up to nine of them.
  private func count(_ value: Int) -> Int? {
    let entry = entries[value]
    guard entry.kind == .number, entry.length <= 9 else { return nil }
    var number = 0
    for index in Int(entry.offset)..<(Int(entry.offset) + Int(entry.length)) {
      let byte = text[index]
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      number = number * 10 + Int(byte - 0x30)
    }
    return number
  }

  /// Reads the record at entry `node` and adds what it reports to `context`'s entries. Once the
  /// file's warnings are as many as are listed, or when they are only counted (a file sorting after
  /// the check's last listed warning), a record warned about (not the owner's, an implausible
  /// completion date) is taken as the full reader takes it, its warnings counted as it counts them.
  func record(_ node: Int, into context: inout ReadingContext) -> Outcome {
    // Past the file's `maximumWarnings`, warnings are only counted (`admitWarning`) as well.
    let counting = context.warnings >= ReadingContext.maximumWarnings || context.countsWarningsOnly
    var warnings = 0
    let outcome = record(node, counting: counting, warnings: &warnings, into: &context.reading)
    if outcome != .declined {
      for _ in 0..<warnings { context.countWarning() }
    }
    return outcome
  }

  private func record(
    _ node: Int, counting: Bool, warnings: inout Int, into reading: inout FileReading
  ) -> Outcome {
    let object = entries[node]
    guard object.kind == .object else { return .declined }
    var found = (item: -1, subject: -1, occurrence: -1, status: -1, completed: -1, newDue: -1, values: -1)
    var seen: UInt32 = 0
    var cursor = node + 1
    let end = Int(object.next)
    while cursor < end {
      let key = cursor
      let value = cursor + 1
      cursor = Int(entries[value].next)
      guard let position = field(key), seen & (1 << position) == 0 else { return .declined }
      seen |= 1 << position
      let kind = entries[value].kind
      switch position {
      case Field.item: found.item = value
      case Field.subject: found.subject = value
      case Field.occurrence: found.occurrence = value
      case Field.status: found.status = value
      case Field.completed: found.completed = value
      case Field.newDue: found.newDue = value
      case Field.values: found.values = value
      default:
        // `title`, `due` and `window` are the template's and ignored; the rarer fields only as null.
        if Field.rare.contains(position), kind != .null { return .declined }
      }
    }
    guard found.item >= 0, let item = plainString(found.item), let groupNumber = ids.value(item) else {
      return .declined
    }
    let group = groups[groupNumber]
    guard group.quick else { return .declined }
    if group.ownerStart != group.ownerEnd, !owners[Int(group.ownerStart)..<Int(group.ownerEnd)].contains(reporter) {
      // Party numbers name the same parties as codes only for a declared reporter.
      guard counting, reporter >= 0 else { return .declined }
      warnings += 1
    }
    // The subject: the record's own, else the reporter's.
    var subjectGiven = false
    var subject = reporterSubject
    if found.subject >= 0, entries[found.subject].kind != .null {
      guard let bytes = plainString(found.subject) else { return .declined }
      if !bytes.isEmpty {
        subjectGiven = true
        guard let number = subjects.value(bytes) else { return .declined }
        subject = Int32(number)
      }
    }
    var position = 0
    if group.wholeList {
      guard subject >= 0, subjectList[Int(subject)] == group.list else { return .declined }
      position = Int(subjectPosition[Int(subject)])
    } else if subjectGiven {
      return .declined
    }
    var occurrence = 1
    if found.occurrence >= 0, entries[found.occurrence].kind != .null {
      guard let number = count(found.occurrence), number >= 1, number <= Int(group.perSubject) else {
        return .declined
      }
      occurrence = number
    } else if group.perSubject > 1 {
      return .declined
    }
    var status: StatusValue?
    if found.status >= 0, entries[found.status].kind != .null {
      guard let bytes = plainString(found.status) else { return .declined }
      if !bytes.isEmpty {
        guard let known = Self.statuses.first(where: { Self.equal(bytes, $0.bytes) }) else { return .declined }
        status = known.value
      }
    }
    guard let completed = date(found.completed), let newDue = date(found.newDue) else { return .declined }
    if completed != StatusRecord.noDate, implausible(completed, group: group, occurrence: occurrence) {
      guard counting else { return .declined }
      warnings += 1
    }
    // Only the values: a whole `RecordDetails` here would be copied about for every record.
    var values: [String: Double]?
    if found.values >= 0, entries[found.values].kind != .null {
      guard let read = self.values(found.values, group: groupNumber, counting: counting, warnings: &warnings) else {
        return .declined
      }
      if !read.isEmpty { values = read }
    }
    guard status != nil || completed != StatusRecord.noDate || values != nil else { return .blank }
    let record = StatusRecord(
      status: status, completed: completed, newDue: newDue, file: fileIndex,
      offset: Int32(clamping: Int(object.offset) + base), details: -1)
    let obligation = group.base + position * Int(group.perSubject) + occurrence - 1
    if let values {
      reading.append(obligation: obligation, record: record, details: RecordDetails(values: values))
    } else {
      reading.entries.append(FileReading.Entry(obligation: obligation, record: record))
    }
    return .taken
  }

  /// Whether a completion date draws a warning (`StatusInterpreter.warnAboutCompletion`).
  private func implausible(_ completed: Int32, group: RecordLayout.Group, occurrence: Int) -> Bool {
    if completed > asOf { return true }
    guard occurrence <= group.windowCount else { return false }
    let window = windows[Int(group.windowStart) + occurrence - 1]
    if approved != StatusRecord.noDate, window.effectiveDue < approved { return false }
    return (approved != StatusRecord.noDate && completed < approved) || completed < window.start
  }

  /// Indicator values, each a plain name and a number once; `nil` declines (and so does a name the
  /// item sets no target for, which is warned about).
  private func values(_ value: Int, group: Int, counting: Bool, warnings: inout Int) -> [String: Double]? {
    let object = entries[value]
    guard object.kind == .object else { return nil }
    var values: [String: Double] = [:]
    var cursor = value + 1
    let end = Int(object.next)
    let targets = indicators[group]
    while cursor < end {
      let key = cursor
      let field = cursor + 1
      cursor = Int(entries[field].next)
      guard let bytes = plainString(key), entries[field].kind == .number else { return nil }
      let name = String(decoding: bytes, as: UTF8.self)
      guard values[name] == nil else { return nil }
      if !targets.isEmpty, !targets.contains(name) {
        // The full reader warns about a value the item sets no target for (`warnAboutIndicators`).
        guard counting else { return nil }
        warnings += 1
      }
      let number = self.count(field).map(Double.init) ?? Self.number(entries[field], in: text)
      guard number.isFinite else { return nil }
      values[name] = number
    }
    return values
  }

  /// A number the way `JSONTape.number(at:)` reads it.
  private static func number(_ entry: JSONTape.Entry, in text: UnsafeBufferPointer<UInt8>) -> Double {
    let start = Int(entry.offset)
    let digits = UnsafeBufferPointer(rebasing: text[start..<(start + Int(entry.length))])
    return Double(String(decoding: digits, as: UTF8.self)) ?? .nan
  }
}
