import KartaCheck
import KartaLanguage
import KartaPlan
import KartaWords

/// The terminal report: the date and inputs, the compliance figure, counts by state, the gaps by
/// party and by subject, progress by section, and the reports not submitted. Reads at a glance;
/// colour only when asked.
public struct TextReport: ReportRenderer {
  public static let identifier = "text"
  /// The most gap lines listed per party before "… and N more".
  public static let gapLinesPerParty = 25
  /// The most subjects listed.
  public static let subjectLines = 30
  /// The most status files listed one by one among the inputs.
  public static let statusFileLines = 20

  private let colored: Bool
  private let language: Language
  private let gapLines: Int
  private let subjectLines: Int
  private let statusFileLines: Int
  /// Stands in for the report's own `ESC [` while the text is made safe: text from plans and
  /// status files is shown with its control characters escaped, and a fresh random stand-in per
  /// renderer means no such text can pass for one.
  private let escape = "\u{E000}\(UInt64.random(in: 1...UInt64.max))\u{E001}"

  /// Creates the renderer, in `language`.
  /// With `listingAll` (`karta check --all`), no list is cut.
  public init(colored: Bool = false, language: Language = .english, listingAll: Bool = false) {
    self.colored = colored
    self.language = language
    gapLines = listingAll ? .max : Self.gapLinesPerParty
    subjectLines = listingAll ? .max : Self.subjectLines
    statusFileLines = listingAll ? .max : Self.statusFileLines
  }

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    var out = ""
    let title = plan.header.map { "\($0.id) — \($0.title)" } ?? language.word("report.plan")
    out += bold(language.say("text.title", "\(ReportWording.short(title, 110))")) + "\n"
    out += language.say("text.as-of", "\(report.asOf.russian)", "\(report.horizon)")
    if let party = report.filter.party { out += language.say("report.filter-party", "\(party)") }
    if let subject = report.filter.subject { out += language.say("report.filter-subject", "\(subject)") }
    out += "\n" + ReportWording.daysOff(report, language: language) + "\n"
    out += "\n" + bold(language.say("text.compliance", "\(ReportWording.percent(report.compliance))"))
    out +=
      "  "
      + language.count(
        "count.text.compliance", report.dueByDate, "\(report.doneOnTime)", "\(report.dueByDate)",
        "\(report.asOf.russian)") + "\n"
    let counts = ReportWording.summaryStates.map { state in
      let text = language.say("report.state-count", .word(state.labelKey), "\(report.totals[state])")
      return state.isGap && report.totals[state] > 0 ? paint(text, state) : text
    }
    out += "  " + counts.joined(separator: " · ") + "  — "
    out += language.count("count.text.obligations", report.totals.total, "\(report.totals.total)") + "\n"
    out += gapsByParty(report)
    out += gapsBySubject(report)
    out += changes(report)
    out += sections(report)
    out += missingReports(report)
    out += silent(report)
    out += "\n" + inputs(report)
    // Text from plans and status files may hold escape sequences; only the report's own colours
    // (written with a stand-in for ESC) reach the terminal.
    return colored
      ? DiagnosticRenderer.visible(out, keepingLineBreaks: true).replacingOccurrences(of: escape, with: "\u{1B}[")
      : DiagnosticRenderer.visible(out, keepingLineBreaks: true)
  }

  private func gapsByParty(_ report: ComplianceReport) -> String {
    var out = "\n" + language.word("text.gaps-by-party") + "\n"
    var any = false
    for party in ReportWording.partyOrder(report) {
      let (indices, total) = report.indices(
        ownedBy: party.code, in: ReportWording.gapOrder, limit: gapLines)
      guard total > 0 else { continue }
      any = true
      let counts = report.byParty[party.code] ?? StateCounts()
      let summary = ReportWording.summaryStates.filter { $0.isGap && counts[$0] > 0 }.map {
        language.say("report.state-tally", .word($0.labelKey), "\(counts[$0])")
      }
      out +=
        "  " + bold("\(party.code)")
        + "  \(ReportWording.short(party.name, 70))  (\(summary.joined(separator: ", ")))\n"
      for index in indices { out += line(report.row(index), lead: party.code) }
      if total > indices.count { out += "      " + language.say("text.more-all", "\(total - indices.count)") + "\n" }
    }
    return any ? out : out + "  " + language.word("text.none") + "\n"
  }

  private func line(_ row: ObligationRow, lead: String? = nil) -> String {
    let state = paint(
      language.word(row.state.shortLabelKey).padding(toLength: stateWidth, withPad: " ", startingAt: 0), row.state)
    let days = row.daysBehind.map { language.say("text.days", "\($0)") } ?? ""
    var text = "    \(state) \(String(repeating: " ", count: max(0, 8 - days.count)))\(days)  "
    text += ReportWording.label(row).padding(toLength: 11, withPad: " ", startingAt: 0)
    if let subject = row.subject { text += " [\(subject.id)]" }
    text += " \(ReportWording.short(row.title, 60))"
    if row.scheduleKind == .continuous {
      text += language.word("text.continuous")
    } else if let window = row.window {
      text += language.say("text.due", "\(window.effectiveDue.russian)")
    }
    text += row.reported.map { language.say("text.reported", .phrase($0)) } ?? language.word("text.nothing-reported")
    let others = row.owners.filter { $0 != lead }
    if lead != nil, !others.isEmpty { text += language.say("report.co-executors", "\(others.joined(separator: ", "))") }
    text += "\n"
    for note in row.notes { text += "        \(note.text(in: language))\n" }
    return text
  }

  /// The inputs with their digests; a long list of status files is summarised by one digest.
  private func inputs(_ report: ComplianceReport) -> String {
    // Forty thousand status files are looked at in place: no copies of their information, no set
    // of their paths (the plan's few files are compared with them one by one).
    let status = report.status
    let statusFiles = status.files.lazy.compactMap { $0 }
    let fileCount = statusFiles.count
    // `karta check` lists the plan's files, then the status files in order: then the plan's are
    // the ones before; otherwise every input is looked up among the status files.
    let tail = report.inputs.suffix(fileCount)
    let planInputs: [InputDigest]
    if tail.count == fileCount, zip(tail, statusFiles).allSatisfy({ $0.path == $1.path }) {
      planInputs = report.inputs.dropLast(fileCount).filter { input in
        !status.files.contains { $0?.path == input.path }
      }
    } else {
      let statusPaths = Set(statusFiles.map(\.path))
      planInputs = report.inputs.filter { !statusPaths.contains($0.path) }
    }
    var out = language.word("text.inputs") + "\n"
    for input in planInputs { out += "  \(input.path)  sha256:\(input.sha256.prefix(16))\n" }
    let later = Set(status.laterThanCheck.compactMap { status.files[$0]?.path })
    for info in statusFiles.prefix(statusFileLines) {
      let reporter = [info.party, info.subject].compactMap { $0 }.joined(separator: "/")
      out += "  \(info.path)  sha256:\(info.digest.prefix(16))  "
      out += language.count(
        "count.text.status-file", info.recordCount, "\(reporter)", "\(info.asOf.russian)", "\(info.submitted.russian)",
        "\(info.recordCount)")
      out += later.contains(info.path) ? language.word("text.not-used") + "\n" : "\n"
    }
    if fileCount > statusFileLines {
      var digests: [UInt8] = []
      digests.reserveCapacity(fileCount * 64)
      for info in statusFiles { digests.append(contentsOf: info.digest.utf8) }
      let combined = InputDigest.sha256(of: digests)
      out +=
        "  "
        + language.say(
          "text.more-status-files", "\(fileCount - statusFileLines)", "\(fileCount)", "\(combined.prefix(16))")
        + "\n"
    }
    return out
  }

  /// Obligations whose deadline an amendment or a status record moved, or that were waived or
  /// cancelled.
  private func changes(_ report: ComplianceReport) -> String {
    let (indices, total) = report.changedObligations(limit: gapLines, amendedItems: true)
    guard total > 0 else { return "" }
    var out = "\n" + language.word("text.changes") + "\n"
    for index in indices { out += line(report.row(index)) }
    if total > indices.count { out += "      " + language.say("text.more-all", "\(total - indices.count)") + "\n" }
    return out
  }

  private func gapsBySubject(_ report: ComplianceReport) -> String {
    let subjects = report.bySubject.filter { $0.value.gaps > 0 }.sorted { $0.key < $1.key }
    guard !subjects.isEmpty else { return "" }
    var out = "\n" + language.word("text.gaps-by-subject") + "\n"
    for (index, counts) in subjects.prefix(subjectLines) {
      let subject = report.table.subjects[Int(index)]
      let parts = ReportWording.summaryStates.filter { $0.isGap && counts[$0] > 0 }.map {
        language.say("report.state-tally", .word($0.labelKey), "\(counts[$0])")
      }
      out +=
        "  \(subject.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ReportWording.short(subject.name, 40)): \(parts.joined(separator: ", "))\n"
    }
    if subjects.count > subjectLines {
      out += "  " + language.say("text.more-subjects-all", "\(subjects.count - subjectLines)") + "\n"
    }
    return out
  }

  private func sections(_ report: ComplianceReport) -> String {
    var out = "\n" + language.word("text.sections") + "\n"
    for id in ReportWording.sectionOrder(report) {
      guard let counts = report.bySection[id] else { continue }
      let finished = counts[.done] + counts[.late] + counts[.targetMissed]
      let due = finished + counts[.overdue] + counts[.unreported]
      let share = due == 0 ? nil : Double(counts[.done]) / Double(due)
      let bar = progressBar(share)
      let title = ReportWording.short(ReportWording.sectionTitle(id, in: report.table.plan, language: language), 58)
      out += "  \(bar) \(ReportWording.percent(share).padding(toLength: 5, withPad: " ", startingAt: 0)) \(title)"
      out +=
        "  "
        + language.say(
          "text.section-counts", "\(counts[.done])", "\(counts[.late])", "\(counts[.overdue])",
          "\(counts[.unreported])", "\(counts[.pending] + counts[.dueSoon])") + "\n"
    }
    return out
  }

  private func missingReports(_ report: ComplianceReport) -> String {
    let (indices, total) = report.indices(in: [.unreported], source: .reports, limit: 50)
    var out = "\n" + language.word("text.missing-reports") + "\n"
    if total == 0 { return out + "  " + language.word("text.none") + "\n" }
    for row in indices.map(report.row) {
      let who = ([row.owners.first] + [row.subject?.id]).compactMap { $0 }.joined(separator: "/")
      let due = row.window?.effectiveDue.russian ?? "—"
      let when =
        row.window?.asOf.map { language.say("text.report-as-of-due", "\($0.russian)", "\(due)") }
        ?? language.say("text.report-due", "\(due)")
      out += "  \(row.id) \(who): \(when)\n"
    }
    if total > indices.count { out += "  " + language.say("text.more-all", "\(total - indices.count)") + "\n" }
    return out
  }

  /// The width of the state column: the longest short state label in the language.
  private var stateWidth: Int {
    ObligationState.allCases.map { language.word($0.shortLabelKey).count }.max() ?? 13
  }

  /// Who owes something due and sent no status file at all.
  private func silent(_ report: ComplianceReport) -> String {
    let silent = report.silentReporters()
    var out = "\n" + language.word("report.silent") + "\n"
    if silent.isEmpty { return out + "  " + language.word("text.none") + "\n" }
    for entry in silent.prefix(subjectLines) {
      let who = entry.subject.map { "\(entry.party)/\($0.id)" } ?? entry.party
      let name = entry.subject?.name ?? report.table.plan.party(entry.party)?.name ?? ""
      out += "  \(who)\(String(repeating: " ", count: max(1, 23 - who.count)))\(ReportWording.short(name, 40)): "
      out +=
        language.say("report.state-tally", .word(ObligationState.unreported.labelKey), "\(entry.unreported)") + "\n"
    }
    if silent.count > subjectLines {
      out += "  " + language.say("text.more-all", "\(silent.count - subjectLines)") + "\n"
    }
    return out
  }

  private func progressBar(_ share: Double?) -> String {
    guard let share else { return "[··········]" }
    let filled = Int((share * 10).rounded())
    return "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: 10 - filled) + "]"
  }

  private func bold(_ text: String) -> String { colored ? "\(escape)1m\(text)\(escape)0m" : text }

  private func paint(_ text: String, _ state: ObligationState) -> String {
    guard colored else { return text }
    let code: String
    switch state {
    case .overdue, .unreported: code = "31"
    case .targetMissed, .late: code = "33"
    case .dueSoon: code = "36"
    case .done: code = "32"
    default: return text
    }
    return "\(escape)\(code)m\(text)\(escape)0m"
  }
}
