import KartaLanguage
import KartaPlan

/// A file holding control characters, as binary files do.
struct BinaryFileRule: FrontEndRule {
  let description = RuleDescription(
    id: .fileBinary,
    summary: "A file holding control characters, as binary files do.",
    triggering: [
      LintExample(bytes: Array("plan p: План\n  no\u{0}te: x\n".utf8), expecting: [SourcePosition(line: 2, column: 5)]),
      LintExample(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], expecting: [SourcePosition(line: 1, column: 1)]),
    ],
    nonTriggering: [
      LintExample("plan p: План\n\tperiod: 2024\n")
    ])
}
