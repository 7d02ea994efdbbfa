import Foundation
import KartaLanguage
import KartaOffice
import KartaPlan
import Testing

@testable import KartaImport

/// The same roadmap read from every format `karta import` takes, and the pieces of the importer
/// as examples.
@Suite struct ImportFormatTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func draft(_ text: String, format: SourceDocument.Format) throws -> LoadedPlan {
    let document = try SourceDocument.read(Array(text.utf8), format: format)
    let draft = try PlanImporter.draft(of: document, fileName: "doc.\(format.rawValue)", id: "doc")
    return PlanLoader.load(path: "/doc.plan", from: InMemorySources(["/doc.plan": draft.text]))
  }

  /// The Word fixtures (made from the seeds by scripts/make-import-fixtures.py) give the same drafts
  /// as the text renderings: the same items, numbers, owners and deadlines.
  @Test(arguments: SeedAgreementTests.cases)
  func aWordDocumentGivesTheDraftOfItsText(_ seed: SeedAgreementTests.Seed) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("\(seed.plan).docx")))
    let fromWord = try PlanImporter.draft(of: SourceDocument.read(bytes, format: .docx), fileName: seed.file)
    let (fromText, _) = try SeedAgreementTests.draft(seed)
    #expect(fromWord.items == fromText.items)
    #expect(fromWord.source == seed.source)
    let load = { (text: String) in PlanLoader.load(path: "/p.plan", from: InMemorySources(["/p.plan": text])).plan }
    let word = load(fromWord.text).items
    let text = load(fromText.text).items
    #expect(word.map(\.id) == text.map(\.id))
    #expect(word.map(\.owners) == text.map(\.owners))
    #expect(word.map { $0.due?.text } == text.map { $0.due?.text })
  }

  @Test func aVerticallyMergedOwnerCellOwnsEveryRowItSpans() throws {
    let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("vertical-merge.docx")))
    let draft = try PlanImporter.draft(of: SourceDocument.read(bytes, format: .docx), fileName: "v.docx")
    let plan = PlanLoader.load(path: "/v.plan", from: InMemorySources(["/v.plan": draft.text])).plan
    #expect(plan.items.map(\.id) == ["1.1", "1.2", "1.3"])
    #expect(plan.items.allSatisfy { $0.owners == ["OO"] })
    #expect(plan.parties.map(\.name) == ["Отдел образования"])
  }

  @Test func aWebPageWithMergedRowsAndLineBreaks() throws {
    let html = """
      <html><head><meta charset="utf-8"><title>x</title><style>p {}</style></head><body>
      <p class=MsoNormal>ПРИКАЗ</p><p>15.03.2024 № 55-247</p>
      <p>Об утверждении плана мероприятий на 2024 год</p>
      <table border=1>
      <tr><td>№ п/п</td><td>Наименование мероприятия</td><td>Срок исполнения</td><td>Ответственный исполнитель</td></tr>
      <tr><td colspan=4><b>1. Организационные&nbsp;мероприятия</b></td></tr>
      <tr><td>1.1.</td><td>Совещание<br>с руководителями</td><td>до 1 апреля<br>2024 года</td>
      <td>Отдел образования, ОО</td></tr>
      <tr><td>1.2.</td><td>Мониторинг &laquo;ВПР&raquo;</td><td>май</td><td>Отдел образования</td></tr>
      </table></body></html>
      """
    let loaded = try Self.draft(html, format: .html)
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let plan = loaded.plan
    #expect(plan.sections.map(\.id) == ["1"])
    #expect(plan.items.map(\.id) == ["1.1", "1.2"])
    #expect(plan.items[0].title == "Совещание\nс руководителями")
    #expect(plan.items[0].due?.text == "до 1 апреля 2024 года")
    #expect(plan.items[0].owners.count == 2)
    #expect(plan.items[1].title == "Мониторинг «ВПР»")
    #expect(plan.header?.document == "Приказ от 15.03.2024 № 55-247")
    #expect(plan.header?.period.map { "\($0)" } == "2024")
  }

  @Test func aWebPageSavedInWindows1251() throws {
    let html = """
      <html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head><body>
      <table><tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Ответственные</td></tr>
      <tr><td>1.</td><td>Совещание</td><td>до 1 апреля 2024 года</td><td>Отдел образования</td></tr></table>
      </body></html>
      """
    let bytes = try #require(html.data(using: .windowsCP1251))
    let document = try SourceDocument.read([UInt8](bytes), format: .html)
    let draft = try PlanImporter.draft(of: document, fileName: "cp1251.htm", id: "w")
    #expect(draft.text.contains("мероприятие 1: Совещание"))
    #expect(draft.text.contains("исполнитель OO: Отдел образования"))
  }

  @Test func aTableSavedFromExcel() throws {
    let csv = """
      №;Мероприятие;Срок;Ответственные;Результат
      1;Совещание;"март-апрель
      2024 года";"УО, ОУ";протокол
      2;Семинар;ежеквартально;УО;
      3;Отчёт;когда-нибудь;;
      """
    let document = try SourceDocument.read(Array(csv.utf8), format: .csv)
    let draft = try PlanImporter.draft(of: document, fileName: "t.csv")
    #expect(draft.items == 3)
    #expect(draft.unreadDeadlines == 1)
    #expect(draft.text.contains("# karta import: Karta cannot read the deadline «когда-нибудь»"))
    #expect(draft.text.contains("# karta import: the row names no executor"))
    let plan = PlanLoader.load(path: "/t.plan", from: InMemorySources(["/t.plan": draft.text])).plan
    #expect(plan.items[0].due?.text == "март-апрель 2024 года")
    #expect(plan.items[2].due?.text == "срок не указан")
  }

  @Test func englishKeywordsOnRequest() throws {
    let document = SourceDocument(blocks: [
      .table([
        .init(cells: ["№", "Мероприятие", "Срок", "Ответственные"]),
        .init(cells: ["1.", "Семинар", "март 2024 года", "УО"]),
      ])
    ])
    let draft = try PlanImporter.draft(of: document, fileName: "x.txt", id: "x", language: .english)
    #expect(draft.text.contains("item 1: Семинар"))
    #expect(draft.text.contains("  owner: UO\n"))
    let russian = try PlanImporter.draft(of: document, fileName: "x.txt", id: "x")
    #expect(russian.text.contains("мероприятие 1: Семинар"))
  }

  @Test func restartedNumberingStaysUnique() throws {
    let document = SourceDocument(blocks: [
      .table([
        .init(cells: ["№", "Мероприятие", "Срок", "Ответственные"]),
        .init(cells: ["Раздел 1. Организация"], isMerged: true),
        .init(cells: ["1.", "Совещание", "март", "УО"]),
        .init(cells: ["Раздел 2. Контроль"], isMerged: true),
        .init(cells: ["1.", "Мониторинг", "апрель", "УО"]),
      ])
    ])
    let draft = try PlanImporter.draft(of: document, fileName: "r.txt", id: "r")
    let plan = PlanLoader.load(path: "/r.plan", from: InMemorySources(["/r.plan": draft.text])).plan
    #expect(plan.items.map(\.id) == ["1", "S2-1"])
    #expect(plan.items.map(\.number) == ["1.", "1."])
  }

  @Test func aDocumentWithoutARoadmapIsAClearFailure() {
    let document = SourceDocument(text: "Просто письмо.\nБез таблицы.\n")
    #expect(throws: PlanImporter.Failure.self) { try PlanImporter.draft(of: document, fileName: "l.txt") }
  }
}

