import Foundation
import Testing

@testable import KartaSchedule

/// One row of the phrase table.
struct PhraseRow: CustomTestStringConvertible, Sendable {
  let phrase: String
  let period: String
  let approved: String?
  let kind: ScheduleKind
  let windows: String
  let source: String?
  /// For a relative deadline, the anchor date it is counted from.
  let anchor: String?
  /// The plan's time zone, when not Europe/Moscow.
  let zone: String?

  init(
    _ phrase: String, period: String, approved: String?, _ kind: ScheduleKind, _ windows: String, source: String? = nil,
    anchor: String? = nil, zone: String? = nil
  ) {
    self.phrase = phrase
    self.period = period
    self.approved = approved
    self.kind = kind
    self.windows = windows
    self.source = source
    self.anchor = anchor
    self.zone = zone
  }

  var testDescription: String { "«\(phrase)» in \(period)" }
}

/// Renders windows the way the table writes them.
func render(_ windows: [Window]) -> [String] {
  windows.map { window in
    var text = "\(window.start.iso)..\(window.due.iso)"
    if window.effectiveDue != window.due { text += ">\(window.effectiveDue.iso)" }
    if let time = window.dueTime { text += "@\(time)" }
    if let local = window.localDueTime { text += "~\(local)" }
    if let label = window.label { text += "#\(label)" }
    return text
  }
}

@Suite struct DeadlineReaderTests {
  @Test(arguments: DeadlinePhraseTable.rows)
  func readsThePhraseAsTheTableSays(_ row: PhraseRow) throws {
    let period = try #require(PlanPeriod(parsing: row.period))
    let approved = row.approved.flatMap { CivilDate(parsing: $0) }
    let context = DeadlineContext(period: period, approved: approved, timeZone: row.zone ?? "Europe/Moscow")
    var schedule = DeadlineReader.read(row.phrase, in: context)
    if let anchor = row.anchor.flatMap({ CivilDate(parsing: $0) }) {
      schedule = DeadlineReader.anchored(schedule, to: [Window(start: anchor, due: anchor)], in: context)
    }
    #expect(schedule.kind == row.kind)
    let rendered = render(schedule.windows)
    if let ellipsis = row.windows.range(of: " …") {
      let prefix = row.windows[..<ellipsis.lowerBound].components(separatedBy: " | ")
      #expect(Array(rendered.prefix(prefix.count)) == prefix)
      #expect(rendered.count == Int(row.windows[ellipsis.upperBound...]))
    } else {
      #expect(rendered.joined(separator: " | ") == row.windows)
    }
    if schedule.kind == .unknown { #expect(schedule.problem != nil) }
  }

  @Test func theTableHoldsEveryDeadlinePhraseOfTheSeedPlans() throws {
    let manifests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("KartaPlanTests/Fixtures/seed-rows")
    let table = Set(DeadlinePhraseTable.rows.filter { $0.source != nil }.map(\.phrase))
    for plan in ["irkutsk", "sayansk", "kavalerovo", "belgorod"] {
      let text = try String(contentsOf: manifests.appendingPathComponent("\(plan).tsv"), encoding: .utf8)
      for line in text.split(separator: "\n").dropFirst() {
        let due = line.split(separator: "\t", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        for part in due.components(separatedBy: " | ") {
          let phrase =
            part.range(of: "=").map { String(part[$0.upperBound...]) }.flatMap { subject in
              part.prefix(while: { $0 != "=" }).contains(" ") ? nil : subject
            } ?? part
          #expect(
            table.contains(phrase.trimmingCharacters(in: .whitespaces)), "\(plan): «\(phrase)» is not in the table")
        }
      }
    }
  }

  @Test func theTableCoversEnoughPhrasesAndEverySeedPhrase() {
    #expect(DeadlinePhraseTable.rows.count >= 150)
    #expect(DeadlinePhraseTable.laterForms.count >= 60)
    let seeds = Set(DeadlinePhraseTable.rows.compactMap(\.source))
    #expect(seeds == ["seed:irkutsk", "seed:sayansk", "seed:kavalerovo", "seed:belgorod"])
    #expect(!DeadlinePhraseTable.rows.contains { $0.source != nil && $0.kind == .unknown })
  }

  @Test func aDueDateOnADayOffMovesAsThePlanSays() throws {
    // 30 March 2024 is a Saturday.
    func effective(_ rule: DaysOffRule) -> String? {
      let context = DeadlineContext(period: .calendarYear(2024), daysOff: rule)
      return DeadlineReader.read("до 30 марта 2024 года", in: context).windows.first?.effectiveDue.iso
    }
    #expect(effective(.earlier) == "2024-03-29")
    #expect(effective(.later) == "2024-04-01")
    #expect(effective(.keep) == "2024-03-30")
    let defaults = try #require(
      DeadlineReader.read("до 30 марта 2024 года", in: DeadlineContext(period: .calendarYear(2024))).windows.first)
    #expect(defaults.due.iso == "2024-03-30")
    #expect(defaults.effectiveDue.iso == "2024-03-29", "the records-management rule is the default")
  }

  @Test func untilCanExcludeTheNamedDay() {
    var context = DeadlineContext(period: .calendarYear(2024), daysOff: .keep)
    context.untilIsExclusive = true
    #expect(DeadlineReader.read("до 15 мая 2024 года", in: context).windows.first?.due.iso == "2024-05-14")
    #expect(DeadlineReader.read("до 15 мая 2024 года включительно", in: context).windows.first?.due.iso == "2024-05-15")
    #expect(DeadlineReader.read("не позднее 15 мая 2024 года", in: context).windows.first?.due.iso == "2024-05-15")
  }

