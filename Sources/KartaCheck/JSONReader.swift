import Foundation

/// A JSON value with the byte offset it starts at, so that every problem can be placed.
public struct JSONNode: Sendable {
  /// The value.
  public var value: JSONValue
  /// The byte offset of its first character.
  public var offset: Int
}

/// A member of a JSON object, with the offset of its key.
public struct JSONMember: Sendable {
  /// The key.
  public var key: String
  /// The byte offset of the key's opening quote.
  public var keyOffset: Int
  /// The value.
  public var node: JSONNode
}

/// A JSON value.
public enum JSONValue: Sendable {
  case object([JSONMember])
  case array([JSONNode])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  /// The JSON type's name, for messages.
  public var typeName: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }
}

/// Why a JSON text could not be read, and where.
public struct JSONSyntaxError: Error, Sendable {
  /// What is wrong.
  public var message: String
  /// The byte offset of the problem.
  public var offset: Int
  /// Whether the problem is nesting deeper than the reader allows.
  public var tooDeep: Bool
}

/// A strict RFC 8259 reader over UTF-8 bytes that records offsets and refuses nesting deeper than
/// `maximumDepth` instead of overflowing the stack.
public struct JSONReader {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 64

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0

  /// Reads one JSON text from `bytes`.
  public static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONNode, JSONSyntaxError> {
    var reader = JSONReader(bytes: bytes)
    do {
      reader.skipWhitespace()
      let node = try reader.value()
      reader.skipWhitespace()
      if reader.index < bytes.count {
        return .failure(JSONSyntaxError(message: "unexpected text after the JSON value", offset: reader.index, tooDeep: false))
      }
      return .success(node)
    } catch {
      return .failure(error)
    }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
    JSONSyntaxError(message: message, offset: offset ?? index, tooDeep: false)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func value() throws(JSONSyntaxError) -> JSONNode {
    guard index < bytes.count else { throw fail("the file ends where a value was expected") }
    let start = index
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONNode(value: try object(), offset: start)
    case UInt8(ascii: "["): return JSONNode(value: try array(), offset: start)
    case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), offset: start)
    case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), offset: start)
    case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), offset: start)
    case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(value: .number(try number()), offset: start)
    default:
      throw fail("expected a value, found '\(String(decoding: [bytes[index]], as: UTF8.self))'")
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw JSONSyntaxError(
        message: "nesting deeper than \(Self.maximumDepth) levels", offset: index, tooDeep: true)
    }
  }

  private mutating func object() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail(index < bytes.count ? "expected a key in quotes" : "the file ends inside an object")
      }
      let keyOffset = index
      let key = try string()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
      index += 1
      skipWhitespace()
      members.append(JSONMember(key: key, keyOffset: keyOffset, node: try value()))
      skipWhitespace()
      guard index < bytes.count else { throw fail("the file ends inside an object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return .object(members)
      }
      throw fail("expected ',' or '}' in an object")
    }
  }

  private mutating func array() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try value())
      skipWhitespace()
      guard index < bytes.count else { throw fail("the file ends inside an array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return .array(elements)
      }
      throw fail("expected ',' or ']' in an array")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw fail("the file ends inside '\(word)'") }
    let matches = word.withUTF8Buffer { expected in
      (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
    }
    guard matches else { throw fail("expected '\(word)'") }
    index += count
  }

  private mutating func number() throws(JSONSyntaxError) -> Double {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits() -> Int {
      let first = index
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
      return index - first
    }
    let integerDigits = digits()
    guard integerDigits > 0 else { throw fail("expected digits", at: start) }
    if integerDigits > 1, bytes[start + (bytes[start] == UInt8(ascii: "-") ? 1 : 0)] == 0x30 {
      throw fail("a number may not start with 0", at: start)
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw fail("expected digits after '.'") }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { throw fail("expected digits in the exponent") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else { throw fail("'\(text)' is not a number Karta can hold", at: start) }
    return value
  }

  private mutating func string() throws(JSONSyntaxError) -> String {
    let start = index
    index += 1
    let contentStart = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail("a control character inside a string; write it as an escape") }
      index += 1
    }
    guard index < bytes.count else { throw fail("the file ends inside a string", at: start) }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self).unicodeScalars)
    var pending: [UInt8] = []
    func flush() {
      if !pending.isEmpty {
        scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
        pending.removeAll(keepingCapacity: true)
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flush()
        index += 1
        return String(scalars)
      }
      if byte < 0x20 { throw fail("a control character inside a string; write it as an escape") }
      if byte != UInt8(ascii: "\\") {
        pending.append(byte)
        index += 1
        continue
      }
      flush()
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw fail("a lone surrogate in a \\u escape")
          }
          index += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate in a \\u escape") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw fail("\\u escape of no character") }
        scalars.append(scalar)
      default:
        throw fail("unknown escape '\\\(String(decoding: [escape], as: UTF8.self))'", at: index - 2)
      }
    }
    throw fail("the file ends inside a string", at: start)
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("the file ends inside a \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw fail("expected four hex digits after \\u")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }
}
