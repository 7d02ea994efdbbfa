import KartaLanguage
import KartaLint
import KartaPlan

/// What the front end made of a plan: its files and model, the names in it, and (once linted)
/// every finding. It is current while the server's generation is unchanged.
struct PlanAnalysis {
  /// The root file's path.
  var root: String
  /// The server generation it was made in.
  var generation: Int
  /// The plan as loaded.
  var loaded: LoadedPlan
  /// The names declared and used in its files.
  var index: SymbolIndex
  /// The lint findings, when the plan has been linted in this generation.
  var findings: [Diagnostic]?
}

extension LanguageServer {
  // MARK: - Document notifications

  func didOpen(_ params: JSONValue?, now: UInt64) {
    guard let item = params?["textDocument"], let uri = item["uri"]?.stringValue,
      let text = item["text"]?.stringValue
    else { return }
    // Plan tests (.verify) share the editor's highlighting but are not plans: nothing to lint.
    guard !uri.hasSuffix(".verify") else { return }
    documents[uri] = TextDocument(
      uri: uri, path: DocumentURI.path(of: uri), version: item["version"]?.intValue ?? 0, text: text)
    generation += 1
    pendingDiagnostics[uri] = now
  }

  func didChange(_ params: JSONValue?, now: UInt64) {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue, var document = documents[uri],
      let changes = params?["contentChanges"]?.arrayValue
    else { return }
    for change in changes {
      guard let text = change["text"]?.stringValue else { continue }
      document.apply(text, in: LSPRange(change["range"]))
    }
    if let version = params?["textDocument"]?["version"]?.intValue { document.version = version }
    documents[uri] = document
    generation += 1
    pendingDiagnostics[uri] = now + configuration.debounce
  }

  func didClose(_ params: JSONValue?, now: UInt64) -> [JSONValue] {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = documents[uri] else { return [] }
    let root = rootPath(for: document.path)
    documents[uri] = nil
    pendingDiagnostics[uri] = nil
    analyses[document.path] = nil
    var withdrawn = [document.path]
    // A plan on disk read only for this file's sake (it includes the file) goes with it.
    if root != document.path, openDocument(at: root) == nil,
      !documents.values.contains(where: { rootPath(for: $0.path) == root })
    {
      withdrawn.append(root)
      analyses[root] = nil
    }
    var messages: [JSONValue] = []
    // The closed file is read from disk from now on; what it published as a root is withdrawn.
    for path in withdrawn {
      for published in (published.removeValue(forKey: path) ?? []).sorted() {
        messages.append(Self.publishMessage(uri: published, version: nil, diagnostics: []))
      }
    }
    filesChanged(now: now)
    return messages
  }

  /// Files changed outside the editor's buffers (or a buffer was saved or closed): everything is
  /// read again and every open document gets fresh diagnostics after the usual pause.
  func filesChanged(now: UInt64) {
    generation += 1
    discoveredIncluders = [:]
    for uri in documents.keys {
      pendingDiagnostics[uri] = min(pendingDiagnostics[uri] ?? .max, now + configuration.debounce)
    }
  }

  // MARK: - Diagnostics

  /// Publishes the diagnostics of every document whose pause is over: each root plan involved is
  /// linted once, and its findings go to every file it reads, included files too.
  public func runDueWork(now: UInt64) -> [JSONValue] {
    let due = pendingDiagnostics.filter { $0.value <= now }.map(\.key).sorted()
    guard !due.isEmpty else { return [] }
    for uri in due { pendingDiagnostics[uri] = nil }
    let paths = due.compactMap { documents[$0]?.path }
    // Lint each candidate root first: a file that turns out to be included by another open plan
    // is then reported as part of that plan, not on its own.
    for root in Set(paths.map(rootPath(for:))).sorted() { _ = lintedAnalysis(root: root) }
    var messages: [JSONValue] = []
    for root in Set(paths.map(rootPath(for:))).sorted() { messages += publishDiagnostics(root: root) }
    return messages
  }

