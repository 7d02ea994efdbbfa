/// A place in a source file: a 1-based line and a 1-based column counted in Unicode scalars (code
/// points), so a caret under a Cyrillic line points at the right letter. A tab counts as one
/// column. This is the one column unit of the project: plans, status files, SARIF
/// (`unicodeCodePoints`); the language server converts it to UTF-16 in `PositionEncoding`, and the
/// terminal renderer to characters when it draws a caret (docs/language.md, "Columns").
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A half-open span of text on one or more lines: `start` is the first scalar, `end` is just
/// past the last one.
public struct SourceRange: Hashable, Sendable {
  /// The first character of the span.
  public var start: SourcePosition
  /// The position just past the last character.
  public var end: SourcePosition

  /// Creates a span from its two ends.
  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  /// A span of `length` scalars on one line.
  public init(line: Int, column: Int, length: Int) {
    self.start = SourcePosition(line: line, column: column)
    self.end = SourcePosition(line: line, column: column + max(length, 0))
  }
}

/// A span of text in a named file: what a diagnostic or a model element points at.
public struct SourceLocation: Hashable, Sendable {
  /// The file's path as given on the command line or reached through includes.
  public var file: String
  /// The span inside the file; `nil` when the problem concerns the file as a whole.
  public var range: SourceRange?

  /// Creates a location in `file`, optionally narrowed to `range`.
  public init(file: String, range: SourceRange? = nil) {
    self.file = file
    self.range = range
  }
}
