import Foundation
import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule

/// What one test of a `.verify` file gave.
public struct VerifyTestResult: Sendable {
  /// The test's name.
  public var name: String
  /// Each expectation that did not hold, placed at its expected value.
  public var failures: [Diagnostic]

  /// Whether every expectation held.
  public var passed: Bool { failures.isEmpty }
}

/// What running one `.verify` file gave: its tests' results, or why they could not run.
public struct VerifyFileResult: Sendable {
  /// The `.verify` file's path.
  public var path: String
  /// The tests that ran, in file order.
  public var tests: [VerifyTestResult] = []
  /// Bad input: the file's own errors, references to nothing, and the errors of its plan and fixtures.
  public var errors: [Diagnostic] = []
  /// The files the diagnostics quote: the `.verify` file, the plan's files, status files with errors.
  public var sources: [SourceFile] = []
}

/// Runs `.verify` files: loads each plan once, evaluates every test at its as-of date against its
/// status fixtures, and compares the expectations with what the evaluation says.
public final class VerifyRunner {
  private struct LoadedTable {
    var loaded: LoadedPlan
    var table: ObligationTable?
  }

  /// An expectation's obligation, found in the table.
  struct Target {
    var group: Int
    var position: Int
    var index: Int?
  }

  private var plans: [String: LoadedTable] = [:]

  /// Creates a runner with an empty plan cache.
  public init() {}

  /// Reads and runs the `.verify` file at `path`.
  public func run(path: String) -> VerifyFileResult {
    guard let data = RegularFile.contents(atPath: path) else {
      var result = VerifyFileResult(path: path)
      let problem = RegularFile.problem(at: path) ?? .unreadable("permission denied")
      result.errors = [Diagnostic.unreadableFile(path, problem: problem, at: SourceLocation(file: path))]
      return result
    }
    return run(VerifySpec.parse(path: path, bytes: [UInt8](data)))
  }

  /// Runs a parsed `.verify` file.
  public func run(_ spec: VerifySpec) -> VerifyFileResult {
    var result = VerifyFileResult(path: spec.path)
    result.sources = spec.source.map { [$0] } ?? []
    // The file's own errors are reported together with its references to obligations that do not
    // exist, so that one run shows every problem.
    result.errors = spec.diagnostics.filter { $0.severity == .error }
    guard let planToken = spec.plan else {
      result.errors = spec.diagnostics
      return result
    }
    let directory = PathArithmetic.directory(of: spec.path)
    let planPath = PathArithmetic.join(directory, planToken.text)
    let entry = plan(at: planPath)
    result.sources += entry.loaded.sources
    guard let table = entry.table else {
      let planErrors = entry.loaded.diagnostics.filter { $0.severity == .error }
      result.errors += planErrors
      let problem =
        planErrors.isEmpty
        ? "'\(planPath)' has no 'plan' header"
        : "the plan '\(planPath)' has \(planErrors.count) error\(planErrors.count == 1 ? "" : "s")"
      result.errors.append(problem: problem, at: planToken, in: spec.path)
      return result
    }
    var targets: [[Target?]] = []
    for test in spec.tests {
      targets.append(test.expectations.map { resolve($0, table: table, file: spec.path, errors: &result.errors) })
    }
    guard result.errors.isEmpty else {
      result.errors = result.errors.sortedForReporting()
      return result
    }
    for (number, test) in spec.tests.enumerated() {
      guard let asOf = test.asOf else { continue }
      // Amendments in force on the test's date change deadlines and owners: such a test runs on the
      // plan as it stands that day.
      var tested = table
      var testTargets = targets[number]
      if entry.loaded.plan.amendments.contains(where: { $0.dated.map { $0 <= asOf } ?? false }) {
        tested = ObligationTable(plan: entry.loaded.plan.inForce(on: asOf))
        var errors: [Diagnostic] = []
        testTargets = test.expectations.map { resolve($0, table: tested, file: spec.path, errors: &errors) }
        result.errors += errors
      }
      guard let status = loadStatus(test, table: tested, directory: directory, result: &result) else { continue }
      let report = ComplianceReport(table: tested, status: status, asOf: asOf, horizon: test.horizon)
      var failures: [Diagnostic] = []
      for (expectation, target) in zip(test.expectations, testTargets) {
        if let failure = compare(expectation, target, report: report, file: spec.path) { failures.append(failure) }
      }
      result.tests.append(VerifyTestResult(name: test.name.text, failures: failures))
    }
    result.errors = result.errors.sortedForReporting()
    return result
  }

  private func plan(at path: String) -> LoadedTable {
    if let cached = plans[path] { return cached }
    let loaded = PlanLoader.load(path: path)
    let sound = !loaded.diagnostics.containsErrors && loaded.plan.header != nil
    let entry = LoadedTable(loaded: loaded, table: sound ? ObligationTable(plan: loaded.plan) : nil)
    plans[path] = entry
    return entry
  }

