import Foundation
import KartaLanguage
import KartaSchedule

/// `karta import`: a document (Word, web page, text, CSV) → a draft plan, printed by the plan
/// formatter so the draft is already in the canonical layout. What the importer is not sure of is
/// a `# karta import:` comment above the line, which `karta lint` lists as a warning.
public enum PlanImporter {
  /// A draft and what it holds.
  public struct Draft: Sendable {
    /// The plan's text, canonical.
    public var text: String
    /// The number of items.
    public var items: Int
    /// The number of parties.
    public var parties: Int
    /// The deadlines written as `срок не указан` because Karta could not read them (the phrase is
    /// kept in the comment above the item).
    public var unreadDeadlines: Int
    /// The number of `# karta import:` comments.
    public var doubts: Int
    /// Whether the items came from a table or from numbered resolutions.
    public var source: Source
  }

  /// Where the items were found.
  public enum Source: String, Sendable {
    /// A roadmap table with a header row.
    case table
    /// Numbered resolutions under headings.
    case resolutions
  }

  /// Why a document gave no draft.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// The explanation.
    public var description: String
  }

  /// The draft of `document`, read from a file named `fileName`; `id` is the plan's id (default:
  /// from the file name), `language` the keywords' language.
  public static func draft(
    of document: SourceDocument, fileName: String, id: String? = nil, language: KeywordLanguage = .russian
  ) throws -> Draft {
    let paragraphs = document.blocks.compactMap { block -> String? in
      if case .paragraph(let text, _) = block { text } else { nil }
    }
    let header = DocumentHeader(paragraphs: paragraphs)
    var plan = DraftPlan(id: id ?? planID(fileName), title: header.title ?? "Проект плана из \(fileName)")
    if header.title == nil { plan.headerDoubts.append("the order's title («Об …») was not found; write it here") }
    plan.issuer = header.issuer
    if let kind = header.kind {
      plan.document =
        [kind, header.date.map { "от \($0)" }, header.number.map { "№ \($0)" }].compactMap { $0 }.joined(separator: " ")
    }
    plan.approved = header.date
    var names = PartyNames()
    let source: Source
    let tableRows = TableReader.rows(of: document)
    if !tableRows.isEmpty {
      source = .table
      readTable(tableRows, into: &plan, names: &names)
    } else {
      let resolutions = ResolutionReader.resolutions(paragraphs)
      guard resolutions.contains(where: { $0.number.count == 2 }) else {
        throw Failure(
          description:
            "found no roadmap table (a header row with «№», «Мероприятие», «Срок», «Ответственные») and no numbered "
            + "resolutions («5. Рекомендовать …: 5.1. …»)")
      }
      source = .resolutions
      readResolutions(resolutions, issuer: header.issuer, into: &plan, names: &names)
    }
    plan.parties = names.parties
    let period = guessPeriod(plan, title: header.title, paragraphs: paragraphs.map(\.withoutMarkup))
    plan.period = period.text
    if let doubt = period.doubt { plan.headerDoubts.append(doubt) }
    let unread = markUnreadDeadlines(&plan, period: period.text)
    let text = try print(plan, language: language, fileName: fileName)
    let doubts = text.components(separatedBy: "# " + DraftPlan.marker).count - 1
    return Draft(
      text: text, items: plan.items.count, parties: plan.parties.count, unreadDeadlines: unread, doubts: doubts,
      source: source)
  }

  /// A plan id from a file name: its base name, transliterated, in lowercase, other characters as `-`.
  static func planID(_ fileName: String) -> String {
    let base = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
    let latin = base.map { character in
      character.isASCII ? String(character) : PartyNames.transliterate(String(character))
    }.joined().lowercased()
    let id = String(latin.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "-" })
      .split(separator: "-").joined(separator: "-")
    guard let first = id.first, first.isLetter || first.isNumber else { return "plan" + (id.isEmpty ? "" : "-" + id) }
    return id
  }

  // MARK: - Tables

  static func readTable(
    _ rows: [(SourceDocument.Row, TableReader.Mapping)], into plan: inout DraftPlan, names: inout PartyNames
  ) {
    var usedItems: Set<String> = []
    var nextSuffix: [String: Int] = [:]
    var usedSections: Set<String> = []
    var section: String?
    var unnumbered = 0
    for (row, mapping) in rows {
      func cell(_ column: TableReader.Column) -> String {
        guard let position = mapping.columns[column], position < row.cells.count else { return "" }
        return row.cells[position].withoutMarkup.trimmed
      }
      let others = mapping.columns.filter { $0.key != .number }.values.filter { $0 < row.cells.count }
      // A heading written into the number cell with the rest of the row empty: «1. Организационные
      // мероприятия», or a label such as «Задачи:» (skipped).
      let headingInNumberCell =
        !row.isMerged && row.cells.count > 1 && cell(.number).contains(where: \.isLetter)
        && others.allSatisfy { row.cells[$0].trimmed.isEmpty }
      if headingInNumberCell, cell(.number).hasSuffix(":") { continue }
      let wholeRow = row.isMerged || row.cells.count == 1 || headingInNumberCell
      let title = wholeRow ? (row.cells.first?.withoutMarkup.trimmed ?? "") : cell(.title)
      let number = wholeRow ? "" : cell(.number)
      let due = cell(.due)
      let owners = cell(.owner)
      let levels = number.split(separator: ".").filter { !$0.isEmpty }.count
      let numbered = number.isEmpty || leadingNumber(number) != nil
      if wholeRow || (due.isEmpty && owners.isEmpty && levels <= 1 && numbered) {
        guard !title.isEmpty || !number.isEmpty else { continue }
        let heading = title.isEmpty ? number : title
        let printed = number.isEmpty ? leadingNumber(heading) : number
        var id = printed.map(identifier) ?? "S\(usedSections.count + 1)"
        if id.isEmpty || usedSections.contains(id) { id = "S\(usedSections.count + 1)" }
        usedSections.insert(id)
        section = id
        let number = number.isEmpty ? nil : number
        plan.entries.append(.section(.init(id: id, title: number == nil ? heading : title, number: number ?? printed)))
        continue
      }
      var doubts: [String] = []
      var id = identifier(number)
      if id.isEmpty {
        unnumbered += 1
        id = "\(section ?? "row")-\(unnumbered)"
        doubts.append("the row has no number; the id is made up")
      }
      if usedItems.contains(id), let section {
        id = "\(section)-\(id)"
      }
      if usedItems.contains(id) {
        // A counter per id keeps a table that repeats one number many times linear.
        let base = id
        var suffix = nextSuffix[base] ?? 2
        while usedItems.contains("\(base)-\(suffix)") { suffix += 1 }
        id = "\(base)-\(suffix)"
        nextSuffix[base] = suffix + 1
        doubts.append("the number «\(number)» is used before; the id is made unique")
      }
      usedItems.insert(id)
      if title.isEmpty { doubts.append("the row has no text in the «мероприятие» column") }
      var codes: [String] = []
      for owner in PartyNames.split(owners) {
        let code = names.code(for: owner)
        if !codes.contains(code) { codes.append(code) }
        if owner.split(separator: " ").count > 8 {
          names.doubt("could not tell whether «\(owner)» is one executor or several; split it by hand", code: code)
        }
      }
      if codes.isEmpty {
        codes = [names.code(for: unnamedExecutor)]
        doubts.append("the row names no executor («ответственные» is empty); name one")
      }
      if due.isEmpty { doubts.append("the row has no deadline («срок» is empty)") }
      plan.entries.append(
        .item(
          .init(
            id: id, number: number.isEmpty ? nil : number, title: title.isEmpty ? "(без текста)" : title,
            due: due.isEmpty ? "срок не указан" : due.replacingOccurrences(of: "\n", with: " ").trimmed, owners: codes,
            doubts: doubts)))
    }
  }

  /// «1. Финансовое обеспечение ГИА» → «1.»
  static func leadingNumber(_ text: String) -> String? {
    guard let range = text.range(of: #"^\d{1,3}(\.\d{1,3})*\.?"#, options: .regularExpression) else { return nil }
    return String(text[range])
  }

  /// An identifier from a printed number: «1.1.» → «1.1», «9.2» → «9.2»; other characters dropped.
  static func identifier(_ number: String) -> String {
    let kept = number.trimmed.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    return String(
      kept.drop { !($0.isLetter || $0.isNumber) }.reversed().drop { !($0.isLetter || $0.isNumber) }.reversed())
  }

  /// The party that stands for an executor the document does not name.
  static let unnamedExecutor = "исполнитель не указан"

  // MARK: - Resolutions

  static func readResolutions(
    _ resolutions: [ResolutionReader.Resolution], issuer: String?, into plan: inout DraftPlan,
    names: inout PartyNames
  ) {
    // The preamble ends at the first heading that has numbered paragraphs under it.
    guard
      let first = resolutions.firstIndex(where: { top in
        top.number.count == 1 && resolutions.contains { $0.number.count == 2 && $0.number[0] == top.number[0] }
      })
    else { return }
    var owner: String?
    for resolution in resolutions[first...] {
      if resolution.number.count == 1 {
        let id = String(resolution.number[0])
        let hasItems = resolutions.contains { $0.number.count == 2 && $0.number[0] == resolution.number[0] }
        plan.entries.append(
          .section(.init(id: id, title: resolution.text.collapsedSpaces, number: resolution.printedNumber)))
        if let addressee = ResolutionReader.addressee(resolution.text) {
          let name = ResolutionReader.nominative(addressee.name)
          owner = names.code(for: name)
          if name != addressee.name, let owner {
            names.doubt(
              "the order names this executor in the dative («\(addressee.name)»); check the name", code: owner)
          }
        } else {
          owner = nil
        }
        if !hasItems {
          appendResolution(resolution, id: id, owner: owner, issuer: issuer, into: &plan, names: &names)
        }
        continue
      }
      let id = resolution.number.map(String.init).joined(separator: ".")
      appendResolution(resolution, id: id, owner: owner, issuer: issuer, into: &plan, names: &names)
    }
  }

  static func appendResolution(
    _ resolution: ResolutionReader.Resolution, id: String, owner: String?, issuer: String?,
    into plan: inout DraftPlan, names: inout PartyNames
  ) {
    let (text, due) = DeadlineClause.split(resolution.full)
    var doubts: [String] = []
    var owners: [String] = []
    if let owner {
      owners = [owner]
    } else if let issuer {
      owners = [names.code(for: issuer)]
      doubts.append("the resolution names no executor; the issuer is assumed")
    } else {
      owners = [names.code(for: unnamedExecutor)]
      doubts.append("the resolution names no executor; name one")
    }
    if due == nil { doubts.append("no deadline clause found at the end of the resolution") }
    plan.entries.append(
      .item(
        .init(
          id: id, number: resolution.printedNumber, title: text.isEmpty ? resolution.full : text,
          due: due ?? "срок не указан", owners: owners, doubts: doubts)))
  }

  // MARK: - Period, deadlines, printing

  /// The period: the academic year the title and the deadlines name most often («в течение
  /// 2023-2024 учебного года»), else a calendar year in the title or another paragraph («на 2024
  /// год», as the appendix's title says), else the middle
  /// of the years the deadlines and the approval date name (marked as a guess).
  static func guessPeriod(
    _ plan: DraftPlan, title: String?, paragraphs: [String] = []
  ) -> (text: String, doubt: String?) {
    let title = title ?? plan.title
    var academic: [Int: Int] = [:]
    for text in plan.items.map(\.due) + [title] where text.contains("учебн") {
      for match in text.matches(of: /(\d{4})\s*[-–\/]\s*(\d{4})\s+учебн/) {
        if let first = Int(match.1), let second = Int(match.2), second == first + 1 { academic[first, default: 0] += 1 }
      }
    }
    if let best = academic.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
      return ("\(best.key)/\(best.key + 1)", nil)
    }
    for text in [title] + paragraphs where text.contains(" год") {
      if let match = text.firstMatch(of: /на\s+(\d{4})\s+год/) { return (String(match.1), nil) }
    }
    var years: [Int] = []
    for text in plan.items.map(\.due) + [plan.approved ?? ""] {
      for run in text.split(whereSeparator: { !$0.isNumber }) where run.count == 4 && run.hasPrefix("20") {
        if let year = Int(run) { years.append(year) }
      }
    }
    let sorted = years.sorted()
    let year = sorted.isEmpty ? Calendar.current.component(.year, from: Date()) : sorted[sorted.count / 2]
    return (String(year), "the period is a guess from the dates found; set it to the order's period")
  }

  /// Replaces each deadline Karta cannot read by `срок не указан`, keeping the phrase in a comment.
  static func markUnreadDeadlines(_ plan: inout DraftPlan, period: String?) -> Int {
    let context = DeadlineContext(
      period: period.flatMap { PlanPeriod(parsing: $0) } ?? PlanPeriod(parsing: "2024") ?? .calendarYear(2024),
      approved: plan.approved.flatMap { CivilDate(parsing: $0) })
    var unread = 0
    for index in plan.entries.indices {
      guard case .item(var item) = plan.entries[index] else { continue }
      guard DeadlineReader.read(item.due.collapsedSpaces, in: context).kind == .unknown else { continue }
      unread += 1
      item.doubts.append(
        "Karta cannot read the deadline «\(item.due.collapsedSpaces)»; write it in a form of docs/deadlines.md")
      item.due = "срок не указан"
      plan.entries[index] = .item(item)
    }
    return unread
  }

  static func print(_ plan: DraftPlan, language: KeywordLanguage, fileName: String) throws -> String {
    let path = ((fileName as NSString).deletingPathExtension) + ".plan"
    guard case .success(let source) = SourceFile.fromText(plan.text(), path: path) else {
      throw Failure(description: "the draft is not a plan's text; please report this with the document")
    }
    let (syntax, diagnostics) = Parser.parse(source)
    if let error = diagnostics.first(where: { $0.severity == .error }) {
      throw Failure(description: "the draft does not parse (\(error.message)); please report this with the document")
    }
    switch PlanFormatter(language: language).formatChecked(syntax) {
    case .success(let text): return text
    case .failure(let diagnostic): throw Failure(description: diagnostic.message)
    }
  }
}
