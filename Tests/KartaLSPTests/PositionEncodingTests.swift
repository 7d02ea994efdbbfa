import KartaLanguage
import Testing

@testable import KartaLSP

/// Karta's scalar columns against the protocol's UTF-16 offsets, and edits applied to a
/// document's text at UTF-16 positions.
@Suite struct PositionEncodingTests {
  static let line: Substring = "  owner: МОУО😀, e\u{301}x"

  @Test(arguments: [
    (1, 0), (3, 2), (10, 9), (14, 13), (15, 15), (16, 16), (17, 17), (18, 18), (19, 19), (20, 20), (99, 20),
  ])
  func columnsBecomeUTF16Offsets(column: Int, offset: Int) {
    #expect(PositionEncoding.utf16Offset(ofColumn: column, in: Self.line) == offset)
  }

  @Test(arguments: [(0, 1), (9, 10), (13, 14), (14, 14), (15, 15), (17, 17), (18, 18), (19, 19), (20, 20), (500, 20)])
  func utf16OffsetsBecomeColumns(offset: Int, column: Int) {
    // An offset inside the emoji's surrogate pair counts as the emoji; the combining accent of
    // 'é' is a scalar, so a column, of its own.
    #expect(PositionEncoding.column(ofUTF16Offset: offset, in: Self.line) == column)
  }

  @Test func rangesRoundTripAndMissingRangesAreTheFirstLine() {
    let lines: [Substring] = ["plan p: П", String(Self.line)[...]]
    let range = SourceRange(line: 2, column: 15, length: 5)
    let lsp = PositionEncoding.lspRange(range, in: lines)
    #expect(lsp == LSPRange(start: LSPPosition(line: 1, character: 15), end: LSPPosition(line: 1, character: 20)))
    #expect(PositionEncoding.sourcePosition(lsp.start, in: lines) == range.start)
    #expect(PositionEncoding.sourcePosition(lsp.end, in: lines) == range.end)
    #expect(PositionEncoding.lspRange(nil, in: lines).end == LSPPosition(line: 0, character: 9))
    #expect(
      PositionEncoding.lspPosition(SourcePosition(line: 7, column: 3), in: lines) == LSPPosition(line: 6, character: 0))
  }

  @Test func rangedEditsLandOnTheRightCharacters() {
    var document = TextDocument(
      uri: "file:///a.plan", path: "/a.plan", version: 1, text: "item 1: Дело 😀\r\n  owner: МОУО\n")
    #expect(document.lines == ["item 1: Дело 😀", "  owner: МОУО"])
    // Replace 'МОУО' (UTF-16 9..<13 on line 1) and insert after the emoji (offset 15 on line 0).
    document.apply(
      "MOUO", in: LSPRange(start: LSPPosition(line: 1, character: 9), end: LSPPosition(line: 1, character: 13)))
    document.apply(
      "!", in: LSPRange(start: LSPPosition(line: 0, character: 15), end: LSPPosition(line: 0, character: 15)))
    #expect(document.text == "item 1: Дело 😀!\r\n  owner: MOUO\n")
    // A position inside the surrogate pair is moved to the emoji's start, never splits it.
    document.apply(
      "", in: LSPRange(start: LSPPosition(line: 0, character: 14), end: LSPPosition(line: 0, character: 15)))
    #expect(document.text == "item 1: Дело !\r\n  owner: MOUO\n")
    // Positions past the end are clamped; a whole-text change replaces everything.
    document.apply(
      "x", in: LSPRange(start: LSPPosition(line: 9, character: 0), end: LSPPosition(line: 12, character: 4)))
    #expect(document.text.hasSuffix("MOUO\nx"))
    #expect(document.endPosition == LSPPosition(line: 2, character: 1))
    document.apply("a\rb\n", in: nil)
    #expect(document.lines == ["a", "b"])
    #expect(document.endPosition == LSPPosition(line: 2, character: 0))
  }
}
