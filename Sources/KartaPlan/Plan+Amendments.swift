import KartaSchedule

extension Plan {
  /// The plan as it stands on `date`: every amendment dated on or before it replaces its item's
  /// deadline (for every subject) and, when it names them, its owners; amendments of one item apply
  /// in date order, so the latest in force wins. Each amended item keeps what the order first said
  /// (`originalDue`, `originalOwners`) and the amendment's id. An amendment without a date, or one
  /// dated after `date`, is not in force.
  public func inForce(on date: CivilDate) -> Plan {
    let dated = amendments.enumerated()
      .compactMap { entry -> (Int, Amendment, CivilDate)? in
        guard let day = entry.element.dated, day <= date, entry.element.item != nil else { return nil }
        return (entry.offset, entry.element, day)
      }
      .sorted { ($0.2, $0.0) < ($1.2, $1.0) }
    guard !dated.isEmpty else { return self }
    var amended = self
    let positions = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (_, amendment, _) in dated {
      guard let id = amendment.item, let position = positions[id] else { continue }
      var item = amended.items[position]
      if let due = amendment.due {
        if item.amendment == nil || (item.originalDue == nil && item.originalSubjectDues.isEmpty) {
          item.originalDue = item.due
          item.originalSubjectDues = item.subjectDues
        }
        item.due = due
        for index in item.subjectDues.indices { item.subjectDues[index].due = due }
      }
      if !amendment.owners.isEmpty {
        if item.originalOwners == nil { item.originalOwners = item.owners }
        item.owners = amendment.owners
      }
      item.amendment = amendment.id
      amended.items[position] = item
    }
    return amended
  }

  /// The amendment with `id`.
  public func amendment(_ id: String) -> Amendment? { amendments.first { $0.id == id } }
}

extension Plan {
  /// The context the plan's phrases are read in: the header's period (or the approval year), zone,
  /// calendar and rules; `nil` when the plan has neither a period nor an approval date.
  public var deadlineContext: DeadlineContext? {
    guard let header else { return nil }
    guard let period = header.period ?? header.approved.map({ PlanPeriod.calendarYear($0.year) }) else { return nil }
    return DeadlineContext(
      period: period, approved: header.approved, timeZone: header.timeZone ?? "Europe/Moscow",
      calendar: productionCalendar, daysOff: header.daysOff, untilIsExclusive: header.untilIsExclusive)
  }

  /// The years, in order, in which `schedule`'s due dates fall without a decree on transferred days
  /// off in this plan's calendar. Windows due before the approval date are left out: they are typos
  /// that `deadline.before-approval` reports.
  public func yearsWithoutDecree(_ schedule: Schedule) -> [Int] {
    guard [.window, .recurring, .relative].contains(schedule.kind) else { return [] }
    let calendar = productionCalendar
    var years = Set<Int>()
    // The windows of a recurring deadline mostly fall in one year: a year just asked about is not asked again.
    var asked: Int?
    for window in schedule.windows where header?.approved.map({ window.due >= $0 }) ?? true {
      for year in [window.due.year, window.effectiveDue.year] where year != asked {
        asked = year
        if !calendar.hasDecree(for: year) { years.insert(year) }
      }
    }
    return years.sorted()
  }
}
