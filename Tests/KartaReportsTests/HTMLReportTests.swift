import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaTestSupport
import Testing

@testable import KartaReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report: its golden file, a page that loads nothing and runs nothing, markup an XML
/// parser reads, and a plan whose text tries to break out of the markup.
@Suite struct HTMLReportTests {

  /// The elements the renderer writes; anything else in the output is text that escaped.
  static let elements: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section", "div", "p", "span",
    "b", "strong", "br", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "svg", "g", "rect", "line",
    "text", "tspan",
  ]

  @Test func theReportMatchesItsGoldenFile() throws {
    let output = HTMLReport().render(try RendererGoldenTests.report())
    try GoldenFile.expectMatch(output, "report.html", standIns: [.styleSheet])
  }

  @Test func thePageIsSelfContainedAndParsesAsXML() throws {
    let output = HTMLReport().render(try RendererGoldenTests.report())
    #expect(output.hasPrefix("<!DOCTYPE html>\n"))
    #expect(output.contains("<meta charset=\"utf-8\"/>"))
    for outside in ["<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe"] {
      #expect(!output.lowercased().contains(outside), "\(outside)")
    }
    #expect(output.contains("@page { size: A4 landscape; margin: 12mm; }"))
    #expect(output.contains("\"Segoe UI\", \"PT Sans\", \"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif"))
    let parsed = try Self.parse(output)
    #expect(parsed.unknown.isEmpty, "\(parsed.unknown)")
    #expect(parsed.names.contains("svg"))
  }

  @Test func theGoldenReportShowsWhatAControllerReads() throws {
    let output = HTMLReport().render(try RendererGoldenTests.report())
    // The plan's title, escaped, and the as-of date at the top.
    #expect(output.contains("<h1>План | с «кавычками» и &lt;тегами&gt;</h1>"))
    #expect(output.contains("Status as of <strong>15.04.2024</strong>"))
    #expect(output.contains("<td class=\"mono\">0000000000000000</td>"))
    // Tiles, bars, the timeline with the as-of line, one row for both subjects of item 1.3.
    #expect(output.contains("<div class=\"n\">17 %</div>"))
    #expect(output.contains("<div class=\"tile t-overdue\"><div class=\"l\">Overdue</div><div class=\"n\">1</div>"))
    #expect(output.contains("<span class=\"seg-overdue\" style=\"width:25.00%\" title=\"overdue: 1\"></span>"))
    #expect(output.contains("<line class=\"asof\""))
    #expect(output.contains(">1.3<tspan class=\"fan\"> ×2</tspan></text>"))
    // The gap table: the phrase as written, the effective due, what was reported.
    #expect(output.contains("<td class=\"phrase\">до 1 апреля 2024 года, до 1 июня 2024 года</td>"))
    #expect(
      output.contains(
        "<td class=\"date\">01.04.2024</td><td class=\"num\">14</td><td>in_progress<span class=\"note\">comment: собрано"
      ))
  }

  /// A plan whose every text is hostile: markup, a formula, quotes, semicolons, line breaks, a
  /// control character, a title of 10,000 characters.
  static let longTitle = String(repeating: "Очень длинное название; ", count: 417)

  static let hostilePlan = """
    plan hostile-2024: <script>alert(1)</script> "План"; 'кавычки'
      approved: 01.02.2024
      period: 2024
    subjects schools: Школы
      member s1: Школа <b>№ 1</b>; "лучшая"
      member s2: =HYPERLINK("x")
    party MIN: Министерство & <i>отдел</i>
    party SCHOOL: Школа
      each: schools
    section S1: 1. Раздел </table><script>
    item 1: <script>alert(1)</script>
      owner: MIN
      due: до 1 марта 2024 года
    item 2: =HYPERLINK("x")
      owner: MIN, SCHOOL
      due: до 15 марта 2024 года
    item 3: Текст с "кавычками"; 'апострофами' & амперсандом
      вторая строка <!-- комментарий
      owner: SCHOOL
      due: до 1 апреля 2024 года, до 1 июня 2024 года
    item 4: \(longTitle)
      owner: MIN
      due: до 31 марта 2024 года
    """

  static let hostileStatus = """
    {"format": "karta-status/1", "plan": "hostile-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-12",
     "records": [
       {"item": "1", "status": "in_progress", "comment": "</td><script>alert(2)</script>\\u0007 ]]> ?>",
        "evidence": ["=HYPERLINK(\\"x\\"); \\"1\\""]}
     ]}
    """

  static func hostileReport() throws -> ComplianceReport {
    let loaded = PlanLoader.load(path: "hostile.plan", from: InMemorySources(["hostile.plan": hostilePlan]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let table = ObligationTable(plan: loaded.plan)
    let status = StatusSet.load(files: [("<min>.json", Array(hostileStatus.utf8))], table: table)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    return ComplianceReport(
      table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")),
      inputs: [InputDigest(path: "hostile.plan\"><script>", sha256: String(repeating: "a", count: 64))])
  }

  @Test func hostileTextShowsAsTextAndThePageStillParses() throws {
    let output = HTMLReport().render(try Self.hostileReport())
    #expect(!output.lowercased().contains("<script"))
    #expect(!output.contains("<b>№ 1</b>"))
    #expect(!output.contains("<i>"))
    #expect(!output.contains("<!--"))
    #expect(!output.contains("\u{7}"))
    #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;План&quot;; &#39;кавычки&#39;"))
    #expect(output.contains("<td class=\"activity\">&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
    #expect(output.contains("=HYPERLINK(&quot;x&quot;)"))
    #expect(output.contains("Текст с &quot;кавычками&quot;; &#39;апострофами&#39; &amp; амперсандом"))
    #expect(output.contains("&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;\u{FFFD} ]]&gt; ?&gt;"))
    #expect(output.contains("Министерство &amp; &lt;i&gt;отдел&lt;/i&gt;"))
    #expect(output.contains("hostile.plan&quot;&gt;&lt;script&gt;"))
    // The long title is cut, never written whole.
    #expect(!output.contains(String(Self.longTitle.prefix(HTMLReport.textWidth))))
    #expect(output.contains(String(Self.longTitle.prefix(HTMLReport.textWidth - 1)) + "…"))
    #expect(output.utf8.count < 200_000)
    let parsed = try Self.parse(output)
    #expect(parsed.unknown.isEmpty, "\(parsed.unknown)")
    #expect(parsed.text.contains("<script>alert(1)</script>"))
    #expect(parsed.text.contains("=HYPERLINK(\"x\")"))
  }

  @Test func escapingCoversMarkupQuotesAndControlCharacters() {
    #expect(HTMLReport.escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
    #expect(HTMLReport.escape("a\u{0}b\u{1B}c\u{85}d\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
    #expect(HTMLReport.escape("строка 1\nстрока 2\tтаб") == "строка 1\nстрока 2\tтаб")
    #expect(HTMLReport.text("абвгд", 3) == "аб…")
  }

  @Test func longListsAreCutWithACount() throws {
    var plan = "plan many-2024: Много пунктов\n  approved: 01.02.2024\n  period: 2024\nparty MIN: Министерство\n"
    for number in 1...60 {
      plan += "item \(number): Мероприятие \(number)\n  owner: MIN\n  due: до 1 марта 2024 года\n"
    }
    let loaded = PlanLoader.load(path: "many.plan", from: InMemorySources(["many.plan": plan]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let table = ObligationTable(plan: loaded.plan)
    let status = StatusSet.load(files: [], table: table)
    let report = ComplianceReport(table: table, status: status, asOf: try #require(CivilDate(parsing: "2024-04-15")))
    let output = HTMLReport().render(report)
    #expect(output.contains("… and 12 more items with dates, not drawn"))
    #expect(output.contains("… and 35 more gaps of MIN"))
    #expect(output.components(separatedBy: "<g class=\"row\">").count - 1 == HTMLReport.timelineRows)
    #expect(output.components(separatedBy: "<svg ").count - 1 == 2)
    #expect(try Self.parse(output).unknown.isEmpty)
  }

  /// What XMLParser saw: element names, the ones the renderer does not write, and the text.
  final class Contents: NSObject, XMLParserDelegate {
    var names: Set<String> = []
    var unknown: Set<String> = []
    var text = ""

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      names.insert(name)
      if !HTMLReportTests.elements.contains(name) { unknown.insert(name) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  static func parse(_ output: String) throws -> Contents {
    let parser = XMLParser(data: Data(output.utf8))
    let contents = Contents()
    parser.delegate = contents
    let parsed = parser.parse()
    #expect(parsed, "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
    return contents
  }
}
