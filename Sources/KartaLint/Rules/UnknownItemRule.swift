import KartaLanguage
import KartaPlan

/// A dependency or amendment that names an item no `item` declares.
struct UnknownItemRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownItem,
    summary: "A dependency or amendment that names an item no `item` declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          owner: MINOBR
          due: до 1 марта 2024 года
        item 2: Следующее
          owner: MINOBR
          due: май
          after: 1, ↓3
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          owner: MINOBR
          due: до 1 марта 2024 года
        amendment AM1: Изменения
          dated: 01.06.2024
          changes: ↓7
          due: до 1 июля 2024 года
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
        item 2: Следующее
          owner: MINOBR
          due: май
          after: 1
        """)
    ])
}