  @Test func moscowTimeIsConvertedToThePlansZone() throws {
    let context = DeadlineContext(period: .calendarYear(2024), timeZone: "Asia/Irkutsk", daysOff: .keep)
    let window = try #require(DeadlineReader.read("до 15 мая 2024 года 18:00 мск", in: context).windows.first)
    #expect(window.due.iso == "2024-05-15")
    #expect(window.dueTime == "18:00" && window.dueZone == "Europe/Moscow")
    #expect(window.localDueTime == "23:00")
    let late = try #require(DeadlineReader.read("до 15 мая 2024 года 23:00 мск", in: context).windows.first)
    #expect(late.due.iso == "2024-05-15", "the due date stays the document's day")
    #expect(late.localDueTime == "04:00 (16.05.2024)")
    let local = try #require(DeadlineReader.read("до 15 мая 2024 года 18:00", in: context).windows.first)
    #expect(local.dueTime == "18:00" && local.dueZone == "Asia/Irkutsk" && local.localDueTime == nil)
  }

  @Test func aMovedDueDateKeepsItsLocalClockTime() throws {
    // 31.12.2026 is a day off; the due date moves to 30.12.2026, and 22:00 Moscow time is 03:00 on
    // 31.12.2026 in Irkutsk, not on 01.01.2027.
    let context = DeadlineContext(period: .academicYear(2026), timeZone: "Asia/Irkutsk")
    let window = try #require(DeadlineReader.read("до 31 декабря 2026 года 22:00 мск", in: context).windows.first)
    #expect(window.effectiveDue.iso == "2026-12-30")
    #expect(window.localDueTime == "03:00 (31.12.2026)")
  }

  @Test func aLineBreakReadsAsOneLineAndNotesAreNotRepeated() throws {
    let context = DeadlineContext(period: .calendarYear(2027))
    let schedule = DeadlineReader.read("апрель, май -\nиюнь, июль", in: context)
    #expect(schedule.windows.count == 3)
    #expect(schedule.lineBreakChangesReading)
    #expect(Set(schedule.notes).count == schedule.notes.count, "\(schedule.notes)")
  }

  /// Found by fuzzing: a CR LF inside a phrase was read again and again until the stack overflowed.
  @Test(arguments: ["\r\n-d", "апрель\r\nмай", "март\rапрель", "\r\n"])
  func lineEndsOfEveryKindEndTheReading(phrase: String) {
    let schedule = DeadlineReader.read(phrase, in: DeadlineContext(period: .calendarYear(2024)))
    #expect(schedule.kind == .unknown || !schedule.windows.isEmpty)
  }

  @Test func aClockTimeDoesNotMoveAWorkingDayOff() throws {
    // Friday 17 May 2024, 23:00 in Moscow is Saturday 04:00 in Irkutsk; the deadline is still the Friday.
    let context = DeadlineContext(period: .calendarYear(2024), timeZone: "Asia/Irkutsk")
    let window = try #require(DeadlineReader.read("до 17 мая 2024 года 23:00 мск", in: context).windows.first)
    #expect(window.due.iso == "2024-05-17")
    #expect(window.effectiveDue.iso == "2024-05-17")
  }

  @Test(arguments: [".", ",", ";", " и", " .", "(", ")"])
  func trailingPunctuationNeverCrashes(suffix: String) throws {
    let context = DeadlineContext(period: .calendarYear(2024), approved: CivilDate(parsing: "15.03.2024"))
    for row in DeadlinePhraseTable.rows {
      let schedule = DeadlineReader.read(row.phrase + suffix, in: context)
      #expect(schedule.kind == .unknown || !schedule.phrase.isEmpty)
    }
  }

  @Test(arguments: [
    "после 1 мая по графику", "по итогам 1 квартала", "ежегодно в марте", "ежегодно до 30 февраля",
    "ежемесячно до 35 числа", "ежегодно, 25 мая и 1 сентября", "ежемесячно, кроме июля и августа", "2024-3-15",
  ])
  func phrasesWhoseExtraWordsChangeTheMeaningAreUnknown(phrase: String) {
    #expect(DeadlineReader.read(phrase, in: DeadlineContext(period: .calendarYear(2024))).kind == .unknown)
  }

  @Test func aPhraseOnSeveralLinesKeepsItsWindows() {
    let schedule = DeadlineReader.read(
      "Июль - октябрь 2023 года\nВесь период ГИА по запросу", in: DeadlineContext(period: .academicYear(2023)))
    #expect(schedule.kind == .window)
    #expect(render(schedule.windows) == ["2023-07-01..2023-10-31"])
    #expect(schedule.notes.contains { $0.contains("по запросу") })
  }

  @Test func aMissingYearComesFromThePeriod() {
    let academic = DeadlineContext(period: .academicYear(2023))
    #expect(render(DeadlineReader.read("ноябрь", in: academic).windows) == ["2023-11-01..2023-11-30"])
    #expect(render(DeadlineReader.read("февраль", in: academic).windows) == ["2024-02-01..2024-02-29"])
    let calendar = DeadlineContext(period: .calendarYear(2023))
    #expect(render(DeadlineReader.read("февраль", in: calendar).windows) == ["2023-02-01..2023-02-28"])
  }
}
