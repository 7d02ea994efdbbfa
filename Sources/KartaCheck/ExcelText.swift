import KartaSchedule

/// What Excel does to ids like `1.1` and `8.10`, and how Karta keeps them and recognises them.
/// Russian Excel reads such a cell as a date (1 January, 8 October) and saves it back as `01.янв`
/// or `08.окт`, or as the day's serial number (`44927`) when the column is formatted as a number.
public enum ExcelText {
  /// Digits with at least one `.` or `,` between them, as short as a date: what Excel converts.
  public static func isDateLike(_ text: String) -> Bool {
    guard text.count <= 12, let first = text.first, let last = text.last, first.isASCII, first.isNumber,
      last.isASCII, last.isNumber, text.contains(where: { $0 == "." || $0 == "," })
    else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
  }

  /// `text` as a formula Excel shows as text: `="1.1"`, for ids Excel would convert; others as they are.
  public static func keptAsText(_ text: String) -> String {
    isDateLike(text) ? "=\"" + text + "\"" : text
  }

  /// The text inside `="…"`, when a cell holds one Karta wrote (or Excel kept); `nil` otherwise.
  public static func unwrapped(_ cell: String) -> String? {
    guard cell.hasPrefix("=\""), cell.hasSuffix("\""), cell.count >= 3 else { return nil }
    let inner = String(cell.dropFirst(2).dropLast())
    return isDateLike(inner) ? inner : nil
  }

  private static let months = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]

  /// The id an Excel date probably was: `08.янв` → `8.1`, `01.авг` → `1.8`, `44934` (a serial day
  /// number of 2023–2030) → the day and month it stands for; `nil` when `text` is no such date.
  public static func originalID(ofConverted text: String) -> String? {
    let parts = text.lowercased().split(separator: ".", omittingEmptySubsequences: false)
    if parts.count == 2, let day = Int(parts[0]), (1...31).contains(day),
      let month = months.firstIndex(where: { parts[1].hasPrefix($0) })
    {
      return "\(day).\(month + 1)"
    }
    if text.count == 5, let serial = Int(text), (44_927...47_483).contains(serial) {
      // Excel counts days from 30 December 1899.
      let date = CivilDate(dayNumber: serial - 25_569)
      return "\(date.day).\(date.month)"
    }
    return nil
  }
}
