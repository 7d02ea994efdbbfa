import KartaLanguage
import KartaPlan

/// A property that needs an identifier (`member ID:`, `target ID:`) written without one.
struct MissingArgumentRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingArgument,
    summary: "A property that needs an identifier (`member ID:`, `target ID:`) written without one.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects school: Школы
          ↓member: Школа № 1
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: март
          ↓target: >= 25 человек
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects school: Школы
          member sosh-1: Школа № 1
        """)
    ])
}
