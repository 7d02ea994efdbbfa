import KartaLanguage
import KartaPlan

/// An owner, reporter or recipient that no `party` declares.
struct UnknownPartyRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownParty,
    summary: "An owner, reporter or recipient that no `party` declares.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR, ↓MINBOR
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        report R1: Отчет
          from: ↓MOUO
          to: MINOBR
          due: ежемесячно
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
        """)
    ])
}
