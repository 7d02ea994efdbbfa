import Foundation

/// Karta's one configuration of Foundation's JSON encoder, for the small documents that are encoded
/// whole (`karta verify --format json`, `karta when --format json`, language-server messages): keys
/// sorted so that output is stable, slashes left as they are so that paths read as written.
public enum JSONText {
  /// The encoder: sorted keys, unescaped slashes, and indentation when `pretty`.
  public static func encoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
    return encoder
  }

  /// `value` as a JSON document ending in a newline; `{}` when it cannot be encoded (a non-finite number).
  public static func document(_ value: some Encodable, pretty: Bool = true) -> String {
    guard let data = try? encoder(pretty: pretty).encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
