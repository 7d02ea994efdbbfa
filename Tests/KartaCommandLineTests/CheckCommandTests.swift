import Foundation
import KartaCheck
import KartaPlan
import Testing

@testable import KartaCommandLine

@Suite struct CheckCommandTests {
  static let plans: [(name: String, party: String, subject: String?)] = [
    ("irkutsk", "MOUO", "angarsk"), ("irkutsk", "IRO", nil), ("sayansk", "SCHOOL-HEADS", "sosh-3"),
    ("kavalerovo", "UO", nil), ("belgorod", "MOUO", "belgorod"),
  ]

  private func template(_ plan: String, party: String, subject: String?, format: String) -> String {
    var arguments = [
      "template", repository.appendingPathComponent("Rules/\(plan).plan").path, "--party", party,
      "--format", format, "--as-of", "2024-03-01",
    ]
    if let subject { arguments += ["--subject", subject] }
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 0, "\(captured.error)")
    return captured.out
  }

  private func check(_ plan: String, _ files: [String], _ extra: [String] = []) -> (Int32, String, String) {
    let captured = CapturedConsole()
    let code = Karta.run(
      ["check", repository.appendingPathComponent("Rules/\(plan).plan").path] + files + ["--as-of", "2024-06-01"]
        + extra,
      console: captured.console)
    return (code, captured.out, captured.error)
  }

  @Test(arguments: ["json", "csv"])
  func aBlankTemplateIsAcceptedBackUnchanged(format: String) throws {
    let directory = try temporaryDirectory()
    for (plan, party, subject) in Self.plans {
      let text = template(plan, party: party, subject: subject, format: format)
      #expect(text.contains("karta-status/1"))
      let path = directory.appendingPathComponent("\(plan)-\(party).\(format)").path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let (code, out, error) = check(plan, [path])
      #expect(code == 0 || code == 1, "\(plan) \(party): \(error)")
      #expect(out.contains("Compliance"))
    }
  }

  @Test func aTemplateListsExactlyWhatThePartyOwes() throws {
    let text = template("irkutsk", party: "MOUO", subject: "sayansk", format: "json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let records = try #require(object["records"] as? [[String: Any]])
    let items = records.compactMap { $0["item"] as? String }
    #expect(items.contains("A1.8"))
    #expect(!items.contains("A1.1"), "A1.1 is not MOUO's")
    #expect(records.allSatisfy { $0["subject"] as? String == "sayansk" })
  }

  struct Corruption: CustomTestStringConvertible, Sendable {
    let name: String
    let change: @Sendable (String) -> String
    let place: String?
    var testDescription: String { name }
  }

  static let corruptions: [Corruption] = [
    Corruption(
      name: "item id", change: { $0.replacingOccurrences(of: "\"item\": \"A1.8\"", with: "\"item\": \"A1.88\"") },
      place: ":"),
    Corruption(
      name: "status", change: { $0.replacingOccurrences(of: "\"status\": null", with: "\"status\": \"finished\"") },
      place: ":"),
    Corruption(
      name: "date",
      change: { $0.replacingOccurrences(of: "\"completed\": null", with: "\"completed\": \"31.02.2024\"") }, place: ":"),
    Corruption(name: "truncated", change: { String($0.prefix($0.count / 2)) }, place: ":"),
    Corruption(name: "empty", change: { _ in "" }, place: nil),
    Corruption(name: "100,000-deep array", change: { _ in String(repeating: "[", count: 100_000) }, place: ":1:65:"),
  ]

  @Test(arguments: corruptions)
  func aCorruptedTemplateExitsTwoWithAPlace(_ corruption: Corruption) throws {
    let directory = try temporaryDirectory()
    let text = corruption.change(template("irkutsk", party: "MOUO", subject: "angarsk", format: "json"))
    let path = directory.appendingPathComponent("status.json").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let (code, _, error) = check("irkutsk", [path])
    #expect(code == 2)
    #expect(error.contains(path + (corruption.place ?? ":")), "\(error.prefix(300))")
    #expect(error.contains("nothing was checked"))
  }

  @Test func jsonFollowsTheDesignContract() throws {
    let (code, out, _) = check("belgorod", [], ["--format", "json", "--fail-on", "none"])
    #expect(code == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    #expect(object["plan"] as? String == "belgorod-2024")
    #expect(object["as_of"] as? String == "2024-06-01")
    let summary = try #require(object["summary"] as? [String: Any])
    for key in ["obligations", "done", "late", "overdue", "due_soon", "pending", "unreported", "compliance"] {
      #expect(summary.keys.contains(key), "summary.\(key)")
    }
    let obligations = try #require(object["obligations"] as? [[String: Any]])
    #expect(obligations.count == summary["obligations"] as? Int)
    let first = try #require(obligations.first)
    for key in ["item", "subject", "owners", "window", "state"] {
      #expect(first.keys.contains(key), "obligation.\(key)")
    }
    #expect(object["gaps"] is [[String: Any]])
  }

  @Test func failOnDecidesTheExitCode() {
    #expect(check("belgorod", [], ["--fail-on", "none"]).0 == 0)
    #expect(check("belgorod", [], ["--fail-on", "unreported"]).0 == 1)
    #expect(check("belgorod", [], ["--fail-on", "bogus"]).0 == 2)
  }

  @Test func markdownIsATableForAWiki() {
    let (_, out, _) = check("irkutsk", [], ["--format", "md"])
    #expect(out.hasPrefix("# Progress of "))
    #expect(out.contains("| state | obligations |"))
  }

  @Test(arguments: [
    ["--party", "NOBODY"], ["--subject", "atlantis"], ["--as-of", "31.02.2024"], ["--horizon", "soon"],
  ])
  func badOptionsExitTwo(_ extra: [String]) {
    #expect(check("irkutsk", [], extra).0 == 2)
  }

  @Test func aBrokenPlanStopsTheCheck() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("broken.plan").path
    try Data("plan p: План\n  period: 2024\nitme 1: x\n".utf8).write(to: URL(fileURLWithPath: path))
    let captured = CapturedConsole()
    #expect(Karta.run(["check", path], console: captured.console) == 2)
    #expect(captured.error.contains("broken.plan:3:1: error[syntax.unknown-keyword]"))
  }

  @Test func aRecordByAPartyThatDoesNotOwnTheItemIsWarnedAboutAndChecked() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("mouo.json").path
    let text = """
      {"format": "karta-status/1", "plan": "irkutsk-2024", "reporter": {"party": "MOUO", "subject": "angarsk"},
       "as_of": "2024-06-01", "records": [{"item": "A1.1", "status": "done", "completed": "2024-02-20"}]}
      """
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let (code, out, error) = check("irkutsk", [path])
    #expect(code == 1, "gaps, not bad input")
    #expect(
      error.contains("\(path):2:46: warning[status.not-owner]: 'MOUO' reports on item 'A1.1', which the plan gives to"))
    #expect(out.contains("Compliance"))
  }

  @Test func aDeadlineThatCannotBeReadIsWarnedAboutAndItsObligationUnscheduled() throws {
    let directory = try temporaryDirectory()
    let plan = directory.appendingPathComponent("u.plan").path
    try Data("plan p: T\n  period: 2024\nparty UO: U\nitem 1: T\n  owner: UO\n  due: 31.02.2024\n".utf8)
      .write(to: URL(fileURLWithPath: plan))
    let captured = CapturedConsole()
    let code = Karta.run(["check", plan, "--as-of", "2024-05-01", "--format", "json"], console: captured.console)
    #expect(code == 0)
    #expect(captured.error.contains("warning: the deadline of '1' cannot be read; its obligations are unscheduled"))
    #expect(captured.out.contains("\"unscheduled\""))
  }
}

