/// A Government decree «О переносе выходных дней в … году»: the transfers of days off that the law
/// (Labour Code art. 112) leaves to it for one year. Decrees are data: Karta ships the years it
/// knows, and a plan adds a year with a `calendar` declaration (docs/deadlines.md).
public struct CalendarDecree: Sendable, Hashable {
  /// The year the decree is for.
  public var year: Int
  /// The calendar declaration's identifier (`russia-2024`).
  public var id: String
  /// The decree as printed: authority, date, number and title.
  public var basis: String?
  /// The transfers: the day off of `from` is taken on `to`.
  public var transfers: [DayOffTransfer]
  /// Further non-working days the decree (or a regional act) declares.
  public var daysOff: [CivilDate]
  /// Saturdays or Sundays that are working days without a transfer naming them.
  public var workingDays: [CivilDate]

  /// Creates a decree.
  public init(
    year: Int, id: String, basis: String? = nil, transfers: [DayOffTransfer] = [], daysOff: [CivilDate] = [],
    workingDays: [CivilDate] = []
  ) {
    self.year = year
    self.id = id
    self.basis = basis
    self.transfers = transfers
    self.daysOff = daysOff
    self.workingDays = workingDays
  }
}

/// One transfer of a decree: «перенести выходной день с субботы 27 апреля на понедельник 29 апреля».
public struct DayOffTransfer: Sendable, Hashable {
  /// The Saturday, Sunday or holiday whose day off moves; a plain Saturday or Sunday becomes a
  /// working day.
  public var from: CivilDate
  /// The day that becomes a day off.
  public var to: CivilDate

  /// Creates a transfer.
  public init(from: CivilDate, to: CivilDate) {
    self.from = from
    self.to = to
  }

  /// Reads a `transfer:` value: two dates, `dd.mm.yyyy → dd.mm.yyyy` (or `->`, or «с … на …»), with
  /// any words between them. `nil` when the value does not hold exactly two real dates.
  public init?(parsing text: String, year: Int? = nil) {
    let dates = CalendarDecree.dates(in: text, year: year)
    guard dates.count == 2, let from = dates[0], let to = dates[1] else { return nil }
    self.init(from: from, to: to)
  }
}

extension CalendarDecree {
  /// Every date in `text`, in order: `dd.mm.yyyy`, `yyyy-mm-dd`, or a day and a month in words as
  /// decrees write them («с субботы 27 апреля на понедельник 29 апреля», with `year` when the text
  /// gives none); `nil` for one that names no day.
  public static func dates(in text: String, year: Int? = nil) -> [CivilDate?] {
    let tokens = PhraseLexer.tokens(text)
    var found: [CivilDate?] = []
    var index = 0
    while index < tokens.count {
      switch tokens[index].token {
      case .date(let date, _):
        found.append(date)
      case .number(let day, _):
        if let word = tokens[safe: index + 1]?.token.word, let month = PhraseVocabulary.month(word) {
          var written = year
          if case .number(let value, 4) = tokens[safe: index + 2]?.token {
            written = value
            index += 1
          }
          found.append(written.flatMap { CivilDate(year: $0, month: month, day: day) })
          index += 1
        }
      default:
        break
      }
      index += 1
    }
    return found
  }

  /// The decrees in `text`, written as `calendar` declarations in the plan language (the subset a
  /// calendar file uses: `calendar ID: title`, then `year:`, `basis:`, `transfer:`, `off:`,
  /// `work:` and `note:` lines, in English or Russian). Used for the decrees Karta ships; a plan's
  /// own calendars go through the plan parser. Lines it cannot read are skipped.
  static func read(_ text: String) -> [CalendarDecree] {
    var decrees: [CalendarDecree] = []
    var current: CalendarDecree?
    func finish() {
      if let done = current, done.year > 0 { decrees.append(done) }
      current = nil
    }
    for line in text.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = trimmed.firstIndex(of: ":") else { continue }
      let head = trimmed[..<colon].split(separator: " ")
      let value = String(trimmed[trimmed.index(after: colon)...].drop { $0 == " " })
      if line.first != " " {
        finish()
        if head.count == 2, ["calendar", "календарь"].contains(head[0]) { current = CalendarDecree(year: 0, id: String(head[1])) }
        continue
      }
      guard let year = current?.year, head.count == 1 else { continue }
      switch head[0] {
      case "year", "год": current?.year = Int(value) ?? 0
      case "basis", "основание": current?.basis = value
      case "transfer", "перенос":
        if let transfer = DayOffTransfer(parsing: value, year: year) { current?.transfers.append(transfer) }
      case "off", "нерабочий": current?.daysOff += dates(in: value, year: year).compactMap { $0 }
      case "work", "рабочий": current?.workingDays += dates(in: value, year: year).compactMap { $0 }
      default: break
      }
    }
    finish()
    return decrees
  }
}
