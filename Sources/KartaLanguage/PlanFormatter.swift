/// Prints a parsed plan file in the one canonical layout that `karta fmt` writes (`docs/fmt.md`):
/// declarations at the margin, properties indented two spaces, continuation lines two spaces more
/// than the line they continue, `KEYWORD ID: value` with one space after the colon, one blank line
/// between blocks, every comment where it was, LF line ends, no byte-order mark.
///
/// Only layout is the printer's: the text of titles, values and continuation lines is printed as
/// the parser read it, and every line break of a value stays a line break.
public struct PlanFormatter: Sendable {
  /// The language keywords are spelled in; `nil` keeps the file's own (majority) language.
  public var language: KeywordLanguage?

  /// Creates a formatter that spells keywords in `language`, or in the file's own language.
  public init(language: KeywordLanguage? = nil) {
    self.language = language
  }

  /// The canonical text of `syntax`, which must have parsed without errors (a file with syntax
  /// errors loses lines the printer cannot put back).
  public func format(_ syntax: FileSyntax) -> String {
    let target = language ?? syntax.keywordLanguage
    let entries = Self.entries(of: syntax)
    let indents = entries.indices.map { Self.indent(of: $0, in: entries, source: syntax.source) }
    var output = ""
    var previousDeclaration: Keyword?
    for (index, entry) in entries.enumerated() {
      if index > 0,
        Self.blankLineBefore(index, in: entries, indents: indents, syntax: syntax, after: previousDeclaration)
      {
        output += "\n"
      }
      output += String(repeating: " ", count: indents[index])
      output += text(of: entry, in: syntax, language: target)
      output += "\n"
      if case .declaration(let declaration) = entry.kind {
        previousDeclaration = syntax.declarations[declaration].keyword.keyword
      }
    }
    return output
  }

  // MARK: - The lines of a file

  /// One printed line: what it is and the source line it came from.
  struct Entry {
    enum Kind {
      /// The header line of declaration `index`.
      case declaration(Int)
      /// The keyword line of a property.
      case property(declaration: Int, property: Int)
      /// A continuation line of a value; `depth` 1 for a declaration's value, 2 for a property's.
      case continuation(Token, block: Keyword, depth: Int)
      /// A whole-line comment.
      case comment(CommentSyntax)
    }

    var kind: Kind
    var line: Int

    var isComment: Bool {
      if case .comment = kind { true } else { false }
    }

    var isDeclaration: Bool {
      if case .declaration = kind { true } else { false }
    }
  }

  /// Every line the tree holds, in source order; empty continuation lines carry no text and are left out.
  static func entries(of syntax: FileSyntax) -> [Entry] {
    var entries: [Entry] = []
    for (index, declaration) in syntax.declarations.enumerated() {
      let block = declaration.keyword.keyword
      entries.append(Entry(kind: .declaration(index), line: declaration.keyword.token.range.start.line))
      for line in declaration.value.lines.dropFirst() where !line.text.isEmpty {
        entries.append(Entry(kind: .continuation(line, block: block, depth: 1), line: line.range.start.line))
      }
      for (number, property) in declaration.properties.enumerated() {
        entries.append(
          Entry(
            kind: .property(declaration: index, property: number), line: property.keyword.token.range.start.line))
        for line in property.value.lines.dropFirst() where !line.text.isEmpty {
          entries.append(Entry(kind: .continuation(line, block: block, depth: 2), line: line.range.start.line))
        }
      }
    }
    entries += syntax.comments.map { Entry(kind: .comment($0), line: $0.line) }
    return entries.sorted { $0.line < $1.line }
  }

  /// The indentation of entry `index`. A comment is indented like the line after it; an indented
  /// comment after a block's last line stays inside that block.
  static func indent(of index: Int, in entries: [Entry], source: SourceFile) -> Int {
    switch entries[index].kind {
    case .declaration: return 0
    case .property: return 2
    case .continuation(_, _, let depth): return 2 * depth
    case .comment(let comment):
      let next = entries[(index + 1)...].first { !$0.isComment }
      switch next?.kind {
      case .property: return 2
      case .continuation(_, _, let depth): return 2 * depth
      case .declaration, .comment, nil:
        let insideBlock = entries[..<index].contains { !$0.isComment }
        let writtenIndented = source.line(comment.line).first.map(LineLexer.isSpace) ?? false
        return insideBlock && writtenIndented ? 2 : 0
      }
    }
  }

