import KartaLanguage

/// A plan read from its root file and every file it includes, with all the problems found.
public struct LoadedPlan: Sendable {
  /// The resolved plan (as complete as the problems allow).
  public var plan: Plan
  /// The syntax trees of every file read, root first.
  public var files: [FileSyntax]
  /// Every problem found while reading, parsing and resolving, in reporting order.
  public var diagnostics: [Diagnostic]

  /// The decoded sources, for quoting lines in diagnostics.
  public var sources: [SourceFile] { files.map(\.source) }
}

/// Reads a root plan file, follows its includes (inside the root's directory tree, each file once,
/// cycles refused), parses every file and resolves the whole into a `Plan`.
public enum PlanLoader {
  /// How deep includes may nest: far more than a plan needs, few enough that a chain of files
  /// cannot exhaust the stack.
  public static let maximumIncludeDepth = 32

  /// Loads the plan whose root file is at `path`.
  public static func load(path: String, from provider: some SourceProvider = FileSystemSources()) -> LoadedPlan {
    var loader = Loader(provider: provider, rootPath: PathArithmetic.normalize(path))
    loader.loadRoot()
    var diagnostics = loader.diagnostics
    var resolver = Resolver(declarations: loader.declarations, rootFile: loader.rootPath)
    let plan = resolver.resolve()
    diagnostics += resolver.diagnostics
    var resolvedPlan = plan
    resolvedPlan.files = loader.files.map(\.source.path)
    return LoadedPlan(plan: resolvedPlan, files: loader.files, diagnostics: diagnostics.sortedForReporting())
  }
}

/// A declaration together with the file it is in and the section it falls under.
struct PlacedDeclaration {
  var syntax: DeclarationSyntax
  var file: String
  var section: String?
}

private struct Loader<Provider: SourceProvider> {
  let provider: Provider
  let rootPath: String
  var files: [FileSyntax] = []
  var declarations: [PlacedDeclaration] = []
  var diagnostics: [Diagnostic] = []
  private var loaded: Set<String> = []
  private var stack: [String] = []
  private let rootTree: String

  init(provider: Provider, rootPath: String) {
    self.provider = provider
    self.rootPath = rootPath
    self.rootTree = provider.resolvedPath(PathArithmetic.directory(of: rootPath))
  }

  mutating func loadRoot() {
    switch provider.read(rootPath) {
    case .failure(let error):
      diagnostics.append(
        Diagnostic.unreadableFile(rootPath, problem: error.problem, at: SourceLocation(file: rootPath)))
    case .success(let bytes):
      load(path: rootPath, bytes: bytes, isRoot: true)
    }
  }

  private mutating func load(path: String, bytes: [UInt8], isRoot: Bool) {
    let resolved = provider.resolvedPath(path)
    loaded.insert(resolved)
    stack.append(resolved)
    defer { stack.removeLast() }
    let source: SourceFile
    switch SourceFile.decode(path: path, bytes: bytes) {
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
      return
    case .success(let decoded):
      source = decoded
    }
    let (syntax, syntaxDiagnostics) = Parser.parse(source)
    files.append(syntax)
    diagnostics += syntaxDiagnostics
    var section: String?
    // By index, so that a declaration is copied once, into its placed form.
    for index in syntax.declarations.indices {
      switch syntax.declarations[index].keyword.keyword {
      case .include:
        include(syntax.declarations[index], from: path)
      case .plan where !isRoot:
        diagnostics.append(
          Diagnostic(
            .includedPlanHeader, at: SourceLocation(file: path, range: syntax.declarations[index].keyword.token.range),
            Phrase("include.plan-header"), notes: [Phrase("include.plan-header.note")]))
      case .section:
        section = syntax.declarations[index].identifier?.text
        declarations.append(PlacedDeclaration(syntax: syntax.declarations[index], file: path, section: section))
      default:
        declarations.append(PlacedDeclaration(syntax: syntax.declarations[index], file: path, section: section))
      }
    }
  }

  private mutating func include(_ declaration: DeclarationSyntax, from path: String) {
    let target = declaration.value.text.trimmingCharacters(in: .whitespaces)
    guard !target.isEmpty, let range = declaration.value.range else { return }
    let location = SourceLocation(file: path, range: range)
    let joined = PathArithmetic.join(PathArithmetic.directory(of: path), target)
    let resolved = provider.resolvedPath(joined)
    guard !target.hasPrefix("/"), PathArithmetic.isInside(joined, directory: PathArithmetic.directory(of: rootPath)),
      PathArithmetic.isInside(resolved, directory: rootTree)
    else {
      diagnostics.append(
        Diagnostic(
          .includeOutsideTree, at: location, Phrase("include.outside-tree", "\(target)"),
          notes: [Phrase("include.outside-tree.note")]))
      return
    }
    if stack.contains(resolved) {
      diagnostics.append(
        Diagnostic(
          .includeCycle, at: location, Phrase("include.cycle", "\(target)"),
          notes: [
            Phrase(
              "include.cycle.note",
              "\((stack + [resolved]).map { PathArithmetic.lastComponent($0) }.joined(separator: " → "))")
          ]))
      return
    }
    if loaded.contains(resolved) { return }
    guard stack.count < PlanLoader.maximumIncludeDepth else {
      diagnostics.append(
        Diagnostic(
          .includeTooDeep, at: location,
          Phrase("include.too-deep", "\(target)", "\(PlanLoader.maximumIncludeDepth)"),
          notes: [Phrase("include.too-deep.note")]))
      return
    }
    switch provider.read(joined) {
    case .failure(let error):
      diagnostics.append(
        Diagnostic(
          .includeUnreadable, at: location,
          error.problem == .missing
            ? Phrase("include.unreadable.missing", "\(target)")
            : Phrase("include.unreadable", "\(target)", "\(error.reason)")))
    case .success(let bytes):
      load(path: joined, bytes: bytes, isRoot: false)
    }
  }
}

extension PathArithmetic {
  /// The last component of `path`.
  static func lastComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
