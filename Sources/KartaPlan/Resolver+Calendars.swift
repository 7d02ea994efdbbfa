import KartaLanguage
import KartaSchedule

extension Resolver {
  /// A `calendar` declaration: its year and the decree's transfers, days off and working days,
  /// each date checked to be a real day of that year.
  mutating func declareCalendar(
    _ syntax: DeclarationSyntax, id: String, title: String, file: String, location: SourceLocation
  ) {
    guard let yearProperty = syntax.property(.year), !yearProperty.value.isEmpty else {
      diagnostics.append(
        Diagnostic(
          .missingProperty, at: location, "calendar '\(id)' has no 'year:'",
          notes: ["add 'year: 2027', the year the decree on transferred days off is for"]))
      return
    }
    guard let year = Int(yearProperty.value.text), PlanPeriod.supportedYears.contains(year) else {
      report(
        .invalidCalendar, at: yearProperty.value, in: file, "'\(yearProperty.value.text)' is not a year",
        notes: [
          "write the year as four digits, within \(PlanPeriod.supportedYears.lowerBound)–"
            + "\(PlanPeriod.supportedYears.upperBound)"
        ])
      return
    }
    if let earlier = plan.calendars.first(where: { $0.decree.year == year }) {
      diagnostics.append(
        Diagnostic(
          .invalidCalendar, at: location, "a second calendar for \(year)",
          notes: ["calendar '\(earlier.decree.id)' already gives \(year); keep one of them"]))
      return
    }
    var decree = CalendarDecree(year: year, id: id, basis: syntax.property(.basis)?.value.text)
    for property in syntax.properties(.transfer) {
      let dates = CalendarDecree.dates(in: property.value.text, year: year)
      guard dates.count == 2, let from = dates[0], let to = dates[1] else {
        report(
          .invalidCalendar, at: property.value, in: file,
          "'\(property.value.text)' is not a transfer of a day off from one date to another",
          notes: ["write 'transfer: 02.01.2027 → 03.05.2027' (the day off of the first date is taken on the second)"])
        continue
      }
      guard checkYear([from, to], of: year, property: property, file: file) else { continue }
      decree.transfers.append(DayOffTransfer(from: from, to: to))
      checkTransfer(from: from, to: to, at: property, file: file)
    }
    decree.daysOff = days(syntax.properties(.off), year: year, file: file)
    decree.workingDays = days(syntax.properties(.work), year: year, file: file)
    for property in syntax.properties(.work) {
      for day in CalendarDecree.dates(in: property.value.text, year: year).compactMap({ $0 }) where day.weekday <= 5 {
        warnOfCalendar(
          at: property, file: file, "\(day.russian) is a \(weekdayName(day)); 'work:' names a Saturday or Sunday that is worked",
          note: "check the date against the decree")
      }
    }
    plan.calendars.append(
      PlanCalendar(decree: decree, title: title, notes: texts(syntax, .note), location: location))
  }

  /// Warns of transfers a decree would not make: from a working weekday, or to a day the law already
  /// gives off (the transfer then changes nothing).
  private mutating func checkTransfer(from: CivilDate, to: CivilDate, at property: PropertySyntax, file: String) {
    let law = ProductionCalendar(decrees: [])
    if from.weekday <= 5, law.isWorkingDay(from) {
      warnOfCalendar(
        at: property, file: file,
        "the transfer is from \(from.russian), a working \(weekdayName(from)); decrees transfer days off from Saturdays, "
          + "Sundays and holidays", note: "check the first date against the decree")
    }
    if !law.isWorkingDay(to) {
      warnOfCalendar(
        at: property, file: file, "the transfer is to \(to.russian), which is already a day off by law; it changes nothing",
        note: "check the second date against the decree")
    }
  }

  private mutating func warnOfCalendar(at property: PropertySyntax, file: String, _ message: String, note: String) {
    diagnostics.append(
      Diagnostic(
        .oddCalendar, .warning, at: SourceLocation(file: file, range: property.value.range), message, notes: [note]))
  }

  private func weekdayName(_ day: CivilDate) -> String {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day.weekday - 1]
  }

  /// The dates of `off:` or `work:` lines (each a date or a comma-separated list of dates).
  private mutating func days(_ properties: [PropertySyntax], year: Int, file: String) -> [CivilDate] {
    var result: [CivilDate] = []
    for property in properties {
      let dates = CalendarDecree.dates(in: property.value.text, year: year)
      guard !dates.isEmpty, !dates.contains(where: { $0 == nil }) else {
        report(
          .invalidCalendar, at: property.value, in: file, "'\(property.value.text)' is not a date or a list of dates",
          notes: ["write dd.mm.yyyy dates separated by commas: 'off: 30.12.2027, 31.12.2027'"])
        continue
      }
      let days = dates.compactMap { $0 }
      if checkYear(days, of: year, property: property, file: file) { result += days }
    }
    return result
  }

  /// Whether every date is in `year`; reports the first that is not.
  private mutating func checkYear(
    _ dates: [CivilDate], of year: Int, property: PropertySyntax, file: String
  ) -> Bool {
    guard let stray = dates.first(where: { $0.year != year }) else { return true }
    report(
      .invalidCalendar, at: property.value, in: file, "\(stray.russian) is not in \(year), the calendar's year",
      notes: ["a calendar gives one year; write another 'calendar' for \(stray.year)"])
    return false
  }
}
