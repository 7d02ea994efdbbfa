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

  /// `text` as a JSON string appended to `bytes`: `"` and `\` escaped, the control characters as
  /// `\b`, `\t`, `\n`, `\f`, `\r` or `\u00XX` (lowercase hex), everything else — `/` and non-ASCII
  /// included — as it is: byte for byte what the encoder above writes. Karta's one JSON string
  /// escaper, for the JSON it writes as it goes (reports, status forms).
  public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        if start < offset { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset])) }
        start = offset + 1
        switch byte {
        case 0x22: bytes.append(contentsOf: #"\""#.utf8)
        case 0x5C: bytes.append(contentsOf: #"\\"#.utf8)
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        default:
          let hex = Array("0123456789abcdef".utf8)
          bytes.append(contentsOf: #"\u00"#.utf8)
          bytes.append(hex[Int(byte >> 4)])
          bytes.append(hex[Int(byte & 0xF)])
        }
      }
      if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `text` as a JSON string (`appendQuoted`).
  public static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
