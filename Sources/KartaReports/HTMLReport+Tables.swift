import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// The tables: the gaps by responsible party and by subject, what was moved, waived or cancelled,
/// and the reports not submitted.
extension HTMLReport {
  func gapsByParty(_ report: ComplianceReport) -> String {
    var out = "<section class=\"panel\">\n<h2>\(language.word("text.gaps-by-party"))</h2>\n"
    var any = false
    for party in ReportWording.partyOrder(report) {
      let (indices, total) = report.indices(
        ownedBy: party.code, in: ReportWording.gapOrder, limit: Self.gapRowsPerParty)
      guard total > 0 else { continue }
      any = true
      let counts = report.byParty[party.code] ?? StateCounts()
      let chips = ReportWording.summaryStates.filter { $0.isGap && counts[$0] > 0 }.map {
        "<span class=\"chip c-\($0.rawValue)\">"
          + language.say("report.state-tally", .word($0.labelKey), "\(counts[$0])") + "</span>"
      }
      out += "<div class=\"party\">\n<h3><span class=\"code\">\(Self.text(party.code, 40))</span> "
      out += "\(Self.text(party.name, 160)) \(chips.joined(separator: " "))</h3>\n"
      let rows = indices.map(report.row)
      let withSubjects = rows.contains { $0.subject != nil }
      out += "<table class=\"gaps\">\n<thead><tr><th class=\"c-state-col\">\(language.word("html.column.state"))</th>"
      out += "<th class=\"c-id\">\(language.word("html.column.item"))</th>"
      if withSubjects { out += "<th class=\"c-subject\">\(language.word("html.column.subject"))</th>" }
      out += "<th>\(language.word("html.column.activity"))</th>"
      out += "<th class=\"c-phrase\">\(language.word("html.column.due-phrase"))</th>"
      out += "<th class=\"c-date\">\(language.word("html.column.effective-due"))</th>"
      out += "<th class=\"num\">\(language.word("html.column.days"))</th>"
      out += "<th class=\"c-reported\">\(language.word("html.column.reported"))</th></tr></thead>\n<tbody>\n"
      for run in Self.runs(rows) { out += gapRows(run, withSubjects: withSubjects, lead: party.code) }
      out += "</tbody>\n</table>\n"
      if total > indices.count {
        out += "<p class=\"more\">"
        out += language.say("html.more-gaps", "\(total - indices.count)", "\(Self.text(party.code, 40))") + "</p>\n"
      }
      out += "</div>\n"
    }
    if !any { out += "<p>\(language.word("md.none"))</p>\n" }
    return out + "</section>\n"
  }

  /// Rows of one item, occurrence and state in a row of the list: they share one activity cell.
  /// Subjects with the same report share a line.
  static func runs(_ rows: [ObligationRow]) -> [[ObligationRow]] {
    var runs: [[ObligationRow]] = []
    for row in rows {
      if let last = runs.last?.last, last.kind == row.kind, last.id == row.id, last.occurrence == row.occurrence,
        last.state == row.state, last.duePhrase == row.duePhrase, last.window == row.window, last.title == row.title
      {
        runs[runs.count - 1].append(row)
      } else {
        runs.append([row])
      }
    }
    return runs
  }

  private func gapRows(_ run: [ObligationRow], withSubjects: Bool, lead: String) -> String {
    var lines: [(subjects: [Subject], reported: String, days: Int?)] = []
    for row in run {
      let reported = self.reported(row)
      if let last = lines.last, last.reported == reported, last.days == row.daysBehind, let subject = row.subject,
        !last.subjects.isEmpty
      {
        lines[lines.count - 1].subjects.append(subject)
      } else {
        lines.append((row.subject.map { [$0] } ?? [], reported, row.daysBehind))
      }
    }
    guard let row = run.first else { return "" }
    let span = lines.count > 1 ? " rowspan=\"\(lines.count)\"" : ""
    var out = ""
    for (number, line) in lines.enumerated() {
      out += number == 0 ? "<tr>" : "<tr class=\"cont\">"
      if number == 0 {
        out += "<td\(span)>\(chip(row.state))</td>"
        out += "<td class=\"id\"\(span)><b>\(Self.text(ReportWording.label(row), 60))</b>"
        if let number = row.number { out += "<span class=\"note\">№ \(Self.text(number, 20))</span>" }
        let others = row.owners.filter { $0 != lead }
        if !others.isEmpty {
          let names = Self.text(others.joined(separator: ", "), 120)
          out += "<span class=\"note\">\(language.say("html.co-executors", "\(names)"))</span>"
        }
        out += "</td>"
      }
      if withSubjects { out += "<td class=\"subject\">\(subjects(line.subjects))</td>" }
      if number == 0 {
        out += "<td class=\"activity\"\(span)>\(Self.text(row.title, Self.textWidth))</td>"
        out += "<td class=\"phrase\"\(span)>\(Self.text(row.duePhrase, Self.textWidth))</td>"
        out += "<td class=\"date\"\(span)>\(effectiveDue(row))</td>"
      }
      out += "<td class=\"num\">\(line.days.map(String.init) ?? "")</td><td>\(line.reported)</td></tr>\n"
    }
    return out
  }

