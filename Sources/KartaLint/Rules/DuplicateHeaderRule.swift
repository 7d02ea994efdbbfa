import KartaLanguage
import KartaPlan

/// A second `plan` header.
struct DuplicateHeaderRule: FrontEndRule {
  let description = RuleDescription(
    id: .duplicateHeader,
    summary: "A second `plan` header.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        plan ↓q: Второй план
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        """)
    ])
}
