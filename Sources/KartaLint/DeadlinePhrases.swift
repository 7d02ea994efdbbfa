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
  var quoted: String {
    phrase.text.utf8.contains(0x0A) ? phrase.text.replacingOccurrences(of: "\n", with: " ") : phrase.text
  }
}

extension Plan {
  /// Every deadline phrase that has a schedule, in plan order.
  var placedPhrases: [PlacedPhrase] {
    var phrases: [PlacedPhrase] = []
    phrases.reserveCapacity(items.count)
    // By index and field, so that no item is copied whole and no array is built per item.
    for index in items.indices {
      let hasEvent = items[index].event != nil
      let hasDependencies = !items[index].dependencies.isEmpty
      func place(_ due: DuePhrase) {
        guard let schedule = due.schedule else { return }
        phrases.append(
          PlacedPhrase(
            owner: Phrase("owner.item", "\(items[index].id)"), phrase: due, schedule: schedule,
            isBound: hasEvent || (schedule.kind == .relative && hasDependencies)))
      }
      if let due = items[index].due { place(due) }
      for subjectDue in items[index].subjectDues { place(subjectDue.due) }
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
