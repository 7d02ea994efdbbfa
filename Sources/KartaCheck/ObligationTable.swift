import KartaPlan
import KartaSchedule

/// Whom an item's or report's obligations are for.
public enum SubjectSpan: Sendable {
  /// One obligation, for no subject.
  case none
  /// Every member of a subject list, in list order.
  case wholeList(Int)
  /// These subjects (indices into `ObligationTable.subjects`), in order.
  case some([Int32])
}

/// The obligations of one item or report: subjects × windows, numbered from `base`.
public struct ObligationGroup: Sendable {
  /// Whether the group is an item or a reporting obligation.
  public enum Source: Sendable {
    case item(Int)
    case report(Int)
  }

  /// The item or report (index into the plan's items or reports).
  public let source: Source
  /// The subjects.
  public let span: SubjectSpan
  /// One schedule shared by every subject, or one per subject position.
  public let schedules: [Schedule]
  /// The index of the group's first obligation.
  public let base: Int
  /// How many obligations each subject has (at least one: a schedule without windows still owes one).
  let perSubject: [Int]
  /// Prefix sums of `perSubject` when they differ between subjects.
  let offsets: [Int]?

  /// The schedule of the subject at `position`.
  public func schedule(at position: Int) -> Schedule {
    schedules.count == 1 ? schedules[0] : schedules[position]
  }

  /// How many obligations the subject at `position` has.
  public func count(at position: Int) -> Int {
    perSubject.count == 1 ? perSubject[0] : perSubject[position]
  }

  /// The index of the obligation for the subject at `position`, occurrence `occurrence` (1-based).
  public func index(position: Int, occurrence: Int) -> Int {
    base + (offsets?[position] ?? position * perSubject[0]) + occurrence - 1
  }
}

/// The plan expanded into obligations: item × subject × window, and report × reporter × checkpoint.
/// Obligations are numbered densely, so that state and records live in flat arrays even at the
/// scale of 40,000 schools.
public final class ObligationTable: Sendable {
  /// The plan.
  public let plan: Plan
  /// Every subject of the plan, in list order.
  public let subjects: [Subject]
  /// A subject's index by id.
  public let subjectIndex: [String: Int32]
  /// For each subject, its list and its position in the list.
  public let subjectPlace: [(list: Int, position: Int32)]
  /// The groups, items first, then reports.
  public let groups: [ObligationGroup]
  /// The number of obligations.
  public let count: Int
  /// An item's group by item id.
  public let itemGroup: [String: Int]
  /// A report's group by report id.
  public let reportGroup: [String: Int]
  /// The index in `subjects` of each list's first member: members are laid out list by list.
  let listStart: [Int]

