import Foundation
import KartaLanguage
import Testing

@testable import KartaPlan

/// `PlanDiff` on one small plan and variants of it, each with one kind of change: the exact changes
/// found, written as `kind id field: old → new +[added] −[removed]`.
@Suite struct PlanDiffTests {
  static let base = """
    plan base-2024: План мероприятий по повышению качества образования
      document: Распоряжение № 1 от 15 марта 2024 года
      approved: 15.03.2024
      period: 2024
      timezone: Asia/Irkutsk
    subjects municipality: Муниципальные образования
      member a: Ангарский городской округ
      member b: Братский район
    party MIN: Министерство образования
    party CPM: Центр мониторинга
    party MOUO: Муниципальный орган управления образованием
      each: municipality
    event ege: ЕГЭ 2024, основной период
      dates: 23.05.2024..01.07.2024
    event oge: ОГЭ 2024, основной период
      dates: 21.05.2024..02.07.2024
    section S1: Организационные мероприятия
      number: 1.
    item 1.1: Проведение индивидуальных собеседований с руководителями муниципальных органов управления образованием
      number: 1.1.
      owner: MIN, CPM
      due: До 22 апреля 2024 года
      evidence: Протоколы собеседований
      note: По графику министерства
    item 1.2: Выездные совещания с руководителями образовательных организаций по вопросам качества образования
      number: 1.2.
      owner: MIN, MOUO
      due a: апрель 2024 года
      due b: ноябрь 2024 года
    item 1.3: Курсы повышения квалификации для управленческих команд школ с низкими результатами
      number: 1.3.
      owner: CPM
      due: По согласованию
      for: a
      after: 1.1
    section S2: Мониторинги
      number: 2.
    item 2.1: Мониторинг соблюдения порядка проведения экзаменов в пунктах проведения экзаменов
      number: 2.1.
      owner: MIN
      due: В соответствии с расписанием экзаменов
      on: ege
    item 2.2: Подготовка списков общественных наблюдателей для пунктов проведения экзаменов
      number: 2.2.
      owner: MOUO
      due: До 15 мая
      target observers: не менее 25 человек
    report R1: Информация о ходе реализации плана
      from: MOUO
      to: MIN
      due: по состоянию на 30 июня 2024 года до 10 июля 2024 года

    """

  static func plan(_ text: String) -> Plan {
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": text]))
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    return loaded.plan
  }

  static func describe(_ change: PlanChange) -> String {
    var text = "\(change.kind.rawValue) \(change.id ?? "")"
    if let field = change.field { text += " \(field)" }
    if change.old != nil || change.new != nil { text += ": \(change.old ?? "∅") → \(change.new ?? "∅")" }
    if !change.added.isEmpty { text += " +[\(change.added.joined(separator: ", "))]" }
    if !change.removed.isEmpty { text += " −[\(change.removed.joined(separator: ", "))]" }
    return text
  }

  static func changes(from old: String, to new: String) -> [String] {
    PlanDiff(old: plan(old), new: plan(new)).changes.map(describe)
  }

  /// One variant of the base plan: replacements applied to its text, and the changes expected.
  struct Variant: CustomTestStringConvertible, Sendable {
    let name: String
    let replacements: [(String, String)]
    let expected: [String]
    /// Compare the variant with the base rather than the base with the variant (a removal).
    var reversed = false
    var testDescription: String { name }

    func apply(to text: String) -> String {
      replacements.reduce(text) { text, replacement in
        precondition(text.contains(replacement.0), "'\(replacement.0)' is not in the plan")
        return text.replacingOccurrences(of: replacement.0, with: replacement.1)
      }
    }
  }

  static let newItem = """
    item 2.3: Проведение тренировочных мероприятий
      owner: MIN
      due: До 1 мая 2024 года

    """

