import Foundation
import Testing

@testable import KartaCommandLine

/// Collects what a command writes.
final class CapturedConsole: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errorText = ""

  var out: String { lock.withLock { outText } }
  var error: String { lock.withLock { errorText } }

  var console: Console {
    Console(
      colored: false, write: { text in self.lock.withLock { self.outText += text } },
      writeError: { text in self.lock.withLock { self.errorText += text } })
  }
}

/// Runs `karta` in-process.
func karta(_ arguments: String...) -> (code: Int32, out: String, error: String) {
  let captured = CapturedConsole()
  let code = Karta.run(arguments, console: captured.console)
  return (code, captured.out, captured.error)
}

/// The folder that holds every test's files in this run; the test process removes it when it ends,
/// so that runs do not pile folders up in the temporary directory.
private let testFilesRoot: URL = {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("karta-tests-\(UUID().uuidString)")
  atexit { try? FileManager.default.removeItem(at: testFilesRoot) }
  return url
}()

/// A fresh directory for one test's files.
func temporaryDirectory() throws -> URL {
  let url = testFilesRoot.appendingPathComponent(UUID().uuidString)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite struct LintCommandTests {
  static let valid = """
    plan p: План
      period: 2024
    party MINOBR: Министерство образования
    item 1: Проведение семинара
      owner: MINOBR
      due: до 1 марта 2024 года

    """

  private func write(_ bytes: [UInt8], to name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func theShippedPlansLintClean() {
    let plans = ["belgorod", "irkutsk", "kavalerovo", "sayansk"].map {
      repository.appendingPathComponent("Rules/\($0).plan").path
    }
    let result = Karta.run(["lint"] + plans, console: CapturedConsole().console)
    #expect(result == 0)
  }

  @Test func aValidPlanWithCRLFAndAByteOrderMarkIsAccepted() throws {
    let directory = try temporaryDirectory()
    let crlf = Self.valid.replacingOccurrences(of: "\n", with: "\r\n")
    let path = try write([0xEF, 0xBB, 0xBF] + Array(crlf.utf8), to: "p.plan", in: directory)
    let result = karta("lint", path)
    #expect(result.code == 0, "\(result.out)")
    #expect(result.out.hasSuffix("1 file checked: 0 errors, 0 warnings\n"))
  }

  struct Broken: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let code: Int32
    let id: String
    let place: String?
    var testDescription: String { name }
  }

  static let broken: [Broken] = [
    Broken(
      name: "truncated in the middle of a letter", bytes: Array(Array(valid.utf8).prefix(15)), code: 2,
      id: "file.invalid-utf8", place: ":1:12:"),
    Broken(
      name: "binary garbage", bytes: (0..<512).map { UInt8(($0 * 37 + 11) % 256) }, code: 2, id: "file.", place: nil),
    Broken(
      name: "Windows-1251", bytes: Array("plan p: ".utf8) + [0xCF, 0xEB, 0xE0, 0xED], code: 2, id: "file.invalid-utf8",
      place: ":1:9:"),
    Broken(name: "empty", bytes: [], code: 2, id: "file.empty", place: nil),
    Broken(
      name: "a 300,000-character line",
      bytes: Array((valid + "  note: " + String(repeating: "я", count: 300_000) + "\n  onwer: x\n").utf8),
      code: 1, id: "syntax.unknown-property", place: ":8:3:"),
    Broken(
      name: "unknown keyword", bytes: Array((valid + "itme 2: Семинар\n").utf8), code: 1, id: "syntax.unknown-keyword",
      place: ":7:1:"),
    Broken(
      name: "unknown party",
      bytes: Array(valid.replacingOccurrences(of: "owner: MINOBR", with: "owner: MINOBR, IRO").utf8),
      code: 1, id: "plan.unknown-party", place: ":5:18:"),
    Broken(
      name: "duplicate id", bytes: Array((valid + "item 1: Другое\n  owner: MINOBR\n  due: май\n").utf8), code: 1,
      id: "plan.duplicate-id", place: ":7:6:"),
    Broken(
      name: "include escaping the tree", bytes: Array((valid + "include: ../../etc/passwd\n").utf8), code: 1,
      id: "include.outside-tree", place: ":7:10:"),
  ]

  @Test(arguments: broken)
  func aBrokenPlanGetsAPlaceAndNoCrash(_ broken: Broken) throws {
    let directory = try temporaryDirectory()
    let path = try write(broken.bytes, to: "broken.plan", in: directory)
    let result = karta("lint", path)
    #expect(result.code == broken.code, "\(result.out)")
    #expect(result.out.contains("error[\(broken.id)"), "\(result.out.prefix(400))")
    if let place = broken.place {
      #expect(result.out.contains(path + place), "\(result.out.prefix(400))")
    } else {
      #expect(result.out.contains(path + ":"))
    }
  }

  @Test func jsonListsEveryDiagnosticWithItsPlace() throws {
    let directory = try temporaryDirectory()
    let path = try write(Array((Self.valid + "  onwer: x\nitme 2: y\n").utf8), to: "p.plan", in: directory)
    let result = karta("lint", path, "--format", "json")
    #expect(result.code == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "karta-lint/1")
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.compactMap { $0["id"] as? String } == ["syntax.unknown-property", "syntax.unknown-keyword"])
    #expect(diagnostics.first?["line"] as? Int == 7)
    #expect(diagnostics.first?["column"] as? Int == 3)
    #expect(diagnostics.first?["suggestion"] as? String == "owner")
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary == ["files": 1, "errors": 2, "warnings": 0])
  }

  @Test func warningsAloneExitZero() throws {
    let directory = try temporaryDirectory()
    let twice = Self.valid + "item 2: Проведение  семинара\n  owner: MINOBR\n  due: май\n"
    let path = try write(Array(twice.utf8), to: "p.plan", in: directory)
    let result = karta("lint", path)
    #expect(result.code == 0)
    #expect(result.out.contains("warning[lint.duplicate-title]"))
  }

  @Test func anUnreadableFileExitsTwo() {
    let result = karta("lint", "/nonexistent/karta/plan.plan")
    #expect(result.code == 2)
    #expect(result.out.contains("/nonexistent/karta/plan.plan: error[file.unreadable]"))
  }

  @Test(arguments: [
    ["lint"], ["lint", "--format", "xml", "a.plan"], ["lint", "--bogus", "a.plan"], ["frobnicate"], [],
  ])
  func misuseExitsTwoWithUsage(_ arguments: [String]) {
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 2)
    // A misuse says what is wrong in a few lines and where to look, not the whole usage.
    #expect(captured.error.contains("usage: karta") || captured.error.contains("see 'karta help"))
    #expect(captured.error.split(separator: "\n").count <= (arguments.count < 2 ? 40 : 3))
  }

  @Test(arguments: [
    (["chek", "a.plan"], "unknown command 'chek'; did you mean 'check'?\nsee 'karta help'\n"),
    (["check", "a.plan", "--asof", "2024-01-01"], "unknown option '--asof'; did you mean '--as-of'?"),
    (["check", "a.plan", "-q"], "unknown option '-q'\nsee 'karta help check'\n"),
    (["check", "a.plan", "--lang", "de"], "'de' is not a value of '--lang'; use one of: ru, en"),
    (["lint", "a.plan", "--formt", "json"], "unknown option '--formt'; did you mean '--format'?"),
  ])
  func mistakesOnTheCommandLineAreNamedWithTheClosestRightSpelling(_ arguments: [String], expected: String) {
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 2)
    #expect(captured.error.contains(expected), "\(captured.error)")
    #expect(!captured.error.contains("usage:"))
  }

  @Test func mistakesAreNamedInRussianUnderTheRussianLanguage() {
    let captured = CapturedConsole()
    #expect(Karta.run(["check", "a.plan", "--asof", "2024-01-01", "--lang", "ru"], console: captured.console) == 2)
    #expect(
      captured.error
        == "karta check: неизвестный параметр '--asof'; возможно, имелся в виду '--as-of'?\n"
        + "справка: 'karta help check'\n"
    )
  }

  @Test func helpIsEverywhere() {
    #expect(karta("--help").out.contains("usage: karta COMMAND"))
    #expect(karta("help", "lint").out.contains("usage: karta lint"))
    #expect(karta("lint", "--help").out.contains("exit codes"))
  }

  @Test func colourNeverUnderNoColor() {
    #expect(!Console.standard(environment: ["NO_COLOR": "1"]).colored)
  }
}

@Suite struct DeadlineLintTests {
  @Test func theSayanskYearTypoIsFlagged() {
    let path = repository.appendingPathComponent("Rules/sayansk.plan").path
    let result = karta("lint", path)
    #expect(result.code == 0, "warnings only")
    let flagged = result.out.split(separator: "\n").filter { $0.contains("warning[deadline.before-approval]") }
    #expect(flagged.count == 1)
    #expect(flagged.first?.contains("the deadline 01.03.2004 of item '5.3'") == true)
  }

  @Test func anUnreadableDeadlineIsAnErrorAtThePhrase() throws {
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("p.plan").path
    try Data("plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: до 31.02.2024\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let result = karta("lint", path)
    #expect(result.code == 1)
    #expect(result.out.contains(path + ":6:8: error[deadline.unreadable]"))
  }
}
