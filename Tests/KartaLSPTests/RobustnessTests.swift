import Testing

@testable import KartaLSP

/// Inputs no client should send, sent anyway: every position of a document, random bytes as
/// messages and as a stream. The server must answer each request and never trap.
@Suite struct RobustnessTests {
  /// A small deterministic generator (SplitMix64), so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func everyPositionOfTheFixtureGetsAnAnswer() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    let uri = folder.uri("plan.plan")
    client.open(uri, Fixture.plan)
    client.wait(milliseconds: 0)
    let lines = Fixture.plan.split(separator: "\n", omittingEmptySubsequences: false)
    let methods = [
      "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
      "textDocument/prepareRename",
    ]
    var answered = 0
    let rows = lines.enumerated().map { ($0.offset, $0.element) } + [(lines.count + 3, Substring(""))]
    for (number, line) in rows {
      for character in 0...(line.utf16.count + 2) {
        for method in methods {
          let answer = client.requestMessage(method, ScriptedClient.at(uri, number, character))
          if answer["result"] != nil || answer["error"] != nil { answered += 1 }
        }
      }
    }
    let positions = lines.map { $0.utf16.count + 3 }.reduce(3, +)
    #expect(answered == positions * methods.count)
  }

  @Test func randomBytesAsMessagesAreAnsweredWithErrors() {
    var generator = Generator(state: 2024)
    let client = ScriptedClient.initialized()
    let pieces = [
      "{", "}", "[", "]", "\"", ":", ",", "\"jsonrpc\"", "\"2.0\"", "\"id\"", "1", "-1", "1e999", "null",
      "\"method\"", "\"textDocument/hover\"", "\"params\"", "\"position\"", "\"line\"", "\"uri\"", "\\u0000", "Ж",
    ]
    for _ in 0..<2000 {
      var body = ""
      for _ in 0..<Int.random(in: 0..<24, using: &generator) { body += pieces.randomElement(using: &generator) ?? "" }
      _ = client.send(raw: Array(body.utf8))
    }
    var bytes: [UInt8] = []
    for _ in 0..<2000 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
    _ = client.send(raw: bytes)
    #expect(client.request("shutdown", nil) == .null, "the server still answers")
  }

  @Test func randomBytesAsAStreamNeverStopTheReader() {
    var generator = Generator(state: 7)
    var reader = MessageReader(maximumContentLength: 4096)
    let fragments = ["Content-Length: ", "12", "\r\n", "\r\n\r\n", "{}", "99999", "content-length:5\r\n\r\nhello"]
    var events = 0
    for _ in 0..<5000 {
      let fragment = fragments.randomElement(using: &generator) ?? ""
      events += reader.feed(Array(fragment.utf8)).count
    }
    // The stream was read to its end without a trap or a hang, and it held messages and problems.
    #expect(events > 20)
  }
}
