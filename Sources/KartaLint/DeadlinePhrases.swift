import KartaLanguage
import KartaPlan
import KartaSchedule

/// Every deadline phrase of a plan with what it belongs to, for the deadline rules. A class, so
/// that the rules that filter the plan's phrases pass one reference along, not the whole value.
final class PlacedPhrase: Sendable {
  /// "item 'A1.3'", "report 'R2.4'", "amendment 'AM1'".
  let owner: Phrase
  /// The phrase.
  let phrase: DuePhrase
  /// The schedule read from it.
  let schedule: Schedule
  /// Whether the owner binds the phrase to an event with `on:`.
  let isBound: Bool

  init(owner: Phrase, phrase: DuePhrase, schedule: Schedule, isBound: Bool) {
    self.owner = owner
    self.phrase = phrase
    self.schedule = schedule
    self.isBound = isBound
  }

  /// The phrase on one line, for quoting in a message.
  var quoted: String { phrase.text.replacingOccurrences(of: "\n", with: " ") }
}

extension Plan {
  /// Every deadline phrase that has a schedule, in plan order.
  var placedPhrases: [PlacedPhrase] {
    var phrases: [PlacedPhrase] = []
    for item in items {
      for due in [item.due].compactMap({ $0 }) + item.subjectDues.map(\.due) {
        guard let schedule = due.schedule else { continue }
        phrases.append(
          PlacedPhrase(
            owner: Phrase("owner.item", "\(item.id)"), phrase: due, schedule: schedule,
            isBound: item.event != nil || (schedule.kind == .relative && !item.dependencies.isEmpty)))
      }
    }
    for report in reports {
      for due in report.dues {
        guard let schedule = due.schedule else { continue }
        phrases.append(
          PlacedPhrase(owner: Phrase("owner.report", "\(report.id)"), phrase: due, schedule: schedule, isBound: false))
      }
    }
    for amendment in amendments {
      guard let due = amendment.due, let schedule = due.schedule else { continue }
      phrases.append(
        PlacedPhrase(
          owner: Phrase("owner.amendment", "\(amendment.id)"), phrase: due, schedule: schedule, isBound: false))
    }
    return phrases
  }
}
