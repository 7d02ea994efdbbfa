import Foundation
import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule

/// `karta template PLAN --party P [--subject S] [--format json|csv]`: the blank status file an
/// executor fills in, listing exactly the obligations that party (and subject) owes.
enum TemplateCommand: Command {
  static let name = "template"
  static let options = [
    OptionSpec(name: .party, takesValue: true), OptionSpec(name: .subject, takesValue: true),
    OptionSpec(name: .format, takesValue: true, allowed: ["json", "csv", "xlsx"]),
    OptionSpec(name: .asOf, takesValue: true, reading: .date), OptionSpec(name: .output, takesValue: true),
    OptionSpec(name: .lang, takesValue: true, allowed: ["en", "ru"]),
  ]
  static let help = """
    usage: karta template PLAN --party P [--subject S] [--format json|csv|xlsx] [--as-of D] [-o FILE]

    Writes the blank status file that party P (for subject S, when P stands for a list of
    subjects) fills in: one record for each obligation it owes, with the item's text and its
    deadline for reference and an empty status. `karta check` accepts it back unchanged: a blank
    record means nothing was reported yet.

    options:
      --party P     the reporting party (required)
      --subject S   the subject it reports for (required when P stands for each member of a list)
      --format F    json (default), csv (`;`-separated, with a byte-order mark, for Excel) or xlsx
                    (an Excel form: locked reference columns, a status drop-down list, date cells,
                    a sheet on how to fill it in; needs -o)
      -o, --output FILE  write the form to FILE instead of standard output
      --lang L      the xlsx form's labels and status names in Russian (ru, default) or English (en)
      --as-of D     the as-of date to fill in (default: today in the plan's time zone)

    exit codes: 0 written, 2 bad input or usage

    """

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard let path = arguments.positional.first, arguments.positional.count == 1 else {
      console.writeError("karta template: \(console.language.word("cli.one-plan"))\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    guard let party = arguments[.party] else {
      console.writeError(
        "karta template: \(console.language.word("cli.party-required"))\n" + Karta.seeHelp(name, console))
      return Karta.ExitCode.badInput
    }
    guard let loaded = PlanInput.load(path, console: console, command: name) else { return Karta.ExitCode.badInput }
    let plan = loaded.plan
    let subject = arguments[.subject]
    guard PlanInput.checkFilter(party: party, subject: subject, plan: plan, console: console, command: name) else {
      return Karta.ExitCode.badInput
    }
    if let list = plan.party(party)?.each, subject == nil {
      console.writeError("karta template: \(console.language.say("cli.subject-required", "\(party)", "\(list)"))\n")
      return Karta.ExitCode.badInput
    }
    let asOf = arguments.date(.asOf) ?? PlanInput.today(in: plan)
    let table = ObligationTable(plan: plan.inForce(on: asOf))
    let reports = plan.reports.filter { $0.from == party }.map(\.id)
    let header = StatusTemplate.Header(
      plan: plan.header?.id ?? "", party: party, subject: subject, report: reports.count == 1 ? reports[0] : nil,
      asOf: asOf)
    let template = StatusTemplate(header: header, table: table)
    let output = arguments[.output]
    switch arguments.value(.format, default: "json") {
    case "xlsx":
      guard let output, output != "-" else {
        console.writeError("karta template: an .xlsx form is a file; give '-o FORM.xlsx'\n")
        return Karta.ExitCode.badInput
      }
      let bytes = template.workbook(title: plan.header?.title ?? "", english: arguments[.lang] == "en")
      do {
        try OutputFile.write(bytes: bytes, to: output)
      } catch {
        console.writeError("karta template: \(error.message)\n")
        return Karta.ExitCode.badInput
      }
    case "csv":
      let form = template.csv(language: console.language)
      if let failure = OutputFile.deliver(form, to: output, console: console, command: name) {
        return failure
      }
    default:
      if let failure = OutputFile.deliver(template.json(), to: output, console: console, command: name) {
        return failure
      }
    }
    return Karta.ExitCode.success
  }
}
