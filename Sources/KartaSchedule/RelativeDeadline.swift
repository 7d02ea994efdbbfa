/// A deadline counted from an event rather than written as a date: «за 3 дня до проведения», «в
/// течение 10 рабочих дней после проведения», «не позднее 5 рабочих дней со дня утверждения».
/// Counting follows Civil Code arts. 190–193: a period in days begins the day after the event and
/// ends on its last day; a period in weeks or months ends on the same weekday or the same-numbered
/// day (the month's last day when it has no such day); working days skip days off.
public struct RelativeRule: Hashable, Sendable {
  /// What a period is counted in.
  public enum Unit: String, Hashable, Sendable {
    case days
    case workingDays = "working-days"
    case weeks
    case months
  }

  /// Whether the deadline falls before or after its anchor.
  public enum Direction: String, Hashable, Sendable {
    case before
    case after
  }

  /// Which end of the anchor's window it counts from: «до начала», «после окончания».
  public enum AnchorEnd: String, Hashable, Sendable {
    case start
    case end
  }

  /// How many units.
  public var amount: Int
  /// The unit.
  public var unit: Unit
  /// Before or after the anchor.
  public var direction: Direction
  /// The anchor's start or end.
  public var anchorEnd: AnchorEnd
  /// The words that name the anchor: «начала экзаменационного периода», «получения сведений».
  public var anchor: String

  /// The rule in words: "2 weeks before the start of «экзаменационного периода»".
  public var description: String {
    let units: String =
      switch unit {
      case .days: amount == 1 ? "day" : "days"
      case .workingDays: amount == 1 ? "working day" : "working days"
      case .weeks: amount == 1 ? "week" : "weeks"
      case .months: amount == 1 ? "month" : "months"
      }
    return "\(amount) \(units) \(direction.rawValue) «\(anchor)» (counted from its \(anchorEnd.rawValue))"
  }

  /// The window an anchor gives: after it, from the anchor's day to the counted day; before it,
  /// from the plan's window start to the counted day.
  public func window(anchor: Window, in context: DeadlineContext) -> Window {
    let from = anchorEnd == .start ? anchor.start : anchor.effectiveDue
    let due = counted(from: from, calendar: context.calendar)
    let start = direction == .after ? min(from, due) : min(context.openStart, due)
    return Window(start: start, due: due, label: anchor.label)
  }

  /// The last day of the period counted from `day`.
  func counted(from day: CivilDate, calendar: ProductionCalendar) -> CivilDate {
    let sign = direction == .after ? 1 : -1
    switch unit {
    case .days: return day.adding(days: sign * amount)
    case .weeks: return day.adding(days: sign * 7 * amount)
    case .months:
      let total = day.year * 12 + (day.month - 1) + sign * amount
      let year = total / 12
      let month = total % 12 + 1
      let last = CivilDate.daysIn(month: month, year: year)
      return CivilDate(year: year, month: month, day: min(day.day, last)) ?? day
    case .workingDays:
      var current = day
      var counted = 0
      // A bounded walk: a year holds no more than 120 days off.
      for _ in 0..<(amount * 3 + 120) where counted < amount {
        current = current.adding(days: sign)
        if calendar.isWorkingDay(current) { counted += 1 }
      }
      return current
    }
  }
}

/// Reads relative deadlines. A phrase is relative when it counts a number of days, weeks or months
/// before or after something named in words; it is never given dates until a plan anchors it.
enum RelativeReader {
  /// Words one of which every relative deadline has: the unit of its period.
  static let unitMarkers = ["дн", "ден", "недел", "месяц", "сутк", "срок"]

  /// Numbers written as words, in the cases these phrases use.
  private static let numberWords: [String: Int] = [
    "один": 1, "одного": 1, "одну": 1, "одна": 1, "два": 2, "двух": 2, "две": 2, "три": 3, "трех": 3, "четыре": 4,
    "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "десять": 10, "десяти": 10,
    "пятнадцать": 15, "пятнадцати": 15, "тридцать": 30, "тридцати": 30,
  ]
  /// «в недельный срок», «в месячный срок», «в десятидневный срок».
  private static let termAdjectives: [String: (Int, RelativeRule.Unit)] = [
    "недельный": (1, .weeks), "двухнедельный": (2, .weeks), "месячный": (1, .months), "трехдневный": (3, .days),
    "пятидневный": (5, .days), "десятидневный": (10, .days), "двухдневный": (2, .days),
  ]
  /// Words that join the period to the event after it.
  private static let afterConnectors = ["после", "со", "с", "от", "по"]

