import KartaLanguage
import KartaPlan
import KartaSchedule

/// A due date in a year whose Government decree on transferred days off Karta does not have: the
/// law's holidays still apply, the decree's transfers cannot.
struct NoDecreeRule: LintRule {
  let description = RuleDescription(
    id: .noDecree,
    severity: .warning,
    summary: "A due date in a year whose decree on transferred days off Karta does not have.",
    triggering: [
      LintExample(
        "plan p: План\n  approved: 01.09.2026\n  period: 2026/2027\nparty A: А\nitem 1: Отчет\n  owner: A\n  due: ↓до 4 января 2027 года\n"
      )
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  approved: 01.09.2025\n  period: 2025/2026\nparty A: А\nitem 1: Отчет\n  owner: A\n  due: до 4 января 2026 года\n"
      ),
      LintExample(
        "plan p: План\n  approved: 01.09.2026\n  period: 2026/2027\nparty A: А\nitem 1: Отчет\n  owner: A\n  due: до 4 января 2027 года\ncalendar russia-2027: Календарь\n  year: 2027\n  transfer: 02.01.2027 → 03.05.2027\n"
      ),
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    let plan = context.loaded.plan
    guard plan.header != nil else { return [] }
    return context.placedPhrases.compactMap { placed in
      let missing = plan.yearsWithoutDecree(placed.schedule)
      guard let first = missing.first else { return nil }
      let named = missing.map(String.init).joined(separator: ", ")
      return Diagnostic(
        .noDecree, .warning, at: placed.phrase.location,
        Phrase.counted("count.deadline.no-decree", missing.count, .phrase(placed.owner), "\(named)"),
        notes: [
          .verbatim(
            "\(ProductionCalendar.lawOnlyRule.prefix(1).uppercased())\(ProductionCalendar.lawOnlyRule.dropFirst())"),
          Phrase("deadline.no-decree.note", "\(first)"),
        ])
    }
  }
}
