import KartaLanguage
import KartaSchedule

extension PlanComparison {
  mutating func compareReports() {
    let oldTitles = old.reports.map { TitleLikeness($0.title) }
    let newTitles = new.reports.map { TitleLikeness($0.title) }
    let pairs = ElementMatching.pairs(
      oldIDs: old.reports.map(\.id), newIDs: new.reports.map(\.id),
      score: { oldTitles[$0].likeness(to: newTitles[$1]) }, titles: (oldTitles, newTitles))
    for step in ElementMatching.reportingOrder(oldCount: old.reports.count, newCount: new.reports.count, pairs: pairs) {
      let before = step.old.map { old.reports[$0] }
      let after = step.new.map { new.reports[$0] }
      let title = after?.title ?? before?.title
      func change(_ kind: PlanChange.Kind, field: String? = nil, old: String? = nil, new: String? = nil) -> PlanChange {
        PlanChange(
          kind, .report, oldID: before?.id, newID: after?.id, title: title, field: field, old: old, new: new,
          oldLocation: before?.location, newLocation: after?.location)
      }
      guard let before, let after else {
        changes.append(change(before == nil ? .reportAdded : .reportRemoved, old: before?.title, new: after?.title))
        continue
      }
      let scalars: [(String, String?, String?)] = [
        ("id", before.id, after.id), ("title", before.title, after.title),
        ("from", before.from.map { partyMap[$0] ?? $0 }, after.from),
        ("to", before.to.map { partyMap[$0] ?? $0 }, after.to),
      ]
      for (field, first, second) in scalars where normalizedText(first) != normalizedText(second) {
        changes.append(change(.reportChanged, field: field, old: first, new: second))
      }
      appendDues(change(.reportChanged, field: "due"), old: before.dues, new: after.dues)
      appendList(change(.reportChanged, field: "note"), old: before.notes, new: after.notes)
    }
  }

  /// Appends `change` when a list of deadline phrases differs, or as `windows-moved` when the
  /// phrases are the same but are read into other windows.
  private mutating func appendDues(_ change: PlanChange, old: [DuePhrase], new: [DuePhrase]) {
    var change = change
    change.oldWindows = old.flatMap { $0.schedule?.windows ?? [] }
    change.newWindows = new.flatMap { $0.schedule?.windows ?? [] }
    if let first = old.first { change.oldLocation = first.location }
    if let first = new.first { change.newLocation = first.location }
    let (added, removed) = listDifference(old: old.map(\.text), new: new.map(\.text))
    if !added.isEmpty || !removed.isEmpty {
      change.added = added
      change.removed = removed
      changes.append(change)
    } else if change.oldWindows != change.newWindows {
      change.kind = .windowsMoved
      change.old = new.map(\.text).joined(separator: "; ")
      change.new = change.old
      changes.append(change)
    }
  }

  mutating func compareEvents() {
    let pairs = ElementMatching.pairs(
      oldIDs: old.events.map(\.id), newIDs: new.events.map(\.id), score: { _, _ in 1 }, threshold: .infinity)
    for step in ElementMatching.reportingOrder(oldCount: old.events.count, newCount: new.events.count, pairs: pairs) {
      let before = step.old.map { old.events[$0] }
      let after = step.new.map { new.events[$0] }
      let title = after?.name ?? before?.name
      func change(_ kind: PlanChange.Kind, field: String? = nil, old: String? = nil, new: String? = nil) -> PlanChange {
        PlanChange(
          kind, .event, oldID: before?.id, newID: after?.id, title: title, field: field, old: old, new: new,
          oldLocation: before?.location, newLocation: after?.location)
      }
      guard let before, let after else {
        changes.append(change(before == nil ? .eventAdded : .eventRemoved, old: before?.name, new: after?.name))
        continue
      }
      if normalizedText(before.name) != normalizedText(after.name) {
        changes.append(change(.eventChanged, field: "name", old: before.name, new: after.name))
      }
      var dates = change(.eventChanged, field: "dates")
      if let first = before.dates.first { dates.oldLocation = first.location }
      if let first = after.dates.first { dates.newLocation = first.location }
      let (added, removed) = listDifference(old: before.dates.map(\.text), new: after.dates.map(\.text))
      if !added.isEmpty || !removed.isEmpty {
        dates.added = added
        dates.removed = removed
        dates.oldWindows = before.windows
        dates.newWindows = after.windows
        changes.append(dates)
      }
      appendList(change(.eventChanged, field: "source"), old: before.sources, new: after.sources)
      appendList(change(.eventChanged, field: "note"), old: before.notes, new: after.notes)
    }
  }

  mutating func compareAmendments() {
    let pairs = ElementMatching.pairs(
      oldIDs: old.amendments.map(\.id), newIDs: new.amendments.map(\.id), score: { _, _ in 1 },
      threshold: .infinity)
    let order = ElementMatching.reportingOrder(
      oldCount: old.amendments.count, newCount: new.amendments.count, pairs: pairs)
    for step in order {
      let before = step.old.map { old.amendments[$0] }
      let after = step.new.map { new.amendments[$0] }
      let title = after?.title ?? before?.title
      func change(_ kind: PlanChange.Kind, field: String? = nil, old: String? = nil, new: String? = nil) -> PlanChange {
        PlanChange(
          kind, .amendment, oldID: before?.id, newID: after?.id, title: title, field: field, old: old, new: new,
          oldLocation: before?.location, newLocation: after?.location)
      }
      guard let before, let after else {
        changes.append(
          change(before == nil ? .amendmentAdded : .amendmentRemoved, old: before?.title, new: after?.title))
        continue
      }
      let scalars: [(String, String?, String?)] = [
        ("title", before.title, after.title), ("document", before.document, after.document),
        ("dated", before.dated?.russian, after.dated?.russian), ("item", before.item, after.item),
      ]
      for (field, first, second) in scalars where normalizedText(first) != normalizedText(second) {
        changes.append(change(.amendmentChanged, field: field, old: first, new: second))
      }
      appendDue(change(.amendmentChanged, field: "due"), old: before.due, new: after.due)
      appendList(change(.amendmentChanged, field: "owner"), old: before.owners, new: after.owners)
      appendList(change(.amendmentChanged, field: "note"), old: before.notes, new: after.notes)
    }
  }
}
