import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule

/// A small plan that has one item for each kind of deadline, a fan-out, a target and a report.
enum CheckFixture {
  static let plan = """
    plan t-2024: Тестовый план
      approved: 01.02.2024
      period: 2024
      timezone: Europe/Moscow
    subjects municipality: МО
      member a: Ангарск
      member b: Братск
    event exam: Экзамен
      dates: 23.05.2024..01.07.2024
    party MIN: Министерство
    party MOUO: Муниципальный орган управления образованием
      each: municipality
    section S1: Раздел 1
    item 1: Подготовка сметы
      owner: MIN
      due: до 1 марта 2024 года
    item 2: Мониторинг
      owner: MIN
      due: до 1 апреля 2024 года, до 1 июня 2024 года
    item 3: Списки организаторов
      owner: MOUO
      due: до 15 марта 2024 года
      target organizers: не менее 25 человек
    item 4: Разъяснительная работа
      owner: MIN
      due: постоянно
    item 5: Выездное совещание
      owner: MIN
      due: По согласованию
    item 6: Контроль видеонаблюдения
      owner: MIN
      due: В соответствии с расписанием экзаменов
      on: exam
    item 7: Апробации
      owner: MIN
      due: По графику Рособрнадзора
    item 8: Отчет о готовности
      owner: MIN
      due: до 25 апреля 2024 года
    report R1: Информация о реализации
      from: MOUO
      to: MIN
      due: по состоянию на 31 марта 2024 года до 10 апреля 2024 года
    """

  static func table() -> ObligationTable {
    let loaded = PlanLoader.load(path: "t.plan", from: InMemorySources(["t.plan": plan]))
    precondition(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    return ObligationTable(plan: loaded.plan)
  }

  /// A status file of party `party` (and subject), as of `asOf`, holding `records` (JSON objects).
  static func status(
    party: String = "MIN", subject: String? = nil, asOf: String = "2024-04-15", submitted: String? = nil,
    report: String? = nil, _ records: String...
  ) -> String {
    var reporter = "{\"party\": \"\(party)\""
    if let subject { reporter += ", \"subject\": \"\(subject)\"" }
    reporter += "}"
    return """
      {"format": "karta-status/1", "plan": "t-2024", "reporter": \(reporter),\(report.map { " \"report\": \"\($0)\"," } ?? "")
       "as_of": "\(asOf)", "submitted": "\(submitted ?? asOf)",
       "records": [\(records.joined(separator: ",\n"))]}
      """
  }

  static func load(_ files: [(String, String)]) -> (ObligationTable, StatusSet) {
    let table = table()
    return (table, StatusSet.load(files: files.map { ($0.0, Array($0.1.utf8)) }, table: table))
  }
}
