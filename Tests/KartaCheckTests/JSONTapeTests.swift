import Foundation
import KartaTestSupport
import Testing

@testable import KartaCheck

/// The tape reads strings eight bytes at a time (`ByteWord`); whatever stands where in a word —
/// the closing quote, an escape, a control character, Cyrillic — it takes and refuses what
/// Foundation's `JSONSerialization` does, and gives the same text.
@Suite struct JSONTapeTests {
  @Test(arguments: 0..<300)
  func stringsAgreeWithFoundation(_ seed: Int) throws {
    var random = SeededRandom(seed: seed)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let pieces = ["a", "abcdefgh", "\\\"", "\\\\", "\\n", "\\u0041", "\\u00e9", "ш", "\u{1F600}", " ", "\t", "\u{01}", "\\x"]
    var content = ""
    // Most strings are sound; a tab, a control character or a bad escape makes some not.
    for _ in 0..<next(24) { content += pieces[next(seed % 4 == 0 ? pieces.count : pieces.count - 3)] }
    let text = "[\"\(content)\", \"\(String(repeating: "z", count: next(17)))\"]"
    let bytes = Array(text.utf8)
    let foundation = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String]
    let tape = bytes.withUnsafeBufferPointer { buffer -> [String]? in
      guard case .success(let tape) = JSONTape.read(buffer) else { return nil }
      return tape.elements(of: 0).map { tape.string(at: $0) }
    }
    #expect(tape == foundation, "\(text)")
  }
}
