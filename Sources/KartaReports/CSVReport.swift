import KartaCheck

/// PLACEHOLDER — being written for issue 5.
public struct CSVReport: ReportRenderer {
  public static let identifier = "csv"
  public init() {}
  public func render(_ report: ComplianceReport) -> String { "" }
}
