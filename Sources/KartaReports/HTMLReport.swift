import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// The report as one self-contained web page a controller opens, forwards or prints: the plan,
/// the date and the inputs at the top, summary tiles, a stacked bar per responsible party and per
/// section, a timeline of the obligations (inline SVG), and the gaps by party and by subject.
///
/// The page has no scripts and loads nothing: styles are inline, pictures are inline SVG. The
/// markup is XHTML-compatible HTML5 (void tags closed, every attribute quoted, no named entities
/// beyond XML's), so an XML parser reads it too. Every text from a plan or a status file is
/// escaped and stripped of control characters: a title `<script>` shows as text.
public struct HTMLReport: ReportRenderer {
  public static let identifier = "html"
  /// The most gap rows listed per party before "… and N more".
  public static let gapRowsPerParty = 25
  /// The most subjects listed with their gaps.
  public static let subjectRows = 30
  /// The most status files listed one by one among the inputs.
  public static let statusFileRows = 20
  /// The most items the timeline draws.
  public static let timelineRows = 48
  /// The most characters of a title, a name or a phrase shown.
  public static let textWidth = 300

  /// The language of the page's own words.
  let language: Language

  /// Creates the renderer, in `language`.
  public init(language: Language = .english) { self.language = language }

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    let name = plan.header.map { $0.id } ?? language.word("report.plan")
    var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\">\n<head>\n"
    out += "<meta charset=\"utf-8\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"karta check\"/>\n"
    out += "<title>" + language.say("html.title", "\(Self.text(name, 120))", "\(report.asOf.russian)") + "</title>\n"
    out += "<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n<main>\n"
    out += header(report)
    out += tiles(report)
    out += bars(report)
    out += timeline(report)
    out += gapsByParty(report)
    out += gapsBySubject(report)
    out += changes(report)
    out += missingReports(report)
    out += silent(report)
    out += "<footer>" + language.say("html.footer", "\(Self.text(name, 120))", "\(report.asOf.russian)") + "</footer>\n"
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  /// The plan, the date and the inputs.
  private func header(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    var out = "<header class=\"top\">\n"
    var kicker: [String] = []
    if let header = plan.header {
      kicker.append("<span class=\"mono\">\(Self.text(header.id, 80))</span>")
      if let document = header.document { kicker.append(Self.text(document, 160)) }
      if let issuer = header.issuer { kicker.append(Self.text(issuer, 160)) }
      if let period = header.period {
        kicker.append(language.say("html.period", "\(Self.text(period.description, 40))"))
      }
    }
    out += "<p class=\"kicker\">\(kicker.joined(separator: " · "))</p>\n"
    out += "<h1>\(Self.text(plan.header?.title ?? language.word("report.plan"), Self.textWidth))</h1>\n"
    out += "<p class=\"asof\">" + language.say("html.as-of", "\(report.asOf.russian)", "\(report.horizon)")
    if let party = report.filter.party {
      out += language.say("report.filter-party", "<strong>\(Self.text(party, 80))</strong>")
    }
    if let subject = report.filter.subject {
      out += language.say("report.filter-subject", "<strong>\(Self.text(subject, 80))</strong>")
    }
    out +=
      "</p>\n<p class=\"asof\">\(Self.text(ReportWording.daysOff(report, language: language), Self.textWidth))</p>\n"
    out += inputs(report) + "</header>\n"
    return out
  }

