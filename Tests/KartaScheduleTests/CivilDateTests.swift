import Testing

@testable import KartaSchedule

@Suite struct CivilDateTests {
  @Test(arguments: [
    ("15.03.2024", "2024-03-15"), ("2024-03-15", "2024-03-15"), ("1.9.2023", "2023-09-01"),
    ("29.02.2024", "2024-02-29"),
  ])
  func readsRussianAndISODates(text: String, iso: String) {
    #expect(CivilDate(parsing: text)?.iso == iso)
  }

  @Test(arguments: ["31.02.2024", "29.02.2023", "00.01.2024", "15.13.2024", "15 марта", "2024-3-15", "", "01.03.24"])
  func refusesImpossibleOrMalformedDates(text: String) {
    #expect(CivilDate(parsing: text) == nil)
  }

  @Test func dayNumbersRoundTripAcrossCenturies() throws {
    for number in stride(from: -700_000, through: 2_900_000, by: 997) {
      let date = CivilDate(dayNumber: number)
      #expect(date.dayNumber == number)
      #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
    }
    #expect(try #require(CivilDate(year: 1970, month: 1, day: 1)).dayNumber == 0)
  }

  @Test func weekdaysAndArithmetic() throws {
    let date = try #require(CivilDate(parsing: "22.04.2024"))
    #expect(date.weekday == 1)
    #expect(date.adding(days: 6).weekday == 7)
    #expect(try #require(CivilDate(parsing: "28.02.2024")).adding(days: 1).iso == "2024-02-29")
    #expect(try #require(CivilDate(parsing: "31.12.2023")).adding(days: 1).iso == "2024-01-01")
  }
}

@Suite struct PlanPeriodTests {
  @Test func readsEachKindOfPeriod() throws {
    #expect(PlanPeriod(parsing: "2024") == .calendarYear(2024))
    #expect(PlanPeriod(parsing: "2023/2024") == .academicYear(2023))
    #expect(PlanPeriod(parsing: "2023-2024") == .academicYear(2023))
    let range = try #require(PlanPeriod(parsing: "01.09.2023..31.12.2024"))
    #expect(range.start.iso == "2023-09-01")
    #expect(range.end.iso == "2024-12-31")
  }

  @Test func academicYearRunsSeptemberToAugust() {
    let period = PlanPeriod.academicYear(2023)
    #expect(period.start.iso == "2023-09-01")
    #expect(period.end.iso == "2024-08-31")
    #expect(period.description == "2023/2024")
  }

  @Test(arguments: ["2024/2026", "весь год", "31.12.2024..01.01.2024", "99"])
  func refusesWhatIsNoPeriod(text: String) {
    #expect(PlanPeriod(parsing: text) == nil)
  }
}

/// `russian` writes its ten bytes by hand (reports write millions of dates): the same text as
/// padded numbers, for every day of years far apart.
@Suite struct CivilDateRussianTests {
  @Test(arguments: [1, 9, 10, 999, 1000, 1969, 2024, 2100, 9999])
  func russianIsDayMonthYearPadded(_ year: Int) throws {
    let first = try #require(CivilDate(year: year, month: 1, day: 1)).dayNumber
    for dayNumber in first..<(first + 366) {
      let date = CivilDate(dayNumber: dayNumber)
      let padded = [(date.day, 2), (date.month, 2), (date.year, 4)].map { value, width in
        String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
      }
      #expect(date.russian == padded.joined(separator: "."))
    }
  }
}
