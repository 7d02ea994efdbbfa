import KartaLanguage

/// Every reference between declarations checked against the names declared: owners, subjects,
/// sections, events, items, reporters.
extension Resolver {
  /// The identifiers declared, by kind, with where each was first declared.
  struct DeclaredNames {
    var parties: [String: SourceLocation]
    var subjects: [String: SourceLocation]
    var items: [String: SourceLocation]
    var sections: [String: SourceLocation]
    var subjectLists: [String: SourceLocation]
    var events: [String: SourceLocation]
  }

  mutating func checkReferences() {
    // The names each kind declared are the ones `claim` took: no set is built again.
    let names = DeclaredNames(
      parties: firstDeclared["party"] ?? [:], subjects: firstDeclared["subject"] ?? [:],
      items: firstDeclared["item"] ?? [:], sections: firstDeclared["section"] ?? [:],
      subjectLists: firstDeclared["subject list"] ?? [:], events: firstDeclared["event"] ?? [:])
    // Each declaration is lent from a local copy of the array, not copied out of `self`.
    let declarations = self.declarations
    for index in declarations.indices {
      checkReferences(of: declarations[index].syntax, in: declarations[index].file, names: names)
    }
    if plan.header == nil, let first = plan.items.first {
      diagnostics.append(
        Diagnostic(
          .missingHeader, at: first.location, Phrase("plan.missing-header"), notes: [Phrase("plan.missing-header.note")]
        ))
    }
  }

  private mutating func checkReferences(of syntax: DeclarationSyntax, in file: String, names: DeclaredNames) {
    checkRepeats(in: syntax, file: file)
    switch syntax.keyword.keyword {
    case .party:
      if let each = syntax.property(.each), !each.value.isEmpty {
        expect(
          each.value, in: file, among: names.subjectLists, id: .unknownSubjectList, kind: "subject list"
        )
      }
    case .section:
      if let parent = syntax.property(.parent), !parent.value.isEmpty {
        expect(parent.value, in: file, among: names.sections, id: .unknownSection, kind: "section")
      }
    case .item:
      for index in syntax.properties.indices where syntax.properties[index].keyword.keyword == .owner {
        expectEach(syntax.properties[index].value, in: file, among: names.parties, id: .unknownParty, kind: "party")
      }
      if let subjects = syntax.property(.for) {
        expectEach(subjects.value, in: file, among: names.subjects, id: .unknownSubject, kind: "subject")
      }
      // The `for:` names as a set, built only for an item with a per-subject deadline.
      var forNames: Set<String>?
      for index in syntax.properties.indices where syntax.properties[index].keyword.keyword == .due {
        guard let argument = syntax.properties[index].argument else { continue }
        expect(
          Token(argument.text, at: argument.range), in: file, among: names.subjects, id: .unknownSubject,
          kind: "subject")
        let named = forNames ?? Set(syntax.property(.for).map { identifiers($0.value).map(\.text) } ?? [])
        forNames = named
        if !named.isEmpty, !named.contains(argument.text), names.subjects[argument.text] != nil {
          diagnostics.append(
            Diagnostic(
              .subjectOutsideFor, at: SourceLocation(file: file, range: argument.range),
              Phrase("plan.subject-outside-for", "\(argument.text)")))
        }
      }
      if let event = syntax.property(.on), !event.value.isEmpty {
        expect(event.value, in: file, among: names.events, id: .unknownEvent, kind: "event")
      }
      if let after = syntax.property(.after) {
        expectEach(after.value, in: file, among: names.items, id: .unknownItem, kind: "item")
      }
    case .report:
      // The recipient is often left implicit ("представлять информацию …"); the reporter never is.
      if let to = syntax.property(.to), !to.value.isEmpty {
        expect(to.value, in: file, among: names.parties, id: .unknownParty, kind: "party")
      }
      if let from = syntax.property(.from), !from.value.isEmpty {
        expect(from.value, in: file, among: names.parties, id: .unknownParty, kind: "party")
      } else {
        requireProperty(.from, of: syntax, in: file)
      }
      if syntax.properties(.due).isEmpty { requireProperty(.due, of: syntax, in: file) }
    case .amendment:
      if let changes = syntax.property(.changes), !changes.value.isEmpty {
        expect(changes.value, in: file, among: names.items, id: .unknownItem, kind: "item")
      } else {
        requireProperty(.changes, of: syntax, in: file)
      }
      for owner in syntax.properties(.owner) {
        expectEach(owner.value, in: file, among: names.parties, id: .unknownParty, kind: "party")
      }
    default:
      break
    }
  }

  private mutating func requireProperty(_ keyword: Keyword, of syntax: DeclarationSyntax, in file: String) {
    let spelling = keyword.spelling(in: syntax.keyword.language)
    diagnostics.append(
      Diagnostic(
        .missingProperty, at: SourceLocation(file: file, range: syntax.identifier?.range ?? syntax.keyword.token.range),
        Phrase("plan.missing-property", "\(syntax.keyword.token.text)", "\(spelling)")))
  }

  private mutating func expectEach(
    _ value: TextValue, in file: String, among known: [String: SourceLocation], id: DiagnosticID, kind: String
  ) {
    for element in identifiers(value) { expect(element, in: file, among: known, id: id, kind: kind) }
  }

  private mutating func expect(
    _ value: TextValue, in file: String, among known: [String: SourceLocation], id: DiagnosticID, kind: String
  ) {
    guard let range = value.range else { return }
    expect(Token(value.text, at: range), in: file, among: known, id: id, kind: kind)
  }

  private mutating func expect(
    _ element: Token, in file: String, among known: [String: SourceLocation], id: DiagnosticID, kind: String
  ) {
    guard known[element.text] == nil else { return }
    if suggestionIndexes[kind] == nil { suggestionIndexes[kind] = SuggestionIndex(known.keys) }
    let suggestion = suggestionIndexes[kind]?.closest(to: element.text)
    diagnostics.append(
      Diagnostic(
        id, at: SourceLocation(file: file, range: element.range),
        Phrase.suggesting(
          "plan.unknown." + kind.replacingOccurrences(of: " ", with: "-"), suggestion, "\(element.text)"),
        notes: suggestion == nil ? [Phrase("plan.unknown.note")] : [],
        suggestion: suggestion))
  }
}
