import KartaLanguage
import KartaPlan
import KartaReports

/// `karta diff OLD NEW [--format text|json|md] [-o FILE]`: what an amendment changed, item by item.
enum DiffCommand: Command {
  static let name = "diff"
  static let options = [
    OptionSpec(name: .format, takesValue: true, allowed: PlanDiffReport.formats),
    OptionSpec(name: .output, takesValue: true),
  ]
  static let help = """
    usage: karta diff OLD NEW [--format text|json|md] [-o FILE]

    Compares two plans, each read with its includes and resolved, and prints what the new one
    changed, item by item in the order of NEW: items added and removed, items renumbered or moved
    to another section (paired by the likeness of their titles, not reported as removed + added),
    titles reworded, owners added or dropped, deadlines changed (the old and new phrase and the
    effective due dates of their windows), the same phrase read into other windows (a new period),
    per-subject deadlines, 'for:' subjects, targets, evidence, 'after:' and notes; and changes to the
    header, parties, subject lists, sections, reports, events and amendments.

    options:
      --format F         text (default), json (the karta-diff/1 contract in docs/diff.md) or md
      -o, --output FILE  write to FILE (atomically) instead of standard output

    exit codes: 0 no differences, 1 differences found, 2 a plan has errors, cannot be read, or bad usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard arguments.positional.count == 2 else {
      let problem = arguments.positional.count < 2 ? "needs two plans, OLD and NEW" : "takes exactly two plans"
      console.writeError("karta diff: \(problem)\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    let paths = arguments.positional
    let plans = paths.map { load($0, console: console) }
    guard let old = plans[0], let new = plans[1] else { return Karta.ExitCode.badInput }
    let diff = PlanDiff(old: old, new: new)
    let report = PlanDiffReport(diff, old: paths[0], new: paths[1])
    let text = report.render(as: arguments.value(.format, default: "text")) ?? ""
    if let failure = OutputFile.deliver(text, to: arguments[.output], console: console, command: name) {
      return failure
    }
    return diff.isEmpty ? Karta.ExitCode.success : Karta.ExitCode.findings
  }

  /// The plan at `path`, or `nil` after printing its errors with file:line:column.
  private static func load(_ path: String, console: Console) -> Plan? {
    let loaded = PlanLoader.load(path: path)
    var errors = loaded.diagnostics.filter { $0.severity == .error }
    if errors.isEmpty, loaded.plan.header == nil {
      let start = SourcePosition(line: 1, column: 1)
      errors.append(
        Diagnostic(
          .diffNotAPlan, at: SourceLocation(file: path, range: SourceRange(start: start, end: start)),
          "'\(path)' has no 'plan' header",
          notes: ["karta diff compares two plans; a file of shared declarations is not one"]))
    }
    guard errors.isEmpty else {
      console.writeError(
        DiagnosticRenderer(sources: loaded.sources, colored: console.colored, language: console.language).render(errors)
      )
      console.writeError(
        "karta diff: '\(path)' has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was compared\n")
      return nil
    }
    return loaded.plan
  }
}
