import Foundation

/// The span a plan runs over: a calendar year, an academic year (1 September – 31 August),
/// or an explicit range of dates.
public enum PlanPeriod: Hashable, Sendable, CustomStringConvertible {
  /// 1 January – 31 December of the year.
  case calendarYear(Int)
  /// 1 September of the first year – 31 August of the next.
  case academicYear(Int)
  /// From the first date to the second, both included.
  case range(CivilDate, CivilDate)

  /// The years a plan may run in.
  public static let supportedYears = 1900...2999
  /// The longest range a plan may cover, in years: a national programme runs for a decade or so;
  /// a range of centuries is a typing error, and would expand into millions of obligations.
  public static let maximumYears = 30

  /// Reads `2024`, `2023/2024` (or `2023-2024`), or `D..D` with dates in `dd.mm.yyyy` or ISO.
  public init?(parsing text: some StringProtocol) {
    let trimmed = String(text).trimmingCharacters(in: .whitespaces)
    if let year = Int(trimmed), Self.supportedYears.contains(year) {
      self = .calendarYear(year)
      return
    }
    if let range = trimmed.range(of: "..") {
      guard let start = CivilDate(parsing: trimmed[..<range.lowerBound]),
        let end = CivilDate(parsing: trimmed[range.upperBound...]), start <= end,
        Self.supportedYears.contains(start.year), Self.supportedYears.contains(end.year),
        (end.year * 12 + end.month) - (start.year * 12 + start.month) < Self.maximumYears * 12
      else { return nil }
      self = .range(start, end)
      return
    }
    for separator in ["/", "-", "–"] {
      let parts = trimmed.components(separatedBy: separator)
      if parts.count == 2, let first = Int(parts[0].trimmingCharacters(in: .whitespaces)),
        let second = Int(parts[1].trimmingCharacters(in: .whitespaces)), second == first + 1,
        Self.supportedYears.contains(first)
      {
        self = .academicYear(first)
        return
      }
    }
    return nil
  }

  /// The first day of the period.
  public var start: CivilDate {
    switch self {
    case .calendarYear(let year): CivilDate(year: year, month: 1, day: 1) ?? CivilDate(dayNumber: 0)
    case .academicYear(let year): CivilDate(year: year, month: 9, day: 1) ?? CivilDate(dayNumber: 0)
    case .range(let start, _): start
    }
  }

  /// The last day of the period.
  public var end: CivilDate {
    switch self {
    case .calendarYear(let year): CivilDate(year: year, month: 12, day: 31) ?? CivilDate(dayNumber: 0)
    case .academicYear(let year): CivilDate(year: year + 1, month: 8, day: 31) ?? CivilDate(dayNumber: 0)
    case .range(_, let end): end
    }
  }

  /// Whether `date` falls inside the period.
  public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

  /// The period as a plan writes it.
  public var description: String {
    switch self {
    case .calendarYear(let year): "\(year)"
    case .academicYear(let year): "\(year)/\(year + 1)"
    case .range(let start, let end): "\(start.russian)..\(end.russian)"
    }
  }
}
