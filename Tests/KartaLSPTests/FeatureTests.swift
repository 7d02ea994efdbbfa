import Foundation
import Testing

@testable import KartaLSP

/// Hover, completion, definition, references, rename, outline, formatting and quick fixes on the
/// fixture plan and its included files.
@Suite struct FeatureTests {
  let folder: PlanFolder
  let client: ScriptedClient
  let uri: String

  init() throws {
    folder = try Fixture.folder()
    client = ScriptedClient.initialized()
    uri = folder.uri("plan.plan")
    client.open(uri, Fixture.plan)
    client.wait(milliseconds: 0)
  }

  func at(_ needle: String, occurrence: Int = 1, offset: Int = 0) -> JSONValue {
    let (line, character) = Fixture.position(of: needle, in: Fixture.plan, occurrence: occurrence)
    return ScriptedClient.at(uri, line, character + offset)
  }

  func hoverText(_ params: JSONValue) -> String {
    client.request("textDocument/hover", params)?["contents"]?["value"]?.stringValue ?? ""
  }

  // MARK: Hover

  @Test func hoverOnADueLineShowsTheWindowsAsKartaWhenDoes() {
    let text = hoverText(at("март-апрель"))
    #expect(text.contains("«март-апрель 2024 года» (period 2024)"))
    #expect(text.contains("2024-03-01 … 2024-04-30"))
    let moved = hoverText(at("до 15 июня"))
    #expect(moved.contains("2024-06-15 → effective "), "15 June 2024 is a Saturday: \(moved)")
    #expect(moved.contains("note: 15.06.2024 is a day off"))
    let bound = hoverText(at("В соответствии"))
    #expect(bound.contains("bound to event `gia-main`"))
    #expect(bound.contains("2024-05-23 … 2024-07-01"))
    folder.remove()
  }

