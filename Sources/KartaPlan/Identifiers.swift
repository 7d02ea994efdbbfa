import KartaLanguage

/// Splits a value that lists identifiers (`owner: MINOBR, CPMKO`) into tokens with their own
/// spans, so that an unknown one can be pointed at exactly. Commas, semicolons and line breaks
/// separate the elements. The language server uses it to find every reference to an id.
/// Columns count Unicode scalars; the separators and spaces are ASCII, so the line is cut as UTF-8.
public func identifiers(_ value: TextValue) -> [Token] {
  var elements: [Token] = []
  for line in value.lines where !line.text.isEmpty {
    var text = line.text
    text.withUTF8 { bytes in
      var start = 0
      // The scalar column of `start`, counted as the scan goes.
      var startColumn = 0
      var column = 0
      func flush(_ end: Int, endColumn: Int) {
        var first = start
        var firstColumn = startColumn
        var last = end
        var lastColumn = endColumn
        while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 {
          first += 1
          firstColumn += 1
        }
        while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 {
          last -= 1
          lastColumn -= 1
        }
        guard first < last else { return }
        // A line that is one name whole (`owner: IRO`) shares its text rather than copying it.
        let name =
          first == 0 && last == bytes.count
          ? line.text : String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)
        elements.append(
          Token(
            name,
            at: SourceRange(
              line: line.range.start.line, column: line.range.start.column + firstColumn,
              length: lastColumn - firstColumn)))
      }
      for index in 0..<bytes.count {
        let byte = bytes[index]
        if byte == 0x2C || byte == 0x3B {
          flush(index, endColumn: column)
          start = index + 1
          startColumn = column + 1
        }
        // Every byte that is not a UTF-8 continuation byte starts a scalar.
        if byte & 0xC0 != 0x80 { column += 1 }
      }
      flush(bytes.count, endColumn: column)
    }
  }
  return elements
}
