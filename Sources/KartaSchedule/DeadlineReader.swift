/// Reads a deadline phrase, exactly as a document writes it, into a schedule. What it cannot read
/// is `unknown` — never a guess.
public enum DeadlineReader {
  /// The longest phrase read, in characters.
  public static let maximumLength = 1_000

  /// The phrase a plan writes when the document gives no deadline.
  public static let unspecifiedPhrases: Set<String> = ["срок не указан", "not specified"]

  /// Reads `phrase` in `context`.
  public static func read(_ phrase: String, in context: DeadlineContext) -> Schedule {
    // The longest phrase in the seed tables is under 200 characters; a page-long "deadline" is a
    // pasting mistake, and reading it would cost time for nothing.
    if phrase.unicodeScalars.count > maximumLength {
      return Schedule(
        phrase: phrase, kind: .unknown,
        problem: "the phrase is \(phrase.unicodeScalars.count) characters long; a deadline is at most \(maximumLength)")
    }
    let tokens = PhraseLexer.tokens(phrase)
    let characters = PhraseLexer.scalars(phrase)
    let words = PhraseWords(tokens)
    var schedule = classify(phrase, tokens: tokens, characters: characters, words: words, context: context)
    if schedule.kind == .window || schedule.kind == .recurring {
      schedule.windows = schedule.windows.map { moveToWorkingDay($0, context: context, notes: &schedule.notes) }
    }
    return schedule
  }

  private static func classify(
    _ phrase: String, tokens: [LexedToken], characters: [Unicode.Scalar], words: PhraseWords, context: DeadlineContext
  ) -> Schedule {
    if tokens.isEmpty { return Schedule(phrase: phrase, kind: .unknown, problem: "the phrase is empty") }
    if phrase.contains(where: \.isNewline) {
      // A printed line break inside a table cell («апрель, май -» / «июнь, июль») is not part of
      // the phrase: it reads as one line. Only when one line gives no dates are the lines read
      // one by one (a window line and a remark line: «Июль - октябрь 2023 года» / «Весь период ГИА
      // по запросу»); when the two readings differ, a note says so and lint warns.
      let oneLine = read(phrase.split(whereSeparator: \.isNewline).joined(separator: " "), in: context)
      let lineByLine = readLineByLine(phrase, context: context)
      guard oneLine.kind == .window || oneLine.kind == .recurring else {
        return lineByLine ?? reworded(oneLine, as: phrase)
      }
      var schedule = reworded(oneLine, as: phrase)
      if let lineByLine, lineByLine.windows != oneLine.windows {
        schedule.lineBreakChangesReading = true
        let other = lineByLine.windows.map { "\($0.start.russian)–\($0.due.russian)" }.joined(separator: "; ")
        schedule.notes.append("read as one line; line by line it would be \(other)")
      }
      return schedule
    }
    for token in tokens {
      if case .date(nil, let text) = token.token {
        return Schedule(phrase: phrase, kind: .unknown, problem: "'\(text)' is not a day of the calendar")
      }
    }
    if unspecifiedPhrases.contains(words.text) {
      return Schedule(
        phrase: phrase, kind: .continuous, windows: [Window(start: context.period.start, due: context.period.end)],
        notes: ["the document gives no deadline; the item runs over the whole period"])
    }
    if words.first(of: RelativeReader.unitMarkers) != nil, let relative = RelativeReader.read(phrase, tokens: tokens) {
      return relative
    }
    if let marker = words.first(of: PhraseClasses.onRequest) {
      return Schedule(phrase: phrase, kind: .onRequest, reference: marker, notes: ["no date: done when reported done"])
    }
    if let recurring = RecurrenceReader.read(phrase, tokens: tokens, words: words, context: context) {
      return recurring
    }
    if let schedule = windows(phrase, tokens: tokens, characters: characters, words: words, context: context) {
      return schedule
    }
    if let marker = words.first(of: PhraseClasses.continuous) {
      return Schedule(
        phrase: phrase, kind: .continuous, windows: [Window(start: context.openStart, due: context.period.end)],
        reference: marker)
    }
    if words.first(of: PhraseClasses.event) != nil {
      return Schedule(phrase: phrase, kind: .event, reference: phrase, notes: ["dated by a calendar event once bound"])
    }
    return Schedule(phrase: phrase, kind: .unknown, problem: "no deadline form matches '\(phrase)'")
  }

  /// `schedule` with the phrase as the plan writes it (with its line breaks).
  private static func reworded(_ schedule: Schedule, as phrase: String) -> Schedule {
    var copy = schedule
    copy.phrase = phrase
    return copy
  }

  /// A phrase written on several lines («Июль - октябрь 2023 года» / «Весь период ГИА по запросу»)
  /// whose lines are windows and remarks: the windows, with the other lines noted.
  private static func readLineByLine(_ phrase: String, context: DeadlineContext) -> Schedule? {
    let lines = phrase.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    guard lines.count > 1 else { return nil }
    let readings = lines.map { read($0, in: context) }
    guard readings.contains(where: { $0.kind == .window }), !readings.contains(where: { $0.kind == .unknown }) else {
      return nil
    }
    var windows: [Window] = []
    var notes: [String] = []
    for reading in readings {
      if reading.kind == .window {
        windows += reading.windows
        notes += reading.notes.filter { !$0.contains(" is a day off; the due date moves to ") }
      } else {
        notes.append("also: «\(reading.phrase)» (\(reading.kind.rawValue))")
      }
    }
    let ordered = windows.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(
      \.element)
    return Schedule(phrase: phrase, kind: .window, windows: ordered, notes: notes)
  }

