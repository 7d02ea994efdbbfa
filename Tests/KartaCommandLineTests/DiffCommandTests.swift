import Foundation
import KartaTestSupport
import Testing

@testable import KartaCommandLine

/// `karta diff` run in-process: exit codes 0 (same), 1 (differences), 2 (bad input), and the output.
@Suite struct DiffCommandTests {
  static let rules = repository.appendingPathComponent("Rules")

  /// A copy of `Rules/` in a fresh directory, so that a copied plan still finds its includes.
  private func copyOfRules() throws -> URL {
    let directory = try temporaryDirectory().appendingPathComponent("Rules")
    try FileManager.default.copyItem(at: Self.rules, to: directory)
    return directory
  }

  private func edit(_ file: URL, replacing old: String, with new: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old), "'\(old)' is not in \(file.lastPathComponent)")
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
  }

  @Test(arguments: ["irkutsk", "sayansk", "kavalerovo", "belgorod"])
  func aPlanComparedWithItselfHasNoDifferences(_ name: String) {
    let path = Self.rules.appendingPathComponent("\(name).plan").path
    let result = karta("diff", path, path)
    #expect(result.code == 0, "\(result.error)")
    #expect(result.out.contains("no differences"))
  }

  @Test func aCopyWithOneDeadlineChangedNamesTheItemAndBothDeadlines() throws {
    let copy = try copyOfRules()
    let plan = copy.appendingPathComponent("irkutsk.plan")
    try edit(plan, replacing: "due: До 22 апреля 2024 года", with: "due: До 30 апреля 2024 года")
    let result = karta("diff", Self.rules.appendingPathComponent("irkutsk.plan").path, plan.path)
    #expect(result.code == 1, "\(result.error)")
    #expect(result.error.isEmpty)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.contains("0 items added, 0 removed, 1 changed, 0 moved; 0 other changes"))
    #expect(lines.contains { $0.hasPrefix("~ A1.2 Проведение мониторинга соблюдения мер безопасности") })
    #expect(
      lines.contains(
        "    due: «До 22 апреля 2024 года» → «До 30 апреля 2024 года»; "
          + "windows 22.04.2024 → 30.04.2024 (effective 27.04.2024)"))
  }

  @Test func theJSONNamesTheItemBothPhrasesAndBothWindows() throws {
    let copy = try copyOfRules()
    let plan = copy.appendingPathComponent("sayansk.plan")
    let original = try String(contentsOf: plan, encoding: .utf8)
    let lines = original.split(separator: "\n")
    let line = try #require(
      lines.first { line in line.hasPrefix("  due: ") && line.contains("2024") && lines.filter { $0 == line }.count == 1
      })
    let phrase = String(line.dropFirst("  due: ".count))
    try edit(plan, replacing: String(line) + "\n", with: "  due: До 31 мая 2024 года\n")
    let result = karta("diff", Self.rules.appendingPathComponent("sayansk.plan").path, plan.path, "--format", "json")
    #expect(result.code == 1, "\(result.error)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "karta-diff/1")
    let changes = try #require(object["changes"] as? [[String: Any]])
    #expect(changes.count == 1)
    let change = try #require(changes.first)
    #expect(change["kind"] as? String == "due-changed")
    #expect(change["old"] as? String == phrase)
    #expect(change["new"] as? String == "До 31 мая 2024 года")
    #expect((change["item"] as? String)?.isEmpty == false)
    let windows = try #require(change["new_windows"] as? [[String: Any]])
    #expect(windows.map { $0["due"] as? String } == ["2024-05-31"])
    #expect((change["old_windows"] as? [[String: Any]])?.isEmpty == false)
    #expect(change["old_line"] as? Int == change["new_line"] as? Int)
  }

  @Test func theIrkutskRenderingsDiffer() {
    let directory = repository.appendingPathComponent("Examples/irkutsk-amendment")
    let result = karta(
      "diff", directory.appendingPathComponent("irkutsk-000.plan").path,
      directory.appendingPathComponent("irkutsk-001.plan").path, "--format", "md")
    #expect(result.code == 1, "\(result.error)")
    #expect(result.out.contains("| A1.5 Создание дополнительных мест"))
    #expect(result.out.contains("До 29 марта 2024 года"))
  }

  /// The output docs/diff.md shows is kept in Examples/irkutsk-amendment/diff.txt.
  /// `UPDATE_GOLDEN=1 swift test` rewrites it; review the diff and docs/diff.md.
  @Test func theIrkutskDiffMatchesTheKeptOne() throws {
    let folder = repository.appendingPathComponent("Examples/irkutsk-amendment")
    let result = karta(
      "diff", folder.appendingPathComponent("irkutsk-000.plan").path,
      folder.appendingPathComponent("irkutsk-001.plan").path)
    #expect(result.code == 1, "\(result.error)")
    let output = result.out.replacingOccurrences(of: repository.path + "/", with: "")
    let kept = folder.appendingPathComponent("diff.txt")
    try GoldenFile.expectMatch(output, at: kept)
  }

  @Test func aPlanWithErrorsIsBadInputWithFileLineAndColumn() throws {
    let directory = try temporaryDirectory()
    let good = directory.appendingPathComponent("good.plan")
    let bad = directory.appendingPathComponent("bad.plan")
    let text = "plan p: План\n  period: 2024\nparty MIN: Министерство\nitem 1: Совещание\n  owner: MIN\n  due: март\n"
    try text.write(to: good, atomically: true, encoding: .utf8)
    try text.replacingOccurrences(of: "owner: MIN", with: "owner: MINN").write(
      to: bad, atomically: true, encoding: .utf8)
    let result = karta("diff", good.path, bad.path)
    #expect(result.code == 2)
    #expect(result.out.isEmpty)
    #expect(result.error.contains("\(bad.path):5:10: error[plan.unknown-party]"))
    #expect(result.error.contains("karta diff: '\(bad.path)' has 1 error; nothing was compared"))
  }

  @Test func aFileWithoutAPlanHeaderIsBadInput() {
    let plan = Self.rules.appendingPathComponent("irkutsk.plan").path
    let subjects = Self.rules.appendingPathComponent("subjects/irkutsk-municipalities.plan").path
    let result = karta("diff", subjects, plan)
    #expect(result.code == 2)
    #expect(result.error.contains("\(subjects):1:1: error[diff.not-a-plan]"))
  }

  @Test(arguments: [
    ["diff"], ["diff", "a.plan"], ["diff", "a.plan", "b.plan", "c.plan"],
    ["diff", "Rules/irkutsk.plan", "Rules/irkutsk.plan", "--format", "html"],
  ])
  func misuseIsBadInput(_ arguments: [String]) {
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 2)
    #expect(captured.error.hasSuffix("see 'karta help diff'\n"), "\(captured.error)")
  }

  @Test func aMissingFileIsBadInput() {
    let result = karta("diff", "/nonexistent/old.plan", Self.rules.appendingPathComponent("irkutsk.plan").path)
    #expect(result.code == 2)
    #expect(result.error.contains("error[file.unreadable]"))
  }

  @Test func helpDescribesTheCommand() {
    let result = karta("help", "diff")
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("usage: karta diff OLD NEW"))
    #expect(karta("--help").out.contains("diff OLD NEW"))
  }

  @Test func theReportCanBeWrittenToAFile() throws {
    let directory = try temporaryDirectory()
    let output = directory.appendingPathComponent("diff.json").path
    let plan = Self.rules.appendingPathComponent("belgorod.plan").path
    let result = karta("diff", plan, plan, "--format", "json", "-o", output)
    #expect(result.code == 0)
    let data = try #require(FileManager.default.contents(atPath: output))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((object["changes"] as? [Any])?.isEmpty == true)
    #expect(object["old"] as? String == plan)
  }
}
