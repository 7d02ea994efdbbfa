/// Why a JSON text could not be read, and where.
public struct JSONSyntaxError: Error, Sendable {
  /// What is wrong.
  public var message: String
  /// The byte offset of the problem.
  public var offset: Int
  /// Whether the problem is nesting deeper than the reader allows.
  public var tooDeep: Bool
}

/// A JSON text read into a flat tape of entries: no allocation per value, so that millions of
/// records read fast. Containers know where they end, so a reader can skip over them; strings are
/// decoded only when asked for.
public struct JSONTape {
  /// What an entry is.
  public enum Kind: UInt8, Sendable {
    case object, array, string, number, trueValue, falseValue, null

    /// The JSON type's name, for messages.
    public var typeName: String {
      switch self {
      case .object: "an object"
      case .array: "an array"
      case .string: "a string"
      case .number: "a number"
      case .trueValue, .falseValue: "a boolean"
      case .null: "null"
      }
    }
  }

  /// One value: where it is and, for containers, where the entries after it begin.
  public struct Entry: Sendable {
    /// The kind.
    public var kind: Kind
    /// Whether a string holds escapes (and must be decoded the slow way).
    var escaped: Bool
    /// The byte offset of the value (for strings, of the opening quote).
    public var offset: Int32
    /// For strings and numbers, the byte length of the content.
    var length: Int32
    /// The index of the first entry after this value and everything inside it.
    var next: Int32
  }

  /// The entries, in document order.
  public private(set) var entries: [Entry] = []
  private let bytes: UnsafeBufferPointer<UInt8>

  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 64

