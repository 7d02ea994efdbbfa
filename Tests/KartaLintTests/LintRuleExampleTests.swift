import KartaLanguage
import KartaPlan
import Testing

@testable import KartaLint

/// Runs every registered rule's examples: each triggering example must be reported exactly at
/// its markers, each non-triggering example not at all. The examples are the rules' documentation.
@Suite struct LintRuleExampleTests {
  static let rules = LintRegistry.rules.map { RuleCase(rule: $0) }

  struct RuleCase: CustomTestStringConvertible, Sendable {
    let rule: any LintRule
    var testDescription: String { rule.description.id.rawValue }
  }

  private func findings(of rule: any LintRule, in example: LintExample) -> [Diagnostic] {
    let result = Linter().lint(path: LintExample.rootPath, from: InMemorySources(bytes: example.files))
    return result.diagnostics.filter { $0.id == rule.description.id }
  }

  @Test(arguments: rules)
  func triggeringExamplesReportAtTheirMarkers(_ ruleCase: RuleCase) {
    let description = ruleCase.rule.description
    #expect(!description.triggering.isEmpty, "a rule documents at least one triggering example")
    for (index, example) in description.triggering.enumerated() {
      let found = findings(of: ruleCase.rule, in: example)
      let places = Set(
        found.map { LintExample.Expectation(file: $0.location.file, position: $0.location.range?.start) })
      #expect(places == Set(example.expectations), "triggering example \(index + 1) of \(description.id)")
      #expect(found.allSatisfy { $0.severity == description.severity })
      #expect(found.allSatisfy { !$0.message.hasSuffix(".") && $0.message.first?.isUppercase == false })
    }
  }

  @Test(arguments: rules)
  func nonTriggeringExamplesStayQuiet(_ ruleCase: RuleCase) {
    let description = ruleCase.rule.description
    #expect(!description.nonTriggering.isEmpty, "a rule documents at least one non-triggering example")
    for (index, example) in description.nonTriggering.enumerated() {
      let found = findings(of: ruleCase.rule, in: example)
      #expect(found.isEmpty, "non-triggering example \(index + 1) of \(description.id): \(found.map(\.message))")
    }
  }

  @Test func theRegistryIsSortedAndHoldsEachIdOnce() {
    let names = LintRegistry.rules.map { String(describing: type(of: $0)) }
    #expect(names == names.sorted())
    let ids = LintRegistry.rules.map(\.description.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test func everyFrontEndProblemHasARuleThatDocumentsIt() {
    let frontEnd: [DiagnosticID] = [
      .fileUnreadable, .fileInvalidUTF8, .fileBinary, .fileEmpty,
      .unknownKeyword, .unknownProperty, .missingColon, .missingValue, .missingIdentifier, .missingArgument,
      .unexpectedArgument, .unexpectedText, .outsideBlock, .duplicateProperty,
      .includeOutsideTree, .includeCycle, .includeUnreadable, .includedPlanHeader,
      .duplicateIdentifier, .duplicateHeader, .missingHeader, .unknownParty, .unknownSubject, .unknownSubjectList,
      .unknownEvent, .unknownItem, .unknownSection, .missingOwner, .missingDue, .missingProperty, .invalidDate,
      .invalidPeriod, .unknownTimeZone, .invalidTarget, .subjectOutsideFor, .invalidSetting, .missingPeriod,
      .invalidEventDates, .includeTooDeep, .sectionCycle, .dependencyCycle, .invalidCalendar, .oddCalendar,
      .repeatedName,
    ]
    let documented = Set(LintRegistry.rules.map(\.description.id))
    for id in frontEnd { #expect(documented.contains(id), "no rule documents \(id)") }
  }
}
