import KartaLanguage
import Testing

/// The one UTF-8 validator agrees with the standard library's decoder.
@Suite struct UTF8ScanTests {
  @Test func itAgreesWithTheStandardLibraryOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    // Bytes drawn mostly from the lead and continuation ranges, so that most arrays are near-UTF-8.
    let alphabet: [UInt8] = [
      0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF,
    ]
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...6, using: &generator)
      let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
      let scanned = bytes.withUnsafeBufferPointer { UTF8Scan.firstInvalidByte($0) }
      #expect((scanned == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
  }

  @Test func itNamesTheFirstBadByte() {
    let cases: [([UInt8], Int?)] = [
      (Array("Плaн".utf8), nil), ([0x41, 0xC0, 0x80], 1), ([0xED, 0xA0, 0x80], 0),
      ([0x41, 0x42, 0xF4, 0x90, 0x80, 0x80], 2),
      ([0xE2, 0x82], 0), ([0xF0, 0x9F, 0x98, 0x80, 0xFF], 4),
    ]
    for (bytes, expected) in cases {
      #expect(bytes.withUnsafeBufferPointer { UTF8Scan.firstInvalidByte($0) } == expected, "\(bytes)")
    }
  }
}