  static func read(_ phrase: String, tokens: [LexedToken]) -> Schedule? {
    let words = tokens.map { $0.token.word ?? ($0.token.carriesValue ? "#" : "") }
    var position = 0
    func word(_ offset: Int = 0) -> String? { words[safe: position + offset] }
    // Leading words: «не позднее (чем)», «в течение», «в срок (не позднее)», «через».
    let leading: Set<String> = ["не", "позднее", "позже", "чем", "в", "течение", "срок", "через", "до", "истечения"]
    while let current = word(), leading.contains(current) { position += 1 }
    var direction: RelativeRule.Direction = .after
    if word() == "за" {
      direction = .before
      position += 1
    }
    // The amount and the unit: «2 недели», «10 рабочих дней», «месяца», «недельный срок».
    var amount = 1
    if case .number(let value, _) = tokens[safe: position]?.token {
      amount = value
      position += 1
    } else if let current = word(), let value = numberWords[current] {
      amount = value
      position += 1
    }
    var unit: RelativeRule.Unit?
    if let current = word(), let (value, termUnit) = termAdjectives[current], word(1) == "срок" {
      amount = value
      unit = termUnit
      position += 2
    } else {
      var working = false
      while let current = word(), current.hasPrefix("рабоч") || current.hasPrefix("календарн") {
        working = working || current.hasPrefix("рабоч")
        position += 1
      }
      if let current = word() {
        if ["день", "дня", "дней", "сутки", "суток"].contains(current) {
          unit = working ? .workingDays : .days
        } else if current.hasPrefix("недел") {
          unit = .weeks
        } else if current.hasPrefix("месяц") {
          unit = .months
        }
        if unit != nil { position += 1 }
      }
    }
    guard let unit, amount > 0, amount <= 366 else { return nil }
    // The connector and the anchor.
    guard let connector = word() else { return nil }
    if direction == .before {
      guard connector == "до" else { return nil }
      position += 1
    } else {
      guard afterConnectors.contains(connector) else { return nil }
      position += 1
      // «со дня», «с даты», «с момента», «после дня»
      if let current = word(), ["дня", "даты", "момента"].contains(current) { position += 1 }
    }
    let rest = words[min(position, words.count)...].filter { !$0.isEmpty && $0 != "#" }
    guard !rest.isEmpty, position <= words.count,
      !tokens[min(position, tokens.count)...].contains(where: { $0.token.carriesValue })
    else { return nil }
    let anchorText = rest.joined(separator: " ")
    let anchorEnd: RelativeRule.AnchorEnd =
      rest.first.map { $0.hasPrefix("начал") } == true
      ? .start
      : rest.first.map { $0.hasPrefix("оконч") || $0.hasPrefix("заверш") } == true
        ? .end : (direction == .before ? .start : .end)
    let rule = RelativeRule(amount: amount, unit: unit, direction: direction, anchorEnd: anchorEnd, anchor: anchorText)
    var schedule = Schedule(phrase: phrase, kind: .relative, reference: anchorText)
    schedule.relative = rule
    schedule.notes = ["counted from «\(anchorText)»: dated once the plan or a status record gives that date"]
    return schedule
  }
}

extension DeadlineReader {
  /// `schedule` (a relative deadline) dated from `anchors`: one window an anchor, each moved off a
  /// day off by the plan's rule. Any other schedule is returned as it is.
  public static func anchored(_ schedule: Schedule, to anchors: [Window], in context: DeadlineContext) -> Schedule {
    guard schedule.kind == .relative, let rule = schedule.relative else { return schedule }
    var dated = schedule
    dated.notes = []
    dated.windows = anchors.map { rule.window(anchor: $0, in: context) }
    dated.windows = dated.windows.map { moveToWorkingDay($0, context: context, notes: &dated.notes) }
    return dated
  }
}