  static let variants: [Variant] = [
    Variant(
      name: "header document", replacements: [("Распоряжение № 1 от", "Распоряжение № 1-изм от")],
      expected: [
        "header-changed base-2024 document: Распоряжение № 1 от 15 марта 2024 года → "
          + "Распоряжение № 1-изм от 15 марта 2024 года"
      ]),
    Variant(
      name: "period: the same phrase read into other windows", replacements: [("period: 2024", "period: 2025")],
      expected: [
        "header-changed base-2024 period: 2024 → 2025",
        // The window of «До 22 апреля 2024 года» opened at the approval date, which is outside the new period.
        "windows-moved 1.1 due: До 22 апреля 2024 года → До 22 апреля 2024 года",
        "windows-moved 2.2 due: До 15 мая → До 15 мая",
      ]),
    Variant(
      name: "section renamed", replacements: [("section S2: Мониторинги", "section S2: Мониторинги и контроль")],
      expected: ["section-renamed S2 title: Мониторинги → Мониторинги и контроль"]),
    Variant(
      name: "section renumbered", replacements: [("section S2:", "section S3:"), ("  number: 2.\n", "  number: 3.\n")],
      expected: ["section-moved S3 id, number: S2 (№ 2.) → S3 (№ 3.)"]),
    Variant(
      name: "section added", replacements: [("report R1:", "section S3: Методическое сопровождение\nreport R1:")],
      expected: ["section-added S3: ∅ → Методическое сопровождение"]),
    Variant(
      name: "section removed", replacements: [("report R1:", "section S3: Методическое сопровождение\nreport R1:")],
      expected: ["section-removed S3: Методическое сопровождение → ∅"], reversed: true),
    Variant(
      name: "item added", replacements: [("report R1:", newItem + "report R1:")],
      expected: ["item-added 2.3: ∅ → Проведение тренировочных мероприятий"]),
    Variant(
      name: "item removed", replacements: [("report R1:", newItem + "report R1:")],
      expected: ["item-removed 2.3: Проведение тренировочных мероприятий → ∅"], reversed: true),
    Variant(
      name: "item renumbered", replacements: [("item 1.3:", "item 1.4:"), ("number: 1.3.", "number: 1.4.")],
      expected: ["item-moved 1.4 id, number: 1.3 (section S1, № 1.3.) → 1.4 (section S1, № 1.4.)"]),
    Variant(
      name: "renumbered with the references to it",
      replacements: [("item 1.1:", "item 1.0:"), ("number: 1.1.", "number: 1.0."), ("after: 1.1", "after: 1.0")],
      expected: ["item-moved 1.0 id, number: 1.1 (section S1, № 1.1.) → 1.0 (section S1, № 1.0.)"]),
    Variant(
      name: "title reworded",
      replacements: [("для управленческих команд школ", "для управленческих команд общеобразовательных организаций")],
      expected: [
        "title-changed 1.3 title: Курсы повышения квалификации для управленческих команд школ с низкими результатами"
          + " → Курсы повышения квалификации для управленческих команд общеобразовательных организаций с низкими"
          + " результатами"
      ]),
    Variant(
      name: "owners", replacements: [("owner: MIN, CPM", "owner: MIN, MOUO")],
      expected: ["owners-changed 1.1 owner +[MOUO] −[CPM]"]),
    Variant(
      name: "due phrase", replacements: [("До 22 апреля 2024 года", "До 30 апреля 2024 года")],
      expected: ["due-changed 1.1 due: До 22 апреля 2024 года → До 30 апреля 2024 года"]),
    Variant(
      name: "per-subject due", replacements: [("due b: ноябрь 2024 года", "due b: октябрь 2024 года")],
      expected: ["subject-due-changed 1.2 b: ноябрь 2024 года → октябрь 2024 года"]),
    Variant(
      name: "per-subject due removed", replacements: [("  due b: ноябрь 2024 года\n", "")],
      expected: ["subject-due-changed 1.2 b: ноябрь 2024 года → ∅"]),
    Variant(
      name: "for subjects", replacements: [("for: a", "for: a, b")], expected: ["subjects-changed 1.3 for +[b]"]),
    Variant(
      name: "event binding", replacements: [("on: ege", "on: oge")],
      expected: [
        "windows-moved 2.1 due: В соответствии с расписанием экзаменов → В соответствии с расписанием экзаменов",
        "item-event-changed 2.1 on: ege → oge",
      ]),
    Variant(
      name: "target", replacements: [("не менее 25 человек", "не менее 30 человек")],
      expected: ["targets-changed 2.2 target observers: не менее 25 человек → не менее 30 человек"]),
    Variant(
      name: "target added",
      replacements: [
        ("  target observers: не менее 25 человек", "  target observers: не менее 25 человек\n  target share: >= 40 %")
      ],
      expected: ["targets-changed 2.2 target +[share: >= 40 %]"]),
    Variant(
      name: "evidence", replacements: [("Протоколы собеседований", "Справка по итогам собеседований")],
      expected: ["evidence-changed 1.1 evidence +[Справка по итогам собеседований] −[Протоколы собеседований]"]),
    Variant(
      name: "dependencies", replacements: [("after: 1.1", "after: 1.2")],
      expected: ["dependencies-changed 1.3 after +[1.2] −[1.1]"]),
    Variant(
      name: "notes", replacements: [("По графику министерства", "По графику, утвержденному министерством")],
      expected: ["notes-changed 1.1 note +[По графику, утвержденному министерством] −[По графику министерства]"]),
    Variant(
      name: "report due", replacements: [("до 10 июля 2024 года", "до 15 июля 2024 года")],
      expected: [
        "report-changed R1 due +[по состоянию на 30 июня 2024 года до 15 июля 2024 года]"
          + " −[по состоянию на 30 июня 2024 года до 10 июля 2024 года]"
      ]),
    Variant(
      name: "report to", replacements: [("  to: MIN\n", "  to: CPM\n")],
      expected: ["report-changed R1 to: MIN → CPM"]),
    Variant(
      name: "report added",
      replacements: [
        (
          "до 10 июля 2024 года\n",
          "до 10 июля 2024 года\nreport R2: Отчет о наблюдателях\n  from: MOUO\n  due: ежемесячно\n"
        )
      ],
      expected: ["report-added R2: ∅ → Отчет о наблюдателях"]),
    Variant(
      name: "party added", replacements: [("party MIN:", "party GEK: Члены ГЭК\nparty MIN:")],
      expected: ["party-added GEK: ∅ → Члены ГЭК"]),
    Variant(
      name: "party removed", replacements: [("party MIN:", "party GEK: Члены ГЭК\nparty MIN:")],
      expected: ["party-removed GEK: Члены ГЭК → ∅"], reversed: true),
    Variant(
      name: "party renamed", replacements: [("Центр мониторинга\n", "Центр мониторинга качества образования\n")],
      expected: ["party-renamed CPM name: Центр мониторинга → Центр мониторинга качества образования"]),
    Variant(
      name: "subject renamed", replacements: [("member b: Братский район", "member b: МО «Братский район»")],
      expected: ["subject-renamed b name: Братский район → МО «Братский район»"]),
    Variant(
      name: "subject added",
      replacements: [("  member b: Братский район\n", "  member b: Братский район\n  member c: Чуна\n")],
      expected: ["subject-added c municipality: ∅ → Чуна"]),
    Variant(
      name: "subject list renamed", replacements: [("Муниципальные образования", "Муниципальные районы и округа")],
      expected: ["subject-list-renamed municipality name: Муниципальные образования → Муниципальные районы и округа"]),
    Variant(
      name: "event dates", replacements: [("23.05.2024..01.07.2024", "23.05.2024..05.07.2024")],
      expected: [
        "windows-moved 2.1 due: В соответствии с расписанием экзаменов → В соответствии с расписанием экзаменов",
        "event-changed ege dates +[23.05.2024..05.07.2024] −[23.05.2024..01.07.2024]",
      ]),
    Variant(
      name: "amendment added",
      replacements: [
        (
          "до 10 июля 2024 года\n",
          "до 10 июля 2024 года\namendment AM1: Изменения в план\n  dated: 01.04.2024\n  changes: 1.1\n"
            + "  due: До 30 апреля 2024 года\n"
        )
      ],
      expected: ["amendment-added AM1: ∅ → Изменения в план"]),
  ]

