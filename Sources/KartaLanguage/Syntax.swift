/// A piece of source text with the span it came from.
public struct Token: Hashable, Sendable {
  /// The text, as written.
  public var text: String
  /// Where it was written.
  public var range: SourceRange

  /// Creates a token.
  public init(_ text: String, at range: SourceRange) {
    self.text = text
    self.range = range
  }
}

/// The free text after a colon, with the continuation lines that extend it.
public struct TextValue: Hashable, Sendable {
  /// The text on the keyword's own line (possibly empty) and on each continuation line, trimmed.
  public var lines: [Token]

  /// Creates a value from its lines.
  public init(lines: [Token]) { self.lines = lines }

  /// The whole value, its lines joined by line breaks; empty lines of a value are dropped.
  public var text: String {
    // Most values are one line: no intermediate arrays for them.
    if lines.count == 1 { return lines[0].text }
    return lines.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// Whether there is no text at all.
  public var isEmpty: Bool { lines.allSatisfy(\.text.isEmpty) }

  /// The span from the first non-empty line to the end of the last one.
  public var range: SourceRange? {
    if lines.count == 1 { return lines[0].range }
    let written = lines.filter { !$0.text.isEmpty }
    guard let first = written.first, let last = written.last else { return lines.first?.range }
    return SourceRange(start: first.range.start, end: last.range.end)
  }
}

/// A keyword as written: which keyword, in which language, and where.
public struct KeywordToken: Hashable, Sendable {
  /// The keyword.
  public var keyword: Keyword
  /// The language of its spelling.
  public var language: KeywordLanguage
  /// The spelling and its span.
  public var token: Token
}

/// A property line with its continuation lines: `owner: MINOBR, CPMKO`, `due angarsk: март`.
public struct PropertySyntax: Hashable, Sendable {
  /// The keyword.
  public var keyword: KeywordToken
  /// The identifier between keyword and colon, for properties that take one.
  public var argument: Token?
  /// The text after the colon.
  public var value: TextValue
}

/// A declaration and the properties of its block: `item A1.3: Проведение мониторинга …`.
public struct DeclarationSyntax: Hashable, Sendable {
  /// The declaration keyword.
  public var keyword: KeywordToken
  /// The identifier it declares; `nil` for `include` and when missing.
  public var identifier: Token?
  /// The text after the colon: a title, a name or a path.
  public var value: TextValue
  /// The properties of the block, in source order.
  public var properties: [PropertySyntax]

  /// The properties with keyword `keyword`, in source order.
  public func properties(_ keyword: Keyword) -> [PropertySyntax] {
    // By index, so that only the properties returned are copied.
    var found: [PropertySyntax] = []
    for index in properties.indices where properties[index].keyword.keyword == keyword {
      found.append(properties[index])
    }
    return found
  }

  /// The first property with keyword `keyword` and no argument.
  public func property(_ keyword: Keyword) -> PropertySyntax? {
    for index in properties.indices
    where properties[index].keyword.keyword == keyword && properties[index].argument == nil {
      return properties[index]
    }
    return nil
  }
}

/// A whole-line comment, kept so that the formatter can put it back.
public struct CommentSyntax: Hashable, Sendable {
  /// The comment's text after '#'.
  public var text: String
  /// The 1-based line it stands on.
  public var line: Int
}

/// The syntax tree of one file.
public struct FileSyntax: Sendable {
  /// The file it was parsed from.
  public var source: SourceFile
  /// The declarations, in source order.
  public var declarations: [DeclarationSyntax]
  /// The comments, in source order.
  public var comments: [CommentSyntax]

  /// The language most of the file's keywords are written in (English when tied).
  public var keywordLanguage: KeywordLanguage {
    var russian = 0
    var english = 0
    for declaration in declarations {
      if declaration.keyword.language == .russian { russian += 1 } else { english += 1 }
      for property in declaration.properties {
        if property.keyword.language == .russian { russian += 1 } else { english += 1 }
      }
    }
    return russian > english ? .russian : .english
  }
}
