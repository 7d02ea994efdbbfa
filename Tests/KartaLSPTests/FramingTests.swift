import Testing

@testable import KartaLSP

/// The base protocol's framing, fed the way a pipe delivers bytes: split anywhere, run together,
/// broken.
@Suite struct FramingTests {
  static func frame(_ body: String, header: String? = nil) -> [UInt8] {
    Array((header ?? "Content-Length: \(body.utf8.count)\r\n\r\n").utf8) + Array(body.utf8)
  }

  @Test func messagesSplitAtEveryByteAndRunTogetherComeOutWhole() {
    let first = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"text":"План 😀"}}"#
    let second = #"{"jsonrpc":"2.0","method":"initialized"}"#
    let stream =
      Self.frame(first)
      + Self.frame(
        second,
        header:
          "content-length: \(second.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")
    var reader = MessageReader()
    var events: [MessageReader.Event] = []
    for byte in stream { events += reader.feed([byte]) }
    #expect(events == [.message(Array(first.utf8)), .message(Array(second.utf8))])
    var whole = MessageReader()
    #expect(whole.feed(stream) == events)
    #expect(!whole.hasPartialMessage)
  }

  @Test func aHeaderWithoutALengthIsReportedAndTheNextMessageStillRead() {
    let good = #"{"jsonrpc":"2.0","method":"initialized"}"#
    var reader = MessageReader()
    let events = reader.feed(
      Array("Content-Type: text/plain\r\n\r\n{\"junk\": true}\r\n".utf8) + Self.frame(good)
        + Self.frame(good, header: "Content-Length: -5\r\n\r\n") + Self.frame(good))
    #expect(
      events == [
        .problem(.missingContentLength), .message(Array(good.utf8)), .problem(.missingContentLength),
        .message(Array(good.utf8)),
      ])
  }

  @Test func aHeaderThatNeverEndsIsCutOff() {
    var reader = MessageReader()
    let events = reader.feed(Array(repeating: UInt8(ascii: "x"), count: MessageReader.maximumHeaderLength + 10))
    #expect(events == [.problem(.headerTooLong)])
    #expect(reader.feed(Self.frame("{}")) == [.message(Array("{}".utf8))])
  }

  @Test func aBodyOverTheLimitIsSkippedAsItArrivesWithoutBeingHeld() {
    var reader = MessageReader(maximumContentLength: 1000)
    let huge = String(repeating: "a", count: 5000)
    var events = reader.feed(Self.frame(huge).prefix(2000))
    #expect(events == [.problem(.tooLarge(length: 5000, limit: 1000))])
    for chunk in Array(Self.frame(huge).dropFirst(2000)).chunked(into: 700) { events += reader.feed(chunk) }
    events += reader.feed(Self.frame("{}"))
    #expect(events.last == .message(Array("{}".utf8)))
    #expect(events.count == 2)
    var claims = MessageReader()
    #expect(
      claims.feed(Array("Content-Length: 99999999999999999\r\n\r\n".utf8)) == [
        .problem(.tooLarge(length: 99_999_999_999_999_999, limit: MessageReader.defaultMaximumContentLength))
      ])
    var overflow = MessageReader()
    #expect(
      overflow.feed(Array("Content-Length: 999999999999999999999999\r\n\r\n{}".utf8)) == [
        .problem(.missingContentLength)
      ])
  }

  @Test func theWriterFramesWhatTheReaderReads() {
    let body = Array(#"{"a":"Саянск"}"#.utf8)
    var reader = MessageReader()
    #expect(reader.feed(framedMessage(body)) == [.message(body)])
    #expect(String(decoding: framedMessage(body), as: UTF8.self).hasPrefix("Content-Length: \(body.count)\r\n\r\n"))
  }
}

extension Array {
  func chunked(into size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
