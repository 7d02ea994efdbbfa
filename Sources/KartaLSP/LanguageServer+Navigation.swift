import KartaLanguage
import KartaPlan

extension LanguageServer {
  /// `textDocument/definition`: where the name under the cursor is declared, across includes.
  /// On the path of an `include:` line, the included file.
  func definition(_ params: JSONValue?) throws -> JSONValue {
    let (document, analysis, occurrence) = try occurrence(params)
    guard let occurrence else { return includedFile(params, document: document, analysis: analysis) }
    return .array(
      analysis.index.declarations(of: occurrence.kind, named: occurrence.name).map { location($0, in: analysis) })
  }

  /// `textDocument/references`: every use of the name under the cursor, across includes.
  /// A name declared in a shared file is found in every plan that includes that file.
  func references(_ params: JSONValue?) throws -> JSONValue {
    let (_, analysis, occurrence) = try occurrence(params)
    guard let occurrence else { return .null }
    let includeDeclaration = params?["context"]?["includeDeclaration"]?.boolValue ?? true
    return .array(
      everyOccurrence(of: occurrence, from: analysis)
        .filter { includeDeclaration || !$0.place.isDeclaration }
        .map { location($0.place, in: $0.analysis) })
  }

  /// `textDocument/prepareRename`: the name under the cursor and its span, or `null` where
  /// nothing can be renamed.
  func prepareRename(_ params: JSONValue?) throws -> JSONValue {
    let (document, _, occurrence) = try occurrence(params)
    guard let occurrence else { return .null }
    return [
      "range": PositionEncoding.lspRange(occurrence.range, in: document.lines).json,
      "placeholder": .string(occurrence.name),
    ]
  }

  /// `textDocument/rename`: the name under the cursor renamed at its declaration and every use,
  /// in every file of the plan; refused when the new name is not an identifier or is taken.
  func rename(_ params: JSONValue?) throws -> JSONValue {
    let (_, analysis, occurrence) = try occurrence(params)
    guard let occurrence else {
      throw ResponseError.requestFailed("there is no party, subject, section, event or item id here")
    }
    guard let newName = params?["newName"]?.stringValue else { throw ResponseError.invalidParams("expected 'newName'") }
    guard Self.isIdentifier(newName) else {
      throw ResponseError.requestFailed(
        "'\(newName)' is not an identifier: letters, digits, '.', '-' and '_', starting with a letter or a digit")
    }
    let places = everyOccurrence(of: occurrence, from: analysis)
    let plans = [analysis] + sharingPlans(of: occurrence, from: analysis)
    if newName != occurrence.name,
      plans.contains(where: { !$0.index.declarations(of: occurrence.kind, named: newName).isEmpty })
    {
      throw ResponseError.requestFailed("the \(occurrence.kind.rawValue) '\(newName)' is already declared")
    }
    var changes: [String: [JSONValue]] = [:]
    for (place, plan) in places {
      let lines = lines(of: place.file, in: plan)
      changes[uri(of: place.file), default: []].append([
        "range": PositionEncoding.lspRange(place.range, in: lines).json, "newText": .string(newName),
      ])
    }
    return ["changes": .object(changes.mapValues { .array($0) })]
  }

  /// Every occurrence of a name in the plan and, when the name is declared in a shared file
  /// (a subject list, a calendar), in the other plans that include that file; each once.
  private func everyOccurrence(
    of occurrence: SymbolOccurrence, from analysis: PlanAnalysis
  ) -> [(place: SymbolOccurrence, analysis: PlanAnalysis)] {
    var seen: Set<SymbolOccurrence> = []
    var places: [(place: SymbolOccurrence, analysis: PlanAnalysis)] = []
    for plan in [analysis] + sharingPlans(of: occurrence, from: analysis) {
      for place in plan.index.occurrences(of: occurrence.kind, named: occurrence.name) where seen.insert(place).inserted
      {
        places.append((place, plan))
      }
    }
    return places
  }

  /// The other plans that include the shared file where `occurrence`'s name is declared.
  private func sharingPlans(of occurrence: SymbolOccurrence, from analysis: PlanAnalysis) -> [PlanAnalysis] {
    let sharedFiles = Set(
      analysis.index.declarations(of: occurrence.kind, named: occurrence.name).map(\.file).filter {
        $0 != analysis.root
      })
    let roots = Set(sharedFiles.flatMap { includingPlans(of: $0) }).subtracting([analysis.root])
    return roots.sorted().map { self.analysis(root: $0) }
  }

