/// Which days are working days: weekends off, plus the exceptions an official production calendar
/// lists (holidays on weekdays, transferred days off, working Saturdays).
public struct ProductionCalendar: Sendable {
  /// The years the calendar has official data for; outside them only weekends are days off.
  public let years: ClosedRange<Int>
  private let daysOff: Set<Int>
  private let workingWeekendDays: Set<Int>

  /// The Russian Federation's production calendar (2023–2026), from `russiaData`.
  public static let russia = ProductionCalendar(parsing: russiaData)

  /// A calendar with no exceptions: Monday to Friday work, Saturday and Sunday rest.
  public static let weekendsOnly = ProductionCalendar(parsing: "")

  /// Reads `YYYY-MM-DD off|work comment` lines; `#` starts a comment line.
  init(parsing text: String) {
    var off = Set<Int>()
    var work = Set<Int>()
    var seenYears: [Int] = []
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
      guard fields.count >= 2, !fields[0].hasPrefix("#"), let date = CivilDate(parsing: fields[0]) else { continue }
      seenYears.append(date.year)
      if fields[1] == "off" { off.insert(date.dayNumber) } else if fields[1] == "work" { work.insert(date.dayNumber) }
    }
    daysOff = off
    workingWeekendDays = work
    years = (seenYears.min() ?? 0)...(seenYears.max() ?? 0)
  }

  /// Whether people work on `date`.
  public func isWorkingDay(_ date: CivilDate) -> Bool {
    let number = date.dayNumber
    if daysOff.contains(number) { return false }
    if workingWeekendDays.contains(number) { return true }
    return date.weekday <= 5
  }

  /// `date` itself if it is a working day, else the next working day (Civil Code art. 193).
  public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
    var day = date
    for _ in 0..<30 where !isWorkingDay(day) { day = day.adding(days: 1) }
    return day
  }

  /// Whether the calendar has official data for `year`.
  public func covers(_ year: Int) -> Bool { years.contains(year) }
}
