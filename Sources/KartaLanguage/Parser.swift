/// Turns a source file into a syntax tree and the syntax diagnostics found on the way.
/// The parser never stops at the first problem: it records each one and keeps going.
public struct Parser {
  private let source: SourceFile
  private var declarations: [DeclarationSyntax] = []
  private var comments: [CommentSyntax] = []
  private var diagnostics: [Diagnostic] = []
  private var continuationTarget: ContinuationTarget = .none
  /// The properties seen in the current block, as `keyword` or `keyword\0argument`, so that a
  /// duplicate is found in constant time even in a list of 40,000 members.
  private var seenInBlock: Set<String> = []
  /// Set after a line at the margin that should have started a block but could not be read: its
  /// properties belong to no block, so they are skipped rather than added to the block above.
  private var poisoned = false
  /// The property rules of the block being read, looked up once a block rather than once a line.
  private var blockRules: [Keyword: PropertyRule] = [:]

  private enum ContinuationTarget {
    case none
    case declarationValue
    case propertyValue(Int)
  }

  /// Parses `source`.
  public static func parse(_ source: SourceFile) -> (syntax: FileSyntax, diagnostics: [Diagnostic]) {
    var parser = Parser(source: source)
    for (offset, line) in source.lines.enumerated() {
      parser.consume(LineLexer.lex(line, number: offset + 1), line: offset + 1)
    }
    parser.finishBlock()
    let syntax = FileSyntax(source: source, declarations: parser.declarations, comments: parser.comments)
    return (syntax, parser.diagnostics)
  }

  private init(source: SourceFile) { self.source = source }

  private mutating func consume(_ lexed: LexedLine, line: Int) {
    switch lexed {
    case .blank:
      break
    case .comment(let text):
      comments.append(CommentSyntax(text: text, line: line))
    case .header(let indent, let word, let argument, let value):
      consumeHeader(indent: indent, word: word, argument: argument, value: value)
    case .text(let indent, let value, let firstWord, let isBareWord, let forced):
      consumeText(indent: indent, value: value, firstWord: firstWord, isBareWord: isBareWord, forced: forced)
    }
  }

  private mutating func consumeHeader(indent: Int, word: Token, argument: Token?, value: Token) {
    guard let (keyword, language) = Keyword.lookUp(word.text) else {
      if indent == 0 { poison() }
      reportUnknownWord(word, indented: indent > 0)
      continuationTarget = .none
      return
    }
    let keywordToken = KeywordToken(keyword: keyword, language: language, token: word)
    if keyword.isDeclaration {
      startDeclaration(keywordToken, argument: argument, value: value)
    } else {
      addProperty(keywordToken, argument: argument, value: value)
    }
  }

  private mutating func consumeText(indent: Int, value: Token, firstWord: Token?, isBareWord: Bool, forced: Bool) {
    if !forced, let firstWord, let (keyword, language) = Keyword.lookUp(firstWord.text) {
      let looksLikeKeywordLine =
        indent == 0 || isBareWord
        || (language == .english && (keyword.isDeclaration || currentRule(for: keyword) != nil))
      if looksLikeKeywordLine {
        if indent == 0 { poison() }
        diagnostics.append(
          Diagnostic(
            .missingColon, at: location(firstWord.range),
            Phrase("syntax.missing-colon", "\(firstWord.text)"),
            notes: [
              Phrase(
                keyword.isDeclaration ? "syntax.missing-colon.declaration" : "syntax.missing-colon.property",
                "\(firstWord.text)\(keyword.isDeclaration && keyword.declarationTakesIdentifier ? " ID" : "")")
            ]))
        continuationTarget = .none
        return
      }
    }
    if indent == 0 && !forced {
      poison()
      reportUnexpectedText(value, firstWord: firstWord)
      continuationTarget = .none
      return
    }
    appendContinuation(value)
  }

