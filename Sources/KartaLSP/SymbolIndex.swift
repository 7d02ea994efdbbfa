import KartaLanguage
import KartaPlan

/// The kinds of name a plan declares and refers to; each kind is its own namespace.
public enum SymbolKind: String, Sendable, Hashable, CaseIterable {
  case party
  case subjectList = "subject list"
  case subject
  case section
  case item
  case report
  case event
  case amendment

  /// The kind a declaration keyword declares.
  init?(declaring keyword: Keyword) {
    switch keyword {
    case .party: self = .party
    case .subjects: self = .subjectList
    case .section: self = .section
    case .item: self = .item
    case .report: self = .report
    case .event: self = .event
    case .amendment: self = .amendment
    default: return nil
    }
  }

  /// The kind a property's value (or, for `due`, its argument) refers to inside `block`.
  static func referenced(by property: Keyword, in block: Keyword) -> SymbolKind? {
    switch (block, property) {
    case (.item, .owner), (.amendment, .owner), (.report, .from), (.report, .to): .party
    case (.item, .for), (.item, .due): .subject
    case (.item, .on): .event
    case (.item, .after), (.amendment, .changes): .item
    case (.party, .each): .subjectList
    case (.section, .parent): .section
    default: nil
    }
  }
}

/// One place a name is written: where it is declared, or where it is used.
public struct SymbolOccurrence: Hashable, Sendable {
  /// The namespace.
  public var kind: SymbolKind
  /// The name as written.
  public var name: String
  /// The file it is written in.
  public var file: String
  /// The span of the name.
  public var range: SourceRange
  /// Whether this is the declaration rather than a use.
  public var isDeclaration: Bool
}

/// Every declaration of and reference to a name across the files of a plan, for go to
/// definition, find references and rename.
public struct SymbolIndex: Sendable {
  /// The occurrences, file by file in source order.
  public private(set) var occurrences: [SymbolOccurrence] = []

  /// Indexes the syntax trees of a plan's files.
  public init(files: [FileSyntax]) {
    for file in files {
      for declaration in file.declarations { add(declaration, in: file.source.path) }
    }
  }

  /// The occurrence under `position` in `file` (a cursor just after a name still counts).
  public func occurrence(at position: SourcePosition, in file: String) -> SymbolOccurrence? {
    occurrences.first {
      $0.file == file && $0.range.start.line == position.line && $0.range.start <= position
        && position <= $0.range.end
    }
  }

  /// Where `name` of `kind` is declared.
  public func declarations(of kind: SymbolKind, named name: String) -> [SymbolOccurrence] {
    occurrences.filter { $0.isDeclaration && $0.kind == kind && $0.name == name }
  }

  /// Every occurrence of `name` of `kind`, declarations included.
  public func occurrences(of kind: SymbolKind, named name: String) -> [SymbolOccurrence] {
    occurrences.filter { $0.kind == kind && $0.name == name }
  }

  private mutating func add(_ declaration: DeclarationSyntax, in file: String) {
    let block = declaration.keyword.keyword
    if let kind = SymbolKind(declaring: block), let identifier = declaration.identifier {
      record(kind, identifier, in: file, declaration: true)
    }
    for property in declaration.properties {
      let keyword = property.keyword.keyword
      if block == .subjects, keyword == .member, let argument = property.argument {
        record(.subject, argument, in: file, declaration: true)
        continue
      }
      guard let kind = SymbolKind.referenced(by: keyword, in: block) else { continue }
      if keyword == .due {
        if let argument = property.argument { record(kind, argument, in: file, declaration: false) }
        continue
      }
      for token in identifiers(property.value) { record(kind, token, in: file, declaration: false) }
    }
  }

  private mutating func record(_ kind: SymbolKind, _ token: Token, in file: String, declaration: Bool) {
    guard !token.text.isEmpty else { return }
    occurrences.append(
      SymbolOccurrence(kind: kind, name: token.text, file: file, range: token.range, isDeclaration: declaration))
  }
}
