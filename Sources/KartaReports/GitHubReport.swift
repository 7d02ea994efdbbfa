import Foundation
import KartaCheck
import KartaLanguage

/// GitHub Actions workflow annotations (`--format github`): one workflow command a finding,
/// `::error file=PATH,line=L,col=C,title=ID::MESSAGE` (`::warning` and `::notice` for the other
/// levels), which the runner shows on the lines of the plan file in a pull request. For
/// `karta lint` a finding is a diagnostic; for `karta check` an obligation in a gap state, at its
/// item's line, titled with the state's rule id (`check.overdue`).
public struct GitHubReport: ReportRenderer, FindingsRenderer {
  public static let identifier = "github"

  private let language: Language

  /// Creates the renderer; messages in `language` (rule ids and levels stay as they are).
  public init(language: Language = .english) { self.language = language }

  public func render(_ report: ComplianceReport) -> String {
    let sink = OutputSink()
    write(report, to: sink)
    return sink.text
  }

  /// Writes the annotations to `sink`, one line at a time.
  public func write(_ report: ComplianceReport, to sink: OutputSink) {
    write(CIFindingSet(check: report, language: language), to: sink)
  }

  public func render(_ findings: Findings) -> String {
    let sink = OutputSink()
    write(CIFindingSet(lint: findings, language: language), to: sink)
    return sink.text
  }

  private func write(_ set: CIFindingSet, to sink: OutputSink) {
    for finding in set.findings {
      var properties = ["file=" + Self.escapeProperty(CIFindingSet.displayPath(finding.location.file))]
      if let start = finding.location.range?.start {
        properties += ["line=\(start.line)", "col=\(start.column)"]
      }
      properties.append("title=" + Self.escapeProperty(finding.rule))
      sink.write("::\(Self.command(finding.level)) \(properties.joined(separator: ","))::")
      sink.write(Self.escapeMessage(finding.fullMessage) + "\n")
    }
    if set.omitted > 0 {
      sink.write(
        "::warning title=karta::\(set.omitted) more findings were left out; at most \(set.findings.count) are listed\n")
    }
  }

  /// The workflow command of a level.
  static func command(_ level: Severity) -> String {
    switch level {
    case .error: "error"
    case .warning: "warning"
    case .note: "notice"
    }
  }

