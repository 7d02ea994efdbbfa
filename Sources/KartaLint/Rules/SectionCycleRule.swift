import KartaLanguage
import KartaPlan

/// Sections whose `parent:` links lead back to themselves.
struct SectionCycleRule: FrontEndRule {
  let description = RuleDescription(
    id: .sectionCycle,
    summary: "Sections whose `parent:` links lead back to themselves.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        section A2: Приложение 2
          parent: ↓A2.1
        section A2.1: Организационные мероприятия
          parent: A2
        section A3: Приложение 3
          parent: ↓A3
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
        section A2.1.1: Мониторинги
          parent: A2.1
        """)
    ])
}
