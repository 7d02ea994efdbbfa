import Foundation
import KartaCheck
import KartaLanguage
import KartaPlan
import KartaTestSupport
import Testing

@testable import KartaReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The CI formats — SARIF 2.1.0, JUnit XML, GitHub workflow annotations — for `karta lint` (findings
/// made by hand) and `karta check` (the golden report), against golden files, and with text that
/// tries to break each format. `UPDATE_GOLDEN=1 swift test` rewrites the golden files.
@Suite struct CIFormatTests {
  static let formats = [SARIFReport.identifier, JUnitReport.identifier, GitHubReport.identifier]

  static func place(_ file: String, _ line: Int, _ column: Int, _ length: Int) -> KartaLanguage.SourceLocation {
    KartaLanguage.SourceLocation(file: file, range: SourceRange(line: line, column: column, length: length))
  }

  /// What `karta lint` finds in two plans, one of which includes a file of parties: an error, a
  /// warning and a note in one plan, an error in the included file under an id no rule lists,
  /// and a finding about a whole file.
  static func findings() -> Findings {
    Findings(
      files: ["plans/a.plan", "./plans/b.plan"],
      rules: [
        .init(id: "syntax.unknown-property", severity: .error, summary: "a property the language does not know"),
        .init(id: "plan.duplicate-title", severity: .warning, summary: "two items with the same title"),
        .init(id: "deadline.on-request", severity: .note, summary: "a deadline given on request"),
      ],
      diagnostics: [
        Diagnostic(
          "syntax.unknown-property", at: place("plans/a.plan", 6, 3, 4),
          "unknown property 'ownr'; did you mean 'owner'?",
          notes: ["to write text that starts like a property, begin the line with '|'"]),
        Diagnostic(
          "plan.duplicate-title", .warning, at: place("plans/a.plan", 9, 9, 12),
          "item '2' has the same title as item '1'"),
        Diagnostic(
          "deadline.on-request", .note, at: place("plans/a.plan", 11, 8, 12),
          "'по запросу' gives no date; the item is judged on request"),
        Diagnostic("plan.unknown-party", at: place("plans/common/parties.plan", 2, 10, 1), "unknown party 'B'"),
        Diagnostic(
          "file.empty", .warning, at: KartaLanguage.SourceLocation(file: "./plans/b.plan"), "the file is empty"),
      ])
  }

  /// The golden file of a command's output in a format. The check's are the ones
  /// `RendererGoldenTests` reads too.
  static func goldenFile(_ command: String, _ format: String) -> URL {
    RendererGoldenTests.golden.appendingPathComponent("\(command == "check" ? "report" : "lint").\(format)")
  }

  static func render(_ command: String, _ format: String) throws -> String {
    let output =
      command == "lint"
      ? FindingsRenderers.render(findings(), as: format)
      : ReportRenderers.render(try RendererGoldenTests.report(), as: format)
    return try #require(output)
  }

  @Test(arguments: ["lint", "check"], formats)
  func matchesItsGoldenFile(_ command: String, _ format: String) throws {
    let output = try Self.render(command, format)
    guard let expected = try GoldenFile.expected(Self.goldenFile(command, format).lastPathComponent, output: output)
    else { return }
    if format == SARIFReport.identifier {
      // JSON is compared structurally, with the tool's version left out.
      #expect(try Self.sarifWithoutVersion(output) == Self.sarifWithoutVersion(expected))
    } else {
      #expect(output == expected)
    }
  }

  static func sarifWithoutVersion(_ text: String) throws -> NSDictionary {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let log = try #require(object as? [String: Any])
    var runs = try #require(log["runs"] as? [[String: Any]])
    for index in runs.indices {
      var tool = try #require(runs[index]["tool"] as? [String: Any])
      var driver = try #require(tool["driver"] as? [String: Any])
      #expect(driver["semanticVersion"] as? String == SARIFReport.toolVersion)
      driver["semanticVersion"] = "VERSION"
      tool["driver"] = driver
      runs[index]["tool"] = tool
    }
    var copy = log
    copy["runs"] = runs
    return copy as NSDictionary
  }

  // MARK: - What each format says

  @Test func sarifLocatesEachGapAtItsItemsLine() throws {
    let report = try RendererGoldenTests.report()
    let run = try #require(try Self.sarifRuns(SARIFReport().render(report)).first)
    let rules = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])["rules"] as? [[String: Any]]
    #expect(rules?.compactMap { $0["id"] as? String } == CIFindingSet.checkRules.map(\.id))
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == report.totals.gaps)
    let lines = RendererGoldenTests.plan.split(separator: "\n", omittingEmptySubsequences: false)
    let levels = ["overdue": "error", "unreported": "error", "target-missed": "warning", "late": "warning"]
    for result in results {
      let properties = try #require(result["properties"] as? [String: Any])
      let state = try #require(properties["state"] as? String)
      let item = try #require(properties["item"] as? String)
      #expect(result["ruleId"] as? String == "check.\(state)")
      #expect(result["level"] as? String == levels[state, default: "note"])
      let location = try #require(
        (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "golden.plan")
      let line = try #require((location["region"] as? [String: Any])?["startLine"] as? Int)
      #expect(lines[line - 1].contains(" \(item):"), "\(item) at line \(line)")
    }
  }

  @Test func sarifListsEveryRuleAndFileOfTheFindings() throws {
    let run = try #require(try Self.sarifRuns(SARIFReport().render(Self.findings())).first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    #expect(
      rules == [
        "syntax.unknown-property", "plan.duplicate-title", "deadline.on-request", "file.empty", "plan.unknown-party",
      ])
    let artifacts = try #require(run["artifacts"] as? [[String: Any]])
    let uris = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
    #expect(uris == ["plans/a.plan", "plans/b.plan", "plans/common/parties.plan"])
    for result in try #require(run["results"] as? [[String: Any]]) {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index] == result["ruleId"] as? String)
    }
  }

  @Test(arguments: [
    ("plans/a.plan", "plans/a.plan"), ("./plans/a.plan", "plans/a.plan"), ("plans\\a.plan", "plans/a.plan"),
    ("/srv/plans/a b.plan", "file:///srv/plans/a%20b.plan"), ("C:\\plans\\a.plan", "file:///C:/plans/a.plan"),
    ("планы/иркутск.plan", "%D0%BF%D0%BB%D0%B0%D0%BD%D1%8B/" + "%D0%B8%D1%80%D0%BA%D1%83%D1%82%D1%81%D0%BA.plan"),
    ("a:b%#?.plan", "a%3Ab%25%23%3F.plan"),
  ])
  func sarifURIsAreRelativeReferencesWithForwardSlashes(_ path: String, _ uri: String) {
    #expect(SARIFReport.uri(path) == uri)
  }

  @Test func junitFailsErrorsAndPassesWarnings() throws {
    let lint = JUnitReport().render(Self.findings())
    #expect(try Self.parseXML(lint).failures == 2)
    #expect(lint.contains("<testsuites name=\"karta lint\" tests=\"15\" failures=\"2\" errors=\"0\" skipped=\"0\">"))
    let check = JUnitReport().render(try RendererGoldenTests.report())
    // 8 obligations: overdue and unreported fail, on request is skipped, the rest pass.
    #expect(check.contains("<testsuites name=\"karta check\" tests=\"8\" failures=\"3\" errors=\"0\" skipped=\"1\">"))
    #expect(try Self.parseXML(check).failures == 3)
  }

  @Test func githubAnnotationsHaveOneLineAFinding() throws {
    let lines = GitHubReport().render(Self.findings()).split(separator: "\n")
    #expect(lines.count == 5)
    #expect(
      lines.first.map(String.init)
        == "::error file=plans/a.plan,line=6,col=3,title=syntax.unknown-property::"
        + "unknown property 'ownr'; did you mean 'owner'?%0A"
        + "note: to write text that starts like a property, begin the line with '|'")
    #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 2)
    #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 1)
    #expect(lines.contains("::warning file=plans/b.plan,title=file.empty::the file is empty"))
  }

  // MARK: - Hostile text

  /// Markup, a formula, quotes, separators, line ends, percent signs, workflow-command syntax and
  /// characters XML cannot carry.
  static let hostile =
    "<script>alert(1)</script> =HYPERLINK(\"x\") 'один' \"два\"; a;b, c\nвторая строка\r\nтретья 100% %0A %25"
    + " ::error file=x::y ]]> &amp; \u{0}\u{1}\u{B}\u{1F}\u{FFFE}конец"
  static let long = String(repeating: "Дл;и\"нн<о>е ", count: 1_000)

  static func hostileFindings() -> Findings {
    Findings(
      files: ["plans/a,b:c%.plan"],
      rules: [.init(id: "syntax.unknown-property", severity: .error, summary: hostile)],
      diagnostics: [
        Diagnostic("syntax.unknown-property", at: place("plans/a,b:c%.plan", 1, 1, 3), hostile, notes: [hostile]),
        Diagnostic("plan.unknown-party", .warning, at: place("plans/a,b:c%.plan", 2, 1, 3), long),
      ])
  }

  @Test func hostileTextStaysValidSARIF() throws {
    let run = try #require(try Self.sarifRuns(SARIFReport().render(Self.hostileFindings())).first)
    let messages = try #require(run["results"] as? [[String: Any]]).compactMap {
      ($0["message"] as? [String: Any])?["text"] as? String
    }
    #expect(messages == [Self.hostile + "\nnote: " + Self.hostile, Self.long])
    let report = try CSVReportTests.hostileReport()
    let results = try #require(try Self.sarifRuns(SARIFReport().render(report)).first?["results"] as? [[String: Any]])
    #expect(results.count == report.totals.gaps)
  }

  @Test func hostileTextStaysValidJUnit() throws {
    let lint = try Self.parseXML(JUnitReport().render(Self.hostileFindings()))
    let kept = String(
      String.UnicodeScalarView(Self.hostile.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\r" })
    )
    .replacingOccurrences(of: "\u{FFFE}", with: "")
    #expect(lint.failureTexts == ["plans/a,b:c%.plan:1:1: error: \(kept)\nnote: \(kept)"])
    #expect(lint.systemOut.contains { $0.hasSuffix(Self.long) })
    let report = try CSVReportTests.hostileReport()
    let check = try Self.parseXML(JUnitReport().render(report))
    #expect(check.testCases == report.totals.total)
    #expect(check.failures == report.totals[.overdue] + report.totals[.unreported])
  }

  @Test func hostileTextStaysOneAnnotationALine() throws {
    let output = GitHubReport().render(Self.hostileFindings())
    #expect(!output.contains("\r"))
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 2)
    for (line, expected) in zip(lines, [Self.hostile + "\nnote: " + Self.hostile, Self.long]) {
      let command = try #require(line.range(of: "::", range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex))
      let properties = line[line.index(line.startIndex, offsetBy: 2)..<command.lowerBound]
      #expect(Self.unescape(String(line[command.upperBound...])) == expected)
      let file = try #require(properties.split(separator: " ").last?.split(separator: ",").first)
      #expect(Self.unescape(String(file)) == "file=plans/a,b:c%.plan")
    }
    let report = try CSVReportTests.hostileReport()
    let checkLines = GitHubReport().render(report).split(separator: "\n")
    #expect(checkLines.count == report.totals.gaps)
    #expect(
      checkLines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
  }

  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
      .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
      .replacingOccurrences(of: "%25", with: "%")
  }

  // MARK: - Schema validation

  @Test func theShippedSchemaIsSARIF210() throws {
    let data = try Data(contentsOf: Self.schema)
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(schema["title"] as? String == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema")
    let version = (schema["properties"] as? [String: Any])?["version"] as? [String: Any]
    #expect(version?["enum"] as? [String] == ["2.1.0"])
  }

  /// Runs `scripts/validate-sarif.py` (the schema through the `jsonschema` package) over the golden
  /// and hostile outputs, where Python has that package; CI installs it and runs the script too.
  @Test(.enabled(if: CIFormatTests.pythonHasJSONSchema))
  func outputsValidateAgainstTheSARIFSchema() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-sarif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outputs = [
      SARIFReport().render(Self.findings()), SARIFReport().render(try RendererGoldenTests.report()),
      SARIFReport().render(Self.hostileFindings()), SARIFReport().render(try CSVReportTests.hostileReport()),
    ]
    var paths: [String] = []
    for (number, output) in outputs.enumerated() {
      let file = directory.appendingPathComponent("\(number).sarif")
      try Data(output.utf8).write(to: file)
      paths.append(file.path)
    }
    let script = Self.repository.appendingPathComponent("scripts/validate-sarif.py").path
    #expect(Self.python([script] + paths) == 0)
  }

  static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/sarif-schema-2.1.0.json")
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let pythonHasJSONSchema = python(["-c", "import jsonschema"]) == 0

  /// Runs `python3` with `arguments`; its exit status, or -1 when it cannot be started.
  static func python(_ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.standardOutput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return -1
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  // MARK: - Reading the outputs back

  static func sarifRuns(_ text: String) throws -> [[String: Any]] {
    let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect(log["$schema"] as? String == SARIFReport.schemaURI)
    return try #require(log["runs"] as? [[String: Any]])
  }

  /// What XMLParser saw in a JUnit document.
  final class JUnitContents: NSObject, XMLParserDelegate {
    var testCases = 0
    var failures = 0
    var failureTexts: [String] = []
    var systemOut: [String] = []
    private var text: String?

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      switch name {
      case "testcase": testCases += 1
      case "failure", "system-out": text = ""
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "failure" {
        failures += 1
        failureTexts.append(text ?? "")
      } else if name == "system-out" {
        systemOut.append(text ?? "")
      }
      text = nil
    }
  }

  static func parseXML(_ text: String) throws -> JUnitContents {
    let parser = XMLParser(data: Data(text.utf8))
    let contents = JUnitContents()
    parser.delegate = contents
    let parsed = parser.parse()
    #expect(parsed, "\(parser.parserError.map { "\($0)" } ?? "")")
    return contents
  }
}
