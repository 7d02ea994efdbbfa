import Foundation
import Testing

@testable import KartaReports

/// The golden files of the renderers, in `Golden/` beside the tests. `UPDATE_GOLDEN=1 swift test`
/// rewrites them; review the diff.
enum GoldenFile {
  /// The folder of golden files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  /// Whether this run rewrites golden files instead of comparing with them.
  static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil }

  /// What a golden page holds where the report's style sheet stands: the sheet is kept once, in
  /// `HTMLReport+Style.swift`, not again in every golden page.
  static let styleSheetLine = "/* HTMLReport.styleSheet (Sources/KartaReports/HTMLReport+Style.swift) */\n"

  /// The kept text of golden file `name`, read as bytes so that a byte-order mark is kept, with the
  /// style sheet put back in its place; `nil` when this run rewrites it with `output` instead.
  static func expected(_ name: String, output: String) throws -> String? {
    let file = folder.appendingPathComponent(name)
    if updating {
      try Data(output.replacingOccurrences(of: HTMLReport.styleSheet, with: styleSheetLine).utf8).write(to: file)
      return nil
    }
    let kept = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    return kept.replacingOccurrences(of: styleSheetLine, with: HTMLReport.styleSheet)
  }

  /// Compares `output` with golden file `name` byte for byte (or rewrites the file).
  static func expectMatch(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard let expected = try expected(name, output: output) else { return }
    #expect(output == expected, sourceLocation: sourceLocation)
  }

  /// Whether two JSON texts hold the same object.
  static func sameJSON(_ first: String, _ second: String) throws -> Bool {
    let one = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? NSDictionary
    let two = try JSONSerialization.jsonObject(with: Data(second.utf8)) as? NSDictionary
    return one != nil && one == two
  }
}