  /// Whether a blank line goes before entry `index`: before each block (with the comments at the
  /// margin that lead into it), except between consecutive includes; where the source had one
  /// between two comments at the margin or between such a comment and its declaration; nowhere else.
  static func blankLineBefore(
    _ index: Int, in entries: [Entry], indents: [Int], syntax: FileSyntax, after previousDeclaration: Keyword?
  ) -> Bool {
    let entry = entries[index]
    let previous = entries[index - 1]
    guard entry.isDeclaration || (entry.isComment && indents[index] == 0) else { return false }
    if previous.isComment && indents[index - 1] == 0 {
      return entry.line - previous.line > 1
    }
    if previousDeclaration == .include, let next = entries[index...].first(where: \.isDeclaration),
      case .declaration(let declaration) = next.kind, syntax.declarations[declaration].keyword.keyword == .include
    {
      return false
    }
    return true
  }

  // MARK: - Printing one line

  private func text(of entry: Entry, in syntax: FileSyntax, language: KeywordLanguage) -> String {
    switch entry.kind {
    case .declaration(let index):
      let declaration = syntax.declarations[index]
      return header(
        declaration.keyword.keyword, argument: declaration.identifier, value: declaration.value, language: language)
    case .property(let declaration, let index):
      let block = syntax.declarations[declaration]
      let property = block.properties[index]
      var value = property.value
      // Only a value that is the setting's word alone is converted, as `SyntaxOutline` reads it.
      if block.keyword.keyword == .plan, let first = value.lines.first, value.text == first.text,
        let converted = Self.setting(property.keyword.keyword, first.text, in: language)
      {
        value.lines[0].text = converted
      }
      return header(property.keyword.keyword, argument: property.argument, value: value, language: language)
    case .continuation(let token, let block, _):
      return Self.needsBar(token.text, in: block) ? "| " + token.text : token.text
    case .comment(let comment):
      return Self.commentText(comment, in: syntax.source)
    }
  }

  private func header(_ keyword: Keyword, argument: Token?, value: TextValue, language: KeywordLanguage) -> String {
    var line = keyword.spelling(in: language)
    if let argument { line += " " + argument.text }
    line += ":"
    if let first = value.lines.first, !first.text.isEmpty { line += " " + first.text }
    return line
  }

  /// The comment as written from its '#' on, trailing spaces removed.
  static func commentText(_ comment: CommentSyntax, in source: SourceFile) -> String {
    let written = source.line(comment.line)
    guard let hash = written.firstIndex(of: "#") else { return "# " + comment.text }
    var text = written[hash...]
    while let last = text.last, LineLexer.isSpace(last) { text.removeLast() }
    return String(text)
  }

  /// Whether continuation text `text` in a block of `block` must be written after '|' so that it
  /// is read back as text: it would otherwise read as a property, a comment, a forced line, or a
  /// keyword with its colon missing (the parser's rules in `Parser.consumeText`).
  static func needsBar(_ text: String, in block: Keyword) -> Bool {
    switch LineLexer.lex(Substring("  " + text), number: 1) {
    case .blank, .comment, .header:
      return true
    case .text(_, _, let firstWord, let isBareWord, let forced):
      if forced { return true }
      guard let firstWord, let (keyword, language) = Keyword.lookUp(firstWord.text) else { return false }
      return isBareWord || (language == .english && (keyword.isDeclaration || block.rule(for: keyword) != nil))
    }
  }

  // MARK: - Settings whose values are words of the language

  /// The value of a plan setting (`days-off`, `until`) spelled in `language`, when `value` is one
  /// of its known values; `nil` for any other property or value.
  static func setting(_ keyword: Keyword, _ value: String, in language: KeywordLanguage) -> String? {
    guard let pairs = settingValues[keyword] else { return nil }
    let normalized = Keyword.normalized(value)
    guard let pair = pairs.first(where: { $0.english == normalized || $0.russian == normalized }) else { return nil }
    return language == .english ? pair.english : pair.russian
  }

  /// The values of the settings, in both spellings (as `Resolver` reads them).
  static let settingValues: [Keyword: [(english: String, russian: String)]] = [
    .daysOff: [
      ("earlier", "на предыдущий рабочий день"), ("later", "на следующий рабочий день"), ("move", "переносить"),
      ("keep", "не переносить"),
    ],
    .until: [("inclusive", "да"), ("exclusive", "нет")],
  ]
}
