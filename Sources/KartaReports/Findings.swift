import KartaLanguage

/// What `karta lint` found, in the shape the CI formats (SARIF, JUnit, GitHub annotations) render.
public struct Findings: Sendable {
  /// A rule that was run, with its documentation.
  public struct Rule: Sendable {
    /// The stable id (`syntax.unknown-property`).
    public var id: String
    /// The severity it reports with.
    public var severity: Severity
    /// What it finds, in one line.
    public var summary: String

    /// Creates a rule.
    public init(id: String, severity: Severity, summary: String) {
      self.id = id
      self.severity = severity
      self.summary = summary
    }
  }

  /// The plan files checked, as given.
  public var files: [String]
  /// Every rule that was run.
  public var rules: [Rule]
  /// Every finding, in reporting order.
  public var diagnostics: [Diagnostic]

  /// Creates findings.
  public init(files: [String], rules: [Rule], diagnostics: [Diagnostic]) {
    self.files = files
    self.rules = rules
    self.diagnostics = diagnostics
  }
}

/// A format lint findings are written in. One file a format.
public protocol FindingsRenderer {
  /// The name `--format` takes.
  static var identifier: String { get }
  /// The findings as text in this format.
  func render(_ findings: Findings) -> String
}

/// The lint formats offered besides `text` and `json`, by identifier.
public enum FindingsRenderers {
  /// Renders `findings` in format `identifier`; `nil` for an unknown format.
  public static func render(_ findings: Findings, as identifier: String, language: Language = .english) -> String? {
    switch identifier {
    case SARIFReport.identifier: SARIFReport(language: language).render(findings)
    case JUnitReport.identifier: JUnitReport(language: language).render(findings)
    case GitHubReport.identifier: GitHubReport(language: language).render(findings)
    default: nil
    }
  }

  /// The formats offered.
  public static let identifiers = [SARIFReport.identifier, JUnitReport.identifier, GitHubReport.identifier]
}
