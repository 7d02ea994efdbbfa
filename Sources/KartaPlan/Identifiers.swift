import KartaLanguage

/// Splits a value that lists identifiers (`owner: MINOBR, CPMKO`) into tokens with their own
/// spans, so that an unknown one can be pointed at exactly. Commas, semicolons and line breaks
/// separate the elements. The language server uses it to find every reference to an id.
public func identifiers(_ value: TextValue) -> [Token] {
  var elements: [Token] = []
  for line in value.lines where !line.text.isEmpty {
    let characters = Array(line.text)
    var start = 0
    func flush(_ end: Int) {
      var first = start
      var last = end
      while first < last, characters[first] == " " || characters[first] == "\t" { first += 1 }
      while last > first, characters[last - 1] == " " || characters[last - 1] == "\t" { last -= 1 }
      if first < last {
        let column = line.range.start.column + first
        elements.append(
          Token(
            String(characters[first..<last]),
            at: SourceRange(line: line.range.start.line, column: column, length: last - first)))
      }
    }
    for (index, character) in characters.enumerated() where character == "," || character == ";" {
      flush(index)
      start = index + 1
    }
    flush(characters.count)
  }
  return elements
}
