import KartaLanguage
import KartaPlan

/// A target that is not a comparison with a number.
struct InvalidTargetRule: FrontEndRule {
  let description = RuleDescription(
    id: .invalidTarget,
    summary: "A target that is not a comparison with a number.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: март
          target quality: ↓около сорока процентов
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: март
          target organizers: не менее 25 человек
          target quality: >= 40 %
        """)
    ])
}