  /// `textDocument/documentSymbol`: the outline of a file: its declarations, with each section's
  /// items inside it.
  func documentSymbols(_ params: JSONValue?) throws -> JSONValue {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
      throw ResponseError.invalidParams("expected 'textDocument.uri'")
    }
    let (document, analysis) = try analysis(forDocument: uri)
    guard let file = analysis.loaded.files.first(where: { $0.source.path == document.path }) else { return [] }
    var symbols: [JSONValue] = []
    var section: (symbol: [String: JSONValue], children: [JSONValue])?
    func closeSection() {
      guard var open = section else { return }
      open.symbol["children"] = .array(open.children)
      symbols.append(.object(open.symbol))
      section = nil
    }
    for declaration in file.declarations where declaration.keyword.keyword != .include {
      let symbol = documentSymbol(declaration, lines: document.lines)
      switch declaration.keyword.keyword {
      case .section:
        closeSection()
        section = (symbol, [])
      case .item where section != nil:
        section?.children.append(.object(symbol))
      default:
        closeSection()
        symbols.append(.object(symbol))
      }
    }
    closeSection()
    return .array(symbols)
  }

  // MARK: - Helpers

  /// The file an `include:` line under the cursor names, if the plan read it.
  private func includedFile(_ params: JSONValue?, document: TextDocument, analysis: PlanAnalysis) -> JSONValue {
    guard let lspPosition = LSPPosition(params?["position"]),
      let file = analysis.loaded.files.first(where: { $0.source.path == document.path })
    else { return .null }
    let position = PositionEncoding.sourcePosition(lspPosition, in: document.lines)
    guard let lookup = SyntaxLookup(position, in: file), lookup.property == nil,
      lookup.declaration.keyword.keyword == .include, let range = lookup.declaration.value.range,
      range.start.line == position.line, range.start <= position, position <= range.end
    else { return .null }
    let target = PathArithmetic.join(PathArithmetic.directory(of: document.path), lookup.declaration.value.text)
    guard analysis.loaded.plan.files.contains(target) else { return .null }
    let start = LSPPosition(line: 0, character: 0)
    return [["uri": .string(uri(of: target)), "range": LSPRange(start: start, end: start).json]]
  }

  private func occurrence(_ params: JSONValue?) throws -> (TextDocument, PlanAnalysis, SymbolOccurrence?) {
    let (document, analysis, position) = try locate(params)
    return (document, analysis, analysis.index.occurrence(at: position, in: document.path))
  }

  private func location(_ occurrence: SymbolOccurrence, in analysis: PlanAnalysis) -> JSONValue {
    [
      "uri": .string(uri(of: occurrence.file)),
      "range": PositionEncoding.lspRange(occurrence.range, in: lines(of: occurrence.file, in: analysis)).json,
    ]
  }

  private func documentSymbol(_ declaration: DeclarationSyntax, lines: [Substring]) -> [String: JSONValue] {
    let keyword = declaration.keyword
    let name = declaration.identifier?.text ?? keyword.token.text
    let start = keyword.token.range.start
    let lastLine = SyntaxLookup.lastLine(of: declaration)
    let lastLength = lastLine >= 1 && lastLine <= lines.count ? lines[lastLine - 1].unicodeScalars.count : 0
    let whole = SourceRange(start: start, end: SourcePosition(line: lastLine, column: lastLength + 1))
    let selection = declaration.identifier?.range ?? keyword.token.range
    return [
      "name": .string(name.isEmpty ? keyword.token.text : name),
      "detail": .string(String(declaration.value.text.prefix(120))),
      "kind": .integer(Self.symbolKind(keyword.keyword)),
      "range": PositionEncoding.lspRange(whole, in: lines).json,
      "selectionRange": PositionEncoding.lspRange(selection, in: lines).json,
    ]
  }

  private static func symbolKind(_ keyword: Keyword) -> Int {
    switch keyword {
    case .plan: 2
    case .section: 3
    case .item: 12
    case .party: 5
    case .subjects: 10
    case .report: 8
    case .event: 24
    case .amendment: 25
    default: 13
    }
  }

  /// Whether `text` is an identifier of the plan language.
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first.isNumber else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
  }
}
