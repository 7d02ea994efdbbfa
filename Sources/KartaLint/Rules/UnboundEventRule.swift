import KartaLanguage
import KartaPlan

/// A deadline that follows an external schedule («по графику Рособрнадзора») with no `on:` binding.
struct UnboundEventRule: LintRule {
  let description = RuleDescription(
    id: .unboundEvent,
    severity: .warning,
    summary: "A deadline that follows an external schedule but is bound to no calendar event.",
    triggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 4.10: Апробации\n  owner: A\n  due: ↓По графику Рособрнадзора\n"
      )
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  period: 2024\nevent trainings: Апробации\nparty A: А\nitem 4.10: Апробации\n  owner: A\n  due: По графику Рособрнадзора\n  on: trainings\n"
      )
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    context.loaded.plan.placedPhrases.filter { $0.schedule.kind == .event && !$0.isBound }.map { placed in
      Diagnostic(
        .unboundEvent, .warning, at: placed.phrase.location,
        Phrase("deadline.unbound-event", "\(placed.quoted)", .phrase(placed.owner)),
        notes: [Phrase("deadline.unbound-event.note")])
    }
  }
}