  /// Reads one JSON text; the tape refers to `bytes`, which must outlive it.
  public static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONTape, JSONSyntaxError> {
    var parser = Parser(bytes: bytes)
    do {
      parser.skipWhitespace()
      try parser.value(depth: 0)
      parser.skipWhitespace()
      if parser.index < bytes.count {
        return .failure(
          JSONSyntaxError(message: "unexpected text after the JSON value", offset: parser.index, tooDeep: false))
      }
      var tape = JSONTape(bytes: bytes)
      tape.entries = parser.entries
      return .success(tape)
    } catch {
      return .failure(error)
    }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The text the tape was read from.
  var text: UnsafeBufferPointer<UInt8> { bytes }

  /// The members of the object at `index`: each key's entry and its value's entry.
  public func members(of index: Int) -> Members {
    Members(entries: entries, start: index + 1, end: Int(entries[index].next))
  }

  /// The members of an object, walked without allocating.
  public struct Members: Sequence, IteratorProtocol {
    let entries: [Entry]
    var cursor: Int
    let end: Int

    init(entries: [Entry], start: Int, end: Int) {
      self.entries = entries
      self.cursor = start
      self.end = end
    }

    public mutating func next() -> (key: Int, value: Int)? {
      guard cursor < end else { return nil }
      let member = (key: cursor, value: cursor + 1)
      cursor = Int(entries[cursor + 1].next)
      return member
    }
  }

  /// The elements of the array at `index`.
  public func elements(of index: Int) -> [Int] {
    var result: [Int] = []
    var cursor = index + 1
    let end = Int(entries[index].next)
    while cursor < end {
      result.append(cursor)
      cursor = Int(entries[cursor].next)
    }
    return result
  }

  /// The text of the string at `index`.
  public func string(at index: Int) -> String {
    let entry = entries[index]
    let start = Int(entry.offset) + 1
    let content = UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(entry.length))])
    guard entry.escaped else { return String(decoding: content, as: UTF8.self) }
    return Self.unescape(content)
  }

  /// Which of `candidates` (UTF-8 bytes) the string at `index` is, without building a String.
  public func match(_ index: Int, among candidates: [[UInt8]]) -> Int? {
    let entry = entries[index]
    guard !entry.escaped else {
      let text = Array(string(at: index).utf8)
      return candidates.firstIndex(of: text)
    }
    let start = Int(entry.offset) + 1
    let length = Int(entry.length)
    for (position, candidate) in candidates.enumerated() where candidate.count == length {
      var same = true
      for offset in 0..<length where bytes[start + offset] != candidate[offset] {
        same = false
        break
      }
      if same { return position }
    }
    return nil
  }

  /// The value of the number at `index`.
  /// The line an object or array starts on (lines end at LF, CR LF or a lone CR).
  func line(at index: Int) -> Int32 {
    let entry = entries[index]
    precondition(entry.kind == .object || entry.kind == .array, "only a container's line is kept")
    return entry.length
  }

  public func number(at index: Int) -> Double {
    let entry = entries[index]
    let start = Int(entry.offset)
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(entry.length))]), as: UTF8.self)
    return Double(text) ?? .nan
  }

  /// A strict RFC 8259 reader that writes the tape.
  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var entries: [Entry] = []
    /// The line `index` is on.
    var line: Int32 = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      entries.reserveCapacity(bytes.count / 8)
    }

    func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
      JSONSyntaxError(message: message, offset: offset ?? index, tooDeep: false)
    }

    mutating func skipWhitespace() {
      // Locals, not `self`'s fields, in the hot loops: the compiler keeps them in registers.
      var position = index
      let count = bytes.count
      let base = bytes
      var line = self.line
      while position < count {
        let byte = base[position]
        if byte == 0x20 || byte == 0x09 {
          position += 1
          continue
        }
        // Lines end at LF, CR LF or a lone CR, as `LineTable` counts them; only white space
        // holds line ends in JSON (a string may not).
        if byte == 0x0A || (byte == 0x0D && (position + 1 == count || base[position + 1] != 0x0A)) {
          line &+= 1
        } else if byte != 0x0D {
          break
        }
        position += 1
      }
      index = position
      self.line = line
    }

    private mutating func append(_ kind: Kind, offset: Int, length: Int = 0, escaped: Bool = false) {
      entries.append(
        Entry(
          kind: kind, escaped: escaped, offset: Int32(offset), length: Int32(length), next: Int32(entries.count + 1)))
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) {
      guard index < bytes.count else { throw fail("the file ends where a value was expected") }
      switch bytes[index] {
      case UInt8(ascii: "{"): try container(depth: depth, object: true)
      case UInt8(ascii: "["): try container(depth: depth, object: false)
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "t"): try literal("true", .trueValue)
      case UInt8(ascii: "f"): try literal("false", .falseValue)
      case UInt8(ascii: "n"): try literal("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      default:
        throw fail("expected a value, found '\(String(decoding: [bytes[index]], as: UTF8.self))'")
      }
    }

    private mutating func container(depth: Int, object: Bool) throws(JSONSyntaxError) {
      guard depth < JSONTape.maximumDepth else {
        throw JSONSyntaxError(
          message: "nesting deeper than \(JSONTape.maximumDepth) levels", offset: index, tooDeep: true)
      }
      let entry = entries.count
      // A container has no length: its line stands there (`line(at:)`).
      append(object ? .object : .array, offset: index, length: Int(line))
      let close = UInt8(ascii: object ? "}" : "]")
      let name = object ? "an object" : "an array"
      index += 1
      skipWhitespace()
      if index < bytes.count, bytes[index] == close {
        index += 1
        entries[entry].next = Int32(entries.count)
        return
      }
      while true {
        skipWhitespace()
        if object {
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw fail(index < bytes.count ? "expected a key in quotes" : "the file ends inside an object")
          }
          try string()
          skipWhitespace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
          index += 1
          skipWhitespace()
        }
        try value(depth: depth + 1)
        skipWhitespace()
        guard index < bytes.count else { throw fail("the file ends inside \(name)") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        if bytes[index] == close {
          index += 1
          entries[entry].next = Int32(entries.count)
          return
        }
        throw fail("expected ',' or '\(object ? "}" : "]")' in \(name)")
      }
    }

    private mutating func literal(_ word: StaticString, _ kind: Kind) throws(JSONSyntaxError) {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { throw fail("the file ends inside '\(word)'") }
      let matches = word.withUTF8Buffer { expected in (0..<count).allSatisfy { bytes[index + $0] == expected[$0] } }
      guard matches else { throw fail("expected '\(word)'") }
      append(kind, offset: index)
      index += count
    }

    private mutating func number() throws(JSONSyntaxError) {
      let start = index
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      let integerStart = index
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
      guard index > integerStart else { throw fail("expected digits", at: start) }
      if index - integerStart > 1, bytes[integerStart] == 0x30 {
        throw fail("a number may not start with 0", at: start)
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        let fraction = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > fraction else { throw fail("expected digits after '.'") }
      }
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        let exponent = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > exponent else { throw fail("expected digits in the exponent") }
      }
      append(.number, offset: start, length: index - start)
    }

    private mutating func string() throws(JSONSyntaxError) {
      let start = index
      // Fast path: plain text up to the closing quote, scanned with locals.
      var position = index + 1
      let count = bytes.count
      let base = bytes
      // Eight bytes at a time to the first quote, backslash or control character.
      if let address = base.baseAddress {
        while position + 8 <= count {
          let word = ByteWord.load(address, position)
          let stops = ByteWord.matches(0x22, word) | ByteWord.matches(0x5C, word) | ByteWord.controls(word)
          guard stops == 0 else {
            position += stops.trailingZeroBitCount / 8
            break
          }
          position += 8
        }
      }
      while position < count {
        let byte = base[position]
        if byte == UInt8(ascii: "\"") {
          append(.string, offset: start, length: position - start - 1)
          index = position + 1
          return
        }
        if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        position += 1
      }
      index = start + 1
      var escaped = false
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          append(.string, offset: start, length: index - start - 1, escaped: escaped)
          index += 1
          return
        }
        if byte < 0x20 { throw fail("a control character inside a string; write it as an escape") }
        if byte == UInt8(ascii: "\\") {
          escaped = true
          guard index + 1 < bytes.count else { break }
          switch bytes[index + 1] {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
          case UInt8(ascii: "u"):
            guard index + 6 <= bytes.count,
              (2..<6).allSatisfy({ isHex(bytes[index + $0]) })
            else { throw fail("expected four hex digits after \\u") }
            let code = (2..<6).reduce(UInt32(0)) { $0 * 16 + hexValue(bytes[index + $1]) }
            index += 6
            if (0xD800...0xDBFF).contains(code) {
              guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                (2..<6).allSatisfy({ isHex(bytes[index + $0]) }),
                (0xDC00...0xDFFF).contains((2..<6).reduce(UInt32(0)) { $0 * 16 + hexValue(bytes[index + $1]) })
              else { throw fail("a lone surrogate in a \\u escape") }
              index += 6
            } else if (0xDC00...0xDFFF).contains(code) {
              throw fail("a lone surrogate in a \\u escape")
            }
          default:
            throw fail("unknown escape '\\\(String(decoding: [bytes[index + 1]], as: UTF8.self))'")
          }
          continue
        }
        index += 1
      }
      throw fail("the file ends inside a string", at: start)
    }

    private func isHex(_ byte: UInt8) -> Bool {
      (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private func hexValue(_ byte: UInt8) -> UInt32 {
      switch byte {
      case 0x30...0x39: UInt32(byte - 0x30)
      case 0x41...0x46: UInt32(byte - 0x41 + 10)
      default: UInt32(byte - 0x61 + 10)
      }
    }
  }
}
