import KartaLanguage
import KartaPlan

/// A place `karta import` was not sure of, marked in the draft by a `# karta import:` comment: a
/// warning at the comment, so that a plan author sees every one before the draft becomes a plan.
struct ImportReviewRule: LintRule {
  let description = RuleDescription(
    id: .importReview,
    severity: .warning,
    summary: "A place `karta import` was not sure of, marked by a `# karta import:` comment.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party A: А
        ↓# karta import: the row names no executor («ответственные» is empty); name one
        item 1: Семинар
          owner: A
          due: март
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party A: А
        # Checked by hand: the order names no executor; the department is meant.
        item 1: Семинар
          owner: A
          due: март
        """)
    ])

  /// The words that start the importer's comments.
  static let marker = "karta import:"

  func check(_ context: LintContext) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    for file in context.loaded.files {
      for comment in file.comments where comment.text.hasPrefix(Self.marker) {
        let text = file.source.line(comment.line)
        let column = (text.firstIndex(of: "#").map { text.distance(from: text.startIndex, to: $0) } ?? 0) + 1
        let start = SourcePosition(line: comment.line, column: column)
        let end = SourcePosition(line: comment.line, column: column + 1 + comment.text.unicodeScalars.count)
        let doubt = String(comment.text.dropFirst(Self.marker.count)).drop { $0 == " " }
        findings.append(
          Diagnostic(
            .importReview, .warning,
            at: SourceLocation(file: file.source.path, range: SourceRange(start: start, end: end)),
            "the import left this for a person to check: \(doubt)",
            notes: ["check the line below against the document, then delete the comment"]))
      }
    }
    return findings
  }
}

extension DiagnosticID {
  /// A `# karta import:` comment that a person has not yet resolved.
  public static let importReview: DiagnosticID = "lint.import-review"
}
