/// The plan the feature tests open: a root file that includes a subject list and a calendar, with
/// Cyrillic text and an emoji (two UTF-16 units) before the names the tests point at.
enum Fixture {
  static let plan = """
    plan demo-2024: Демонстрационный план
      period: 2024
      approved: 15.01.2024

    include: subjects/towns.plan
    include: calendars/gia.plan

    party MINOBR: Министерство образования

    party MOUO: Муниципальный орган управления образованием
      each: towns

    section S1: Приложение 1

    item 1.1: Мониторинг 😀 готовности
      owner: MINOBR
      due: март-апрель 2024 года

    item 1.2: Совещания 😀 с руководителями
      owner: MOUO, MINOBR
      for: angarsk, sayansk
      due angarsk: май 2024 года
      due sayansk: до 15 июня 2024 года
      after: 1.1

    item 1.3: Контроль ППЭ
      owner: MINOBR
      due: В соответствии с расписанием экзаменов
      on: gia-main

    """

  static let towns = """
    subjects towns: Муниципальные образования
      member angarsk: Ангарский городской округ
      member sayansk: МО «город Саянск»

    """

  static let calendar = """
    event gia-main: Основной период ГИА
      dates: 23.05.2024..01.07.2024

    """

  static func folder() throws -> PlanFolder {
    try PlanFolder(["plan.plan": plan, "subjects/towns.plan": towns, "calendars/gia.plan": calendar])
  }

  /// The 0-based line of the first line of `text` that contains `needle`, and the UTF-16 offset
  /// of the needle in it.
  static func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, character: Int) {
    var seen = 0
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard let range = line.range(of: needle) else { continue }
      seen += 1
      if seen == occurrence { return (number, line[..<range.lowerBound].utf16.count) }
    }
    return (-1, -1)
  }
}
