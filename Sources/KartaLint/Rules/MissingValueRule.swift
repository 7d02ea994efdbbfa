import KartaLanguage
import KartaPlan

/// A declaration or property with nothing after ':'.
struct MissingValueRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingValue,
    summary: "A declaration or property with nothing after ':'.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение семинара
          owner:↓
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 2:↓
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
        item 1:
          Проведение семинара на следующей строке
          owner: MINOBR
          due: март
        """),
    ])
}
