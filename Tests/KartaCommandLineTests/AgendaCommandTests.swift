import Foundation
import Testing

@testable import KartaCommandLine

/// `karta agenda` on the Irkutsk plan: the list for a range of days, the calendar, and misuse.
@Suite struct AgendaCommandTests {
  static let plan = repository.appendingPathComponent("Rules/irkutsk.plan").path
  static let examples = repository.appendingPathComponent("Examples/irkutsk").path

  @Test func listsWhatFallsDueByPartyAndDay() {
    // «июнь» ends on Sunday 30.06.2024: due on the preceding working day, Friday 28.06.2024.
    let (code, out, error) = karta("agenda", Self.plan, "--from", "2024-06-24", "--days", "14")
    #expect(code == 0, "\(error)")
    #expect(out.contains("Due 24.06.2024–07.07.2024 (14 days)"))
    #expect(out.contains("\nMOUO  Муниципальный орган управления образованием\n  Fri 28.06.2024\n"))
    #expect(out.contains("\nGEK  Члены ГЭК\n  Mon 01.07.2024\n    A1.7 #1 "))
    #expect(out.contains("  Thu 04.07.2024\n    A1.7 #2 "))
    #expect(out.contains("[angarsk, sayansk, osa, bratsk-district, chuna +23]"))
    #expect(out.contains("— «июнь» (written due 30.06.2024)"))
    #expect(!out.contains("08.07.2024"), "the 8th is past the 14 days")
    #expect(
      out.hasSuffix(
        "obligations due in these days; not listed: 36 without a date (on request, or bound to an unscheduled event).\n"
      ))
    // Parties in plan order.
    let order = ["\nIRO ", "\nMOUO ", "\nMUN-COORD ", "\nGEK "].compactMap { out.range(of: $0)?.lowerBound }
    #expect(order.count == 4 && order == order.sorted())
  }

  @Test func statusFilesLeaveOutWhatWasDone() {
    let without = karta("agenda", Self.plan, "--from", "2024-02-01", "--days", "29")
    let with = karta("agenda", Self.plan, Self.examples, "--from", "2024-02-01", "--days", "29")
    #expect(without.code == 0 && with.code == 0, "\(with.error)")
    #expect(without.out.contains("A1.1 "))
    #expect(!with.out.contains("A1.1 "), "A1.1 was reported done")
    #expect(with.out.contains("8 status files: what was reported done is left out"))
  }

  @Test func filtersByPartyAndSubject() {
    let (code, out, _) = karta(
      "agenda", Self.plan, "--party", "MOUO", "--subject", "angarsk", "--from", "2024-03-01", "--days", "61")
    #expect(code == 0)
    #expect(out.contains("· party MOUO · subject angarsk"))
    #expect(out.contains("\nMOUO  Муниципальный орган управления образованием\n  Fri 29.03.2024\n"))
    #expect(out.contains("A2.1.2    [angarsk] "))
    #expect(!out.contains("\nIRO "))
    #expect(!out.contains("sayansk"))
  }

  @Test func writesACalendarOfTheWholePlan() throws {
    let (code, out, error) = karta("agenda", Self.plan, "--ics")
    #expect(code == 0, "\(error)")
    #expect(out.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(out.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
    #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let events = out.components(separatedBy: "\r\nBEGIN:VEVENT\r\n").count - 1
    let uids = out.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    #expect(events > 400 && uids.count == events && Set(uids).count == events)
    #expect(uids.contains("UID:irkutsk-2024/A1.8/angarsk/1@karta"))
    #expect(out.contains("\r\nDTSTAMP:20240315T000000Z\r\n"), "the approval date")
    #expect(out.contains("\r\nX-WR-TIMEZONE:Asia/Irkutsk\r\n"))
    #expect(karta("agenda", Self.plan, "--ics").out == out, "the same bytes every time")
  }

  @Test func aCalendarOfARangeOrOfToDos() throws {
    let events = karta("agenda", Self.plan, "--ics", "--from", "2024-01-01", "--days", "366").out
    let todos = karta("agenda", Self.plan, "--ics", "--todo", "--from", "2024-01-01", "--days", "366").out
    let count = events.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1
    #expect(count == 454, "31.12.2024 moves back to the working Saturday 28.12.2024, inside the year")
    #expect(todos.components(separatedBy: "BEGIN:VTODO\r\n").count - 1 == count)
    #expect(!todos.contains("VEVENT"))
    #expect(!events.contains("DTSTART;VALUE=DATE:2025"))
    #expect(todos.contains("\r\nDUE;VALUE=DATE:20241129\r\n"))
  }

  @Test func writesToAFile() throws {
    let file = try temporaryDirectory().appendingPathComponent("irkutsk.ics").path
    let (code, out, _) = karta("agenda", Self.plan, "--ics", "--party", "GEK", "-o", file)
    #expect(code == 0)
    #expect(out.isEmpty)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("X-WR-CALNAME:irkutsk-2024 · GEK — "))
    #expect(text.contains("CATEGORIES:GEK\r\n"))
  }

  static let misuse: [[String]] = [
    ["agenda"],
    ["agenda", plan, "--days", "0"],
    ["agenda", plan, "--days", "two"],
    ["agenda", plan, "--from", "2024-13-01"],
    ["agenda", plan, "--todo"],
    ["agenda", plan, "--party", "MOUOO"],
    ["agenda", plan, "--subject", "nowhere"],
    ["agenda", plan, "--format", "csv"],
    ["agenda", plan, "--from"],
    ["agenda", repository.appendingPathComponent("Rules/missing.plan").path],
  ]

  @Test(arguments: misuse)
  func misuseExitsTwo(_ arguments: [String]) {
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 2)
    #expect(!captured.error.isEmpty)
    #expect(captured.out.isEmpty)
  }

  @Test func aBrokenStatusFileExitsTwo() throws {
    let file = try temporaryDirectory().appendingPathComponent("broken.json")
    try Data("{\"format\": \"karta-status/1\", \"plan\": ".utf8).write(to: file)
    let (code, out, error) = karta("agenda", Self.plan, file.path, "--from", "2024-07-01")
    #expect(code == 2)
    #expect(out.isEmpty)
    #expect(error.contains("broken.json:"))
  }

  @Test func helpNamesEveryOption() {
    let (code, out, _) = karta("help", "agenda")
    #expect(code == 0)
    for option in ["--from", "--days", "--party", "--subject", "--ics", "--todo", "--output"] {
      #expect(out.contains(option))
    }
    #expect(karta("--help").out.contains("agenda PLAN"))
  }
}
