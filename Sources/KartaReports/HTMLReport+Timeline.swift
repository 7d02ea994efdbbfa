import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords

/// The timeline: one row per item or report, its windows on a date axis with month ticks, the
/// as-of date as a dashed line, each window coloured by the most serious state of its obligations.
extension HTMLReport {
  /// Rows drawn in one picture; each picture repeats the axis, so that it prints page by page.
  static let timelineRowsPerPicture = 24

  /// One item or report on the timeline; the subjects of a fan-out share its row.
  struct TimelineRow {
    let group: Int
    let label: String
    let title: String
    let subjects: Int
    let counts: StateCounts
    var spans: [TimelineSpan] = []

    /// 0 for overdue or unreported obligations, 1 for other gaps, 2 for none: the rows kept first.
    var seriousness: Int {
      if counts[.overdue] + counts[.unreported] > 0 { return 0 }
      return counts.gaps > 0 ? 1 : 2
    }
  }

  /// One window of a row, as day numbers, with the states of the obligations judged against it.
  struct TimelineSpan {
    let start: Int
    let due: Int
    var counts = StateCounts()

    /// The most serious state among the obligations.
    var worst: ObligationState {
      ObligationState.allCases.first { counts[$0] > 0 } ?? .pending
    }
  }

  /// A window's place in the dictionary of a row's spans.
  struct SpanKey: Hashable {
    let start: Int
    let due: Int
  }

  /// The geometry shared by every picture.
  struct TimelineScale {
    let first: Int
    let last: Int
    static let width = 1280.0
    static let chartStart = 600.0
    static let chartEnd = 1264.0
    static let rowHeight = 22.0
    static let axisHeight = 36.0

    /// The x of the start of day `day`, kept inside the chart.
    func x(_ day: Int) -> Double {
      let clamped = min(max(day, first), last + 1)
      let share = Double(clamped - first) / Double(max(1, last + 1 - first))
      return Self.chartStart + share * (Self.chartEnd - Self.chartStart)
    }
  }

  func timeline(_ report: ComplianceReport) -> String {
    let table = report.table
    let states = ObligationState.allCases
    var candidates: [TimelineRow] = []
    var undated = 0
    for (number, group) in table.groups.enumerated() {
      let end = number + 1 < table.groups.count ? table.groups[number + 1].base : table.count
      var counts = StateCounts()
      var slots = [Int](repeating: 0, count: states.count)
      for index in group.base..<end where report.states[index] != ComplianceReport.excluded {
        slots[Int(report.states[index])] += 1
      }
      for (slot, count) in slots.enumerated() where count > 0 { counts[states[slot]] = count }
      guard counts.total > 0 else { continue }
      guard group.schedules.contains(where: { !$0.windows.isEmpty }) else {
        undated += 1
        continue
      }
      let (label, title) = Self.describe(group, in: table.plan)
      let subjects = report.filter.subject == nil ? table.subjectCount(group) : 1
      candidates.append(TimelineRow(group: number, label: label, title: title, subjects: subjects, counts: counts))
    }
    var out = "<section class=\"panel timeline\">\n<h2>\(language.word("html.timeline"))</h2>\n"
    out += Self.timelineLegend(report, language: language)
    guard !candidates.isEmpty else {
      return out + "<p class=\"more\">\(language.word("html.timeline.no-dates"))</p>\n</section>\n"
    }
    var rows = candidates
    if rows.count > Self.timelineRows {
      rows = Array(
        rows.enumerated().sorted { ($0.element.seriousness, $0.offset) < ($1.element.seriousness, $1.offset) }
          .prefix(Self.timelineRows).sorted { $0.offset < $1.offset }.map(\.element))
    }
    for index in rows.indices { rows[index].spans = Self.spans(of: rows[index].group, in: report) }
    let scale = Self.scale(rows, report: report)
    var start = 0
    while start < rows.count {
      let slice = rows[start..<min(rows.count, start + Self.timelineRowsPerPicture)]
      out += Self.picture(Array(slice), scale: scale, asOf: report.asOf, language: language)
      start += Self.timelineRowsPerPicture
    }
    if candidates.count > rows.count {
      out += "<p class=\"more\">"
      out += language.say("html.timeline.not-drawn", "\(candidates.count - rows.count)", "\(rows.count)") + "</p>\n"
    }
    if undated > 0 {
      out += "<p class=\"more\">" + language.count("count.html.timeline.undated", undated, "\(undated)") + "</p>\n"
    }
    return out + "</section>\n"
  }

  /// The id and the title of a group's item or report.
  private static func describe(_ group: ObligationGroup, in plan: Plan) -> (String, String) {
    switch group.source {
    case .item(let number): (plan.items[number].id, plan.items[number].title)
    case .report(let number): (plan.reports[number].id, plan.reports[number].title)
    }
  }

