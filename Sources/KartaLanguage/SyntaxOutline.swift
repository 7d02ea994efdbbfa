/// What a syntax tree says, without how it is laid out: keywords (not their spelling),
/// identifiers, arguments, the text of every value, and the comments in order. Two files with the
/// same outline mean the same plan; `karta fmt` checks that its output has the outline of its input.
public struct SyntaxOutline: Hashable, Sendable {
  /// A declaration or a property.
  public struct Entry: Hashable, Sendable {
    /// The keyword, whichever language it was written in.
    public var keyword: Keyword
    /// The declared identifier or the property's argument.
    public var argument: String?
    /// The value's text, lines joined by line breaks (`TextValue.text`); the values of plan
    /// settings (`days-off`, `until`) in their English spelling.
    public var value: String
    /// A declaration's properties, in order; empty for a property.
    public var properties: [Entry]
  }

  /// The declarations, in order.
  public var declarations: [Entry]
  /// The text of every comment after its '#', in order.
  public var comments: [String]

  /// The outline of `syntax`.
  public init(_ syntax: FileSyntax) {
    declarations = syntax.declarations.map { declaration in
      let block = declaration.keyword.keyword
      return Entry(
        keyword: block, argument: declaration.identifier?.text, value: declaration.value.text,
        properties: declaration.properties.map { property in
          var value = property.value.text
          if block == .plan, let english = PlanFormatter.setting(property.keyword.keyword, value, in: .english) {
            value = english
          }
          return Entry(
            keyword: property.keyword.keyword, argument: property.argument?.text, value: value, properties: [])
        })
    }
    comments = syntax.comments.map(\.text)
  }
}

extension PlanFormatter {
  /// Formats `syntax` and checks that the result reads back without errors, with the same outline
  /// and every line of the input accounted for; a failure names the first place that differs.
  public func formatChecked(_ syntax: FileSyntax) -> Result<String, Diagnostic> {
    let text = format(syntax)
    let location = SourceLocation(file: syntax.source.path)
    func unstable(_ reason: String) -> Result<String, Diagnostic> {
      .failure(
        Diagnostic(
          .formatUnstable, at: location, "the formatted file would not read back as the same plan: \(reason)",
          notes: ["the file is left unchanged; please report this with the file"]))
    }
    guard case .success(let source) = SourceFile.fromText(text, path: syntax.source.path) else {
      return unstable("the output is not a plan's text")
    }
    let (reparsed, diagnostics) = Parser.parse(source)
    if let first = diagnostics.first(where: { $0.severity == .error }) {
      return unstable("line \(first.location.range?.start.line ?? 0): \(first.message)")
    }
    let before = SyntaxOutline(syntax)
    let after = SyntaxOutline(reparsed)
    if before.comments != after.comments { return unstable("a comment moved or changed") }
    if before.declarations.count != after.declarations.count { return unstable("the number of declarations changed") }
    for (old, new) in zip(before.declarations, after.declarations) where old != new {
      let line = syntax.declarations.first { $0.identifier?.text == old.argument }?.keyword.token.range.start.line
      return unstable("the declaration on line \(line ?? 0) changed")
    }
    let printed = Self.entries(of: syntax).count
    let written = syntax.source.lines.filter { !$0.allSatisfy(LineLexer.isSpace) }.count
    let emptyContinuations = syntax.declarations.reduce(0) { count, declaration in
      count + declaration.value.lines.dropFirst().filter(\.text.isEmpty).count
        + declaration.properties.reduce(0) { $0 + $1.value.lines.dropFirst().filter(\.text.isEmpty).count }
    }
    if printed + emptyContinuations != written { return unstable("a line of the input is not in the syntax tree") }
    return .success(text)
  }
}
