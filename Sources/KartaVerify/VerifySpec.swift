import KartaCheck
import KartaLanguage
import KartaSchedule

/// A piece of a `.verify` file's text and where it is, so that a failure points at it.
public struct VerifyToken: Sendable, Hashable {
  /// The text, trimmed.
  public var text: String
  /// Where it is written.
  public var range: SourceRange

  /// Creates a token.
  public init(text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}

/// The obligation an expectation is about: `A1.8 angarsk #1`, `report R2.4 belgorod #2`.
public struct ObligationReference: Sendable, Hashable {
  /// The item or report id.
  public var id: VerifyToken
  /// Whether `report` was written before the id (otherwise items are looked up first, then reports).
  public var isReport: Bool
  /// The subject, for an item or report that fans out.
  public var subject: VerifyToken?
  /// The occurrence, 1-based, for an obligation with several windows.
  public var occurrence: Int?
  /// Where `#N` is written.
  public var occurrenceToken: VerifyToken?
  /// The whole reference.
  public var range: SourceRange

  /// The reference as written, normalised: `A1.8 angarsk #1`.
  public var text: String {
    ([isReport ? "report" : nil, id.text, subject?.text, occurrence.map { "#\($0)" }] as [String?])
      .compactMap { $0 }.joined(separator: " ")
  }
}

/// A summary figure of the compliance report that `count` can pin down.
public enum SummaryFigure: Sendable, Hashable {
  /// Every obligation.
  case obligations
  /// Obligations in one state.
  case state(ObligationState)
  /// Obligations in a gap state (overdue, unreported, target-missed, late, due-soon).
  case gaps
  /// Obligations whose effective due is on or before the as-of date (the compliance denominator).
  case dueByDate
  /// Of those, the ones done on time (the numerator).
  case doneOnTime

  /// The names `count` accepts besides the state names.
  static let names: [String: SummaryFigure] = [
    "obligations": .obligations, "gaps": .gaps, "due-by-date": .dueByDate, "done-on-time": .doneOnTime,
  ]

  /// The figure named `name`, or `nil`.
  public init?(name: String) {
    if let figure = Self.names[name] {
      self = figure
    } else if let state = ObligationState(rawValue: name) {
      self = .state(state)
    } else {
      return nil
    }
  }
}

/// What one expectation line asserts.
public enum ExpectedValue: Sendable, Hashable {
  /// `expect REF: STATE`.
  case state(ObligationReference, ObligationState)
  /// `window REF: START–DUE [effective D]`.
  case window(ObligationReference, start: CivilDate, due: CivilDate, effective: CivilDate?)
  /// `due REF: D [effective D]`.
  case due(ObligationReference, due: CivilDate, effective: CivilDate?)
  /// `label REF: TEXT` (`none` for a window without a label).
  case label(ObligationReference, String?)
  /// `checkpoint REF: D` (`none` for a window without an "as of" date).
  case checkpoint(ObligationReference, CivilDate?)
  /// `occurrences REF: N`: how many obligations the item has (for the subject, when it fans out).
  case occurrences(ObligationReference, Int)
  /// `kind REF: KIND`: how the deadline phrase is read.
  case kind(ObligationReference, ScheduleKind)
  /// `count FIGURE: N`.
  case count(SummaryFigure, Int)
  /// `compliance: P %` with `decimals` digits after the point, or `none` (nothing due yet).
  case compliance(percent: Double?, decimals: Int)

  /// The obligation the expectation is about, if it is about one.
  public var reference: ObligationReference? {
    switch self {
    case .state(let reference, _), .window(let reference, _, _, _), .due(let reference, _, _),
      .label(let reference, _), .checkpoint(let reference, _), .occurrences(let reference, _),
      .kind(let reference, _):
      reference
    case .count, .compliance: nil
    }
  }
}

/// One expectation line of a test.
public struct VerifyExpectation: Sendable, Hashable {
  /// What is expected.
  public var value: ExpectedValue
  /// The keyword (`expect`, `window`, …).
  public var keyword: VerifyToken
  /// The value after the colon: failures point here.
  public var valueToken: VerifyToken
}

/// One `test` block: an as-of date, status fixtures and expectations.
public struct VerifyTest: Sendable {
  /// The test's name.
  public var name: VerifyToken
  /// What it pins down, from the text after the colon.
  public var summary: String
  /// The evaluation date.
  public var asOf: CivilDate?
  /// The status files and folders, as written (relative to the `.verify` file).
  public var status: [VerifyToken] = []
  /// The due-soon horizon in days.
  public var horizon = 14
  /// The expectations, in file order.
  public var expectations: [VerifyExpectation] = []
}

/// A parsed `.verify` file: the plan it tests, its tests, and every problem found in it.
public struct VerifySpec: Sendable {
  /// The file's path.
  public var path: String
  /// The decoded file, for quoting lines; `nil` when it could not be decoded.
  public var source: SourceFile?
  /// The plan path as written (relative to this file).
  public var plan: VerifyToken?
  /// The tests, in file order.
  public var tests: [VerifyTest] = []
  /// Syntax and value errors, in reporting order.
  public var diagnostics: [Diagnostic] = []

  /// Creates an empty spec for `path`.
  public init(path: String, source: SourceFile?) {
    self.path = path
    self.source = source
  }
}
