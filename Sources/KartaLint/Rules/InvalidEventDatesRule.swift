import KartaLanguage
import KartaPlan

/// An event date that is neither `dd.mm.yyyy` nor `D..D`.
struct InvalidEventDatesRule: FrontEndRule {
  let description = RuleDescription(
    id: .invalidEventDates,
    summary: "An event date that is neither `dd.mm.yyyy` nor `D..D`.",
    triggering: [
      LintExample("plan p: План\n  period: 2024\nevent e: ЕГЭ\n  dates: ↓23 мая – 1 июля\n")
    ],
    nonTriggering: [
      LintExample("plan p: План\n  period: 2024\nevent e: ЕГЭ\n  dates: 23.05.2024..01.07.2024\n  dates: 04.07.2024\n")
    ])
}
