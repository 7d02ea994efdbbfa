import KartaLanguage
import KartaPlan

/// A plan setting (`days-off`, `until`) with a value it does not have.
struct InvalidSettingRule: FrontEndRule {
  let description = RuleDescription(
    id: .invalidSetting,
    summary: "A plan setting (`days-off`, `until`) with a value it does not have.",
    triggering: [
      LintExample("plan p: План\n  period: 2024\n  days-off: ↓maybe\n")
    ],
    nonTriggering: [
      LintExample("plan p: План\n  period: 2024\n  days-off: keep\n  until: exclusive\n")
    ])
}
