import KartaLanguage
import Testing

@testable import KartaPlan

@Suite struct PlanLoaderTests {
  static let header = "plan p: План\n  period: 2024\n  approved: 15.03.2024\n  timezone: Asia/Irkutsk\n"

  @Test func aSubjectNamedTwiceIsReportedWithBothPlacesAndMakesOneObligation() throws {
    let source = Self.header + """
      party MINOBR: Министерство
      subjects s: Школы
        member m1: Школа № 1
      item 1: Семинар
        owner: MINOBR
        for: m1, m1
        due: март
      """
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": source]))
    let repeats = loaded.diagnostics.filter { $0.id == .repeatedName }
    #expect(repeats.map(\.message) == ["'m1' is named twice in 'for:'"])
    #expect(repeats.first?.location.range?.start == SourcePosition(line: 10, column: 12))
    #expect(repeats.first?.notes == ["first named at p.plan:10:8; each name counts once, so remove this one"])
    #expect(loaded.plan.item("1")?.subjects == ["m1"])
  }

  @Test func resolvesTheModelWithIncludesAndFanOut() throws {
    let files = [
      "Rules/p.plan": Self.header + """
        include: subjects/m.plan
        party MINOBR: Министерство
        party MOUO: МОУО
          each: municipality
        section A1: Приложение 1
        item A1.1: Совещание
          number: 1.
          owner: MINOBR, MOUO
          due: Февраль 2024 года
          target organizers: не менее 25 человек
        item A1.2: Выезд
          owner: MINOBR
          due a: март
          due b: апрель
        item A1.3: Семинар
          owner: MINOBR
          for: b
          due: По согласованию
          after: A1.1
        """,
      "Rules/subjects/m.plan": "subjects municipality: МО\n  member a: Ангарск\n  member b: Саянск\n",
    ]
    let loaded = PlanLoader.load(path: "Rules/p.plan", from: InMemorySources(files))
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message))")
    let plan = loaded.plan
    #expect(plan.files == ["Rules/p.plan", "Rules/subjects/m.plan"])
    #expect(plan.header?.approved?.iso == "2024-03-15")
    #expect(plan.header?.period == .calendarYear(2024))
    let first = try #require(plan.item("A1.1"))
    #expect(first.section == "A1")
    #expect(first.number == "1.")
    #expect(first.targets == [try #require(Target(indicator: "organizers", parsing: "не менее 25 человек"))])
    #expect(first.targets.first?.comparison == .atLeast)
    #expect(first.targets.first?.value == 25)
    // What the obligation table fans out from (its fan-out is tested in KartaCheckTests/FanOutTests).
    #expect(first.owners == ["MINOBR", "MOUO"] && plan.party("MOUO")?.each == "municipality")
    #expect(try #require(plan.item("A1.2")).subjectDues.map(\.subject) == ["a", "b"])
    #expect(try #require(plan.item("A1.3")).subjects == ["b"])
    #expect(try #require(plan.item("A1.3")).dependencies == ["A1.1"])
  }

  @Test func aFileIncludedTwiceIsReadOnce() {
    let files = [
      "p.plan": Self.header + "include: a.plan\ninclude: b.plan\n",
      "a.plan": "include: c.plan\n", "b.plan": "include: c.plan\n", "c.plan": "party X: Икс\n",
    ]
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(files))
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.plan.parties.map(\.code) == ["X"])
  }

  @Test func aFileIncludingItselfIsACycle() {
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": Self.header + "include: ./p.plan\n"]))
    #expect(loaded.diagnostics.map(\.id) == [.includeCycle])
  }

  @Test func problemsInAnIncludedFileNameThatFile() {
    let files = ["p.plan": Self.header + "include: s/a.plan\n", "s/a.plan": "party X: Икс\n  onwer: y\n"]
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(files))
    #expect(loaded.diagnostics.map(\.location.file) == ["s/a.plan"])
  }

  @Test func unknownReferencesSuggestTheClosestName() {
    let source = Self.header + "party MINOBR: М\nitem 1: С\n  owner: MINBOR\n  due: март\n"
    let loaded = PlanLoader.load(path: "p.plan", from: InMemorySources(["p.plan": source]))
    #expect(loaded.diagnostics.map(\.message) == ["unknown party 'MINBOR'; did you mean 'MINOBR'?"])
    #expect(loaded.diagnostics.first?.suggestion == "MINOBR")
  }

  @Test(arguments: [
    ("Rules", "Rules/a.plan", true), ("Rules", "Rules/sub/a.plan", true), ("Rules", "a.plan", false),
    ("Rules", "Rules2/a.plan", false), (".", "a.plan", true), (".", "../a.plan", false), ("/r", "/r/x", true),
  ])
  func treeContainment(directory: String, path: String, inside: Bool) {
    #expect(PathArithmetic.isInside(path, directory: directory) == inside)
  }

  @Test func pathsNormaliseLexically() {
    #expect(PathArithmetic.join("Rules", "../x.plan") == "x.plan")
    #expect(PathArithmetic.join("Rules", "./sub//a.plan") == "Rules/sub/a.plan")
    #expect(PathArithmetic.join(".", "../../x") == "../../x")
    #expect(PathArithmetic.normalize("/a/../../b") == "/b")
  }
}
