/// Which days are working days in Russia, for any year: Saturdays and Sundays off, the non-working
/// holidays of Labour Code art. 112 in every year, a holiday that falls on a Saturday or Sunday
/// moving its day off to the next working day (except the January holidays), and, for the years
/// whose Government decree Karta has, that decree's transfers.
public struct ProductionCalendar: Sendable {
  /// The decrees the calendar knows, by year.
  public let decrees: [Int: CalendarDecree]
  /// Whether each exception day (by day number) of the decree years is a working day, worked out once.
  private let decreeDays: [Int: Bool]

  /// The Russian Federation's calendar: the law for every year and the decrees shipped with Karta.
  public static let russia = ProductionCalendar(decrees: CalendarDecree.shipped)

  /// A calendar with no holidays at all: Monday to Friday work, Saturday and Sunday rest.
  public static let weekendsOnly = ProductionCalendar(decrees: [], holidays: false)

  /// Whether the holidays of art. 112 apply (only `weekendsOnly` turns them off).
  private let keepsHolidays: Bool

  /// A calendar with the law's holidays plus `decrees`; a later decree for a year replaces an
  /// earlier one for the same year.
  public init(decrees: [CalendarDecree]) {
    self.init(decrees: decrees, holidays: true)
  }

  private init(decrees: [CalendarDecree], holidays: Bool) {
    var byYear: [Int: CalendarDecree] = [:]
    for decree in decrees { byYear[decree.year] = decree }
    self.decrees = byYear
    self.keepsHolidays = holidays
    var days: [Int: Bool] = [:]
    for decree in byYear.values { YearExceptions(year: decree.year, decree: decree).record(into: &days) }
    self.decreeDays = days
  }

  /// This calendar with `more` decrees added; each replaces a decree this calendar has for its year.
  public func adding(_ more: [CalendarDecree]) -> ProductionCalendar {
    guard !more.isEmpty else { return self }
    let years = Set(more.map(\.year))
    let kept = decrees.values.filter { !years.contains($0.year) }.sorted { $0.year < $1.year }
    return ProductionCalendar(decrees: kept + more, holidays: keepsHolidays)
  }

  /// Whether people work on `date`.
  public func isWorkingDay(_ date: CivilDate) -> Bool {
    guard keepsHolidays else { return date.weekday <= 5 }
    let number = date.dayNumber
    if decrees[date.year] != nil {
      if let working = decreeDays[number] { return working }
    } else if PlanPeriod.supportedYears.contains(date.year) {
      if let working = YearExceptions.lawDays[number] { return working }
    } else {
      var days: [Int: Bool] = [:]
      YearExceptions(year: date.year, decree: nil).record(into: &days)
      if let working = days[number] { return working }
    }
    return date.weekday <= 5
  }

  /// `date` itself if it is a working day, else the next working day (Civil Code art. 193).
  public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
    var day = date
    for _ in 0..<30 where !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }

  /// `date` itself if it is a working day, else the working day before it (the records-management
  /// rule: a document due on a day off is executed on the preceding working day).
  public func previousWorkingDay(onOrBefore date: CivilDate) -> CivilDate {
    var day = date
    for _ in 0..<30 where !isWorkingDay(day) { day = day.adding(days: -1) }
    return day
  }

  /// Whether the calendar has the Government's decree on transferred days off for `year`.
  public func hasDecree(for year: Int) -> Bool { !keepsHolidays || decrees[year] != nil }

  /// What the calendar applies in a year without a decree, in words.
  public static let lawOnlyRule =
    "days off are Saturdays, Sundays and the holidays of Labour Code art. 112 (1–8 January, 23 February, "
    + "8 March, 1 and 9 May, 12 June, 4 November); a holiday on a Saturday or Sunday moves its day off to the "
    + "next working day, except the January holidays"
}

/// The non-working holidays of Labour Code art. 112, part 1, the same in every year.
enum StatutoryHolidays {
  /// (month, day) of every holiday.
  static let days: [(month: Int, day: Int)] = [
    (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8), (2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4),
  ]

  /// Whether `date` is one of them.
  static func contains(_ date: CivilDate) -> Bool {
    days.contains { $0.month == date.month && $0.day == date.day }
  }
}

/// The weekdays off and the working weekend days of one year.
struct YearExceptions: Sendable {
  var daysOff: Set<Int> = []
  var workingWeekendDays: Set<Int> = []

  /// The law's exception days of every year Karta plans in (day number → working), worked out
  /// once: deadlines are read by the tens of thousands, and each may look at several days.
  static let lawDays: [Int: Bool] = {
    var days: [Int: Bool] = [:]
    for year in PlanPeriod.supportedYears { YearExceptions(year: year, decree: nil).record(into: &days) }
    return days
  }()

  /// Adds this year's exceptions to `days` (day number → whether it is a working day).
  func record(into days: inout [Int: Bool]) {
    for day in daysOff { days[day] = false }
    for day in workingWeekendDays { days[day] = true }
  }

  /// The law's holidays of `year`, their moves off weekends, and `decree`'s transfers.
  init(year: Int, decree: CalendarDecree?) {
    let holidays = StatutoryHolidays.days.compactMap { CivilDate(year: year, month: $0.month, day: $0.day) }
    for holiday in holidays { daysOff.insert(holiday.dayNumber) }
    // A transfer from a holiday replaces the law's own move of that holiday (2025: 23 February,
    // a Sunday, was moved to 8 May, so 24 February stayed a working day).
    let transferred = Set(decree?.transfers.map(\.from.dayNumber) ?? [])
    for holiday in holidays where holiday.weekday >= 6 && holiday.month != 1 {
      guard !transferred.contains(holiday.dayNumber) else { continue }
      var day = holiday.adding(days: 1)
      while day.weekday >= 6 || daysOff.contains(day.dayNumber) { day = day.adding(days: 1) }
      daysOff.insert(day.dayNumber)
    }
    guard let decree else { return }
    for transfer in decree.transfers {
      if !StatutoryHolidays.contains(transfer.from) { workingWeekendDays.insert(transfer.from.dayNumber) }
      daysOff.insert(transfer.to.dayNumber)
      workingWeekendDays.remove(transfer.to.dayNumber)
    }
    for day in decree.daysOff {
      daysOff.insert(day.dayNumber)
      workingWeekendDays.remove(day.dayNumber)
    }
    for day in decree.workingDays {
      daysOff.remove(day.dayNumber)
      workingWeekendDays.insert(day.dayNumber)
    }
  }
}
