import KartaLanguage
import KartaPlan

/// A date that is not `dd.mm.yyyy` or ISO, or a day that does not exist.
struct InvalidDateRule: FrontEndRule {
  let description = RuleDescription(
    id: .invalidDate,
    summary: "A date that is not `dd.mm.yyyy` or ISO, or a day that does not exist.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
          approved: ↓31.02.2024
        party MINOBR: Министерство образования
        """),
      LintExample(
        """
        plan p: План
          period: 2024
          approved: ↓15 марта
        party MINOBR: Министерство образования
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
          approved: 29.02.2024
        party MINOBR: Министерство образования
        """),
      LintExample(
        """
        plan p: План
          period: 2024
          approved: 2024-03-15
        party MINOBR: Министерство образования
        """),
    ])
}
