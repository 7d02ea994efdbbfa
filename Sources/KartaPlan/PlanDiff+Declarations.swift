import KartaLanguage
import KartaSchedule

extension PlanComparison {
  /// A scalar property that differs, as a change of `kind` on the element, or `nil`.
  private func scalar(
    _ kind: PlanChange.Kind, _ element: PlanChange.Element, ids: (String?, String?), title: String?,
    field: String, old: String?, new: String?, at locations: (SourceLocation?, SourceLocation?)
  ) -> PlanChange? {
    guard normalizedText(old) != normalizedText(new) else { return nil }
    return PlanChange(
      kind, element, oldID: ids.0, newID: ids.1, title: title, field: field, old: old, new: new,
      oldLocation: locations.0, newLocation: locations.1)
  }

  mutating func compareHeaders() {
    let before = old.header
    let after = new.header
    guard before != nil || after != nil else { return }
    let ids = (before?.id, after?.id)
    let locations = (before?.location, after?.location)
    let title = after?.title ?? before?.title
    let fields: [(String, (PlanHeader) -> String?)] = [
      ("id", { $0.id }), ("title", { $0.title }), ("issuer", { $0.issuer }), ("document", { $0.document }),
      ("approved", { $0.approved?.russian }), ("period", { $0.period?.description }),
      ("timezone", { $0.timeZone }), ("control", { $0.control }),
      ("days-off", { $0.daysOff.rawValue }),
      ("until", { $0.untilIsExclusive ? "exclusive" : "inclusive" }),
    ]
    for (field, value) in fields {
      if let change = scalar(
        .headerChanged, .plan, ids: ids, title: title, field: field, old: before.flatMap(value),
        new: after.flatMap(value), at: locations)
      {
        changes.append(change)
      }
    }
    for (field, value) in [("basis", \PlanHeader.basis), ("note", \PlanHeader.notes)] {
      appendList(
        PlanChange(
          .headerChanged, .plan, oldID: ids.0, newID: ids.1, title: title, field: field, oldLocation: locations.0,
          newLocation: locations.1),
        old: before?[keyPath: value] ?? [], new: after?[keyPath: value] ?? [])
    }
  }

  mutating func compareParties() {
    var pairs: [Int: Int] = [:]
    var taken = Set<Int>()
    for (index, party) in old.parties.enumerated() {
      if let partner = new.parties.firstIndex(where: { $0.code == party.code }) {
        pairs[index] = partner
        taken.insert(partner)
      }
    }
    for (index, party) in old.parties.enumerated() where pairs[index] == nil {
      if let partner = new.parties.indices.first(where: {
        !taken.contains($0) && normalizedText(new.parties[$0].name) == normalizedText(party.name)
      }) {
        pairs[index] = partner
        taken.insert(partner)
      }
    }
    for (oldIndex, newIndex) in pairs { partyMap[old.parties[oldIndex].code] = new.parties[newIndex].code }
    for step in ElementMatching.reportingOrder(oldCount: old.parties.count, newCount: new.parties.count, pairs: pairs) {
      let before = step.old.map { old.parties[$0] }
      let after = step.new.map { new.parties[$0] }
      let ids = (before?.code, after?.code)
      let locations = (before?.location, after?.location)
      let title = after?.name ?? before?.name
      guard let before, let after else {
        let kind: PlanChange.Kind = before == nil ? .partyAdded : .partyRemoved
        changes.append(
          PlanChange(
            kind, .party, oldID: ids.0, newID: ids.1, title: title, old: before?.name, new: after?.name,
            oldLocation: locations.0, newLocation: locations.1))
        continue
      }
      let scalars = [
        scalar(
          .partyRenamed, .party, ids: ids, title: title, field: "code", old: before.code, new: after.code,
          at: locations),
        scalar(
          .partyRenamed, .party, ids: ids, title: title, field: "name", old: before.name, new: after.name,
          at: locations),
        scalar(
          .partyChanged, .party, ids: ids, title: title, field: "each", old: before.each, new: after.each,
          at: locations),
      ]
      changes += scalars.compactMap { $0 }
      appendList(
        PlanChange(
          .partyChanged, .party, oldID: ids.0, newID: ids.1, title: title, field: "note", oldLocation: locations.0,
          newLocation: locations.1),
        old: before.notes, new: after.notes)
    }
  }

