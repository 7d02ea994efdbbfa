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
  /// The files read, for quoting the lines findings point at (the text format).
  public var sources: [SourceFile]
  /// How many warnings the plans acknowledged (`# karta: allow …`) and so are not listed.
  public var acknowledged: Int

  /// Creates findings.
  public init(
    files: [String], rules: [Rule], diagnostics: [Diagnostic], sources: [SourceFile] = [], acknowledged: Int = 0
  ) {
    self.files = files
    self.rules = rules
    self.diagnostics = diagnostics
    self.sources = sources
    self.acknowledged = acknowledged
  }
}

/// A format lint findings are written in. One file a format.
public protocol FindingsRenderer {
  /// The name `--format` takes.
  static var identifier: String { get }
  /// The findings as text in this format.
  func render(_ findings: Findings) -> String
}

/// The formats `karta lint` offers, by identifier.
public enum FindingsRenderers {
  /// Renders `findings` in format `identifier`; `nil` for an unknown format. `colored` is for text.
  public static func render(
    _ findings: Findings, as identifier: String, colored: Bool = false, language: Language = .english
  ) -> String? {
    switch identifier {
    case LintTextReport.identifier: LintTextReport(colored: colored, language: language).render(findings)
    case LintJSONReport.identifier: LintJSONReport(language: language).render(findings)
    case SARIFReport.identifier: SARIFReport(language: language).render(findings)
    case JUnitReport.identifier: JUnitReport(language: language).render(findings)
    case GitHubReport.identifier: GitHubReport(language: language).render(findings)
    default: nil
    }
  }

  /// The formats offered.
  public static let identifiers = [
    LintTextReport.identifier, LintJSONReport.identifier, SARIFReport.identifier, JUnitReport.identifier,
    GitHubReport.identifier,
  ]
}
