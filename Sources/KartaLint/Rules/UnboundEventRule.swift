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
      ),
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Отчет\n  owner: A\n  due: ↓в течение 10 рабочих дней после проведения\n"
      ),
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  period: 2024\nevent trainings: Апробации\nparty A: А\nitem 4.10: Апробации\n  owner: A\n  due: По графику Рособрнадзора\n  on: trainings\n"
      ),
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Мониторинг\n  owner: A\n  due: до 1 марта 2024 года\nitem 2: Отчет\n  owner: A\n  due: в течение 10 рабочих дней после проведения\n  after: 1\n"
      ),
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    context.placedPhrases.filter { [.event, .relative].contains($0.schedule.kind) && !$0.isBound }.map {
      placed in
      if placed.schedule.kind == .relative {
        return Diagnostic(
          .unboundEvent, .warning, at: placed.phrase.location,
          Phrase(
            "deadline.unbound-anchor", "\(placed.quoted)", .phrase(placed.owner),
            "\(placed.schedule.relative?.anchor ?? "")"),
          notes: [Phrase("deadline.unbound-anchor.note")])
      }
      return Diagnostic(
        .unboundEvent, .warning, at: placed.phrase.location,
        Phrase("deadline.unbound-event", "\(placed.quoted)", .phrase(placed.owner)),
        notes: [Phrase("deadline.unbound-event.note")])
    }
  }
}
