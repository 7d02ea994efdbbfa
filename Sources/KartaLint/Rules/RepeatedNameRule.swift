import KartaLanguage
import KartaPlan

/// A name listed twice where each counts once: `for: m1, m1` would make two obligations for one
/// school (one done, one never reported); an owner or an `after:` item twice is a slip as well.
struct RepeatedNameRule: FrontEndRule {
  let description = RuleDescription(
    id: .repeatedName,
    summary: "A subject, owner or `after:` item listed twice in one item.",
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
          for: a, b, ↓a
          due: март
        """),
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Проведение
          owner: MINOBR
          due: март
        item 2: Анализ
          ответственный: MINOBR, ↓MINOBR
          due: май
          after: 1
        """),
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
          due: март
        item 2: Анализ
          owner: MINOBR
          due: май
          after: 1
        """)
    ])
}
