import KartaLanguage
import KartaPlan

/// An item whose text repeats an earlier item's, letter case, quotes and spacing aside: a row the
/// document lists twice, or a copy-paste slip.
struct DuplicateTitleRule: LintRule {
  let description = RuleDescription(
    id: .duplicateTitle,
    severity: .warning,
    summary: "An item whose text repeats an earlier item's.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party IRO: Институт развития образования
        item 1: Проведение «академических десантов» по вопросам формирования оценки функциональной грамотности
          owner: IRO
          due: в течение года
        item ↓2: Проведение «Академических десантов» по вопросам формирования  оценки функциональной грамотности
          owner: IRO
          due: в течение года
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party IRO: Институт развития образования
        item 1: Проведение семинара с муниципальными координаторами по итогам промежуточного мониторинга
          owner: IRO
          due: июнь
        item 2: Проведение семинара с муниципальными координаторами по итогам реализации плана
          owner: IRO
          due: декабрь
        """)
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    var first: [String: Item] = [:]
    var findings: [Diagnostic] = []
    for item in context.loaded.plan.items {
      let key = Self.comparable(item.title)
      guard !key.isEmpty else { continue }
      if let earlier = first[key] {
        let place = earlier.location.range.map { "\(earlier.location.file):\($0.start.line):\($0.start.column)" }
        findings.append(
          Diagnostic(
            .duplicateTitle, .warning, at: item.location,
            Phrase("plan.duplicate-title", "\(item.id)", "\(earlier.id)"),
            notes: [
              Phrase("plan.duplicate-title.first", "\(place ?? earlier.location.file)"),
              Phrase("plan.duplicate-title.note"),
            ]))
      } else {
        first[key] = item
      }
    }
    return findings
  }

  /// The title with letter case, 'ё', quotation marks and runs of white space evened out.
  static func comparable(_ title: String) -> String {
    let quotes: Set<Character> = ["«", "»", "\"", "“", "”", "„", "'"]
    let folded = Keyword.normalized(title).filter { !quotes.contains($0) }
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

extension DiagnosticID {
  /// An item whose text repeats an earlier item's.
  public static let duplicateTitle: DiagnosticID = "lint.duplicate-title"
}
