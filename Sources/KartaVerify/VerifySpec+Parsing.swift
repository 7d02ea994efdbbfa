import Foundation
import KartaCheck
import KartaLanguage
import KartaSchedule

extension VerifySpec {
  /// The keywords written at the start of a block.
  static let blockKeywords = ["plan", "test"]
  /// The keywords of a test's indented lines.
  static let testKeywords = [
    "as-of", "status", "horizon", "expect", "window", "due", "label", "checkpoint", "occurrences", "kind", "count",
    "compliance",
  ]
  /// The test keywords that name an obligation before the colon.
  static let referenceKeywords: Set<String> = [
    "expect", "window", "due", "label", "checkpoint", "occurrences", "kind",
  ]

  /// Reads a `.verify` file from its bytes; every problem is in `diagnostics`, none is thrown.
  public static func parse(path: String, bytes: [UInt8]) -> VerifySpec {
    switch SourceFile.decode(path: path, bytes: bytes) {
    case .failure(let problem):
      var spec = VerifySpec(path: path, source: nil)
      spec.diagnostics = [problem]
      return spec
    case .success(let source):
      var parser = VerifyParser(spec: VerifySpec(path: path, source: source))
      parser.parse()
      return parser.spec
    }
  }

  /// Reads a `.verify` file held in memory, as tests do.
  public static func parse(text: String, path: String) -> VerifySpec {
    parse(path: path, bytes: Array(text.utf8))
  }
}

/// Reads a `.verify` file line by line: comments and blank lines skipped, `KEYWORD [ARGS]: value`.
private struct VerifyParser {
  var spec: VerifySpec
  private var testNames: Set<String> = []
  private var asOfSeen: Set<Int> = []
  private var horizonSeen: Set<Int> = []
  private var complianceSeen: Set<Int> = []

  init(spec: VerifySpec) { self.spec = spec }

  /// One line split at its colon: the words before, the value after.
  struct Line {
    var number: Int
    var indented: Bool
    var words: [VerifyToken]
    var value: VerifyToken
    var whole: SourceRange
  }

  mutating func parse() {
    guard let source = spec.source else { return }
    for (offset, text) in source.lines.enumerated() {
      guard let line = split(Array(text), number: offset + 1) else { continue }
      handle(line)
    }
    if spec.plan == nil {
      report(.verifyMissing, SourceRange(line: 1, column: 1, length: 1), "no 'plan:' line naming the plan to test")
    }
    if spec.tests.isEmpty {
      report(.verifyMissing, SourceRange(line: 1, column: 1, length: 1), "no 'test' block")
    }
    for test in spec.tests where test.asOf == nil && !asOfSeen.contains(test.name.range.start.line) {
      report(.verifyMissing, test.name.range, "test '\(test.name.text)' has no 'as-of:' date")
    }
    spec.diagnostics = spec.diagnostics.sortedForReporting()
  }

  private mutating func report(_ id: DiagnosticID, _ range: SourceRange, _ message: String) {
    spec.diagnostics.append(Diagnostic(id, at: SourceLocation(file: spec.path, range: range), message))
  }

  /// Splits a line, or returns `nil` for a blank line or a comment. A `#` after a space and before a
  /// space or the line's end starts a trailing comment; `#2` is an occurrence.
  private mutating func split(_ characters: [Character], number: Int) -> Line? {
    guard let first = characters.firstIndex(where: { !$0.isWhitespace }), characters[first] != "#" else {
      return nil
    }
    var end = characters.count
    for index in first..<characters.count where characters[index] == "#" {
      if characters[index - 1].isWhitespace, index + 1 == characters.count || characters[index + 1].isWhitespace {
        end = index
        break
      }
    }
    while end > first, characters[end - 1].isWhitespace { end -= 1 }
    let whole = SourceRange(line: number, column: first + 1, length: end - first)
    guard let colon = characters[first..<end].firstIndex(of: ":") else {
      report(.verifyMissingColon, whole, "expected ':' after '\(String(characters[first..<end]))'")
      return nil
    }
    var words: [VerifyToken] = []
    var index = first
    while index < colon {
      if characters[index].isWhitespace {
        index += 1
        continue
      }
      let start = index
      while index < colon, !characters[index].isWhitespace { index += 1 }
      words.append(
        VerifyToken(
          text: String(characters[start..<index]),
          range: SourceRange(line: number, column: start + 1, length: index - start)))
    }
    var valueStart = colon + 1
    while valueStart < end, characters[valueStart].isWhitespace { valueStart += 1 }
    let value = VerifyToken(
      text: String(characters[valueStart..<max(valueStart, end)]),
      range: SourceRange(line: number, column: valueStart + 1, length: max(0, end - valueStart)))
    guard !words.isEmpty else {
      report(.verifyMissing, whole, "expected a keyword before ':'")
      return nil
    }
    return Line(number: number, indented: first > 0, words: words, value: value, whole: whole)
  }

