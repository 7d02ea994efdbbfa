import KartaLanguage
import KartaPlan

/// A file that is not valid UTF-8, such as one saved in Windows-1251.
struct InvalidUTF8Rule: FrontEndRule {
  let description = RuleDescription(
    id: .fileInvalidUTF8,
    summary: "A file that is not valid UTF-8, such as one saved in Windows-1251.",
    triggering: [
      // "plan p: " followed by «План» in Windows-1251.
      LintExample(
        bytes: Array("plan p: ".utf8) + [0xCF, 0xEB, 0xE0, 0xED], expecting: [SourcePosition(line: 1, column: 9)]),
      LintExample(
        bytes: Array("plan p: План\n  period: 2024\n  note: ".utf8) + [0xFF],
        expecting: [SourcePosition(line: 3, column: 9)]),
    ],
    nonTriggering: [
      LintExample("plan p: План\n  period: 2024\n"),
      LintExample(bytes: [0xEF, 0xBB, 0xBF] + Array("plan p: План\r\n  period: 2024\r\n".utf8), expecting: []),
    ])
}
