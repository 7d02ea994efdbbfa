import KartaSchedule

/// The state of an obligation in the common case, worked out on day numbers: a planned window and
/// no record, or a record without details, a new due date, a cancellation or a waiver. Notes are
/// made only for the rows a report prints (`ComplianceReport.row`); this decides the same state
/// as `Evaluator.outcome` without them.
struct QuickStates: @unchecked Sendable {
  let slots: UnsafeBufferPointer<Int32>
  let records: UnsafeBufferPointer<StatusRecord>
  /// Each file's `as_of` as a day number (`noDate` for an unusable file).
  let fileAsOf: UnsafeBufferPointer<Int32>
  let asOf: Int32
  let horizon: Int32

  /// Calls `body` with quick states over `status`.
  static func with<Result>(
    status: StatusSet, fileAsOf: [Int32], asOf: CivilDate, horizon: Int, _ body: (QuickStates) -> Result
  ) -> Result {
    status.slots.withUnsafeBufferPointer { slots in
      status.records.withUnsafeBufferPointer { records in
        fileAsOf.withUnsafeBufferPointer { fileAsOf in
          body(
            QuickStates(
              slots: slots, records: records, fileAsOf: fileAsOf, asOf: Int32(asOf.dayNumber),
              horizon: Int32(clamping: horizon)))
        }
      }
    }
  }

  /// Loads the records of the obligations in `range` into the cache, and gives a sum of what it
  /// read (for the caller to keep, so that the loads are made). Its loop does nothing else: many
  /// records are fetched from memory at once, where evaluating them one by one waits for each.
  func load(_ range: ClosedRange<Int>) -> Int32 {
    var sum: Int32 = 0
    for index in range {
      let slot = slots[index]
      if slot >= 0 { sum &+= records[Int(slot)].completed }
    }
    return sum
  }

  /// Whether obligation `index` has a record that moves its deadline, waives or cancels it.
  func changes(_ index: Int) -> Bool {
    let slot = slots[index]
    guard slot >= 0 else { return false }
    return Self.changes(records[Int(slot)])
  }

  /// Whether a record moves its obligation's deadline, waives or cancels it (what
  /// `state(of:due:)` leaves to the full evaluation, among others).
  static func changes(_ record: StatusRecord) -> Bool {
    record.newDue != StatusRecord.noDate || record.status == .waived || record.status == .cancelled
  }

  /// The effective due day of each window of `schedule`; empty for a kind judged otherwise
  /// (continuous, on request, relative).
  static func dues(of schedule: Schedule) -> [Int32] {
    switch schedule.kind {
    case .event, .window, .recurring, .unknown: schedule.windows.map { Int32($0.effectiveDue.dayNumber) }
    case .continuous, .onRequest, .relative: []
    }
  }

  /// The start day of each window of a continuous `schedule` ("постоянно", «в течение года»);
  /// empty for another kind.
  static func starts(of schedule: Schedule) -> [Int32] {
    schedule.kind == .continuous ? schedule.windows.map { Int32($0.start.dayNumber) } : []
  }

  /// The state of continuous obligation `index` (its window opening on day `start`, or no
  /// window), as `Evaluator.outcome` decides it; `nil` when the full evaluation is needed.
  func continuousState(of index: Int, start: Int32?) -> ObligationState? {
    let started = start.map { $0 <= asOf } ?? true
    let slot = slots[index]
    guard slot >= 0 else { return started ? .unreported : .pending }
    let record = records[Int(slot)]
    guard record.details < 0, record.newDue == StatusRecord.noDate else { return nil }
    switch record.status {
    case nil: return started ? .unreported : .pending
    case .cancelled, .waived: return nil
    case .notStarted: return started ? .overdue : .ongoing
    default: return .ongoing
    }
  }

  /// The state of obligation `index`, planned to be due on day `due`; `nil` when the full
  /// evaluation is needed.
  func state(of index: Int, due: Int32) -> ObligationState? {
    let slot = slots[index]
    var reported: StatusValue?
    if slot >= 0 {
      let record = records[Int(slot)]
      guard record.details < 0, record.newDue == StatusRecord.noDate else { return nil }
      reported = record.status
      switch reported {
      case .done:
        let completion = record.completed != StatusRecord.noDate ? record.completed : fileAsOf[Int(record.file)]
        guard completion != StatusRecord.noDate else { return nil }
        return completion <= due ? .done : .late
      case .cancelled, .waived: return nil
      default: break
      }
    }
    if asOf > due { return reported == nil ? .unreported : .overdue }
    return due - asOf <= horizon ? .dueSoon : .pending
  }
}
