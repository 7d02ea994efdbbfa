/// Points, spans and the small readers the window grammar is built from.
extension WindowParser {
  // MARK: Points

  /// Reads one point: a date, a day and month, a month, a quarter or half-year, a year or an academic year.
  mutating func parsePoint() -> TimePoint? {
    guard index < tokens.count else { return nil }
    let mark = index
    switch tokens[index].token {
    case .date(let date, let text):
      index += 1
      skipYearWords()
      guard let date else {
        impossibleDate = impossibleDate ?? text
        return nil
      }
      return .date(date)
    case .number(let value, let digits):
      index += 1
      if digits == 4, (1900...2999).contains(value) { return parseYearOrAcademic(value) }
      if (1...31).contains(value), let month = word(at: index).flatMap(PhraseVocabulary.month) {
        index += 1
        skipAbbreviationDot()
        let monthWord = tokens[index - 1].token.word ?? ""
        let year = parseOptionalYear()
        guard CivilDate(year: year ?? 2024, month: month, day: value) != nil else {
          impossibleDate = impossibleDate ?? "\(value) \(monthWord)"
          return nil
        }
        return .day(value, month: month, year: year)
      }
      // «до 15.05»: a day and a month of two digits each, without a year (not «15.05.24»).
      if digits == 2, tokens[safe: index]?.token == .period,
        case .number(let month, 2) = tokens[safe: index + 1]?.token,
        (1...12).contains(month), tokens[safe: index - 2]?.token != .period,
        tokens[safe: index + 2]?.token != .period || tokens[safe: index + 3]?.token.carriesValue != true
      {
        guard CivilDate(year: 2024, month: month, day: value) != nil else {
          impossibleDate = impossibleDate ?? String(format: "%02d.%02d", value, month)
          return nil
        }
        index += 2
        return .day(value, month: month, year: parseTrailingYear())
      }
      // «1 квартал», «2-е полугодие», «1-й квартал»
      if (1...4).contains(value) {
        if tokens[safe: index]?.token == .dash, let suffix = word(at: index + 1), suffix.count <= 2 { index += 2 }
        if let point = parsePart(value) { return point }
      }
      index = mark
      return nil
    case .word(let word):
      if let month = PhraseVocabulary.month(word) {
        index += 1
        skipAbbreviationDot()
        return .month(month, year: parseTrailingYear())
      }
      if let ordinal = PhraseVocabulary.ordinal(word) {
        index += 1
        if let point = parsePart(ordinal) { return point }
      }
      index = mark
      return nil
    default:
      return nil
    }
  }

  /// After an ordinal: «квартал» (or «кв.») or «полугодие», then an optional year.
  mutating func parsePart(_ ordinal: Int) -> TimePoint? {
    guard let word = word(at: index) else { return nil }
    if PhraseVocabulary.isQuarter(word) {
      index += 1
      if word == "кв", tokens[safe: index]?.token == .period { index += 1 }
      return .quarter(ordinal, year: parseOptionalYear())
    }
    if PhraseVocabulary.isHalfYear(word), ordinal <= 2 {
      index += 1
      return .half(ordinal, year: parseOptionalYear())
    }
    if word.hasPrefix("четверт") {
      index += 1
      return .term(ordinal, year: nil)
    }
    return nil
  }

  /// «I-II квартал», «III–IV кварталы 2024 года», «1-2 квартал»: quarters or half-years that share
  /// one word and one year.
  mutating func parsePartRange() -> (first: TimePoint, last: TimePoint)? {
    guard let first = ordinal(at: index), tokens[safe: index + 1]?.token == .dash, let second = ordinal(at: index + 2),
      first < second
    else { return nil }
    let mark = index
    index += 3
    switch parsePart(second) {
    case .quarter(_, let year): return (.quarter(first, year: year), .quarter(second, year: year))
    case .half(_, let year): return (.half(first, year: year), .half(second, year: year))
    case .term(_, let year): return (.term(first, year: year), .term(second, year: year))
    default:
      index = mark
      return nil
    }
  }

  /// The ordinal a token spells: a number 1–4, «I»–«IV», «первый»…
  func ordinal(at position: Int) -> Int? {
    switch tokens[safe: position]?.token {
    case .number(let value, let digits) where digits == 1 && (1...4).contains(value): value
    case .word(let word): PhraseVocabulary.ordinal(word)
    default: nil
    }
  }

  /// After a four-digit year: «2023-2024 учебного года», «2023/2024 учебный год», or the year itself.
  mutating func parseYearOrAcademic(_ year: Int) -> TimePoint {
    if tokens[safe: index]?.token == .dash || tokens[safe: index]?.token == .slash,
      case .number(let next, 4) = tokens[safe: index + 1]?.token, next == year + 1,
      word(at: index + 2).map(PhraseVocabulary.isAcademic) == true
    {
      index += 3
      skipYearWords()
      return .academicYear(year)
    }
    if word(at: index).map(PhraseVocabulary.isAcademic) == true,
      word(at: index + 1).map(PhraseVocabulary.isYearWord) == true
    {
      index += 2
      return .academicYear(year)
    }
    skipYearWords()
    return .year(year)
  }

