import KartaCheck

/// PLACEHOLDER — being written for issue 5.
public struct HTMLReport: ReportRenderer {
  public static let identifier = "html"
  public init() {}
  public func render(_ report: ComplianceReport) -> String { "" }
}
