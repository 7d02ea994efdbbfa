import KartaCheck
import KartaPlan
import Testing

/// Which subjects an item becomes obligations for: those `for:` names, else those with a deadline
/// each, else every member of the list its owner stands for; one obligation otherwise.
@Suite struct FanOutTests {
  static let plan = """
    plan p: План
      period: 2024
    subjects m: МО
      member a: Ангарск
      member b: Братск
      member c: Черемхово
    party MIN: Министерство
    party MOUO: МОУО
      each: m
    item each: Совещание
      owner: MIN, MOUO
      due: март
    item dues: Выезд
      owner: MIN
      due a: март
      due c: апрель
    item named: Семинар
      owner: MOUO
      for: c, a
      due: май
    item one: Смета
      owner: MIN
      due: май
    item repeated: Проверка
      owner: MIN
      for: b, b
      due: май
    """

  @Test(arguments: [
    ("each", ["a", "b", "c"]), ("dues", ["a", "c"]), ("named", ["c", "a"]), ("one", []), ("repeated", ["b"]),
  ])
  func anItemFansOutToItsSubjects(_ id: String, subjects: [String]) throws {
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": Self.plan]))
    let table = ObligationTable(plan: loaded.plan)
    let group = table.groups[try #require(table.itemGroup[id])]
    let fannedOut = (0..<table.subjectCount(group)).compactMap { table.subject(of: group, at: $0) }
    #expect(fannedOut.map { table.subjects[Int($0)].id } == subjects)
  }
}
