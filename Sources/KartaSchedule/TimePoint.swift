/// A day or a span as a phrase names it, before a missing year is filled in from the plan.
enum TimePoint: Hashable {
  case date(CivilDate)
  case day(Int, month: Int, year: Int?)
  case month(Int, year: Int?)
  case year(Int)
  case quarter(Int, year: Int?)
  case half(Int, year: Int?)
  /// A school term (четверть) of the academic year that starts in `year`, by the bounds most school
  /// calendars use: I September–October, II November–December, III January–March, IV April–May.
  case term(Int, year: Int?)
  /// A school half-year (полугодие of an academic-year plan): I September–December, II January–May.
  case schoolHalf(Int, year: Int?)
  case academicYear(Int)

  /// The year the phrase wrote, if it wrote one.
  var year: Int? {
    switch self {
    case .date(let date): date.year
    case .day(_, _, let year), .month(_, let year), .quarter(_, let year), .half(_, let year), .term(_, let year),
      .schoolHalf(_, let year):
      year
    case .year(let year), .academicYear(let year): year
    }
  }

  /// Whether the point is a single day (so "D" alone means "by D").
  var isDay: Bool {
    switch self {
    case .date, .day: true
    default: false
    }
  }

  /// The point with `year` filled in where the phrase left it out.
  func withYear(_ year: Int) -> TimePoint {
    switch self {
    case .day(let day, let month, nil): .day(day, month: month, year: year)
    case .month(let month, nil): .month(month, year: year)
    case .quarter(let quarter, nil): .quarter(quarter, year: year)
    case .half(let half, nil): .half(half, year: year)
    case .term(let term, nil): .term(term, year: year)
    case .schoolHalf(let half, nil): .schoolHalf(half, year: year)
    default: self
    }
  }

  /// The first and last day, or `nil` when a year is missing or the day does not exist (30 февраля).
  var span: (first: CivilDate, last: CivilDate)? {
    switch self {
    case .date(let date):
      return (date, date)
    case .day(let day, let month, let year?):
      guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
      return (date, date)
    case .month(let month, let year?):
      return monthSpan(year, month, month)
    case .quarter(let quarter, let year?):
      return monthSpan(year, quarter * 3 - 2, quarter * 3)
    case .half(let half, let year?):
      return monthSpan(year, half * 6 - 5, half * 6)
    case .term(let term, let year?):
      let months = [(0, 9, 10), (0, 11, 12), (1, 1, 3), (1, 4, 5)][term - 1]
      return monthSpan(year + months.0, months.1, months.2)
    case .schoolHalf(let half, let year?):
      return half == 1 ? monthSpan(year, 9, 12) : monthSpan(year + 1, 1, 5)
    case .year(let year):
      return monthSpan(year, 1, 12)
    case .academicYear(let year):
      guard let first = CivilDate(year: year, month: 9, day: 1), let last = CivilDate(year: year + 1, month: 8, day: 31)
      else { return nil }
      return (first, last)
    default:
      return nil
    }
  }

  private func monthSpan(_ year: Int, _ firstMonth: Int, _ lastMonth: Int) -> (CivilDate, CivilDate)? {
    guard let first = CivilDate(year: year, month: firstMonth, day: 1),
      let last = CivilDate(year: year, month: lastMonth, day: CivilDate.daysIn(month: lastMonth, year: year))
    else { return nil }
    return (first, last)
  }
}

/// Fills in missing years from the plan's period.
struct YearResolver {
  let period: PlanPeriod

  /// A half-year without a year in an academic-year plan is the school's (September–December,
  /// January–May); every other point is itself.
  func schooled(_ point: TimePoint) -> TimePoint {
    if case .half(let half, nil) = point, case .academicYear(let year) = period { return .schoolHalf(half, year: year) }
    return point
  }

  /// The year the academic year containing the period's start begins in.
  var academicStart: Int { period.start.month >= 9 ? period.start.year : period.start.year - 1 }

  /// The span of a point alone: a missing year is the one that puts the point inside the period.
  func span(of point: TimePoint) -> (first: CivilDate, last: CivilDate)? {
    if point.year != nil { return point.span }
    // A school term, and a half-year without a year in an academic-year plan, belong to the
    // academic year the period starts.
    if case .term = point, let span = point.withYear(academicStart).span { return span }
    if case .schoolHalf = schooled(point) { return schooled(point).span }
    for year in period.start.year...max(period.start.year, period.end.year) {
      if let span = point.withYear(year).span, span.last >= period.start, span.first <= period.end { return span }
    }
    return point.withYear(period.start.year).span
  }

  /// The span from the start of `first` to the end of `last`. A year written on one end applies to
  /// the other; a range whose first month comes after its last crosses a year boundary.
  func span(from first: TimePoint, to last: TimePoint) -> (first: CivilDate, last: CivilDate)? {
    let first = schooled(first)
    let last = schooled(last)
    if case .term = first, case .term = last, let a = span(of: first), let b = span(of: last) { return (a.first, b.last) }
    switch (first.year, last.year) {
    case (_?, _?):
      guard let a = first.span, let b = last.span else { return nil }
      return (a.first, b.last)
    case (nil, let year?):
      guard let b = last.span, var a = first.withYear(year).span else { return nil }
      if a.first > b.first, let earlier = first.withYear(year - 1).span { a = earlier }
      return (a.first, b.last)
    case (let year?, nil):
      guard let a = first.span, var b = last.withYear(year).span else { return nil }
      if b.last < a.first, let later = last.withYear(year + 1).span { b = later }
      return (a.first, b.last)
    case (nil, nil):
      guard let a = span(of: first), var b = last.withYear(a.first.year).span else { return nil }
      if b.last < a.first, let later = last.withYear(a.first.year + 1).span { b = later }
      return (a.first, b.last)
    }
  }
}
