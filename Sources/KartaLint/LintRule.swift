import KartaLanguage
import KartaPlan

/// A lint rule: one kind of problem, its documentation, and the examples that both document it
/// and test it. A rule is one file under `Rules/`; the registry lists them all.
public protocol LintRule: Sendable {
  /// What the rule finds, with its examples.
  var description: RuleDescription { get }
  /// The rule's findings for one loaded plan.
  func check(_ context: LintContext) -> [Diagnostic]
}

/// A rule's documentation: its id, severity, a one-line summary and its examples.
public struct RuleDescription: Sendable {
  /// The id of the diagnostics the rule reports.
  public var id: DiagnosticID
  /// The severity they are reported with.
  public var severity: Severity
  /// What the rule finds, in one line.
  public var summary: String
  /// Plans that must trigger the rule exactly at their `↓` markers.
  public var triggering: [LintExample]
  /// Plans that must not trigger it.
  public var nonTriggering: [LintExample]

  /// Creates a description.
  public init(
    id: DiagnosticID, severity: Severity = .error, summary: String, triggering: [LintExample],
    nonTriggering: [LintExample]
  ) {
    self.id = id
    self.severity = severity
    self.summary = summary
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }
}

/// What a rule looks at: the plan as loaded, with the diagnostics of reading, parsing and resolving.
public struct LintContext: Sendable {
  /// The loaded plan.
  public let loaded: LoadedPlan
  /// Every deadline phrase of the plan with its owner, gathered once for the deadline rules.
  let placedPhrases: [PlacedPhrase]

  /// Creates a context for a loaded plan.
  public init(loaded: LoadedPlan) {
    self.loaded = loaded
    placedPhrases = loaded.plan.placedPhrases
  }
}

/// A rule whose problem the language front end (reader, parser, resolver) already finds: the rule
/// documents it, carries its examples, and reports the front end's findings with its id.
public protocol FrontEndRule: LintRule {}

extension FrontEndRule {
  public func check(_ context: LintContext) -> [Diagnostic] {
    context.loaded.diagnostics.filter { $0.id == description.id }
  }
}
