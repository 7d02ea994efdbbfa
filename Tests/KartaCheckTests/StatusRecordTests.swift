import KartaCheck
import Testing

/// Where a record comes from is a field of its own, not a pattern of sentinel values.
@Suite struct StatusRecordTests {
  @Test func theOriginFitsInTheRecordsPadding() {
    // Seven 32-bit fields (dates, file, offset, details, line, column) and two one-byte ones
    // (status, origin): the origin costs nothing in an array of 11 million records.
    #expect(MemoryLayout<StatusRecord>.stride == 32)
  }

  @Test func aReportFileIsASubmissionAndAStatusLineIsNot() throws {
    let (table, status) = CheckFixture.load([
      (
        "min.json",
        CheckFixture.status(asOf: "2024-04-05", #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#)
      ),
      ("a.json", CheckFixture.status(party: "MOUO", subject: "a", asOf: "2024-04-05", report: "R1")),
    ])
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    let reportGroup = try #require(table.reportGroup["R1"])
    var origins: [Bool: Set<StatusRecord.Origin>] = [:]
    for index in 0..<table.count {
      guard let record = status.record(of: index) else { continue }
      origins[table.groupIndex(of: index) == reportGroup, default: []].insert(record.origin)
    }
    #expect(origins[true] == [.reportSubmission])
    #expect(origins[false] == [.statusFile])
  }
}
