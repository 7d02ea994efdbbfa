import KartaLanguage
import KartaPlan

/// An include whose file cannot be read.
struct IncludeUnreadableRule: FrontEndRule {
  let description = RuleDescription(
    id: .includeUnreadable,
    summary: "An include whose file cannot be read.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: ↓missing.plan
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: present.plan
        """,
        includes: [
          "present.plan": """
          party OU: Школы
          """
        ])
    ])
}
