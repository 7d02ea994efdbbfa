import Foundation
import KartaCheck
import KartaPlan
import KartaWords

/// The JSON contract of `karta check` (DESIGN.md): `plan`, `as_of`, `summary`, `obligations`,
/// `gaps`, and more fields that tools may read.
public struct JSONReport: ReportRenderer {
  public static let identifier = "json"

  private let language: Language

  /// Creates the renderer; `language` is that of the notes (the keys, states and statuses stay English).
  public init(language: Language = .english) { self.language = language }

  public func render(_ report: ComplianceReport) -> String {
    let sink = OutputSink()
    write(report, to: sink)
    return sink.text
  }

  /// Writes the document to `sink` one obligation at a time, keys sorted; the gaps come first
  /// (most serious state first, plan order within a state), then every obligation in plan order.
  public func write(_ report: ComplianceReport, to sink: OutputSink) {
    let plan = report.table.plan
    var json = JSONWriter(sink)
    json.beginObject()
    json.member("as_of", report.asOf.iso)
    json.member("days_off", (plan.header?.daysOff ?? .earlier).rawValue)
    var filter: [String: String] = [:]
    if let party = report.filter.party { filter["party"] = party }
    if let subject = report.filter.subject { filter["subject"] = subject }
    json.member("filter", dictionary: filter)
    json.member("format", "karta-check/1")
    json.key("gaps")
    json.beginArray()
    for index in report.indices(in: ReportWording.gapOrder, limit: .max).indices {
      write(report.row(index), to: &json)
    }
    json.endArray()
    json.member("horizon_days", integer: report.horizon)
    json.key("inputs")
    json.beginArray()
    for input in report.inputs {
      json.beginObject()
      json.member("path", input.path)
      json.member("sha256", input.sha256)
      json.endObject()
    }
    json.endArray()
    json.key("obligations")
    json.beginArray()
    for index in 0..<report.states.count where report.states[index] != ComplianceReport.excluded {
      write(report.row(index), to: &json)
    }
    json.endArray()
    let files = report.statusFilesByParty
    json.key("parties")
    json.beginArray()
    for party in ReportWording.partyOrder(report) {
      group(
        id: party.code, name: party.name, counts: report.byParty[party.code], statusFiles: files[party.code] ?? 0,
        to: &json)
    }
    json.endArray()
    json.member("plan", plan.header?.id ?? "")
    json.member("plan_title", plan.header?.title ?? "")
    json.key("sections")
    json.beginArray()
    for section in ReportWording.sectionOrder(report) {
      group(
        id: section.id, name: ReportWording.sectionTitle(section, in: plan, language: language),
        counts: report.bySection[section], to: &json)
    }
    json.endArray()
    json.key("silent")
    json.beginArray()
    for silent in report.silentReporters() {
      json.beginObject()
      json.member("party", silent.party)
      json.member("subject", silent.subject?.id)
      json.member("unreported", integer: silent.unreported)
      json.endObject()
    }
    json.endArray()
    json.key("status_files")
    json.beginArray()
    for file in report.status.files.compactMap({ $0 }) {
      json.beginObject()
      json.member("as_of", file.asOf.iso)
      json.member("party", file.party)
      json.member("path", file.path)
      json.member("records", integer: file.recordCount)
      json.member("sha256", file.digest)
      if let subject = file.subject { json.member("subject", subject) }
      json.member("submitted", file.submitted.iso)
      json.endObject()
    }
    json.endArray()
    json.key("subjects")
    json.beginArray()
    for (index, counts) in report.bySubject.sorted(by: { $0.key < $1.key }) {
      let subject = report.table.subjects[Int(index)]
      group(id: subject.id, name: subject.name, counts: counts, to: &json)
    }
    json.endArray()
    json.key("summary")
    json.beginObject()
    var summary: [String: Int] = ["obligations": report.totals.total]
    for state in ObligationState.allCases {
      summary[state.rawValue.replacingOccurrences(of: "-", with: "_")] = report.totals[state]
    }
    summary["due_by_date"] = report.dueByDate
    summary["done_on_time"] = report.doneOnTime
    // The compliance share is rounded to four places; `null` when nothing was due.
    let keys = (Array(summary.keys) + ["compliance"]).sorted()
    for key in keys {
      json.key(key)
      if let count = summary[key] {
        json.integer(count)
      } else {
        json.number(report.compliance.map { ($0 * 10_000).rounded() / 10_000 })
      }
    }
    json.endObject()
    json.endObject()
    json.finish()
    sink.write("\n")
  }

  /// A party, subject or section with its counts by state (only the states it has).
  private func group(id: String, name: String, counts: StateCounts?, statusFiles: Int? = nil, to json: inout JSONWriter)
  {
    json.beginObject()
    var byState: [String: Int] = [:]
    for state in ObligationState.allCases where (counts?[state] ?? 0) > 0 { byState[state.rawValue] = counts?[state] }
    json.member("counts", counts: byState)
    json.member("id", id)
    json.member("name", name)
    if let statusFiles { json.member("status_files", integer: statusFiles) }
    json.endObject()
  }

  /// One obligation: every key present, `null` when absent.
  private func write(_ row: ObligationRow, to json: inout JSONWriter) {
    json.beginObject()
    json.member("amendment", row.amendment)
    json.member("days_late", integer: row.daysLate)
    json.member("days_overdue", integer: row.daysOverdue)
    json.member("due_phrase", row.duePhrase)
    json.member("evidence", strings: row.evidence)
    json.member("item", row.id)
    json.member("kind", row.kind.rawValue)
    json.member("notes", strings: row.notes.map { $0.text(in: language) })
    json.member("number", row.number)
    json.member("occurrence", integer: row.occurrence)
    json.key("original_window")
    WindowJSON.write(row.originalWindow, to: &json)
    json.member("owners", strings: row.owners)
    json.member("reported", row.reported?.text(in: .english))
    json.member("section", row.section)
    json.member("state", row.state.rawValue)
    json.member("subject", row.subject?.id)
    json.member("title", row.title)
    json.key("window")
    WindowJSON.write(row.window, to: &json)
    json.endObject()
  }
}
