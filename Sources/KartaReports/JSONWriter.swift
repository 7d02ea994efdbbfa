/// Pretty-printed JSON written as it goes, to an `OutputSink`: byte for byte what Foundation's
/// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two
/// spaces of indent, `"key" : value`, an empty container as an open and a close line with an
/// empty line between — so that a report of millions of rows is never a tree in memory.
///
/// Keys are written in the order given: a caller writes them sorted (byte order, as `String`'s
/// `<` sorts ASCII keys), which is what `.sortedKeys` does.
struct JSONWriter {
  let sink: OutputSink
  /// For each open container, whether nothing has been written in it yet.
  private var empty: [Bool] = []
  /// Whether a key was just written, so the value follows it on the same line.
  private var afterKey = false

  /// A writer to `sink`.
  init(_ sink: OutputSink) { self.sink = sink }

  /// Opens an object (`{`).
  mutating func beginObject() {
    beforeValue()
    sink.write(ascii: UInt8(ascii: "{"))
    empty.append(true)
  }

  /// Closes the innermost object.
  mutating func endObject() { close(UInt8(ascii: "}")) }

  /// Opens an array (`[`).
  mutating func beginArray() {
    beforeValue()
    sink.write(ascii: UInt8(ascii: "["))
    empty.append(true)
  }

  /// Closes the innermost array.
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes the key of the next member of the innermost object.
  mutating func key(_ name: String) {
    separate()
    Self.writeString(name, to: sink)
    sink.write(" : ")
    afterKey = true
  }

  /// A string, or `null`.
  mutating func string(_ value: String?) {
    beforeValue()
    guard let value else { return sink.write("null") }
    Self.writeString(value, to: sink)
  }

  /// An integer, or `null`.
  mutating func integer(_ value: Int?) {
    beforeValue()
    guard let value else { return sink.write("null") }
    sink.write(integer: value)
  }

  /// A number as `JSONEncoder` writes a `Double` (`0.1667`; an integral value without `.0`), or `null`.
  mutating func number(_ value: Double?) {
    beforeValue()
    guard let value else { return sink.write("null") }
    if value == value.rounded(), abs(value) < 1e15 {
      sink.write(integer: Int(value))
    } else {
      sink.write(value.description)
    }
  }

  /// `null`.
  mutating func null() {
    beforeValue()
    sink.write("null")
  }

  /// `"key" : "value"` (or `null`).
  mutating func member(_ name: String, _ value: String?) {
    key(name)
    string(value)
  }

  /// `"key" : 12` (or `null`).
  mutating func member(_ name: String, integer value: Int?) {
    key(name)
    integer(value)
  }

  /// `"key" : ["a", "b"]`.
  mutating func member(_ name: String, strings values: [String]) {
    key(name)
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// `"key" : {"a" : "b"}`, keys sorted.
  mutating func member(_ name: String, dictionary: [String: String]) {
    key(name)
    beginObject()
    for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) { member(key, value) }
    endObject()
  }

  /// `"key" : {"a" : 1}`, keys sorted.
  mutating func member(_ name: String, counts: [String: Int]) {
    key(name)
    beginObject()
    for (key, value) in counts.sorted(by: { $0.key < $1.key }) { member(key, integer: value) }
    endObject()
  }

  private mutating func beforeValue() {
    if afterKey {
      afterKey = false
    } else if !empty.isEmpty {
      separate()
    }
  }

  private mutating func separate() {
    guard let last = empty.indices.last else { return }
    if empty[last] {
      sink.write(ascii: UInt8(ascii: "\n"))
      empty[last] = false
    } else {
      sink.write(",\n")
    }
    indent(empty.count)
  }

  private mutating func close(_ bracket: UInt8) {
    let wasEmpty = empty.removeLast()
    sink.write(wasEmpty ? "\n\n" : "\n")
    indent(empty.count)
    sink.write(ascii: bracket)
  }

  private func indent(_ depth: Int) {
    for _ in 0..<depth { sink.write("  ") }
  }

  /// `text` as a JSON string: `"` and `\` escaped, the control characters as `\b`, `\t`, `\n`,
  /// `\f`, `\r` or `\u00XX` (lowercase hex), everything else — `/` and non-ASCII included — as it is.
  static func writeString(_ text: String, to sink: OutputSink) {
    sink.write(ascii: UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for (offset, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        if start < offset { sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<offset])) }
        start = offset + 1
        switch byte {
        case 0x22: sink.write("\\\"")
        case 0x5C: sink.write("\\\\")
        case 0x08: sink.write("\\b")
        case 0x09: sink.write("\\t")
        case 0x0A: sink.write("\\n")
        case 0x0C: sink.write("\\f")
        case 0x0D: sink.write("\\r")
        default:
          let hex = Array("0123456789abcdef".utf8)
          sink.write("\\u00")
          sink.write(ascii: hex[Int(byte >> 4)])
          sink.write(ascii: hex[Int(byte & 0xF)])
        }
      }
      if start < bytes.count { sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...])) }
    }
    sink.write(ascii: UInt8(ascii: "\""))
  }
}
