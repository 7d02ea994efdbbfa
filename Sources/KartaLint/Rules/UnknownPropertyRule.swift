import KartaLanguage
import KartaPlan

/// A property whose keyword its block does not have; the closest keyword is suggested.
struct UnknownPropertyRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownProperty,
    summary: "A property whose keyword its block does not have; the closest keyword is suggested.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          ↓onwer: MINOBR
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        party OU: Школы
          ↓due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          ↓Задачи: текст
          owner: MINOBR
          due: март
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
          | Задачи: текст
          owner: MINOBR
          due: март
        """),
    ])
}
