import KartaLanguage
import KartaPlan

/// A per-subject deadline for a subject that the item's `for:` leaves out.
struct SubjectOutsideForRule: FrontEndRule {
  let description = RuleDescription(
    id: .subjectOutsideFor,
    summary: "A per-subject deadline for a subject that the item's `for:` leaves out.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects m: М
          member a: А
          member b: Б
        item 1: Проведение
          owner: MINOBR
          for: a
          due ↓b: март
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        subjects m: М
          member a: А
          member b: Б
        item 1: Проведение
          owner: MINOBR
          for: a, b
          due b: март
        """)
    ])
}
