import KartaLanguage
import KartaPlan

/// A section whose `parent:` no `section` declares.
struct UnknownSectionRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownSection,
    summary: "A section whose `parent:` no `section` declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        section A2.1: Организационные мероприятия
          parent: ↓A2
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        section A2: Приложение 2
        section A2.1: Организационные мероприятия
          parent: A2
        """)
    ])
}