  /// Finds the window expressions; what is left over must be a known kind of remark.
  private static func windows(
    _ phrase: String, tokens: [LexedToken], characters: [Unicode.Scalar], words: PhraseWords, context: DeadlineContext
  ) -> Schedule? {
    let closing = WindowParser.matchParentheses(tokens)
    for start in 0..<tokens.count where mayStartWindow(tokens[start].token) {
      var parser = WindowParser(
        tokens: tokens, characters: characters, context: context, start: start, closing: closing)
      let windows = parser.parseList()
      if let impossible = parser.impossibleDate {
        return Schedule(phrase: phrase, kind: .unknown, problem: "'\(impossible)' is not a day of the calendar")
      }
      guard !windows.isEmpty else { continue }
      let rest = tokens[..<start] + tokens[parser.index...]
      if let stray = rest.first(where: {
        if case .word = $0.token { return false }
        return $0.token.carriesValue
      }) {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: characters[stray.range])
        return Schedule(phrase: phrase, kind: .unknown, problem: "'\(String(text))' is not part of any deadline form")
      }
      let leftover = rest.compactMap(\.token.word)
      var notes = parser.notes
      if !leftover.isEmpty {
        let rest = leftover.joined(separator: " ")
        let restWords = PhraseWords(text: rest)
        let understood =
          restWords.first(of: PhraseClasses.event + PhraseClasses.continuous) != nil
          && restWords.first(of: PhraseClasses.changesMeaning) == nil
        guard understood else {
          return Schedule(phrase: phrase, kind: .unknown, problem: "'\(rest)' is not part of any deadline form")
        }
        notes.append("also: \(rest)")
      }
      // Occurrences are numbered in time order, whatever order the phrase lists them in.
      let ordered = windows.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(
        \.element)
      return Schedule(phrase: phrase, kind: .window, windows: ordered, notes: notes)
    }
    return nil
  }

  /// Whether a window expression can begin with `token`; other positions are not tried.
  private static func mayStartWindow(_ token: PhraseToken) -> Bool {
    switch token {
    case .number, .date, .openParenthesis: return true
    case .word(let word):
      return ["до", "с", "в", "во", "по", "не", "срок", "начиная"].contains(word) || PhraseVocabulary.month(word) != nil
        || PhraseVocabulary.ordinal(word) != nil
    default: return false
    }
  }

  /// Applies the plan's days-off rule to a due date that falls on a day off, and says when the
  /// year has no decree, so only the law's holidays were counted.
  static func moveToWorkingDay(_ window: Window, context: DeadlineContext, notes: inout [String]) -> Window {
    var moved = window
    var rule = context.daysOff
    switch rule {
    case .earlier:
      moved.effectiveDue = context.calendar.previousWorkingDay(onOrBefore: window.due)
      // A window whose every day is a day off («до 5 января» from 1 January) has no preceding
      // working day inside it: the due date moves to the next one instead.
      if moved.effectiveDue < window.start {
        rule = .later
        moved.effectiveDue = context.calendar.nextWorkingDay(onOrAfter: window.due)
      }
    case .later: moved.effectiveDue = context.calendar.nextWorkingDay(onOrAfter: window.due)
    case .keep: break
    }
    if moved.effectiveDue != window.due {
      let because = rule == context.daysOff ? "" : ", as no working day precedes it inside the window"
      let note =
        "\(window.due.russian) is a day off; the due date moves to \(moved.effectiveDue.russian) "
        + "(\(rule.citation)\(because))"
      if !notes.contains(note) { notes.append(note) }
      // A clock time written in another zone falls on the moved day there too.
      if let time = window.dueTime, let zone = window.dueZone, zone != context.timeZone {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        if parts.count == 2 {
          let local = ClockTime.convert(
            hour: parts[0], minute: parts[1], on: moved.effectiveDue, from: zone, to: context.timeZone)
          moved.localDueTime = local.date == moved.effectiveDue ? local.text : "\(local.text) (\(local.date.russian))"
        }
      }
    }
    guard context.daysOff != .keep else { return moved }
    for year in [window.due.year, moved.effectiveDue.year] where !context.calendar.hasDecree(for: year) {
      let note = noDecreeNote(year)
      if !notes.contains(note) { notes.append(note) }
    }
    return moved
  }

  /// The note on a date in a year whose decree on transferred days off Karta does not have.
  public static func noDecreeNote(_ year: Int) -> String {
    "no decree on transferred days off for \(year): \(ProductionCalendar.lawOnlyRule)"
  }
}

/// The words that mark phrases without dates of their own.
enum PhraseClasses {
  /// No date; done when asked for and reported done.
  static let onRequest = [
    "по согласованию", "по заявк", "по запрос", "по мере необходимости", "при необходимости", "по требованию",
    "по обращени", "on request",
  ]
  /// The whole period.
  static let continuous = [
    "постоянно", "весь период", "всего периода", "в течение периода", "на протяжении", "систематически",
    "continuously",
  ]
  /// Words that change what the dates mean («после 1 мая», «по итогам 1 квартала», «либо»): a
  /// phrase with dates and any of these is not read as those dates plus a remark.
  static let changesMeaning = [
    "после", "через", "кроме", "итогам", "дней", "дня", "недел", "либо", "или", "ранее", "позже",
  ]

  /// Dated by a schedule or decision outside the plan.
  static let event = [
    "график", "расписани", "по плану", "по отдельному", "в соответствии с", "утвержденн", "утвержден", "по итогам",
    "сроки", "приказ", "медиаплан", "плана работы", "по мере", "schedule",
  ]
}
