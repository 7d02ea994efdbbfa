import KartaLanguage
import KartaPlan

/// A party that stands for a subject list no `subjects` declares.
struct UnknownSubjectListRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownSubjectList,
    summary: "A party that stands for a subject list no `subjects` declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        party MOUO: Муниципальный орган управления образованием
          each: ↓municipality
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects municipality: Муниципалитеты
          member a: А
        party MOUO: МОУО
          each: municipality
        """)
    ])
}
