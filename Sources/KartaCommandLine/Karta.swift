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

  /// Runs `karta` with `arguments` (without the program name).
  public static func run(_ arguments: [String], console: Console) -> Int32 {
    guard let first = arguments.first else {
      console.writeError(usage)
      return ExitCode.badInput
    }
    switch first {
    case "--help", "-h":
      console.write(usage)
      return ExitCode.success
    case "--version":
      console.write("karta \(version)\n")
      return ExitCode.success
    case "help":
      guard let name = arguments.dropFirst().first else {
        console.write(usage)
        return ExitCode.success
      }
      guard let command = command(named: name) else {
        console.writeError("karta: unknown command '\(name)'\n\n" + usage)
        return ExitCode.badInput
      }
      console.write(command.help)
      return ExitCode.success
    default:
      guard let command = command(named: first) else {
        console.writeError("karta: unknown command '\(first)'\n\n" + usage)
        return ExitCode.badInput
      }
      let rest = Array(arguments.dropFirst())
      if rest.contains("--help") || rest.contains("-h") {
        console.write(command.help)
        return ExitCode.success
      }
      do {
        let options = try ParsedArguments(rest, spec: command.options)
        if let output = options.options["output"],
          let refusal = OutputFile.refusal(among: options.positional, output: output)
        {
          console.writeError("karta \(first): \(refusal); write the report elsewhere\n")
          return ExitCode.badInput
        }
        return command.run(options, console: console)
      } catch {
        console.writeError("karta \(first): \(error.message)\n\n" + command.help)
        return ExitCode.badInput
      }
    }
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