  private func publishDiagnostics(root: String) -> [JSONValue] {
    let analysis = lintedAnalysis(root: root)
    var byFile: [String: [Diagnostic]] = [:]
    for file in analysis.loaded.plan.files + [root] { byFile[file] = [] }
    for finding in analysis.findings ?? [] { byFile[finding.location.file, default: []].append(finding) }
    var messages: [JSONValue] = []
    var uris: Set<String> = []
    for (file, findings) in byFile.sorted(by: { $0.key < $1.key }) {
      let document = openDocument(at: file)
      let uri = document?.uri ?? DocumentURI.uri(of: file)
      uris.insert(uri)
      let lines = self.lines(of: file, in: analysis)
      messages.append(
        Self.publishMessage(
          uri: uri, version: document?.version, diagnostics: findings.map { Self.lspDiagnostic($0, lines: lines) }))
    }
    for stale in (published[root] ?? []).subtracting(uris).sorted() {
      messages.append(Self.publishMessage(uri: stale, version: nil, diagnostics: []))
    }
    published[root] = uris
    return messages
  }

  static func publishMessage(uri: String, version: Int?, diagnostics: [JSONValue]) -> JSONValue {
    var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
    if let version { params["version"] = .integer(version) }
    return notificationMessage("textDocument/publishDiagnostics", .object(params))
  }

  /// A Karta diagnostic as the protocol shows it: the id as `code`, notes after the message, and
  /// the suggestion kept in `data` for the quick fix.
  static func lspDiagnostic(_ diagnostic: Diagnostic, lines: [Substring]) -> JSONValue {
    let severity: Int =
      switch diagnostic.severity {
      case .error: 1
      case .warning: 2
      case .note: 3
      }
    var message = diagnostic.message
    for note in diagnostic.notes { message += "\nnote: \(note)" }
    var json: [String: JSONValue] = [
      "range": PositionEncoding.lspRange(diagnostic.location.range, in: lines).json,
      "severity": .integer(severity),
      "code": .string(diagnostic.id.rawValue),
      "source": "karta",
      "message": .string(message),
    ]
    if let suggestion = diagnostic.suggestion { json["data"] = ["suggestion": .string(suggestion)] }
    return .object(json)
  }

  // MARK: - Analyses

  /// The sources the front end reads: open documents as the editor holds them, the disk otherwise.
  var sources: OverlaySources {
    OverlaySources(overlays: Dictionary(documents.values.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a }))
  }

  /// The root plan a file is read as part of: an open plan that includes it, else a plan on disk
  /// that includes it (a shared list opened on its own), else the file itself.
  func rootPath(for path: String) -> String {
    let including = analyses.values.filter { analysis in
      analysis.root != path && openDocument(at: analysis.root) != nil && analysis.loaded.plan.files.contains(path)
    }
    return including.map(\.root).min() ?? includingPlans(of: path).first ?? path
  }

  /// The plan rooted at `root`, loaded (not linted) in the current generation.
  func analysis(root: String) -> PlanAnalysis {
    if let cached = analyses[root], cached.generation == generation { return cached }
    let loaded = PlanLoader.load(path: root, from: sources)
    let analysis = PlanAnalysis(
      root: root, generation: generation, loaded: loaded, index: SymbolIndex(files: loaded.files), findings: nil)
    analyses[root] = analysis
    return analysis
  }

  /// The plan rooted at `root`, linted in the current generation.
  func lintedAnalysis(root: String) -> PlanAnalysis {
    if let cached = analyses[root], cached.generation == generation, cached.findings != nil { return cached }
    let result = Linter().lint(path: root, from: sources)
    let analysis = PlanAnalysis(
      root: root, generation: generation, loaded: result.loaded, index: SymbolIndex(files: result.loaded.files),
      findings: result.diagnostics)
    analyses[root] = analysis
    return analysis
  }

  /// The analysis a request about document `uri` is answered from, with the document: current,
  /// or with `acceptingStale` the latest one made (for answers that need names, not positions).
  func analysis(forDocument uri: String, acceptingStale: Bool = false) throws -> (TextDocument, PlanAnalysis) {
    guard let document = documents[uri] else {
      throw ResponseError.invalidParams("the document '\(uri)' is not open")
    }
    let root = rootPath(for: document.path)
    if acceptingStale, let latest = analyses[root] { return (document, latest) }
    return (document, analysis(root: root))
  }

  /// The open document at `path`, if any.
  func openDocument(at path: String) -> TextDocument? {
    documents.values.first { $0.path == path }
  }

  /// The lines of `file` for converting positions: the editor's text when open, else as read.
  func lines(of file: String, in analysis: PlanAnalysis) -> [Substring] {
    if let document = openDocument(at: file) { return document.lines }
    return analysis.loaded.files.first { $0.source.path == file }?.source.lines ?? []
  }

  /// The URI to name `file` by: the editor's own for an open document.
  func uri(of file: String) -> String {
    openDocument(at: file)?.uri ?? DocumentURI.uri(of: file)
  }
}
