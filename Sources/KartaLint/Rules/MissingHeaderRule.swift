import KartaLanguage
import KartaPlan

/// Items declared without a `plan` header.
struct MissingHeaderRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingHeader,
    summary: "Items declared without a `plan` header.",
    triggering: [
      LintExample(
        """
        party MINOBR: Министерство
        item ↓1: Проведение
          owner: MINOBR
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
        """),
      LintExample(
        """
        subjects school: Школы
          member s1: Школа № 1
        """),
    ])
}
