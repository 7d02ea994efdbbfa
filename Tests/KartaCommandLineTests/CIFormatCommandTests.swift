import Foundation
import KartaReports
import Testing

@testable import KartaCommandLine

/// `karta lint` and `karta check` with `--format sarif|github|junit`, as CI runs them.
@Suite struct CIFormatCommandTests {
  /// A plan with two errors: a misspelt property (so item 1 has no owner) and an unknown party.
  static let broken = """
    plan p: План
      period: 2024
    party MINOBR: Министерство образования
    item 1: Проведение семинара
      ownr: MINOBR
      due: до 1 марта 2024 года
    item 2: Совещание
      owner: IRO
      due: до 1 апреля 2024 года

    """

  private func brokenPlan() throws -> String {
    let url = try temporaryDirectory().appendingPathComponent("broken.plan")
    try Data(Self.broken.utf8).write(to: url)
    return url.path
  }

  @Test func githubAnnotationsPointAtTheBrokenLines() throws {
    let path = try brokenPlan()
    let result = karta("lint", path, "--format", "github")
    #expect(result.code == 1)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(result.out)")
    for line in lines {
      #expect(line.hasPrefix("::error file=\(path),line="), "\(line)")
      #expect(line.contains(",col="), "\(line)")
    }
    #expect(lines.contains { $0.hasPrefix("::error file=\(path),line=5,col=3,title=syntax.unknown-property::") })
    #expect(lines.contains { $0.hasPrefix("::error file=\(path),line=4,col=6,title=plan.missing-owner::") })
    #expect(lines.contains { $0.hasPrefix("::error file=\(path),line=8,col=10,title=plan.unknown-party::") })
  }

  @Test func sarifGoesToTheFileNamedByOutput() throws {
    let path = try brokenPlan()
    let output = try temporaryDirectory().appendingPathComponent("lint.sarif")
    let result = karta("lint", path, "--format", "sarif", "-o", output.path)
    #expect(result.code == 1)
    #expect(result.out.isEmpty)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(
      results.compactMap { $0["ruleId"] as? String }.sorted()
        == ["plan.missing-owner", "plan.unknown-party", "syntax.unknown-property"])
    let uri = (results.first?["locations"] as? [[String: Any]])?.first
      .flatMap { ($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any] }?["uri"]
    #expect(uri as? String == "file://" + path)
  }

  @Test func junitFailsTheRulesWithErrors() throws {
    let result = karta("lint", try brokenPlan(), "--format", "junit")
    #expect(result.code == 1)
    #expect(result.out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"karta lint\""))
    #expect(result.out.components(separatedBy: "<failure ").count - 1 == 3)
  }

  @Test func theShippedPlansGiveNoErrorAnnotations() {
    let plans = ["belgorod", "irkutsk", "kavalerovo", "sayansk"].map {
      repository.appendingPathComponent("Rules/\($0).plan").path
    }
    let result = karta(["lint"] + plans + ["--format", "github"])
    #expect(result.code == 0)
    #expect(!result.out.contains("::error "))
  }

  /// The Irkutsk example: one annotation and one SARIF result a gap, as many as the JSON report lists.
  @Test func checkFindingsAreTheGapsOfTheReport() throws {
    let arguments = [
      "check", repository.appendingPathComponent("Rules/irkutsk.plan").path,
      repository.appendingPathComponent("Examples/irkutsk").path, "--as-of", "2024-07-01",
    ]
    let json = karta(arguments + ["--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let gaps = try #require(report["gaps"] as? [Any]).count
    #expect(gaps > 0)

    let github = karta(arguments + ["--format", "github"])
    #expect(github.code == json.code)
    let lines = github.out.split(separator: "\n")
    #expect(lines.count == gaps)
    #expect(lines.allSatisfy { $0.contains("irkutsk.plan,line=") && $0.contains(",title=check.") })

    let sarif = karta(arguments + ["--format", "sarif"])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
    let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [Any]
    #expect(results?.count == gaps)

    let junit = karta(arguments + ["--format", "junit"])
    let obligations = try #require((report["summary"] as? [String: Any])?["obligations"] as? Int)
    #expect(junit.out.contains("<testsuites name=\"karta check\" tests=\"\(obligations)\""))
  }

  @Test func sarifNamesTheVersionKartaPrints() {
    #expect(karta("--version").out == "karta \(SARIFReport.toolVersion)\n")
  }
}

/// Runs `karta` in-process with an argument list.
private func karta(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
  let captured = CapturedConsole()
  let code = Karta.run(arguments, console: captured.console)
  return (code, captured.out, captured.error)
}
