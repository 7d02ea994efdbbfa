import Foundation
import KartaLanguage
import KartaSchedule

/// Builds the plan model from declarations and checks every reference between them.
struct Resolver {
  let declarations: [PlacedDeclaration]
  let rootFile: String
  var diagnostics: [Diagnostic] = []
  var plan = Plan()
  /// Where each identifier was first declared, by kind ("item", "party", …) and identifier.
  var firstDeclared: [String: [String: SourceLocation]] = [:]
  /// The known names of each kind, indexed once, for suggestions on unknown references.
  var suggestionIndexes: [String: SuggestionIndex] = [:]

  init(declarations: [PlacedDeclaration], rootFile: String) {
    self.declarations = declarations
    self.rootFile = rootFile
  }

  mutating func resolve() -> Plan {
    // Items are large values: reserved once, they are not copied as the array grows.
    var items = 0
    for index in declarations.indices where declarations[index].syntax.keyword.keyword == .item { items += 1 }
    plan.items.reserveCapacity(items)
    firstDeclared["item", default: [:]].reserveCapacity(items)
    // Walked through a local copy of the array, so that each declaration is lent to `declare`
    // rather than copied out of `self` for the call.
    let declarations = self.declarations
    for index in declarations.indices { declare(declarations[index]) }
    checkReferences()
    checkCycles()
    readSchedules()
    return plan
  }

  // MARK: Declarations

  private mutating func declare(_ placed: PlacedDeclaration) {
    let syntax = placed.syntax
    let location = SourceLocation(file: placed.file, range: syntax.identifier?.range ?? syntax.keyword.token.range)
    let id = syntax.identifier?.text ?? ""
    let title = syntax.value.text
    switch syntax.keyword.keyword {
    case .plan:
      declareHeader(syntax, id: id, title: title, location: location)
    case .subjects:
      guard claim(id, kind: "subject list", at: location) else { return }
      var list = SubjectList(id: id, name: title, location: location)
      for member in syntax.properties(.member) {
        guard let argument = member.argument else { continue }
        let memberLocation = SourceLocation(file: placed.file, range: argument.range)
        guard claim(argument.text, kind: "subject", at: memberLocation) else { continue }
        list.members.append(Subject(id: argument.text, name: member.value.text, list: id, location: memberLocation))
      }
      plan.subjectLists.append(list)
    case .party:
      guard claim(id, kind: "party", at: location) else { return }
      plan.parties.append(
        Party(
          code: id, name: title, each: syntax.property(.each)?.value.text, notes: texts(syntax, .note),
          location: location))
    case .section:
      guard claim(id, kind: "section", at: location) else { return }
      plan.sections.append(
        Section(
          id: id, title: title, number: syntax.property(.number)?.value.text,
          parent: syntax.property(.parent)?.value.text, goals: texts(syntax, .goal), tasks: texts(syntax, .task),
          notes: texts(syntax, .note), location: location))
    case .item:
      guard claim(id, kind: "item", at: location) else { return }
      // Appended first and filled in place: an item is a large value, not copied into the array.
      plan.items.append(Item(id: id, title: title, location: location))
      readItem(syntax, into: plan.items.count - 1, placed: placed, location: location)
    case .report:
      guard claim(id, kind: "report", at: location) else { return }
      plan.reports.append(
        Report(
          id: id, title: title, from: syntax.property(.from)?.value.text, to: syntax.property(.to)?.value.text,
          dues: syntax.properties(.due).map { phrase($0, in: placed.file) }, notes: texts(syntax, .note),
          location: location))
    case .event:
      guard claim(id, kind: "event", at: location) else { return }
      plan.events.append(
        CalendarEvent(
          id: id, name: title, dates: syntax.properties(.dates).map { phrase($0, in: placed.file) },
          sources: texts(syntax, .source), notes: texts(syntax, .note), location: location))
    case .amendment:
      guard claim(id, kind: "amendment", at: location) else { return }
      plan.amendments.append(
        Amendment(
          id: id, title: title, document: syntax.property(.document)?.value.text,
          dated: date(syntax.property(.dated), in: placed.file), item: syntax.property(.changes)?.value.text,
          due: syntax.property(.due).map { withReading(phrase($0, in: placed.file), syntax, in: placed.file) },
          owners: syntax.properties(.owner).flatMap { identifiers($0.value) }.map(\.text),
          notes: texts(syntax, .note), location: location))
    case .calendar:
      guard claim(id, kind: "calendar", at: location) else { return }
      declareCalendar(syntax, id: id, title: title, file: placed.file, location: location)
    default:
      break
    }
  }

