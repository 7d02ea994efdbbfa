import KartaLanguage
import KartaPlan

/// An item without a deadline; a document that gives none is written `due: срок не указан`.
struct MissingDueRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingDue,
    summary: "An item without a deadline; a document that gives none is written `due: срок не указан`.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item ↓1: Проведение
          owner: MINOBR
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
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: срок не указан
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects m: М
          member a: А
        item 1: Проведение
          owner: MINOBR
          due a: март
        """),
    ])
}