  /// One subject by name with its id, or several by name with their number.
  func subjects(_ subjects: [Subject]) -> String {
    guard subjects.count > 1 else {
      return subjects.first.map { "\(Self.text($0.name, 80)) <span class=\"sid\">\(Self.text($0.id, 40))</span>" } ?? ""
    }
    let names = subjects.map { Self.text($0.name, 80) }.joined(separator: ", ")
    return "<b>\(language.say("html.subjects", "\(subjects.count)"))</b> <span class=\"many\">\(names)</span>"
  }

  /// The effective due date, with the nominal one when a day off moved it and the as-of date of a
  /// reporting checkpoint.
  func effectiveDue(_ row: ObligationRow) -> String {
    if row.scheduleKind == .continuous { return language.word("html.continuous") }
    guard let window = row.window else { return "—" }
    var out = window.effectiveDue.russian
    if window.due != window.effectiveDue {
      out += "<span class=\"note\">\(language.say("html.written-due", "\(window.due.russian)"))</span>"
    }
    if let asOf = window.asOf {
      out += "<span class=\"note\">\(language.say("html.as-of-date", "\(asOf.russian)"))</span>"
    }
    return out
  }

  /// What was reported, with the remarks and the evidence.
  func reported(_ row: ObligationRow) -> String {
    var out =
      row.reported.map { Self.text($0.text(in: language), 120) }
      ?? "<span class=\"none\">\(language.word("html.nothing-reported"))</span>"
    for note in row.notes { out += "<span class=\"note\">\(Self.text(note.text(in: language), Self.textWidth))</span>" }
    if !row.evidence.isEmpty {
      let evidence = Self.text(row.evidence.joined(separator: "; "), Self.textWidth)
      out += "<span class=\"note\">\(language.say("html.evidence", "\(evidence)"))</span>"
    }
    return out
  }

  /// A state as a coloured label.
  func chip(_ state: ObligationState) -> String {
    "<span class=\"chip c-\(state.rawValue)\">\(language.word(state.labelKey))</span>"
  }

  func gapsBySubject(_ report: ComplianceReport) -> String {
    // Every subject with something due or a gap, the worst compliance first (then the most overdue
    // and unreported): the page has no scripts, so the order is the one a controller sorts to.
    func share(_ counts: StateCounts) -> Double {
      Self.subjectCompliance(counts) ?? 2
    }
    let subjects = report.bySubject.filter { $0.value.gaps > 0 || Self.subjectCompliance($0.value) != nil }.sorted {
      let left = (share($0.value), -($0.value[.overdue] + $0.value[.unreported]), -$0.value.gaps)
      let right = (share($1.value), -($1.value[.overdue] + $1.value[.unreported]), -$1.value.gaps)
      return left != right ? left < right : $0.key < $1.key
    }
    guard !subjects.isEmpty else { return "" }
    var out = "<section class=\"panel\">\n<h2>\(language.word("text.gaps-by-subject"))</h2>\n"
    out += "<p class=\"legend\">\(language.word("html.subjects.order"))</p>\n<table class=\"subjects\">\n<thead><tr>"
    out += "<th>\(language.word("html.column.subject"))</th><th>\(language.word("html.column.name"))</th>"
    out += "<th class=\"num\">\(language.word("html.compliance"))</th>"
    for state in ReportWording.gapOrder { out += "<th class=\"num\">\(language.word(state.labelKey))</th>" }
    out += "<th class=\"num\">\(language.word("html.column.all"))</th></tr></thead>\n<tbody>\n"
    for (index, counts) in subjects.prefix(Self.subjectRows) {
      let subject = report.table.subjects[Int(index)]
      out +=
        "<tr><td class=\"mono\">\(Self.text(subject.id, 60))</td><td>\(Self.text(subject.name, Self.textWidth))</td>"
      out += "<td class=\"num\"><b>\(ReportWording.percent(Self.subjectCompliance(counts)))</b></td>"
      for state in ReportWording.gapOrder {
        let count = counts[state]
        out +=
          count > 0 ? "<td class=\"num c-\(state.rawValue)\"><b>\(count)</b></td>" : "<td class=\"num zero\">0</td>"
      }
      out += "<td class=\"num\">\(counts.total)</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if subjects.count > Self.subjectRows {
      out += "<p class=\"more\">\(language.say("text.more-subjects", "\(subjects.count - Self.subjectRows)"))</p>\n"
    }
    return out + "</section>\n"
  }