  /// The inputs with their digests; a long list of status files is summarised by one digest.
  private func inputs(_ report: ComplianceReport) -> String {
    let statusPaths = Set(report.status.files.compactMap { $0?.path })
    let planInputs = report.inputs.filter { !statusPaths.contains($0.path) }
    let files = report.status.files.compactMap { $0 }
    let later = Set(report.status.laterThanCheck.compactMap { report.status.files[$0]?.path })
    var out = "<table class=\"inputs\">\n<thead><tr><th>\(language.word("html.inputs.input"))</th>"
    out += "<th>\(language.word("html.inputs.digest"))</th><th>\(language.word("html.inputs.reporter"))</th>"
    out += "<th>\(language.word("html.inputs.as-of"))</th><th>\(language.word("html.inputs.submitted"))</th>"
    out += "<th class=\"num\">\(language.word("html.inputs.records"))</th></tr></thead>\n<tbody>\n"
    for input in planInputs {
      out += "<tr><td class=\"path\">\(Self.text(input.path, Self.textWidth))</td>"
      out += "<td class=\"mono\">\(Self.text(String(input.sha256.prefix(16)), 16))</td>"
      out += "<td>\(language.word("html.inputs.plan"))</td><td></td><td></td><td></td></tr>\n"
    }
    for info in files.prefix(Self.statusFileRows) {
      let reporter = [info.party, info.subject].compactMap { $0 }.joined(separator: "/")
      out += "<tr><td class=\"path\">\(Self.text(info.path, Self.textWidth))</td>"
      out += "<td class=\"mono\">\(Self.text(String(info.digest.prefix(16)), 16))</td>"
      out += "<td>\(Self.text(reporter, 80))"
      if later.contains(info.path) { out += "<span class=\"note\">\(language.word("html.not-used"))</span>" }
      out += "</td><td>\(info.asOf.russian)</td><td>\(info.submitted.russian)</td>"
      out += "<td class=\"num\">\(info.recordCount)</td></tr>\n"
    }
    if files.count > Self.statusFileRows {
      let combined = InputDigest.sha256(of: Array(files.map(\.digest).joined().utf8))
      out += "<tr><td class=\"path more\">"
      out += language.say("html.more-status-files", "\(files.count - Self.statusFileRows)", "\(files.count)")
      out += "</td><td class=\"mono\">\(combined.prefix(16))</td>"
      out += "<td></td><td></td><td></td><td></td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  /// The compliance figure and the counts a controller acts on.
  private func tiles(_ report: ComplianceReport) -> String {
    let totals = report.totals
    let share = report.compliance.map { Int(($0 * 100).rounded()) }
    var out = "<section class=\"tiles\" aria-label=\"\(language.word("html.summary"))\">\n"
    out += "<div class=\"tile compliance\"><div class=\"l\">\(language.word("html.compliance"))</div>"
    out += "<div class=\"n\">\(ReportWording.percent(report.compliance))</div>"
    out += "<div class=\"meter\"><span style=\"width:\(share ?? 0)%\"></span></div>"
    out += "<div class=\"d\">"
    out += language.count(
      "count.html.compliance", report.dueByDate, "\(report.doneOnTime)", "\(report.dueByDate)",
      "\(report.asOf.russian)")
    out += "</div></div>\n"
    let tiles: [(ObligationState, String, String)] = [
      (.overdue, language.word("html.tile.overdue"), language.word("html.tile.overdue.caption")),
      (.unreported, language.word("html.tile.unreported"), language.word("html.tile.unreported.caption")),
      (.dueSoon, language.word("html.tile.due-soon"), language.say("html.tile.due-soon.caption", "\(report.horizon)")),
      (.late, language.word("html.tile.late"), language.word("html.tile.late.caption")),
      (.done, language.word("html.tile.done"), language.word("html.tile.done.caption")),
    ]
    for (state, label, caption) in tiles {
      let zero = totals[state] == 0 ? " zero" : ""
      out += "<div class=\"tile t-\(state.rawValue)\(zero)\"><div class=\"l\">\(label)</div>"
      out += "<div class=\"n\">\(totals[state])</div><div class=\"d\">\(caption)</div></div>\n"
    }
    out += "</section>\n<p class=\"allstates\">"
    out += ReportWording.summaryStates.map { state in
      let count = report.totals[state]
      let text = "\(language.word(state.labelKey)) <b>\(count)</b>"
      return count > 0 && state.isGap ? "<span class=\"c-\(state.rawValue)\">\(text)</span>" : text
    }.joined(separator: " · ")
    out += " — " + language.say("html.in-all", "<b>\(totals.total)</b>") + "</p>\n"
    return out
  }

  /// A stacked bar per responsible party and per section.
  private func bars(_ report: ComplianceReport) -> String {
    var out = "<section class=\"panel\">\n<h2>\(language.word("html.bars-by-party"))</h2>\n"
    out += BarSegment.legend(language)
    out += "<div class=\"bars\">\n"
    // A bar is as long as its share of the largest: a party with one obligation gets a sliver.
    let parties = ReportWording.partyOrder(report)
    let largestParty = parties.compactMap { report.byParty[$0.code]?.total }.max() ?? 0
    for party in parties {
      guard let counts = report.byParty[party.code] else { continue }
      let label = "<b>\(Self.text(party.code, 40))</b> <span>\(Self.text(party.name, Self.textWidth))</span>"
      out += barRow(label: label, tooltip: party.name, counts: counts, largest: largestParty)
    }
    out += "</div>\n<h2>\(language.word("text.sections"))</h2>\n<div class=\"bars\">\n"
    let sections = ReportWording.sectionOrder(report)
    let largestSection = sections.compactMap { report.bySection[$0]?.total }.max() ?? 0
    for id in sections {
      guard let counts = report.bySection[id] else { continue }
      let title = ReportWording.sectionTitle(id, in: report.table.plan, language: language)
      out += barRow(
        label: "<span>\(Self.text(title, Self.textWidth))</span>", tooltip: title, counts: counts,
        largest: largestSection)
    }
    return out + "</div>\n</section>\n"
  }

  private func barRow(label: String, tooltip: String, counts: StateCounts, largest: Int) -> String {
    let total = counts.total
    var out = "<div class=\"barrow\"><div class=\"who\" title=\"\(Self.text(tooltip, Self.textWidth))\">\(label)</div>"
    out += "<div class=\"track\"><div class=\"bar\" style=\"width:\(Self.percent(total, of: max(largest, 1)))\">"
    var numbers: [String] = []
    for segment in BarSegment.all {
      let count = segment.states.map { counts[$0] }.reduce(0, +)
      guard count > 0, total > 0 else { continue }
      out += "<span class=\"seg-\(segment.key)\" style=\"width:\(Self.percent(count, of: total))\""
      let label = language.word(segment.labelKey)
      out += " title=\"\(label): \(count)\"></span>"
      if segment.key != "other" && segment.key != "pending" {
        numbers.append(
          "<span class=\"c-\(segment.key)\">" + language.say("report.state-tally", "\(label)", "\(count)") + "</span>")
      }
    }
    out += "</div></div><div class=\"counts\"><b>\(total)</b> · "
    out += numbers.isEmpty ? language.word("html.nothing-due") : numbers.joined(separator: ", ")
    return out + "</div></div>\n"
  }

  /// `count` as a share of `total`, as a CSS percentage with two decimals.
  static func percent(_ count: Int, of total: Int) -> String {
    let hundredths = total == 0 ? 0 : (count * 10_000 + total / 2) / total
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
  }

  /// A text from a plan or status file, cut to `width` characters and escaped.
  static func text(_ text: String, _ width: Int) -> String {
    escape(text.count <= width ? text : String(text.prefix(width - 1)) + "…")
  }

  /// Escapes `text` for HTML and XML text and attribute values; control characters XML does not
  /// allow become U+FFFD.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0xFFFE || value == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}

/// A part of a progress bar: the states it counts, its label and its colour class.
struct BarSegment {
  let key: String
  let states: [ObligationState]

  /// The catalogue key of its label in a bar's counts.
  var labelKey: String { "bar." + key }

  /// The segments in the order a bar draws them.
  static let all = [
    BarSegment(key: "done", states: [.done]),
    BarSegment(key: "late", states: [.late, .targetMissed]),
    BarSegment(key: "overdue", states: [.overdue]),
    BarSegment(key: "unreported", states: [.unreported]),
    BarSegment(key: "due-soon", states: [.dueSoon]),
    BarSegment(key: "pending", states: [.pending]),
    BarSegment(key: "other", states: [.ongoing, .unscheduled, .onRequest, .waived, .cancelled]),
  ]

  /// The key to the colours, in `language`.
  static func legend(_ language: Language) -> String {
    let keys = all.map { segment in
      "<span class=\"lk\"><span class=\"key seg-\(segment.key)\"></span>"
        + "\(language.word("legend." + segment.key))</span>"
    }
    return "<p class=\"legend\">" + keys.joined(separator: " ") + "</p>\n"
  }
}
