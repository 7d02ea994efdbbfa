import Foundation
import Testing

@testable import KartaLanguage

/// The shipped plans and the files they include.
let shippedPlanFiles = [
  "belgorod.plan", "irkutsk.plan", "kavalerovo.plan", "sayansk.plan", "calendars/gia-2024.plan",
  "subjects/belgorod-municipalities.plan", "subjects/irkutsk-municipalities.plan", "subjects/sayansk-schools.plan",
]

private let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Rules")

/// Parses `text`, requiring no errors.
private func parse(_ text: String, path: String = "test.plan") throws -> FileSyntax {
  let (syntax, diagnostics) = Parser.parse(try SourceFile.fromText(text, path: path).get())
  #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
  return syntax
}

/// Formats `text`, checking on the way that the result reads back as the same plan.
private func format(_ text: String, language: KeywordLanguage? = nil) throws -> String {
  try PlanFormatter(language: language).formatChecked(try parse(text)).get()
}

/// A copy of `text` as a careless editor leaves it: indented lines re-indented with a mix of
/// spaces and tabs, blank lines removed, trailing spaces and tabs, CRLF line ends, and a comment
/// `added` inserted before line `at`. The pattern is fixed, so the test is repeatable.
func scrambled(_ text: String, adding added: String, at insertion: Int) -> String {
  let indents = ["   ", "\t", " ", "      ", "\t  ", "    "]
  let tails = ["", "  ", "\t", " "]
  var lines: [String] = []
  for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    if number == insertion { lines.append(added) }
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
    var body = String(line)
    if body.first == " " {
      body = indents[number % indents.count] + body.drop { $0 == " " }
    }
    lines.append(body + tails[number % tails.count])
  }
  return lines.joined(separator: "\r\n")
}

