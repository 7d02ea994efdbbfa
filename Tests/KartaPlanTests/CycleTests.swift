import KartaLanguage
import Testing

@testable import KartaPlan

/// Cycles through `after:` and `parent:` are reported once per tangle, named by its first member,
/// with the shortest way round: bounded output however many cycles a plan holds.
@Suite struct CycleTests {
  static let header = "plan p: План\n  period: 2024\nparty M: Министерство\n"

  private func cycles(_ text: String, _ id: DiagnosticID) -> [Diagnostic] {
    PlanLoader.load(path: "plan.plan", from: InMemorySources(["plan.plan": text])).diagnostics.filter { $0.id == id }
  }

  @Test func thousandsOfCyclesThroughOneItemAreOneFinding() {
    // Item i waits for i+1 and for 1: 3,000 cycles, all through item 1 (which also waits for itself).
    let count = 3_000
    var text = Self.header
    for index in 1...count {
      let after = index < count ? "\(index + 1), 1" : "1"
      text += "item \(index): Мероприятие \(index)\n  owner: M\n  due: март\n  after: \(after)\n"
    }
    let found = cycles(text, .dependencyCycle).sorted {
      ($0.location.range?.start.column ?? 0) < ($1.location.range?.start.column ?? 0)
    }
    // The tangle is named at item 1's link to item 2 ('after: 2, 1' on line 7), the
    // self-reference at its '1'.
    #expect(
      found.map(\.message) == [
        "item '1' leads back to itself through 'after:'", "item '1' names itself in 'after:'",
      ])
    #expect(found.map(\.notes) == [["after chain: 1 → 2 → 1"], ["after chain: 1 → 1"]])
    #expect(
      found.map { $0.location.range?.start } == [
        SourcePosition(line: 7, column: 10), SourcePosition(line: 7, column: 13),
      ])
  }

  @Test func aLongSectionCycleIsOneFindingWithItsMiddleLeftOut() {
    let count = 8_000
    var text = Self.header
    for index in 1...count { text += "section S\(index): Раздел\n  parent: S\(index < count ? index + 1 : 1)\n" }
    let found = cycles(text, .sectionCycle)
    #expect(found.count == 1)
    #expect(found.first?.message == "section 'S1' leads back to itself through 'parent:'")
    #expect(
      found.first?.notes == [
        "parent chain: S1 → S2 → S3 → S4 → S5 → S6 → … → S7996 → S7997 → S7998 → S7999 → S8000 → S1"
      ])
  }

  @Test func separateCyclesAreEachReported() {
    var text = Self.header
    for (id, after) in [("1", "2"), ("2", "1"), ("3", "4"), ("4", "5"), ("5", "3"), ("6", "1")] {
      text += "item \(id): Мероприятие\n  owner: M\n  due: март\n  after: \(after)\n"
    }
    let found = cycles(text, .dependencyCycle)
    #expect(found.map(\.notes) == [["after chain: 1 → 2 → 1"], ["after chain: 3 → 4 → 5 → 3"]])
  }
}
