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

  struct Document: Encodable {
    var format = "karta-check/1"
    var plan: String
    var planTitle: String
    var asOf: String
    var horizonDays: Int
    var daysOff: String
    var filter: [String: String]
    var inputs: [Input]
    var statusFiles: [StatusFile]
    var summary: [String: Summary]
    var obligations: [Row]
    var gaps: [Row]
    var parties: [Group]
    var subjects: [Group]
    var sections: [Group]
    var silent: [Silent]

    enum CodingKeys: String, CodingKey {
      case format, plan, filter, inputs, summary, obligations, gaps, parties, subjects, sections, silent
      case planTitle = "plan_title"
      case asOf = "as_of"
      case horizonDays = "horizon_days"
      case daysOff = "days_off"
      case statusFiles = "status_files"
    }
  }

  /// A summary value: a count, or the compliance share (null when nothing was due).
  enum Summary: Encodable {
    case count(Int)
    case share(Double?)

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .count(let value): try container.encode(value)
      case .share(let value): try container.encode(value.map { ($0 * 10_000).rounded() / 10_000 })
      }
    }
  }

  struct Input: Encodable {
    var path: String
    var sha256: String
  }

  struct StatusFile: Encodable {
    var path: String
    var party: String
    var subject: String?
    var asOf: String
    var submitted: String
    var records: Int
    var sha256: String

    enum CodingKeys: String, CodingKey {
      case path, party, subject, submitted, records, sha256
      case asOf = "as_of"
    }
  }

  struct Row: Encodable {
    var kind: String
    var item: String
    var number: String?
    var title: String
    var section: String?
    var subject: String?
    var occurrence: Int
    var owners: [String]
    var duePhrase: String
    var window: WindowJSON?
    var originalWindow: WindowJSON?
    var amendment: String?
    var state: String
    var reported: String?
    var evidence: [String]
    var notes: [String]
    var daysOverdue: Int?
    var daysLate: Int?

    enum CodingKeys: String, CodingKey {
      case kind, item, number, title, section, subject, occurrence, owners, window, state, reported, evidence, notes
      case duePhrase = "due_phrase"
      case daysOverdue = "days_overdue"
      case daysLate = "days_late"
      case originalWindow = "original_window"
      case amendment
    }

    /// Absent values are written as `null`, so every obligation has every key.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind, forKey: .kind)
      try container.encode(item, forKey: .item)
      try container.encode(number, forKey: .number)
      try container.encode(title, forKey: .title)
      try container.encode(section, forKey: .section)
      try container.encode(subject, forKey: .subject)
      try container.encode(occurrence, forKey: .occurrence)
      try container.encode(owners, forKey: .owners)
      try container.encode(duePhrase, forKey: .duePhrase)
      try container.encode(window, forKey: .window)
      try container.encode(originalWindow, forKey: .originalWindow)
      try container.encode(amendment, forKey: .amendment)
      try container.encode(state, forKey: .state)
      try container.encode(reported, forKey: .reported)
      try container.encode(evidence, forKey: .evidence)
      try container.encode(notes, forKey: .notes)
      try container.encode(daysOverdue, forKey: .daysOverdue)
      try container.encode(daysLate, forKey: .daysLate)
    }
  }

  struct Group: Encodable {
    var id: String
    var name: String
    var counts: [String: Int]
    /// For a party: the status files it sent that the check uses.
    var statusFiles: Int? = nil

    enum CodingKeys: String, CodingKey {
      case id, name, counts
      case statusFiles = "status_files"
    }
  }

  struct Silent: Encodable {
    var party: String
    var subject: String?
    var unreported: Int

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(party, forKey: .party)
      try container.encode(subject, forKey: .subject)
      try container.encode(unreported, forKey: .unreported)
    }

    enum CodingKeys: String, CodingKey { case party, subject, unreported }
  }

  public func render(_ report: ComplianceReport) -> String {
    let plan = report.table.plan
    var summary: [String: Summary] = ["obligations": .count(report.totals.total)]
    for state in ObligationState.allCases {
      summary[state.rawValue.replacingOccurrences(of: "-", with: "_")] = .count(report.totals[state])
    }
    summary["due_by_date"] = .count(report.dueByDate)
    summary["done_on_time"] = .count(report.doneOnTime)
    summary["compliance"] = .share(report.compliance)
    let rows = report.rows().map(row)
    let files = report.statusFilesByParty
    var filter: [String: String] = [:]
    if let party = report.filter.party { filter["party"] = party }
    if let subject = report.filter.subject { filter["subject"] = subject }
    let document = Document(
      plan: plan.header?.id ?? "", planTitle: plan.header?.title ?? "", asOf: report.asOf.iso,
      horizonDays: report.horizon, daysOff: (plan.header?.daysOff ?? .earlier).rawValue, filter: filter,
      inputs: report.inputs.map { Input(path: $0.path, sha256: $0.sha256) },
      statusFiles: report.status.files.compactMap { $0 }.map {
        StatusFile(
          path: $0.path, party: $0.party, subject: $0.subject, asOf: $0.asOf.iso, submitted: $0.submitted.iso,
          records: $0.recordCount, sha256: $0.digest)
      },
      summary: summary, obligations: rows,
      gaps: rows.filter { ObligationState(rawValue: $0.state)?.isGap ?? false }
        .sorted {
          (ObligationState(rawValue: $0.state) ?? .pending) < (ObligationState(rawValue: $1.state) ?? .pending)
        },
      parties: ReportWording.partyOrder(report).map {
        Group(
          id: $0.code, name: $0.name, counts: counts(report.byParty[$0.code]), statusFiles: files[$0.code] ?? 0)
      },
      subjects: report.bySubject.sorted { $0.key < $1.key }.map { index, value in
        let subject = report.table.subjects[Int(index)]
        return Group(id: subject.id, name: subject.name, counts: counts(value))
      },
      sections: ReportWording.sectionOrder(report).map {
        Group(
          id: $0, name: ReportWording.sectionTitle($0, in: plan, language: language),
          counts: counts(report.bySection[$0]))
      },
      silent: report.silentReporters().map {
        Silent(party: $0.party, subject: $0.subject?.id, unreported: $0.unreported)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func counts(_ counts: StateCounts?) -> [String: Int] {
    var result: [String: Int] = [:]
    for state in ObligationState.allCases where (counts?[state] ?? 0) > 0 { result[state.rawValue] = counts?[state] }
    return result
  }

  private func row(_ row: ObligationRow) -> Row {
    Row(
      kind: row.kind, item: row.id, number: row.number, title: row.title, section: row.section,
      subject: row.subject?.id,
      occurrence: row.occurrence, owners: row.owners, duePhrase: row.duePhrase,
      window: row.window.map { WindowJSON($0) }, originalWindow: row.originalWindow.map { WindowJSON($0) },
      amendment: row.amendment, state: row.state.rawValue, reported: row.reported?.text(in: .english),
      evidence: row.evidence, notes: row.notes.map { $0.text(in: language) }, daysOverdue: row.daysOverdue,
      daysLate: row.daysLate)
  }
}