  /// The year after a day or month: «2024 года», or one set off by a comma with nothing after it
  /// but the word «год» («Май, 2024», «15.05, 2024»).
  mutating func parseTrailingYear() -> Int? {
    if let year = parseOptionalYear() { return year }
    guard tokens[safe: index]?.token == .comma, case .number(let year, 4) = tokens[safe: index + 1]?.token,
      PlanPeriod.supportedYears.contains(year),
      tokens[safe: index + 2].map({ $0.token.word.map(PhraseVocabulary.isYearWord) ?? false }) ?? true
    else { return nil }
    index += 2
    skipYearWords()
    return year
  }

  mutating func parseOptionalYear() -> Int? {
    guard case .number(let year, 4) = tokens[safe: index]?.token, (1900...2999).contains(year) else { return nil }
    // «2023-2024 учебного года» after a month is not a year of that month.
    if tokens[safe: index + 1]?.token == .dash, case .number(_, 4) = tokens[safe: index + 2]?.token { return nil }
    index += 1
    skipYearWords()
    return year
  }

  mutating func skipYearWords() {
    if let word = word(at: index), PhraseVocabulary.isYearWord(word) {
      index += 1
      if tokens[safe: index]?.token == .period, word == "г" || word == "гг" { index += 1 }
    }
  }

  mutating func skipAbbreviationDot() {
    if tokens[safe: index]?.token == .period, let previous = tokens[index - 1].token.word, previous.count <= 4,
      PhraseVocabulary.month(previous) != nil
    {
      index += 1
    }
  }

  // MARK: Helpers

  mutating func consumeUntilWord() -> Bool {
    if word(at: index) == "до" {
      index += 1
      return true
    }
    if word(at: index) == "не", word(at: index + 1) == "позднее" {
      index += 2
      return true
    }
    return false
  }

  /// The span of a point; a day without a year that would fall before `after` moves a year on.
  func span(of point: TimePoint, after: CivilDate?) -> (first: CivilDate, last: CivilDate)? {
    guard var span = years.span(of: point) else { return nil }
    if point.year == nil, let after, span.last < after, let later = point.withYear(span.first.year + 1).span {
      span = later
    }
    return span
  }

  func academicYearContainingStart() -> (first: CivilDate, last: CivilDate)? {
    let start = context.openStart
    return TimePoint.academicYear(start.month >= 9 ? start.year : start.year - 1).span
  }

  func window(start: CivilDate, due: CivilDate, asOf: CivilDate? = nil, label: String? = nil) -> Window {
    Window(start: start, due: due, label: label, asOf: asOf)
  }

  /// Reads «мск», «(мск)», «по московскому времени» or «по местному времени» after a clock time;
  /// returns whether the time is Moscow time.
  mutating func consumeZone() -> Bool {
    if let zone = word(at: index), ["мск", "msk"].contains(zone) {
      index += 1
      return true
    }
    if word(at: index) == "по", let zone = word(at: index + 1), word(at: index + 2) == "времени" {
      index += 3
      return zone.hasPrefix("московск")
    }
    if tokens[safe: index]?.token == .openParenthesis, word(at: index + 1) == "мск",
      tokens[safe: index + 2]?.token == .closeParenthesis
    {
      index += 3
      return true
    }
    return false
  }

  mutating func applyTime(hour: Int, minute: Int, moscow: Bool, to windows: inout [Window]) {
    guard !windows.isEmpty else { return }
    let last = windows.count - 1
    let due = windows[last].due
    let zone = moscow ? "Europe/Moscow" : context.timeZone
    // The due date stays the document's day (the days-off rule applies to it); the time keeps the
    // zone it is written in, and the plan's local time is given beside it.
    windows[last].dueTime = ClockTime.text(hour, minute)
    windows[last].dueZone = zone
    guard zone != context.timeZone else { return }
    let local = ClockTime.convert(hour: hour, minute: minute, on: due, from: zone, to: context.timeZone)
    if local.date != due {
      notes.append(
        "\(ClockTime.text(hour, minute)) Moscow time on \(due.russian) is \(local.text) on \(local.date.russian) in \(context.timeZone)"
      )
      windows[last].localDueTime = "\(local.text) (\(local.date.russian))"
    } else {
      notes.append("\(ClockTime.text(hour, minute)) Moscow time is \(local.text) in \(context.timeZone)")
      windows[last].localDueTime = local.text
    }
  }

  func word(at position: Int) -> String? {
    tokens[safe: position]?.token.word
  }
}
