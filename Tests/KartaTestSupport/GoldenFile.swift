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

  /// The kept text of golden file `file`, read as bytes so that a byte-order mark is kept; `nil`
  /// when this run rewrites it with `output` instead.
  public static func expected(at file: URL, output: String) throws -> String? {
    if updating {
      try Data(output.utf8).write(to: file)
      return nil
    }
    return String(decoding: try Data(contentsOf: file), as: UTF8.self)
  }

  /// The kept text of golden file `name` in the `Golden/` folder beside the calling test file.
  public static func expected(_ name: String, output: String, beside filePath: String = #filePath) throws -> String? {
    try expected(at: folder(beside: filePath).appendingPathComponent(name), output: output)
  }

  /// Compares `output` with golden file `file` byte for byte (or rewrites the file).
  public static func expectMatch(
    _ output: String, at file: URL, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard let expected = try expected(at: file, output: output) else { return }
    #expect(output == expected, comment, sourceLocation: sourceLocation)
  }

  /// Compares `output` with golden file `name` in the `Golden/` folder beside the calling test file.
  public static func expectMatch(
    _ output: String, _ name: String, beside filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try expectMatch(output, at: folder(beside: filePath).appendingPathComponent(name), sourceLocation: sourceLocation)
  }

  /// Whether two JSON texts hold the same object.
  public static func sameJSON(_ first: String, _ second: String) throws -> Bool {
    let one = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? NSDictionary
    let two = try JSONSerialization.jsonObject(with: Data(second.utf8)) as? NSDictionary
    return one != nil && one == two
  }
}
