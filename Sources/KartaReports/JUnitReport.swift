import KartaCheck
import KartaLanguage
import KartaOffice

/// JUnit XML (`--format junit`), the test report CI servers (GitLab, Jenkins, Azure, test-report
/// actions) chart: `<testsuites>` with one `<testsuite>` a plan.
///
/// For `karta lint`, a suite per plan file holds one test case per rule (`classname` `karta.lint`,
/// `name` the rule id); a rule with error findings in that file fails, listing them; its warnings
/// and notes go to the case's `<system-out>`, and the case passes, as `karta lint` exits 0 on
/// warnings. For `karta check`, the plan's suite holds one test case per obligation (`classname`
/// the responsible parties, `name` the item id with subject and occurrence): an overdue or
/// unreported obligation fails; a late, target-missed or due-soon one passes with the finding in
/// `<system-out>`; a waived, cancelled, on-request or unscheduled one is skipped.
public struct JUnitReport: ReportRenderer, FindingsRenderer {
  public static let identifier = "junit"

  /// At most this many test cases a check: past it, obligations that are no gap are left out first.
  public static let caseLimit = 50_000

  /// Creates the renderer.
  private let language: Language

  /// Creates the renderer; messages in `language` (names of suites and cases stay as they are).
  public init(language: Language = .english) { self.language = language }

  struct TestCase {
    var name: String
    var classname: String
    var file: String?
    var line: Int?
    var outcome = Outcome.passed
    var output: [String] = []
  }

  enum Outcome {
    case passed
    case failed(type: String, message: String, text: String)
    case skipped(message: String)
  }

  struct Suite {
    var name: String
    var properties: [(String, String)] = []
    var cases: [TestCase] = []
    var output: [String] = []

    var failures: Int { cases.filter { if case .failed = $0.outcome { true } else { false } }.count }
    var skipped: Int { cases.filter { if case .skipped = $0.outcome { true } else { false } }.count }
  }

  public func render(_ report: ComplianceReport) -> String {
    var suite = Suite(name: report.table.plan.header?.id ?? "plan")
    suite.properties = [("plan_title", report.table.plan.header?.title ?? ""), ("as_of", report.asOf.iso)]
    suite.properties.append(("horizon_days", "\(report.horizon)"))
    if let party = report.filter.party { suite.properties.append(("party", party)) }
    if let subject = report.filter.subject { suite.properties.append(("subject", subject)) }
    let onlyGaps = report.totals.total > Self.caseLimit
    var omitted = 0
    for index in report.states.indices {
      guard let state = report.state(of: index) else { continue }
      guard !(onlyGaps && !state.isGap), suite.cases.count < Self.caseLimit else {
        omitted += 1
        continue
      }
      suite.cases.append(testCase(CIFindingSet.finding(obligation: index, in: report, language: language)))
    }
    if omitted > 0 {
      suite.output.append("\(omitted) obligations left out; at most \(Self.caseLimit) test cases, gaps first")
    }
    return xml(name: "karta check", suites: [suite])
  }

  private func testCase(_ finding: CIFinding) -> TestCase {
    guard let row = finding.obligation else { return TestCase(name: finding.rule, classname: "karta.check") }
    var name = row.id
    if let subject = row.subject { name += " [\(subject.id)]" }
    if row.occurrences > 1 { name += " #\(row.occurrence)" }
    var testCase = TestCase(
      name: name, classname: row.owners.isEmpty ? row.id : row.owners.joined(separator: ","),
      file: CIFindingSet.displayPath(finding.location.file), line: finding.location.range?.start.line)
    switch row.state {
    case .overdue, .unreported:
      testCase.outcome = .failed(type: finding.rule, message: finding.message, text: finding.fullMessage)
    case .targetMissed, .late, .dueSoon:
      testCase.output = [finding.fullMessage]
    case .waived, .cancelled, .onRequest, .unscheduled:
      testCase.outcome = .skipped(message: finding.message)
    case .pending, .done, .ongoing:
      break
    }
    return testCase
  }

  public func render(_ findings: Findings) -> String {
    let set = CIFindingSet(lint: findings, language: language)
    var byFile: [String: [CIFinding]] = [:]
    for finding in set.findings { byFile[finding.location.file, default: []].append(finding) }
    let suites = set.files.map { file in
      let here = byFile[file.path] ?? []
      var suite = Suite(name: CIFindingSet.displayPath(file.path))
      suite.cases = set.rules.map { rule in
        let mine = here.filter { $0.rule == rule.id }
        let errors = mine.filter { $0.level == .error }
        var testCase = TestCase(name: rule.id, classname: "karta.lint")
        if !errors.isEmpty {
          testCase.outcome = .failed(
            type: rule.id, message: errors.count == 1 ? "1 error" : "\(errors.count) errors",
            text: errors.map(line).joined(separator: "\n"))
        }
        testCase.output = mine.filter { $0.level != .error }.map(line)
        return testCase
      }
      return suite
    }
    let note = set.omitted > 0 ? "\(set.omitted) more findings were left out" : nil
    return xml(name: "karta lint", suites: suites, note: note)
  }

  /// "golden.plan:3:5: error: message", with the notes on lines of their own.
  private func line(_ finding: CIFinding) -> String {
    let file = CIFindingSet.displayPath(finding.location.file)
    let place = finding.location.range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
    return "\(place): \(finding.level.rawValue): \(finding.fullMessage)"
  }

  // MARK: - Writing XML

  private func xml(name: String, suites: [Suite], note: String? = nil) -> String {
    let tests = suites.map(\.cases.count).reduce(0, +)
    let failures = suites.map(\.failures).reduce(0, +)
    let skipped = suites.map(\.skipped).reduce(0, +)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites \(attributes([("name", name)])) tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\""
    out += " skipped=\"\(skipped)\">\n"
    for suite in suites {
      out += "  <testsuite \(attributes([("name", suite.name)])) tests=\"\(suite.cases.count)\""
      out += " failures=\"\(suite.failures)\" errors=\"0\" skipped=\"\(suite.skipped)\">\n"
      if !suite.properties.isEmpty {
        out += "    <properties>\n"
        for (key, value) in suite.properties {
          out += "      <property \(attributes([("name", key), ("value", value)]))/>\n"
        }
        out += "    </properties>\n"
      }
      for testCase in suite.cases { out += render(testCase) }
      if !suite.output.isEmpty {
        out += "    <system-out>\(XMLText.escape(suite.output.joined(separator: "\n")))</system-out>\n"
      }
      out += "  </testsuite>\n"
    }
    if let note { out += "  <!-- \(note) -->\n" }
    return out + "</testsuites>\n"
  }

  private func render(_ testCase: TestCase) -> String {
    var pairs = [("name", testCase.name), ("classname", testCase.classname)]
    if let file = testCase.file { pairs.append(("file", file)) }
    if let line = testCase.line { pairs.append(("line", "\(line)")) }
    var body = ""
    switch testCase.outcome {
    case .passed: break
    case .failed(let type, let message, let text):
      body += "      <failure \(attributes([("type", type), ("message", message)]))>\(XMLText.escape(text))</failure>\n"
    case .skipped(let message):
      body += "      <skipped \(attributes([("message", message)]))/>\n"
    }
    if !testCase.output.isEmpty {
      body += "      <system-out>\(XMLText.escape(testCase.output.joined(separator: "\n")))</system-out>\n"
    }
    let open = "    <testcase \(attributes(pairs))"
    return body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n"
  }

  private func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { "\($0.0)=\"\(XMLText.escape($0.1, attribute: true))\"" }.joined(separator: " ")
  }
}
