import KartaLanguage

extension LanguageServer {
  /// `textDocument/formatting`: `karta fmt`'s output as one edit of the whole document, none when
  /// the document is already canonical; refused, as fmt refuses, when the file has syntax errors
  /// or the formatted text would not read back as the same plan.
  func formatting(_ params: JSONValue?) throws -> JSONValue {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
      throw ResponseError.invalidParams("expected 'textDocument.uri'")
    }
    guard let document = documents[uri] else { throw ResponseError.invalidParams("the document '\(uri)' is not open") }
    if document.text.allSatisfy(\.isWhitespace) { return [] }
    let source: SourceFile
    switch SourceFile.fromText(document.text, path: document.path) {
    case .failure(let diagnostic): throw ResponseError.requestFailed("karta fmt: \(diagnostic.message)")
    case .success(let decoded): source = decoded
    }
    let (syntax, diagnostics) = Parser.parse(source)
    let errors = diagnostics.filter { $0.severity == .error }
    if let first = errors.sortedForReporting().first {
      let place = first.location.range.map { "line \($0.start.line): " } ?? ""
      let count = "\(errors.count) syntax error\(errors.count == 1 ? "" : "s")"
      throw ResponseError.requestFailed(
        "karta fmt: the file has \(count) (\(place)\(first.message)); it is left as it is")
    }
    switch PlanFormatter().formatChecked(syntax) {
    case .failure(let diagnostic):
      throw ResponseError.requestFailed("karta fmt: \(diagnostic.message)")
    case .success(let text):
      guard text != document.text else { return [] }
      let whole = LSPRange(start: LSPPosition(line: 0, character: 0), end: document.endPosition)
      return [["range": whole.json, "newText": .string(text)]]
    }
  }

  /// `textDocument/codeAction`: a quick fix for each diagnostic in the request that carries a
  /// suggestion ("did you mean 'owner'?"): the suggestion in place of the diagnostic's span.
  func codeActions(_ params: JSONValue?) throws -> JSONValue {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
      throw ResponseError.invalidParams("expected 'textDocument.uri'")
    }
    var actions: [JSONValue] = []
    for diagnostic in params?["context"]?["diagnostics"]?.arrayValue ?? [] {
      guard let suggestion = diagnostic["data"]?["suggestion"]?.stringValue, let range = LSPRange(diagnostic["range"])
      else { continue }
      actions.append([
        "title": .string("Replace with '\(suggestion)'"),
        "kind": "quickfix",
        "isPreferred": true,
        "diagnostics": [diagnostic],
        "edit": ["changes": .object([uri: [["range": range.json, "newText": .string(suggestion)]]])],
      ])
    }
    return .array(actions)
  }
}
