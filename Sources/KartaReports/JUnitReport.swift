import KartaCheck

/// PLACEHOLDER — being written for issue 5.
public struct JUnitReport: ReportRenderer, FindingsRenderer {
  public static let identifier = "junit"
  public init() {}
  public func render(_ report: ComplianceReport) -> String { "" }
  public func render(_ findings: Findings) -> String { "" }
}
