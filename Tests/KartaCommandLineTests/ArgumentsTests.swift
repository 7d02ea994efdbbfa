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
