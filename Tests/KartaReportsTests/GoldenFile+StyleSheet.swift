@testable import KartaReports
import KartaTestSupport

extension GoldenFile.StandIn {
  /// The HTML report's style sheet: golden pages hold this line where it stands, and the sheet is
  /// kept once, in `HTMLReport+Style.swift`.
  static let styleSheet = GoldenFile.StandIn(
    marker: "/* HTMLReport.styleSheet (Sources/KartaReports/HTMLReport+Style.swift) */\n", text: HTMLReport.styleSheet)
}