  /// A message as a workflow command carries it: `%`, CR and LF escaped, so that text from a plan
  /// can neither end the command nor start another.
  static func escapeMessage(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A property value: as a message, and `:` and `,` escaped too.
  static func escapeProperty(_ text: String) -> String {
    escapeMessage(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}

// MARK: - Findings shared by the CI formats (SARIF, JUnit, GitHub annotations)

/// A rule as the CI formats list it.
struct CIRule {
  /// The stable id: a lint diagnostic id, or `check.<state>`.
  var id: String
  /// The level it reports with by default.
  var level: Severity
  /// What it finds, in one line.
  var summary: String
}

/// One finding as the CI formats show it: a rule, a level, a message and a place in a plan file.
struct CIFinding {
  /// The rule's id.
  var rule: String
  /// Error, warning or note.
  var level: Severity
  /// Where it is.
  var location: SourceLocation
  /// The finding in one line.
  var message: String
  /// Further remarks, each shown on a line of its own.
  var notes: [String]
  /// The obligation, for a finding of `karta check`.
  var obligation: ObligationRow?

  /// The message with its notes, one a line.
  var fullMessage: String { ([message] + notes.map { "note: \($0)" }).joined(separator: "\n") }
}

/// A file the CI formats list, with its digest when known.
struct CIFile {
  var path: String
  var sha256: String?
}

/// What a CI format renders: the rules run, the files looked at, the findings, and how many more
/// there were than a CI tool takes.
struct CIFindingSet {
  /// At most this many findings are listed: GitHub code scanning takes at most 25,000 results a run.
  static let limit = 25_000

  /// `karta/lint` or `karta/check/<plan id>`: which analysis a code-scanning upload belongs to.
  var category: String
  /// The plan's id (check only).
  var plan: String?
  /// The rules, in a fixed order.
  var rules: [CIRule]
  /// The files, in the order given; files named by findings follow.
  var files: [CIFile]
  /// The findings listed.
  var findings: [CIFinding]
  /// Findings left out beyond `limit`.
  var omitted: Int

  /// The findings of `karta lint`: every rule run, then any other id a finding has.
  init(lint: Findings, limit: Int = CIFindingSet.limit, language: Language = .english) {
    category = "karta/lint"
    rules = lint.rules.map { CIRule(id: $0.id, level: $0.severity, summary: $0.summary) }
    var known = Set(rules.map(\.id))
    var others: [CIRule] = []
    for diagnostic in lint.diagnostics where !known.contains(diagnostic.id.rawValue) {
      known.insert(diagnostic.id.rawValue)
      others.append(
        CIRule(
          id: diagnostic.id.rawValue, level: diagnostic.severity,
          summary: "a problem the plan reader reports (see docs/lint.md)"))
    }
    rules += others.sorted { $0.id < $1.id }
    findings = lint.diagnostics.prefix(limit).map {
      CIFinding(
        rule: $0.id.rawValue, level: $0.severity, location: $0.location, message: $0.message(in: language),
        notes: $0.notes(in: language), obligation: nil)
    }
    omitted = lint.diagnostics.count - findings.count
    files = lint.files.map { CIFile(path: $0, sha256: nil) }
    addFilesOfFindings()
  }

  /// The gaps of `karta check`, most serious first, each located at its item's or report's line.
  init(check report: ComplianceReport, limit: Int = CIFindingSet.limit, language: Language = .english) {
    plan = report.table.plan.header?.id
    category = "karta/check/" + (plan ?? "plan")
    rules = Self.checkRules
    let (indices, total) = report.indices(in: ReportWording.gapOrder, limit: limit)
    findings = indices.map { Self.finding(obligation: $0, in: report, language: language) }
    omitted = total - indices.count
    files = report.inputs.map { CIFile(path: $0.path, sha256: $0.sha256) }
    addFilesOfFindings()
  }

  private mutating func addFilesOfFindings() {
    var seen = Set(files.map(\.path))
    for finding in findings where seen.insert(finding.location.file).inserted {
      files.append(CIFile(path: finding.location.file, sha256: nil))
    }
  }

  /// The rules of `karta check`: one a gap state.
  static let checkRules = [
    CIRule(id: "check.overdue", level: .error, summary: "the deadline has passed; reported, but not completed"),
    CIRule(id: "check.unreported", level: .error, summary: "the deadline has passed and nothing is reported"),
    CIRule(
      id: "check.target-missed", level: .warning,
      summary: "completed on time, but a reported indicator misses the item's target"),
    CIRule(id: "check.late", level: .warning, summary: "completed after the effective due date"),
    CIRule(id: "check.due-soon", level: .note, summary: "not completed and due within the horizon"),
  ]

  /// The rule id of a state: `check.overdue`.
  static func ruleID(_ state: ObligationState) -> String { "check." + state.rawValue }

  /// The level of a gap state; `nil` for a state that is no gap.
  static func level(_ state: ObligationState) -> Severity? {
    switch state {
    case .overdue, .unreported: .error
    case .targetMissed, .late: .warning
    case .dueSoon: .note
    default: nil
    }
  }

  /// Obligation `index` as a finding (any state; a state that is no gap is a note).
  static func finding(obligation index: Int, in report: ComplianceReport, language: Language = .english) -> CIFinding {
    let row = report.row(index)
    return CIFinding(
      rule: ruleID(row.state), level: level(row.state) ?? .note, location: location(of: index, in: report),
      message: describe(row, language: language), notes: row.notes.map { $0.text(in: language) }, obligation: row)
  }

  /// Where obligation `index` is written: its item's or report's line in the plan.
  static func location(of index: Int, in report: ComplianceReport) -> SourceLocation {
    let table = report.table
    switch table.groups[table.locate(index).group].source {
    case .item(let number): return table.plan.items[number].location
    case .report(let number): return table.plan.reports[number].location
    }
  }

  /// "overdue: 1.2 #1 [a] Мониторинг — due 01.04.2024; reported: in_progress; responsible: MIN".
  static func describe(_ row: ObligationRow, language: Language = .english) -> String {
    var text = "\(language.word(row.state.shortLabelKey)): \(ReportWording.label(row))"
    if let subject = row.subject { text += " [\(subject.id)]" }
    text += " \(ReportWording.short(row.title, 120))"
    if row.scheduleKind == .continuous {
      text += language.word("text.continuous")
    } else if let window = row.window {
      text += language.say("text.due", "\(window.effectiveDue.russian)")
    }
    text += row.reported.map { language.say("text.reported", .phrase($0)) } ?? language.word("text.nothing-reported")
    if !row.owners.isEmpty { text += language.say("ci.responsible", "\(row.owners.joined(separator: ", "))") }
    return text
  }

  /// A path as CI tools show it: forward slashes, no leading `./`.
  static func displayPath(_ path: String) -> String {
    var slashed = path.replacingOccurrences(of: "\\", with: "/")
    while slashed.hasPrefix("./") { slashed.removeFirst(2) }
    return slashed
  }
}
