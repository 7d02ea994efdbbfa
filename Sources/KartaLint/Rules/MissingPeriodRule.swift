import KartaLanguage
import KartaPlan

/// A plan with deadlines but neither a period nor an approval date to read them in.
struct MissingPeriodRule: FrontEndRule {
  let description = RuleDescription(
    id: .missingPeriod,
    severity: .warning,
    summary: "A plan with deadlines but neither a period nor an approval date to read them in.",
    triggering: [
      LintExample("plan ↓p: План\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: март\n")
    ],
    nonTriggering: [
      LintExample("plan p: План\n  approved: 15.03.2024\nparty A: А\nitem 1: Семинар\n  owner: A\n  due: март\n")
    ])
}
