import KartaPlan
import KartaSchedule

/// The state of an obligation in the common case, worked out on day numbers: a planned window and
/// no record, or a record without details, a new due date, a cancellation or a waiver. Notes are
/// made only for the rows a report prints (`ComplianceReport.row`); this decides the same state
/// as `Evaluator.outcome` without them.
struct QuickStates: @unchecked Sendable {
  let slots: UnsafeBufferPointer<Int32>
  let records: UnsafeBufferPointer<StatusRecord>
  /// What the quick judgement needs of each obligation's record (`StatusSet.quickRecords`).
  let quick: UnsafeBufferPointer<Int32>
  let asOf: Int32
  let horizon: Int32

  /// Calls `body` with quick states over `status`.
  static func with<Result>(
    status: StatusSet, asOf: CivilDate, horizon: Int, _ body: (QuickStates) -> Result
  ) -> Result {
    status.slots.withUnsafeBufferPointer { slots in
      status.records.withUnsafeBufferPointer { records in
        status.quickRecords.withUnsafeBufferPointer { quick in
          body(
            QuickStates(
              slots: slots, records: records, quick: quick, asOf: Int32(asOf.dayNumber),
              horizon: Int32(clamping: horizon)))
        }
      }
    }
  }

  /// A record as the quick judgement sees it, one `Int32` an obligation, kept in obligation order
  /// as records are merged: evaluation reads it in order, where the records themselves lie in
  /// file order. A day number is a record of work done on that day (its completion date, else its
  /// file's `as_of`); the values below it stand for the other cases.
  enum Seen {
    /// No record, or one that reports no status.
    static let nothing = Int32.min
    /// A status other than done: in progress, partial, not started.
    static let reported = Int32.min + 1
    /// Not started (which a continuous obligation that has started counts as overdue).
    static let notStarted = Int32.min + 2
    /// For the full evaluation: details, a new due date, cancelled, waived, or done with no day.
    static let full = Int32.min + 3
    /// Added to the day of work done whose values miss a target of the item (day numbers of the
    /// years 1–9999 lie far below it).
    static let missedTargets: Int32 = 1 << 29

    /// Whether `seen` is work done with a missed target, and the day it was done.
    static func done(_ seen: Int32) -> (day: Int32, missed: Bool) {
      seen >= missedTargets / 2 ? (seen - missedTargets, true) : (seen, false)
    }

    /// What `record`, from a file as of day `fileAsOf`, is to the quick judgement; `details` are
    /// its details, if it has any, and `targets` its item's. Details that give values (or evidence,
    /// a comment, a basis) leave the judgement quick; a waiver, a request date, or a missed target
    /// in a report of anything but work done are the full evaluation's.
    static func of(
      _ record: StatusRecord, details: RecordDetails? = nil, targets: [Target] = [], fileAsOf: Int32
    ) -> Int32 {
      guard record.newDue == StatusRecord.noDate else { return full }
      var missed = false
      if record.details >= 0 {
        guard let details, details.waiver == nil, details.requested == nil else { return full }
        missed = targets.contains { target in
          details.values[target.indicator].map { !target.comparison.isMet(by: $0, target: target.value) } ?? false
        }
      }
      // A missed target matters to work done (on time: `targetMissed`) and, for a continuous
      // obligation, to any report: only the first is judged here.
      if missed, record.status != .done, record.status != nil { return full }
      switch record.status {
      case nil: return nothing
      case .done:
        let day = record.completed != StatusRecord.noDate ? record.completed : fileAsOf
        guard day != StatusRecord.noDate else { return full }
        return missed ? day + missedTargets : day
      case .cancelled, .waived: return full
      case .notStarted: return notStarted
      default: return reported
      }
    }
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
    switch quick[index] {
    case Seen.full: return nil
    case Seen.nothing: return started ? .unreported : .pending
    case Seen.notStarted: return started ? .overdue : .ongoing
    case Seen.reported: return .ongoing
    default: return Seen.done(quick[index]).missed ? .targetMissed : .ongoing
    }
  }

  /// The state of obligation `index`, planned to be due on day `due`; `nil` when the full
  /// evaluation is needed.
  func state(of index: Int, due: Int32) -> ObligationState? {
    let seen = quick[index]
    switch seen {
    case Seen.full: return nil
    case Seen.nothing, Seen.reported, Seen.notStarted:
      if asOf > due { return seen == Seen.nothing ? .unreported : .overdue }
      return due - asOf <= horizon ? .dueSoon : .pending
    default:
      let (day, missed) = Seen.done(seen)
      guard day <= due else { return .late }
      return missed ? .targetMissed : .done
    }
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
}
