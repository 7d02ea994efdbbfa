/// Reads recurring deadlines and expands them over the period: «ежемесячно», «ежеквартально»,
/// «ежегодно», «до 25 числа каждого месяца», «не позднее 25 числа месяца, следующего за отчетным».
enum RecurrenceReader {
  private enum Cycle {
    case week, month, quarter, half, term, year
  }

  static func read(_ phrase: String, tokens: [LexedToken], words: PhraseWords, context: DeadlineContext) -> Schedule? {
    let following = words.contains("следующего за отчетным") || words.contains("следующего за отчетном")
    let cycle: Cycle
    let lastWorkingDay = words.contains("последнего рабочего дня") || words.contains("последний рабочий день")
    if words.contains("еженедельно") || words.contains("раз в неделю") {
      cycle = .week
    } else if words.contains("раз в полугодие") || words.contains("раз в пол года") {
      cycle = .half
    } else if words.contains("раз в четверть") || words.contains("ежечетвертно") {
      cycle = .term
    } else if words.contains("ежеквартально") || words.contains("отчетным кварталом")
      || words.contains("каждого квартала") || words.contains("раз в квартал")
    {
      cycle = .quarter
    } else if words.contains("ежемесячно") || words.contains("каждого месяца") || words.contains("ежемесячн")
      || words.contains("раз в месяц") || (following && words.contains("месяца")) || (lastWorkingDay && words.contains("месяца"))
    {
      cycle = .month
    } else if words.contains("ежегодно") || words.contains("каждого года") || words.contains("ежегодн")
      || words.contains("раз в год")
    {
      cycle = .year
    } else {
      return nil
    }
    if let problem = strayPart(of: tokens, phrase: phrase) {
      return Schedule(phrase: phrase, kind: .unknown, problem: problem)
    }
    let dayOfMonth = numberBefore("числа", in: tokens)
    var windows: [Window] = []
    var rule: String
    switch cycle {
    case .week:
      // «еженедельно по пятницам»: each week's window closes on that weekday.
      let weekday = tokens.lazy.compactMap { $0.token.word.flatMap(PhraseVocabulary.weekday) }.first
      rule = weekday.map { "weekly, by \(weekdayNames[$0 - 1])" } ?? "weekly, Monday to Sunday"
      var monday = context.openStart.adding(days: 1 - context.openStart.weekday)
      while monday <= context.period.end {
        windows.append(
          Window(start: monday, due: monday.adding(days: (weekday ?? 7) - 1), label: "неделя с \(monday.russian)"))
        monday = monday.adding(days: 7)
      }
    case .term:
      rule = "once a school term (I 01.09–31.10, II 01.11–31.12, III 01.01–31.03, IV 01.04–31.05)"
      windows = termWindows(context: context)
    case .month, .quarter, .half:
      let length = cycle == .month ? 1 : cycle == .quarter ? 3 : 6
      var first = firstOfCycle(containing: context.openStart, length: length)
      rule = cycle == .month ? "monthly" : cycle == .quarter ? "quarterly" : "half-yearly"
      if lastWorkingDay { rule += ", by the last working day" }
      if let day = dayOfMonth {
        rule +=
          following
          ? ", by day \(day) of the month after the reporting \(cycle == .month ? "month" : "quarter")"
          : ", by day \(day)"
      }
      while first <= context.period.end {
        guard let next = addMonths(first, length) else { break }
        let last = next.adding(days: -1)
        // A quarter or half-year counts when it ends inside the period: over an academic year
        // (September–August) that is the quarters ending in September, December, March and June.
        if cycle != .month, last > context.period.end { break }
        let opens = cycle == .month ? first : max(first, context.openStart)
        let label =
          cycle == .month
          ? "за \(monthName(first.month)) \(first.year)"
          : cycle == .quarter
            ? "за \(first.month / 3 + 1) квартал \(first.year)" : "за \(first.month < 7 ? "I" : "II") полугодие \(first.year)"
        if lastWorkingDay {
          windows.append(Window(start: opens, due: context.calendar.previousWorkingDay(onOrBefore: last), label: label))
        } else if let day = dayOfMonth {
          guard let dueMonth = following ? next : (cycle == .month ? first : addMonths(first, length - 1)),
            let due = CivilDate(
              year: dueMonth.year, month: dueMonth.month,
              day: min(day, CivilDate.daysIn(month: dueMonth.month, year: dueMonth.year)))
          else { return nil }
          // A report "for" a month or quarter is as of its last day.
          windows.append(Window(start: following ? next : first, due: due, label: label, asOf: following ? last : nil))
        } else {
          windows.append(Window(start: opens, due: last, label: label))
        }
        first = next
      }
    case .year:
      rule = "yearly"
      let due = yearlyDue(tokens)
      for year in context.openStart.year...max(context.openStart.year, context.period.end.year) {
        guard let yearStart = CivilDate(year: year, month: 1, day: 1),
          let yearEnd = CivilDate(year: year, month: 12, day: 31)
        else { continue }
        let start = max(yearStart, context.openStart)
        var end = min(yearEnd, context.period.end)
        if let (day, month) = due, let date = CivilDate(year: year, month: month, day: day) {
          end = date
          rule = "yearly, by \(day).\(month < 10 ? "0" : "")\(month)"
        }
        guard start <= end else { continue }
        windows.append(Window(start: start, due: end, label: "\(year)"))
      }
    }
    return Schedule(phrase: phrase, kind: .recurring, windows: windows, recurrence: rule)
  }

