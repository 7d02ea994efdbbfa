import KartaPlan
import KartaSchedule
import KartaWords

/// The state of one obligation as of a date.
public enum ObligationState: String, Sendable, CaseIterable, Codable, Comparable {
  case overdue
  case unreported
  case targetMissed = "target-missed"
  case late
  case dueSoon = "due-soon"
  case pending
  case done
  case ongoing
  case unscheduled
  case onRequest = "on-request"
  case waived
  case cancelled

  /// Whether the state is a gap a controller acts on.
  public var isGap: Bool { [.overdue, .unreported, .targetMissed, .late, .dueSoon].contains(self) }

  /// The state's position in `allCases`, for counting.
  public var slot: Int {
    switch self {
    case .overdue: 0
    case .unreported: 1
    case .targetMissed: 2
    case .late: 3
    case .dueSoon: 4
    case .pending: 5
    case .done: 6
    case .ongoing: 7
    case .unscheduled: 8
    case .onRequest: 9
    case .waived: 10
    case .cancelled: 11
    }
  }

  /// Gaps first, most serious first.
  public static func < (lhs: ObligationState, rhs: ObligationState) -> Bool {
    lhs.slot < rhs.slot
  }
}

/// What the evaluation decided for one obligation, beyond its state.
public struct ObligationOutcome: Sendable {
  /// The state.
  public var state: ObligationState
  /// The window it was judged against (the rescheduled one when it was moved).
  public var window: Window?
  /// Remarks: moved by what basis, an expired waiver, a missed target, a missing date.
  public var notes: [Phrase]
  /// The window before a status record's `new_due` moved it; `nil` when it was not moved.
  public var originalWindow: Window? = nil
}

/// Gives every obligation one state as of a date.
public struct Evaluator: Sendable {
  /// The obligations.
  public let table: ObligationTable
  /// The merged status records.
  public let status: StatusSet
  /// The date of the evaluation.
  public let asOf: CivilDate
  /// How many days ahead counts as "due soon".
  public let horizon: Int

  /// Creates an evaluator.
  public init(table: ObligationTable, status: StatusSet, asOf: CivilDate, horizon: Int = 14) {
    self.table = table
    self.status = status
    self.asOf = asOf
    self.horizon = horizon
  }

  /// The outcome of obligation `index` of `group` (for the subject at `position`, occurrence 1-based).
  public func outcome(group: ObligationGroup, position: Int, occurrence: Int, index: Int) -> ObligationOutcome {
    let schedule = group.schedule(at: position)
    return outcome(
      window: occurrence <= schedule.windows.count ? schedule.windows[occurrence - 1] : nil, kind: schedule.kind,
      index: index)
  }

  /// The outcome of obligation `index`, whose window (if any) and deadline kind are given.
  public func outcome(window planned: Window?, kind: ScheduleKind, index: Int) -> ObligationOutcome {
    var planned = planned
    var anchorNote: Phrase?
    if kind == .relative, planned == nil { (planned, anchorNote) = anchoredByDependency(index) }
    var outcome = decide(window: planned, kind: kind, index: index)
    if let anchorNote { outcome.notes.insert(anchorNote, at: 0) }
    if let original = outcome.originalWindow, outcome.state == .done || outcome.state == .late,
      let completed = status.record(of: index)?.completedDate
    {
      outcome.notes += Self.againstBoth(completed: completed, original: original, state: outcome.state, by: "moved")
    }
    return outcome
  }

  /// What a completion on `completed` is against both deadlines, when the one in force is not the
  /// original (`by` says what replaced it: "moved", "amended"; catalogue `note.by.BY`).
  public static func againstBoth(completed: CivilDate, original: Window, state: ObligationState, by: String) -> [Phrase]
  {
    let lateAgainstOriginal = completed > original.effectiveDue
    switch (state, lateAgainstOriginal) {
    case (.done, true):
      return [Phrase("note.on-time-late-against-original", .word("note.by." + by), "\(original.effectiveDue.russian)")]
    case (.late, false):
      return [Phrase("note.late-on-time-against-original", .word("note.by." + by), "\(original.effectiveDue.russian)")]
    default:
      return []
    }
  }