/// The deadline clause at the end of a resolution, as the seed orders write it.
@Suite struct DeadlineClauseTests {
  static let examples: [(String, String, String?)] = [
    ("Обеспечить проведение ГИА, срок – постоянно.", "Обеспечить проведение ГИА", "постоянно"),
    ("Подготовить смету – *в срок до 01.03.2004 года*", "Подготовить смету", "в срок до 01.03.2004 года"),
    ("Обучить организаторов – в срок до 01.05.2024г.", "Обучить организаторов", "в срок до 01.05.2024г."),
    ("Организовать участие ППЭ, - по плану Рособрнадзора.", "Организовать участие ППЭ", "по плану Рособрнадзора"),
    ("Проводить мониторинг. Срок –ежегодно.", "Проводить мониторинг.", "ежегодно"),
    ("Списки представить в срок **до 01.02.2024г.**", "Списки представить", "в срок до 01.02.2024г."),
    ("Анализ разместить на сайте, *срок – 01.03.2024.*", "Анализ разместить на сайте", "01.03.2024"),
    ("Провести работу – в течение 2023-2024 учебного года.", "Провести работу", "в течение 2023-2024 учебного года"),
    (
      "Уделить внимание обучающимся с ОВЗ, *срок в течение 2023-2024 учебного года.*",
      "Уделить внимание обучающимся с ОВЗ", "в течение 2023-2024 учебного года"
    ),
    (
      "Учесть рекомендации рефлексивно – обобщающего этапа.", "Учесть рекомендации рефлексивно – обобщающего этапа.",
      nil
    ),
    ("Соблюдать сроки представления отчётов.", "Соблюдать сроки представления отчётов.", nil),
  ]

  @Test(arguments: examples)
  func theClauseIsSplitOff(_ example: (String, String, String?)) {
    let (text, due) = DeadlineClause.split(example.0)
    #expect(text == example.1)
    #expect(due == example.2)
  }

  @Test func partyCodesAreReadableAndStable() {
    #expect(PartyNames.code("УО АКМО") == "UO-AKMO")
    #expect(PartyNames.code("Клименченко Е.Н.") == "KLIMENCHENKO")
    #expect(PartyNames.code("центр развития образования") == "TSRO")
    var names = PartyNames()
    let first = names.code(for: "Руководители ОУ")
    #expect(names.code(for: "руководители  ОУ,") == first)
    #expect(names.parties.count == 1)
    #expect(names.parties[0].spellings.count == 2)
    #expect(
      PartyNames.split("Клименченко Е.Н., МОУО, ОО (контроль МОУО, ОО)") == [
        "Клименченко Е.Н.", "МОУО", "ОО (контроль МОУО, ОО)",
      ])
  }
}

/// Names as the importer writes them: proper names keep their capitals, executors their words.
@Suite struct ImportNamingTests {
  @Test(arguments: [
    ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ИРКУТСКОЙ ОБЛАСТИ", "Министерство образования Иркутской области"),
    ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ", "Министерство образования Тверской области"),
    ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА «ЗАРЕЧНЫЙ»", "Администрация муниципального района «Заречный»"),
    ("Управление образования", "Управление образования"),
  ])
  func headerCapitalsAreNormalButProperNamesStay(text: String, expected: String) {
    #expect(DocumentHeader.normalCase(text) == expected)
  }

  @Test(arguments: [
    ("управлению образования", "управление образования"),
    ("школам", "школы"),
    ("организациям", "организации"),
    ("учреждениям образования", "учреждения образования"),
    ("библиотекам", "библиотеки"),
    ("районному методическому кабинету", "районному методическому кабинету"),
    ("Управлению образования", "Управлению образования"),
  ])
  func aDativeExecutorBecomesNominativeOnlyWhenTheEndingTellsHow(dative: String, expected: String) {
    #expect(ResolutionReader.nominative(dative) == expected)
  }
}