  private mutating func declareHeader(_ syntax: DeclarationSyntax, id: String, title: String, location: SourceLocation)
  {
    if let existing = plan.header {
      diagnostics.append(
        Diagnostic(
          .duplicateHeader, at: location, Phrase("plan.duplicate-header"),
          notes: [Phrase("plan.duplicate-header.note", "\(describe(existing.location))")]))
      return
    }
    var header = PlanHeader(id: id, title: title, location: location)
    header.issuer = syntax.property(.issuer)?.value.text
    header.document = syntax.property(.document)?.value.text
    header.approved = date(syntax.property(.approved), in: location.file)
    if let period = syntax.property(.period) {
      header.period = PlanPeriod(parsing: period.value.text)
      if header.period == nil, !period.value.isEmpty {
        report(
          .invalidPeriod, at: period.value, in: location.file,
          Phrase("plan.invalid-period", "\(period.value.text)"),
          notes: [
            Phrase(
              "plan.invalid-period.note", "\(PlanPeriod.supportedYears.lowerBound)",
              "\(PlanPeriod.supportedYears.upperBound)", "\(PlanPeriod.maximumYears)")
          ])
      }
    }
    if let zone = syntax.property(.timezone) {
      header.timeZone = zone.value.text
      if !zone.value.isEmpty, TimeZone(identifier: zone.value.text) == nil {
        report(
          .unknownTimeZone, at: zone.value, in: location.file, Phrase("plan.unknown-time-zone", "\(zone.value.text)"),
          notes: [Phrase("plan.unknown-time-zone.note")])
      }
    }
    header.daysOff =
      setting(
        syntax, .daysOff,
        values: [
          "earlier": .earlier, "later": .later, "move": .later, "keep": .keep, "на предыдущий рабочий день": .earlier,
          "на следующий рабочий день": .later, "переносить": .later, "не переносить": .keep,
        ], in: location.file) ?? .earlier
    header.untilIsExclusive =
      setting(
        syntax, .until, values: ["inclusive": false, "exclusive": true, "да": false, "нет": true], in: location.file)
      ?? false
    header.basis = texts(syntax, .basis)
    header.control = syntax.property(.control)?.value.text
    header.notes = texts(syntax, .note)
    plan.header = header
  }

  /// Reads the properties of the item at `index` of `plan.items` from its declaration.
  private mutating func readItem(
    _ syntax: DeclarationSyntax, into index: Int, placed: PlacedDeclaration, location: SourceLocation
  ) {
    let number = syntax.property(.number)?.value.text
    plan.items[index].number = number
    plan.items[index].section = placed.section
    var owners: [String] = []
    for property in syntax.properties.indices where syntax.properties[property].keyword.keyword == .owner {
      for element in identifiers(syntax.properties[property].value) { owners.append(element.text) }
    }
    let hasOwners = !owners.isEmpty
    plan.items[index].owners = owners.withoutRepeats
    let due = syntax.property(.due).map { withReading(phrase($0, in: placed.file), syntax, in: placed.file) }
    let subjectDues = syntax.properties(.due).compactMap { property in
      property.argument.map { SubjectDue(subject: $0.text, due: phrase(property, in: placed.file)) }
    }
    let hasDue = due != nil || !subjectDues.isEmpty
    plan.items[index].due = due
    plan.items[index].subjectDues = subjectDues
    let subjects = syntax.property(.for).map { identifiers($0.value).map(\.text).withoutRepeats } ?? []
    plan.items[index].subjects = subjects
    let event = syntax.property(.on)?.value.text
    plan.items[index].event = event
    let evidence = texts(syntax, .evidence)
    plan.items[index].evidence = evidence
    let dependencies = syntax.property(.after).map { identifiers($0.value).map(\.text).withoutRepeats } ?? []
    plan.items[index].dependencies = dependencies
    let notes = texts(syntax, .note)
    plan.items[index].notes = notes
    for property in syntax.properties(.target) {
      guard let indicator = property.argument?.text, !property.value.isEmpty else { continue }
      if let target = Target(indicator: indicator, parsing: property.value.text) {
        plan.items[index].targets.append(target)
      } else {
        report(
          .invalidTarget, at: property.value, in: placed.file,
          Phrase("plan.invalid-target", "\(property.value.text)"), notes: [Phrase("plan.invalid-target.note")])
      }
    }
    let id = plan.items[index].id
    if !hasOwners {
      diagnostics.append(
        Diagnostic(
          .missingOwner, at: location, Phrase("plan.missing-owner", "\(id)"), notes: [Phrase("plan.missing-owner.note")]
        ))
    }
    if !hasDue {
      diagnostics.append(
        Diagnostic(
          .missingDue, at: location, Phrase("plan.missing-due", "\(id)"), notes: [Phrase("plan.missing-due.note")]))
    }
  }

