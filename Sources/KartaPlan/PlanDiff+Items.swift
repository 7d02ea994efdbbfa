import KartaLanguage
import KartaSchedule

/// The work of `PlanDiff`: walks both plans and collects the changes.
struct PlanComparison {
  let old: Plan
  let new: Plan
  var changes: [PlanChange] = []
  /// Old section id → the id of the section it became.
  var sectionMap: [String: String] = [:]
  /// Old item id → the id of the item it became.
  var itemMap: [String: String] = [:]
  /// Old party code → the code of the party it became (a renamed code).
  var partyMap: [String: String] = [:]

  init(old: Plan, new: Plan) {
    self.old = old
    self.new = new
  }

  mutating func run() -> [PlanChange] {
    compareHeaders()
    compareParties()
    compareSubjectLists()
    compareSections()
    compareItems()
    compareReports()
    compareEvents()
    compareAmendments()
    return changes
  }

  /// Items are alike by title; the same owners or the same deadline tip a close call.
  private func itemScore(_ first: Item, _ second: Item, _ likeness: Double) -> Double {
    var score = likeness
    if Set(first.owners.map { partyMap[$0] ?? $0 }) == Set(second.owners) { score += 0.1 }
    if normalizedText(first.due?.text) == normalizedText(second.due?.text) { score += 0.1 }
    return score
  }

  mutating func compareItems() {
    let oldTitles = old.items.map { TitleLikeness($0.title) }
    let newTitles = new.items.map { TitleLikeness($0.title) }
    let pairs = ElementMatching.pairs(
      oldIDs: old.items.map(\.id), newIDs: new.items.map(\.id),
      score: { itemScore(old.items[$0], new.items[$1], oldTitles[$0].likeness(to: newTitles[$1])) },
      titles: (oldTitles, newTitles), bonus: 0.2)
    for (oldIndex, newIndex) in pairs { itemMap[old.items[oldIndex].id] = new.items[newIndex].id }
    for step in ElementMatching.reportingOrder(oldCount: old.items.count, newCount: new.items.count, pairs: pairs) {
      switch (step.old.map { old.items[$0] }, step.new.map { new.items[$0] }) {
      case (let before?, let after?):
        compare(before, after)
      case (let before?, nil):
        changes.append(
          PlanChange(
            .itemRemoved, .item, oldID: before.id, newID: nil, title: before.title, old: before.title,
            oldLocation: before.location))
      case (nil, let after?):
        changes.append(
          PlanChange(
            .itemAdded, .item, oldID: nil, newID: after.id, title: after.title, new: after.title,
            newLocation: after.location))
      case (nil, nil):
        break
      }
    }
  }

  private mutating func compare(_ before: Item, _ after: Item) {
    func change(_ kind: PlanChange.Kind, field: String? = nil, old: String? = nil, new: String? = nil) -> PlanChange {
      PlanChange(
        kind, .item, oldID: before.id, newID: after.id, title: after.title, field: field, old: old, new: new,
        oldLocation: before.location, newLocation: after.location)
    }
    var moved: [String] = []
    if before.id != after.id { moved.append("id") }
    if normalizedText(before.number) != normalizedText(after.number) { moved.append("number") }
    if before.section.map({ sectionMap[$0] ?? $0 }) != after.section { moved.append("section") }
    if !moved.isEmpty {
      changes.append(
        change(.itemMoved, field: moved.joined(separator: ", "), old: placement(before), new: placement(after)))
    }
    if normalizedText(before.title) != normalizedText(after.title) {
      changes.append(change(.titleChanged, field: "title", old: before.title, new: after.title))
    }
    // Owners are read through the party pairing: a party whose code was renamed is still the owner.
    appendList(
      change(.ownersChanged, field: "owner"), old: before.owners.map { partyMap[$0] ?? $0 }, new: after.owners)
    appendDue(change(.dueChanged, field: "due"), old: before.due, new: after.due)
    let oldDues = Dictionary(before.subjectDues.map { ($0.subject, $0.due) }, uniquingKeysWith: { first, _ in first })
    let newDues = Dictionary(after.subjectDues.map { ($0.subject, $0.due) }, uniquingKeysWith: { first, _ in first })
    var subjects = after.subjectDues.map(\.subject)
    subjects += before.subjectDues.map(\.subject).filter { newDues[$0] == nil }
    for subject in subjects {
      appendDue(change(.subjectDueChanged, field: subject), old: oldDues[subject], new: newDues[subject])
    }
    appendList(change(.subjectsChanged, field: "for"), old: before.subjects, new: after.subjects)
    if before.event != after.event {
      changes.append(change(.itemEventChanged, field: "on", old: before.event, new: after.event))
    }
    // A target whose indicator stays is changed in place (old → new); one that comes or goes is
    // added or removed.
    let oldTargets = Dictionary(before.targets.map { ($0.indicator, $0.text) }, uniquingKeysWith: { first, _ in first })
    let newTargets = Dictionary(after.targets.map { ($0.indicator, $0.text) }, uniquingKeysWith: { first, _ in first })
    for target in after.targets {
      guard let old = oldTargets[target.indicator], normalizedText(old) != normalizedText(target.text) else { continue }
      changes.append(change(.targetsChanged, field: "target \(target.indicator)", old: old, new: target.text))
    }
    appendList(
      change(.targetsChanged, field: "target"),
      old: before.targets.filter { newTargets[$0.indicator] == nil }.map { "\($0.indicator): \($0.text)" },
      new: after.targets.filter { oldTargets[$0.indicator] == nil }.map { "\($0.indicator): \($0.text)" })
    appendList(change(.evidenceChanged, field: "evidence"), old: before.evidence, new: after.evidence)
    appendList(
      change(.dependenciesChanged, field: "after"), old: before.dependencies.map { itemMap[$0] ?? $0 },
      new: after.dependencies)
    appendList(change(.notesChanged, field: "note"), old: before.notes, new: after.notes)
  }

  /// Where an item stands: its id, section and number.
  private func placement(_ item: Item) -> String {
    var parts: [String] = []
    if let section = item.section { parts.append("section \(section)") }
    if let number = item.number { parts.append("№ \(number)") }
    return parts.isEmpty ? item.id : "\(item.id) (\(parts.joined(separator: ", ")))"
  }

  /// Appends `change` with the added and removed values when the lists differ as sets.
  mutating func appendList(_ change: PlanChange, old: [String], new: [String]) {
    let (added, removed) = listDifference(old: old, new: new)
    guard !added.isEmpty || !removed.isEmpty else { return }
    var change = change
    change.added = added
    change.removed = removed
    changes.append(change)
  }

  /// Appends `change` when the phrase changed (a `due-changed` or `subject-due-changed`), or as
  /// `windows-moved` when the phrase is the same but is read into other windows.
  mutating func appendDue(_ change: PlanChange, old: DuePhrase?, new: DuePhrase?) {
    var change = change
    change.old = old?.text
    change.new = new?.text
    change.oldWindows = old?.schedule?.windows
    change.newWindows = new?.schedule?.windows
    change.oldLocation = old?.location ?? change.oldLocation
    change.newLocation = new?.location ?? change.newLocation
    if normalizedText(old?.text) != normalizedText(new?.text) {
      changes.append(change)
    } else if old?.schedule?.windows != new?.schedule?.windows {
      change.kind = .windowsMoved
      changes.append(change)
    }
  }
}