  /// The test's status fixtures, read and merged; `nil` (with the reasons in `result`) when they have errors.
  private func loadStatus(
    _ test: VerifyTest, table: ObligationTable, directory: String, result: inout VerifyFileResult
  ) -> StatusSet? {
    var paths: [String] = []
    var missing = false
    for token in test.status {
      let path = PathArithmetic.join(directory, token.text)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        result.errors.append(problem: "cannot find the status fixture '\(path)'", at: token, in: result.path)
        missing = true
        continue
      }
      guard isDirectory.boolValue else {
        paths.append(path)
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      paths += names.filter { $0.lowercased().hasSuffix(".json") || $0.lowercased().hasSuffix(".csv") }.sorted()
        .map { path + "/" + $0 }
    }
    guard !missing else { return nil }
    let status = StatusSet.load(paths: paths, table: table, asOf: test.asOf)
    let errors = status.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else {
      result.errors += errors
      for file in Set(errors.map(\.location.file)) {
        if let data = RegularFile.contents(atPath: file),
          case .success(let source) = SourceFile.decode(path: file, bytes: [UInt8](data))
        {
          result.sources.append(source)
        }
      }
      let anchor = test.status.first ?? test.name
      result.errors.append(
        problem:
          "the status fixtures of test '\(test.name.text)' have \(errors.count) error\(errors.count == 1 ? "" : "s")",
        at: anchor, in: result.path)
      return nil
    }
    return status
  }

  /// Finds the obligation (or, for `occurrences` and `kind`, the item and subject) an expectation names.
  private func resolve(
    _ expectation: VerifyExpectation, table: ObligationTable, file: String, errors: inout [Diagnostic]
  ) -> Target? {
    guard let reference = expectation.value.reference else { return nil }
    func fail(_ id: DiagnosticID, _ range: SourceRange, _ message: String) -> Target? {
      errors.append(Diagnostic(id, at: SourceLocation(file: file, range: range), message))
      return nil
    }
    let id = reference.id.text
    let found = reference.isReport ? table.reportGroup[id] : (table.itemGroup[id] ?? table.reportGroup[id])
    guard let groupNumber = found else {
      let candidates = (reference.isReport ? [] : table.plan.items.map(\.id)) + table.plan.reports.map(\.id)
      let suggestion = Suggestions.closest(to: id, among: candidates)
      let what = reference.isReport ? "report" : "item or report"
      return fail(
        .verifyUnknownItem, reference.id.range,
        "the plan has no \(what) '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
    let group = table.groups[groupNumber]
    // `occurrences` and `kind` need no subject when every subject shares one deadline.
    let wholeItem: Bool
    switch expectation.value {
    case .occurrences, .kind: wholeItem = true
    default: wholeItem = false
    }
    var position = 0
    switch (group.span, reference.subject) {
    case (.none, let subject?):
      return fail(
        .verifyUnknownSubject, subject.range, "'\(id)' is one obligation for no subject; leave '\(subject.text)' out")
    case (.none, nil):
      position = 0
    case (_, nil) where wholeItem && group.schedules.count == 1:
      position = 0
    case (_, nil):
      let first = table.subject(of: group, at: 0).map { table.subjects[Int($0)].id }
      return fail(
        .verifyUnknownSubject, reference.id.range,
        "'\(id)' is one obligation per subject; name the subject" + (first.map { ", such as '\(id) \($0)'" } ?? ""))
    case (_, let subject?):
      guard let index = table.subjectIndex[subject.text], let found = table.position(of: index, in: group) else {
        let ids = (0..<table.subjectCount(group)).compactMap { table.subject(of: group, at: $0) }
          .map { table.subjects[Int($0)].id }
        let suggestion = Suggestions.closest(to: subject.text, among: ids)
        return fail(
          .verifyUnknownSubject, subject.range,
          "'\(subject.text)' is not a subject of '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
      }
      position = found
    }
    let count = group.count(at: position)
    switch expectation.value {
    case .occurrences, .kind:
      if let token = reference.occurrenceToken {
        return fail(
          .verifyUnknownOccurrence, token.range,
          "'\(expectation.keyword.text)' is about the whole item; leave '\(token.text)' out")
      }
      return Target(group: groupNumber, position: position, index: nil)
    default:
      guard let occurrence = reference.occurrence ?? (count == 1 ? 1 : nil) else {
        return fail(
          .verifyUnknownOccurrence, reference.range,
          "'\(reference.text)' has \(count) occurrences; name one with '#1' to '#\(count)'")
      }
      guard occurrence <= count else {
        return fail(
          .verifyUnknownOccurrence, reference.occurrenceToken?.range ?? reference.range,
          "'\(id)' has \(count) occurrence\(count == 1 ? "" : "s")"
            + (reference.subject.map { " for '\($0.text)'" } ?? "") + ", not #\(occurrence)")
      }
      return Target(
        group: groupNumber, position: position, index: group.index(position: position, occurrence: occurrence))
    }
  }
}

extension Array where Element == Diagnostic {
  /// Adds a `verify.bad-fixture` error at `token`.
  fileprivate mutating func append(problem: String, at token: VerifyToken, in file: String) {
    append(Diagnostic(.verifyBadFixture, at: SourceLocation(file: file, range: token.range), problem))
  }
}
