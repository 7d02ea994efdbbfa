import Foundation
import Testing

@testable import KartaCommandLine

/// The first hour of a Russian official: the language chosen by flag, variable or locale, and
/// small slips named with their fix.
@Suite struct ForgivingCommandLineTests {
  static let sayansk = repository.appendingPathComponent("Rules/sayansk.plan").path
  static let examples = repository.appendingPathComponent("Examples/sayansk").path

  /// Runs karta with a console in `language`, as `Console.standard` would set it from the environment.
  func run(_ arguments: [String], environment: [String: String] = [:]) -> (Int32, String, String) {
    let captured = CapturedConsole()
    var console = captured.console
    console.language = .preferred(by: environment)
    return (Karta.run(arguments, console: console), captured.out, captured.error)
  }

  @Test func theSayanskReportUnderARussianLocaleHasNoEnglishWords() {
    let (code, out, error) = run(
      ["check", Self.sayansk, Self.examples, "--as-of", "2024-03-04"], environment: ["LANG": "ru_RU.UTF-8"])
    #expect(code == 1)
    #expect(error.isEmpty, "\(error)")
    #expect(out.hasPrefix("Информация о ходе исполнения: sayansk-2023"))
    // Latin words left are the plan's own ids and codes, paths and digests; no word of the report's.
    let english = [
      "Compliance", "overdue", "unreported", "pending", "done", "due", "reported", "Inputs", "Gaps", "none",
      "records", "submitted", "as of", "continuous", "comment", "more", "Progress", "Sent nothing",
    ]
    for word in english { #expect(!out.contains(word), "'\(word)' in the Russian report") }
  }

  @Test(arguments: [
    (["--lang", "en"], ["LANG": "ru_RU.UTF-8"]), (["--lang=en"], ["KARTA_LANG": "ru"]), ([], ["LC_ALL": "C"]),
    ([], ["KARTA_LANG": "en", "LANG": "ru_RU.UTF-8"]),
  ])
  func englishWhenAskedFor(_ flags: [String], _ environment: [String: String]) {
    let (_, out, _) = run(
      ["check", Self.sayansk, Self.examples, "--as-of", "2024-03-04"] + flags, environment: environment)
    #expect(out.hasPrefix("Karta check: sayansk-2023"))
  }

  @Test func russianByFlagWhateverTheLocale() {
    let (_, out, _) = run(["check", "--lang", "ru", Self.sayansk, Self.examples, "--as-of", "2024-03-04"])
    #expect(out.hasPrefix("Информация о ходе исполнения"))
  }

  @Test(arguments: ["check", "template", "agenda", "lint", "fmt", "diff", "verify"])
  func helpIsInRussianUnderTheRussianLanguage(_ command: String) {
    let (code, out, _) = run(["help", command, "--lang", "ru"])
    #expect(code == 0)
    #expect(out.hasPrefix("использование: karta \(command)"))
    // Every option the English help names is in the Russian one.
    let (_, english, _) = run(["help", command])
    let options = english.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "[" || $0 == "]" })
      .filter { $0.hasPrefix("--") && $0.count > 3 }.map { String($0.prefix { $0 == "-" || $0.isLetter }) }
    for option in Set(options) { #expect(out.contains(option), "\(command): \(option)") }
  }

  @Test func lintSpeaksRussian() {
    let (code, out, _) = run(["lint", Self.sayansk, "--lang", "ru"])
    #expect(code == 0)
    #expect(out.contains("предупреждение[deadline.before-approval]: срок 01.03.2004 пункта '5.3'"))
    #expect(
      out.hasSuffix("проверен 1 файл: 0 ошибок, 16 предупреждений\n") || out.contains("проверен 1 файл: 0 ошибок"))
  }

  @Test func aPathThatDiffersInLetterCaseIsNamed() {
    let wrong = repository.appendingPathComponent("rules/sayansk.plan").path
    let (code, _, error) = run(["check", wrong, Self.examples])
    #expect(code == 2)
    #expect(error.contains("no such file; did you mean '\(Self.sayansk)'?"), "\(error)")
  }

  @Test func checkingWithoutStatusFilesWarnsThatNothingWasRead() throws {
    let (_, _, error) = run(["check", Self.sayansk, "--as-of", "2024-03-04"])
    #expect(error.contains("no status file was read"))
    let empty = try temporaryDirectory()
    let (_, _, folder) = run(
      ["check", Self.sayansk, empty.path, "--as-of", "2024-03-04"], environment: ["LANG": "ru_RU"])
    #expect(folder.contains("нет файлов .json, .csv или .xlsx"))
  }

  @Test func aDashReadsAStatusFileFromStandardInput() throws {
    // Standard input is the process's own; an in-process test gives it a file through a pipe.
    let data = try Data(contentsOf: repository.appendingPathComponent("Examples/sayansk/uo.json"))
    let pipe = Pipe()
    let saved = dup(STDIN_FILENO)
    defer {
      dup2(saved, STDIN_FILENO)
      close(saved)
    }
    dup2(pipe.fileHandleForReading.fileDescriptor, STDIN_FILENO)
    pipe.fileHandleForWriting.write(data)
    try pipe.fileHandleForWriting.close()
    let (code, out, error) = run(["check", Self.sayansk, "-", "--as-of", "2024-03-04", "--format", "json"])
    #expect(code == 1, "\(error)")
    #expect(out.contains("\"path\" : \"-\""))
  }

  @Test func lintWarningsCanBeAcknowledgedAndCapped() throws {
    let folder = try temporaryDirectory()
    let plan = """
      plan p-2024: План
        approved: 01.03.2024
        period: 2024
      party MIN: Министерство
      item 1: Первое
        owner: MIN
        # karta: allow deadline.before-approval — the order prints this date
        due: до 01.02.2024
      item 2: Второе
        owner: MIN
        due: до 01.02.2024
      """
    let path = folder.appendingPathComponent("p.plan").path
    try plan.write(toFile: path, atomically: true, encoding: .utf8)
    let (code, out, _) = run(["lint", path])
    #expect(code == 0)
    #expect(out.contains("p.plan:11:8:") && !out.contains("p.plan:8:"), "\(out)")
    #expect(out.hasSuffix("1 file checked: 0 errors, 1 warning (1 acknowledged in the plan)\n"))
    #expect(run(["lint", path, "--max-warnings", "0"]).0 == 1)
    #expect(run(["lint", path, "--max-warnings", "1"]).0 == 0)
    #expect(run(["lint", path, "--max-warnings", "x"]).0 == 2)
  }

  @Test func templateInRussianReadsBack() throws {
    let (code, form, _) = run(
      ["template", Self.sayansk, "--party", "UO", "--format", "csv", "--as-of", "2024-03-04", "--lang", "ru"])
    #expect(code == 0)
    #expect(form.contains("Пункт;Объект;№ срока;Отметка об исполнении;Дата исполнения;"))
    #expect(form.contains("\"=\"\"5.1\"\"\";"), "ids Excel would take for dates are kept as text")
    let filled = form.replacingOccurrences(of: "\"=\"\"5.1\"\"\";;;;", with: "\"=\"\"5.1\"\"\";;;выполнено;01.02.2024")
    let file = try temporaryDirectory().appendingPathComponent("uo.csv")
    try filled.write(to: file, atomically: true, encoding: .utf8)
    let (_, out, error) = run(["check", Self.sayansk, file.path, "--as-of", "2024-03-04", "--format", "json"])
    #expect(!error.contains("error"), "\(error)")
    #expect(out.contains("\"reported\" : \"done 01.02.2024\""))
  }
}
