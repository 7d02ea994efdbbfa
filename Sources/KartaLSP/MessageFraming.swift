/// The base protocol's framing: each message is a header block (`Content-Length: N`, optionally
/// `Content-Type`, each line ended by CRLF, the block by an empty line) followed by N bytes of
/// JSON. The reader is fed bytes as they arrive and hands out whole bodies; a broken header or a
/// body over the size limit becomes a `FramingProblem` and the reader finds the next header, so
/// one bad message never stops the server.
public struct MessageReader: Sendable {
  /// The largest body the server reads: more than the largest plan file Karta reads, escaped.
  public static let defaultMaximumContentLength = 160 << 20
  /// The longest header block accepted before the reader gives up on it.
  public static let maximumHeaderLength = 8192

  /// What the reader takes out of the stream.
  public enum Event: Equatable, Sendable {
    /// A whole message body.
    case message([UInt8])
    /// A part of the stream that is not a message; the reader has skipped it.
    case problem(FramingProblem)
  }

  /// The body size limit of this reader.
  public let maximumContentLength: Int
  private var buffer: [UInt8] = []
  private var start = 0
  /// Bytes of an oversized body still to be thrown away as they arrive.
  private var discarding = 0
  private var resynchronizing = false

  /// Creates a reader that refuses bodies longer than `maximumContentLength` bytes.
  public init(maximumContentLength: Int = MessageReader.defaultMaximumContentLength) {
    self.maximumContentLength = maximumContentLength
  }

  /// Whether bytes of an unfinished message are held.
  public var hasPartialMessage: Bool { start < buffer.count || discarding > 0 }

  /// Adds bytes read from the stream and returns every message and problem they complete.
  public mutating func feed(_ bytes: some Collection<UInt8>) -> [Event] {
    var incoming = bytes[...]
    if discarding > 0 {
      let skipped = min(discarding, incoming.count)
      discarding -= skipped
      incoming = incoming.dropFirst(skipped)
    }
    buffer.append(contentsOf: incoming)
    var events: [Event] = []
    while let event = next() { events.append(event) }
    compact()
    return events
  }

  private mutating func next() -> Event? {
    if discarding > 0 { return nil }
    if resynchronizing {
      guard let header = nextHeaderStart() else {
        // Keep only a tail that could be the beginning of a header split across reads.
        start = max(start, buffer.count - Self.headerName.count)
        return nil
      }
      start = header
      resynchronizing = false
    }
    guard let end = headerEnd() else {
      if buffer.count - start > Self.maximumHeaderLength {
        skipBrokenHeader()
        return .problem(.headerTooLong)
      }
      return nil
    }
    let header = String(decoding: buffer[start..<end], as: UTF8.self)
    let bodyStart = end + 4
    guard let length = Self.contentLength(in: header) else {
      start = bodyStart
      resynchronizing = true
      return .problem(.missingContentLength)
    }
    if length > maximumContentLength {
      let available = buffer.count - bodyStart
      if available >= length {
        start = bodyStart + length
      } else {
        discarding = length - available
        start = buffer.count
      }
      return .problem(.tooLarge(length: length, limit: maximumContentLength))
    }
    guard buffer.count - bodyStart >= length else { return nil }
    let body = Array(buffer[bodyStart..<(bodyStart + length)])
    start = bodyStart + length
    return .message(body)
  }

  private static let headerName = Array("content-length:".utf8)

  /// The index just past the header block's last header line (where CRLF CRLF starts).
  private func headerEnd() -> Int? {
    var index = start
    while index + 3 < buffer.count {
      if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D, buffer[index + 3] == 0x0A {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Where the next `Content-Length:` header starts (a client writes it right after the body of
  /// the message before, so it need not start a line).
  private func nextHeaderStart() -> Int? {
    var index = start
    while index + Self.headerName.count <= buffer.count {
      if Self.matchesHeaderName(buffer, at: index) { return index }
      index += 1
    }
    return nil
  }

  private static func matchesHeaderName(_ bytes: [UInt8], at index: Int) -> Bool {
    for (offset, expected) in headerName.enumerated() {
      var byte = bytes[index + offset]
      if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
      if byte != expected { return false }
    }
    return true
  }

  private mutating func skipBrokenHeader() {
    start += 1
    resynchronizing = true
  }

  /// The value of the `Content-Length` header, if it is there and a non-negative number.
  static func contentLength(in header: String) -> Int? {
    for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
      guard let colon = line.firstIndex(of: ":") else { continue }
      guard line[..<colon].trimmed(of: " \t").lowercased() == "content-length" else { continue }
      let value = line[line.index(after: colon)...].trimmed(of: " \t")
      guard !value.isEmpty, value.count <= 18, value.allSatisfy(\.isASCIIDigit) else { return nil }
      return Int(value)
    }
    return nil
  }

  private mutating func compact() {
    if start >= buffer.count {
      buffer.removeAll(keepingCapacity: buffer.count < 1 << 20)
      start = 0
    } else if start > 1 << 16 {
      buffer.removeFirst(start)
      start = 0
    }
  }
}

/// A part of the input stream that is not a well-framed message.
public enum FramingProblem: Equatable, Sendable, CustomStringConvertible {
  /// The header block has no usable `Content-Length`.
  case missingContentLength
  /// The header block never ends.
  case headerTooLong
  /// The body is longer than the server reads.
  case tooLarge(length: Int, limit: Int)

  public var description: String {
    switch self {
    case .missingContentLength:
      "a message without a valid 'Content-Length' header"
    case .headerTooLong:
      "a header block longer than \(MessageReader.maximumHeaderLength) bytes"
    case .tooLarge(let length, let limit):
      "a message of \(length) bytes; the server reads messages up to \(limit) bytes"
    }
  }
}

/// Frames a message body for sending: the header block, then the bytes.
public func framedMessage(_ body: [UInt8]) -> [UInt8] {
  Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}

extension StringProtocol {
  fileprivate func trimmed(of set: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