/// The plan's digests describe the bytes the loader was given: each plan file is read once.
@Suite struct PlanDigestTests {
  /// Gives different bytes at each read of a file, and counts the reads.
  final class ChangingSources: SourceProvider, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var reads: [String: Int] = [:]
    let text: String

    init(_ text: String) { self.text = text }

    func read(_ path: String) -> Result<[UInt8], SourceReadError> {
      let count = lock.withLock {
        reads[path, default: 0] += 1
        return reads[path, default: 0]
      }
      return .success(Array((text + String(repeating: "\n", count: count - 1)).utf8))
    }

    func resolvedPath(_ path: String) -> String { path }
  }

  @Test func theDigestIsOfTheBytesThatWereParsed() throws {
    let text = "plan t-2024: План\n  approved: 01.01.2024\n  period: 2024\nparty MIN: Министерство\n"
      + "item 1: Мероприятие\n  owner: MIN\n  due: до 1 марта 2024 года\n"
    let disk = ChangingSources(text)
    let sources = DigestingSources(disk)
    let console = Console(colored: false, write: { _ in }, writeError: { _ in })
    let loaded = try #require(PlanInput.load("t.plan", console: console, command: "check", from: sources))
    let digest = InputDigest.sha256(of: Array(text.utf8))
    #expect(sources.inputs(of: loaded.plan) == [InputDigest(path: "t.plan", sha256: digest)])
    #expect(disk.reads == ["t.plan": 1])
  }
}
