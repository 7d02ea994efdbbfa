import Foundation
import KartaPlan
import KartaTestSupport
import Testing

@testable import KartaReports

/// `karta diff` renderings against golden files, for an old and a new plan that differ in every kind
/// of change. `UPDATE_GOLDEN=1 swift test` rewrites the golden files; review the diff.
@Suite struct PlanDiffGoldenTests {
  static let old = """
    plan golden-2024: План | с «кавычками»
      document: Распоряжение № 1
      approved: 15.03.2024
      period: 2024
    subjects municipality: МО
      member a: Ангарск
      member b: Братск
      member c: Чуна
    subjects schools: Школы
      member s1: СОШ № 1
    party MIN: Министерство
    party CPM: Центр мониторинга
    party MOUO: МОУО
      each: municipality
    party OLD: Упразднённый отдел
    event ege: ЕГЭ
      dates: 23.05.2024..01.07.2024
    event oge: ОГЭ
      dates: 21.05.2024..02.07.2024
    event gve: ГВЭ
      dates: 01.06.2024
    section S1: Организационные мероприятия
      number: 1.
    item 1.1: Проведение собеседований с руководителями органов управления образованием
      number: 1.1.
      owner: MIN, CPM
      due: До 22 апреля 2024 года
      evidence: Протоколы
      note: По графику
    item 1.2: Выездные совещания с руководителями школ по вопросам качества
      number: 1.2.
      owner: MOUO
      due a: апрель 2024 года
      due b: ноябрь 2024 года
    item 1.3: Курсы повышения квалификации для управленческих команд школ
      number: 1.3.
      owner: CPM
      due: По согласованию
      for: a
      after: 1.1
    item 1.4: Семинар для заместителей директоров | старый
      owner: OLD
      due: Май 2024 года
    section S2: Мониторинги
      number: 2.
      goal: Объективность
    item 2.1: Мониторинг соблюдения порядка в пунктах проведения экзаменов
      number: 2.1.
      owner: MIN
      due: В соответствии с расписанием экзаменов
      on: ege
    item 2.2: Подготовка списков общественных наблюдателей
      number: 2.2.
      owner: MOUO
      due: До 15 мая
      target observers: не менее 25 человек
    section S3: Старый раздел
    report R1: Информация о ходе реализации
      from: MOUO
      to: MIN
      due: по состоянию на 30 июня 2024 года до 10 июля 2024 года
    report R2: Отчёт, который отменён
      from: MOUO
      due: ежемесячно
    amendment AM1: Изменение сроков
      dated: 01.04.2024
      changes: 1.1
      due: До 30 апреля 2024 года
    amendment AM2: Отменённое изменение
      changes: 1.2
      owner: MIN
    """

  static let new = """
    plan golden-2024: План | с «кавычками»
      document: Распоряжение № 1 (в редакции № 2)
      approved: 15.03.2024
      period: 2024
    subjects municipality: Муниципальные образования
      member a: Ангарск
      member b: Братский район
      member d: Осинский район
    subjects regions: Регионы
      member r1: Иркутская область
    party MIN: Министерство образования
    party CPM: Центр мониторинга
      note: ЦОПМКиМКО
    party MOUO: МОУО
      each: municipality
    party GEK: Члены ГЭК
    event ege: ЕГЭ
      dates: 23.05.2024..05.07.2024
    event oge: ОГЭ
      dates: 21.05.2024..02.07.2024
    event gia9-extra: ОГЭ, дополнительный период
      dates: 03.09.2024..24.09.2024
    section S1: Организационные мероприятия и координация
      number: 1.
    item 1.1: Проведение собеседований с руководителями органов управления образованием
      number: 1.1.
      owner: MIN, MOUO
      due: До 30 апреля 2024 года
      evidence: Протоколы собеседований
      note: По графику министерства
    item 1.2: Анкетирование родителей | новое
      number: 1.2.
      owner: MIN
      due: Май 2024 года
    item 1.3: Выездные совещания с руководителями школ по вопросам качества
      number: 1.3.
      owner: MOUO
      due a: апрель 2024 года
      due b: октябрь 2024 года
    item 1.4: Курсы повышения квалификации для управленческих команд общеобразовательных организаций
      number: 1.4.
      owner: CPM
      due: По согласованию
      for: a, b
      after: 1.1, 1.2
    section S2: Мониторинги
      number: 3.
      goal: Объективность оценочных процедур
    item 2.1: Мониторинг соблюдения порядка в пунктах проведения экзаменов
      number: 2.1.
      owner: MIN
      due: В соответствии с расписанием экзаменов
      on: oge
    item 2.2: Подготовка списков общественных наблюдателей
      number: 2.2.
      owner: MOUO
      due: До 15 мая
      target observers: не менее 30 человек
    section S4: Методическое сопровождение
    report R1: Информация о ходе реализации
      from: MOUO
      to: CPM
      due: по состоянию на 30 июня 2024 года до 15 июля 2024 года
    report R3: Отчёт о наблюдателях
      from: MOUO
      due: До 1 июня 2024 года
    amendment AM1: Изменение сроков
      dated: 02.04.2024
      changes: 1.1
      due: До 30 апреля 2024 года
    amendment AM3: Новое изменение
      changes: 2.2
      due: До 20 мая 2024 года
    """

  static func report() -> PlanDiffReport {
    let sources = InMemorySources(["old.plan": old, "new.plan": new])
    let before = PlanLoader.load(path: "old.plan", from: sources)
    let after = PlanLoader.load(path: "new.plan", from: sources)
    #expect(!before.diagnostics.containsErrors, "\(before.diagnostics.map(\.message))")
    #expect(!after.diagnostics.containsErrors, "\(after.diagnostics.map(\.message))")
    return PlanDiffReport(PlanDiff(old: before.plan, new: after.plan), old: "old.plan", new: "new.plan")
  }

  @Test func thePlansDifferInEveryKindOfChange() {
    let kinds = Set(Self.report().diff.changes.map(\.kind))
    #expect(kinds == Set(PlanChange.Kind.allCases), "missing: \(Set(PlanChange.Kind.allCases).subtracting(kinds))")
  }

  @Test(arguments: PlanDiffReport.formats)
  func renderingMatchesItsGoldenFile(_ format: String) throws {
    let output = try #require(Self.report().render(as: format))
    let name = "diff.\(format == "text" ? "txt" : format)"
    guard let expected = try GoldenFile.expected(name, output: output) else { return }
    if format == "json" {
      // JSON is compared structurally.
      #expect(try GoldenFile.sameJSON(output, expected))
    } else {
      #expect(output == expected)
    }
  }

  @Test func theSummaryCountsItems() {
    let summary = Self.report().diff.summary
    #expect(summary.itemsAdded == 1)
    #expect(summary.itemsRemoved == 1)
    #expect(summary.itemsMoved == 2)
    // 1.1, 1.3 (per-subject due), 1.4 (title, for, after), 2.1, 2.2.
    #expect(summary.itemsChanged == 5)
  }

  @Test func markdownEscapesTextFromThePlan() throws {
    let output = try #require(Self.report().render(as: "md"))
    #expect(output.contains("Анкетирование родителей \\| новое"))
    #expect(!output.contains("родителей | новое"))
  }

  @Test func anUnknownFormatIsRefused() {
    #expect(Self.report().render(as: "html") == nil)
  }
}
