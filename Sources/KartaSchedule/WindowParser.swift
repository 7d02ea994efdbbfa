/// Reads the window expressions of a deadline phrase: dates, days, months, ranges, quarters,
/// "до D", "с D по D", "в течение …", "по состоянию на D до D", lists of these, and labels.
struct WindowParser {
  let tokens: [LexedToken]
  let characters: [Unicode.Scalar]
  let context: DeadlineContext
  private let years: YearResolver
  private(set) var index: Int
  /// Set when the phrase names a day that does not exist.
  private(set) var impossibleDate: String?
  /// Notes on the reading (times converted, years inferred).
  private(set) var notes: [String] = []

  /// For each «(», its «)» (see `matchParentheses`).
  private let closing: [Int]

  init(
    tokens: [LexedToken], characters: [Unicode.Scalar], context: DeadlineContext, start: Int = 0,
    closing: [Int]? = nil
  ) {
    self.tokens = tokens
    self.closing = closing ?? WindowParser.matchParentheses(tokens)
    self.characters = characters
    self.context = context
    self.years = YearResolver(period: context.period)
    self.index = start
  }

  // MARK: Lists

  /// Reads as many window items as follow each other, with their separators and labels.
  mutating func parseList() -> [Window] {
    var windows: [Window] = []
    var previousDue: CivilDate?
    while index < tokens.count {
      let mark = index
      skipSeparators()
      guard index < tokens.count, let item = parseItem(previousDue: previousDue) else {
        index = mark
        break
      }
      var produced = item
      parseTrailers(into: &produced)
      // Labelled deadlines («до 01.02.2024 (ГИА-11) до 01.03.2024 (ГИА-9)») are for different groups,
      // so each runs from the plan's start rather than from the previous one's due date.
      if let previousDue, produced.count == 1, produced[0].label != nil, produced[0].start == previousDue.adding(days: 1) {
        produced[0].start = min(context.openStart, produced[0].due)
      }
      windows += produced
      previousDue = produced.last?.due
    }
    while index < tokens.count, [PhraseToken.period, .comma, .semicolon].contains(tokens[index].token) { index += 1 }
    return windows
  }

  private mutating func skipSeparators() {
    while index < tokens.count {
      switch tokens[index].token {
      case .comma, .semicolon, .period: index += 1
      case .word("и"): index += 1
      default: return
      }
    }
  }

  /// Labels in parentheses, "включительно", a clock time: what may follow a window.
  private mutating func parseTrailers(into windows: inout [Window]) {
    while index < tokens.count {
      if word(at: index) == "включительно" {
        index += 1
        continue
      }
      if case .time(let hour, let minute) = tokens[index].token {
        index += 1
        applyTime(hour: hour, minute: minute, moscow: consumeZone(), to: &windows)
        continue
      }
      if tokens[index].token == .openParenthesis, let close = closingParenthesis(from: index) {
        let inner = Array(tokens[(index + 1)..<close])
        if let refined = refine(windows, with: inner) {
          windows = refined
        } else if let first = inner.first, let last = inner.last, !windows.isEmpty {
          var label = String.UnicodeScalarView()
          label.append(contentsOf: characters[first.range.lowerBound..<last.range.upperBound])
          windows[windows.count - 1].label = String(label)
        }
        index = close + 1
        continue
      }
      return
    }
  }

  /// A parenthesised window after a year window narrows it: «в 2024 г. (сентябрь-декабрь)».
  private func refine(_ windows: [Window], with inner: [LexedToken]) -> [Window]? {
    guard !inner.isEmpty else { return nil }
    var innerContext = context
    if let last = windows.last, last.start.month == 1, last.start.day == 1, last.due.month == 12, last.due.day == 31,
      last.start.year == last.due.year
    {
      innerContext.period = .calendarYear(last.start.year)
    } else if !windows.isEmpty {
      return nil
    }
    var parser = WindowParser(tokens: inner, characters: characters, context: innerContext)
    let refined = parser.parseList()
    guard !refined.isEmpty, parser.index == inner.count, parser.impossibleDate == nil else { return nil }
    return Array(windows.dropLast()) + refined
  }

  private func closingParenthesis(from open: Int) -> Int? {
    let close = closing[safe: open] ?? -1
    return close >= 0 ? close : nil
  }

