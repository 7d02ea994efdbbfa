import KartaLanguage
import Testing

@testable import KartaPlan

/// Malformed plans, each with the diagnostic it must produce marked where it must point (1️⃣).
@Suite struct MalformedPlanTests {
  static let header = "plan p: План\n  period: 2024\nparty MINOBR: Министерство\n"

  static let cases: [(String, DiagnosticID, [String: String])] = [
    (header + "1️⃣itme 1: Семинар\n", .unknownKeyword, [:]),
    (header + "1️⃣ПУНКТ 1: Семинар\n", .unknownKeyword, [:]),
    (header + "item 1: Семинар\n  1️⃣onwer: MINOBR\n  due: март\n", .unknownProperty, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  1️⃣срк: март\n", .unknownProperty, [:]),
    (header + "party OU: Школы\n  1️⃣owner: MINOBR\n", .unknownProperty, [:]),
    (header + "item 1: Семинар\n  1️⃣owner MINOBR\n  due: март\n", .missingColon, [:]),
    (header + "1️⃣party OU Школы\n", .missingColon, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  1️⃣due\n", .missingColon, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  due:1️⃣\n", .missingValue, [:]),
    (header + "item 1:1️⃣\n  owner: MINOBR\n  due: март\n", .missingValue, [:]),
    (header + "1️⃣item: Семинар\n  owner: MINOBR\n  due: март\n", .missingIdentifier, [:]),
    (header + "subjects s: Школы\n  1️⃣member: Школа № 1\n", .missingArgument, [:]),
    (header + "item 1: Семинар\n  owner 1️⃣MINOBR: MINOBR\n  due: март\n", .unexpectedArgument, [:]),
    (header + "1️⃣Проведение семинара\n", .unexpectedText, [:]),
    ("  1️⃣due: март\n" + header, .outsideBlock, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  due: март\n  1️⃣due: май\n", .duplicateProperty, [:]),
    (header + "include: 1️⃣../outside.plan\n", .includeOutsideTree, [:]),
    (header + "include: 1️⃣sub/../../outside.plan\n", .includeOutsideTree, [:]),
    (header + "include: a.plan\n", .includeCycle, ["a.plan": "include: b.plan\n", "b.plan": "include: 1️⃣a.plan\n"]),
    (header + "include: 1️⃣nowhere.plan\n", .includeUnreadable, [:]),
    (header + "include: a.plan\n", .includedPlanHeader, ["a.plan": "1️⃣plan q: Другой\n"]),
    (header + "party 1️⃣MINOBR: Ещё одно\n", .duplicateIdentifier, [:]),
    (header + "subjects a: А\n  member x: Икс\nsubjects b: Б\n  member 1️⃣x: Икс\n", .duplicateIdentifier, [:]),
    (header + "plan 1️⃣q: Второй\n", .duplicateHeader, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR, 1️⃣MINBOR\n  due: март\n", .unknownParty, [:]),
    // Columns count Unicode scalars: 'Е' + a combining diaeresis takes two.
    (header + "item 1: Семинар\n  owner: 1️⃣Е\u{308}X, 1️⃣NOPE\n  due: март\n", .unknownParty, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  for: 1️⃣angarsk\n  due: март\n", .unknownSubject, [:]),
    (header + "party MOUO: МОУО\n  each: 1️⃣municipality\n", .unknownSubjectList, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  due: по графику\n  on: 1️⃣gia\n", .unknownEvent, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  due: март\n  after: 1️⃣0\n", .unknownItem, [:]),
    (header + "section 1.1: Раздел\n  parent: 1️⃣1\n", .unknownSection, [:]),
    (
      header + "subjects s: Школы\n  member m1: Школа № 1\n"
        + "item 1: Семинар\n  owner: MINOBR\n  for: m1, 1️⃣m1\n  due: март\n",
      .repeatedName, [:]
    ),
    (header + "item 1: Семинар\n  owner: MINOBR\n  owner: 1️⃣MINOBR\n  due: март\n", .repeatedName, [:]),
    (
      header + "item 1: А\n  owner: MINOBR\n  due: март\nitem 2: Б\n  owner: MINOBR\n  due: май\n  after: 1, 1️⃣1\n",
      .repeatedName, [:]
    ),
    (
      header + "item 1: А\n  owner: MINOBR\n  due: март\namendment a: Изм.\n  changes: 1\n  owner: MINOBR;1️⃣MINOBR\n",
      .repeatedName, [:]
    ),
    (header + "item 1️⃣1: Семинар\n  due: март\n", .missingOwner, [:]),
    (header + "item 1️⃣1: Семинар\n  owner: MINOBR\n", .missingDue, [:]),
    (header + "report 1️⃣R1: Отчет\n  to: MINOBR\n  due: ежемесячно\n", .missingProperty, [:]),
    ("plan p: План\n  approved: 1️⃣30.02.2024\n", .invalidDate, [:]),
    ("plan p: План\n  period: 1️⃣2024-2026\n", .invalidPeriod, [:]),
    ("plan p: План\n  timezone: 1️⃣Moscow\n", .unknownTimeZone, [:]),
    (header + "item 1: Семинар\n  owner: MINOBR\n  due: март\n  target x: 1️⃣много\n", .invalidTarget, [:]),
    ("party MINOBR: Министерство\nitem 1️⃣1: Семинар\n  owner: MINOBR\n  due: март\n", .missingHeader, [:]),
  ]

  struct Case: CustomTestStringConvertible, Sendable {
    let source: String
    let id: DiagnosticID
    let includes: [String: String]
    var testDescription: String { "\(id) \(source.split(separator: "\n").last ?? "")" }
  }

  static let arguments = cases.map { Case(source: $0.0, id: $0.1, includes: $0.2) }

  @Test(arguments: arguments)
  func reportsTheProblemAtTheMarkedPlace(_ testCase: Case) throws {
    var files: [String: String] = [:]
    var expected: [LintPlace] = []
    for (path, text) in [("plan.plan", testCase.source)] + testCase.includes.map({ ($0.key, $0.value) }) {
      let (clean, positions) = MarkedText.parse(text)
      files[path] = clean
      expected += positions.map { LintPlace(file: path, position: $0) }
    }
    let loaded = PlanLoader.load(path: "plan.plan", from: InMemorySources(files))
    let found = loaded.diagnostics.filter { $0.id == testCase.id }
    #expect(
      found.map { LintPlace(file: $0.location.file, position: $0.location.range?.start) } == expected,
      "got: \(loaded.diagnostics.map { "\($0.id)@\($0.location.range?.start.description ?? "-")" })")
  }

  struct LintPlace: Hashable {
    var file: String
    var position: SourcePosition?
  }

  @Test func theCountOfMalformedCasesCoversTheLanguage() {
    #expect(Self.cases.count >= 30)
  }
}
