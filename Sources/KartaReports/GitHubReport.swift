import KartaCheck

/// PLACEHOLDER — being written for issue 5.
public struct GitHubReport: ReportRenderer, FindingsRenderer {
  public static let identifier = "github"
  public init() {}
  public func render(_ report: ComplianceReport) -> String { "" }
  public func render(_ findings: Findings) -> String { "" }
}