  private func decide(window planned: Window?, kind: ScheduleKind, index: Int) -> ObligationOutcome {
    var window = planned
    var original: Window?
    var notes: [Phrase] = []
    let record = status.record(of: index)
    // The record's details are read in place, a field at a time: copying them whole costs a
    // reference count for each of their fields, for each of hundreds of thousands of records.
    let detailIndex = record.map { Int($0.details) } ?? -1
    func detail<T>(_ field: (RecordDetails) -> T?) -> T? {
      detailIndex < 0 ? nil : field(status.details[detailIndex])
    }
    var reported = record?.status
    if reported == .cancelled {
      notes.append(detail(\.basis).map { Phrase("note.cancelled-by", "\($0)") } ?? Phrase("note.cancelled"))
      return ObligationOutcome(state: .cancelled, window: window, notes: notes, originalWindow: original)
    }
    if reported == .waived, let waiver = detail(\.waiver) {
      if waiver.expires >= asOf {
        notes.append(
          Phrase("note.waived", "\(waiver.expires.russian)", "\(waiver.approver)", "\(waiver.reason)"))
        return ObligationOutcome(state: .waived, window: window, notes: notes, originalWindow: original)
      }
      notes.append(Phrase("note.waiver-expired", "\(waiver.approver)", "\(waiver.expires.russian)"))
      reported = nil
    }
    if let newDue = record?.newDueDate, reported != .cancelled,
      var moved = window ?? Optional(Window(start: newDue, due: newDue))
    {
      moved.due = newDue
      moved.effectiveDue = newDue
      if moved.start > newDue { moved.start = newDue }
      notes.append(
        detail(\.basis).map { Phrase("note.moved-by", "\(newDue.russian)", "\($0)") }
          ?? Phrase("note.moved", "\(newDue.russian)"))
      original = window
      window = moved
    }
    let done = reported == .done
    switch kind {
    case .onRequest:
      return ObligationOutcome(state: done ? .done : .onRequest, window: nil, notes: notes, originalWindow: original)
    case .continuous:
      let started = window.map { $0.start <= asOf } ?? true
      guard let reported else {
        return ObligationOutcome(
          state: started ? .unreported : .pending, window: window, notes: notes, originalWindow: original)
      }
      if reported == .notStarted, started {
        return ObligationOutcome(
          state: .overdue, window: window, notes: notes + [Phrase("note.continuous-not-started")])
      }
      let missed = missedTargets(index: index, values: detail(\.values))
      return ObligationOutcome(
        state: missed.isEmpty ? .ongoing : .targetMissed, window: window, notes: notes + missed,
        originalWindow: original)
    case .unknown, .event, .window, .recurring, .relative:
      guard let window else {
        if kind == .relative, !done {
          let reason = Phrase("note.anchor-unknown")
          return ObligationOutcome(state: .pending, window: nil, notes: notes + [reason], originalWindow: original)
        }
        return ObligationOutcome(
          state: done ? .done : .unscheduled, window: nil, notes: notes, originalWindow: original)
      }
      if done {
        let completion = record?.completedDate ?? record.flatMap { status.files[Int($0.file)]?.asOf }
        if record?.completedDate == nil { notes.append(Phrase("note.no-completion-date")) }
        guard let completion, completion <= window.effectiveDue else {
          return ObligationOutcome(state: .late, window: window, notes: notes, originalWindow: original)
        }
        let missed = missedTargets(index: index, values: detail(\.values))
        if !missed.isEmpty {
          return ObligationOutcome(
            state: .targetMissed, window: window, notes: notes + missed, originalWindow: original)
        }
        return ObligationOutcome(state: .done, window: window, notes: notes, originalWindow: original)
      }
      if asOf > window.effectiveDue {
        let hasReport = reported != nil
        return ObligationOutcome(
          state: hasReport ? .overdue : .unreported, window: window, notes: notes, originalWindow: original)
      }
      let daysLeft = window.effectiveDue.dayNumber - asOf.dayNumber
      return ObligationOutcome(
        state: daysLeft <= horizon ? .dueSoon : .pending, window: window, notes: notes, originalWindow: original)
    }
  }

  /// A relative deadline of an item that depends on others (`after:`) is counted from the day the
  /// last of them was completed, for the same subject; `nil` while any is not done.
  private func anchoredByDependency(_ index: Int) -> (Window?, Phrase?) {
    let (groupNumber, position, _) = table.locate(index)
    let group = table.groups[groupNumber]
    guard case .item(let number) = group.source, let context = table.plan.deadlineContext else { return (nil, nil) }
    let item = table.plan.items[number]
    let schedule = group.schedule(at: position)
    guard schedule.relative != nil else { return (nil, nil) }
    // «в течение 2 дней со дня получения запроса»: the request date the executor reports.
    if item.dependencies.isEmpty {
      guard let requested = status.record(of: index).flatMap({ status.details(of: $0) })?.requested else {
        return (nil, nil)
      }
      let window = DeadlineReader.anchored(schedule, to: [Window(start: requested, due: requested)], in: context)
        .windows.first
      return (window, Phrase("note.anchored-request", "\(requested.russian)"))
    }
    let subject = table.subject(of: group, at: position)
    var latest: CivilDate?
    for dependency in item.dependencies {
      guard let dependencyGroup = table.itemGroup[dependency].map({ table.groups[$0] }) else { return (nil, nil) }
      let dependencyPosition =
        subject.flatMap { table.position(of: $0, in: dependencyGroup) }
        ?? (table.subjectCount(dependencyGroup) == 1 ? 0 : nil)
      guard let dependencyPosition else { return (nil, nil) }
      for occurrence in 1...dependencyGroup.count(at: dependencyPosition) {
        let record = status.record(of: dependencyGroup.index(position: dependencyPosition, occurrence: occurrence))
        // Done without a completion date: the report's as-of date stands for it, as when judging
        // the item itself.
        let completed = record?.completedDate ?? record.flatMap { status.files[Int($0.file)]?.asOf }
        guard record?.status == .done, let completed, completed <= asOf else { return (nil, nil) }
        latest = max(latest ?? completed, completed)
      }
    }
    guard let latest else { return (nil, nil) }
    let anchor = Window(start: latest, due: latest)
    let window = DeadlineReader.anchored(schedule, to: [anchor], in: context).windows.first
    return (window, Phrase("note.anchored", "\(item.dependencies.joined(separator: ", "))", "\(latest.russian)"))
  }

  private func missedTargets(index: Int, values: [String: Double]?) -> [Phrase] {
    guard case .item(let number) = table.groups[table.groupIndex(of: index)].source else { return [] }
    var missed: [Phrase] = []
    for target in table.plan.items[number].targets {
      guard let value = values?[target.indicator] else { continue }
      if !target.comparison.isMet(by: value, target: target.value) {
        let shown = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        missed.append(Phrase("note.target-missed", "\(target.indicator)", "\(shown)", "\(target.text)"))
      }
    }
    return missed
  }
}