  /// The windows of a group's included obligations (moved ones where they were moved to).
  private static func spans(of number: Int, in report: ComplianceReport) -> [TimelineSpan] {
    let group = report.table.groups[number]
    var spans: [SpanKey: TimelineSpan] = [:]
    var order: [SpanKey] = []
    var shared: [(Int, Int)]?
    let states = ObligationState.allCases
    for position in 0..<report.table.subjectCount(group) {
      let schedule = group.schedule(at: position)
      let windows: [(Int, Int)]
      if group.schedules.count == 1, let shared {
        windows = shared
      } else {
        windows = schedule.windows.map { ($0.start.dayNumber, $0.effectiveDue.dayNumber) }
        if group.schedules.count == 1 { shared = windows }
      }
      for occurrence in 1...group.count(at: position) where occurrence <= windows.count {
        let index = group.index(position: position, occurrence: occurrence)
        let slot = report.states[index]
        guard slot != ComplianceReport.excluded else { continue }
        var (start, due) = windows[occurrence - 1]
        if let record = report.status.record(of: index), record.newDue != StatusRecord.noDate {
          due = Int(record.newDue)
          start = min(start, due)
        }
        let key = SpanKey(start: start, due: due)
        if spans[key] == nil {
          spans[key] = TimelineSpan(start: start, due: due)
          order.append(key)
        }
        spans[key]?.counts[states[Int(slot)]] += 1
      }
    }
    return order.compactMap { spans[$0] }.sorted { ($0.due, $0.start) < ($1.due, $1.start) }
  }

  /// The date axis: the plan's period, stretched to the as-of date and the windows drawn, at most
  /// a year beyond the period on either side; whole months.
  private static func scale(_ rows: [TimelineRow], report: ComplianceReport) -> TimelineScale {
    let spans = rows.flatMap(\.spans)
    let period = report.table.plan.header?.period
    var first = min(spans.map(\.start).min() ?? report.asOf.dayNumber, report.asOf.dayNumber)
    var last = max(spans.map(\.due).max() ?? report.asOf.dayNumber, report.asOf.dayNumber)
    if let period {
      first = max(min(first, period.start.dayNumber), period.start.dayNumber - 366)
      last = min(max(last, period.end.dayNumber), period.end.dayNumber + 366)
    }
    let from = CivilDate(dayNumber: first)
    let to = CivilDate(dayNumber: last)
    let monthStart = CivilDate(year: from.year, month: from.month, day: 1)?.dayNumber ?? first
    let monthEnd =
      CivilDate(year: to.year, month: to.month, day: CivilDate.daysIn(month: to.month, year: to.year))?.dayNumber
      ?? last
    return TimelineScale(first: monthStart, last: monthEnd)
  }

  /// One picture: the axis and up to `timelineRowsPerPicture` rows.
  private static func picture(
    _ rows: [TimelineRow], scale: TimelineScale, asOf: CivilDate, language: Language
  ) -> String {
    let height = TimelineScale.axisHeight + Double(rows.count) * TimelineScale.rowHeight + 8
    let width = TimelineScale.width
    var out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl\" viewBox=\"0 0 \(number(width)) \(number(height))\""
    out +=
      " width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\""
      + " aria-label=\"\(language.word("html.timeline"))\">\n"
    for (offset, row) in rows.enumerated() {
      let y = TimelineScale.axisHeight + Double(offset) * TimelineScale.rowHeight
      let band = row.seriousness == 0 ? "hot" : (offset % 2 == 0 ? "even" : "odd")
      out += "<rect class=\"band \(band)\" x=\"0\" y=\"\(number(y))\" width=\"\(number(width))\""
      out += " height=\"\(number(TimelineScale.rowHeight))\"/>\n"
    }
    out += axis(scale, height: height, language: language)
    for (offset, row) in rows.enumerated() {
      out += draw(
        row, y: TimelineScale.axisHeight + Double(offset) * TimelineScale.rowHeight, scale: scale, language: language)
    }
    let x = number(scale.x(asOf.dayNumber + 1))
    out += "<line class=\"asof\" x1=\"\(x)\" y1=\"\(number(TimelineScale.axisHeight - 6))\" x2=\"\(x)\""
    out += " y2=\"\(number(height - 4))\"/>\n"
    out += "<text class=\"asof-label\" x=\"\(x)\" y=\"\(number(TimelineScale.axisHeight - 8))\">"
    out += "\(asOf.russian)</text>\n"
    return out + "</svg>\n"
  }

