import Foundation
import KartaPlan
import KartaSchedule
import KartaWords

/// Counts of obligations by state, held in one vector so that millions of additions stay cheap.
public struct StateCounts: Sendable, Hashable {
  private var counts = SIMD16<Int32>()

  /// Creates empty counts.
  public init() {}

  /// The count of `state`.
  public subscript(state: ObligationState) -> Int {
    get { Int(counts[state.slot]) }
    set { counts[state.slot] = Int32(clamping: newValue) }
  }

  /// All obligations counted.
  public var total: Int { Int(counts.wrappedSum()) }

  /// Obligations in a gap state.
  public var gaps: Int { ObligationState.allCases.filter(\.isGap).map { self[$0] }.reduce(0, +) }

  /// Adds one obligation in `state`.
  mutating func count(_ state: ObligationState) { counts[state.slot] &+= 1 }

  /// Adds `other` into these counts.
  mutating func add(_ other: StateCounts) { counts &+= other.counts }

  static func slot(_ state: ObligationState) -> Int { state.slot }
}

/// Which obligations a report covers.
public struct ObligationFilter: Sendable {
  /// Only obligations this party owns (or reports, for reporting obligations).
  public var party: String?
  /// Only obligations for this subject.
  public var subject: String?

  /// Creates a filter.
  public init(party: String? = nil, subject: String? = nil) {
    self.party = party
    self.subject = subject
  }
}

/// An input of the check and its digest, so that a report can be reproduced.
public struct InputDigest: Sendable, Hashable {
  /// The path.
  public var path: String
  /// SHA-256, hex.
  public var sha256: String

  /// Creates an input.
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}

/// The outcome of a check: every obligation's state as of a date, with the figures a controller reads.
public struct ComplianceReport: Sendable {
  /// The obligations.
  public let table: ObligationTable
  /// The records.
  public let status: StatusSet
  /// The evaluation date.
  public let asOf: CivilDate
  /// The due-soon horizon in days.
  public let horizon: Int
  /// The inputs and their digests.
  public let inputs: [InputDigest]
  /// The filter applied.
  public let filter: ObligationFilter
  /// Each obligation's state (`ObligationState` slot), or `excluded` when the filter leaves it out.
  public private(set) var states: [UInt8]
  /// Counts by state.
  public private(set) var totals = StateCounts()
  /// Counts by responsible party code.
  public private(set) var byParty: [String: StateCounts] = [:]
  /// Counts by subject index.
  public private(set) var bySubject: [Int32: StateCounts] = [:]
  /// Counts by section, by items outside sections and by reporting obligations.
  public private(set) var bySection: [SectionKey: StateCounts] = [:]
  /// Obligations whose effective due is on or before the as-of date (not waived, cancelled,
  /// on request, unscheduled or continuous).
  public private(set) var dueByDate = 0
  /// Of those, the ones done on time.
  public private(set) var doneOnTime = 0
  /// For each obligation group, how many of its included obligations have a record that moves
  /// the deadline, waives or cancels them (`changedObligations`).
  private(set) var changedByGroup: [Int] = []

  /// The state slot of an obligation the filter leaves out.
  public static let excluded: UInt8 = 255

