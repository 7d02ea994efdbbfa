import KartaLanguage
import KartaPlan

extension LanguageServer {
  /// `textDocument/completion`: keywords valid at the cursor, in the file's language, and the
  /// declared names a property refers to (parties after `owner:`, subjects after `for:` and
  /// `due CODE`, events after `on:`, items after `after:` and `changes:`).
  func completion(_ params: JSONValue?) throws -> JSONValue {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue, let position = LSPPosition(params?["position"])
    else { throw ResponseError.invalidParams("expected 'textDocument.uri' and 'position'") }
    // Names come from the latest analysis, even one a few keystrokes old: completing must not
    // reload a large plan at every key. The context comes from the text as it is now.
    let (document, analysis) = try analysis(forDocument: uri, acceptingStale: true)
    guard position.line < document.lines.count || position.line == 0 else { return Self.completionList([]) }
    let line = position.line < document.lines.count ? document.lines[position.line] : ""
    let prefix = String(line[..<PositionEncoding.index(ofUTF16Offset: position.character, in: line)])
    let language =
      analysis.loaded.files.first { $0.source.path == document.path }?.keywordLanguage ?? .english
    let context = CompletionContext(prefix: prefix)
    let cursor = prefix.utf16.count
    let replaced = LSPRange(
      start: LSPPosition(line: position.line, character: cursor - context.partial.utf16.count),
      end: LSPPosition(line: position.line, character: cursor))
    switch context.kind {
    case .declarationKeyword:
      return Self.completionList(
        Keyword.declarations.map { keywordItem($0, language: language, replacing: replaced) })
    case .propertyKeyword:
      guard let block = enclosingBlock(before: position.line, in: document.lines) else {
        return Self.completionList(
          Keyword.declarations.map { keywordItem($0, language: language, replacing: replaced) })
      }
      // A property the block already has is offered again only if it may repeat.
      let given = propertiesGiven(aroundLine: position.line, in: document.lines)
      return Self.completionList(
        block.propertyRules.filter { $0.repeatable || !given.contains($0.keyword) }
          .map { keywordItem($0.keyword, language: language, replacing: replaced) })
    case .value(let keyword), .argument(let keyword):
      guard let block = enclosingBlock(before: position.line, in: document.lines),
        let kind = SymbolKind.referenced(by: keyword, in: block)
      else { return Self.completionList([]) }
      // A `due` line's value is a phrase, not a name; only its argument (`due CODE:`) is one.
      if case .value = context.kind, keyword == .due { return Self.completionList([]) }
      if case .argument = context.kind, keyword != .due { return Self.completionList([]) }
      return Self.completionList(nameItems(kind, in: analysis, replacing: replaced))
    case .none:
      return Self.completionList([])
    }
  }

  private static func completionList(_ items: [JSONValue]) -> JSONValue {
    ["isIncomplete": false, "items": .array(items)]
  }

  private func keywordItem(_ keyword: Keyword, language: KeywordLanguage, replacing range: LSPRange) -> JSONValue {
    let spelling = keyword.spelling(in: language)
    return [
      "label": .string(spelling), "kind": 14, "detail": .string(KeywordMeaning.text(keyword)),
      "textEdit": ["range": range.json, "newText": .string(spelling)],
    ]
  }

  private func nameItems(_ kind: SymbolKind, in analysis: PlanAnalysis, replacing range: LSPRange) -> [JSONValue] {
    var seen: Set<String> = []
    var items: [JSONValue] = []
    for declaration in analysis.index.occurrences where declaration.isDeclaration && declaration.kind == kind {
      guard seen.insert(declaration.name).inserted else { continue }
      let detail = describe(declaration, in: analysis.loaded.plan)
      items.append([
        "label": .string(declaration.name), "kind": .integer(Self.completionKind(kind)),
        "detail": .string(String(detail.prefix(200))),
        "textEdit": ["range": range.json, "newText": .string(declaration.name)],
      ])
    }
    return items
  }

  private static func completionKind(_ kind: SymbolKind) -> Int {
    switch kind {
    case .party: 7
    case .subject: 20
    case .subjectList: 13
    case .section: 9
    case .item, .report, .amendment: 3
    case .event: 23
    }
  }

  /// The declaration keyword of the block a line belongs to: the nearest line above it that
  /// starts with a declaration keyword.
  private func enclosingBlock(before line: Int, in lines: [Substring]) -> Keyword? {
    var index = min(line, lines.count) - 1
    while index >= 0 {
      if let keyword = Self.leadingKeyword(lines[index]), keyword.isDeclaration { return keyword }
      index -= 1
    }
    return nil
  }

  /// The properties written in the block around `line` (other than on the line itself).
  private func propertiesGiven(aroundLine line: Int, in lines: [Substring]) -> Set<Keyword> {
    var given: Set<Keyword> = []
    for step in [-1, 1] {
      var index = line + step
      while index >= 0, index < lines.count {
        guard let keyword = Self.leadingKeyword(lines[index]) else {
          index += step
          continue
        }
        if keyword.isDeclaration { break }
        given.insert(keyword)
        index += step
      }
    }
    return given
  }

  /// The keyword a line starts with, when it is followed (after an optional argument) by ':'.
  private static func leadingKeyword(_ line: Substring) -> Keyword? {
    let text = line.drop { $0 == " " || $0 == "\t" }
    let word = text.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
    guard !word.isEmpty, text.dropFirst(word.count).contains(":"), let (keyword, _) = Keyword.lookUp(word)
    else { return nil }
    return keyword
  }
}

/// What the text before the cursor on its line asks to complete.
struct CompletionContext {
  enum Kind: Equatable {
    /// A keyword at the left margin.
    case declarationKeyword
    /// A keyword on an indented line.
    case propertyKeyword
    /// A name in the value after `KEYWORD:`.
    case value(Keyword)
    /// The identifier between a keyword and its colon (`due CODE`).
    case argument(Keyword)
    /// Nothing to complete (free text, a comment).
    case none
  }

  /// What to complete.
  var kind: Kind
  /// The part of the word already typed, which the completion replaces.
  var partial: String

  init(prefix: String) {
    let trimmed = prefix.drop { $0 == " " || $0 == "\t" }
    let indented = trimmed.count < prefix.count
    partial = String(prefix.reversed().prefix { Self.isNameCharacter($0) }.reversed())
    if trimmed.hasPrefix("#") || trimmed.hasPrefix("|") {
      kind = .none
      return
    }
    let word = trimmed.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
    if word.count == trimmed.count {
      kind = indented ? .propertyKeyword : .declarationKeyword
      return
    }
    guard let (keyword, _) = Keyword.lookUp(word) else {
      kind = .none
      return
    }
    let rest = trimmed.dropFirst(word.count)
    if let colon = rest.firstIndex(of: ":") {
      let value = rest[rest.index(after: colon)...]
      // After the colon, a name starts the value or follows a comma.
      let lastSeparator = value.lastIndex { $0 == "," || $0 == ";" }
      let current = lastSeparator.map { value[value.index(after: $0)...] } ?? value
      kind = current.drop { $0 == " " || $0 == "\t" }.count == partial.count ? .value(keyword) : .none
      return
    }
    let argument = rest.drop { $0 == " " || $0 == "\t" }
    kind = argument.count < rest.count && argument.allSatisfy(Self.isNameCharacter) ? .argument(keyword) : .none
  }

  static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "." || character == "-" || character == "_"
  }
}
