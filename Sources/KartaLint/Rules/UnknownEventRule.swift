import KartaLanguage
import KartaPlan

/// An item bound with `on:` to an event no `event` declares.
struct UnknownEventRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownEvent,
    summary: "An item bound with `on:` to an event no `event` declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: По графику Рособрнадзора
          on: ↓vpr-2024
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        event vpr-2024: ВПР
        item 1: Проведение
          owner: MINOBR
          due: По графику Рособрнадзора
          on: vpr-2024
        """)
    ])
}
