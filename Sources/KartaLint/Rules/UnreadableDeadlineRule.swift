import KartaLanguage
import KartaPlan

/// A deadline phrase Karta cannot read: an error pointing at the phrase, never a guess.
struct UnreadableDeadlineRule: LintRule {
  let description = RuleDescription(
    id: .unreadableDeadline,
    summary: "A deadline phrase Karta cannot read, or one naming a day that does not exist.",
    triggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: ↓когда-нибудь потом\n"),
      LintExample("plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: ↓до 31.02.2024\n"),
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: до мая\n  reading: до 30.04.2024\n"
      ),
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: До15 ноября 2024 года\n"),
      LintExample("plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: По согласованию\n"),
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    context.placedPhrases.filter { $0.schedule.kind == .unknown }.map { placed in
      if let reading = placed.phrase.reading {
        return Diagnostic(
          .unreadableDeadline, at: placed.phrase.readLocation,
          Phrase("deadline.unreadable-reading", "\(reading)", .phrase(placed.owner)),
          notes: [
            placed.schedule.problem.map { Phrase("deadline.problem", "\($0)") }
              ?? Phrase("deadline.unreadable.no-form"),
            Phrase("deadline.unreadable-reading.note"),
          ])
      }
      return Diagnostic(
        .unreadableDeadline, at: placed.phrase.location,
        Phrase("deadline.unreadable", "\(placed.quoted)", .phrase(placed.owner)),
        notes: [
          placed.schedule.problem.map { Phrase("deadline.problem", "\($0)") } ?? Phrase("deadline.unreadable.no-form"),
          Phrase("deadline.unreadable.note"),
        ])
    }
  }
}
