import KartaLanguage

/// Pretty-printed JSON written as it goes, to an `OutputSink`: byte for byte what Foundation's
/// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — two
/// spaces of indent, `"key" : value`, an empty container as an open and a close line with an
/// empty line between — so that a report of millions of rows is never a tree in memory.
///
/// Keys are written in the order given: a caller writes them sorted (byte order, as `String`'s
/// `<` sorts ASCII keys), which is what `.sortedKeys` does.
///
/// The writer gathers bytes in a buffer of its own and hands them to the sink a buffer at a time
/// (a sink is a class, and each of its calls costs an exclusivity check); `finish()` hands over the rest.
struct JSONWriter {
  let sink: OutputSink
  /// For each open container, whether nothing has been written in it yet.
  private var empty: [Bool] = []
  /// Whether a key was just written, so the value follows it on the same line.
  private var afterKey = false
  /// Bytes not yet handed to the sink.
  private var bytes: [UInt8] = []

  /// A writer to `sink`.
  init(_ sink: OutputSink) {
    self.sink = sink
    bytes.reserveCapacity(OutputSink.defaultCapacity + 4_096)
  }

  /// Hands what is buffered to the sink; call it when the document is written.
  mutating func finish() {
    sink.write(bytes: bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func handOverWhenFull() {
    if bytes.count >= OutputSink.defaultCapacity { finish() }
  }

  private mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

  private mutating func write(ascii byte: UInt8) { bytes.append(byte) }

  /// Opens an object (`{`).
  mutating func beginObject() {
    beforeValue()
    write(ascii: UInt8(ascii: "{"))
    empty.append(true)
  }

  /// Closes the innermost object.
  mutating func endObject() { close(UInt8(ascii: "}")) }

  /// Opens an array (`[`).
  mutating func beginArray() {
    beforeValue()
    write(ascii: UInt8(ascii: "["))
    empty.append(true)
  }

  /// Closes the innermost array.
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes the key of the next member of the innermost object.
  mutating func key(_ name: String) {
    separate()
    writeString(name)
    write(" : ")
    afterKey = true
  }

  /// A string, or `null`.
  mutating func string(_ value: String?) {
    beforeValue()
    guard let value else { return write("null") }
    writeString(value)
  }

  /// An integer, or `null`.
  mutating func integer(_ value: Int?) {
    beforeValue()
    guard let value else { return write("null") }
    write(String(value))
  }

  /// A number as `JSONEncoder` writes a `Double` (`0.1667`; an integral value without `.0`), or `null`.
  mutating func number(_ value: Double?) {
    beforeValue()
    guard let value else { return write("null") }
    if value == value.rounded(), abs(value) < 1e15 {
      write(String(Int(value)))
    } else {
      write(value.description)
    }
  }

  /// `null`.
  mutating func null() {
    beforeValue()
    write("null")
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
      write(ascii: UInt8(ascii: "\n"))
      empty[last] = false
    } else {
      handOverWhenFull()
      bytes.append(UInt8(ascii: ","))
      bytes.append(UInt8(ascii: "\n"))
    }
    indent(empty.count)
  }

  private mutating func close(_ bracket: UInt8) {
    let wasEmpty = empty.removeLast()
    write(wasEmpty ? "\n\n" : "\n")
    indent(empty.count)
    write(ascii: bracket)
  }

  /// Spaces to indent with, two a level.
  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

  private mutating func indent(_ depth: Int) {
    var count = 2 * depth
    while count > 0 {
      bytes.append(contentsOf: Self.spaces[..<min(count, Self.spaces.count)])
      count -= Self.spaces.count
    }
  }

  /// `text` as a JSON string, escaped as `JSONEncoder` escapes it (`JSONText.appendQuoted`).
  private mutating func writeString(_ text: String) { JSONText.appendQuoted(text, to: &bytes) }
}
