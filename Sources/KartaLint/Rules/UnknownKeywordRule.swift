import KartaLanguage
import KartaPlan

/// A line at the left margin starts with a word that is no declaration keyword.
struct UnknownKeywordRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownKeyword,
    summary: "A line at the left margin starts with a word that is no declaration keyword.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        ↓itme 1: Проведение семинара
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        ↓меропрятие 1: Проведение семинара
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          owner: MINOBR
          due: до 1 марта 2024 года
        """),
      LintExample(
        """
        план p: План
          period: 2024
        party MINOBR: Министерство образования
        """),
    ])
}
