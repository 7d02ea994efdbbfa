import KartaLanguage
import KartaSchedule
import Testing

@testable import KartaPlan

/// `calendar` blocks: a year's decree on transferred days off, added by a plan.
@Suite struct CalendarDeclarationTests {
  static func load(_ text: String) -> LoadedPlan {
    PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": text]))
  }

  static let plan2027 = """
    plan p: План на 2026/2027 учебный год
      approved: 01.09.2026
      period: 2026/2027
    party A: Отдел образования
    item 1: Отчет
      owner: A
      due: до 2 мая 2027 года
    """

  @Test func aCalendarAddsItsYearAndMovesDeadlinesByIt() throws {
    // 2 May 2027 is a Sunday. Without a decree: the preceding working day is Friday 30 April.
    let without = Self.load(Self.plan2027)
    #expect(without.plan.item("1")?.due?.schedule?.windows.first?.effectiveDue.iso == "2027-04-30")
    #expect(without.plan.yearsWithoutDecree(try #require(without.plan.item("1")?.due?.schedule)) == [2027])
    // A decree that makes 30 April a day off (transferred from Saturday 1 May… as an example).
    let with = Self.load(
      Self.plan2027 + """

        calendar russia-2027: Производственный календарь на 2027 год
          basis: постановление Правительства РФ (пример)
          year: 2027
          transfer: 02.01.2027 → 30.04.2027
        """)
    #expect(!with.diagnostics.containsErrors, "\(with.diagnostics.map(\.message))")
    #expect(with.plan.calendars.map(\.decree.year) == [2027])
    let schedule = try #require(with.plan.item("1")?.due?.schedule)
    #expect(schedule.windows.first?.effectiveDue.iso == "2027-04-29")
    #expect(with.plan.yearsWithoutDecree(schedule).isEmpty)
    #expect(!schedule.notes.contains { $0.contains("no decree") })
  }

  @Test func russianKeywordsReadTheSame() {
    let loaded = Self.load(
      """
      календарь russia-2027: Производственный календарь
        год: 2027
        перенос: с 02.01.2027 на 03.05.2027
        нерабочий: 30.12.2027, 31.12.2027
        рабочий: 27.11.2027
      """)
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let decree = loaded.plan.calendars.first?.decree
    #expect(decree?.transfers.map(\.to.iso) == ["2027-05-03"])
    #expect(decree?.daysOff.map(\.iso) == ["2027-12-30", "2027-12-31"])
    #expect(decree?.workingDays.map(\.iso) == ["2027-11-27"])
  }

  @Test(arguments: [
    ("calendar c: К\n  transfer: 02.01.2027 → 03.05.2027\n", "calendar 'c' has no 'year:'", 1, 10),
    ("calendar c: К\n  year: 27\n", "'27' is not a year", 2, 9),
    ("calendar c: К\n  year: 2027\n  transfer: 02.01.2027\n", "'02.01.2027' is not a transfer", 3, 13),
    ("calendar c: К\n  year: 2027\n  transfer: 02.01.2027 → 03.05.2028\n", "03.05.2028 is not in 2027", 3, 13),
    ("calendar c: К\n  year: 2027\n  off: 31.02.2027\n", "'31.02.2027' is not a date", 3, 8),
    ("calendar c: К\n  year: 2027\ncalendar d: Д\n  year: 2027\n", "a second calendar for 2027", 3, 10),
  ])
  func mistakesArePositionedErrors(text: String, message: String, line: Int, column: Int) {
    let loaded = Self.load(text)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(errors.map(\.message))")
    #expect(errors.first?.message.contains(message) == true, "\(errors.map(\.message))")
    #expect(errors.first?.location.range?.start.line == line)
    #expect(errors.first?.location.range?.start.column == column)
  }

  /// The decrees Karta ships are written in the plan language: the plan parser reads the same
  /// decrees from their text as the schedule module does.
  @Test func theShippedDecreesAreValidCalendarBlocks() {
    let loaded = Self.load(CalendarDecree.shippedText)
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.message))")
    #expect(loaded.plan.calendars.map(\.decree) == CalendarDecree.shipped)
  }

  @Test func amendmentsTakeEffectFromTheirDate() throws {
    let loaded = Self.load(
      """
      plan p: План
        approved: 15.03.2024
        period: 2024
      party A: А
      party B: Б
      item 1: Мониторинг
        owner: A
        due: До 22 апреля 2024 года
      amendment AM1: Изменения
        dated: 19.04.2024
        changes: 1
        due: До 15 мая 2024 года
        owner: B
      amendment AM2: Ещё изменения
        dated: 01.05.2024
        changes: 1
        due: До 20 мая 2024 года
      """)
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    func item(on date: String) throws -> Item {
      let day = try #require(CivilDate(parsing: date))
      return try #require(loaded.plan.inForce(on: day).item("1"))
    }
    let before = try item(on: "18.04.2024")
    #expect(before.due?.text == "До 22 апреля 2024 года" && before.owners == ["A"] && before.amendment == nil)
    let first = try item(on: "19.04.2024")
    #expect(first.due?.text == "До 15 мая 2024 года" && first.owners == ["B"] && first.amendment == "AM1")
    #expect(first.originalDue?.text == "До 22 апреля 2024 года" && first.originalOwners == ["A"])
    let second = try item(on: "01.05.2024")
    #expect(second.due?.schedule?.windows.first?.due.iso == "2024-05-20" && second.amendment == "AM2")
    #expect(second.originalDue?.text == "До 22 апреля 2024 года", "the original is what the order first said")
    #expect(second.owners == ["B"], "AM2 leaves the owners AM1 set")
  }
}

/// `reading:` lines: the document's words stay on `due:`, the schedule comes from the reading.
@Suite struct ReadingLineTests {
  @Test func anAmendmentTakesAReadingToo() throws {
    let loaded = CalendarDeclarationTests.load(
      """
      plan p: План
        approved: 15.03.2024
        period: 2024
      party A: А
      item 1: Семинар
        owner: A
        due: до 1 апреля 2024 года
      amendment AM1: Изменения
        dated: 20.03.2024
        changes: 1
        due: до мая
        reading: до 30.04.2024
      """)
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let due = try #require(loaded.plan.amendments.first?.due)
    #expect(due.text == "до мая")
    #expect(due.schedule?.windows.first?.due.iso == "2024-04-30")
    #expect(due.schedule?.notes.first == "read as the plan states it: «до 30.04.2024»")
    #expect(due.readLocation.range?.start.line == 12)
  }
}
