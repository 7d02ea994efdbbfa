import Foundation
import KartaPlan
import KartaSchedule
import KartaWords

/// What an obligation comes from: an item of the plan, or a report a party owes.
public enum ObligationKind: String, Sendable, Hashable {
  /// An item (`item`), for a subject and a window.
  case item
  /// A report (`report`), by a reporter at a checkpoint.
  case report
}

/// Where an obligation is counted in a report's table of sections: a section of the plan, the
/// items outside every section, or the reporting obligations. (A plan's own section may be called
/// `reports`; it is still a section.)
public enum SectionKey: Hashable, Sendable {
  /// A section of the plan, by id.
  case section(String)
  /// The items outside every section.
  case outsideSections
  /// The reports parties owe.
  case reports

  /// The id a JSON report writes: the section's id, `""` outside sections, `reports`.
  public var id: String {
    switch self {
    case .section(let id): id
    case .outsideSections: ""
    case .reports: "reports"
    }
  }
}

/// One obligation as a report shows it.
public struct ObligationRow: Sendable {
  /// Whether it is an item's or a report's (its raw value, `item` or `report`, is what JSON writes).
  public var kind: ObligationKind
  /// The item or report id.
  public var id: String
  /// The document's own number.
  public var number: String?
  /// The item's text or the report's title.
  public var title: String
  /// The section.
  public var section: String?
  /// Where the obligation is counted among sections.
  public var sectionKey: SectionKey { kind == .report ? .reports : section.map(SectionKey.section) ?? .outsideSections }
  /// The subject's id and name.
  public var subject: Subject?
  /// The occurrence (1-based) and how many there are.
  public var occurrence: Int
  /// How many occurrences the item has for this subject.
  public var occurrences: Int
  /// The responsible parties (the reporter, for a report).
  public var owners: [String]
  /// The deadline phrase as written.
  public var duePhrase: String
  /// What kind of deadline the phrase is.
  public var scheduleKind: ScheduleKind
  /// The window judged against.
  public var window: Window?
  /// The window as the order first set it, when an amendment or a status record's `new_due`
  /// replaced it; `nil` otherwise.
  public var originalWindow: Window? = nil
  /// The amendment in force that set the deadline, if any.
  public var amendment: String? = nil
  /// The state.
  public var state: ObligationState
  /// What was reported, in words: "done 20.05.2024", "in_progress", "submitted 15.07.2024".
  public var reported: Phrase?
  /// Evidence reported.
  public var evidence: [String]
  /// Remarks; the reporter's comment, when there is one, comes last.
  public var notes: [Phrase]
  /// For an overdue or unreported obligation, the days from its effective due to the as-of date.
  public var daysOverdue: Int? = nil
  /// For a late one, the days from its effective due to its completion.
  public var daysLate: Int? = nil

  /// The days behind, overdue or late, when the obligation is either.
  public var daysBehind: Int? { daysOverdue ?? daysLate }
}
