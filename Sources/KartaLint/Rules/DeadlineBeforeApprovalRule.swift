import KartaLanguage
import KartaPlan

/// A deadline earlier than the plan's approval: often a typo in the year («до 01.03.2004 года»).
struct DeadlineBeforeApprovalRule: LintRule {
  let description = RuleDescription(
    id: .deadlineBeforeApproval,
    severity: .warning,
    summary: "A deadline that falls before the plan's approval date.",
    triggering: [
      LintExample(
        "plan p: План\n  approved: 07.12.2023\n  period: 2023/2024\nparty A: А\nitem 5.3: Смета\n  owner: A\n  due: ↓в срок до 01.03.2004 года\n"
      )
    ],
    nonTriggering: [
      LintExample(
        "plan p: План\n  approved: 07.12.2023\n  period: 2023/2024\nparty A: А\nitem 5.4: Наблюдатели\n  owner: A\n  due: в срок до 10.05.2024 года\n"
      )
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    guard let approved = context.loaded.plan.header?.approved else { return [] }
    return context.placedPhrases.compactMap { placed in
      guard placed.schedule.kind == .window, let early = placed.schedule.windows.first(where: { $0.due < approved })
      else { return nil }
      return Diagnostic(
        .deadlineBeforeApproval, .warning, at: placed.phrase.location,
        Phrase("deadline.before-approval", "\(early.due.russian)", .phrase(placed.owner), "\(approved.russian)"),
        notes: [Phrase("deadline.before-approval.note")])
    }
  }
}
