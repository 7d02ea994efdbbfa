import KartaCheck
import KartaSchedule
import KartaTestSupport
import Testing

/// The report decides most states the quick way (`QuickStates`, day numbers and no notes); a row
/// is built by the full evaluation. For every obligation of generated status files, at several
/// dates, the two give the same state.
@Suite struct QuickStatesTests {
  @Test(arguments: 0..<100)
  func quickStatesAreTheFullEvaluations(_ seed: Int) throws {
    var random = SeededRandom(seed: seed)
    func pick<T>(_ choices: [T]) -> T { random.pick(choices) }
    let statuses = ["done", "in_progress", "not_started", "partial", "cancelled", "waived", "rescheduled", nil]
    func record(_ item: String, occurrence: Int? = nil) -> String? {
      var fields = [#""item": "\#(item)""#]
      if let occurrence { fields.append(#""occurrence": \#(occurrence)"#) }
      guard let status = pick(statuses) else { return pick([nil, "{" + fields.joined(separator: ", ") + "}"]) }
      fields.append(#""status": "\#(status)""#)
      if let completed = pick([nil, "2024-01-15", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-20", "2024-03-29", "2024-03-31", "2024-04-24", "2024-04-25", "2024-06-01"]) {
        fields.append(#""completed": "\#(completed)""#)
      }
      if status == "rescheduled" || pick([false, false, true]) {
        fields.append(#""new_due": "\#(pick(["2024-03-15", "2024-05-01", "2024-09-01"]))", "basis": "приказ""#)
      }
      if status == "waived" {
        fields.append(#""waiver": {"reason": "r", "approver": "a", "expires": "\#(pick(["2024-03-01", "2024-12-31"]))"}"#)
      }
      if item == "3" { fields.append(#""values": {"organizers": \#(pick([10, 25, 30]))}"#) }
      return "{" + fields.joined(separator: ", ") + "}"
    }
    let ministry = ["1", "2", "2", "4", "5", "6", "7", "8"].enumerated().compactMap { offset, item in
      record(item, occurrence: item == "2" ? (offset == 1 ? 1 : 2) : nil)
    }
    let municipality = [record("3"), record("R1")].compactMap { $0 }
    // A later file of the ministry's: its records replace the earlier ones.
    let later = [record("1"), record("8")].compactMap { $0 }
    let files = [
      ("min.json", CheckFixture.status(party: "MIN", asOf: pick(["2024-02-01", "2024-04-15"]), ministry.joined(separator: ",\n"))),
      (
        "a.json",
        CheckFixture.status(
          party: "MOUO", subject: "a", asOf: pick(["2024-04-05", "2024-04-15"]), municipality.joined(separator: ",\n"))
      ),
      (
        "b.json",
        CheckFixture.status(
          party: "MOUO", subject: "b",
          record("3") ?? #"{"item": "3", "status": "done", "completed": "2024-03-01", "values": {"organizers": 10}}"#)
      ),
      ("min-later.json", CheckFixture.status(party: "MIN", asOf: "2024-04-18", later.joined(separator: ",\n"))),
    ]
    let (table, status) = CheckFixture.load(files)
    #expect(status.errorCount == 0, "\(status.diagnostics.map(\.message))")
    for asOf in ["2024-01-10", "2024-03-01", "2024-04-20", "2024-07-15"] {
      let date = try #require(CivilDate(parsing: asOf))
      let report = ComplianceReport(table: table, status: status, asOf: date)
      for index in 0..<table.count {
        #expect(report.state(of: index) == report.row(index).state, "obligation \(index) as of \(asOf)")
      }
    }
  }
}