  // MARK: Values

  /// Registers an identifier in its kind's namespace; reports and refuses a second declaration.
  mutating func claim(_ id: String, kind: String, at location: SourceLocation) -> Bool {
    guard !id.isEmpty else { return false }
    if let first = firstDeclared[kind]?[id] {
      diagnostics.append(
        Diagnostic(
          .duplicateIdentifier, at: location,
          Phrase("plan.declared-twice", .word("plan.kind." + kind.replacingOccurrences(of: " ", with: "-")), "\(id)"),
          notes: [Phrase("plan.declared-twice.note", "\(describe(first))")]))
      return false
    }
    firstDeclared[kind, default: [:]][id] = location
    return true
  }

  /// A plan setting with a fixed set of values; an unknown value is reported and ignored.
  private mutating func setting<Value>(
    _ syntax: DeclarationSyntax, _ keyword: Keyword, values: [String: Value], in file: String
  ) -> Value? {
    guard let property = syntax.property(keyword), !property.value.isEmpty else { return nil }
    if let value = values[Keyword.normalized(property.value.text)] { return value }
    report(
      .invalidSetting, at: property.value, in: file,
      Phrase("plan.invalid-setting", "\(property.value.text)", "\(property.keyword.token.text)"),
      notes: [Phrase("plan.invalid-setting.note", "\(values.keys.sorted().joined(separator: ", "))")])
    return nil
  }

  func texts(_ syntax: DeclarationSyntax, _ keyword: Keyword) -> [String] {
    syntax.properties(keyword).map(\.value.text)
  }

  /// `due` with the block's `reading:` line, if it has one.
  private func withReading(_ due: DuePhrase, _ syntax: DeclarationSyntax, in file: String) -> DuePhrase {
    guard let property = syntax.property(.reading), !property.value.isEmpty else { return due }
    var read = due
    read.reading = property.value.text
    read.readingLocation = SourceLocation(file: file, range: property.value.range)
    return read
  }

  private func phrase(_ property: PropertySyntax, in file: String) -> DuePhrase {
    DuePhrase(text: property.value.text, location: SourceLocation(file: file, range: property.value.range))
  }

  private mutating func date(_ property: PropertySyntax?, in file: String) -> CivilDate? {
    guard let property, !property.value.isEmpty else { return nil }
    if let date = CivilDate(parsing: property.value.text) {
      if PlanPeriod.supportedYears.contains(date.year) { return date }
      report(
        .invalidDate, at: property.value, in: file,
        Phrase(
          "plan.date-outside-years", "\(property.value.text)", "\(PlanPeriod.supportedYears.lowerBound)",
          "\(PlanPeriod.supportedYears.upperBound)"),
        notes: [Phrase("plan.date-outside-years.note")])
      return nil
    }
    report(
      .invalidDate, at: property.value, in: file, Phrase("plan.invalid-date", "\(property.value.text)"),
      notes: [Phrase("plan.invalid-date.note")])
    return nil
  }

  mutating func report(
    _ id: DiagnosticID, at value: TextValue, in file: String, _ message: String, notes: [String]
  ) {
    diagnostics.append(Diagnostic(id, at: SourceLocation(file: file, range: value.range), message, notes: notes))
  }

  mutating func report(
    _ id: DiagnosticID, at value: TextValue, in file: String, _ message: Phrase, notes: [Phrase]
  ) {
    diagnostics.append(Diagnostic(id, at: SourceLocation(file: file, range: value.range), message, notes: notes))
  }

  private func describe(_ location: SourceLocation) -> String {
    location.range.map { "\(location.file):\($0.start.line):\($0.start.column)" } ?? location.file
  }
}
