import KartaLanguage
import KartaPlan

/// A property or continuation line before the first declaration.
struct OutsideBlockRule: FrontEndRule {
  let description = RuleDescription(
    id: .outsideBlock,
    summary: "A property or continuation line before the first declaration.",
    triggering: [
      LintExample(
        """
          ↓owner: MINOBR
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        """),
      LintExample(
        """
          ↓текст до объявления
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
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
        """)
    ])
}
