/// Karta's one UTF-8 validator, for every input read as bytes (plan files, status files): well-formed
/// sequences as Unicode's table 3-7 defines them — no overlong forms, no surrogates, nothing past
/// U+10FFFF.
public enum UTF8Scan {
  /// The length of the well-formed sequence of two to four bytes that starts at `index`, or 0 when
  /// the bytes there are not one. (ASCII is for the caller to take one byte at a time.)
  @inline(__always)
  public static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      index + offset < bytes.count && range.contains(bytes[index + offset])
    }
    switch bytes[index] {
    case 0xC2...0xDF: return continuation(1) ? 2 : 0
    case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
    case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
    case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default: return 0
    }
  }

  /// The offset of the first byte that does not begin a well-formed sequence, or `nil` when all
  /// of `bytes` is UTF-8.
  public static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    while index < count {
      // Sixteen bytes of ASCII at a time: most of a status file or a plan's keywords.
      if index + 16 <= count {
        let low = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let high = UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)
        if (low | high) & 0x8080_8080_8080_8080 == 0 {
          index += 16
          continue
        }
      }
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      let length = sequenceLength(bytes, at: index)
      if length == 0 { return index }
      index += length
    }
    return nil
  }
}