  @Test(arguments: variants)
  func eachKindOfChangeIsFoundExactly(_ variant: Variant) {
    let changed = variant.apply(to: Self.base)
    let found =
      variant.reversed ? Self.changes(from: changed, to: Self.base) : Self.changes(from: Self.base, to: changed)
    #expect(found == variant.expected)
  }

  @Test func anUnchangedCopyHasNoChanges() {
    let diff = PlanDiff(old: Self.plan(Self.base), new: Self.plan(Self.base))
    #expect(diff.isEmpty)
    #expect(
      diff.summary == PlanDiffSummary(itemsAdded: 0, itemsRemoved: 0, itemsChanged: 0, itemsMoved: 0, otherChanges: 0))
  }

  @Test func reformattingReorderingAndCommentsAreNoChange() {
    let reformatted = Self.base
      .replacingOccurrences(
        of: "  owner: MIN, CPM\n  due: До 22 апреля 2024 года\n",
        with: "\tdue:   До 22 апреля 2024 года\n  # the ministry first\n  owner: CPM,MIN\n"
      )
      .replacingOccurrences(of: "section S2:", with: "# Раздел 2\n\nsection S2:")
      .replacingOccurrences(of: "plan base-2024:", with: "# header\nplan base-2024:")
      .replacingOccurrences(
        of: "  period: 2024\n  timezone: Asia/Irkutsk\n", with: "  timezone: Asia/Irkutsk\n  period: 2024\n")
    #expect(reformatted != Self.base)
    #expect(Self.changes(from: Self.base, to: reformatted) == [])
  }

  @Test func aChangedDeadlineCarriesBothPhrasesWindowsAndLines() throws {
    let new = Self.base.replacingOccurrences(of: "До 22 апреля 2024 года", with: "До 30 апреля 2024 года")
    let change = try #require(PlanDiff(old: Self.plan(Self.base), new: Self.plan(new)).changes.first)
    #expect(change.kind == .dueChanged)
    #expect(change.oldWindows?.map(\.due.iso) == ["2024-04-22"])
    #expect(change.newWindows?.map(\.due.iso) == ["2024-04-30"])
    // 28–30.04.2024 are days off and Saturday 27.04.2024 a working day: the due date moves back to it.
    #expect(change.newWindows?.map(\.effectiveDue.iso) == ["2024-04-27"])
    let dueLine = Self.base.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("До 22 апреля") }.map { $0 + 1 }
    #expect(change.oldLine == dueLine)
    #expect(change.newLine == dueLine)
  }

  @Test func anItemMovedToAnotherSectionIsAMoveNotARemovalAndAnAddition() throws {
    let block = """
      item 1.3: Курсы повышения квалификации для управленческих команд школ с низкими результатами
        number: 1.3.
        owner: CPM
        due: По согласованию
        for: a
        after: 1.1

      """
    #expect(Self.base.contains(block))
    let moved = block.replacingOccurrences(of: "1.3", with: "2.3")
    let new = Self.base.replacingOccurrences(of: block, with: "")
      .replacingOccurrences(of: "report R1:", with: moved + "report R1:")
    let diff = PlanDiff(old: Self.plan(Self.base), new: Self.plan(new))
    #expect(
      diff.changes.map(Self.describe) == [
        "item-moved 2.3 id, number, section: 1.3 (section S1, № 1.3.) → 2.3 (section S2, № 2.3.)"
      ])
    #expect(diff.summary.itemsMoved == 1)
    #expect(diff.summary.itemsAdded == 0 && diff.summary.itemsRemoved == 0)
  }

  @Test func anInsertedRowShiftsTheNumbersOfTheRowsAfterIt() {
    // A new row 1.2 before the old 1.2 and 1.3, which become 1.3 and 1.4: one addition, two moves.
    let new = Self.base
      .replacingOccurrences(of: "item 1.3:", with: "item 1.4:").replacingOccurrences(
        of: "number: 1.3.", with: "number: 1.4."
      )
      .replacingOccurrences(of: "item 1.2:", with: "item 1.3:").replacingOccurrences(
        of: "number: 1.2.", with: "number: 1.3."
      )
      .replacingOccurrences(
        of: "item 1.3: Выездные",
        with:
          "item 1.2: Анкетирование родителей обучающихся\n  number: 1.2.\n  owner: MIN\n  due: Май 2024 года\n"
          + "item 1.3: Выездные"
      )
    #expect(
      Self.changes(from: Self.base, to: new) == [
        "item-added 1.2: ∅ → Анкетирование родителей обучающихся",
        "item-moved 1.3 id, number: 1.2 (section S1, № 1.2.) → 1.3 (section S1, № 1.3.)",
        "item-moved 1.4 id, number: 1.3 (section S1, № 1.3.) → 1.4 (section S1, № 1.4.)",
      ])
  }

  @Test func anInsertedRowLikeTheNextOneDoesNotTakeItsPlace() {
    // The new 2.2 shares most words with the old 2.2, which is now 2.3 word for word: the old row
    // must pair with its unchanged self under the new number, not with the look-alike under its
    // old number.
    let new = Self.base
      .replacingOccurrences(of: "item 2.2:", with: "item 2.3:").replacingOccurrences(
        of: "number: 2.2.", with: "number: 2.3."
      )
      .replacingOccurrences(
        of: "item 2.3: Подготовка",
        with:
          "item 2.2: Подготовка списков технических специалистов для пунктов проведения экзаменов\n"
          + "  number: 2.2.\n  owner: MIN\n  due: До 1 мая\n" + "item 2.3: Подготовка")
    #expect(
      Self.changes(from: Self.base, to: new) == [
        "item-added 2.2: ∅ → Подготовка списков технических специалистов для пунктов проведения экзаменов",
        "item-moved 2.3 id, number: 2.2 (section S2, № 2.2.) → 2.3 (section S2, № 2.3.)",
      ])
  }

  @Test func twelveRowsWithOneTitleRenumberedAreTwelveMoves() {
    func plan(_ prefix: String) -> String {
      var text = "plan p: T\n  period: 2024\n"
      for party in "ABCDEFGHIJKL" { text += "party \(party): Исполнитель \(party)\n" }
      for (number, party) in "ABCDEFGHIJKL".enumerated() {
        text += "item \(prefix)\(number + 1): Проведение мониторинга качества подготовки обучающихся\n"
        text += "  owner: \(party)\n  due: до \(number + 11) мая 2024 года\n"
      }
      return text
    }
    let diff = PlanDiff(old: Self.plan(plan("")), new: Self.plan(plan("A")))
    #expect(diff.summary.itemsMoved == 12)
    #expect(diff.summary.itemsAdded == 0 && diff.summary.itemsRemoved == 0 && diff.summary.itemsChanged == 0)
  }

  @Test func aPartyWhoseCodeIsRenamedStillOwnsItsItems() {
    let new = Self.base.replacingOccurrences(of: "MOUO", with: "MUNI")
    #expect(Self.changes(from: Self.base, to: new) == ["party-renamed MUNI code: MOUO → MUNI"])
  }

  @Test func aReportWhoseWindowsMovedNamesItsPhrase() throws {
    let yearless = Self.base.replacingOccurrences(
      of: "по состоянию на 30 июня 2024 года до 10 июля 2024 года", with: "по состоянию на 30 июня до 10 июля")
    let later = yearless.replacingOccurrences(of: "period: 2024", with: "period: 2025")
    let diff = PlanDiff(old: Self.plan(yearless), new: Self.plan(later))
    let report = try #require(diff.changes.first { $0.element == .report })
    #expect(report.kind == .windowsMoved)
    #expect(report.old == "по состоянию на 30 июня до 10 июля" && report.new == report.old)
  }

  @Test func aRemovedItemIsReportedWhereItStood() {
    let new = Self.base.replacingOccurrences(
      of:
        "item 1.2: Выездные совещания с руководителями образовательных организаций по вопросам качества образования\n"
        + "  number: 1.2.\n  owner: MIN, MOUO\n  due a: апрель 2024 года\n  due b: ноябрь 2024 года\n",
      with: "")
    let owners = new.replacingOccurrences(of: "owner: MIN, CPM", with: "owner: MIN")
    #expect(
      Self.changes(from: Self.base, to: owners) == [
        "owners-changed 1.1 owner −[CPM]",
        "item-removed 1.2: Выездные совещания с руководителями образовательных организаций по вопросам качества"
          + " образования → ∅",
      ])
  }

  @Test func titleLikenessComparesNormalisedWords() {
    #expect(TitleLikeness.likeness("Отчёт о работе", "отчет, о работе!") == 1)
    #expect(TitleLikeness.likeness("Курсы повышения", "Семинар для") == 0)
    #expect(abs(TitleLikeness.likeness("а б в г", "а б в д") - 0.6) < 1e-9)
  }

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func theIrkutskExcerptAgreesWithTheShippedPlan() throws {
    // Examples/irkutsk-amendment/irkutsk-001.plan copies rows 1–7 of Rules/irkutsk.plan: comparing them finds only
    // what the excerpt leaves out.
    let rules = PlanLoader.load(path: Self.repository.appendingPathComponent("Rules/irkutsk.plan").path)
    let excerpt = PlanLoader.load(
      path: Self.repository.appendingPathComponent("Examples/irkutsk-amendment/irkutsk-001.plan").path)
    #expect(!rules.diagnostics.containsErrors && !excerpt.diagnostics.containsErrors)
    let diff = PlanDiff(old: rules.plan, new: excerpt.plan)
    #expect(diff.changes.allSatisfy { $0.kind.rawValue.hasSuffix("-removed") }, "\(diff.changes.map(Self.describe))")
    #expect(
      !diff.changes.contains {
        $0.oldID.map { ["A1.1", "A1.2", "A1.3", "A1.4", "A1.5", "A1.6", "A1.7"].contains($0) } ?? false
      })
  }

  @Test func theTwoRenderingsOfTheIrkutskOrderDifferInRowsThreeToSeven() throws {
    let directory = Self.repository.appendingPathComponent("Examples/irkutsk-amendment")
    let noisier = PlanLoader.load(path: directory.appendingPathComponent("irkutsk-000.plan").path)
    let full = PlanLoader.load(path: directory.appendingPathComponent("irkutsk-001.plan").path)
    #expect(!noisier.diagnostics.containsErrors && !full.diagnostics.containsErrors)
    let items = PlanDiff(old: noisier.plan, new: full.plan).changes.filter { $0.element == .item }
    #expect(Set(items.compactMap(\.id)) == ["A1.3", "A1.4", "A1.5", "A1.6", "A1.7"])
    #expect(items.contains { $0.id == "A1.5" && $0.kind == .dueChanged && $0.new == "До 29 марта 2024 года" })
    #expect(items.contains { $0.id == "A1.7" && $0.kind == .itemAdded })
  }
}
