import KartaLanguage
import KartaPlan

/// An include that leaves the plan's directory tree.
struct IncludeOutsideTreeRule: FrontEndRule {
  let description = RuleDescription(
    id: .includeOutsideTree,
    summary: "An include that leaves the plan's directory tree.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: ↓../secret.plan
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: ↓/etc/passwd
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: shared/list.plan
        """,
        includes: [
          "shared/list.plan": """
          subjects school: Школы
            member s1: Школа № 1
          """
        ])
    ])
}
