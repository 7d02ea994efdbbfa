import Testing

@testable import KartaLanguage

@Suite struct ParserTests {
  private func parse(_ text: String) throws -> (FileSyntax, [Diagnostic]) {
    let (syntax, diagnostics) = Parser.parse(try SourceFile.fromText(text, path: "test.plan").get())
    return (syntax, diagnostics)
  }

  @Test func declarationsPropertiesAndContinuations() throws {
    let (syntax, diagnostics) = try parse(
      """
      # Кавалерово
      plan kav: Об утверждении плана
        period: 2023/2024
      item 3.1: Контроль обучения работников ППЭ:
        членов ГЭК;
        организаторов.
        due: До 01.02.2024 (ГИА-11)
          До 01.03.2024 (ГИА-9)
        owner: UO, OU
        | Задачи: это тоже текст
      """)
    #expect(diagnostics.isEmpty)
    #expect(syntax.declarations.count == 2)
    let item = syntax.declarations[1]
    #expect(item.keyword.keyword == .item)
    #expect(item.identifier?.text == "3.1")
    #expect(item.value.text == "Контроль обучения работников ППЭ:\nчленов ГЭК;\nорганизаторов.")
    #expect(item.property(.due)?.value.text == "До 01.02.2024 (ГИА-11)\nДо 01.03.2024 (ГИА-9)")
    #expect(item.property(.owner)?.value.text == "UO, OU\nЗадачи: это тоже текст")
    #expect(syntax.comments == [CommentSyntax(text: "Кавалерово", line: 1)])
  }

  @Test func russianKeywordsMeanTheSameAsEnglish() throws {
    let (syntax, diagnostics) = try parse(
      """
      план p: План
        период: 2024
      мероприятие 1: Проведение семинара
        ответственный: MINOBR
        срок angarsk: март-апрель 2024 года
        показатель quality: >= 40 %
      ОТЧЁТ R1: Информация
        от: MOUO
      """)
    #expect(diagnostics.isEmpty)
    #expect(syntax.declarations.map(\.keyword.keyword) == [.plan, .item, .report])
    #expect(syntax.keywordLanguage == .russian)
    let item = syntax.declarations[1]
    #expect(item.properties.map(\.keyword.keyword) == [.owner, .due, .target])
    #expect(item.properties[1].argument?.text == "angarsk")
    #expect(item.properties[1].value.text == "март-апрель 2024 года")
  }

  @Test func columnsCountCharactersAndTabs() throws {
    let (_, diagnostics) = try parse("plan p: План\n\tпериод: 2024\n\tонвер: x\n")
    #expect(diagnostics.count == 1)
    #expect(diagnostics[0].location.range == SourceRange(line: 3, column: 2, length: 5))
  }

  @Test func columnsCountUnicodeScalars() throws {
    // 'ё' + a combining acute accent is one character but two scalars, and so two columns.
    let (_, diagnostics) = try parse("plan p: План\nparty A: x\n  ё\u{301}nwer: y\n")
    #expect(diagnostics.map(\.location.range) == [SourceRange(line: 3, column: 3, length: 6)])
  }

  @Test func declarationsMayBeIndented() throws {
    let (syntax, diagnostics) = try parse("plan p: План\n  party A: Министерство\n    note: x\n")
    #expect(diagnostics.isEmpty)
    #expect(syntax.declarations.map(\.keyword.keyword) == [.plan, .party])
    #expect(syntax.declarations[1].property(.note)?.value.text == "x")
  }

  @Test func urlsInContinuationLinesAreText() throws {
    let (syntax, diagnostics) = try parse("plan p: План\n  note: см.\n  https://obr.example/plan\n")
    #expect(diagnostics.isEmpty)
    #expect(syntax.declarations[0].property(.note)?.value.text == "см.\nhttps://obr.example/plan")
  }

  @Test func aHugeLineParsesInOnePass() throws {
    let long = String(repeating: "ы ", count: 150_000)
    let (syntax, diagnostics) = try parse("plan p: \(long)\n  onwer: x\n")
    #expect(syntax.declarations.count == 1)
    #expect(diagnostics.map(\.id) == [.unknownProperty])
  }

  @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
    let (_, diagnostics) = try parse("plan p: План\n  onwer: x\nitme 1: y\n  due март\nitem: z\n")
    #expect(diagnostics.map(\.id) == [.unknownProperty, .unknownKeyword, .missingColon, .missingIdentifier])
  }
}

@Suite struct ParserRecoveryTests {
  @Test func linesUnderAnUnreadableDeclarationDoNotJoinTheBlockAbove() throws {
    let source = try SourceFile.fromText(
      "plan p: План\nitem 1: Первое\n  owner: A\nitme 2: Второе\n  owner: B\n  due: до 1 мая 2024 года\n", path: "p"
    ).get()
    let (syntax, diagnostics) = Parser.parse(source)
    #expect(diagnostics.map(\.id) == [.unknownKeyword])
    let first = try #require(syntax.declarations.last)
    #expect(first.identifier?.text == "1")
    #expect(first.properties.map(\.value.text) == ["A"], "item 1 keeps only its own owner")
  }

  @Test func manyPropertiesInOneBlockStayLinear() throws {
    let members = (0..<20_000).map { "  member s\($0): Школа № \($0)" }.joined(separator: "\n")
    let source = try SourceFile.fromText("subjects school: Школы\n" + members + "\n  member s7: Дубль\n", path: "p")
      .get()
    let (syntax, diagnostics) = Parser.parse(source)
    #expect(syntax.declarations.first?.properties.count == 20_000)
    #expect(diagnostics.map(\.id) == [.duplicateProperty])
  }
}
