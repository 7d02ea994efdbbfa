import Foundation

/// A calendar date with no time of day and no time zone: the date an order writes.
/// Arithmetic is done on day numbers, so there are no daylight-saving or midnight surprises.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The year, such as 2024.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// Creates a date, or returns `nil` when there is no such day (31.02.2024, 29.02.2023).
  /// (Inlinable, as `dayNumber`: status files hold millions of dates.)
  @inlinable
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads `dd.mm.yyyy` (as Russian documents write dates) or ISO `yyyy-mm-dd`.
  public init?(parsing text: Substring) {
    self.init(parsing: String(text))
  }

  /// Reads `dd.mm.yyyy` (as Russian documents write dates) or ISO `yyyy-mm-dd`.
  public init?(parsing text: String) {
    var text = text
    let fast = text.withUTF8 { CivilDate.exactDate($0) }
    if let fast {
      self = fast
      return
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    let dashed = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    if dotted.count == 3, dotted[0].count <= 2, dotted[1].count <= 2, dotted[2].count == 4,
      let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2])
    {
      self.init(year: year, month: month, day: day)
    } else if dashed.count == 3, dashed[0].count == 4, dashed[1].count == 2, dashed[2].count == 2,
      let year = Int(dashed[0]), let month = Int(dashed[1]), let day = Int(dashed[2])
    {
      self.init(year: year, month: month, day: day)
    } else {
      return nil
    }
  }

  /// Reads exactly `yyyy-mm-dd` or `dd.mm.yyyy` from UTF-8 without allocating: status files hold
  /// millions of dates. `nil` when the text has another shape or names no day.
  static func exactDate(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
    guard bytes.count == 10 else { return nil }
    func digit(_ index: Int) -> Int? {
      let byte = bytes[index]
      return byte >= 48 && byte <= 57 ? Int(byte) - 48 : nil
    }
    func number(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for index in from..<(from + count) {
        guard let digit = digit(index) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    if bytes[4] == 45, bytes[7] == 45, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) {
      return CivilDate(year: year, month: month, day: day)
    }
    if bytes[2] == 46, bytes[5] == 46, let day = number(0, 2), let month = number(3, 2), let year = number(6, 4) {
      return CivilDate(year: year, month: month, day: day)
    }
    return nil
  }

  /// Whether `year` has a 29 February.
  @inlinable
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  @inlinable
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1 January 1970 (negative before it).
  @inlinable
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  /// The date `dayNumber` days after 1 January 1970.
  public init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    self.day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    self.month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.year = yearOfEra + era * 400 + (self.month <= 2 ? 1 : 0)
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// The day of the week, 1 = Monday … 7 = Sunday.
  public var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

  /// ISO `yyyy-mm-dd`.
  public var description: String { iso }

  /// ISO `yyyy-mm-dd`.
  public var iso: String {
    "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `dd.mm.yyyy`, as Russian documents write it.
  public var russian: String {
    // Written as ten ASCII bytes: reports and exports write millions of dates.
    guard (1...9999).contains(year) else { return "\(pad(day, 2)).\(pad(month, 2)).\(pad(year, 4))" }
    return String(unsafeUninitializedCapacity: 10) { buffer in
      func put(_ value: Int, _ width: Int, at start: Int) {
        var rest = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
          buffer[index] = UInt8(0x30 + rest % 10)
          rest /= 10
        }
      }
      put(day, 2, at: 0)
      buffer[2] = 0x2E
      put(month, 2, at: 3)
      buffer[5] = 0x2E
      put(year, 4, at: 6)
      return 10
    }
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = CivilDate(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date: '\(text)'"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
