import Testing

@testable import KartaSchedule

@Suite struct ProductionCalendarTests {
  /// Every exception of the official production calendars 2023–2026 as published (the weekdays
  /// off and the working weekend days), independent of the rules that derive them.
  static let published = """
    2023-01-02 off Новогодние каникулы
    2023-01-03 off Новогодние каникулы
    2023-01-04 off Новогодние каникулы
    2023-01-05 off Новогодние каникулы
    2023-01-06 off Новогодние каникулы
    2023-02-23 off День защитника Отечества
    2023-02-24 off перенос с 01.01 (вс)
    2023-03-08 off Международный женский день
    2023-05-01 off Праздник Весны и Труда
    2023-05-08 off перенос с 08.01 (вс)
    2023-05-09 off День Победы
    2023-06-12 off День России
    2023-11-06 off перенос с 04.11 (сб), День народного единства, ст. 112 ТК РФ
    #
    # 2024 — source: ст. 112 Трудового кодекса РФ; постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»
    # (переносы: с сб 06.01 на пт 10.05, с вс 07.01 на вт 31.12, с сб 27.04 на пн 29.04, с сб 02.11 на вт 30.04, с сб 28.12 на пн 30.12). 248 рабочих дней.
    2024-01-01 off Новогодние каникулы
    2024-01-02 off Новогодние каникулы
    2024-01-03 off Новогодние каникулы
    2024-01-04 off Новогодние каникулы
    2024-01-05 off Новогодние каникулы
    2024-01-08 off Новогодние каникулы
    2024-02-23 off День защитника Отечества
    2024-03-08 off Международный женский день
    2024-04-27 work рабочая суббота, перенос на 29.04
    2024-04-29 off перенос с 27.04 (сб)
    2024-04-30 off перенос с 02.11 (сб)
    2024-05-01 off Праздник Весны и Труда
    2024-05-09 off День Победы
    2024-05-10 off перенос с 06.01 (сб)
    2024-06-12 off День России
    2024-11-02 work рабочая суббота, перенос на 30.04
    2024-11-04 off День народного единства
    2024-12-28 work рабочая суббота, перенос на 30.12
    2024-12-30 off перенос с 28.12 (сб)
    2024-12-31 off перенос с 07.01 (вс)
    #
    # 2025 — source: ст. 112 Трудового кодекса РФ; постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»
    # (переносы: с сб 04.01 на пт 02.05, с вс 05.01 на ср 31.12, с вс 23.02 на чт 08.05, с сб 08.03 на пт 13.06, с сб 01.11 на пн 03.11;
    # поэтому 24.02 и 10.03 — рабочие дни). 247 рабочих дней.
    2025-01-01 off Новогодние каникулы
    2025-01-02 off Новогодние каникулы
    2025-01-03 off Новогодние каникулы
    2025-01-06 off Новогодние каникулы
    2025-01-07 off Рождество Христово
    2025-01-08 off Новогодние каникулы
    2025-05-01 off Праздник Весны и Труда
    2025-05-02 off перенос с 04.01 (сб)
    2025-05-08 off перенос с 23.02 (вс)
    2025-05-09 off День Победы
    2025-06-12 off День России
    2025-06-13 off перенос с 08.03 (сб)
    2025-11-01 work рабочая суббота, перенос на 03.11
    2025-11-03 off перенос с 01.11 (сб)
    2025-11-04 off День народного единства
    2025-12-31 off перенос с 05.01 (вс)
    #
    # 2026 — source: ст. 112 Трудового кодекса РФ; постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»
    # (переносы: с сб 03.01 на пт 09.01, с вс 04.01 на чт 31.12; 08.03 (вс) → 09.03 (пн) и 09.05 (сб) → 11.05 (пн) по ст. 112 ТК РФ). 247 рабочих дней.
    2026-01-01 off Новогодние каникулы
    2026-01-02 off Новогодние каникулы
    2026-01-05 off Новогодние каникулы
    2026-01-06 off Новогодние каникулы
    2026-01-07 off Рождество Христово
    2026-01-08 off Новогодние каникулы
    2026-01-09 off перенос с 03.01 (сб)
    2026-02-23 off День защитника Отечества
    2026-03-09 off перенос с 08.03 (вс), Международный женский день, ст. 112 ТК РФ
    2026-05-01 off Праздник Весны и Труда
    2026-05-11 off перенос с 09.05 (сб), День Победы, ст. 112 ТК РФ
    2026-06-12 off День России
    2026-11-04 off День народного единства
    2026-12-31 off перенос с 04.01 (вс)
    """

  @Test(arguments: [(2023, 247), (2024, 248), (2025, 247), (2026, 247)])
  func workingDaysPerYearMatchTheOfficialCounts(year: Int, count: Int) throws {
    let first = try #require(CivilDate(year: year, month: 1, day: 1))
    let days = (0..<(CivilDate.isLeap(year) ? 366 : 365)).map { first.adding(days: $0) }
    #expect(days.filter(ProductionCalendar.russia.isWorkingDay).count == count)
  }

