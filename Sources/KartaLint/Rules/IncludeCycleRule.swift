import KartaLanguage
import KartaPlan

/// An include that leads back to a file being included.
struct IncludeCycleRule: FrontEndRule {
  let description = RuleDescription(
    id: .includeCycle,
    summary: "An include that leads back to a file being included.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: a.plan
        """,
        includes: [
          "a.plan": """
          include: ↓plan.plan
          """
        ])
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: a.plan
        include: a.plan
        """,
        includes: [
          "a.plan": """
          party OU: Школы
          """
        ])
    ])
}
