import KartaPlan
import KartaSchedule

/// What reading a record needs of the plan, laid out flat and worked out once per check: a national
/// check reads eleven million records, and each look-up through the plan's structures costs
/// reference counting and copies.
struct RecordLayout: Sendable {
  /// What reading a record needs of one obligation group.
  struct Group {
    /// The group's first obligation.
    var base: Int
    /// Whether the group is for every member of a subject list (else for no subject).
    var wholeList: Bool
    /// The subject list, for `wholeList`.
    var list: Int32
    /// How many obligations each subject has.
    var perSubject: Int32
    /// The group's windows in `windows`.
    var windowStart: Int32
    var windowCount: Int32
    /// The parties that may report on it in `owners` (none: anyone may).
    var ownerStart: Int32
    var ownerEnd: Int32
    /// Whether the group's item sets targets (its values are checked by name).
    var hasIndicators: Bool
    /// Whether a record about the group can be read the quick way: no subject or a whole list,
    /// one schedule for every subject.
    var quick: Bool
  }

  /// A window as day numbers.
  struct Days {
    var start: Int32
    var effectiveDue: Int32
  }

  let groups: [Group]
  let windows: [Days]
  /// Party numbers (see `partyNumber`), group by group.
  let owners: [Int32]
  /// For each subject, its list and its position in the list.
  let subjectList: [Int32]
  let subjectPosition: [Int32]
  /// A party's number by code.
  let partyNumber: [String: Int32]
  /// Item ids (and report ids that are not also item ids) → group.
  let ids: ByteKeyTable
  /// Subject ids → subject.
  let subjects: ByteKeyTable
  /// The plan's approval date as a day number, or `StatusRecord.noDate`.
  let approved: Int32

  init(table: ObligationTable, responsible: [[String]], indicators: [[String]]) {
    let plan = table.plan
    var partyNumber: [String: Int32] = [:]
    for (number, party) in plan.parties.enumerated() where partyNumber[party.code] == nil {
      partyNumber[party.code] = Int32(number)
    }
    var groups: [Group] = []
    var windows: [Days] = []
    var owners: [Int32] = []
    for (number, group) in table.groups.enumerated() {
      var wholeList = false
      var list: Int32 = -1
      var quick = group.schedules.count == 1 && group.perSubject.count == 1
      switch group.span {
      case .none: break
      case .wholeList(let index):
        wholeList = true
        list = Int32(index)
      case .some: quick = false
      }
      let windowStart = Int32(windows.count)
      for window in group.schedules.first?.windows ?? [] {
        windows.append(Days(start: Int32(window.start.dayNumber), effectiveDue: Int32(window.effectiveDue.dayNumber)))
      }
      let ownerStart = Int32(owners.count)
      // A party the plan does not declare matches no reporter.
      owners += responsible[number].map { partyNumber[$0] ?? -1 }
      groups.append(
        Group(
          base: group.base, wholeList: wholeList, list: list, perSubject: Int32(group.perSubject.first ?? 1),
          windowStart: windowStart, windowCount: Int32(windows.count) - windowStart, ownerStart: ownerStart,
          ownerEnd: Int32(owners.count), hasIndicators: !indicators[number].isEmpty, quick: quick))
    }
    self.groups = groups
    self.windows = windows
    self.owners = owners
    self.partyNumber = partyNumber
    subjectList = table.subjectPlace.map { Int32($0.list) }
    subjectPosition = table.subjectPlace.map(\.position)
    // An item id shadows a report id, as in `itemGroup[id] ?? reportGroup[id]`.
    let itemPairs = plan.items.compactMap { item in table.itemGroup[item.id].map { (key: item.id, value: $0) } }
    let reportPairs = plan.reports.compactMap { report in
      table.reportGroup[report.id].map { (key: report.id, value: $0) }
    }
    ids = ByteKeyTable(itemPairs + reportPairs)
    subjects = ByteKeyTable(table.subjectIndex.map { (key: $0.key, value: Int($0.value)) })
    approved = plan.header?.approved.map { Int32($0.dayNumber) } ?? StatusRecord.noDate
  }
}
