import KartaLanguage
import KartaPlan

/// An identifier where the keyword takes none.
struct UnexpectedArgumentRule: FrontEndRule {
  let description = RuleDescription(
    id: .unexpectedArgument,
    summary: "An identifier where the keyword takes none.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner ↓X: MINOBR
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include ↓x: other.plan
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
