import KartaLanguage
import KartaPlan

/// A property that may appear once given twice in one block.
struct DuplicatePropertyRule: FrontEndRule {
  let description = RuleDescription(
    id: .duplicateProperty,
    summary: "A property that may appear once given twice in one block.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: март
          ↓due: апрель
        """),
      LintExample(
        """
        plan p: План
          period: 2024
          ↓period: 2025
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
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          owner: MINOBR2
          due: март
        party MINOBR2: Второй
        """),
    ])
}
