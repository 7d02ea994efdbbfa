import KartaSchedule

/// What an executor reports about an obligation.
public enum StatusValue: String, Sendable, Hashable, CaseIterable, Codable {
  case done
  case partial
  case inProgress = "in_progress"
  case notStarted = "not_started"
  case cancelled
  case rescheduled
  case waived
}

/// Permission not to do an obligation, until it expires.
public struct Waiver: Sendable, Hashable {
  /// Why.
  public var reason: String
  /// Who allowed it.
  public var approver: String
  /// The last day it holds.
  public var expires: CivilDate
}

/// A record's less common contents, kept apart so that the common record stays small.
public struct RecordDetails: Sendable, Hashable {
  /// Indicator values by indicator id.
  public var values: [String: Double] = [:]
  /// Document numbers and links.
  public var evidence: [String] = []
  /// Free comment.
  public var comment: String?
  /// The document that rescheduled or cancelled the obligation.
  public var basis: String?
  /// The waiver, for `waived`.
  public var waiver: Waiver?
  /// The day a request came in, for an obligation whose deadline counts from it (`requested`).
  public var requested: CivilDate?

  /// Whether there is nothing in it.
  var isEmpty: Bool {
    values.isEmpty && evidence.isEmpty && comment == nil && basis == nil && waiver == nil && requested == nil
  }
}

/// One record of a status file, matched to its obligation. Dates are day numbers (see
/// `CivilDate.dayNumber`) so that millions of records stay compact.
public struct StatusRecord: Sendable, Hashable {
  /// "No date".
  public static let noDate = Int32.min

  /// The reported status; `nil` for a blank record (nothing reported).
  public var status: StatusValue?
  /// Where the record comes from (it fits in the padding after `status`: the record stays 24 bytes).
  public var origin: Origin = .statusFile
  /// The completion date's day number, or `noDate`.
  public var completed: Int32
  /// The new due date's day number for `rescheduled`, or `noDate`.
  public var newDue: Int32
  /// The file it came from (index into the status set's files).
  public var file: Int32
  /// The byte offset of the record in its file.
  public var offset: Int32
  /// The index of its details in the status set, or -1.
  public var details: Int32
  /// The line and column the record starts at (columns count Unicode scalars; a byte-order mark
  /// is not one), worked out when the file is read: it is not read again to place a conflict.
  public var line: Int32 = 1
  public var column: Int32 = 1

  /// The completion date.
  public var completedDate: CivilDate? { completed == Self.noDate ? nil : CivilDate(dayNumber: Int(completed)) }
  /// The new due date.
  public var newDueDate: CivilDate? { newDue == Self.noDate ? nil : CivilDate(dayNumber: Int(newDue)) }
}

extension StatusRecord {
  /// Where a record comes from.
  public enum Origin: UInt8, Sendable, Hashable {
    /// A record written in a status file.
    case statusFile
    /// A report's file itself: sending it counts as the report done on the day it was submitted.
    case reportSubmission
  }
}

/// A status file as read: who reported, as of when, and what it holds.
public struct StatusFileInfo: Sendable {
  /// The path as given.
  public var path: String
  /// The plan id it names.
  public var plan: String
  /// The reporting party.
  public var party: String
  /// The reporting subject, for a party that stands for a subject list.
  public var subject: String?
  /// The reporting obligation it answers, if it names one.
  public var report: String?
  /// The date the information is as of.
  public var asOf: CivilDate
  /// When it was sent.
  public var submitted: CivilDate
  /// How many records it holds.
  public var recordCount: Int
  /// SHA-256 of its bytes, hex.
  public var digest: String
}
