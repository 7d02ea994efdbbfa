import KartaLanguage

extension Resolver {
  /// Reports a name listed twice where each name counts once: a subject in `for:` (two
  /// obligations for one school), an owner, an `after:` dependency, an amendment's owner.
  mutating func checkRepeats(in syntax: DeclarationSyntax, file: String) {
    switch syntax.keyword.keyword {
    case .item:
      checkRepeats(.owner, of: syntax, in: file)
      checkRepeats(.for, of: syntax, in: file)
      checkRepeats(.after, of: syntax, in: file)
    case .amendment:
      checkRepeats(.owner, of: syntax, in: file)
    default:
      break
    }
  }

  /// The properties with `keyword`; one that names a single name on one line repeats nothing and
  /// is passed over without splitting it (most `owner:` lines).
  private mutating func checkRepeats(_ keyword: Keyword, of syntax: DeclarationSyntax, in file: String) {
    var count = 0
    var only = 0
    for index in syntax.properties.indices where syntax.properties[index].keyword.keyword == keyword {
      count += 1
      only = index
    }
    if count == 0 { return }
    if count == 1 {
      let lines = syntax.properties[only].value.lines
      if lines.count == 1, !lines[0].text.utf8.contains(where: { $0 == 0x2C || $0 == 0x3B }) { return }
    }
    checkRepeats(syntax.properties(keyword), in: file)
  }

  /// One property's list, or the union of a property given on several lines (`owner:` twice).
  private mutating func checkRepeats(_ properties: [PropertySyntax], in file: String) {
    var first: [String: SourceRange] = [:]
    for property in properties {
      let elements = identifiers(property.value)
      // One property naming at most one name repeats nothing: no dictionary for it.
      if properties.count == 1 && elements.count < 2 { return }
      for element in elements {
        guard let earlier = first[element.text] else {
          first[element.text] = element.range
          continue
        }
        diagnostics.append(
          Diagnostic(
            .repeatedName, at: SourceLocation(file: file, range: element.range),
            Phrase("plan.repeated-name", "\(element.text)", "\(property.keyword.token.text)"),
            notes: [Phrase("plan.repeated-name.note", "\(file):\(earlier.start.line):\(earlier.start.column)")]))
      }
    }
  }
}

extension Array where Element == String {
  /// The names in order with repeats left out, so a repeat reported above still makes one obligation.
  var withoutRepeats: [String] {
    if count < 2 { return self }
    // A short list (two owners, three schools) is searched, not hashed.
    if count <= 8 {
      let hasRepeats = (1..<count).contains { later in (0..<later).contains { self[$0] == self[later] } }
      if !hasRepeats { return self }
      var kept: [String] = []
      kept.reserveCapacity(count)
      for name in self where !kept.contains(name) { kept.append(name) }
      return kept
    }
    var seen: Set<String> = []
    return filter { seen.insert($0).inserted }
  }
}
