import KartaLanguage
import KartaPlan

/// A keyword that is not followed by ':'.
struct MissingColonRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingColon,
    summary: "A keyword that is not followed by ':'.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          ↓owner MINOBR
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        ↓item 1 Проведение семинара
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
        item 1: Проведение семинара для учителей,
          для которых это важно
          owner: MINOBR
          due: март
        """),
    ])
}
