import KartaLanguage
import KartaPlan

/// A `plan` header in an included file.
struct IncludedPlanHeaderRule: FrontEndRule {
  let description = RuleDescription(
    id: .includedPlanHeader,
    summary: "A `plan` header in an included file.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: other.plan
        """,
        includes: [
          "other.plan": """
          ↓plan q: Другой план
          """
        ])
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: other.plan
        """,
        includes: [
          "other.plan": """
          party OU: Школы
          """
        ])
    ])
}