  /// For each «(», the index of its «)», or -1; found once per phrase, so that a line of ten
  /// thousand unmatched parentheses does not take quadratic time.
  static func matchParentheses(_ tokens: [LexedToken]) -> [Int] {
    var closing = [Int](repeating: -1, count: tokens.count)
    var open: [Int] = []
    for (position, token) in tokens.enumerated() {
      if token.token == .openParenthesis {
        open.append(position)
      } else if token.token == .closeParenthesis, let start = open.popLast() {
        closing[start] = position
      }
    }
    return closing
  }

  // MARK: Items

  private mutating func parseItem(previousDue: CivilDate?) -> [Window]? {
    guard index < tokens.count else { return nil }
    let mark = index
    if tokens[index].token == .openParenthesis, let close = closingParenthesis(from: index) {
      var inner = WindowParser(
        tokens: Array(tokens[(index + 1)..<close]), characters: characters, context: context)
      let windows = inner.parseList()
      impossibleDate = impossibleDate ?? inner.impossibleDate
      if !windows.isEmpty, inner.index == close - index - 1 {
        index = close + 1
        return windows
      }
      index = mark
      return nil
    }
    // "в срок", "срок", "срок:" lead into the expression.
    if word(at: index) == "в", word(at: index + 1) == "срок" { index += 2 }
    if word(at: index) == "срок" { index += 1 }
    while index < tokens.count, tokens[index].token == .colon || tokens[index].token == .dash { index += 1 }
    if let windows = parseCheckpoint() ?? parseFromTo() ?? parseDeadline(previousDue: previousDue)
      ?? parseDuring() ?? parsePointOrRange(previousDue: previousDue)
    {
      return windows
    }
    index = mark
    return nil
  }

  /// «по состоянию на 30 июня 2024 года до 15 июля 2024 года»
  private mutating func parseCheckpoint() -> [Window]? {
    let mark = index
    guard word(at: index) == "по", word(at: index + 1) == "состоянию", word(at: index + 2) == "на" else { return nil }
    index += 3
    guard let asOfPoint = parsePoint(), let asOf = years.span(of: asOfPoint)?.last else {
      index = mark
      return nil
    }
    guard consumeUntilWord(), let duePoint = parsePoint(), let due = span(of: duePoint, after: asOf)?.last else {
      index = mark
      return nil
    }
    return [window(start: asOf, due: due, asOf: asOf, label: "по состоянию на \(asOf.russian)")]
  }

  /// «с 1 по 15 мая», «с 01.09.2024 по 31.12.2024», «С 10.03.2024 до 12.05.2024»
  private mutating func parseFromTo() -> [Window]? {
    let mark = index
    guard word(at: index) == "с" else { return nil }
    index += 1
    // «с 1 по 15 мая»: the first day borrows the second's month.
    if case .number(let firstDay, _) = tokens[safe: index]?.token, (1...31).contains(firstDay),
      word(at: index + 1) == "по" || word(at: index + 1) == "до"
    {
      index += 2
      if let end = parsePoint(), case .day(let lastDay, let month, let year) = end, firstDay <= lastDay,
        let span = years.span(from: .day(firstDay, month: month, year: year), to: end)
      {
        return [window(start: span.first, due: span.last)]
      }
      index = mark
      return nil
    }
    guard let first = parsePoint() else {
      index = mark
      return nil
    }
    guard word(at: index) == "по" || word(at: index) == "до" || tokens[safe: index]?.token == .dash else {
      index = mark
      return nil
    }
    index += 1
    guard let last = parsePoint(), let span = years.span(from: first, to: last) else {
      index = mark
      return nil
    }
    return [window(start: span.first, due: span.last)]
  }