  @Test func hoverOnAReadingLineShowsHowTheDeadlineIsRead() {
    let text = Fixture.plan.replacingOccurrences(
      of: "  due: март-апрель 2024 года", with: "  due: к маю\n  reading: до 30.04.2024")
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(text)]]])
    let (line, character) = Fixture.position(of: "reading", in: text)
    let hover = hoverText(ScriptedClient.at(uri, line, character))
    #expect(hover.contains("… 2024-04-30"), "\(hover)")
    #expect(hoverText(ScriptedClient.at(uri, line - 1, character + 2)) == hover, "the due line reads the same")
    folder.remove()
  }

  @Test func hoverOnCodesShowsNamesAndOnKeywordsTheirMeaning() {
    #expect(hoverText(at("MOUO, MINOBR")).contains("Муниципальный орган управления образованием"))
    #expect(hoverText(at("MINOBR", occurrence: 3, offset: 3)).contains("Министерство образования"))
    #expect(hoverText(at("sayansk", occurrence: 1)).contains("МО «город Саянск»"))
    #expect(hoverText(at("gia-main")).contains("Основной период ГИА"))
    #expect(hoverText(at("1.1", occurrence: 2)).contains("Мониторинг"))
    let keyword = hoverText(at("owner: MINOBR"))
    #expect(keyword.contains("**owner** · **ответственный**"))
    #expect(hoverText(at("section")).contains("Declares a section"))
    #expect(client.request("textDocument/hover", at("Приложение")) == .null)
    folder.remove()
  }

  // MARK: Completion

  func labels(_ params: JSONValue) -> [String] {
    client.request("textDocument/completion", params)?["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue }
      ?? []
  }

  func typing(_ line: String, after needle: String) -> JSONValue {
    // Inserts a new line after the line holding `needle` and puts the cursor at its end.
    let (row, _) = Fixture.position(of: needle, in: Fixture.plan)
    let insertAt = LSPPosition(line: row + 1, character: 0)
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 9],
        "contentChanges": [["range": LSPRange(start: insertAt, end: insertAt).json, "text": .string(line + "\n")]],
      ])
    return ScriptedClient.at(uri, row + 1, line.utf16.count)
  }

  @Test func completionOffersNamesOfTheKindAPropertyRefersTo() {
    #expect(labels(typing("  owner: MINOBR, M", after: "item 1.3")) == ["MINOBR", "MOUO"])
    folder.remove()
  }

  @Test(arguments: [
    ("  for: ", ["angarsk", "sayansk"]),
    ("  due sa", ["angarsk", "sayansk"]),
    ("  on: ", ["gia-main"]),
    ("  after: 1.1, ", ["1.1", "1.2", "1.3"]),
    ("  due: ", []),
    ("  note: free text ", []),
    ("# a comment ", []),
  ])
  func completionAfterProperties(line: String, expected: [String]) {
    #expect(labels(typing(line, after: "item 1.3")) == expected)
    folder.remove()
  }

  @Test func completionOffersKeywordsOfTheBlockInTheFilesLanguage() throws {
    let properties = labels(typing("  ", after: "item 1.3"))
    #expect(properties.contains("owner") && properties.contains("due") && properties.contains("after"))
    #expect(!properties.contains("member"))
    #expect(!properties.contains("on"), "item 1.3 has its 'on:' already, and it is given once")
    #expect(labels(typing("ite", after: "  on: gia-main")).contains("item"))
    let russian = """
      план п: План
        период: 2024

      мероприятие 1: Дело
        ответ
      """
    let russianURI = folder.uri("ru.plan")
    client.open(russianURI, russian)
    let items =
      client.request("textDocument/completion", ScriptedClient.at(russianURI, 4, 7))?["items"]?.arrayValue ?? []
    #expect(items.contains { $0["label"] == "ответственный" })
    let edit = items.first { $0["label"] == "ответственный" }?["textEdit"]
    #expect(edit?["range"]?["start"] == LSPPosition(line: 4, character: 2).json, "the typed part is replaced")
    folder.remove()
  }

  // MARK: Navigation

  @Test func definitionAndReferencesReachIncludedFiles() throws {
    let definition = try #require(client.request("textDocument/definition", at("sayansk"))?.arrayValue)
    #expect(definition.count == 1)
    #expect(definition.first?["uri"]?.stringValue == folder.uri("subjects/towns.plan"))
    #expect(definition.first?["range"]?["start"] == LSPPosition(line: 2, character: 9).json)
    let references = try #require(client.request("textDocument/references", at("sayansk"))?.arrayValue)
    #expect(references.count == 3, "the member, 'for:' and 'due sayansk'")
    let withoutDeclaration = client.request(
      "textDocument/references",
      [
        "textDocument": ["uri": .string(uri)], "position": at("MINOBR", occurrence: 2)["position"] ?? nil,
        "context": ["includeDeclaration": false],
      ])
    #expect(withoutDeclaration?.arrayValue?.count == 3)
    let event = client.request("textDocument/definition", at("gia-main"))?.arrayValue
    #expect(event?.first?["uri"]?.stringValue == folder.uri("calendars/gia.plan"))
    #expect(client.request("textDocument/definition", at("Совещания")) == .null)
    let included = client.request("textDocument/definition", at("subjects/towns.plan", offset: 3))?.arrayValue
    #expect(included?.first?["uri"]?.stringValue == folder.uri("subjects/towns.plan"))
    folder.remove()
  }

  @Test func renameChangesEveryOccurrenceAcrossFiles() throws {
    let edit = try #require(client.request("textDocument/rename", at("sayansk").merging(["newName": "sajansk"])))
    let changes = try #require(edit["changes"])
    #expect(changes[uri]?.arrayValue?.count == 2)
    #expect(changes[folder.uri("subjects/towns.plan")]?.arrayValue?.first?["newText"] == "sajansk")
    let prepared = client.request("textDocument/prepareRename", at("MOUO, MINOBR", offset: 2))
    #expect(prepared?["placeholder"] == "MOUO")
    #expect(client.request("textDocument/prepareRename", at("Совещания")) == .null)
    let bad = client.failingRequest("textDocument/rename", at("MOUO, MINOBR").merging(["newName": "два слова"]))
    #expect(bad.code == ResponseError.requestFailed)
    #expect(bad.message.contains("is not an identifier"))
    let taken = client.failingRequest("textDocument/rename", at("MOUO, MINOBR").merging(["newName": "MINOBR"]))
    #expect(taken.message.contains("already declared"))
    folder.remove()
  }

  @Test func aNameFromASharedListIsRenamedInEveryPlanThatIncludesIt() throws {
    let second = """
      plan second-2024: Второй план
        period: 2024

      include: subjects/towns.plan

      party UO: Управление образования

      item 1: Совещание
        owner: UO
        for: sayansk
        due: май 2024 года

      """
    try Data(second.utf8).write(to: folder.url.appendingPathComponent("second.plan"))
    let references = client.request("textDocument/references", at("sayansk"))?.arrayValue ?? []
    #expect(references.filter { $0["uri"]?.stringValue == folder.uri("second.plan") }.count == 1)
    let edit = client.request("textDocument/rename", at("sayansk").merging(["newName": "sajansk"]))
    #expect(edit?["changes"]?[folder.uri("second.plan")]?.arrayValue?.count == 1)
    #expect(edit?["changes"]?[folder.uri("subjects/towns.plan")]?.arrayValue?.count == 1, "the member once")
    #expect(edit?["changes"]?[uri]?.arrayValue?.count == 2)
    // A party of the root file alone stays the root's business.
    let party = client.request("textDocument/rename", at("MOUO, MINOBR").merging(["newName": "OMSU"]))
    #expect(party?["changes"]?[folder.uri("second.plan")] == nil)
    folder.remove()
  }

  @Test func documentSymbolsNestItemsInTheirSection() throws {
    let symbols = try #require(
      client.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])?.arrayValue)
    #expect(symbols.compactMap { $0["name"]?.stringValue } == ["demo-2024", "MINOBR", "MOUO", "S1"])
    let section = try #require(symbols.last)
    #expect(section["children"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["1.1", "1.2", "1.3"])
    let item = section["children"]?.arrayValue?.first
    let (line, _) = Fixture.position(of: "item 1.1", in: Fixture.plan)
    #expect(item?["range"]?["start"] == LSPPosition(line: line, character: 0).json)
    #expect(item?["range"]?["end"]?["line"] == .integer(line + 2))
    folder.remove()
  }

  // MARK: Formatting and quick fixes

  @Test func formattingIsFmtsOutputAsOneEditAndRefusedOnSyntaxErrors() throws {
    let scrambled = Fixture.plan.replacingOccurrences(of: "\n  owner:", with: "\n        owner:")
      .replacingOccurrences(of: "due: март", with: "due:   март")
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": 5], "contentChanges": [["text": .string(scrambled)]]])
    let edits = try #require(
      client.request(
        "textDocument/formatting",
        ["textDocument": ["uri": .string(uri)], "options": ["tabSize": 2, "insertSpaces": true]])?.arrayValue)
    #expect(edits.count == 1)
    #expect(edits.first?["newText"]?.stringValue == Fixture.plan)
    #expect(edits.first?["range"]?["start"] == LSPPosition(line: 0, character: 0).json)
    #expect(
      edits.first?["range"]?["end"]
        == LSPPosition(line: scrambled.split(separator: "\n", omittingEmptySubsequences: false).count - 1, character: 0)
        .json)
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": 6], "contentChanges": [["text": .string(Fixture.plan)]]])
    #expect(client.request("textDocument/formatting", ["textDocument": ["uri": .string(uri)]]) == [])
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 7],
        "contentChanges": [["text": .string(Fixture.plan + "itme 2: x\n")]],
      ])
    let refused = client.failingRequest("textDocument/formatting", ["textDocument": ["uri": .string(uri)]])
    #expect(refused.code == ResponseError.requestFailed)
    #expect(refused.message.contains("1 syntax error"))
    folder.remove()
  }

  @Test func aSuggestionBecomesAQuickFix() throws {
    let broken = Fixture.plan.replacingOccurrences(of: "on: gia-main", with: "on: gia-mian")
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": 5], "contentChanges": [["text": .string(broken)]]])
    let diagnostic = try #require(client.wait(milliseconds: 500)[uri]?.first { $0["code"] == "plan.unknown-event" })
    let actions = try #require(
      client.request(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": .string(uri)], "range": diagnostic["range"] ?? nil,
          "context": ["diagnostics": [diagnostic]],
        ])?.arrayValue)
    #expect(actions.count == 1)
    #expect(actions.first?["title"] == "Replace with 'gia-main'")
    let edit = actions.first?["edit"]?["changes"]?[uri]?.arrayValue?.first
    #expect(edit?["newText"] == "gia-main")
    #expect(edit?["range"] == diagnostic["range"])
    folder.remove()
  }
}

extension JSONValue {
  /// An object with the members of `other` added.
  func merging(_ other: JSONValue) -> JSONValue {
    guard case .object(var members) = self, case .object(let more) = other else { return self }
    for (key, value) in more { members[key] = value }
    return .object(members)
  }
}
