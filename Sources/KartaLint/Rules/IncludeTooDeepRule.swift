import KartaLanguage
import KartaPlan

/// Includes nested more than `PlanLoader.maximumIncludeDepth` files deep.
struct IncludeTooDeepRule: FrontEndRule {
  let description = RuleDescription(
    id: .includeTooDeep,
    summary: "Includes nested more than \(PlanLoader.maximumIncludeDepth) files deep.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: f1.plan
        """,
        includes: IncludeTooDeepRule.chain(PlanLoader.maximumIncludeDepth, marked: true))
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party MINOBR: Министерство образования
        include: f1.plan
        """,
        includes: IncludeTooDeepRule.chain(PlanLoader.maximumIncludeDepth - 1, marked: false))
    ])

  /// Files `f1.plan` … `fN.plan`, each including the next; the last declares a party. With
  /// `marked`, a marker where the include past the limit is refused.
  static func chain(_ count: Int, marked: Bool) -> [String: String] {
    var files: [String: String] = [:]
    for number in 1..<count {
      let marker = marked && number == count - 1 ? "↓" : ""
      files["f\(number).plan"] = "include: \(marker)f\(number + 1).plan"
    }
    files["f\(count).plan"] = "party OU: Школы"
    return files
  }
}
