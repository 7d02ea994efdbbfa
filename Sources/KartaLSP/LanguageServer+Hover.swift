import KartaLanguage
import KartaPlan
import KartaSchedule

extension LanguageServer {
  /// `textDocument/hover`: a keyword's meaning, a name's declaration, or how a deadline is read.
  func hover(_ params: JSONValue?) throws -> JSONValue {
    let (document, analysis, position) = try locate(params)
    guard let file = analysis.loaded.files.first(where: { $0.source.path == document.path }) else { return .null }
    if let occurrence = analysis.index.occurrence(at: position, in: document.path) {
      return hoverResult(describe(occurrence, in: analysis.loaded.plan), range: occurrence.range, lines: document.lines)
    }
    guard let lookup = SyntaxLookup(position, in: file) else { return .null }
    if let property = lookup.property {
      // A `reading:` line restates its item's deadline, so it shows the same reading.
      let deadline = property.keyword.keyword == .reading ? lookup.declaration.property(.due) : property
      if let deadline, [.due, .dates].contains(deadline.keyword.keyword),
        let text = dueHover(deadline, in: document.path, block: lookup.declaration, plan: analysis.loaded.plan)
      {
        return hoverResult(text, range: property.keyword.token.range, lines: document.lines)
      }
      if SyntaxLookup.contains(property.keyword.token.range, position) {
        return hoverResult(keywordHover(property.keyword), range: property.keyword.token.range, lines: document.lines)
      }
      return .null
    }
    let keyword = lookup.declaration.keyword
    if SyntaxLookup.contains(keyword.token.range, position) {
      return hoverResult(keywordHover(keyword), range: keyword.token.range, lines: document.lines)
    }
    return .null
  }

  /// The document, its analysis and the Karta position named by a request's parameters.
  func locate(_ params: JSONValue?) throws -> (TextDocument, PlanAnalysis, SourcePosition) {
    guard let uri = params?["textDocument"]?["uri"]?.stringValue, let lspPosition = LSPPosition(params?["position"])
    else { throw ResponseError.invalidParams("expected 'textDocument.uri' and 'position'") }
    let (document, analysis) = try analysis(forDocument: uri)
    return (document, analysis, PositionEncoding.sourcePosition(lspPosition, in: document.lines))
  }

  private func hoverResult(_ markdown: String, range: SourceRange, lines: [Substring]) -> JSONValue {
    [
      "contents": ["kind": "markdown", "value": .string(markdown)],
      "range": PositionEncoding.lspRange(range, in: lines).json,
    ]
  }

  private func keywordHover(_ keyword: KeywordToken) -> String {
    let word = keyword.keyword
    return "**\(word.english)** · **\(word.russian)**\n\n\(KeywordMeaning.text(word))"
  }

  /// What a name stands for, from the plan model.
  func describe(_ occurrence: SymbolOccurrence, in plan: Plan) -> String {
    let name = occurrence.name
    let unknown = "\(occurrence.kind.rawValue) `\(name)` — not declared in this plan"
    switch occurrence.kind {
    case .party:
      guard let party = plan.party(name) else { return unknown }
      let each = party.each.map { "\n\nstands for each member of `\($0)`" } ?? ""
      return "party `\(name)`: \(party.name)\(each)"
    case .subject:
      guard let subject = plan.subject(name) else { return unknown }
      return "subject `\(name)`: \(subject.name)\n\nin list `\(subject.list)`"
    case .subjectList:
      guard let list = plan.subjectList(name) else { return unknown }
      return "subject list `\(name)`: \(list.name)\n\n\(list.members.count) members"
    case .section:
      guard let section = plan.sections.first(where: { $0.id == name }) else { return unknown }
      return "section `\(name)`: \(section.title)"
    case .item:
      guard let item = plan.item(name) else { return unknown }
      let owners = item.owners.isEmpty ? "" : "\n\nowner: \(item.owners.joined(separator: ", "))"
      let due = item.due.map { "\n\ndue: \($0.text)" } ?? ""
      return "item `\(name)`: \(item.title)\(owners)\(due)"
    case .report:
      guard let report = plan.reports.first(where: { $0.id == name }) else { return unknown }
      return "report `\(name)`: \(report.title)"
    case .event:
      guard let event = plan.events.first(where: { $0.id == name }) else { return unknown }
      let windows = event.windows.map { "\n- \($0.start.iso) … \($0.due.iso)" }.joined()
      return "event `\(name)`: \(event.name)\(windows.isEmpty ? "\n\nno dates" : "\n" + windows)"
    case .amendment:
      guard let amendment = plan.amendments.first(where: { $0.id == name }) else { return unknown }
      return "amendment `\(name)`: \(amendment.title)"
    }
  }

  /// A deadline line read as `karta when` reads it, in the plan's period, time zone and rules.
  private func dueHover(
    _ property: PropertySyntax, in file: String, block: DeclarationSyntax, plan: Plan
  ) -> String? {
    guard let range = property.value.range, !property.value.isEmpty else { return nil }
    let location = SourceLocation(file: file, range: range)
    let phrases =
      plan.items.flatMap { [$0.due].compactMap { $0 } + $0.subjectDues.map(\.due) } + plan.reports.flatMap(\.dues)
      + plan.amendments.compactMap(\.due) + plan.events.flatMap(\.dates)
    guard let phrase = phrases.first(where: { $0.location == location }) else { return nil }
    guard let schedule = phrase.schedule, let period = plan.header?.period else {
      return "«\(phrase.text)»\n\nThe plan has no period, so the phrase is not dated; add 'period:' to the plan header."
    }
    let daysOff = plan.header?.daysOff ?? .earlier
    var text = "```text\n" + schedule.readingText(period: period, daysOff: daysOff) + "```"
    if block.keyword.keyword == .item, let id = block.identifier?.text, let item = plan.item(id),
      let eventID = item.event, let event = plan.events.first(where: { $0.id == eventID })
    {
      text += "\n\nbound to event `\(eventID)` (\(event.name))"
      text +=
        event.windows.isEmpty
        ? ": not dated yet" : ":" + event.windows.map { "\n- \($0.start.iso) … \($0.due.iso)" }.joined()
    }
    return text
  }
}
