import KartaCheck
import KartaLanguage
import KartaPlan
import Testing

/// Status files as executors write them: Russian statuses and headings, ids Excel mangled,
/// every error of a record in one run, completion dates that cannot be right.
@Suite struct StatusLanguageTests {
  static let plan = """
    plan d-2024: План с номерами пунктов, похожими на даты
      approved: 01.02.2024
      period: 2024
    party MIN: Министерство
    item 1.2: Подготовка сметы
      owner: MIN
      due: до 1 марта 2024 года
    item 8.10: Мониторинг
      owner: MIN
      due: до 1 апреля 2024 года
    item 3.1: Отчет
      owner: MIN
      due: сентябрь
    """

  static func read(_ text: String, path: String = "s.csv") -> StatusSet {
    let loaded = PlanLoader.load(path: "d.plan", from: InMemorySources(["d.plan": plan]))
    return StatusSet.load(files: [(path, Array(text.utf8))], table: ObligationTable(plan: loaded.plan))
  }

  @Test(arguments: [
    ("выполнено", StatusValue.done), ("Выполнено", .done), ("исполнено", .done), ("В работе", .inProgress),
    ("в  работе", .inProgress), ("не начато", .notStarted), ("Не начато", .notStarted),
    ("выполнено частично", .partial), ("отменено", .cancelled), ("срок перенесён", .rescheduled),
    ("in-progress", .inProgress), ("IN_PROGRESS", .inProgress), ("Done", .done),
  ])
  func russianAndLooselyWrittenStatusesAreRead(_ text: String, expected: StatusValue) {
    #expect(StatusValue(reading: text) == expected)
  }

  /// A Russian misspelling is answered with the Russian name, as the Excel form's drop-down lists it.
  @Test func aMisspeltStatusSuggestsTheNameInItsOwnLanguage() {
    #expect(StatusValue(reading: "выполненно") == nil)
    #expect(StatusValue.closest(to: "выполненно") == "выполнено")
    #expect(StatusValue.closest(to: "in progres") == "in_progress")
  }

  @Test func russianHeadingsAndStatusesInCSVAreRead() {
    let text = """
      \u{FEFF}Формат;karta-status/1
      План;d-2024
      Исполнитель;MIN
      По состоянию на;15.04.2024
      Пункт;Объект;№ срока;Отметка об исполнении;Дата исполнения;Комментарий
      ="1.2";;;Выполнено;28.02.2024;в срок
      8.10;;;в работе;;
      """
    let status = Self.read(text)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    #expect(status.records.compactMap(\.status).sorted { $0.rawValue < $1.rawValue } == [.done, .inProgress])
  }

  @Test func aCSVSavedFromTheExcelFormIsRead() {
    let text = """
      Формат;karta-status/1
      План;d-2024
      Исполнитель;MIN
      По состоянию на;15.04.2024
      Пункт;Субъект;Повтор;Мероприятие;Срок;Состояние;Дата исполнения;Информация об исполнении
      1.2;;;Подготовка сметы;до 1 марта;выполнено;28.02.2024;в срок
      """
    let status = Self.read(text)
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    #expect(status.records.compactMap(\.status) == [.done])
  }

  @Test func anIdExcelTurnedIntoADateIsNamedWithWhatHappened() {
    let text = """
      format;karta-status/1
      plan;d-2024
      reporter;MIN
      as_of;15.04.2024
      item;status
      01.фев;done
      08.окт;in_progress
      """
    let status = Self.read(text)
    let messages = status.diagnostics.map(\.message)
    #expect(
      messages == [
        "item '01.фев' is a date Excel made of the id '1.2'", "item '08.окт' is a date Excel made of the id '8.10'",
      ])
    #expect(status.diagnostics.map(\.notes.count) == [1, 0], "the advice is given once a file")
    #expect(
      status.diagnostics.first?.message(in: .russian) == "пункт '01.фев' — дата, в которую Excel превратил номер '1.2'")
    #expect(ExcelText.originalID(ofConverted: "44928") == "2.1")
  }

  @Test func everyErrorOfARecordIsReportedInOneRun() {
    let text = """
      {"format": "karta-status/1", "plan": "d-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-15",
       "records": [{"item": "1.22", "status": "finished", "completed": "31.02.2024"}]}
      """
    let ids = Self.read(text, path: "s.json").diagnostics.map(\.id)
    #expect(ids == [.unknownStatusItem, .unknownStatus, .invalidStatusDate])
  }

  @Test(arguments: [
    ("2024-04-20", "completed 20.04.2024, after the file's as_of date 15.04.2024"),
    ("2024-01-20", "completed 20.01.2024, before the plan was approved on 01.02.2024"),
    ("2023-09-20", "completed 20.09.2023, before the plan was approved on 01.02.2024"),
  ])
  func aCompletionDateThatCannotBeRightIsAWarning(_ completed: String, message: String) {
    let text = """
      {"format": "karta-status/1", "plan": "d-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-15",
       "records": [{"item": "8.10", "status": "done", "completed": "\(completed)"}]}
      """
    let status = Self.read(text, path: "s.json")
    #expect(status.diagnostics.map(\.message) == [message])
    #expect(status.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(status.records.count == 1, "the record is used")
  }

  @Test func workBeforeTheWindowOpensIsAWarning() {
    let text = """
      {"format": "karta-status/1", "plan": "d-2024", "reporter": {"party": "MIN"}, "as_of": "2024-10-15",
       "records": [{"item": "3.1", "status": "done", "completed": "2024-03-20"}]}
      """
    let status = Self.read(text, path: "s.json")
    #expect(
      status.diagnostics.map(\.message) == ["completed 20.03.2024, before the obligation's window opened on 01.09.2024"]
    )
  }
}

