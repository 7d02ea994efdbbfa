import Foundation
import KartaPlan
import KartaSchedule
import KartaWords

/// A report's rows: one obligation with everything a report prints about it.
extension ComplianceReport {
  /// The full row of obligation `index`.
  public func row(_ index: Int) -> ObligationRow {
    let (groupNumber, position, occurrence) = table.locate(index)
    let group = table.groups[groupNumber]
    let outcome = Evaluator(table: table, status: status, asOf: asOf, horizon: horizon)
      .outcome(group: group, position: position, occurrence: occurrence, index: index)
    let subject = table.subject(of: group, at: position).map { table.subjects[Int($0)] }
    let record = status.record(of: index)
    let details = record.flatMap { status.details(of: $0) }
    var reported: Phrase?
    if let record {
      if record.origin == .reportSubmission, let file = status.files[Int(record.file)] {
        reported = Phrase("reported.submitted", "\(file.submitted.russian)")
      } else if let value = record.status {
        let name = Phrase.Argument.word("status-value." + value.rawValue)
        reported =
          record.completedDate.map { Phrase("reported.status-on", name, "\($0.russian)") }
          ?? Phrase("reported.status", name)
      } else {
        reported = Phrase("reported.blank")
      }
    }
    var notes = outcome.notes
    var row: ObligationRow
    switch group.source {
    case .item(let number):
      let item = table.plan.items[number]
      let phrase =
        subject.flatMap { s in item.subjectDues.first { $0.subject == s.id }?.due.text } ?? item.due?.text ?? ""
      var originalWindow = outcome.originalWindow
      if let reading = item.due?.reading { notes.append(Phrase("note.reading", "\(reading)")) }
      if let amendment = item.amendment.flatMap(table.plan.amendment) {
        let original =
          subject.flatMap { s in item.originalSubjectDues.first { $0.subject == s.id }?.due } ?? item.originalDue
        if let original, let windows = original.schedule?.windows, occurrence <= windows.count {
          let window = windows[occurrence - 1]
          originalWindow = originalWindow ?? window
          notes.append(
            amendment.dated.map {
              Phrase(
                "note.amended-due-dated", "\(amendment.id)", "\($0.russian)", "\(original.text)",
                "\(window.effectiveDue.russian)")
            }
              ?? Phrase("note.amended-due", "\(amendment.id)", "\(original.text)", "\(window.effectiveDue.russian)"))
          if let completed = record?.completedDate {
            notes += Evaluator.againstBoth(completed: completed, original: window, state: outcome.state, by: "amended")
          }
        }
        if let owners = item.originalOwners {
          notes.append(Phrase("note.amended-owners", "\(amendment.id)", "\(owners.joined(separator: ", "))"))
        }
      }
      notes += details?.comment.map { [Phrase("note.comment", "\($0)")] } ?? []
      row = ObligationRow(
        kind: .item, id: item.id, number: item.number, title: item.title, section: item.section, subject: subject,
        occurrence: occurrence, occurrences: group.count(at: position), owners: item.owners, duePhrase: phrase,
        scheduleKind: group.schedule(at: position).kind, window: outcome.window, state: outcome.state,
        reported: reported, evidence: details?.evidence ?? [], notes: notes)
      row.originalWindow = originalWindow
      row.amendment = item.amendment
    case .report(let number):
      let report = table.plan.reports[number]
      notes += details?.comment.map { [Phrase("note.comment", "\($0)")] } ?? []
      row = ObligationRow(
        kind: .report, id: report.id, number: nil, title: report.title, section: nil, subject: subject,
        occurrence: occurrence, occurrences: group.count(at: position), owners: report.from.map { [$0] } ?? [],
        duePhrase: report.dues.map(\.text).joined(separator: "; "), scheduleKind: group.schedule(at: position).kind,
        window: outcome.window, state: outcome.state,
        reported: reported, evidence: [], notes: notes)
      row.originalWindow = outcome.originalWindow
    }
    // A continuous obligation's window is the whole period: it is behind, but not by a count of days.
    if let due = outcome.window?.effectiveDue, row.scheduleKind != .continuous {
      switch outcome.state {
      case .overdue, .unreported: row.daysOverdue = max(0, asOf.dayNumber - due.dayNumber)
      case .late:
        let completion = record?.completedDate ?? record.flatMap { status.files[Int($0.file)]?.asOf }
        row.daysLate = completion.map { max(0, $0.dayNumber - due.dayNumber) }
      default: break
      }
    }
    return row
  }
}
