/// Eight bytes read as one word, for scanning text a word at a time: which bytes are a given
/// byte, or below a bound. Each result has the high bit of every matching byte set and no other
/// bit (carries never cross bytes, so there are no false matches); byte `i` of the text is bits
/// `8i...8i+7` of the word (little-endian loads).
enum ByteWord {
  /// The word at `offset` (which must leave eight bytes).
  @inline(__always)
  static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
    UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
  }

  /// The bytes of `word` that are `byte`.
  @inline(__always)
  static func matches(_ byte: UInt8, _ word: UInt64) -> UInt64 {
    let spread = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    let low = (spread & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
    return ~(low | spread | 0x7F7F_7F7F_7F7F_7F7F)
  }

  /// The bytes of `word` below 0x20 (control characters).
  @inline(__always)
  static func controls(_ word: UInt64) -> UInt64 {
    ~((word | 0x8080_8080_8080_8080) &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
  }

  /// The bytes of `word` at or above 0x80 (not ASCII).
  @inline(__always)
  static func nonASCII(_ word: UInt64) -> UInt64 { word & 0x8080_8080_8080_8080 }
}
