import KartaLanguage
import KartaPlan

/// A period that is neither a calendar year, an academic year nor a range of dates.
struct InvalidPeriodRule: FrontEndRule {
  let description = RuleDescription(
    id: .invalidPeriod,
    summary: "A period that is neither a calendar year, an academic year nor a range of dates.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: ↓2024/2026
        party MINOBR: Министерство образования
        """),
      LintExample(
        """
        plan p: План
          period: ↓весь год
        party MINOBR: Министерство образования
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        """),
      LintExample(
        """
        plan p: План
          period: 2023/2024
        party MINOBR: Министерство образования
        """),
      LintExample(
        """
        plan p: План
          period: 01.09.2023..31.08.2024
        party MINOBR: Министерство образования
        """),
    ])
}