  /// Expands `plan`.
  public init(plan: Plan) {
    self.plan = plan
    var subjects: [Subject] = []
    var places: [(list: Int, position: Int32)] = []
    for (listNumber, list) in plan.subjectLists.enumerated() {
      for (position, member) in list.members.enumerated() {
        subjects.append(member)
        places.append((listNumber, Int32(position)))
      }
    }
    var subjectIndex: [String: Int32] = [:]
    for (index, subject) in subjects.enumerated() where subjectIndex[subject.id] == nil {
      subjectIndex[subject.id] = Int32(index)
    }
    var starts: [Int] = []
    var running = 0
    for list in plan.subjectLists {
      starts.append(running)
      running += list.members.count
    }
    self.listStart = starts
    self.subjects = subjects
    self.subjectIndex = subjectIndex
    self.subjectPlace = places
    let listIndex = Dictionary(plan.subjectLists.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

    var groups: [ObligationGroup] = []
    var itemGroup: [String: Int] = [:]
    var reportGroup: [String: Int] = [:]
    var next = 0
    func add(_ source: ObligationGroup.Source, span: SubjectSpan, schedules: [Schedule], subjectCount: Int) {
      let perSubject = schedules.map { max(1, $0.windows.count) }
      var offsets: [Int]?
      if perSubject.count > 1, Set(perSubject).count > 1 {
        var running = 0
        offsets = perSubject.map { count in
          defer { running += count }
          return running
        }
      }
      let total = perSubject.count == 1 ? perSubject[0] * subjectCount : perSubject.reduce(0, +)
      groups.append(
        ObligationGroup(
          source: source, span: span, schedules: schedules, base: next, perSubject: perSubject, offsets: offsets))
      next += total
    }

    for (number, item) in plan.items.enumerated() {
      let empty = Schedule(phrase: "", kind: .unknown)
      itemGroup[item.id] = groups.count
      if !item.subjectDues.isEmpty {
        let ids = item.subjects.isEmpty ? item.subjectDues.map(\.subject) : item.subjects
        let indices = ids.compactMap { subjectIndex[$0] }
        let schedules = indices.map { index in
          let id = subjects[Int(index)].id
          return item.subjectDues.first { $0.subject == id }?.due.schedule ?? item.due?.schedule ?? empty
        }
        add(
          .item(number), span: .some(indices), schedules: schedules.isEmpty ? [empty] : schedules,
          subjectCount: indices.count)
        continue
      }
      let schedule = item.due?.schedule ?? empty
      if !item.subjects.isEmpty {
        let indices = item.subjects.compactMap { subjectIndex[$0] }
        add(.item(number), span: .some(indices), schedules: [schedule], subjectCount: indices.count)
      } else if let list = item.owners.lazy.compactMap({ plan.party($0)?.each }).first.flatMap({ listIndex[$0] }) {
        add(
          .item(number), span: .wholeList(list), schedules: [schedule],
          subjectCount: plan.subjectLists[list].members.count)
      } else {
        add(.item(number), span: .none, schedules: [schedule], subjectCount: 1)
      }
    }
    for (number, report) in plan.reports.enumerated() {
      reportGroup[report.id] = groups.count
      let windows = report.dues.compactMap(\.schedule).flatMap(\.windows)
      let kind: ScheduleKind = report.dues.compactMap(\.schedule).first?.kind ?? .unknown
      let schedule = Schedule(phrase: report.dues.map(\.text).joined(separator: "; "), kind: kind, windows: windows)
      if let list = report.from.flatMap({ plan.party($0)?.each }).flatMap({ listIndex[$0] }) {
        add(
          .report(number), span: .wholeList(list), schedules: [schedule],
          subjectCount: plan.subjectLists[list].members.count)
      } else {
        add(.report(number), span: .none, schedules: [schedule], subjectCount: 1)
      }
    }
    self.groups = groups
    self.count = next
    self.itemGroup = itemGroup
    self.reportGroup = reportGroup
  }

  /// The number of subject positions in a group.
  public func subjectCount(_ group: ObligationGroup) -> Int {
    switch group.span {
    case .none: 1
    case .wholeList(let list): plan.subjectLists[list].members.count
    case .some(let indices): indices.count
    }
  }

  /// The subject (index into `subjects`) at `position` of a group, or `nil` for no subject.
  public func subject(of group: ObligationGroup, at position: Int) -> Int32? {
    switch group.span {
    case .none: nil
    case .wholeList(let list): Int32(listStart[list] + position)
    case .some(let indices): indices[position]
    }
  }

  /// The position of subject `subject` in a group, or `nil` when the group does not cover it.
  public func position(of subject: Int32, in group: ObligationGroup) -> Int? {
    switch group.span {
    case .none: return nil
    case .wholeList(let list):
      let place = subjectPlace[Int(subject)]
      return place.list == list ? Int(place.position) : nil
    case .some(let indices): return indices.firstIndex(of: subject)
    }
  }

  /// The group an obligation index belongs to, found by binary search.
  public func groupIndex(of obligation: Int) -> Int {
    var low = 0
    var high = groups.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if groups[middle].base <= obligation { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The obligation's group, subject position and occurrence (1-based).
  public func locate(_ obligation: Int) -> (group: Int, position: Int, occurrence: Int) {
    let groupNumber = groupIndex(of: obligation)
    let group = groups[groupNumber]
    let offset = obligation - group.base
    if let offsets = group.offsets {
      var low = 0
      var high = offsets.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if offsets[middle] <= offset { low = middle } else { high = middle - 1 }
      }
      return (groupNumber, low, offset - offsets[low] + 1)
    }
    let per = group.perSubject[0]
    return (groupNumber, offset / per, offset % per + 1)
  }
}
