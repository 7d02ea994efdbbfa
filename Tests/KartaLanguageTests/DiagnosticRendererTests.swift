import Foundation
import Testing

@testable import KartaLanguage

@Suite struct DiagnosticRendererTests {
  @Test func printsPlaceIdMessageSourceLineAndCaret() throws {
    let source = try SourceFile.fromText("item 1: Семинар\n  onwer: MINOBR\n", path: "Rules/x.plan").get()
    let diagnostic = Diagnostic(
      .unknownProperty, at: SourceLocation(file: "Rules/x.plan", range: SourceRange(line: 2, column: 3, length: 5)),
      "unknown property 'onwer'; did you mean 'owner'?", notes: ["a note"])
    let text = DiagnosticRenderer(sources: [source]).render(diagnostic)
    #expect(
      text == """
        Rules/x.plan:2:3: error[syntax.unknown-property]: unknown property 'onwer'; did you mean 'owner'?
            onwer: MINOBR
            ^~~~~
          note: a note

        """)
  }

  @Test func controlCharactersNeverReachTheTerminal() throws {
    let hostile = "a\u{1B}]0;pwned\u{7}b\u{202E}c\u{0}"
    let diagnostic = Diagnostic(
      .unknownProperty, at: SourceLocation(file: "s.json"), "unknown item '\(hostile)'", notes: [hostile])
    let text = DiagnosticRenderer(sources: []).render(diagnostic)
    #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E })
    #expect(text.contains("unknown item 'a\\u{1B}]0;pwned\\u{7}b\\u{202E}c\\u{0}'"))
    // In a quoted line (plans refuse control characters, but not reordering marks) each such
    // character shows as one replacement character, so the caret stays under the 'y'.
    let source = try SourceFile.fromText("x a\u{202E}b\u{2028}c y\n", path: "p.plan").get()
    let marked = Diagnostic(
      .unknownProperty, at: SourceLocation(file: "p.plan", range: SourceRange(line: 1, column: 9, length: 1)), "m")
    let lines = DiagnosticRenderer(sources: [source]).render(marked).split(separator: "\n")
    #expect(lines[1] == "  x a\u{FFFD}b\u{FFFD}c y")
    #expect(lines[2] == "  " + String(repeating: " ", count: 8) + "^")
  }

  @Test func tabsInTheLineKeepTheCaretAligned() throws {
    let source = try SourceFile.fromText("\tonwer: x\n", path: "x").get()
    let diagnostic = Diagnostic(
      .unknownProperty, at: SourceLocation(file: "x", range: SourceRange(line: 1, column: 2, length: 5)), "m")
    let lines = DiagnosticRenderer(sources: [source]).render(diagnostic).split(separator: "\n")
    #expect(lines[2] == "  \t^~~~~")
  }

  @Test func longLinesAreCutAroundTheCaret() throws {
    let line = String(repeating: "а", count: 10_000) + "ОШИБКА" + String(repeating: "б", count: 10_000)
    let source = try SourceFile.fromText(line, path: "x").get()
    let diagnostic = Diagnostic(
      .missingValue, at: SourceLocation(file: "x", range: SourceRange(line: 1, column: 10_001, length: 6)), "m")
    let lines = DiagnosticRenderer(sources: [source]).render(diagnostic).split(separator: "\n")
    #expect(lines[1].count < DiagnosticRenderer.excerptWidth + 10)
    #expect(lines[1].contains("ОШИБКА"))
    let caretColumn = try #require(lines[2].firstIndex(of: "^"))
    let wordColumn = try #require(lines[1].range(of: "ОШИБКА")?.lowerBound)
    #expect(
      lines[2].distance(from: lines[2].startIndex, to: caretColumn)
        == lines[1].distance(from: lines[1].startIndex, to: wordColumn))
  }

  @Test func colourOnlyWhenAsked() throws {
    let diagnostic = Diagnostic(.fileEmpty, at: SourceLocation(file: "x"), "file is empty")
    #expect(!DiagnosticRenderer(sources: []).render(diagnostic).contains("\u{1B}["))
    #expect(DiagnosticRenderer(sources: [], colored: true).render(diagnostic).contains("\u{1B}["))
  }

  @Test func diagnosticsSortByFileThenPlace() {
    func at(_ file: String, _ line: Int, _ column: Int) -> Diagnostic {
      Diagnostic(
        .missingValue, at: SourceLocation(file: file, range: SourceRange(line: line, column: column, length: 1)), "m")
    }
    let sorted = [at("b", 1, 1), at("a", 3, 1), at("a", 1, 5), at("a", 1, 5), at("a", 1, 2)].sortedForReporting()
    #expect(
      sorted.map { "\($0.location.file):\($0.location.range?.start.description ?? "")" } == [
        "a:1:2", "a:1:5", "a:3:1", "b:1:1",
      ])
  }
}

@Suite struct SuggestionTests {
  @Test(
    arguments: [
      ("onwer", "owner"), ("itme", "item"), ("ответсвенный", "ответственный"), ("срк", "срок"), ("xyzzy", nil),
    ] as [(String, String?)])
  func suggestsTheClosestKeyword(typed: String, expected: String?) {
    let candidates = Keyword.allCases.flatMap { [$0.english, $0.russian] }
    #expect(Suggestions.closest(to: typed, among: candidates) == expected)
  }
}