  /// Evaluates every obligation.
  public init(
    table: ObligationTable, status: StatusSet, asOf: CivilDate, horizon: Int = 14, inputs: [InputDigest] = [],
    filter: ObligationFilter = ObligationFilter()
  ) {
    self.table = table
    self.status = status
    self.asOf = asOf
    self.horizon = horizon
    self.inputs = inputs
    self.filter = filter
    self.states = [UInt8](repeating: Self.excluded, count: table.count)
    let evaluator = Evaluator(table: table, status: status, asOf: asOf, horizon: horizon)
    let filterSubject = filter.subject.flatMap { table.subjectIndex[$0] }
    var subjectCounts = [StateCounts](repeating: StateCounts(), count: table.subjects.count)
    var subjectSeen = [Bool](repeating: false, count: table.subjects.count)
    changedByGroup = [Int](repeating: 0, count: table.groups.count)
    for (number, group) in table.groups.enumerated() {
      let owners: [String]
      let section: SectionKey
      switch group.source {
      case .item(let number):
        owners = table.plan.items[number].owners
        section = table.plan.items[number].section.map(SectionKey.section) ?? .outsideSections
      case .report(let number):
        owners = table.plan.reports[number].from.map { [$0] } ?? []
        section = .reports
      }
      if let party = filter.party, !owners.contains(party) { continue }
      let positions = table.subjectCount(group)
      // Large fan-outs are evaluated in two halves at once; each half writes its own obligations'
      // states and subjects' counts, so the halves never touch the same element.
      let halves = positions >= 2_000 ? 2 : 1
      var partial = [GroupTally](repeating: GroupTally(), count: halves)
      QuickStates.with(status: status, asOf: asOf, horizon: horizon) { quick in
        states.withUnsafeMutableBufferPointer { stateBuffer in
          subjectCounts.withUnsafeMutableBufferPointer { countBuffer in
            subjectSeen.withUnsafeMutableBufferPointer { seenBuffer in
              let shared = SharedWrites(states: stateBuffer, counts: countBuffer, seen: seenBuffer)
              partial.withUnsafeMutableBufferPointer { tallies in
                let results = SharedTallies(tallies)
                DispatchQueue.concurrentPerform(iterations: halves) { half in
                  let range = (positions * half / halves)..<(positions * (half + 1) / halves)
                  results.buffer[half] = Self.evaluate(
                    group: group, positions: range, table: table, evaluator: evaluator, quick: quick,
                    filterSubject: filter.subject == nil ? nil : (filterSubject ?? -1), writes: shared)
                }
              }
            }
          }
        }
      }
      var groupCounts = StateCounts()
      for tally in partial {
        groupCounts.add(tally.counts)
        dueByDate += tally.dueByDate
        changedByGroup[number] += tally.changed
        doneOnTime += tally.doneOnTime
      }
      totals.add(groupCounts)
      bySection[section, default: StateCounts()].add(groupCounts)
      // An obligation counts once, for its responsible executor (the party named first, or the one
      // the report is filtered to); the others are co-executors and the rows name them.
      if let lead = leadOwner(among: owners) { byParty[lead, default: StateCounts()].add(groupCounts) }
    }
    for (index, seen) in subjectSeen.enumerated() where seen { bySubject[Int32(index)] = subjectCounts[index] }
  }

  /// What evaluating part of a group adds up to.
  struct GroupTally {
    var counts = StateCounts()
    var dueByDate = 0
    var doneOnTime = 0
    /// Obligations whose record moves the deadline, waives or cancels them.
    var changed = 0
  }

  /// Evaluates the obligations of `group` for the subject positions in `positions`.
  private static func evaluate(
    group: ObligationGroup, positions: Range<Int>, table: ObligationTable, evaluator: Evaluator, quick: QuickStates,
    filterSubject: Int32?, writes: SharedWrites
  ) -> GroupTally {
    var tally = GroupTally()
    let asOf = evaluator.asOf
    // The obligations of one subject position; the schedule is borrowed, not copied: a shared one
    // serves forty thousand positions.
    func evaluate(position: Int, schedule: Schedule, days: (dues: [Int32], starts: [Int32])) -> StateCounts {
      let kind = schedule.kind
      let dues = days.dues
      var counts = StateCounts()
      for occurrence in 1...group.count(at: position) {
        let index = group.index(position: position, occurrence: occurrence)
        if occurrence <= dues.count, let state = quick.state(of: index, due: dues[occurrence - 1]) {
          writes.states[index] = UInt8(state.slot)
          counts.count(state)
          if dues[occurrence - 1] <= quick.asOf {
            tally.dueByDate += 1
            if state == .done { tally.doneOnTime += 1 }
          }
          continue
        }
        // A continuous obligation is never due by a date.
        if kind == .continuous,
          let state = quick.continuousState(
            of: index, start: occurrence <= days.starts.count ? days.starts[occurrence - 1] : nil)
        {
          writes.states[index] = UInt8(state.slot)
          counts.count(state)
          continue
        }
        let window = occurrence <= schedule.windows.count ? schedule.windows[occurrence - 1] : nil
        let outcome = evaluator.outcome(window: window, kind: kind, index: index)
        // Such records are never judged the quick way: they are counted here only.
        if quick.changes(index) { tally.changed += 1 }
        writes.states[index] = UInt8(outcome.state.slot)
        counts.count(outcome.state)
        // Due by the date: its effective due date is on or before the as-of date, done or not.
        if let window = outcome.window, kind != .continuous,
          window.effectiveDue <= asOf,
          ![.waived, .cancelled, .onRequest, .unscheduled, .ongoing].contains(outcome.state)
        {
          tally.dueByDate += 1
          if outcome.state == .done { tally.doneOnTime += 1 }
        }
      }
      return counts
    }
    func account(_ position: Int, _ counts: StateCounts) {
      if let subject = table.subject(of: group, at: position) {
        writes.counts[Int(subject)].add(counts)
        writes.seen[Int(subject)] = true
      }
      tally.counts.add(counts)
    }
    func wanted(_ position: Int) -> Bool {
      guard let filterSubject else { return true }
      return table.subject(of: group, at: position) == filterSubject
    }
    func days(_ schedule: Schedule) -> (dues: [Int32], starts: [Int32]) {
      (QuickStates.dues(of: schedule), QuickStates.starts(of: schedule))
    }
    let shared = group.schedules.count == 1 ? group.schedules[0] : nil
    let sharedDays = shared.map(days) ?? ([], [])
    if let shared {
      for position in positions where wanted(position) {
        account(position, evaluate(position: position, schedule: shared, days: sharedDays))
      }
    } else {
      for position in positions where wanted(position) {
        let schedule = group.schedule(at: position)
        account(position, evaluate(position: position, schedule: schedule, days: days(schedule)))
      }
    }
    return tally
  }