  /// «до 22 апреля 2024 года», «не позднее 25.12.2023», «до конца года», «по 15 мая»
  private mutating func parseDeadline(previousDue: CivilDate?) -> [Window]? {
    let mark = index
    var exclusive = false
    if word(at: index) == "до" {
      exclusive = context.untilIsExclusive
      index += 1
    } else if word(at: index) == "не", word(at: index + 1) == "позднее" || word(at: index + 1) == "позже" {
      index += 2
    } else if word(at: index) == "по", word(at: index + 1) != "состоянию" {
      index += 1
    } else {
      return nil
    }
    var time: (hour: Int, minute: Int, moscow: Bool)?
    if case .time(let hour, let minute) = tokens[safe: index]?.token {
      index += 1
      time = (hour, minute, consumeZone())
    }
    var due: CivilDate?
    if word(at: index) == "конца" {
      index += 1
      exclusive = false
      due = parseSpanAfterUntilEnd()?.last
    } else if let point = parsePoint(), point.isDay {
      due = span(of: point, after: previousDue)?.last
    }
    guard var dueDate = due else {
      index = mark
      return nil
    }
    if word(at: index) == "включительно" {
      exclusive = false
      index += 1
    }
    let timeFollows: Bool = {
      if case .time = tokens[safe: index]?.token { return true }
      return false
    }()
    if exclusive, time == nil, !timeFollows { dueDate = dueDate.adding(days: -1) }
    let start = min(previousDue.map { $0.adding(days: 1) } ?? context.openStart, dueDate)
    var windows = [window(start: start, due: dueDate)]
    if let time { applyTime(hour: time.hour, minute: time.minute, moscow: time.moscow, to: &windows) }
    return windows
  }

  /// What "до конца" names: «года», «2024 года», «учебного года», «марта», «I квартала».
  private mutating func parseSpanAfterUntilEnd() -> (first: CivilDate, last: CivilDate)? {
    if let word = word(at: index), PhraseVocabulary.isYearWord(word), word != "г" {
      index += 1
      let year = context.openStart.year
      return TimePoint.year(year).span
    }
    if word(at: index).map(PhraseVocabulary.isAcademic) == true, word(at: index + 1).map(PhraseVocabulary.isYearWord) == true {
      index += 2
      return academicYearContainingStart()
    }
    guard let point = parsePoint() else { return nil }
    return years.span(of: point)
  }

  /// «в течение года», «в течение 2023-2024 учебного года», «в течение учебного года», «в течение марта»
  private mutating func parseDuring() -> [Window]? {
    let mark = index
    guard word(at: index) == "в", word(at: index + 1) == "течение" else { return nil }
    index += 2
    if word(at: index) == "всего" || word(at: index) == "всей" { index += 1 }
    if word(at: index) == "календарного" { index += 1 }
    if let word = word(at: index), ["года", "год"].contains(word) {
      index += 1
      return [window(start: context.period.start, due: context.period.end)]
    }
    if word(at: index).map(PhraseVocabulary.isAcademic) == true, word(at: index + 1).map(PhraseVocabulary.isYearWord) == true {
      index += 2
      guard let span = academicYearContainingStart() else { return nil }
      return [window(start: span.first, due: span.last)]
    }
    if let point = parsePoint(), let span = years.span(of: point) {
      return [window(start: span.first, due: span.last)]
    }
    index = mark
    return nil
  }

  /// A point alone («март», «01.03.2024», «II квартал 2024 года») or a range of two («март-апрель 2024 года»).
  private mutating func parsePointOrRange(previousDue: CivilDate?) -> [Window]? {
    let mark = index
    if word(at: index) == "в" || word(at: index) == "во" { index += 1 }
    // «25-26 января», «1-15 апреля»: a day range sharing one month.
    if case .number(let firstDay, _) = tokens[safe: index]?.token, (1...31).contains(firstDay),
      tokens[safe: index + 1]?.token == .dash, case .number = tokens[safe: index + 2]?.token
    {
      let rangeMark = index
      index += 2
      if let end = parsePoint(), case .day(let lastDay, let month, let year) = end, firstDay <= lastDay,
        let span = years.span(from: .day(firstDay, month: month, year: year), to: end)
      {
        return [window(start: span.first, due: span.last)]
      }
      index = rangeMark
    }
    guard let first = parsePoint() else {
      index = mark
      return nil
    }
    if tokens[safe: index]?.token == .dash || tokens[safe: index]?.token == .dots {
      let dashMark = index
      index += 1
      if let last = parsePoint(), let span = years.span(from: first, to: last) {
        return [window(start: span.first, due: span.last)]
      }
      index = dashMark
    }
    if first.isDay {
      guard let due = span(of: first, after: previousDue)?.last else { return nil }
      let start = min(previousDue.map { $0.adding(days: 1) } ?? context.openStart, due)
      return [window(start: start, due: due)]
    }
    guard let span = years.span(of: first) else {
      index = mark
      return nil
    }
    return [window(start: span.first, due: span.last)]
  }

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
        return .month(month, year: parseOptionalYear())
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

