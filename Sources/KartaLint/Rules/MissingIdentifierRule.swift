import KartaLanguage
import KartaPlan

/// A declaration without the identifier it declares.
struct MissingIdentifierRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingIdentifier,
    summary: "A declaration without the identifier it declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        ↓item: Проведение семинара
          owner: MINOBR
          due: март
        """),
      LintExample(
        """
        ↓plan: План
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
