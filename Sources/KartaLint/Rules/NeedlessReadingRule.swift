import KartaLanguage
import KartaPlan
import KartaSchedule

/// A `reading:` line under a deadline Karta reads by itself: the stated reading replaces what the
/// document's words say, so the two had better agree.
struct NeedlessReadingRule: LintRule {
  let description = RuleDescription(
    id: .needlessReading,
    severity: .warning,
    summary: "A `reading:` for a deadline Karta reads by itself.",
    triggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: до 1 марта 2024 года\n  reading: ↓до 2 марта 2024 года\n"
      )
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  period: 2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: до мая\n  reading: до 30.04.2024\n")
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let deadlineContext = context.loaded.plan.deadlineContext else { return [] }
    return context.placedPhrases.compactMap { placed in
      guard let reading = placed.phrase.reading, let location = placed.phrase.readingLocation else { return nil }
      let own = DeadlineReader.read(placed.phrase.text, in: deadlineContext)
      guard own.kind != .unknown else { return nil }
      let same = own.windows == DeadlineReader.read(reading, in: deadlineContext).windows
      return Diagnostic(
        .needlessReading, .warning, at: location,
        same
          ? Phrase("deadline.needless-reading", "\(placed.quoted)", .phrase(placed.owner))
          : Phrase("deadline.overriding-reading", .phrase(placed.owner), "\(reading)", "\(placed.quoted)"),
        notes: [
          Phrase("deadline.reads-as", "\(placed.quoted)", .phrase(.verbatim(own.explanation))),
          Phrase("deadline.needless-reading.note"),
        ])
    }
  }
}
