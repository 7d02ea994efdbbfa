/// Reads the window expressions of a deadline phrase: dates, days, months, ranges, quarters,
/// "до D", "с D по D", "в течение …", "по состоянию на D до D", lists of these, and labels.
struct WindowParser {
  let tokens: [LexedToken]
  let characters: [Unicode.Scalar]
  let context: DeadlineContext
  let years: YearResolver
  var index: Int
  /// Set when the phrase names a day that does not exist.
  var impossibleDate: String?
  /// Notes on the reading (times converted, years inferred).
  var notes: [String] = []
  /// The start of the window listed last, while reading a list: a yearless month that ends before
  /// it falls in the next year.
  var previousStart: CivilDate?

  /// For each «(», its «)» (see `matchParentheses`).
  let closing: [Int]

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
      if let previousDue, produced.count == 1, produced[0].label != nil,
        produced[0].start == previousDue.adding(days: 1)
      {
        produced[0].start = min(context.openStart, produced[0].due)
      }
      windows += produced
      previousDue = produced.last?.due
      previousStart = produced.last?.start
    }
    while index < tokens.count, [PhraseToken.period, .comma, .semicolon].contains(tokens[index].token) { index += 1 }
    return windows
  }

  mutating func skipSeparators() {
    while index < tokens.count {
      switch tokens[index].token {
      case .comma, .semicolon, .period: index += 1
      case .word("и"): index += 1
      default: return
      }
    }
  }

  /// Labels in parentheses, "включительно", a clock time: what may follow a window.
  mutating func parseTrailers(into windows: inout [Window]) {
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
      // «до 18:00 мск» after the date, or «(до 18:00 мск)»: the time the window closes.
      if word(at: index) == "до", case .time(let hour, let minute) = tokens[safe: index + 1]?.token, !windows.isEmpty {
        index += 2
        applyTime(hour: hour, minute: minute, moscow: consumeZone(), to: &windows)
        continue
      }
      if tokens[index].token == .openParenthesis, let close = closingParenthesis(from: index), !windows.isEmpty {
        var position = index + 1
        if word(at: position) == "до" { position += 1 }
        if case .time(let hour, let minute) = tokens[safe: position]?.token {
          let mark = index
          index = position + 1
          let moscow = consumeZone()
          if index == close {
            index = close + 1
            applyTime(hour: hour, minute: minute, moscow: moscow, to: &windows)
            continue
          }
          index = mark
        }
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
  func refine(_ windows: [Window], with inner: [LexedToken]) -> [Window]? {
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

  func closingParenthesis(from open: Int) -> Int? {
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

  mutating func parseItem(previousDue: CivilDate?) -> [Window]? {
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
    if word(at: index) == "начиная", word(at: index + 1) == "с" { index += 1 }
    if let windows = parseCheckpoint() ?? parseFromTo() ?? parseNotBefore() ?? parseDeadline(previousDue: previousDue)
      ?? parseDuring() ?? parsePointOrRange(previousDue: previousDue)
    {
      return windows
    }
    index = mark
    return nil
  }

  /// «по состоянию на 30 июня 2024 года до 15 июля 2024 года»
  mutating func parseCheckpoint() -> [Window]? {
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
  mutating func parseFromTo() -> [Window]? {
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
      if let windows = parseStartOnly(after: first) { return windows }
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
  mutating func parseDeadline(previousDue: CivilDate?) -> [Window]? {
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
  mutating func parseSpanAfterUntilEnd() -> (first: CivilDate, last: CivilDate)? {
    if let word = word(at: index), PhraseVocabulary.isYearWord(word), word != "г" {
      index += 1
      let year = context.openStart.year
      return TimePoint.year(year).span
    }
    if word(at: index).map(PhraseVocabulary.isAcademic) == true,
      word(at: index + 1).map(PhraseVocabulary.isYearWord) == true
    {
      index += 2
      return academicYearContainingStart()
    }
    guard let point = parsePoint() else { return nil }
    return years.span(of: point)
  }

  /// «в течение года», «в течение 2023-2024 учебного года», «в течение учебного года», «в течение марта»
  mutating func parseDuring() -> [Window]? {
    let mark = index
    guard word(at: index) == "в", word(at: index + 1) == "течение" else { return nil }
    index += 2
    if word(at: index) == "всего" || word(at: index) == "всей" { index += 1 }
    if word(at: index) == "календарного" { index += 1 }
    if let word = word(at: index), ["года", "год"].contains(word) {
      index += 1
      return [window(start: context.period.start, due: context.period.end)]
    }
    if word(at: index).map(PhraseVocabulary.isAcademic) == true,
      word(at: index + 1).map(PhraseVocabulary.isYearWord) == true
    {
      index += 2
      guard let span = academicYearContainingStart() else { return nil }
      return [window(start: span.first, due: span.last)]
    }
    if let parts = parsePartRange(), let span = years.span(from: parts.first, to: parts.last) {
      return [window(start: span.first, due: span.last)]
    }
    if let point = parsePoint(), let span = years.span(of: point) {
      return [window(start: span.first, due: span.last)]
    }
    index = mark
    return nil
  }

  /// A point alone («март», «01.03.2024», «II квартал 2024 года») or a range of two («март-апрель 2024 года»).
  mutating func parsePointOrRange(previousDue: CivilDate?) -> [Window]? {
    let mark = index
    if word(at: index) == "в" || word(at: index) == "во" { index += 1 }
    if let windows = parseWeekdayOfMonth(previousDue: previousDue) ?? parseDayList(previousDue: previousDue) {
      return windows
    }
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
    if let parts = parsePartRange(), let span = years.span(from: parts.first, to: parts.last) {
      return [window(start: span.first, due: span.last)]
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
    // A month or quarter without a year that would end before the window listed ahead of it
    // begins is the next one: «ноябрь февраль» in a 2024 plan is November 2024, then February
    // 2025; but «в течение учебного года, май» keeps May inside the year it follows.
    guard let span = span(of: first, after: previousStart) else {
      index = mark
      return nil
    }
    return [window(start: span.first, due: span.last)]
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    index >= 0 && index < count ? self[index] : nil
  }
}