  private mutating func appendContinuation(_ value: Token) {
    if poisoned { return }
    guard !declarations.isEmpty else {
      diagnostics.append(
        Diagnostic(
          .outsideBlock, at: location(value.range),
          Phrase("syntax.outside-block.text"), notes: [Phrase("syntax.outside-block.text.note")]))
      return
    }
    let last = declarations.count - 1
    switch continuationTarget {
    case .none:
      break
    case .declarationValue:
      declarations[last].value.lines.append(value)
    case .propertyValue(let index):
      declarations[last].properties[index].value.lines.append(value)
    }
  }

  private mutating func startDeclaration(_ keyword: KeywordToken, argument: Token?, value: Token) {
    finishBlock()
    seenInBlock.removeAll(keepingCapacity: true)
    poisoned = false
    if keyword.keyword.declarationTakesIdentifier && argument == nil {
      diagnostics.append(
        Diagnostic(
          .missingIdentifier, at: location(keyword.token.range),
          Phrase("syntax.missing-id", "\(keyword.token.text)"),
          notes: [Phrase("syntax.missing-id.note", "\(keyword.token.text)")]))
    } else if !keyword.keyword.declarationTakesIdentifier, let argument {
      diagnostics.append(
        Diagnostic(
          .unexpectedArgument, at: location(argument.range),
          Phrase("syntax.unexpected-argument.identifier", "\(keyword.token.text)")))
    }
    blockRules = Keyword.rules(of: keyword.keyword)
    let identifier = keyword.keyword.declarationTakesIdentifier ? argument : nil
    declarations.append(
      DeclarationSyntax(keyword: keyword, identifier: identifier, value: TextValue(lines: [value]), properties: []))
    continuationTarget = .declarationValue
  }

  private mutating func addProperty(_ keyword: KeywordToken, argument: Token?, value: Token) {
    if poisoned { return }
    guard let blockKeyword = declarations.last?.keyword else {
      diagnostics.append(
        Diagnostic(
          .outsideBlock, at: location(keyword.token.range),
          Phrase("syntax.outside-block.property", "\(keyword.token.text)"),
          notes: [Phrase("syntax.outside-block.property.note")]))
      continuationTarget = .none
      return
    }
    guard let rule = blockRules[keyword.keyword] else {
      let allowed = blockKeyword.keyword.propertyRules.map { $0.keyword.spelling(in: keyword.language) }
      diagnostics.append(
        Diagnostic(
          .unknownProperty, at: location(keyword.token.range),
          Phrase("syntax.unknown-property.misplaced", "\(keyword.token.text)", "\(blockKeyword.token.text)"),
          notes: [
            allowed.isEmpty
              ? Phrase("syntax.unknown-property.none", "\(blockKeyword.token.text)")
              : Phrase(
                "syntax.unknown-property.allowed", "\(blockKeyword.token.text)", "\(allowed.joined(separator: ", "))")
          ]))
      continuationTarget = .none
      return
    }
    if rule.argument == .none, let argument {
      diagnostics.append(
        Diagnostic(
          .unexpectedArgument, at: location(argument.range),
          Phrase("syntax.unexpected-argument", "\(keyword.token.text)")))
    } else if rule.argument == .required, argument == nil {
      diagnostics.append(
        Diagnostic(
          .missingArgument, at: location(keyword.token.range),
          Phrase("syntax.missing-id", "\(keyword.token.text)"),
          notes: [Phrase("syntax.missing-argument.note", "\(keyword.token.text)")]))
      continuationTarget = .none
      return
    }
    let effectiveArgument = rule.argument == .none ? nil : argument
    var seenKey: String?
    if !rule.repeatable {
      seenKey = keyword.keyword.rawValue
    } else if rule.argument != .none {
      seenKey = keyword.keyword.rawValue + "\u{0}" + (effectiveArgument?.text ?? "")
    }
    if let seenKey, !seenInBlock.insert(seenKey).inserted {
      let subject = effectiveArgument.map { " '\($0.text)'" } ?? ""
      diagnostics.append(
        Diagnostic(
          .duplicateProperty, at: location(keyword.token.range),
          Phrase("syntax.duplicate-property", "\(keyword.token.text)\(subject)", "\(blockKeyword.token.text)"),
          notes: [Phrase("syntax.duplicate-property.note")]))
      continuationTarget = .none
      return
    }
    let property = PropertySyntax(keyword: keyword, argument: effectiveArgument, value: TextValue(lines: [value]))
    declarations[declarations.count - 1].properties.append(property)
    continuationTarget = .propertyValue(declarations[declarations.count - 1].properties.count - 1)
  }