  /// Done on time ÷ due by the date, or `nil` when nothing was due yet.
  public var compliance: Double? {
    dueByDate == 0 ? nil : Double(doneOnTime) / Double(dueByDate)
  }

  /// The state of obligation `index`, or `nil` when the filter leaves it out.
  public func state(of index: Int) -> ObligationState? {
    let slot = states[index]
    return slot == Self.excluded ? nil : ObligationState.allCases[Int(slot)]
  }

  /// The obligations in `wanted` states (all included ones when `nil`), in plan order, at most `limit`.
  public func rows(in wanted: Set<ObligationState>? = nil, limit: Int = .max) -> [ObligationRow] {
    var rows: [ObligationRow] = []
    for index in 0..<states.count where rows.count < limit {
      guard let state = state(of: index), wanted?.contains(state) ?? true else { continue }
      rows.append(row(index))
    }
    return rows
  }

  /// Obligations in `states` (in that order of states, plan order within a state) of the groups
  /// that `party` leads (`leadOwner`; every group when `nil`), restricted to items or reports when asked; at most
  /// `limit` of them, with how many there are in all. Scans states, never builds rows it will not show.
  public func indices(
    ownedBy party: String? = nil, in states: [ObligationState], source: GroupSource? = nil, limit: Int
  ) -> (indices: [Int], total: Int) {
    // One pass over the obligations: each wanted state's finds kept apart (at most `limit` each),
    // then laid end to end in the order of `states`.
    var rank = [Int](repeating: -1, count: 256)
    for (position, state) in states.enumerated() where rank[state.slot] < 0 { rank[state.slot] = position }
    var found = [[Int]](repeating: [], count: states.count)
    var total = 0
    for group in table.groups {
      switch (group.source, source) {
      case (.item, .reports?), (.report, .items?): continue
      default: break
      }
      if let party, leadOwner(among: owners(of: group)) != party { continue }
      let end = group.base + groupSize(group)
      self.states.withUnsafeBufferPointer { states in
        for index in group.base..<end {
          let position = rank[Int(states[index])]
          guard position >= 0 else { continue }
          total += 1
          if found[position].count < limit { found[position].append(index) }
        }
      }
    }
    return (Array(found.joined().prefix(limit)), total)
  }

  /// Which kind of group `indices` looks at.
  public enum GroupSource: Sendable {
    case items
    case reports
  }

  /// The party an obligation with `owners` is listed and counted under: the one the report is
  /// filtered to, when it is among them, else the first named («ответственный исполнитель»).
  public func leadOwner(among owners: [String]) -> String? {
    if let party = filter.party, owners.contains(party) { return party }
    return owners.first
  }

  /// The parties responsible for a group's obligations (the reporter, for a report).
  public func owners(of group: ObligationGroup) -> [String] {
    switch group.source {
    case .item(let number): table.plan.items[number].owners
    case .report(let number): table.plan.reports[number].from.map { [$0] } ?? []
    }
  }

  private func groupSize(_ group: ObligationGroup) -> Int {
    let positions = table.subjectCount(group)
    guard positions > 0 else { return 0 }
    return group.index(position: positions - 1, occurrence: group.count(at: positions - 1)) - group.base + 1
  }

  /// How many included obligations are in `wanted` states.
  public func count(in wanted: Set<ObligationState>) -> Int {
    wanted.map { totals[$0] }.reduce(0, +)
  }
}

/// The arrays the halves of a group write to, at distinct indices.
struct SharedWrites: @unchecked Sendable {
  let states: UnsafeMutableBufferPointer<UInt8>
  let counts: UnsafeMutableBufferPointer<StateCounts>
  let seen: UnsafeMutableBufferPointer<Bool>
}

/// Where each half of a group leaves its tally.
struct SharedTallies: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<ComplianceReport.GroupTally>
  init(_ buffer: UnsafeMutableBufferPointer<ComplianceReport.GroupTally>) { self.buffer = buffer }
}