  /// After an ordinal: «квартал» or «полугодие», then an optional year.
  private mutating func parsePart(_ ordinal: Int) -> TimePoint? {
    guard let word = word(at: index) else { return nil }
    if PhraseVocabulary.isQuarter(word) {
      index += 1
      return .quarter(ordinal, year: parseOptionalYear())
    }
    if PhraseVocabulary.isHalfYear(word), ordinal <= 2 {
      index += 1
      return .half(ordinal, year: parseOptionalYear())
    }
    return nil
  }

  /// After a four-digit year: «2023-2024 учебного года», «2023/2024 учебный год», or the year itself.
  private mutating func parseYearOrAcademic(_ year: Int) -> TimePoint {
    if tokens[safe: index]?.token == .dash || tokens[safe: index]?.token == .slash,
      case .number(let next, 4) = tokens[safe: index + 1]?.token, next == year + 1,
      word(at: index + 2).map(PhraseVocabulary.isAcademic) == true
    {
      index += 3
      skipYearWords()
      return .academicYear(year)
    }
    if word(at: index).map(PhraseVocabulary.isAcademic) == true, word(at: index + 1).map(PhraseVocabulary.isYearWord) == true {
      index += 2
      return .academicYear(year)
    }
    skipYearWords()
    return .year(year)
  }

  private mutating func parseOptionalYear() -> Int? {
    guard case .number(let year, 4) = tokens[safe: index]?.token, (1900...2999).contains(year) else { return nil }
    // «2023-2024 учебного года» after a month is not a year of that month.
    if tokens[safe: index + 1]?.token == .dash, case .number(_, 4) = tokens[safe: index + 2]?.token { return nil }
    index += 1
    skipYearWords()
    return year
  }

  private mutating func skipYearWords() {
    if let word = word(at: index), PhraseVocabulary.isYearWord(word) {
      index += 1
      if tokens[safe: index]?.token == .period, word == "г" || word == "гг" { index += 1 }
    }
  }

  private mutating func skipAbbreviationDot() {
    if tokens[safe: index]?.token == .period, let previous = tokens[index - 1].token.word, previous.count <= 4,
      PhraseVocabulary.month(previous) != nil
    {
      index += 1
    }
  }

  // MARK: Helpers

  private mutating func consumeUntilWord() -> Bool {
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
  private func span(of point: TimePoint, after: CivilDate?) -> (first: CivilDate, last: CivilDate)? {
    guard var span = years.span(of: point) else { return nil }
    if point.year == nil, let after, span.last < after, let later = point.withYear(span.first.year + 1).span {
      span = later
    }
    return span
  }

  private func academicYearContainingStart() -> (first: CivilDate, last: CivilDate)? {
    let start = context.openStart
    return TimePoint.academicYear(start.month >= 9 ? start.year : start.year - 1).span
  }

  private func window(start: CivilDate, due: CivilDate, asOf: CivilDate? = nil, label: String? = nil) -> Window {
    Window(start: start, due: due, label: label, asOf: asOf)
  }

  /// Reads «мск», «(мск)», «по московскому времени» or «по местному времени» after a clock time;
  /// returns whether the time is Moscow time.
  private mutating func consumeZone() -> Bool {
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

  private mutating func applyTime(hour: Int, minute: Int, moscow: Bool, to windows: inout [Window]) {
    guard !windows.isEmpty else { return }
    let last = windows.count - 1
    let due = windows[last].due
    let local = ClockTime.convert(
      hour: hour, minute: minute, on: due, from: moscow ? "Europe/Moscow" : context.timeZone, to: context.timeZone)
    // The due date stays the document's day (Civil Code art. 193 applies to it); the clock time is
    // given in the plan's zone, with the local day when the conversion crosses midnight.
    if local.date != due {
      notes.append("\(ClockTime.text(hour, minute)) Moscow time on \(due.russian) is \(local.text) on \(local.date.russian) in \(context.timeZone)")
      windows[last].dueTime = "\(local.text) (\(local.date.russian))"
    } else {
      if moscow, context.timeZone != "Europe/Moscow" {
        notes.append("\(ClockTime.text(hour, minute)) Moscow time is \(local.text) in \(context.timeZone)")
      }
      windows[last].dueTime = local.text
    }
  }

  private func word(at position: Int) -> String? {
    tokens[safe: position]?.token.word
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}
