import KartaLanguage

/// A place in a document as the protocol gives it: a 0-based line and a 0-based offset in
/// UTF-16 code units (what LSP requires; a Cyrillic letter is one unit, an emoji two).
public struct LSPPosition: Hashable, Sendable, Comparable {
  /// The 0-based line.
  public var line: Int
  /// The 0-based offset in UTF-16 code units.
  public var character: Int

  /// Creates a position.
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  /// Reads `{"line": L, "character": C}`; `nil` when either is missing or negative.
  public init?(_ json: JSONValue?) {
    guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue, line >= 0, character >= 0
    else { return nil }
    self.init(line: line, character: character)
  }

  /// The JSON form.
  public var json: JSONValue { ["line": .integer(line), "character": .integer(character)] }

  public static func < (lhs: LSPPosition, rhs: LSPPosition) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }
}

/// A span of a document in protocol positions.
public struct LSPRange: Hashable, Sendable {
  /// The first position.
  public var start: LSPPosition
  /// The position just past the end.
  public var end: LSPPosition

  /// Creates a range.
  public init(start: LSPPosition, end: LSPPosition) {
    self.start = start
    self.end = end
  }

  /// Reads `{"start": …, "end": …}`.
  public init?(_ json: JSONValue?) {
    guard let start = LSPPosition(json?["start"]), let end = LSPPosition(json?["end"]) else { return nil }
    self.init(start: start, end: end)
  }

  /// The JSON form.
  public var json: JSONValue { ["start": start.json, "end": end.json] }
}

/// The one place where Karta's positions (1-based lines, 1-based columns counted in Unicode scalars)
/// and the protocol's (0-based lines, UTF-16 offsets) are converted into each other, given the
/// text of the lines.
public enum PositionEncoding {
  /// The protocol position of a Karta position in a file with `lines`.
  public static func lspPosition(_ position: SourcePosition, in lines: [Substring]) -> LSPPosition {
    let line = max(position.line - 1, 0)
    guard line < lines.count else { return LSPPosition(line: line, character: 0) }
    return LSPPosition(line: line, character: utf16Offset(ofColumn: position.column, in: lines[line]))
  }

  /// The protocol range of a Karta range; a location without a range is the file's first line.
  public static func lspRange(_ range: SourceRange?, in lines: [Substring]) -> LSPRange {
    guard let range else {
      let end = lines.first.map { $0.utf16.count } ?? 0
      return LSPRange(start: LSPPosition(line: 0, character: 0), end: LSPPosition(line: 0, character: end))
    }
    return LSPRange(start: lspPosition(range.start, in: lines), end: lspPosition(range.end, in: lines))
  }

  /// The Karta position of a protocol position; a position past a line's end is its end.
  public static func sourcePosition(_ position: LSPPosition, in lines: [Substring]) -> SourcePosition {
    guard position.line < lines.count else { return SourcePosition(line: position.line + 1, column: 1) }
    return SourcePosition(
      line: position.line + 1, column: column(ofUTF16Offset: position.character, in: lines[position.line]))
  }

  /// The UTF-16 offset of 1-based scalar column `column` on `line`, clamped to the line.
  public static func utf16Offset(ofColumn column: Int, in line: Substring) -> Int {
    var offset = 0
    var remaining = column - 1
    for scalar in line.unicodeScalars {
      guard remaining > 0 else { break }
      offset += UTF16.width(scalar)
      remaining -= 1
    }
    return offset
  }

  /// The 1-based scalar column at UTF-16 offset `offset` on `line`; an offset inside a scalar
  /// (between the halves of a surrogate pair) counts as that scalar, one past the line's end as
  /// the end.
  public static func column(ofUTF16Offset offset: Int, in line: Substring) -> Int {
    var column = 1
    var consumed = 0
    for scalar in line.unicodeScalars {
      let width = UTF16.width(scalar)
      guard consumed + width <= offset else { break }
      consumed += width
      column += 1
    }
    return column
  }

  /// The index in `line` at UTF-16 offset `offset`, moved back to the start of a Unicode scalar
  /// when it falls inside one (half of a surrogate pair), clamped to the line's end.
  public static func index(ofUTF16Offset offset: Int, in line: Substring) -> String.Index {
    var consumed = 0
    var index = line.unicodeScalars.startIndex
    while index < line.unicodeScalars.endIndex {
      let width = line.unicodeScalars[index].utf16.count
      guard consumed + width <= offset else { break }
      consumed += width
      index = line.unicodeScalars.index(after: index)
    }
    return index
  }
}
