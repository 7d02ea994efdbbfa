import KartaCheck
import KartaLanguage
import Testing

/// Bad status files: each must give its diagnostic at the marked place (1️⃣), never a crash.
@Suite struct StatusReaderTests {
  static let head =
    #"{"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-15", "records": ["#

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let id: DiagnosticID
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "missing comma", text: head + #"{"item": "1" 1️⃣"status": "done"}]}"#, id: .invalidJSON),
    Case(name: "truncated", text: head + #"{"item": "1", "status": 1️⃣"do"#, id: .invalidJSON),
    Case(name: "wrong type", text: head + #"{"item": "1", "status": 1️⃣5}]}"#, id: .wrongType),
    Case(
      name: "records not an array",
      text:
        #"{"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-15", "records": 1️⃣{}}"#,
      id: .wrongType),
    Case(name: "unknown item", text: head + #"{"item": 1️⃣"1.33", "status": "done"}]}"#, id: .unknownStatusItem),
    Case(
      name: "unknown subject", text: head + #"{"item": "3", "subject": 1️⃣"z", "status": "done"}]}"#,
      id: .unknownStatusSubject),
    Case(
      name: "subject on an item that does not fan out",
      text: head + #"{"item": "1", "subject": 1️⃣"a", "status": "done"}]}"#, id: .unknownStatusSubject),
    Case(
      name: "occurrence that does not exist", text: head + #"{"item": "2", "occurrence": 1️⃣3, "status": "done"}]}"#,
      id: .unknownOccurrence),
    Case(
      name: "occurrence missing on a two-window item", text: head + #"{"item": 1️⃣"2", "status": "done"}]}"#,
      id: .missingField),
    Case(
      name: "subject missing on a fan-out item", text: head + #"{"item": 1️⃣"3", "status": "done"}]}"#, id: .missingField),
    Case(
      name: "impossible date", text: head + #"{"item": "1", "status": "done", "completed": 1️⃣"31.02.2024"}]}"#,
      id: .invalidStatusDate),
    Case(name: "status outside the list", text: head + #"{"item": "1", "status": 1️⃣"finished"}]}"#, id: .unknownStatus),
    Case(
      name: "waiver without expiry",
      text: head + #"{"item": "1", "status": "waived", "waiver": 1️⃣{"reason": "x", "approver": "y"}}]}"#,
      id: .incompleteWaiver),
    Case(name: "waiver missing", text: head + #"{"item": "1", "status": 1️⃣"waived"}]}"#, id: .incompleteWaiver),
    Case(
      name: "reschedule without basis",
      text: head + #"{"item": "1", "status": 1️⃣"rescheduled", "new_due": "2024-05-01"}]}"#, id: .incompleteReschedule),
    Case(name: "unknown field", text: head + #"{"item": "1", 1️⃣"staus": "done"}]}"#, id: .unknownField),
    Case(name: "record without item", text: head + #"1️⃣{"status": "done"}]}"#, id: .missingField),
    Case(
      name: "wrong format",
      text:
        #"{"format": 1️⃣"karta-status/2", "plan": "t-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-15", "records": []}"#,
      id: .wrongFormat),
    Case(
      name: "another plan",
      text:
        #"{"format": "karta-status/1", "plan": 1️⃣"irkutsk-2024", "reporter": {"party": "MIN"}, "as_of": "2024-04-15", "records": []}"#,
      id: .wrongPlan),
    Case(
      name: "unknown party",
      text:
        #"{"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": 1️⃣"MNI"}, "as_of": "2024-04-15", "records": []}"#,
      id: .unknownReporter),
    Case(
      name: "fan-out party without subject",
      text:
        #"{"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": 1️⃣"MOUO"}, "as_of": "2024-04-15", "records": []}"#,
      id: .missingField),
    Case(name: "not an object", text: #"1️⃣["karta-status/1"]"#, id: .wrongType),
    Case(
      name: "empty as_of",
      text:
        #"{"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "MIN"}, "as_of": 1️⃣"", "records": []}"#,
      id: .missingField),
    Case(
      name: "CSV with a byte-order mark",
      text: "1️⃣\u{FEFF}formt;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\nitem;status\n",
      id: .unknownField),
    Case(
      name: "CSV quote never closed",
      text:
        "format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\nitem;status;comment\n1;done;1️⃣\"не закрыто\n",
      id: .invalidCSV),
    Case(
      name: "CSV without header row", text: "1️⃣format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\n",
      id: .invalidCSV),
    Case(
      name: "CSV unknown column",
      text: "format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\nitem;1️⃣stauts\n1;done\n",
      id: .unknownField),
    Case(
      name: "CSV metadata row given twice",
      text:
        "format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\n1️⃣as_of;01.01.2030\nitem;status\n1;done\n",
      id: .unknownField),
    Case(
      name: "CSV column given twice",
      text:
        "format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\nitem;status;1️⃣status\n1;done;not_started\n",
      id: .unknownField),
    Case(
      name: "CSV hexadecimal value",
      text:
        "format;karta-status/1\nplan;t-2024\nreporter;MOUO\nsubject;a\nas_of;15.04.2024\nitem;status;completed;values\n"
        + "3;done;10.03.2024;1️⃣organizers=0x10\n",
      id: .wrongType),
    Case(
      name: "CSV indicator given twice",
      text:
        "format;karta-status/1\nplan;t-2024\nreporter;MOUO\nsubject;a\nas_of;15.04.2024\nitem;status;completed;values\n"
        + "3;done;10.03.2024;1️⃣organizers=20, organizers=30\n",
      id: .wrongType),
    Case(
      name: "CSV cell past the header",
      text:
        "format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\nitem;status;comment\n1;done;один;1️⃣два\n",
      id: .invalidCSV),
    Case(
      name: "CSV unknown status",
      text: "format;karta-status/1\nplan;t-2024\nreporter;MIN\nas_of;15.04.2024\nitem;status\n1;1️⃣готово\n",
      id: .unknownStatus),
  ]

  @Test(arguments: cases)
  func theProblemIsReportedWhereItStands(_ testCase: Case) {
    let (clean, positions) = MarkedText.parse(testCase.text)
    let (_, status) = CheckFixture.load([(testCase.name.hasPrefix("CSV") ? "s.csv" : "s.json", clean)])
    let found = status.diagnostics.filter { $0.id == testCase.id }
    #expect(found.count == 1, "\(status.diagnostics.map { "\($0.id): \($0.message)" })")
    #expect(found.first?.location.range?.start == positions.first)
    #expect(found.first?.location.file == (testCase.name.hasPrefix("CSV") ? "s.csv" : "s.json"))
  }

  @Test func unknownNamesSuggestTheClosest() {
    let (_, status) = CheckFixture.load([("s.json", Self.head + #"{"item": "1", "status": "don"}]}"#)])
    #expect(status.diagnostics.first?.message == "unknown status 'don'; did you mean 'done'?")
  }

  @Test func twoRecordsThatDisagreeNameBothPlaces() {
    let first = CheckFixture.status(party: "MIN", #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#)
    let second = CheckFixture.status(party: "MIN", #"{"item": "1", "status": "in_progress"}"#)
    let (_, status) = CheckFixture.load([("first.json", first), ("second.json", second)])
    let conflicts = status.diagnostics.filter { $0.id == .conflictingRecord }
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.location.file == "second.json")
    #expect(conflicts.first?.notes.first?.hasPrefix("the other record is at first.json:3:") == true)
    let (_, agreeing) = CheckFixture.load([("first.json", first), ("again.json", first)])
    #expect(agreeing.diagnostics.isEmpty)
  }

  @Test func aRecordByAPartyThatDoesNotOwnTheItemIsUsedWithAWarning() throws {
    let file = CheckFixture.status(
      party: "MOUO", subject: "a", #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#,
      #"{"item": "3", "status": "done", "completed": "2024-03-01"}"#)
    let (table, status) = CheckFixture.load([("mouo.json", file)])
    let warnings = status.diagnostics.filter { $0.id == .reporterNotOwner }
    #expect(warnings.count == 1, "item 3 is MOUO's own; item 1 is not")
    #expect(warnings.first?.severity == .warning)
    #expect(warnings.first?.message == "'MOUO' reports on item '1', which the plan gives to MIN")
    #expect(!status.diagnostics.containsErrors)
    let index = try #require(table.groups.first.map { $0.index(position: 0, occurrence: 1) })
    #expect(status.record(of: index)?.status == .done, "the record is still used")
    let report = CheckFixture.status(
      party: "MIN", #"{"item": "R1", "subject": "a", "status": "done", "completed": "2024-04-05"}"#)
    let (_, reported) = CheckFixture.load([("min.json", report)])
    #expect(reported.diagnostics.map(\.message) == ["'MIN' reports on report 'R1', which the plan asks of MOUO"])
  }

  @Test func aFileOfThousandsOfBadRecordsListsTheFirstHundred() {
    let records = Array(repeating: #"{"item": "zz"}"#, count: 5_000)
    let (_, status) = CheckFixture.load([
      ("bad.json", CheckFixture.status(party: "MIN", records.joined(separator: ", ")))
    ])
    #expect(status.diagnostics.filter { $0.id == .unknownStatusItem }.count == 100)
    #expect(status.diagnostics.contains { $0.message == "4900 more errors in this file not shown" })
    #expect(status.errorCount == 5_000)
  }

  @Test func thousandsOfConflictsListTheFirstHundred() {
    let done = Array(repeating: #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#, count: 500)
    let open = Array(repeating: #"{"item": "1", "status": "in_progress"}"#, count: 500)
    let (_, status) = CheckFixture.load([
      ("a.json", CheckFixture.status(party: "MIN", done.joined(separator: ", "))),
      ("b.json", CheckFixture.status(party: "MIN", open.joined(separator: ", "))),
    ])
    let conflicts = status.diagnostics.filter { $0.id == .conflictingRecord }
    #expect(conflicts.count == 101)
    #expect(status.errorCount == 500, "100 listed, 400 counted")
    #expect(conflicts.contains { $0.message == "400 more conflicting records not shown" })
  }

  @Test func anImpossibleDateIsOneErrorNotTwo() {
    let file = CheckFixture.status(
      party: "MIN", #"{"item": "1", "status": "rescheduled", "new_due": "2024-02-30", "basis": "письмо"}"#,
      #"{"item": "8", "status": "waived", "waiver": {"reason": "r", "approver": "a", "expires": "2024-13-01"}}"#)
    let (_, status) = CheckFixture.load([("s.json", file)])
    #expect(status.diagnostics.map(\.id) == [.invalidStatusDate, .invalidStatusDate])
  }

  @Test func aHeaderFieldOfTheWrongTypeIsOneErrorAtItsValue() {
    let file = """
      {"format": "karta-status/1", "plan": "t-2024", "reporter": "MIN", "as_of": 20240415, "records": [
        {"item": "2", "occurrence": 1.5, "status": "done"}]}
      """
    let (_, status) = CheckFixture.load([("s.json", file)])
    #expect(
      status.diagnostics.map { "\($0.location.range.map { "\($0.start)" } ?? "-") \($0.message)" } == [
        "1:60 'reporter' must be an object with 'party' and 'subject', but is a string",
        "1:76 'as_of' must be a string, but is 20240415",
      ])
    let record = CheckFixture.status(party: "MIN", #"{"item": "2", "occurrence": 1.5, "status": "done"}"#)
    let (_, fractional) = CheckFixture.load([("r.json", record)])
    #expect(fractional.diagnostics.map(\.message) == ["'occurrence' must be a whole number from 1, but is 1.5"])
    // A whole number past the item's occurrences is named as such, however large (it was called
    // "not a whole number" from 10^9 up).
    for number in ["0", "-1", "2147483648", "4294967297"] {
      let large = CheckFixture.status(party: "MIN", #"{"item": "2", "occurrence": \#(number), "status": "done"}"#)
      let (_, read) = CheckFixture.load([("o.json", large)])
      #expect(read.diagnostics.map(\.id) == [.unknownOccurrence], "\(number): \(read.diagnostics.map(\.message))")
      #expect(read.diagnostics.first?.message.contains("'\(number)'") == true, "\(number)")
    }
  }

  @Test func aSubjectOfTheWrongTypeAndAnIndicatorGivenTwiceAreOneErrorEach() {
    let subject = """
      {"format": "karta-status/1", "plan": "t-2024", "reporter": {"party": "MOUO", "subject": 5}, "as_of": "2024-04-15",
       "records": []}
      """
    let (_, wrongSubject) = CheckFixture.load([("s.json", subject)])
    #expect(wrongSubject.diagnostics.map(\.message) == ["'subject' must be a string, but is 5"])
    let twice = CheckFixture.status(
      party: "MOUO", subject: "a",
      #"{"item": "3", "status": "done", "completed": "2024-03-10", "values": {"organizers": 20, "organizers": 30}}"#)
    let (_, duplicated) = CheckFixture.load([("v.json", twice)])
    #expect(duplicated.diagnostics.map(\.message) == ["indicator 'organizers' is given twice"])
  }

  @Test func aValueForAnIndicatorWithoutATargetIsKeptWithAWarning() {
    let file = CheckFixture.status(
      party: "MOUO", subject: "a",
      #"{"item": "3", "status": "done", "completed": "2024-03-10", "values": {"organisers": 30}}"#)
    let (_, status) = CheckFixture.load([("s.json", file)])
    #expect(
      status.diagnostics.map(\.message) == [
        "item '3' has no target for indicator 'organisers'; did you mean 'organizers'?"
      ])
    #expect(status.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(status.records.count == 1, "a warning keeps the record")
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let (_, status) = CheckFixture.load([("deep.json", deep)])
    #expect(status.diagnostics.map(\.id) == [.tooDeep])
    #expect(status.diagnostics.first?.location.range?.start == SourcePosition(line: 1, column: 65))
  }

  @Test func emptyInvalidAndBinaryFiles() {
    let (_, empty) = CheckFixture.load([("e.json", "  \n")])
    #expect(empty.diagnostics.map(\.id) == [.fileEmpty])
    let table = CheckFixture.table()
    let invalid = StatusSet.load(files: [("w.csv", Array("plan;".utf8) + [0xCF, 0xEB])], table: table)
    #expect(invalid.diagnostics.map(\.id) == [.fileInvalidUTF8])
    #expect(invalid.diagnostics.first?.location.range?.start == SourcePosition(line: 1, column: 6))
  }

  @Test func csvAsRussianExcelSavesItIsRead() throws {
    let csv =
      "\u{FEFF}format;karta-status/1\r\nplan;t-2024\r\nreporter;MOUO\r\nsubject;a\r\nas_of;15.04.2024\r\n"
      + "item;subject;occurrence;status;completed;values;evidence;comment\r\n"
      + "3;a;;done;10.03.2024;organizers=27;\"Приказ № 5; от 01.03.2024\";\"сказано \"\"в срок\"\"\"\r\n"
    let (table, status) = CheckFixture.load([("s.csv", csv)])
    #expect(status.diagnostics.isEmpty, "\(status.diagnostics.map(\.message))")
    let index = try #require(table.itemGroup["3"]).self
    let group = table.groups[index]
    let record = try #require(status.record(of: group.index(position: 0, occurrence: 1)))
    #expect(record.status == .done)
    #expect(record.completedDate?.iso == "2024-03-10")
    let details = try #require(status.details(of: record))
    #expect(details.values == ["organizers": 27])
    #expect(details.evidence == ["Приказ № 5; от 01.03.2024"])
    #expect(details.comment == "сказано \"в срок\"")
    #expect(status.files.first??.subject == "a")
  }
}