  /// Ends the current block at a margin line that cannot be read, so its lines go nowhere.
  private mutating func poison() {
    finishBlock()
    poisoned = true
  }

  /// Checks the block just finished for values left empty.
  private mutating func finishBlock() {
    guard let block = declarations.last else { return }
    if block.value.isEmpty, let first = block.value.lines.first {
      diagnostics.append(
        Diagnostic(
          .missingValue, at: location(first.range),
          Phrase(
            "syntax.missing-value.text", "\(block.keyword.token.text)\(block.identifier.map { " " + $0.text } ?? "")"),
          notes: [valueHint(for: block.keyword.keyword)]))
    }
    for property in block.properties where property.value.isEmpty {
      guard let first = property.value.lines.first else { continue }
      diagnostics.append(
        Diagnostic(
          .missingValue, at: location(first.range),
          Phrase(
            "syntax.missing-value", "\(property.keyword.token.text)\(property.argument.map { " " + $0.text } ?? "")")))
    }
  }

  private func valueHint(for keyword: Keyword) -> Phrase {
    switch keyword {
    case .plan: Phrase("syntax.missing-value.plan")
    case .include: Phrase("syntax.missing-value.include")
    case .item: Phrase("syntax.missing-value.item")
    case .party: Phrase("syntax.missing-value.party")
    default: Phrase("syntax.missing-value.other")
    }
  }

  private func currentRule(for keyword: Keyword) -> PropertyRule? {
    declarations.isEmpty ? nil : blockRules[keyword]
  }

  private mutating func reportUnknownWord(_ word: Token, indented: Bool) {
    let isCyrillic = word.text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    let language: KeywordLanguage = isCyrillic ? .russian : .english
    if indented, let block = declarations.last {
      let candidates = block.keyword.keyword.propertyRules.map { $0.keyword.spelling(in: language) }
      let suggestion = Suggestions.closest(to: word.text, among: candidates)
      diagnostics.append(
        Diagnostic(
          .unknownProperty, at: location(word.range),
          Phrase.suggesting("syntax.unknown-property", suggestion, "\(word.text)"),
          notes: [Phrase("syntax.unknown-property.note")],
          suggestion: suggestion))
    } else {
      let candidates = Keyword.declarations.map { $0.spelling(in: language) }
      let suggestion = Suggestions.closest(to: word.text, among: candidates)
      diagnostics.append(
        Diagnostic(
          .unknownKeyword, at: location(word.range),
          Phrase.suggesting("syntax.unknown-keyword", suggestion, "\(word.text)"),
          notes: [Phrase("syntax.declarations", "\(candidates.joined(separator: ", "))")],
          suggestion: suggestion))
    }
  }

  private mutating func reportUnexpectedText(_ value: Token, firstWord: Token?) {
    let isCyrillic = value.text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    let candidates = Keyword.declarations.map { $0.spelling(in: isCyrillic ? .russian : .english) }
    if let firstWord, let suggestion = Suggestions.closest(to: firstWord.text, among: candidates) {
      diagnostics.append(
        Diagnostic(
          .unknownKeyword, at: location(firstWord.range),
          Phrase.suggesting("syntax.unknown-keyword", suggestion, "\(firstWord.text)"), suggestion: suggestion))
      return
    }
    diagnostics.append(
      Diagnostic(
        .unexpectedText,
        at: location(SourceRange(line: value.range.start.line, column: value.range.start.column, length: 1)),
        Phrase("syntax.unexpected-text"),
        notes: [
          Phrase("syntax.declarations", "\(candidates.joined(separator: ", "))"), Phrase("syntax.unexpected-text.note"),
        ]))
  }

  private func location(_ range: SourceRange) -> SourceLocation {
    SourceLocation(file: source.path, range: range)
  }
}
