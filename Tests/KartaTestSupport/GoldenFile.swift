import Foundation
import Testing

/// Golden files: kept outputs that tests compare with, byte for byte. `UPDATE_GOLDEN=1 swift test`
/// — exactly that value, so that a stray `UPDATE_GOLDEN=0` or an empty variable compares — rewrites
/// them instead; review the diff. Every test target's golden files go through this one helper.
public enum GoldenFile {
  /// Whether this run rewrites golden files instead of comparing with them.
  public static var updating: Bool { updating(in: ProcessInfo.processInfo.environment) }

  /// Whether `environment` asks for golden files to be rewritten: `UPDATE_GOLDEN` is exactly `1`.
  public static func updating(in environment: [String: String]) -> Bool { environment["UPDATE_GOLDEN"] == "1" }

  /// The `Golden/` folder beside the calling test file.
  public static func folder(beside filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  /// A long constant of the output (a report's style sheet) that golden files keep as a one-line
  /// marker, so that it lives once, in the source, and not again in every golden file.
  public struct StandIn: Sendable {
    /// The line a golden file holds in its place.
    public var marker: String
    /// The text it stands for.
    public var text: String

    public init(marker: String, text: String) {
      self.marker = marker
      self.text = text
    }
  }

  /// The kept text of golden file `file`, read as bytes so that a byte-order mark is kept, with
  /// every stand-in put back; `nil` when this run rewrites it with `output` instead.
  public static func expected(at file: URL, output: String, standIns: [StandIn] = []) throws -> String? {
    if updating {
      let kept = standIns.reduce(output) { $0.replacingOccurrences(of: $1.text, with: $1.marker) }
      try Data(kept.utf8).write(to: file)
      return nil
    }
    let kept = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    return standIns.reduce(kept) { $0.replacingOccurrences(of: $1.marker, with: $1.text) }
  }

  /// The kept text of golden file `name` in the `Golden/` folder beside the calling test file.
  public static func expected(
    _ name: String, output: String, standIns: [StandIn] = [], beside filePath: String = #filePath
  ) throws -> String? {
    try expected(at: folder(beside: filePath).appendingPathComponent(name), output: output, standIns: standIns)
  }

  /// Compares `output` with golden file `file` byte for byte (or rewrites the file).
  public static func expectMatch(
    _ output: String, at file: URL, _ comment: Comment? = nil, standIns: [StandIn] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard let expected = try expected(at: file, output: output, standIns: standIns) else { return }
    #expect(output == expected, comment, sourceLocation: sourceLocation)
  }

  /// Compares `output` with golden file `name` in the `Golden/` folder beside the calling test file.
  public static func expectMatch(
    _ output: String, _ name: String, standIns: [StandIn] = [], beside filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try expectMatch(
      output, at: folder(beside: filePath).appendingPathComponent(name), standIns: standIns,
      sourceLocation: sourceLocation)
  }

  /// Whether two JSON texts hold the same object.
  public static func sameJSON(_ first: String, _ second: String) throws -> Bool {
    let one = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? NSDictionary
    let two = try JSONSerialization.jsonObject(with: Data(second.utf8)) as? NSDictionary
    return one != nil && one == two
  }
}
