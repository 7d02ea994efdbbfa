import KartaLanguage
import KartaSchedule

/// A roadmap resolved from its plan files: every reference checked, every value read.
/// Elements keep their source locations so that later stages can point back at the text.
public struct Plan: Sendable {
  /// The header; `nil` for a file of shared declarations only (subject lists, calendars).
  public var header: PlanHeader?
  /// The executors, in declaration order.
  public var parties: [Party] = []
  /// The subject lists, in declaration order.
  public var subjectLists: [SubjectList] = []
  /// The sections, in declaration order.
  public var sections: [Section] = []
  /// The items, in declaration order (root file first, includes where they are included).
  public var items: [Item] = []
  /// The reporting obligations.
  public var reports: [Report] = []
  /// The calendar events.
  public var events: [CalendarEvent] = []
  /// The amendments.
  public var amendments: [Amendment] = []
  /// The production-calendar years the plan adds (`calendar` declarations), in declaration order.
  public var calendars: [PlanCalendar] = []
  /// The files the plan was read from, root first.
  public var files: [String] = []

  /// Creates an empty plan.
  public init() {}

  /// The party with `code`.
  public func party(_ code: String) -> Party? { parties.first { $0.code == code } }

  /// The item with `id`.
  public func item(_ id: String) -> Item? { items.first { $0.id == id } }

  /// The subject with `id`, in whichever list it is.
  public func subject(_ id: String) -> Subject? {
    for list in subjectLists { if let subject = list.members.first(where: { $0.id == id }) { return subject } }
    return nil
  }

  /// The working-day calendar deadlines are read with: Karta's shipped decrees and the plan's own
  /// `calendar` declarations (which replace a shipped year they also give).
  public var productionCalendar: ProductionCalendar {
    ProductionCalendar.russia.adding(calendars.map(\.decree))
  }

  /// The subject list with `id`.
  public func subjectList(_ id: String) -> SubjectList? { subjectLists.first { $0.id == id } }
}

/// The plan's header: what order it encodes and over which period it runs.
public struct PlanHeader: Sendable {
  /// The plan's identifier.
  public var id: String
  /// The order's title.
  public var title: String
  /// The authority that issued the order.
  public var issuer: String?
  /// The order's kind, number and date as printed.
  public var document: String?
  /// The approval date.
  public var approved: CivilDate?
  /// The period the plan runs over.
  public var period: PlanPeriod?
  /// The IANA time zone deadlines are read in.
  public var timeZone: String?
  /// The basis documents.
  public var basis: [String] = []
  /// Who controls execution.
  public var control: String?
  /// Where a due date on a day off moves (`days-off:`; the preceding working day by default).
  public var daysOff = DaysOffRule.earlier
  /// Whether "до D" excludes D (`until: exclusive`); by default it includes it.
  public var untilIsExclusive = false
  /// Free notes.
  public var notes: [String] = []
  /// Where the header is written.
  public var location: SourceLocation
}

/// A responsible executor.
public struct Party: Sendable {
  /// The short code items refer to.
  public var code: String
  /// The full name.
  public var name: String
  /// The subject list the party stands for every member of, if any.
  public var each: String?
  /// Free notes.
  public var notes: [String] = []
  /// Where the party is declared.
  public var location: SourceLocation
}

/// A named list of subjects: municipalities, schools.
public struct SubjectList: Sendable {
  /// The list's identifier.
  public var id: String
  /// The list's name.
  public var name: String
  /// The members, in order.
  public var members: [Subject] = []
  /// Where the list is declared.
  public var location: SourceLocation
}

/// One municipality, school or other subject an item can fan out to.
public struct Subject: Sendable {
  /// The subject's identifier.
  public var id: String
  /// The full name.
  public var name: String
  /// The list it belongs to.
  public var list: String
  /// Where it is declared.
  public var location: SourceLocation
}

/// A section of the roadmap with its goals and tasks.
public struct Section: Sendable {
  /// The section's identifier.
  public var id: String
  /// The heading.
  public var title: String
  /// The document's own number.
  public var number: String?
  /// The enclosing section.
  public var parent: String?
  /// The goals ("Цель").
  public var goals: [String] = []
  /// The tasks ("Задачи").
  public var tasks: [String] = []
  /// Free notes.
  public var notes: [String] = []
  /// Where the section is declared.
  public var location: SourceLocation
}