  /// Month ticks with their names; the year at the first tick, and the year alone at January.
  private static func axis(_ scale: TimelineScale, height: Double, language: Language) -> String {
    let names = (1...12).map { language.word("month-short.\($0)") }
    var out = "<g class=\"axis\">\n"
    let from = CivilDate(dayNumber: scale.first)
    let to = CivilDate(dayNumber: scale.last)
    let months = (to.year - from.year) * 12 + to.month - from.month + 1
    // Every month on a short axis, quarters on a longer one, years on a very long one.
    let step = months <= 18 ? 1 : (months <= 48 ? 3 : 12)
    var first = true
    for offset in 0..<months {
      let month = (from.month - 1 + offset) % 12 + 1
      let year = from.year + (from.month - 1 + offset) / 12
      guard (month - 1) % step == 0, let date = CivilDate(year: year, month: month, day: 1) else {
        continue
      }
      let x = number(scale.x(date.dayNumber))
      out += "<line x1=\"\(x)\" y1=\"\(number(TimelineScale.axisHeight - 10))\" x2=\"\(x)\" y2=\"\(number(height))\"/>"
      // January is named by its year alone, so that the label is no wider than a month's.
      let name = month == 1 ? "\(year)" : names[month - 1] + (first ? " \(year)" : "")
      out += "<text x=\"\(number(scale.x(date.dayNumber) + 3))\" y=\"12\">\(name)</text>\n"
      first = false
    }
    out +=
      "<text class=\"head\" x=\"8\" y=\"\(number(TimelineScale.axisHeight - 8))\">"
      + "\(language.word("html.timeline.item"))</text>"
    out += "<text class=\"head\" x=\"\(number(TimelineScale.chartStart - 12))\""
    out +=
      " y=\"\(number(TimelineScale.axisHeight - 8))\" text-anchor=\"end\">"
      + "\(language.word("html.timeline.gaps"))</text>\n"
    return out + "</g>\n"
  }

  /// A row: its label, title and gaps, then its windows.
  private static func draw(_ row: TimelineRow, y: Double, scale: TimelineScale, language: Language) -> String {
    let baseline = number(y + 15)
    let fanOut = row.subjects > 1 ? " ×\(row.subjects)" : ""
    var out = "<g class=\"row\"><title>\(escape(row.label))\(fanOut): \(text(row.title, textWidth))</title>\n"
    out += "<text class=\"id\" x=\"8\" y=\"\(baseline)\">\(text(row.label, 14))"
    if !fanOut.isEmpty { out += "<tspan class=\"fan\">\(fanOut)</tspan>" }
    out += "</text>"
    out += "<text x=\"112\" y=\"\(baseline)\">\(text(ReportWording.short(row.title, 200), 35))</text>"
    let gaps = ReportWording.gapOrder.filter { row.counts[$0] > 0 }
    // As many gap counts as fit beside the title, most serious first.
    var summary = ""
    var shown = 0
    for state in gaps {
      let words = language.say("report.state-tally", .word(state.narrowLabelKey), "\(row.counts[state])")
      guard shown == 0 || summary.count + words.count + 2 <= 29 else { break }
      summary += (shown == 0 ? "" : ", ") + words
      shown += 1
    }
    if shown < gaps.count { summary += " …" }
    if let worst = gaps.first {
      out += "<text class=\"gap c-\(worst.rawValue)\" x=\"\(number(TimelineScale.chartStart - 12))\""
      out += " y=\"\(baseline)\" text-anchor=\"end\">\(summary)</text>"
    }
    out += "\n"
    for span in row.spans {
      let left = scale.x(span.start)
      let right = max(scale.x(span.due + 1), left + 3)
      let state = span.worst.rawValue
      let dates =
        span.start == span.due
        ? CivilDate(dayNumber: span.due).russian
        : "\(CivilDate(dayNumber: span.start).russian)–\(CivilDate(dayNumber: span.due).russian)"
      let tally = ObligationState.allCases.filter { span.counts[$0] > 0 }.map {
        language.say("report.state-tally", .word($0.labelKey), "\(span.counts[$0])")
      }
      out += "<g><title>\(escape(row.label)) \(dates): \(tally.joined(separator: ", "))</title>"
      out += "<rect class=\"span w-\(state)\" x=\"\(number(left))\" y=\"\(number(y + 6))\""
      out += " width=\"\(number(right - left))\" height=\"10\" rx=\"2\"/>"
      out += "<rect class=\"end w-\(state)\" x=\"\(number(right - 3))\" y=\"\(number(y + 3))\""
      out += " width=\"3\" height=\"16\"/></g>\n"
    }
    return out + "</g>\n"
  }

  /// The key to the timeline's colours.
  private static func timelineLegend(_ report: ComplianceReport, language: Language) -> String {
    let states = ["overdue", "unreported", "late", "due-soon", "pending", "done", "ongoing"]
    var out = "<p class=\"legend\">" + language.say("html.timeline.legend", "\(report.asOf.russian)") + "<br/>"
    out += states.map {
      "<span class=\"lk\"><span class=\"key w-\($0)\"></span>\(language.word("timeline-legend." + $0))</span>"
    }
    .joined(separator: " ")
    return out + "</p>\n"
  }

  /// A coordinate with one decimal.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}
