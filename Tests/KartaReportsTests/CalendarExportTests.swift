import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaTestSupport
import Testing

@testable import KartaReports

/// The iCalendar export: golden files for events and to-dos, the line rules of RFC 5545, and the
/// hostile plan of the CSV tests read back property by property.
@Suite struct CalendarExportTests {
  /// One property of a content line, unfolded and unescaped.
  struct Property {
    var name: String
    var parameters: String
    var value: String
  }

  /// Unfolds the lines (RFC 5545, 3.1) and splits each into name, parameters and value.
  static func properties(_ text: String) -> [Property] {
    var lines: [String] = []
    for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
      if line.hasPrefix(" "), !lines.isEmpty {
        lines[lines.count - 1] += line.dropFirst()
      } else {
        lines.append(line)
      }
    }
    return lines.map { line in
      let colon = line.firstIndex(of: ":") ?? line.endIndex
      let head = line[..<colon]
      let value = colon == line.endIndex ? "" : String(line[line.index(after: colon)...])
      let semicolon = head.firstIndex(of: ";") ?? head.endIndex
      return Property(
        name: String(head[..<semicolon]), parameters: String(head[semicolon...].dropFirst()), value: value)
    }
  }

  /// The text an escaped TEXT value stands for.
  static func unescape(_ value: String) -> String {
    var out = ""
    var escaped = false
    for character in value {
      if escaped {
        out.append(character == "n" || character == "N" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// The components of a calendar, each as its properties by name (without those of the
  /// components nested in it, such as its `VALARM`).
  static func components(_ text: String, _ kind: String) -> [[String: Property]] {
    var result: [[String: Property]] = []
    var current: [String: Property]?
    var nested = 0
    for property in properties(text) {
      if property.name == "BEGIN", property.value == kind {
        current = [:]
      } else if property.name == "END", property.value == kind, let finished = current {
        result.append(finished)
        current = nil
      } else if current != nil, property.name == "BEGIN" {
        nested += 1
      } else if current != nil, property.name == "END" {
        nested -= 1
      } else if current != nil, nested == 0 {
        current?[property.name] = property
      }
    }
    return result
  }

  @Test func everyObligationHasAReminderBeforeItsDueDate() throws {
    let report = try RendererGoldenTests.report()
    for component in [CalendarExport.Component.event, .todo] {
      let text = CalendarExport(plan: report.table.plan, component: component, language: .russian)
        .render(CalendarExport.obligations(of: report))
      let alarms = Self.components(text, "VALARM")
      #expect(alarms.count == Self.components(text, component.rawValue).count)
      #expect(alarms.allSatisfy { $0["TRIGGER"]?.value == "-P\(CalendarExport.reminderDays)D" })
      #expect(alarms.allSatisfy { $0["ACTION"]?.value == "DISPLAY" })
      #expect(alarms.allSatisfy { Self.unescape($0["DESCRIPTION"]?.value ?? "").hasPrefix("Подходит срок: ") })
      let described = Self.components(text, component.rawValue).map { Self.unescape($0["DESCRIPTION"]?.value ?? "") }
      #expect(described.allSatisfy { $0.contains("\n\nСрок по документу: ") })
    }
  }

  /// Checks what every calendar must be: CRLF only, lines within 75 octets, each line valid UTF-8
  /// on its own (no character split by folding), balanced components.
  static func expectWellFormed(_ text: String) {
    let bytes = Array(text.utf8)
    #expect(text.hasSuffix("\r\n"))
    var start = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D {
        #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "a CR without LF at \(index)")
        let line = Array(bytes[start..<index])
        #expect(line.count <= 75, "a line of \(line.count) octets")
        #expect(String(validating: line, as: UTF8.self) != nil, "folding split a character")
        index += 2
        start = index
        continue
      }
      #expect(bytes[index] != 0x0A, "a bare LF at \(index)")
      index += 1
    }
    let properties = properties(text)
    #expect(properties.first?.name == "BEGIN" && properties.first?.value == "VCALENDAR")
    #expect(properties.last?.name == "END" && properties.last?.value == "VCALENDAR")
    #expect(properties.filter { $0.name == "BEGIN" }.count == properties.filter { $0.name == "END" }.count)
    for name in ["VERSION", "PRODID", "CALSCALE", "X-WR-CALNAME"] {
      #expect(properties.contains { $0.name == name }, "no \(name)")
    }
  }

  @Test(arguments: [CalendarExport.Component.event, .todo])
  func matchesItsGoldenFile(_ component: CalendarExport.Component) throws {
    let report = try RendererGoldenTests.report()
    let export = CalendarExport(plan: report.table.plan, component: component)
    let output = export.render(CalendarExport.obligations(of: report))
    Self.expectWellFormed(output)
    try GoldenFile.expectMatch(output, component == .event ? "agenda.ics" : "agenda-todo.ics")
  }

  @Test(arguments: [CalendarExport.Component.event, .todo])
  func matchesItsRussianGoldenFile(_ component: CalendarExport.Component) throws {
    let report = try RendererGoldenTests.report()
    let export = CalendarExport(plan: report.table.plan, component: component, language: .russian)
    let output = export.render(CalendarExport.obligations(of: report))
    Self.expectWellFormed(output)
    try GoldenFile.expectMatch(output, component == .event ? "agenda.ru.ics" : "agenda-todo.ru.ics")
  }

  @Test func leavesOutWhatIsFinishedOrHasNoDate() throws {
    let report = try RendererGoldenTests.report()
    let rows = CalendarExport.obligations(of: report)
    let ids = rows.map { "\($0.id)/\($0.subject?.id ?? "-")/\($0.occurrence)" }
    // 1.1 was done (late), 1.3 for a was done, R1 for a was submitted, 1.4 has no date.
    #expect(ids == ["1.2/-/1", "1.2/-/2", "1.3/b/1", "R1/b/1"])
    let moved = try #require(rows.first { $0.id == "1.2" && $0.occurrence == 2 })
    #expect(moved.window?.effectiveDue == CivilDate(year: 2024, month: 7, day: 1))
    let april = CalendarExport.obligations(
      of: report, from: CivilDate(year: 2024, month: 4, day: 1), through: CivilDate(year: 2024, month: 4, day: 30))
    #expect(april.map(\.id) == ["1.2", "R1"])
  }

  @Test func propertiesReadBackAsTheObligations() throws {
    let report = try RendererGoldenTests.report()
    let rows = CalendarExport.obligations(of: report)
    let export = CalendarExport(plan: report.table.plan, component: .todo)
    let todos = Self.components(export.render(rows), "VTODO")
    #expect(todos.count == rows.count)
    for (todo, row) in zip(todos, rows) {
      #expect(todo["UID"]?.value == export.uid(row))
      #expect(todo["DTSTAMP"]?.value == "20240201T000000Z", "the approval date")
      #expect(todo["DUE"]?.parameters == "VALUE=DATE")
      #expect(todo["DUE"]?.value == row.window.map { CalendarExport.basic($0.effectiveDue) })
      let description = Self.unescape(todo["DESCRIPTION"]?.value ?? "")
      #expect(description.hasPrefix(row.title + "\n\nDue as written: " + row.duePhrase + "\n"))
      #expect(Self.unescape(todo["CATEGORIES"]?.value ?? "") == row.owners.joined(separator: ","))
    }
    #expect(todos[2]["UID"]?.value == "golden-2024/1.3/b/1@karta")
    #expect(todos[3]["UID"]?.value == "golden-2024/report:R1/b/1@karta")
    #expect(Self.unescape(todos[2]["SUMMARY"]?.value ?? "") == "1.3 (b): Списки организаторов")
    #expect(Self.unescape(todos[1]["SUMMARY"]?.value ?? "") == "1.2 #2: Мониторинг")
  }

  @Test func hostileTextIsEscapedFoldedAndReadsBack() throws {
    let report = try CSVReportTests.hostileReport()
    let rows = CalendarExport.obligations(of: report)
    for component in [CalendarExport.Component.event, .todo] {
      let export = CalendarExport(plan: report.table.plan, component: component)
      let output = export.render(rows)
      Self.expectWellFormed(output)
      let entries = Self.components(output, component.rawValue)
      #expect(entries.count == rows.count)
      #expect(Set(entries.compactMap { $0["UID"]?.value }).count == rows.count, "UIDs are unique")
      for (entry, row) in zip(entries, rows) {
        let description = Self.unescape(entry["DESCRIPTION"]?.value ?? "")
        #expect(description.hasPrefix(row.title + "\n"), "\(row.id)")
        #expect(
          description.contains("Responsible: MIN — Министерство; отдел \"А\", <b>жирный</b>")
            == row.owners
            .contains("MIN"))
        let summary = Self.unescape(entry["SUMMARY"]?.value ?? "")
        #expect(summary.hasPrefix(row.id))
      }
      let name = try #require(Self.properties(output).first { $0.name == "X-WR-CALNAME" })
      #expect(Self.unescape(name.value).contains("<script>alert(1)</script>; \"кавычки\", запятые"))
    }
    let long = try #require(rows.first { $0.id == "4" })
    #expect(long.title.count > 9_000)
    let text = CalendarExport(plan: report.table.plan).render([long])
    let description = Self.unescape(Self.components(text, "VEVENT").first?["DESCRIPTION"]?.value ?? "")
    #expect(description.hasPrefix(long.title))
  }

  @Test func twoRunsGiveTheSameBytes() throws {
    let first = try CSVReportTests.hostileReport()
    let second = try CSVReportTests.hostileReport(asOf: "2024-09-01")
    let one = CalendarExport(plan: first.table.plan).render(CalendarExport.obligations(of: first))
    let other = CalendarExport(plan: second.table.plan).render(CalendarExport.obligations(of: second))
    #expect(one == other)
  }

  @Test(arguments: [
    ("a;b,c\\d", "a\\;b\\,c\\\\d"), ("line\nbreak", "line\\nbreak"), ("crlf\r\nend", "crlf\\nend"),
    ("cr\rend", "cr\\nend"),
    ("tab\tok", "tab\tok"), ("bell\u{07}del\u{7F}gone", "belldelgone"), ("<script>", "<script>"), ("«ё»", "«ё»"),
  ])
  func textIsEscaped(_ text: String, _ escaped: String) {
    #expect(CalendarExport.escape(text) == escaped)
  }

  @Test func foldingNeverSplitsACharacterNorAnEscape() {
    for prefix in 0..<4 {
      for body in ["я", "€", "𝄞", "\\,", "a"] {
        let line = "DESCRIPTION:" + String(repeating: "x", count: prefix) + String(repeating: body, count: 200)
        let folded = CalendarExport.fold(line)
        for physical in folded.components(separatedBy: "\r\n").dropLast() {
          #expect(physical.utf8.count <= 75)
          #expect(!physical.hasSuffix("\\") || physical.hasSuffix("\\\\"), "an escape cut in two")
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
      }
    }
  }
}
