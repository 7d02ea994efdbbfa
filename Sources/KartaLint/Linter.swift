import KartaLanguage
import KartaPlan

/// What linting one plan found.
public struct LintResult: Sendable {
  /// The root file's path, as given.
  public var path: String
  /// The plan as loaded, with its sources for quoting.
  public var loaded: LoadedPlan
  /// Every finding, in reporting order.
  public var diagnostics: [Diagnostic]
  /// What the rules looked at, held with the result so that it is freed with it rather than object
  /// by object inside `lint` (the command line keeps its results until the process ends).
  var context: LintContext? = nil

  /// Whether the root file itself could not be read as text (as opposed to holding mistakes).
  public var rootIsUnreadable: Bool {
    diagnostics.contains { $0.id.isFileLevel && $0.location.file == path }
  }
}

extension DiagnosticID {
  /// Whether the id says a file could not be read as a plan at all: unreadable, not UTF-8, binary or empty.
  public var isFileLevel: Bool { rawValue.hasPrefix("file.") }
}

/// Runs the registered rules over a plan.
public struct Linter: Sendable {
  /// The rules it runs.
  public let rules: [any LintRule]

  /// Creates a linter with `rules` (every registered rule by default).
  public init(rules: [any LintRule] = LintRegistry.rules) {
    self.rules = rules
  }

  /// Lints the plan whose root file is at `path`.
  public func lint(path: String, from provider: some SourceProvider = FileSystemSources()) -> LintResult {
    let loaded = PlanLoader.load(path: path, from: provider)
    let context = LintContext(loaded: loaded)
    var findings = rules.flatMap { $0.check(context) }
    // A front-end problem no rule claims is still reported: nothing is ever dropped.
    let claimed = Set(rules.map(\.description.id))
    findings += loaded.diagnostics.filter { !claimed.contains($0.id) }
    return LintResult(
      path: PathArithmetic.normalize(path), loaded: loaded, diagnostics: findings.sortedForReporting(),
      context: context)
  }
}
