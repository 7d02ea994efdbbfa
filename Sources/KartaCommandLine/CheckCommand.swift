import Foundation
import KartaCheck
import KartaLanguage
import KartaPlan
import KartaReports
import KartaSchedule

/// `karta check PLAN STATUS…`: the compliance report as of a date.
enum CheckCommand: Command {
  static let name = "check"
  static let options = [
    OptionSpec(name: .asOf, takesValue: true, reading: .date), OptionSpec(name: .horizon, takesValue: true),
    OptionSpec(name: .format, takesValue: true, allowed: ReportRenderers.identifiers + [WordReport.identifier]),
    OptionSpec(name: .party, takesValue: true), OptionSpec(name: .subject, takesValue: true),
    OptionSpec(name: .failOn, takesValue: true), OptionSpec(name: .output, takesValue: true),
    OptionSpec(name: .all, takesValue: false),
  ]
  static let help = """
    usage: karta check PLAN STATUS… [--as-of D] [--horizon DAYS] [--format F] [-o FILE]
                       [--party P] [--subject S] [--fail-on STATES] [--all] [--lang ru|en]

    Expands the plan into obligations (item × subject × window, report × reporter × checkpoint),
    matches the status files' records, and gives each obligation one state as of the date:
    done, late, overdue, due-soon, pending, unreported, ongoing, unscheduled, on-request,
    waived, cancelled, target-missed. Prints the compliance figure, the gaps by party and by
    subject, progress by section, and the reports not submitted. A STATUS that is a directory
    stands for every .json, .csv and .xlsx file in it, in name order.

    options:
      --as-of D          the evaluation date (default: today in the plan's time zone)
      --horizon DAYS     what counts as due soon (default 14)
      --format F         text (default), json (the contract in docs/status.md), md, html, csv,
                         sarif, junit, github, or docx (a Word document in Russian; needs -o)
                         (see docs/reports.md)
      -o, --output FILE  write the report to FILE (atomically) instead of standard output
      --party P          only the obligations party P owes
      --subject S        only the obligations for subject S
      --fail-on STATES   exit 1 when an obligation is in one of these states
                         (comma-separated; default overdue,unreported; 'none' never fails)
      --all              list every gap in the text report (it lists 25 a party, 30 subjects)
      --lang ru|en       the language of the report and messages (default: KARTA_LANG, then the
                         locale: LC_ALL, LC_MESSAGES, LANG starting with 'ru'; else English)

    A STATUS of '-' reads one status file from standard input.

    exit codes: 0 no obligation in a --fail-on state, 1 some are, 2 bad input or usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    let words = console.language
    guard arguments.positional.count >= 1 else {
      console.writeError(
        "karta check: \(words.word("cli.no-plan"))\n" + words.say("cli.see-help", "karta help check") + "\n")
      return Karta.ExitCode.badInput
    }
    var failOn: Set<ObligationState> = [.overdue, .unreported]
    if let text = arguments[.failOn] {
      failOn = []
      for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where name != "none" {
        guard let state = ObligationState(rawValue: name) else {
          let states = ObligationState.allCases.map(\.rawValue).joined(separator: ", ") + ", none"
          console.writeError("karta check: " + words.say("cli.not-a-state", "\(name)", "\(states)") + "\n")
          return Karta.ExitCode.badInput
        }
        failOn.insert(state)
      }
    }
    let horizon = Int(arguments.value(.horizon, default: "14"))
    guard let horizon, horizon >= 0, horizon <= 3660 else {
      console.writeError("karta check: " + words.word("cli.horizon") + "\n")
      return Karta.ExitCode.badInput
    }
    let phases = PhaseClock(enabled: ProcessInfo.processInfo.environment["KARTA_PROFILE"] == "1", console: console)
    let planSources = DigestingSources()
    guard let loaded = PlanInput.load(arguments.positional[0], console: console, command: name, from: planSources)
    else {
      return Karta.ExitCode.badInput
    }
    let plan = loaded.plan
    let party = arguments[.party]
    let subject = arguments[.subject]
    guard PlanInput.checkFilter(party: party, subject: subject, plan: plan, console: console, command: name) else {
      return Karta.ExitCode.badInput
    }
    let asOf = arguments.date(.asOf) ?? PlanInput.today(in: plan)
    phases.mark("plan")
    // Amendments dated on or before the check date are in force (docs/status.md).
    let table = ObligationTable(plan: plan.inForce(on: asOf))
    phases.mark("obligations")
    let paths = StatusPaths.expand(Array(arguments.positional.dropFirst()), console: console, command: name)
    if paths.isEmpty { console.writeError("karta check: \(words.word("cli.no-status-files"))\n") }
    let status = StatusSet.load(paths: paths, table: table, asOf: asOf)
    phases.mark("status files")
    let total = status.errorCount
    if total > 0 {
      let listed = status.diagnostics.filter { $0.severity != .warning }
      console.writeError(StatusDiagnostics.render(listed, of: status, console: console))
      console.writeError("karta check: " + words.count("count.cli.status-errors", total, "\(total)") + "\n")
      return Karta.ExitCode.badInput
    }
    // Warnings (a record by a party that does not own the item) do not stop the check.
    // Counted, not copied: a national check can give hundreds of thousands.
    let warnings = status.diagnostics.lazy.filter { $0.severity == .warning }
    let warningCount = warnings.count + status.unlistedWarnings
    if warningCount > 0 {
      console.writeError(StatusDiagnostics.render(Array(warnings.prefix(50)), of: status, console: console))
    }
    if warningCount > 50 {
      console.writeError("karta check: " + words.say("cli.more-warnings", "\(warningCount - 50)") + "\n")
    }
    let report = ComplianceReport(
      table: table, status: status, asOf: asOf, horizon: horizon,
      inputs: planSources.inputs(of: plan)
        + status.files.compactMap { $0 }.map { InputDigest(path: $0.path, sha256: $0.digest) },
      filter: ObligationFilter(party: party, subject: subject))
    phases.mark("evaluation")
    // Eleven million records and states are not freed one array at a time before `exit`.
    ProcessEndKeeper.keep(report)
    let format = arguments.value(.format, default: "text")
    if format == WordReport.identifier {
      guard let output = arguments[.output], output != "-" else {
        console.writeError("karta check: a Word report is a file; give '-o REPORT.docx'\n")
        return Karta.ExitCode.badInput
      }
      do {
        try OutputFile.write(bytes: WordReport().render(report), to: output)
      } catch {
        console.writeError("karta check: \(error.message)\n")
        return Karta.ExitCode.badInput
      }
      phases.mark("report")
      return failOn.contains { report.totals[$0] > 0 } ? Karta.ExitCode.findings : Karta.ExitCode.success
    }
    let colored = console.colored && arguments[.output] == nil
    let renderer = ReportRenderers.renderer(
      for: format, colored: colored, language: words, listingAll: arguments.flag(.all))
    // Written as it is rendered: a JSON or CSV report of millions of obligations never lives in memory whole.
    let failure = OutputFile.deliver(to: arguments[.output], console: console, command: name) { sink in
      renderer?.write(report, to: sink)
    }
    if let failure { return failure }
    phases.mark("report")
    let failing = failOn.contains { report.totals[$0] > 0 }
    return failing ? Karta.ExitCode.findings : Karta.ExitCode.success
  }
}

/// Prints status-file diagnostics with the offending line quoted, as it was read: no file is read
/// again (it could have changed since it was checked).
enum StatusDiagnostics {
  static func render(_ diagnostics: [Diagnostic], of status: StatusSet, console: Console) -> String {
    DiagnosticRenderer(
      sources: [], quotedLines: status.quotedLines, colored: console.colored, language: console.language
    )
    .render(diagnostics)
  }
}

/// Status arguments: files, `-` for standard input, or directories standing for the .json, .csv
/// and .xlsx files in them. Warns on standard error when a directory holds none.
enum StatusPaths {
  static func expand(_ arguments: [String], console: Console, command: String) -> [String] {
    let words = console.language
    return arguments.flatMap { argument -> [String] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue,
        let names = try? FileManager.default.contentsOfDirectory(atPath: argument)
      else { return [argument] }
      let directory = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
      // "~$form.xlsx" is the lock file Excel keeps beside an open workbook.
      let found = names.filter { name in
        !name.hasPrefix("~$") && [".json", ".csv", ".xlsx"].contains { name.lowercased().hasSuffix($0) }
      }.sorted()
        .map { directory + "/" + $0 }
      if found.isEmpty { console.writeError("karta \(command): \(words.say("cli.empty-folder", "\(argument)"))\n") }
      return found
    }
  }
}

/// Phase timings on standard error when `KARTA_PROFILE` is `1` (exactly), for tuning.
final class PhaseClock {
  private let enabled: Bool
  private let console: Console
  private var last = Date()

  init(enabled: Bool, console: Console) {
    self.enabled = enabled
    self.console = console
  }

  func mark(_ phase: String) {
    guard enabled else { return }
    let now = Date()
    console.writeError(String(format: "karta: %@ %.3f s\n", phase, now.timeIntervalSince(last)))
    last = now
  }
}