  private mutating func handle(_ line: Line) {
    let keyword = line.words[0]
    let name = keyword.text.lowercased()
    switch name {
    case "plan":
      guard expectWords(line, 1, shape: "plan: PATH") else { return }
      if let earlier = spec.plan {
        report(.verifyDuplicate, keyword.range, "'plan' given twice (first on line \(earlier.range.start.line))")
      } else if line.value.text.isEmpty {
        report(.verifyMissing, line.value.range, "no path after 'plan:'")
      } else {
        spec.plan = line.value
      }
    case "test":
      guard line.words.count >= 2 else {
        report(.verifyMissing, keyword.range, "a test needs a name: 'test NAME: what it pins down'")
        return
      }
      guard expectWords(line, 2, shape: "test NAME: what it pins down") else { return }
      let testName = line.words[1]
      if !testNames.insert(testName.text).inserted {
        report(.verifyDuplicate, testName.range, "a test named '\(testName.text)' is already in this file")
      }
      spec.tests.append(VerifyTest(name: testName, summary: line.value.text))
    case _ where VerifySpec.testKeywords.contains(name):
      guard line.indented, !spec.tests.isEmpty else {
        report(.verifyMisplaced, keyword.range, "'\(name)' belongs to a test: indent it under a 'test NAME:' line")
        return
      }
      handleProperty(name, line)
    default:
      let all = VerifySpec.blockKeywords + VerifySpec.testKeywords
      let suggestion = Suggestions.closest(to: keyword.text, among: all)
      report(
        .verifyUnknownKeyword, keyword.range,
        "unknown keyword '\(keyword.text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
  }

  /// Checks that the line has exactly `count` words before the colon.
  private mutating func expectWords(_ line: Line, _ count: Int, shape: String) -> Bool {
    guard line.words.count > count else { return true }
    let extra = line.words[count]
    report(.verifyInvalidValue, extra.range, "unexpected '\(extra.text)' before ':'; write '\(shape)'")
    return false
  }

  private mutating func handleProperty(_ name: String, _ line: Line) {
    let testIndex = spec.tests.count - 1
    let testLine = spec.tests[testIndex].name.range.start.line
    let value = line.value
    if value.text.isEmpty, name != "label" {
      return report(.verifyMissing, value.range, "no value after '\(line.words[0].text):'")
    }
    switch name {
    case "as-of":
      guard expectWords(line, 1, shape: "as-of: DATE") else { return }
      guard asOfSeen.insert(testLine).inserted else {
        return report(
          .verifyDuplicate, line.words[0].range, "'as-of' given twice in test '\(spec.tests[testIndex].name.text)'")
      }
      spec.tests[testIndex].asOf = date(value)
    case "status":
      guard expectWords(line, 1, shape: "status: PATH, PATH…") else { return }
      for part in pieces(of: value, separatedBy: ",") where part.text.lowercased() != "none" {
        spec.tests[testIndex].status.append(part)
      }
    case "horizon":
      guard expectWords(line, 1, shape: "horizon: DAYS") else { return }
      guard horizonSeen.insert(testLine).inserted else {
        return report(.verifyDuplicate, line.words[0].range, "'horizon' given twice in this test")
      }
      guard let days = number(value, what: "a number of days") else { return }
      guard days <= 3660 else {
        return report(.verifyInvalidValue, value.range, "a horizon is from 0 to 3660 days, not \(days)")
      }
      spec.tests[testIndex].horizon = days
    case "count":
      guard line.words.count >= 2 else {
        return report(.verifyMissing, line.words[0].range, "'count' needs a figure: 'count overdue: 4'")
      }
      guard expectWords(line, 2, shape: "count FIGURE: N") else { return }
      let figureName = line.words[1]
      guard let figure = SummaryFigure(name: figureName.text.lowercased()) else {
        let names = SummaryFigure.names.keys.sorted() + ObligationState.allCases.map(\.rawValue)
        let suggestion = Suggestions.closest(to: figureName.text, among: names)
        return report(
          .verifyUnknownFigure, figureName.range,
          "unknown figure '\(figureName.text)'"
            + (suggestion.map { "; did you mean '\($0)'?" }
              ?? "; use obligations, gaps, due-by-date, done-on-time or a state"))
      }
      if let count = number(value, what: "a count") { add(.count(figure, count), line) }
    case "compliance":
      guard expectWords(line, 1, shape: "compliance: P %") else { return }
      guard complianceSeen.insert(testLine).inserted else {
        return report(.verifyDuplicate, line.words[0].range, "'compliance' given twice in this test")
      }
      if let parsed = percentage(value) { add(.compliance(percent: parsed.percent, decimals: parsed.decimals), line) }
    default:
      guard let reference = reference(line) else { return }
      if let expected = referenceValue(name, reference, value) { add(expected, line) }
    }
  }

  private mutating func add(_ value: ExpectedValue, _ line: Line) {
    spec.tests[spec.tests.count - 1].expectations.append(
      VerifyExpectation(value: value, keyword: line.words[0], valueToken: line.value))
  }

  /// `[report] ID [SUBJECT] [#N]` from the words after the keyword.
  private mutating func reference(_ line: Line) -> ObligationReference? {
    var words = Array(line.words.dropFirst())
    let keyword = line.words[0].text.lowercased()
    var isReport = false
    if words.count >= 2, words[0].text.lowercased() == "report" {
      isReport = true
      words.removeFirst()
    }
    guard let id = words.first else {
      report(.verifyMissing, line.words[0].range, "'\(keyword)' needs an item: '\(keyword) ITEM [SUBJECT] [#N]:'")
      return nil
    }
    var reference = ObligationReference(
      id: id, isReport: isReport, subject: nil, occurrence: nil, occurrenceToken: nil,
      range: SourceRange(start: line.words[1].range.start, end: (line.words.last ?? id).range.end))
    var rest = words.dropFirst()
    if let subject = rest.first, !subject.text.hasPrefix("#") {
      reference.subject = subject
      rest = rest.dropFirst()
    }
    if let occurrence = rest.first, occurrence.text.hasPrefix("#") {
      guard let number = Int(occurrence.text.dropFirst()), number >= 1 else {
        report(.verifyInvalidValue, occurrence.range, "'\(occurrence.text)' is not an occurrence; write '#1', '#2', …")
        return nil
      }
      reference.occurrence = number
      reference.occurrenceToken = occurrence
      rest = rest.dropFirst()
    }
    if let extra = rest.first {
      report(.verifyInvalidValue, extra.range, "unexpected '\(extra.text)'; write '\(keyword) ITEM [SUBJECT] [#N]:'")
      return nil
    }
    return reference
  }

  private mutating func referenceValue(
    _ name: String, _ reference: ObligationReference, _ value: VerifyToken
  ) -> ExpectedValue? {
    switch name {
    case "expect":
      guard let state = ObligationState(rawValue: value.text.lowercased()) else {
        let names = ObligationState.allCases.map(\.rawValue)
        let suggestion = Suggestions.closest(to: value.text, among: names)
        report(
          .verifyUnknownState, value.range,
          "unknown state '\(value.text)'"
            + (suggestion.map { "; did you mean '\($0)'?" } ?? "; use one of: \(names.joined(separator: ", "))"))
        return nil
      }
      return .state(reference, state)
    case "window":
      guard let (main, effective) = splitEffective(value) else { return nil }
      let ends = ["–", "—", "..", " - "].map { pieces(of: main, separatedBy: $0) }.first { $0.count == 2 }
      guard let ends else {
        report(
          .verifyInvalidValue, main.range,
          "'\(main.text)' is not a window; write 'START–DUE', such as '01.05.2024–31.07.2024'")
        return nil
      }
      guard let start = date(ends[0]), let due = date(ends[1]) else { return nil }
      return .window(reference, start: start, due: due, effective: effective)
    case "due":
      guard let (main, effective) = splitEffective(value), let due = date(main) else { return nil }
      return .due(reference, due: due, effective: effective)
    case "label":
      if value.text.isEmpty {
        report(.verifyMissing, value.range, "no label after ':'; write 'none' for a window without one")
        return nil
      }
      return .label(reference, value.text.lowercased() == "none" ? nil : value.text)
    case "checkpoint":
      if value.text.lowercased() == "none" { return .checkpoint(reference, nil) }
      return date(value).map { .checkpoint(reference, $0) }
    case "occurrences":
      return number(value, what: "a number of occurrences").map { .occurrences(reference, $0) }
    default:
      guard let kind = ScheduleKind(rawValue: value.text.lowercased()) else {
        let kinds = ["window", "recurring", "continuous", "event", "on-request", "unknown"]
        report(
          .verifyInvalidValue, value.range,
          "unknown deadline kind '\(value.text)'; use one of: \(kinds.joined(separator: ", "))")
        return nil
      }
      return .kind(reference, kind)
    }
  }

  /// The text before ` effective D` and the effective date (`nil` when not given); `nil` when the date is bad.
  private mutating func splitEffective(_ value: VerifyToken) -> (main: VerifyToken, effective: CivilDate?)? {
    let pieces = self.pieces(of: value, separatedBy: " effective ")
    guard pieces.count == 2 else { return (value, nil) }
    guard let effective = date(pieces[1]) else { return nil }
    return (pieces[0], effective)
  }

  /// Splits a token at `separator`, each piece trimmed, with its own range.
  private func pieces(of token: VerifyToken, separatedBy separator: String) -> [VerifyToken] {
    let characters = Array(token.text)
    let needle = Array(separator)
    var result: [VerifyToken] = []
    var start = 0
    var index = 0
    func close(_ end: Int) {
      var from = start
      var to = end
      while from < to, characters[from].isWhitespace { from += 1 }
      while to > from, characters[to - 1].isWhitespace { to -= 1 }
      let line = token.range.start.line
      result.append(
        VerifyToken(
          text: String(characters[from..<to]),
          range: SourceRange(line: line, column: token.range.start.column + from, length: to - from)))
    }
    while index + needle.count <= characters.count {
      if Array(characters[index..<index + needle.count]) == needle {
        close(index)
        index += needle.count
        start = index
      } else {
        index += 1
      }
    }
    close(characters.count)
    return result.filter { !$0.text.isEmpty }
  }

  private mutating func date(_ token: VerifyToken) -> CivilDate? {
    guard let date = CivilDate(parsing: token.text) else {
      report(.verifyInvalidValue, token.range, "'\(token.text)' is not a date; write dd.mm.yyyy or yyyy-mm-dd")
      return nil
    }
    return date
  }

  private mutating func number(_ token: VerifyToken, what: String) -> Int? {
    guard let value = Int(token.text), value >= 0 else {
      report(.verifyInvalidValue, token.range, "'\(token.text)' is not \(what)")
      return nil
    }
    return value
  }

  /// `20 %`, `20.18%`, `20,18 %` or `none`.
  private mutating func percentage(_ token: VerifyToken) -> (percent: Double?, decimals: Int)? {
    if token.text.lowercased() == "none" { return (nil, 0) }
    var text = token.text
    if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
    text = text.replacingOccurrences(of: ",", with: ".")
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    guard let percent = Double(text), percent >= 0, percent <= 100, decimals <= 4, !text.hasPrefix("+") else {
      report(.verifyInvalidValue, token.range, "'\(token.text)' is not a percentage; write '20 %' or 'none'")
      return nil
    }
    return (percent, decimals)
  }
}
