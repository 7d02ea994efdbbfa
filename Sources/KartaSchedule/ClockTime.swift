import Foundation

/// Converting a clock time written in one zone ("18:00 мск") to the plan's zone.
enum ClockTime {
  /// `hh:mm`.
  static func text(_ hour: Int, _ minute: Int) -> String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }

  /// The date and `hh:mm` in zone `target` of `hour:minute` on `date` in zone `source`.
  static func convert(
    hour: Int, minute: Int, on date: CivilDate, from source: String, to target: String
  )
    -> (date: CivilDate, text: String)
  {
    guard source != target, let from = TimeZone(identifier: source), let to = TimeZone(identifier: target) else {
      return (date, text(hour, minute))
    }
    let secondsSinceEpoch = Double(date.dayNumber * 86_400 + hour * 3_600 + minute * 60)
    let utc = Date(
      timeIntervalSince1970: secondsSinceEpoch
        - Double(from.secondsFromGMT(for: Date(timeIntervalSince1970: secondsSinceEpoch))))
    let local = utc.timeIntervalSince1970 + Double(to.secondsFromGMT(for: utc))
    let days = Int((local / 86_400).rounded(.down))
    let seconds = Int(local) - days * 86_400
    return (CivilDate(dayNumber: days), text(seconds / 3_600, (seconds % 3_600) / 60))
  }
}
