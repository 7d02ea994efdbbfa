import Foundation
import KartaCheck
import KartaLanguage
import KartaSchedule
import KartaWords

extension VerifyRunner {
  /// The failure of one expectation against the evaluation, or `nil` when it holds.
  func compare(
    _ expectation: VerifyExpectation, _ target: Target?, report: ComplianceReport, file: String
  )
    -> Diagnostic?
  {
    func failure(_ id: DiagnosticID, _ message: String, notes: [String] = []) -> Diagnostic {
      Diagnostic(id, at: SourceLocation(file: file, range: expectation.valueToken.range), message, notes: notes)
    }
    let name = expectation.value.reference?.text ?? ""
    let table = report.table
    switch expectation.value {
    case .count(let figure, let expected):
      let actual = value(of: figure, in: report)
      return actual == expected
        ? nil
        : failure(.verifyCount, "\(describe(figure)) is \(actual), expected \(expected)")
    case .compliance(let expected, let decimals):
      let actual = report.compliance.map { ($0 * 100 * pow10(decimals)).rounded() / pow10(decimals) }
      let shown = { (value: Double?) in value.map { String(format: "%.\(decimals)f %%", $0) } ?? "none" }
      let matches =
        (actual == nil && expected == nil)
        || (actual != nil && expected != nil
          && abs((actual ?? 0) - (expected ?? 0)) < 0.5 / pow10(decimals))
      return matches
        ? nil
        : failure(
          .verifyCompliance, "compliance is \(shown(actual)), expected \(shown(expected))",
          notes: ["done on time \(report.doneOnTime) of \(report.dueByDate) due by \(report.asOf.russian)"])
    case .occurrences(_, let expected):
      guard let target else { return nil }
      let actual = table.groups[target.group].count(at: target.position)
      return actual == expected
        ? nil
        : failure(
          .verifyOccurrences, "'\(name)' has \(actual) occurrence\(actual == 1 ? "" : "s"), expected \(expected)")
    case .kind(_, let expected):
      guard let target else { return nil }
      let schedule = table.groups[target.group].schedule(at: target.position)
      return schedule.kind == expected
        ? nil
        : failure(
          .verifyKind, "'\(name)' is read as \(schedule.kind.rawValue), expected \(expected.rawValue)",
          notes: ["the phrase: «\(schedule.phrase)»"])
    default:
      break
    }
    guard let index = target?.index else { return nil }
    let row = report.row(index)
    let phrase = ["the phrase: «\(row.duePhrase)»"]
    switch expectation.value {
    case .state(_, let expected):
      return row.state == expected
        ? nil
        : failure(
          .verifyState, "'\(name)' is \(row.state.rawValue), expected \(expected.rawValue)",
          notes: row.notes.map { $0.text(in: .english) })
    case .window(_, let start, let due, let effective):
      guard let window = row.window else {
        return failure(.verifyWindow, "'\(name)' has no window (\(row.scheduleKind.rawValue))", notes: phrase)
      }
      if window.start != start || window.due != due {
        return failure(
          .verifyWindow,
          "'\(name)' has the window \(window.start.russian)–\(window.due.russian), "
            + "expected \(start.russian)–\(due.russian)",
          notes: phrase)
      }
      if let effective, window.effectiveDue != effective {
        return failure(
          .verifyDue,
          "'\(name)' falls due effectively on \(window.effectiveDue.russian), expected \(effective.russian)",
          notes: phrase)
      }
      return nil
    case .due(_, let due, let effective):
      guard let window = row.window else {
        return failure(.verifyDue, "'\(name)' has no due date (\(row.scheduleKind.rawValue))", notes: phrase)
      }
      if window.due != due {
        return failure(.verifyDue, "'\(name)' is due \(window.due.russian), expected \(due.russian)", notes: phrase)
      }
      if let effective, window.effectiveDue != effective {
        return failure(
          .verifyDue,
          "'\(name)' falls due effectively on \(window.effectiveDue.russian), expected \(effective.russian)",
          notes: phrase)
      }
      return nil
    case .label(_, let expected):
      let actual = row.window?.label
      return actual == expected
        ? nil
        : failure(
          .verifyLabel,
          "'\(name)' has the label \(actual.map { "'\($0)'" } ?? "none"), "
            + "expected \(expected.map { "'\($0)'" } ?? "none")",
          notes: phrase)
    case .checkpoint(_, let expected):
      let actual = row.window?.asOf
      return actual == expected
        ? nil
        : failure(
          .verifyCheckpoint,
          "'\(name)' is as of \(actual?.russian ?? "no date"), expected \(expected?.russian ?? "none")", notes: phrase)
    default:
      return nil
    }
  }

  private func value(of figure: SummaryFigure, in report: ComplianceReport) -> Int {
    switch figure {
    case .obligations: report.totals.total
    case .state(let state): report.totals[state]
    case .gaps: report.totals.gaps
    case .dueByDate: report.dueByDate
    case .doneOnTime: report.doneOnTime
    }
  }

  private func describe(_ figure: SummaryFigure) -> String {
    switch figure {
    case .obligations: "the number of obligations"
    case .state(let state): "the number of \(state.rawValue) obligations"
    case .gaps: "the number of gaps"
    case .dueByDate: "the number of obligations due by the date"
    case .doneOnTime: "the number of obligations done on time"
    }
  }

  private func pow10(_ decimals: Int) -> Double {
    (0..<decimals).reduce(1.0) { value, _ in value * 10 }
  }
}
