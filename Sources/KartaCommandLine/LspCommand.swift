import KartaLSP

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `karta lsp`: the language server on standard input and output (docs/editors.md).
enum LspCommand: Command {
  static let name = "lsp"
  static let options = [
    OptionSpec(name: .stdio, takesValue: false),
    OptionSpec(name: .debounce, takesValue: true),
  ]
  static let help = """
    usage: karta lsp [--stdio] [--debounce MS]

    Runs the Karta language server: editors start it and speak the Language Server Protocol over
    standard input and output. Authors get lint diagnostics as they type (included files too),
    hover (a deadline's dates, a code's name, a keyword's meaning), completion, go to definition,
    find references, rename, the outline, formatting as 'karta fmt' does it, and quick fixes.
    Editor set-ups for VS Code, Neovim, Helix and Emacs are in editors/ and docs/editors.md.

    options:
      --stdio          accepted for clients that pass it; standard input and output are the only transport
      --debounce MS    wait MS milliseconds after the last change before linting (default 250)

    exit codes: 0 the client sent 'shutdown' then 'exit', 1 it exited or closed the pipe without
    'shutdown', 2 bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard arguments.positional.isEmpty else {
      console.writeError("karta lsp: unexpected argument '\(arguments.positional[0])'\n\n" + help)
      return Karta.ExitCode.badInput
    }
    var debounce: UInt64 = 250
    if let text = arguments[.debounce] {
      guard let value = UInt64(text), value <= 60_000 else {
        console.writeError("karta lsp: '--debounce \(text)' is not a number of milliseconds from 0 to 60000\n")
        return Karta.ExitCode.badInput
      }
      debounce = value
    }
    let server = LanguageServer(
      configuration: LanguageServer.Configuration(debounce: debounce * 1_000_000, version: Karta.version))
    return ServerLoop.run(server, input: STDIN_FILENO, output: STDOUT_FILENO)
  }
}
