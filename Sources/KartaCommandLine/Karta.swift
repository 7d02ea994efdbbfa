import KartaLanguage

/// The `karta` command line: parses the arguments, runs a command, returns the exit code.
/// Everything runs in-process, so tests call `Karta.run` directly.
public enum Karta {
  /// The tool's version.
  public static let version = "0.1.0"

  /// Exit codes shared by every command.
  public enum ExitCode {
    /// Nothing at or above the failure level was found.
    public static let success: Int32 = 0
    /// Problems were found (lint errors, gaps).
    public static let findings: Int32 = 1
    /// The input could not be read, or the command was misused.
    public static let badInput: Int32 = 2
  }

  /// The commands, by name.
  static func command(named name: String) -> (any Command.Type)? {
    switch name {
    case LintCommand.name: LintCommand.self
    case WhenCommand.name: WhenCommand.self
    case CheckCommand.name: CheckCommand.self
    case TemplateCommand.name: TemplateCommand.self
    case AgendaCommand.name: AgendaCommand.self
    case FmtCommand.name: FmtCommand.self
    case DiffCommand.name: DiffCommand.self
    case VerifyCommand.name: VerifyCommand.self
    case LspCommand.name: LspCommand.self
    case ImportCommand.name: ImportCommand.self
    default: nil
    }
  }

  /// The command names, for suggestions.
  static let commandNames = [
    CheckCommand.name, TemplateCommand.name, AgendaCommand.name, LintCommand.name, FmtCommand.name, DiffCommand.name,
    WhenCommand.name, VerifyCommand.name,
  ]

  /// Runs `karta` with `arguments` (without the program name).
  public static func run(_ arguments: [String], console: Console) -> Int32 {
    var console = console
    var arguments = arguments
    // `--lang ru|en` anywhere sets the language people read.
    // A command with its own '--lang' (fmt: the keywords; template: the Excel form) sees it too.
    let ownsLang = arguments.first.flatMap(command(named:))?.options.contains { $0.name == .lang } ?? false
    if let (language, rest) = languageOption(in: arguments, keep: ownsLang) {
      guard let language else {
        console.writeError(
          "karta: " + console.language.say("cli.option-value", "\(rest.first ?? "")", "--lang", "ru, en") + "\n")
        return ExitCode.badInput
      }
      console.language = language
      arguments = rest
    }
    let words = console.language
    guard let first = arguments.first else {
      console.writeError(RussianHelp.text("", english: usage, in: words))
      return ExitCode.badInput
    }
    switch first {
    case "--help", "-h":
      console.write(RussianHelp.text("", english: usage, in: words))
      return ExitCode.success
    case "--version":
      console.write("karta \(version)\n")
      return ExitCode.success
    case "help":
      guard let name = arguments.dropFirst().first else {
        console.write(RussianHelp.text("", english: usage, in: words))
        return ExitCode.success
      }
      guard let command = command(named: name) else {
        console.writeError(unknownCommand(name, language: words))
        return ExitCode.badInput
      }
      console.write(RussianHelp.text(command.name, english: command.help, in: words))
      return ExitCode.success
    default:
      guard let command = command(named: first) else {
        console.writeError(unknownCommand(first, language: words))
        return ExitCode.badInput
      }
      let rest = Array(arguments.dropFirst())
      if rest.contains("--help") || rest.contains("-h") {
        console.write(RussianHelp.text(command.name, english: command.help, in: words))
        return ExitCode.success
      }
      do {
        let options = try ParsedArguments(rest, spec: command.options)
        if let output = options[.output],
          let refusal = OutputFile.refusal(among: options.positional, output: output)
        {
          let advice = first == "import" ? "write the draft elsewhere" : "write the report elsewhere"
          console.writeError("karta \(first): \(refusal); \(advice)\n")
          return ExitCode.badInput
        }
        return command.run(options, console: console)
      } catch {
        console.writeError(
          "karta \(first): \(error.phrase.text(in: words))\n" + words.say("cli.see-help", "karta help \(first)") + "\n")
        return ExitCode.badInput
      }
    }
  }

  /// The language `--lang L` or `--lang=L` asks for (`nil` inside when L names none, with L
  /// first in the rest), and the arguments without it unless `keep`; `nil` when there is none.
  static func languageOption(in arguments: [String], keep: Bool) -> (Language?, [String])? {
    guard let index = arguments.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }),
      arguments[..<index].allSatisfy({ $0 != "--" })
    else { return nil }
    let inline = arguments[index].hasPrefix("--lang=")
    let value = inline ? String(arguments[index].dropFirst("--lang=".count)) : arguments.dropFirst(index + 1).first
    guard let value else { return (nil, [""]) }
    guard let language = Language(naming: value) else { return (nil, [value]) }
    if keep { return (language, arguments) }
    var rest = arguments
    rest.removeSubrange(index..<(inline ? index + 1 : index + 2))
    return (language, rest)
  }

  /// "see 'karta help check'", the last line of every misuse of a command.
  static func seeHelp(_ command: String, _ console: Console) -> String {
    console.language.say("cli.see-help", "karta help \(command)") + "\n"
  }

  /// "karta: unknown command 'chek'; did you mean 'check'?" and where to look.
  static func unknownCommand(_ name: String, language: Language) -> String {
    let message =
      Suggestions.closest(to: name, among: commandNames).map {
        language.say("cli.unknown-command-suggest", "\(name)", "\($0)")
      } ?? language.say("cli.unknown-command", "\(name)")
    return "karta: \(message)\n" + language.say("cli.see-help", "karta help") + "\n"
  }

  static let usage = """
    karta — check whether a government roadmap is being carried out

    usage: karta COMMAND [options]

    commands:
      check PLAN STATUS…  the compliance report as of a date: done, late, overdue, unreported
      template PLAN       the blank status file an executor fills in
      agenda PLAN         what falls due in the coming days, per party; --ics for a calendar file
      lint FILE…          check plan files: syntax, references, deadlines
      fmt FILE…           lay plan files out in the canonical form; --check, --diff, --write
      diff OLD NEW        what an amendment changed, item by item: added, removed, moved, reworded
      when PHRASE         show how a deadline phrase is read: its kind and dates
      verify [FILE…]      run the plan tests (.verify files; default: every one under Rules/)
      lsp                 the language server editors start (docs/editors.md)
      import DOCUMENT     a draft plan from an order in Word (.docx), HTML, text or CSV

    karta help COMMAND  shows a command's options; --version prints the version.

    """
}

/// A subcommand of `karta`.
protocol Command {
  /// The name typed after `karta`.
  static var name: String { get }
  /// The text `karta help NAME` prints.
  static var help: String { get }
  /// The options it takes.
  static var options: [OptionSpec] { get }
  /// Runs the command.
  static func run(_ arguments: ParsedArguments, console: Console) -> Int32
}
