import KartaLanguage
import KartaPlan

/// An item without a responsible party.
struct MissingOwnerRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingOwner,
    summary: "An item without a responsible party.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item ↓1: Проведение
          due: март
        """)
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
