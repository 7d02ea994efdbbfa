import Foundation
import Testing

@testable import KartaCheck

/// SHA-256: known vectors, and the processor's instructions and the portable code agreeing on every
/// length around the block boundaries, on every machine.
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func knownVectors(text: String, digest: String) {
    #expect(SHA256.hex(Array(text.utf8)) == digest)
    #expect(SHA256.hex(Array(text.utf8), portable: true) == digest)
  }

  @Test func bothPathsAgreeOnEveryLengthAroundTheBlocks() {
    var generator = SystemRandomNumberGenerator()
    for length in Array(0...200) + [1_000, 4_095, 4_096, 65_537] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      #expect(SHA256.hex(bytes) == SHA256.hex(bytes, portable: true), "length \(length)")
    }
  }

  @Test func hashingOnManyThreadsAtOnceGivesOneAnswer() async {
    let bytes = Array(repeating: UInt8(7), count: 10_000)
    let expected = SHA256.hex(bytes, portable: true)
    let answers = await withTaskGroup(of: String.self) { group in
      for _ in 0..<32 { group.addTask { SHA256.hex(bytes) } }
      var all: [String] = []
      for await answer in group { all.append(answer) }
      return all
    }
    #expect(Set(answers) == [expected])
  }
}
