// Every module that reports through `Diagnostic` also speaks through the word catalogue.
@_exported import KartaWords

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
  case error
  case warning
  case note

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .note: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The stable identifier of a kind of diagnostic, such as `syntax.unknown-property`.
/// Tools and tests match on it; its text never changes once released.
public struct DiagnosticID: Hashable, Sendable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The dotted identifier.
  public let rawValue: String

  /// Creates an identifier from its dotted text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: DiagnosticID, rhs: DiagnosticID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One problem found in an input: a plan, an included file, or (later) a status file.
/// Every component of Karta reports through this one type.
public struct Diagnostic: Error, Hashable, Sendable {
  /// The stable kind of problem.
  public var id: DiagnosticID
  /// Whether it stops the plan from being used.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong: lowercase, no trailing period, source text quoted in '…'.
  public var message: String
  /// Further explanation, each printed on a line of its own after the source excerpt.
  public var notes: [String]
  /// A concrete fix, such as the keyword that was probably meant.
  public var suggestion: String?
  /// The message as catalogue words, when it has them; `message` is its English text.
  public var phrase: Phrase?
  /// A place that is not a line and column (a spreadsheet's `Форма!F12`), written before the
  /// message in every language; `message` already begins with it.
  public var place: String? = nil
  /// The notes as catalogue words, one for each of `notes`, when they have them.
  public var notePhrases: [Phrase]

  /// Creates a diagnostic.
  public init(
    _ id: DiagnosticID, _ severity: Severity = .error, at location: SourceLocation,
    _ message: String, notes: [String] = [], suggestion: String? = nil
  ) {
    self.id = id
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
    self.suggestion = suggestion
    self.phrase = nil
    self.notePhrases = []
  }

  /// Creates a diagnostic whose message and notes come from the word catalogue.
  public init(
    _ id: DiagnosticID, _ severity: Severity = .error, at location: SourceLocation,
    _ phrase: Phrase, notes: [Phrase] = [], suggestion: String? = nil
  ) {
    self.init(
      id, severity, at: location, phrase.text(in: .english), notes: notes.map { $0.text(in: .english) },
      suggestion: suggestion)
    self.phrase = phrase
    self.notePhrases = notes
  }

  /// The message in `language`; English where the message has no catalogue words.
  public func message(in language: Language) -> String {
    guard language != .english, let phrase else { return message }
    return (place.map { "\($0): " } ?? "") + phrase.text(in: language)
  }

  /// The notes in `language`.
  public func notes(in language: Language) -> [String] {
    guard language != .english, notePhrases.count == notes.count else { return notes }
    return notePhrases.map { $0.text(in: language) }
  }

  /// The order diagnostics are reported in: by file, then place, then id.
  public static func reportingOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
    let left = lhs.location.range?.start ?? SourcePosition(line: 0, column: 0)
    let right = rhs.location.range?.start ?? SourcePosition(line: 0, column: 0)
    if left != right { return left < right }
    if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
    if lhs.id != rhs.id { return lhs.id < rhs.id }
    return lhs.message < rhs.message
  }
}

extension Array where Element == Diagnostic {
  /// The diagnostics in reporting order, with exact repeats removed. Sorted first (ties in the
  /// order they came), so a repeat is found among its ties, without hashing every diagnostic.
  public func sortedForReporting() -> [Diagnostic] {
    let order = indices.sorted { left, right in
      if Diagnostic.reportingOrder(self[left], self[right]) { return true }
      if Diagnostic.reportingOrder(self[right], self[left]) { return false }
      return left < right
    }
    var result: [Diagnostic] = []
    result.reserveCapacity(count)
    // Where the run of diagnostics that tie with the last one kept begins in `result`.
    var runStart = 0
    for index in order {
      let diagnostic = self[index]
      if let last = result.last, !Diagnostic.reportingOrder(last, diagnostic) {
        if result[runStart...].contains(diagnostic) { continue }
      } else {
        runStart = result.count
      }
      result.append(diagnostic)
    }
    return result
  }

  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }
}
