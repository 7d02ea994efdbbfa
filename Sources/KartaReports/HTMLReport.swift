import KartaCheck
import KartaPlan
import KartaSchedule

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

  /// Creates the renderer.
  public init() {}

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    let name = plan.header.map { $0.id } ?? "plan"
    var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">\n<head>\n"
    out += "<meta charset=\"utf-8\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"karta check\"/>\n"
    out += "<title>Karta check: \(Self.text(name, 120)) as of \(report.asOf.russian)</title>\n"
    out += "<style>\n\(Self.styleSheet)</style>\n</head>\n<body>\n<main>\n"
    out += header(report)
    out += tiles(report)
    out += bars(report)
    out += timeline(report)
    out += gapsByParty(report)
    out += gapsBySubject(report)
    out += changes(report)
    out += missingReports(report)
    out += "<footer>Karta check of \(Self.text(name, 120)) as of \(report.asOf.russian). "
    out += "Compliance is the share of the obligations due by the date that were done on time.</footer>\n"
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
      if let period = header.period { kicker.append("period \(Self.text(period.description, 40))") }
    }
    out += "<p class=\"kicker\">\(kicker.joined(separator: " · "))</p>\n"
    out += "<h1>\(Self.text(plan.header?.title ?? "Plan", Self.textWidth))</h1>\n"
    out += "<p class=\"asof\">Status as of <strong>\(report.asOf.russian)</strong>"
    out += " · due soon = within \(report.horizon) days"
    if let party = report.filter.party { out += " · party <strong>\(Self.text(party, 80))</strong>" }
    if let subject = report.filter.subject { out += " · subject <strong>\(Self.text(subject, 80))</strong>" }
    out += "</p>\n<p class=\"asof\">\(Self.text(ReportWording.daysOff(report), Self.textWidth))</p>\n"
    out += inputs(report) + "</header>\n"
    return out
  }

  /// The inputs with their digests; a long list of status files is summarised by one digest.
  private func inputs(_ report: ComplianceReport) -> String {
    let statusPaths = Set(report.status.files.compactMap { $0?.path })
    let planInputs = report.inputs.filter { !statusPaths.contains($0.path) }
    let files = report.status.files.compactMap { $0 }
    let later = Set(report.status.laterThanCheck.compactMap { report.status.files[$0]?.path })
    var out = "<table class=\"inputs\">\n<thead><tr><th>input</th><th>sha256 (first 16)</th><th>reporter</th>"
    out += "<th>as of</th><th>submitted</th><th class=\"num\">records</th></tr></thead>\n<tbody>\n"
    for input in planInputs {
      out += "<tr><td class=\"path\">\(Self.text(input.path, Self.textWidth))</td>"
      out += "<td class=\"mono\">\(Self.text(String(input.sha256.prefix(16)), 16))</td>"
      out += "<td>plan</td><td></td><td></td><td></td></tr>\n"
    }
    for info in files.prefix(Self.statusFileRows) {
      let reporter = [info.party, info.subject].compactMap { $0 }.joined(separator: "/")
      out += "<tr><td class=\"path\">\(Self.text(info.path, Self.textWidth))</td>"
      out += "<td class=\"mono\">\(Self.text(String(info.digest.prefix(16)), 16))</td>"
      out += "<td>\(Self.text(reporter, 80))"
      if later.contains(info.path) { out += "<span class=\"note\">not used: as of a date after the check</span>" }
      out += "</td><td>\(info.asOf.russian)</td><td>\(info.submitted.russian)</td>"
      out += "<td class=\"num\">\(info.recordCount)</td></tr>\n"
    }
    if files.count > Self.statusFileRows {
      let combined = InputDigest.sha256(of: Array(files.map(\.digest).joined().utf8))
      out += "<tr><td class=\"path more\">… and \(files.count - Self.statusFileRows) more status files"
      out += " (\(files.count) in all, combined digest)</td><td class=\"mono\">\(combined.prefix(16))</td>"
      out += "<td></td><td></td><td></td><td></td></tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  /// The compliance figure and the counts a controller acts on.
  private func tiles(_ report: ComplianceReport) -> String {
    let totals = report.totals
    let share = report.compliance.map { Int(($0 * 100).rounded()) }
    var out = "<section class=\"tiles\" aria-label=\"summary\">\n"
    out += "<div class=\"tile compliance\"><div class=\"l\">Compliance</div>"
    out += "<div class=\"n\">\(ReportWording.percent(report.compliance))</div>"
    out += "<div class=\"meter\"><span style=\"width:\(share ?? 0)%\"></span></div>"
    out += "<div class=\"d\">\(report.doneOnTime) of \(report.dueByDate) obligations due by \(report.asOf.russian)"
    out += " done on time</div></div>\n"
    let tiles: [(ObligationState, String, String)] = [
      (.overdue, "Overdue", "past due, reported as not done"),
      (.unreported, "Unreported", "past due, nothing reported"),
      (.dueSoon, "Due soon", "due within \(report.horizon) days"),
      (.late, "Late", "done after the due date"),
      (.done, "Done", "done on time"),
    ]
    for (state, label, caption) in tiles {
      let zero = totals[state] == 0 ? " zero" : ""
      out += "<div class=\"tile t-\(state.rawValue)\(zero)\"><div class=\"l\">\(label)</div>"
      out += "<div class=\"n\">\(totals[state])</div><div class=\"d\">\(caption)</div></div>\n"
    }
    out += "</section>\n<p class=\"allstates\">"
    out += ReportWording.summaryStates.map { state, label in
      let count = report.totals[state]
      let text = "\(label) <b>\(count)</b>"
      return count > 0 && state.isGap ? "<span class=\"c-\(state.rawValue)\">\(text)</span>" : text
    }.joined(separator: " · ")
    out += " — <b>\(totals.total)</b> obligations in all</p>\n"
    return out
  }

  /// A stacked bar per responsible party and per section.
  private func bars(_ report: ComplianceReport) -> String {
    var out = "<section class=\"panel\">\n<h2>Progress by responsible party</h2>\n" + BarSegment.legend
    out += "<div class=\"bars\">\n"
    for party in ReportWording.partyOrder(report) {
      guard let counts = report.byParty[party.code] else { continue }
      let label = "<b>\(Self.text(party.code, 40))</b> <span>\(Self.text(party.name, 90))</span>"
      out += barRow(label: label, tooltip: party.name, counts: counts)
    }
    out += "</div>\n<h2>Progress by section</h2>\n<div class=\"bars\">\n"
    for id in ReportWording.sectionOrder(report) {
      guard let counts = report.bySection[id] else { continue }
      let title = ReportWording.sectionTitle(id, in: report.table.plan)
      out += barRow(label: "<span>\(Self.text(title, 110))</span>", tooltip: title, counts: counts)
    }
    return out + "</div>\n</section>\n"
  }

  private func barRow(label: String, tooltip: String, counts: StateCounts) -> String {
    let total = counts.total
    var out = "<div class=\"barrow\"><div class=\"who\" title=\"\(Self.text(tooltip, Self.textWidth))\">\(label)</div>"
    out += "<div class=\"bar\">"
    var numbers: [String] = []
    for segment in BarSegment.all {
      let count = segment.states.map { counts[$0] }.reduce(0, +)
      guard count > 0, total > 0 else { continue }
      out += "<span class=\"seg-\(segment.key)\" style=\"width:\(Self.percent(count, of: total))\""
      out += " title=\"\(segment.label): \(count)\"></span>"
      if segment.key != "other" && segment.key != "pending" {
        numbers.append("<span class=\"c-\(segment.key)\">\(count) \(segment.label)</span>")
      }
    }
    out += "</div><div class=\"counts\"><b>\(total)</b> · "
    out += numbers.isEmpty ? "nothing due yet" : numbers.joined(separator: ", ")
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
  let label: String
  let states: [ObligationState]

  /// The segments in the order a bar draws them.
  static let all = [
    BarSegment(key: "done", label: "done", states: [.done]),
    BarSegment(key: "late", label: "late", states: [.late, .targetMissed]),
    BarSegment(key: "overdue", label: "overdue", states: [.overdue]),
    BarSegment(key: "unreported", label: "unreported", states: [.unreported]),
    BarSegment(key: "due-soon", label: "due soon", states: [.dueSoon]),
    BarSegment(key: "pending", label: "pending", states: [.pending]),
    BarSegment(
      key: "other", label: "other", states: [.ongoing, .unscheduled, .onRequest, .waived, .cancelled]),
  ]

  /// The key to the colours.
  static let legend: String = {
    let labels = [
      "done": "done on time", "late": "late or target missed", "other": "ongoing, on request, waived, cancelled",
    ]
    let keys = all.map { segment in
      "<span class=\"lk\"><span class=\"key seg-\(segment.key)\"></span>\(labels[segment.key] ?? segment.label)</span>"
    }
    return "<p class=\"legend\">" + keys.joined(separator: " ") + "</p>\n"
  }()
}
