import KartaLanguage
import KartaPlan

/// Text at the left margin that is neither a declaration nor a comment.
struct UnexpectedTextRule: FrontEndRule {
  let description = RuleDescription(
    id: .unexpectedText,
    summary: "Text at the left margin that is neither a declaration nor a comment.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          owner: MINOBR
          due: до 1 марта 2024 года
        ↓Проведение семинара без отступа
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        ↓- пункт списка
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          с отступом продолжает название
          owner: MINOBR
          due: март
        """)
    ])
}
