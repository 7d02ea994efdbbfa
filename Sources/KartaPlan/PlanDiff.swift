import KartaLanguage
import KartaSchedule

/// What an amendment changed between two resolved plans: header, parties, subject lists, sections,
/// items, reports, events and amendments, element by element. Items are paired by identifier and,
/// when an item was renumbered or moved to another section, by the likeness of their titles, so a
/// move is reported as a move rather than as a removal and an addition.
public struct PlanDiff: Sendable {
  /// The changes in reporting order: the header, parties, subject lists, sections, then the items in
  /// the order of the new plan (a removed item after the item that preceded it), then reports, events
  /// and amendments.
  public var changes: [PlanChange]

  /// Compares `old` with `new`.
  public init(old: Plan, new: Plan) {
    var comparison = PlanComparison(old: old, new: new)
    changes = comparison.run()
  }

  /// Whether the two plans say the same.
  public var isEmpty: Bool { changes.isEmpty }

  /// The counts printed at the top of every rendering.
  public var summary: PlanDiffSummary {
    let items = changes.filter { $0.element == .item }
    let changedItems = Set(items.filter { ![.itemAdded, .itemRemoved, .itemMoved].contains($0.kind) }.compactMap(\.id))
    return PlanDiffSummary(
      itemsAdded: items.filter { $0.kind == .itemAdded }.count,
      itemsRemoved: items.filter { $0.kind == .itemRemoved }.count,
      itemsChanged: changedItems.count,
      itemsMoved: items.filter { $0.kind == .itemMoved }.count,
      otherChanges: changes.count - items.count)
  }
}

/// How many items an amendment added, removed, changed and moved, and how many other changes it made.
public struct PlanDiffSummary: Sendable, Hashable {
  /// Items only in the new plan.
  public var itemsAdded: Int
  /// Items only in the old plan.
  public var itemsRemoved: Int
  /// Items in both whose content changed (title, owners, deadlines, subjects, targets, …).
  public var itemsChanged: Int
  /// Items renumbered or moved to another section.
  public var itemsMoved: Int
  /// Changes to anything but items: header, parties, subject lists, sections, reports, events, amendments.
  public var otherChanges: Int
}

/// One difference between two plans: which element, what kind of change, the old and new values
/// and where each is written.
public struct PlanChange: Sendable, Hashable {
  /// The kind of change; the raw values are the stable names the JSON output uses (docs/diff.md).
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case headerChanged = "header-changed"
    case partyAdded = "party-added"
    case partyRemoved = "party-removed"
    case partyRenamed = "party-renamed"
    case partyChanged = "party-changed"
    case subjectListAdded = "subject-list-added"
    case subjectListRemoved = "subject-list-removed"
    case subjectListRenamed = "subject-list-renamed"
    case subjectAdded = "subject-added"
    case subjectRemoved = "subject-removed"
    case subjectRenamed = "subject-renamed"
    case sectionAdded = "section-added"
    case sectionRemoved = "section-removed"
    case sectionRenamed = "section-renamed"
    case sectionMoved = "section-moved"
    case sectionChanged = "section-changed"
    case itemAdded = "item-added"
    case itemRemoved = "item-removed"
    case itemMoved = "item-moved"
    case titleChanged = "title-changed"
    case ownersChanged = "owners-changed"
    case dueChanged = "due-changed"
    case windowsMoved = "windows-moved"
    case subjectDueChanged = "subject-due-changed"
    case subjectsChanged = "subjects-changed"
    case itemEventChanged = "item-event-changed"
    case targetsChanged = "targets-changed"
    case evidenceChanged = "evidence-changed"
    case dependenciesChanged = "dependencies-changed"
    case notesChanged = "notes-changed"
    case reportAdded = "report-added"
    case reportRemoved = "report-removed"
    case reportChanged = "report-changed"
    case eventAdded = "event-added"
    case eventRemoved = "event-removed"
    case eventChanged = "event-changed"
    case amendmentAdded = "amendment-added"
    case amendmentRemoved = "amendment-removed"
    case amendmentChanged = "amendment-changed"
  }

  /// The kind of plan element a change concerns.
  public enum Element: String, Sendable, Hashable {
    case plan, party, subject, section, item, report, event, amendment
    case subjectList = "subject-list"
  }

  /// What changed.
  public var kind: Kind
  /// The element it changed.
  public var element: Element
  /// The element's identifier in the old plan; `nil` when it was added.
  public var oldID: String?
  /// The element's identifier in the new plan; `nil` when it was removed.
  public var newID: String?
  /// The element's title or name (the new one when both exist), for display.
  public var title: String?
  /// Which property changed (`document`, `due`, a subject's id for a per-subject deadline, …).
  public var field: String?
  /// The old value as written; `nil` when there was none.
  public var old: String?
  /// The new value as written; `nil` when there is none.
  public var new: String?
  /// For a list property (owners, subjects, targets, …): the values only the new plan has.
  public var added: [String] = []
  /// For a list property: the values only the old plan has.
  public var removed: [String] = []
  /// For a deadline: the windows the old phrase was read into.
  public var oldWindows: [Window]?
  /// For a deadline: the windows the new phrase is read into.
  public var newWindows: [Window]?
  /// Where the old value is written.
  public var oldLocation: SourceLocation?
  /// Where the new value is written.
  public var newLocation: SourceLocation?

  /// Creates a change.
  public init(
    _ kind: Kind, _ element: Element, oldID: String?, newID: String?, title: String? = nil, field: String? = nil,
    old: String? = nil, new: String? = nil, oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil
  ) {
    self.kind = kind
    self.element = element
    self.oldID = oldID
    self.newID = newID
    self.title = title
    self.field = field
    self.old = old
    self.new = new
    self.oldLocation = oldLocation
    self.newLocation = newLocation
  }

  /// The element's identifier: the new one, or the old one for a removed element.
  public var id: String? { newID ?? oldID }

  /// The line the old value is on.
  public var oldLine: Int? { oldLocation?.range?.start.line }

  /// The line the new value is on.
  public var newLine: Int? { newLocation?.range?.start.line }
}
