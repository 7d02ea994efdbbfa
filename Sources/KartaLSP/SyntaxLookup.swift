import KartaLanguage

/// Finds what a file's syntax tree holds at a position: the block, and the property line (or its
/// continuation lines) the position is on.
struct SyntaxLookup {
  /// The declaration whose block holds the position.
  var declaration: DeclarationSyntax
  /// The property whose lines hold the position; `nil` on the declaration's own lines.
  var property: PropertySyntax?

  /// What holds `position` in `file`, or `nil` before the first declaration.
  init?(_ position: SourcePosition, in file: FileSyntax) {
    guard
      let declaration = file.declarations.last(where: { $0.keyword.token.range.start.line <= position.line })
    else { return nil }
    self.declaration = declaration
    let property = declaration.properties.last { $0.keyword.token.range.start.line <= position.line }
    if let property, position.line <= Self.lastLine(of: property) {
      self.property = property
    } else {
      self.property = nil
    }
  }

  /// Whether `position` falls on the one-line token at `range` (a cursor just after it counts).
  static func contains(_ range: SourceRange, _ position: SourcePosition) -> Bool {
    range.start.line == position.line && range.start <= position && position <= range.end
  }

  /// The last line a property's text reaches.
  static func lastLine(of property: PropertySyntax) -> Int {
    max(property.keyword.token.range.end.line, property.value.lines.last?.range.end.line ?? 0)
  }

  /// The last line of a declaration's block.
  static func lastLine(of declaration: DeclarationSyntax) -> Int {
    let valueEnd = declaration.value.lines.last?.range.end.line ?? declaration.keyword.token.range.end.line
    return max(valueEnd, declaration.properties.last.map(lastLine(of:)) ?? 0)
  }
}
