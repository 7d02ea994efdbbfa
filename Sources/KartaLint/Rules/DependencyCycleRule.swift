import KartaLanguage
import KartaPlan

/// Items whose `after:` dependencies lead back to themselves: none of them could ever start.
struct DependencyCycleRule: FrontEndRule {
  let description = RuleDescription(
    id: .dependencyCycle,
    summary: "Items whose `after:` dependencies lead back to themselves: none of them could ever start.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Разработка плана
          owner: MINOBR
          due: март 2024 года
          after: ↓2
        item 2: Утверждение плана
          owner: MINOBR
          due: апрель 2024 года
          after: 1, ↓2
        item 3: Согласование плана
          owner: MINOBR
          due: апрель 2024 года
          after: ↓4
        item 4: Публикация плана
          owner: MINOBR
          due: май 2024 года
          after: 3
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        item 1: Разработка плана
          owner: MINOBR
          due: март 2024 года
        item 2: Утверждение плана
          owner: MINOBR
          due: апрель 2024 года
          after: 1
        item 3: Реализация плана
          owner: MINOBR
          due: май 2024 года
          after: 1, 2
        """)
    ])
}
