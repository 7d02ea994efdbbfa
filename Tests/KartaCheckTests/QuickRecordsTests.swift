import KartaCheck
import KartaLanguage
import Testing

/// The quick reader (records matched on their bytes) and the full reader agree: every generated
/// record is read once as written and once with its keys escaped (`"\u0069tem"`), which only the
/// full reader takes; the records kept and the problems found must be the same.
@Suite struct QuickRecordsTests {
  /// A small deterministic generator.
  struct Generator {
    var state: UInt64
    mutating func pick<T>(_ choices: [T]) -> T {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return choices[Int((state >> 33) % UInt64(choices.count))]
    }
  }

  static func record(_ generator: inout Generator, party: String) -> [(String, String)] {
    let items =
      party == "MIN"
      ? [#""1""#, #""8""#, #""8""#, #""2""#, #""3""#, #""zz""#] : [#""3""#, #""3""#, #""R1""#, #""1""#]
    var fields: [(String, String)] = [("item", generator.pick(items))]
    let optional: [(String, [String?])] = [
      ("subject", [nil, nil, nil, nil, nil, #""a""#, #""b""#, #""z""#, #""""#, "null"]),
      ("occurrence", [nil, nil, nil, nil, nil, "1", "2", "3", "2.0", "null", #""1""#]),
      (
        "status",
        [nil, #""done""#, #""done""#, #""in_progress""#, #""partial""#, #""not_started""#, #""cancelled""#,
         #""waived""#, #""rescheduled""#, #""В работе""#, #""finished""#, #""""#, "null", #""done""#,
         #""partial""#]
      ),
      (
        "completed",
        [nil, nil, #""2024-02-20""#, #""20.02.2024""#, #""2024-04-01""#, #""2024-02-30""#, #""2023-01-01""#, #""2024-12-01""#,
         #""2024-03-10""#, #""""#, "5"]
      ),
      ("new_due", [nil, nil, nil, #""2024-05-01""#, #""01.05.2024""#]),
      ("values", [nil, nil, #"{"organizers": 30}"#, #"{"organizers": 20}"#, #"{"organisers": 30}"#, "{}", "null"]),
      ("comment", [nil, nil, "null", #""ok""#]),
      ("basis", [nil, nil, #""приказ""#]),
    ]
    for (name, choices) in optional {
      if let value = generator.pick(choices) { fields.append((name, value)) }
    }
    return fields
  }

  static func text(_ fields: [(String, String)], escaped: Bool) -> String {
    let pairs = fields.map { name, value in
      let key = escaped ? "\\u00" + String(name.unicodeScalars.first!.value, radix: 16) + name.dropFirst() : name
      return "\"\(key)\": \(value)"
    }
    return "{" + pairs.joined(separator: ", ") + "}"
  }

  @Test(arguments: 0..<200)
  func bothReadersAgree(_ seed: Int) {
    var generator = Generator(state: UInt64(seed))
    let party = generator.pick([("MIN", nil), ("MOUO", "a"), ("MOUO", "b")] as [(String, String?)])
    // Files of a few records, so that many have no error and their records are compared too.
    let records = (0..<generator.pick([1, 2, 3, 30])).map { _ in Self.record(&generator, party: party.0) }
    func load(escaped: Bool) -> StatusSet {
      let text = CheckFixture.status(
        party: party.0, subject: party.1, records.map { Self.text($0, escaped: escaped) }.joined(separator: ",\n"))
      return CheckFixture.load([("s.json", text)]).1
    }
    let quick = load(escaped: false)
    let full = load(escaped: true)
    let described = { (status: StatusSet) in
      status.diagnostics.map { "\($0.severity) \($0.id) \($0.message) \($0.notes)" }
    }
    #expect(described(quick) == described(full))
    #expect(quick.slots == full.slots)
    let same = zip(quick.records, full.records).allSatisfy { first, second in
      first.status == second.status && first.completed == second.completed && first.newDue == second.newDue
        && first.line == second.line && quick.details(of: first) == full.details(of: second)
    }
    #expect(same && quick.records.count == full.records.count)
  }

  @Test func manyGeneratedFilesHaveRecordsToCompare() {
    let sound = (0..<200).filter { seed in
      var generator = Generator(state: UInt64(seed))
      let party = generator.pick([("MIN", nil), ("MOUO", "a"), ("MOUO", "b")] as [(String, String?)])
      let records = (0..<generator.pick([1, 2, 3, 30])).map { _ in Self.record(&generator, party: party.0) }
      let text = CheckFixture.status(
        party: party.0, subject: party.1, records.map { Self.text($0, escaped: false) }.joined(separator: ",\n"))
      return !CheckFixture.load([("s.json", text)]).1.records.isEmpty
    }
    #expect(sound.count >= 15, "\(sound.count) of 200 generated files have records")
  }
}
