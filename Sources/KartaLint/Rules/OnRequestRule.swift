import KartaLanguage
import KartaPlan

/// A deadline with no date («по согласованию», «по заявке»): noted, since such an obligation is
/// done only when reported done and is never overdue.
struct OnRequestRule: LintRule {
  let description = RuleDescription(
    id: .onRequestDeadline,
    severity: .note,
    summary: "A deadline with no date: the obligation is done on request.",
    triggering: [
      LintExample("plan p: План\n  period: 2024\nparty A: А\nitem 10: Совещание\n  owner: A\n  due: ↓По согласованию\n")
    ],
    nonTriggering: [
      LintExample("plan p: План\n  period: 2024\nparty A: А\nitem 1: Совещание\n  owner: A\n  due: Февраль 2024 года\n")
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    context.placedPhrases.filter { $0.schedule.kind == .onRequest }.map { placed in
      Diagnostic(
        .onRequestDeadline, .note, at: placed.phrase.location,
        Phrase("deadline.on-request", "\(placed.quoted)", .phrase(placed.owner)))
    }
  }
}
