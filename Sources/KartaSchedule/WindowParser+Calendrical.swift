/// Window forms that name days by the calendar rather than by number: a weekday of a month, a
/// list of days of one month, and windows that only open.
extension WindowParser {
  /// «во вторую среду февраля», «в первую среду декабря 2024 года», «в последнюю пятницу марта»:
  /// that one day.
  mutating func parseWeekdayOfMonth(previousDue: CivilDate?) -> [Window]? {
    guard let first = word(at: index), let ordinal = PhraseVocabulary.weekdayOrdinal(first),
      let second = word(at: index + 1), let weekday = PhraseVocabulary.weekday(second),
      let third = word(at: index + 2), PhraseVocabulary.month(third) != nil
    else { return nil }
    let mark = index
    index += 2
    guard let point = parsePoint(), case .month = point, let span = span(of: point, after: previousStart) else {
      index = mark
      return nil
    }
    var matching: [CivilDate] = []
    var day = span.first
    while day <= span.last {
      if day.weekday == weekday { matching.append(day) }
      day = day.adding(days: 1)
    }
    let chosen = ordinal > 0 ? matching[safe: ordinal - 1] : matching.last
    guard let date = chosen else {
      index = mark
      return nil
    }
    let start = min(previousDue.map { $0.adding(days: 1) } ?? context.openStart, date)
    return [window(start: start, due: date)]
  }

  /// «4, 9 и 23 сентября», «3 и 4 июля 2024 года»: one window a day, each from the day after the
  /// one before (the first from the window start).
  mutating func parseDayList(previousDue: CivilDate?) -> [Window]? {
    guard case .number(let firstDay, _) = tokens[safe: index]?.token, (1...31).contains(firstDay),
      isDayListSeparator(at: index + 1)
    else { return nil }
    let mark = index
    var days = [firstDay]
    var position = index + 1
    while isDayListSeparator(at: position) {
      var next = position + 1
      if tokens[safe: position]?.token == .comma, word(at: next) == "и" { next += 1 }
      guard case .number(let day, _) = tokens[safe: next]?.token, (1...31).contains(day) else { return nil }
      position = next + 1
      if word(at: position).flatMap(PhraseVocabulary.month) != nil {
        index = next
        guard let point = parsePoint(), case .day(_, let month, let year) = point else {
          index = mark
          return nil
        }
        days.append(day)
        var windows: [Window] = []
        var previous = previousDue
        for listed in days {
          guard let span = span(of: .day(listed, month: month, year: year), after: previous) else {
            impossibleDate = impossibleDate ?? "\(listed).\(month)"
            index = mark
            return nil
          }
          let start = min(previous.map { $0.adding(days: 1) } ?? context.openStart, span.last)
          windows.append(window(start: start, due: span.last))
          previous = span.last
        }
        return windows
      }
      days.append(day)
    }
    return nil
  }

  private func isDayListSeparator(at position: Int) -> Bool {
    tokens[safe: position]?.token == .comma || word(at: position) == "и"
  }

  /// «с 15 мая 2024 года», «С 14.03.2023», «начиная с 1 сентября»: a window that opens on that day
  /// and, as the phrase gives no end, closes at the end of the period (or on the day itself when it
  /// lies beyond the period).
  mutating func parseStartOnly(after first: TimePoint) -> [Window]? {
    guard let span = years.span(of: first) else { return nil }
    let end = max(context.period.end, span.first)
    notes.append(
      end == context.period.end
        ? "opens on \(span.first.russian); the phrase gives no end, so the window closes at the end of the period, "
          + end.russian
        : "opens on \(span.first.russian), after the period ends (\(context.period.end.russian)): a window of that day")
    return [window(start: span.first, due: end)]
  }

  /// «не ранее 20 апреля 2024 года»: a window that opens on that day (see `parseStartOnly`).
  mutating func parseNotBefore() -> [Window]? {
    guard word(at: index) == "не", word(at: index + 1) == "ранее" || word(at: index + 1) == "раньше" else {
      return nil
    }
    let mark = index
    index += 2
    guard let point = parsePoint(), let windows = parseStartOnly(after: point) else {
      index = mark
      return nil
    }
    return windows
  }
}

extension PhraseVocabulary {
  /// The weekday (1 = Monday … 7 = Sunday) a word names, in any case: «среду», «пятницам».
  static func weekday(_ word: String) -> Int? {
    let stems = [
      ("понедельник", 1), ("вторник", 2), ("сред", 3), ("четверг", 4), ("пятниц", 5), ("суббот", 6),
      ("воскресень", 7), ("воскресен", 7),
    ]
    for (stem, day) in stems where word.hasPrefix(stem) { return day }
    return nil
  }

  /// The place of a weekday in its month an ordinal gives: 1–5, or −1 for «последнюю».
  static func weekdayOrdinal(_ word: String) -> Int? {
    if word.hasPrefix("последн") { return -1 }
    if word.hasPrefix("пят") && !word.hasPrefix("пятниц") { return 5 }
    if word.hasPrefix("вторник") || word.hasPrefix("четверг") { return nil }
    return ordinal(word)
  }
}