  /// The words a recurring deadline is made of; anything else makes the phrase unknown, so that
  /// «ежегодно в марте» or «ежемесячно, кроме июля» is never read as a plain recurrence.
  private static let recurrenceWords: Set<String> = [
    "ежемесячно", "ежеквартально", "ежегодно", "еженедельно", "до", "не", "позднее", "позже", "числа", "число",
    "каждого", "каждый", "месяца", "месяц", "квартала", "года", "следующего", "следующим", "за", "отчетным",
    "отчетном", "отчетный", "кварталом", "месяцем", "периодом", "в", "срок", "го", "е", "й", "раз", "неделю",
    "квартал", "полугодие", "четверть", "год", "по", "последнего", "рабочего", "дня", "последний", "рабочий",
    "день", "ежечетвертно", "пол",
  ]

  private static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// The school terms (четверти) inside the period, by the bounds most school calendars use:
  /// I 1 September – 31 October, II 1 November – 31 December, III 1 January – 31 March, IV 1 April
  /// – 31 May. Schools set their own dates; a plan that needs them writes the dates instead.
  private static func termWindows(context: DeadlineContext) -> [Window] {
    var windows: [Window] = []
    for year in (context.period.start.year - 1)...context.period.end.year {
      let terms: [(Int, Int, Int, Int, Int, String)] = [
        (year, 9, 1, 10, 31, "I"), (year, 11, 1, 12, 31, "II"), (year + 1, 1, 1, 3, 31, "III"),
        (year + 1, 4, 1, 5, 31, "IV"),
      ]
      for (termYear, startMonth, startDay, endMonth, endDay, name) in terms {
        guard let first = CivilDate(year: termYear, month: startMonth, day: startDay),
          let last = CivilDate(year: termYear, month: endMonth, day: endDay),
          last <= context.period.end, last >= context.openStart
        else { continue }
        windows.append(
          Window(start: max(first, context.openStart), due: last, label: "за \(name) четверть \(year)/\(year + 1)"))
      }
    }
    return windows
  }

  /// What in the phrase is not part of a recurrence: a stray word, a second date, an impossible day.
  private static func strayPart(of tokens: [LexedToken], phrase: String) -> String? {
    var dayMonthPairs = 0
    for (index, lexed) in tokens.enumerated() {
      switch lexed.token {
      case .word(let word):
        if recurrenceWords.contains(word) || word.hasPrefix("ежемесячн") || word.hasPrefix("ежеквартальн")
          || word.hasPrefix("ежегодн") || PhraseVocabulary.weekday(word) != nil
        {
          continue
        }
        if let month = PhraseVocabulary.month(word), index > 0, case .number(let day, _) = tokens[index - 1].token {
          dayMonthPairs += 1
          guard CivilDate(year: 2024, month: month, day: day) != nil else {
            return "'\(day) \(word)' is not a day of the calendar"
          }
          continue
        }
        return "'\(word)' is not part of a recurring deadline"
      case .number(let value, _):
        let next = tokens[safe: index + 1]?.token
        let isDay =
          next?.isWord("числа") == true || next == .dash
          || next?.word.map { PhraseVocabulary.month($0) != nil } == true
        if value == 1, next?.isWord("раз") == true { continue }
        guard isDay, (1...31).contains(value) else { return "'\(value)' is not a day of the month" }
      case .comma, .period, .dash:
        continue
      default:
        return "'\(phrase)' is not a recurring deadline Karta reads"
      }
    }
    return dayMonthPairs > 1 ? "a recurring deadline with more than one date" : nil
  }

  /// The day of the month before `word` («25 числа», «20-го числа»).
  private static func numberBefore(_ word: String, in tokens: [LexedToken]) -> Int? {
    for (index, token) in tokens.enumerated() where token.token.isWord(word) && index > 0 {
      var position = index - 1
      if tokens[position].token.word.map({ ["го", "е", "й"].contains($0) }) == true, position >= 2,
        tokens[position - 1].token == .dash
      {
        position -= 2
      }
      if case .number(let value, _) = tokens[position].token, (1...31).contains(value) { return value }
    }
    return nil
  }

  /// «ежегодно до 1 декабря»: the day and month each year's window closes on.
  private static func yearlyDue(_ tokens: [LexedToken]) -> (Int, Int)? {
    for index in tokens.indices.dropLast() {
      if case .number(let day, _) = tokens[index].token, let word = tokens[index + 1].token.word,
        let month = PhraseVocabulary.month(word), (1...31).contains(day)
      {
        return (day, month)
      }
    }
    return nil
  }

  private static func firstOfCycle(containing date: CivilDate, length: Int) -> CivilDate {
    let month = ((date.month - 1) / length) * length + 1
    return CivilDate(year: date.year, month: month, day: 1) ?? date
  }

  /// The first day of the month `months` after `date`'s, or `nil` past the calendar's last year.
  private static func addMonths(_ date: CivilDate, _ months: Int) -> CivilDate? {
    let total = date.year * 12 + (date.month - 1) + months
    return CivilDate(year: total / 12, month: total % 12 + 1, day: 1)
  }

  static func monthName(_ month: Int) -> String {
    let names = [
      "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
      "декабрь",
    ]
    return names[safe: month - 1] ?? "\(month)"
  }
}