  @Test(arguments: [2023, 2024, 2025, 2026])
  func theLawAndTheShippedDecreesGiveThePublishedCalendar(year: Int) throws {
    var off = Set<CivilDate>()
    var work = Set<CivilDate>()
    for line in Self.published.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: " ")
      let date = try #require(CivilDate(parsing: fields[0]))
      guard date.year == year else { continue }
      if fields[1] == "off" { off.insert(date) } else { work.insert(date) }
    }
    let first = try #require(CivilDate(year: year, month: 1, day: 1))
    for offset in 0..<(CivilDate.isLeap(year) ? 366 : 365) {
      let day = first.adding(days: offset)
      let published = off.contains(day) ? false : work.contains(day) ? true : day.weekday <= 5
      #expect(ProductionCalendar.russia.isWorkingDay(day) == published, "\(day.russian)")
    }
  }

  @Test func transfersAndWorkingSaturdays() throws {
    let calendar = ProductionCalendar.russia
    func day(_ text: String) throws -> CivilDate { try #require(CivilDate(parsing: text)) }
    #expect(try !calendar.isWorkingDay(day("29.04.2024")))
    #expect(try calendar.isWorkingDay(day("27.04.2024")))
    #expect(try !calendar.isWorkingDay(day("31.12.2024")))
    #expect(try calendar.nextWorkingDay(onOrAfter: day("31.12.2024")).iso == "2025-01-09")
    #expect(try calendar.previousWorkingDay(onOrBefore: day("31.12.2024")).iso == "2024-12-28")
    #expect(try calendar.isWorkingDay(day("01.11.2025")))
    #expect(calendar.hasDecree(for: 2026))
    #expect(!calendar.hasDecree(for: 2027))
  }

  /// Years without a decree: the holidays of art. 112 and the law's own moves still apply.
  @Test(arguments: [
    ("01.01.2027", false), ("07.01.2027", false), ("08.01.2027", false), ("11.01.2027", true),
    ("23.02.2027", false), ("22.02.2027", true), ("08.03.2027", false), ("04.05.2027", true),
    // 1 May 2027 is a Saturday → Monday 3 May; 9 May a Sunday → Monday 10 May.
    ("03.05.2027", false), ("10.05.2027", false), ("04.11.2027", false),
    // 12 June 2027 is a Saturday → Monday 14 June.
    ("12.06.2027", false), ("14.06.2027", false), ("15.06.2027", true),
    // 2028: 9 May is a Tuesday, 12 June a Monday, 4 November a Saturday → Monday 6 November.
    ("04.11.2028", false), ("06.11.2028", false), ("07.11.2028", true),
    // 2029: 23 February is a Friday; 8 March a Thursday; 12 June a Tuesday.
    ("23.02.2029", false), ("26.02.2029", true),
    // 2031: 8 March is a Saturday → Monday 10 March; 9 May a Friday.
    ("10.03.2031", false), ("11.03.2031", true),
    // 2032: 1 May is a Saturday → Monday 3 May; 9 May a Sunday → Monday 10 May.
    ("03.05.2032", false), ("10.05.2032", false), ("04.05.2032", true),
    // January holidays on a weekend do not move without a decree: 2028's 1–2 January are Sat–Sun.
    ("10.01.2028", true),
  ])
  func theLawsHolidaysApplyInEveryYear(date: String, working: Bool) throws {
    let day = try #require(CivilDate(parsing: date))
    #expect(ProductionCalendar.russia.isWorkingDay(day) == working)
  }

  @Test func aDecreeAddedForAYearReplacesTheLawsMoves() throws {
    func day(_ text: String) throws -> CivilDate { try #require(CivilDate(parsing: text)) }
    // A decree moving 23 February 2031 (a Sunday) to 2 May: 24 February stays a working day.
    let decree = CalendarDecree(
      year: 2031, id: "russia-2031", transfers: [DayOffTransfer(from: try day("23.02.2031"), to: try day("02.05.2031"))],
      daysOff: [try day("30.12.2031")], workingDays: [try day("27.12.2031")])
    let calendar = ProductionCalendar.russia.adding([decree])
    #expect(calendar.hasDecree(for: 2031))
    #expect(try calendar.isWorkingDay(day("24.02.2031")))
    #expect(try !ProductionCalendar.russia.isWorkingDay(day("24.02.2031")))
    #expect(try !calendar.isWorkingDay(day("02.05.2031")))
    #expect(try !calendar.isWorkingDay(day("30.12.2031")))
    #expect(try calendar.isWorkingDay(day("27.12.2031")))
    #expect(calendar.hasDecree(for: 2024), "adding a year keeps the shipped ones")
  }

  @Test func theShippedDecreesAreReadFromTheirText() {
    let years = CalendarDecree.shipped.map(\.year)
    #expect(years == [2023, 2024, 2025, 2026])
    #expect(CalendarDecree.shipped.map(\.transfers.count) == [2, 5, 5, 2])
    #expect(CalendarDecree.shipped.allSatisfy { $0.basis?.contains("постановление Правительства РФ") == true })
  }

  @Test func transfersReadTheWaysDecreesWriteThem() {
    #expect(DayOffTransfer(parsing: "02.01.2027 → 03.05.2027")?.to.iso == "2027-05-03")
    #expect(DayOffTransfer(parsing: "с 02.01.2027 на 03.05.2027")?.from.iso == "2027-01-02")
    #expect(DayOffTransfer(parsing: "2027-01-02 -> 2027-05-03") != nil)
    #expect(DayOffTransfer(parsing: "02.01.2027") == nil)
    let words = DayOffTransfer(parsing: "с субботы 27 апреля на понедельник 29 апреля", year: 2024)
    #expect(words?.from.iso == "2024-04-27" && words?.to.iso == "2024-04-29")
    #expect(DayOffTransfer(parsing: "с субботы 27 апреля на понедельник 29 апреля") == nil, "no year to put them in")
    #expect(DayOffTransfer(parsing: "31.02.2027 → 03.05.2027") == nil)
  }
}
