import KartaLanguage
import KartaPlan

/// A plan file that cannot be opened.
struct UnreadableFileRule: FrontEndRule {
  let description = RuleDescription(
    id: .fileUnreadable,
    summary: "A plan file that cannot be opened.",
    triggering: [
      LintExample(bytes: nil, expecting: [nil])
    ],
    nonTriggering: [
      LintExample("plan p: План\n  period: 2024\n")
    ])
}
