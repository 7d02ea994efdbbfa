import KartaLanguage
import KartaPlan

/// Two declarations of one kind with the same identifier.
struct DuplicateIdentifierRule: FrontEndRule {
  let description = RuleDescription(
    id: .duplicateIdentifier,
    summary: "Two declarations of one kind with the same identifier.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          owner: MINOBR
          due: до 1 марта 2024 года
        item ↓1: Другое мероприятие
          owner: MINOBR
          due: май
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        party ↓MINOBR: Ещё раз
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
        section 1: Раздел с тем же номером, что и пункт
        """)
    ])
}
