import KartaLanguage
import KartaPlan

/// A deadline written on several lines that reads differently line by line than as one line: Karta
/// reads it as one line (a printed line break is not part of the phrase), and says so.
struct DeadlineLineBreakRule: LintRule {
  let description = RuleDescription(
    id: .deadlineLineBreak,
    severity: .warning,
    summary: "A deadline on several lines that a line break would read differently.",
    triggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Мониторинг\n  owner: A\n  due: ↓апрель, май -\n    июнь, июль\n"
      )
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Мониторинг\n  owner: A\n  due: апрель, май - июнь, июль\n"
      ),
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Мониторинг\n  owner: A\n  due: до 15\n    мая 2024 года\n"
      ),
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    context.placedPhrases.filter(\.schedule.lineBreakChangesReading).map { placed in
      Diagnostic(
        .deadlineLineBreak, .warning, at: placed.phrase.location,
        Phrase("deadline.line-break", "\(placed.quoted)", .phrase(placed.owner)),
        notes: placed.schedule.notes.filter { $0.hasPrefix("read as one line") }.map(Phrase.verbatim)
          + [Phrase("deadline.line-break.note")])
    }
  }
}
