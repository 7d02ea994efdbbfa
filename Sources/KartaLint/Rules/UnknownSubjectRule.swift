import KartaLanguage
import KartaPlan

/// A subject in `for:` or `due ID:` that no subject list declares.
struct UnknownSubjectRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownSubject,
    summary: "A subject in `for:` or `due ID:` that no subject list declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects m: Муниципалитеты
          member angarsk: Ангарск
        item 1: Проведение
          owner: MINOBR
          for: angarsk, ↓sayansk
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects m: Муниципалитеты
          member angarsk: Ангарск
        item 1: Проведение
          owner: MINOBR
          due ↓sayansk: апрель
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects m: Муниципалитеты
          member angarsk: Ангарск
        item 1: Проведение
          owner: MINOBR
          due angarsk: март-апрель 2024 года
        """)
    ])
}