  /// A subject's share of done among its obligations that are due and judged (done, late, target
  /// missed, overdue, unreported), as the section bars count it; `nil` when none is due yet.
  static func subjectCompliance(_ counts: StateCounts) -> Double? {
    let due = counts[.done] + counts[.late] + counts[.targetMissed] + counts[.overdue] + counts[.unreported]
    return due == 0 ? nil : Double(counts[.done]) / Double(due)
  }

  /// Obligations whose deadline was moved, or that were waived or cancelled.
  func changes(_ report: ComplianceReport) -> String {
    let (indices, total) = report.changedObligations(limit: Self.gapRowsPerParty, amendedItems: false)
    guard total > 0 else { return "" }
    var out = "<section class=\"panel\">\n<h2>\(language.word("text.changes"))</h2>\n<table class=\"gaps\">\n"
    out += "<thead><tr><th class=\"c-state-col\">\(language.word("html.column.state"))</th>"
    out += "<th class=\"c-id\">\(language.word("html.column.item"))</th>"
    out += "<th class=\"c-subject\">\(language.word("html.column.subject"))</th>"
    out += "<th>\(language.word("html.column.activity"))</th>"
    out += "<th class=\"c-date\">\(language.word("html.column.effective-due"))</th>"
    out += "<th class=\"c-change\">\(language.word("html.column.change"))</th></tr></thead>\n<tbody>\n"
    for row in indices.map(report.row) {
      out += "<tr><td>\(chip(row.state))</td><td class=\"id\"><b>\(Self.text(ReportWording.label(row), 60))</b>"
      out += "</td><td>\(Self.text(row.subject?.name ?? "", 80))</td>"
      out += "<td class=\"activity\">\(Self.text(row.title, Self.textWidth))</td>"
      out += "<td class=\"date\">\(effectiveDue(row))</td><td>\(reported(row))</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if total > indices.count {
      out += "<p class=\"more\">\(language.say("text.more", "\(total - indices.count)"))</p>\n"
    }
    return out + "</section>\n"
  }

  /// Who owes something due and sent no status file at all.
  func silent(_ report: ComplianceReport) -> String {
    let silent = report.silentReporters()
    var out = "<section class=\"panel\">\n<h2>\(language.word("report.silent"))</h2>\n"
    guard !silent.isEmpty else { return out + "<p>\(language.word("md.none"))</p>\n</section>\n" }
    out += "<table class=\"subjects\">\n<thead><tr><th>\(language.word("html.inputs.reporter"))</th>"
    out += "<th>\(language.word("html.column.name"))</th>"
    out += "<th class=\"num\">\(language.word(ObligationState.unreported.labelKey))</th></tr></thead>\n<tbody>\n"
    for entry in silent.prefix(Self.subjectRows) {
      let who = entry.subject.map { "\(entry.party)/\($0.id)" } ?? entry.party
      let name = entry.subject?.name ?? report.table.plan.party(entry.party)?.name ?? ""
      out += "<tr><td class=\"mono\">\(Self.text(who, 80))</td><td>\(Self.text(name, 160))</td>"
      out += "<td class=\"num c-unreported\"><b>\(entry.unreported)</b></td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if silent.count > Self.subjectRows {
      out += "<p class=\"more\">\(language.say("text.more", "\(silent.count - Self.subjectRows)"))</p>\n"
    }
    return out + "</section>\n"
  }

  func missingReports(_ report: ComplianceReport) -> String {
    let (indices, total) = report.indices(in: [.unreported], source: .reports, limit: 50)
    var out = "<section class=\"panel\">\n<h2>\(language.word("text.missing-reports"))</h2>\n"
    guard total > 0 else { return out + "<p>\(language.word("md.none"))</p>\n</section>\n" }
    out += "<table class=\"reports\">\n<thead><tr><th class=\"c-id\">\(language.word("html.column.report"))</th>"
    out += "<th>\(language.word("html.column.title"))</th><th>\(language.word("html.inputs.reporter"))</th>"
    out += "<th class=\"c-date\">\(language.word("html.inputs.as-of"))</th>"
    out += "<th class=\"c-date\">\(language.word("html.column.due"))</th></tr></thead>\n<tbody>\n"
    for row in indices.map(report.row) {
      let who = ([row.owners.first] + [row.subject?.name]).compactMap { $0 }.joined(separator: " / ")
      out += "<tr><td class=\"id\"><b>\(Self.text(row.id, 60))</b></td><td>\(Self.text(row.title, Self.textWidth))"
      out += "</td><td>\(Self.text(who, 160))</td><td class=\"date\">\(row.window?.asOf?.russian ?? "—")</td>"
      out += "<td class=\"date\">\(row.window?.effectiveDue.russian ?? "—")</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if total > indices.count {
      out += "<p class=\"more\">\(language.say("text.more", "\(total - indices.count)"))</p>\n"
    }
    return out + "</section>\n"
  }
}