/// A deadline phrase exactly as the document writes it, and where the plan holds it.
public struct DuePhrase: Sendable, Hashable {
  /// The phrase, verbatim (continuation lines joined by line breaks).
  public var text: String
  /// The reading the plan states (`reading:`) for a phrase Karta cannot read as the document writes
  /// it; the schedule is read from it, while `text` stays the document's words.
  public var reading: String? = nil
  /// Where the `reading:` line's value is written.
  public var readingLocation: SourceLocation? = nil

  /// Where the text the schedule was read from is written: the `reading:` line when there is one.
  public var readLocation: SourceLocation { readingLocation ?? location }
  /// Where the phrase is written.
  public var location: SourceLocation
  /// What the phrase means in the plan's context; `nil` when the plan has no period to read it in.
  public var schedule: Schedule?
}

/// A deadline that applies to one subject of an item.
public struct SubjectDue: Sendable {
  /// The subject's identifier.
  public var subject: String
  /// The phrase.
  public var due: DuePhrase
}

/// One activity of the roadmap: a row of the document's table.
public struct Item: Sendable {
  /// The item's identifier.
  public var id: String
  /// The row's text.
  public var title: String
  /// The document's own number.
  public var number: String?
  /// The section it belongs to.
  public var section: String?
  /// The responsible parties' codes, in the order the row names them.
  public var owners: [String] = []
  /// The deadline for the item as a whole.
  public var due: DuePhrase?
  /// Deadlines per subject.
  public var subjectDues: [SubjectDue] = []
  /// The subjects named with `for:`.
  public var subjects: [String] = []
  /// The event the deadline is bound to.
  public var event: String?
  /// Indicators with targets.
  public var targets: [Target] = []
  /// What proves the item done.
  public var evidence: [String] = []
  /// Items this one depends on.
  public var dependencies: [String] = []
  /// Free notes.
  public var notes: [String] = []
  /// Where the item is declared.
  public var location: SourceLocation
  /// The amendment in force, once `Plan.inForce(on:)` has applied one; `nil` in the plan as written.
  public var amendment: String?
  /// The deadline as the order first wrote it, when an amendment in force replaced it.
  public var originalDue: DuePhrase?
  /// The per-subject deadlines as the order first wrote them, when an amendment replaced them.
  public var originalSubjectDues: [SubjectDue] = []
  /// The owners as the order first named them, when an amendment in force replaced them.
  public var originalOwners: [String]?
}

/// A reporting obligation: who reports to whom, and when.
public struct Report: Sendable {
  /// The report's identifier.
  public var id: String
  /// What is reported.
  public var title: String
  /// The reporting party's code.
  public var from: String?
  /// The receiving party's code.
  public var to: String?
  /// The checkpoint phrases.
  public var dues: [DuePhrase] = []
  /// Free notes.
  public var notes: [String] = []
  /// Where the report is declared.
  public var location: SourceLocation
}

/// An event of an external calendar that deadlines can be bound to.
public struct CalendarEvent: Sendable {
  /// The event's identifier.
  public var id: String
  /// The event's name.
  public var name: String
  /// The dates as published.
  public var dates: [DuePhrase] = []
  /// The dates read into windows (a single date is a one-day window).
  public var windows: [Window] = []
  /// Where the dates come from.
  public var sources: [String] = []
  /// Free notes.
  public var notes: [String] = []
  /// Where the event is declared.
  public var location: SourceLocation
}

/// A later order's change to an item's deadline or owners.
public struct Amendment: Sendable {
  /// The amendment's identifier.
  public var id: String
  /// The amending order's title.
  public var title: String
  /// The amending order's number as printed.
  public var document: String?
  /// The amending order's date.
  public var dated: CivilDate?
  /// The item it changes.
  public var item: String?
  /// The new deadline.
  public var due: DuePhrase?
  /// The new owners.
  public var owners: [String] = []
  /// Free notes.
  public var notes: [String] = []
  /// Where the amendment is declared.
  public var location: SourceLocation
}

/// A `calendar` declaration: the Government decree on transferred days off for a year that Karta
/// does not ship, or a replacement for one it does.
public struct PlanCalendar: Sendable {
  /// The decree's data.
  public var decree: CalendarDecree
  /// The declaration's title.
  public var title: String
  /// Free notes.
  public var notes: [String] = []
  /// Where the calendar is declared.
  public var location: SourceLocation
}
