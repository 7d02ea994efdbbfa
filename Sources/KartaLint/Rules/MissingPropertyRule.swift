import KartaLanguage
import KartaPlan

/// A report without `from` or `due`, or an amendment without `changes`.
struct MissingPropertyRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingProperty,
    summary: "A report without `from` or `due`, or an amendment without `changes`.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        report ↓R1: Отчет
          from: MINOBR
          to: MINOBR
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        amendment ↓AM1: Изменения
          dated: 01.06.2024
        """),
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        report R1: Отчет
          from: MINOBR
          to: MINOBR
          due: ежемесячно
        """)
    ])
}
