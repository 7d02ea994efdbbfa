import Testing

@testable import KartaCommandLine

/// Options are names of one type: values and flags are kept apart, and no name goes unused.
@Suite struct ArgumentsTests {
  static let commands = ["check", "template", "agenda", "lint", "fmt", "diff", "when", "verify", "lsp", "import"]

  @Test func flagsAndValuesAreKeptApart() throws {
    let parsed = try ParsedArguments(["--check", "--lang=en", "a.plan", "--", "--diff"], spec: FmtCommand.options)
    #expect(parsed.flag(.check))
    #expect(!parsed.flag(.diff) && !parsed.flag(.lang))
    #expect(parsed[.lang] == "en" && parsed[.check] == nil)
    #expect(parsed.positional == ["a.plan", "--diff"])
    #expect(throws: UsageError.self) { try ParsedArguments(["--check=yes"], spec: FmtCommand.options) }
  }

  @Test func everyOptionNameIsDeclaredBySomeCommand() throws {
    var declared: Set<OptionName> = []
    for name in Self.commands {
      let command = try #require(Karta.command(named: name), "no command '\(name)'")
      declared.formUnion(command.options.map(\.name))
    }
    #expect(declared == Set(OptionName.allCases))
  }
}

/// Every date option is read by one parser, with one set of messages.
@Suite struct DateOptionTests {
  @Test(arguments: [
    (["check", "p.plan", "--as-of", "2024-13-01"], "'--as-of 2024-13-01' is not a date (yyyy-mm-dd or dd.mm.yyyy)"),
    (["template", "p.plan", "--party", "X", "--as-of", "завтра"], "'--as-of завтра' is not a date"),
    (["agenda", "p.plan", "--from=31.02.2024"], "'--from 31.02.2024' is not a date"),
    (["when", "март", "--approved", "01.01.1800"], "'--approved 01.01.1800' is outside the years 1900–2999"),
    (["when", "март", "--anchor", "2024-03-10..2024-03-01"], "'--anchor 2024-03-10..2024-03-01' is not a date or"),
    (["when", "март", "--anchor", "2024-03-01..2024-03-05..2024-03-09"], "is not a date or a range D..D"),
  ])
  func aBadDateIsAUsageErrorNamingTheOption(_ arguments: [String], message: String) {
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 2)
    #expect(captured.error.contains(message), "\(captured.error)")
    #expect(captured.error.contains("karta help \(arguments[0])"))
  }

  @Test func datesAndRangesAreRead() throws {
    let parsed = try ParsedArguments(
      ["март", "--approved", "15.03.2024", "--anchor", "2024-03-01..2024-03-05"], spec: WhenCommand.options)
    #expect(parsed.date(.approved)?.iso == "2024-03-15")
    #expect(parsed.dateRange(.anchor).map { "\($0.lowerBound.iso)..\($0.upperBound.iso)" } == "2024-03-01..2024-03-05")
    let day = try ParsedArguments(["--anchor=2024-03-01"], spec: WhenCommand.options).dateRange(.anchor)
    #expect(day.map { $0.lowerBound == $0.upperBound } == true)
  }
}
