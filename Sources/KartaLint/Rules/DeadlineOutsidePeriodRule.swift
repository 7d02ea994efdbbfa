import KartaLanguage
import KartaPlan

/// A deadline after the plan's period ends, or before it starts (but not before approval, which
/// `deadline.before-approval` reports).
struct DeadlineOutsidePeriodRule: LintRule {
  let description = RuleDescription(
    id: .deadlineOutsidePeriod,
    severity: .warning,
    summary: "A deadline outside the plan's period.",
    triggering: [
      LintExample(
        "plan p: План\n  approved: 07.12.2023\n  period: 2023/2024\nparty A: А\nitem 6.12: Площадки\n  owner: A\n  due: ↓в течение 2024-2025 учебного года\n"
      )
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  approved: 07.12.2023\n  period: 2023/2024\nparty A: А\nitem 6.11: Персей\n  owner: A\n  due: в течение 2023-2024 учебного года\n"
      )
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let header = context.loaded.plan.header, let period = header.period else { return [] }
    return context.placedPhrases.compactMap { placed in
      guard placed.schedule.kind == .window else { return nil }
      let beforeApproval =
        header.approved.map { approved in placed.schedule.windows.contains { $0.due < approved } } ?? false
      guard !beforeApproval, let outside = placed.schedule.windows.first(where: { !period.contains($0.due) }) else {
        return nil
      }
      return Diagnostic(
        .deadlineOutsidePeriod, .warning, at: placed.phrase.location,
        Phrase("deadline.outside-period", "\(outside.due.russian)", .phrase(placed.owner), "\(period)"),
        notes: [Phrase("deadline.outside-period.note")])
    }
  }
}