  mutating func compareSubjectLists() {
    let pairs = ElementMatching.pairs(
      oldIDs: old.subjectLists.map(\.id), newIDs: new.subjectLists.map(\.id), score: { _, _ in 1 },
      threshold: .infinity)
    let order = ElementMatching.reportingOrder(
      oldCount: old.subjectLists.count, newCount: new.subjectLists.count, pairs: pairs)
    for step in order {
      let before = step.old.map { old.subjectLists[$0] }
      let after = step.new.map { new.subjectLists[$0] }
      let ids = (before?.id, after?.id)
      let title = after?.name ?? before?.name
      guard let before, let after else {
        changes.append(
          PlanChange(
            before == nil ? .subjectListAdded : .subjectListRemoved, .subjectList, oldID: ids.0, newID: ids.1,
            title: title, old: before?.name, new: after?.name, oldLocation: before?.location,
            newLocation: after?.location))
        continue
      }
      if let change = scalar(
        .subjectListRenamed, .subjectList, ids: ids, title: title, field: "name", old: before.name, new: after.name,
        at: (before.location, after.location))
      {
        changes.append(change)
      }
      compareMembers(before.members, after.members)
    }
  }

  private mutating func compareMembers(_ before: [Subject], _ after: [Subject]) {
    let pairs = ElementMatching.pairs(
      oldIDs: before.map(\.id), newIDs: after.map(\.id), score: { _, _ in 1 }, threshold: .infinity)
    for step in ElementMatching.reportingOrder(oldCount: before.count, newCount: after.count, pairs: pairs) {
      let first = step.old.map { before[$0] }
      let second = step.new.map { after[$0] }
      let ids = (first?.id, second?.id)
      let title = second?.name ?? first?.name
      guard let first, let second else {
        changes.append(
          PlanChange(
            first == nil ? .subjectAdded : .subjectRemoved, .subject, oldID: ids.0, newID: ids.1, title: title,
            field: second?.list ?? first?.list, old: first?.name, new: second?.name, oldLocation: first?.location,
            newLocation: second?.location))
        continue
      }
      if let change = scalar(
        .subjectRenamed, .subject, ids: ids, title: title, field: "name", old: first.name, new: second.name,
        at: (first.location, second.location))
      {
        changes.append(change)
      }
    }
  }

  mutating func compareSections() {
    let oldTitles = old.sections.map { TitleLikeness($0.title) }
    let newTitles = new.sections.map { TitleLikeness($0.title) }
    let pairs = ElementMatching.pairs(
      oldIDs: old.sections.map(\.id), newIDs: new.sections.map(\.id),
      score: { oldTitles[$0].likeness(to: newTitles[$1]) }, titles: (oldTitles, newTitles))
    for (oldIndex, newIndex) in pairs { sectionMap[old.sections[oldIndex].id] = new.sections[newIndex].id }
    for step in ElementMatching.reportingOrder(oldCount: old.sections.count, newCount: new.sections.count, pairs: pairs)
    {
      let before = step.old.map { old.sections[$0] }
      let after = step.new.map { new.sections[$0] }
      let ids = (before?.id, after?.id)
      let locations = (before?.location, after?.location)
      let title = after?.title ?? before?.title
      guard let before, let after else {
        changes.append(
          PlanChange(
            before == nil ? .sectionAdded : .sectionRemoved, .section, oldID: ids.0, newID: ids.1, title: title,
            old: before?.title, new: after?.title, oldLocation: locations.0, newLocation: locations.1))
        continue
      }
      var moved: [String] = []
      if before.id != after.id { moved.append("id") }
      if normalizedText(before.number) != normalizedText(after.number) { moved.append("number") }
      if before.parent.map({ sectionMap[$0] ?? $0 }) != after.parent { moved.append("parent") }
      if !moved.isEmpty {
        changes.append(
          PlanChange(
            .sectionMoved, .section, oldID: ids.0, newID: ids.1, title: title, field: moved.joined(separator: ", "),
            old: placement(before), new: placement(after), oldLocation: locations.0, newLocation: locations.1))
      }
      if let change = scalar(
        .sectionRenamed, .section, ids: ids, title: title, field: "title", old: before.title, new: after.title,
        at: locations)
      {
        changes.append(change)
      }
      for (field, value) in [("goal", \Section.goals), ("task", \Section.tasks), ("note", \Section.notes)] {
        appendList(
          PlanChange(
            .sectionChanged, .section, oldID: ids.0, newID: ids.1, title: title, field: field,
            oldLocation: locations.0, newLocation: locations.1),
          old: before[keyPath: value], new: after[keyPath: value])
      }
    }
  }

  /// Where a section stands: its id, parent and number.
  private func placement(_ section: Section) -> String {
    var parts: [String] = []
    if let parent = section.parent { parts.append("in \(parent)") }
    if let number = section.number { parts.append("№ \(number)") }
    return parts.isEmpty ? section.id : "\(section.id) (\(parts.joined(separator: ", ")))"
  }
}
