/// Decoding JSON strings that hold escapes, the rare slow path of `JSONTape.string(at:)`.
extension JSONTape {
  /// The text of a string's content (between its quotes) with its escapes decoded.
  static func unescape(_ content: UnsafeBufferPointer<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    var pending: [UInt8] = []
    var index = 0
    func flush() {
      if !pending.isEmpty {
        scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
        pending.removeAll(keepingCapacity: true)
      }
    }
    func hex4(_ at: Int) -> UInt32 {
      var value: UInt32 = 0
      for offset in 0..<4 {
        let byte = content[at + offset]
        let digit: UInt32 =
          switch byte {
          case 0x30...0x39: UInt32(byte - 0x30)
          case 0x41...0x46: UInt32(byte - 0x41 + 10)
          default: UInt32(byte &- 0x61 &+ 10)
          }
        value = value * 16 + digit
      }
      return value
    }
    while index < content.count {
      let byte = content[index]
      guard byte == UInt8(ascii: "\\") else {
        pending.append(byte)
        index += 1
        continue
      }
      flush()
      let escape = content[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = hex4(index)
        index += 4
        if (0xD800...0xDBFF).contains(code) {
          let low = hex4(index + 2)
          index += 6
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
      default: scalars.append(Unicode.Scalar(escape))
      }
    }
    flush()
    return String(scalars)
  }
}
