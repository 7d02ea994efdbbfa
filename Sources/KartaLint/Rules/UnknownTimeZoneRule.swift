import KartaLanguage
import KartaPlan

/// A time zone that is not an IANA identifier.
struct UnknownTimeZoneRule: FrontEndRule {
  let description = RuleDescription(
    id: .unknownTimeZone,
    summary: "A time zone that is not an IANA identifier.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
          timezone: ↓Asia/Irkutsck
        party MINOBR: Министерство образования
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
          timezone: Asia/Irkutsk
        party MINOBR: Министерство образования
        """)
    ])
}
