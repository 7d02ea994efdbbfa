import KartaLanguage
import KartaPlan

/// A file holding nothing but white space.
struct EmptyFileRule: FrontEndRule {
  let description = RuleDescription(
    id: .fileEmpty,
    summary: "A file holding nothing but white space.",
    triggering: [
      LintExample(bytes: [], expecting: [nil]),
      LintExample(bytes: [0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x20, 0x09], expecting: [nil]),
    ],
    nonTriggering: [
      LintExample("# только комментарий\nparty OU: Школы\n")
    ])
}