@Suite struct FormatterTests {
  @Test(arguments: shippedPlanFiles) func theShippedPlansAreCanonical(file: String) throws {
    let text = try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8)
    let once = try format(text)
    #expect(once == text, "run 'karta fmt --write Rules/\(file)'")
    #expect(try format(once) == once)
  }

  @Test(arguments: shippedPlanFiles) func aScrambledCopyFormatsBackToTheCanonicalText(file: String) throws {
    let original = try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8)
    let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
    // Before the first indented line, so that the comment leads into that line's property.
    let insertion = lines.firstIndex { $0.first == " " } ?? 1
    let comment = "\t  #   added by hand; spaces after '#' are kept  "
    let messy = scrambled(original, adding: comment, at: insertion)
    #expect(messy != original)

    let once = try format(messy)
    let twice = try format(once)
    #expect(Array(twice.utf8) == Array(once.utf8), "formatting is not idempotent")
    #expect(!once.contains("\r") && !once.contains("\t  #") && once.hasSuffix("\n") && !once.hasSuffix("\n\n"))
    #expect(!once.split(separator: "\n").contains { $0.last == " " || $0.last == "\t" })

    // Same declarations, properties and values; every comment kept, the added one where it was put.
    let before = SyntaxOutline(try parse(original))
    let after = SyntaxOutline(try parse(once))
    #expect(after.declarations == before.declarations)
    var expectedComments = before.comments
    let commentsAbove = lines[..<insertion].filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.count
    expectedComments.insert("added by hand; spaces after '#' are kept", at: commentsAbove)
    #expect(after.comments == expectedComments)

    // Apart from blank lines (which the messy copy lost), the result is the canonical text with the
    // comment indented like the property it leads into.
    let indent = String(lines[insertion].prefix { $0 == " " })
    var expected = lines.map(String.init)
    expected.insert(indent + "#   added by hand; spaces after '#' are kept", at: insertion)
    #expect(once.split(separator: "\n").map(String.init) == expected.filter { !$0.isEmpty })
  }

  @Test func layoutOfHeadersPropertiesAndContinuations() throws {
    let messy = """
      # header comment
      PLAN p :   План
      \tPERIOD:2024
        issuer   :  Министерство
      include:a.plan
      include: b.plan
      Item 1:   Проведение семинара:
      \t\tдля учителей;
              и для директоров.
       owner:MINOBR
          due :   До 01.02.2024 (ГИА-11)
       До 01.03.2024 (ГИА-9)
            |
        # about the target
       target organizers:   не менее 25 человек
      """
    let expected = """
      # header comment
      plan p: План
        period: 2024
        issuer: Министерство

      include: a.plan
      include: b.plan

      item 1: Проведение семинара:
        для учителей;
        и для директоров.
        owner: MINOBR
        due: До 01.02.2024 (ГИА-11)
          До 01.03.2024 (ГИА-9)
        # about the target
        target organizers: не менее 25 человек

      """
    #expect(try format(messy) == expected)
  }

  @Test func continuationLinesThatWouldReadAsSomethingElseGetABar() throws {
    let text = """
      item 1: Заголовок
      \t| Задачи: решить
      \t| # не комментарий
      \t| | с чертой
      \t| due to weather
      \t| срок
      \t| Для обучающихся
      \tДля обучающихся 5 классов
      \tсрок подачи заявок
      \tmember of a team
      \t- пункт: с двоеточием
        owner: MINOBR
        due: март
        \t| note: тоже текст
        \t| after all

      """
    let expected = """
      item 1: Заголовок
        | Задачи: решить
        | # не комментарий
        | | с чертой
        | due to weather
        | срок
        | Для обучающихся
        Для обучающихся 5 классов
        срок подачи заявок
        member of a team
        - пункт: с двоеточием
        owner: MINOBR
        due: март
          | note: тоже текст
          | after all

      """
    let formatted = try format(text)
    #expect(formatted == expected)
    let item = try parse(formatted).declarations[0]
    #expect(item.value.text.split(separator: "\n").first == "Заголовок")
    #expect(item.value.text.contains("| с чертой\ndue to weather\nсрок\nДля обучающихся"))
    #expect(item.property(.due)?.value.text == "март\nnote: тоже текст\nafter all")
  }

  @Test func commentsStayWithWhatFollowsThemAndBlankLinesBetweenCommentsAreKept() throws {
    let text = """
      # first paragraph

      # second paragraph
      plan p: План
        period: 2024
        # trailing comment of the plan block
      # leads into the party

      party A: Исполнитель
      # between include-less blocks
      party B: Другой
        # last words of B


      # at the end of the file
      """
    let expected = """
      # first paragraph

      # second paragraph
      plan p: План
        period: 2024
        # trailing comment of the plan block

      # leads into the party

      party A: Исполнитель

      # between include-less blocks
      party B: Другой
        # last words of B

      # at the end of the file

      """
    #expect(try format(text) == expected)
  }

  @Test func keywordsKeepTheFilesLanguageAndConvertOnRequest() throws {
    let russian = """
      план p: План
        ПЕРИОД: 2024
        выходные: не переносить
        включительно: нет
      мероприятие 1: Семинар
        ответственный: MINOBR
        срок angarsk: март
        due sayansk: апрель

      """
    let canonical = try format(russian)
    #expect(canonical.contains("  период: 2024\n") && canonical.contains("  срок sayansk: апрель\n"))
    let english = try format(canonical, language: .english)
    #expect(
      english == """
        plan p: План
          period: 2024
          days-off: keep
          until: exclusive

        item 1: Семинар
          owner: MINOBR
          due angarsk: март
          due sayansk: апрель

        """)
    #expect(try format(english, language: .russian) == canonical)
    #expect(SyntaxOutline(try parse(english)) == SyntaxOutline(try parse(russian)))
  }

  @Test func aSettingIsConvertedOnlyWhenItsValueIsTheWordAlone() throws {
    let plain = "plan p: T\n  period: 2024\n  days-off: keep\n"
    #expect(try format(plain, language: .russian) == "план p: T\n  период: 2024\n  выходные: не переносить\n")
    // A value with a continuation line is not a setting word: kept as written, for lint to report.
    let continued = "plan p: T\n  period: 2024\n  days-off: Keep\n    (see the order)\n"
    #expect(try format(continued) == continued)
    #expect(
      try format(continued, language: .russian) == "план p: T\n  период: 2024\n  выходные: Keep\n    (see the order)\n")
  }

  @Test(arguments: shippedPlanFiles) func convertingTheShippedPlansRoundTrips(file: String) throws {
    let text = try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8)
    let own = try parse(text).keywordLanguage
    let other: KeywordLanguage = own == .english ? .russian : .english
    let converted = try format(text, language: other)
    #expect(try parse(converted).keywordLanguage == other)
    #expect(try format(converted, language: own) == text)
  }

  @Test func theSelfCheckCatchesOutputThatReadsBackDifferently() throws {
    // A plan in memory whose value holds a line break inside one token cannot be printed faithfully.
    var syntax = try parse("plan p: План\n  period: 2024\n")
    syntax.declarations[0].value.lines[0].text = "План\n  period: 2025"
    guard case .failure(let diagnostic) = PlanFormatter().formatChecked(syntax) else {
      Issue.record("an unfaithful printout was accepted")
      return
    }
    #expect(diagnostic.id == .formatUnstable)
  }
}
