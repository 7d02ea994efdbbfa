import Foundation
import Testing

@testable import KartaLSP

/// Diagnostics as an editor receives them: on open, after a pause following changes (whole-text
/// and ranged), for included files, in UTF-16 positions.
@Suite struct DiagnosticsTests {
  @Test func openingAPlanWithMistakesPublishesEveryFindingAtOnce() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    let text = Fixture.plan.replacingOccurrences(
      of: "  owner: MINOBR\n  due: март", with: "  onwer: MINOBR\n  due: март"
    )
    .replacingOccurrences(of: "after: 1.1", with: "after: 1.9")
    client.open(folder.uri("plan.plan"), text)
    let published = client.wait(milliseconds: 0)
    let diagnostics = try #require(published[folder.uri("plan.plan")])
    #expect(diagnostics.codes.contains("syntax.unknown-property"))
    #expect(diagnostics.codes.contains("plan.unknown-item"))
    let onwer = try #require(diagnostics.first { $0["code"] == "syntax.unknown-property" })
    #expect(onwer["severity"] == 1)
    #expect(onwer["source"] == "karta")
    #expect(onwer["data"]?["suggestion"] == "owner")
    #expect(onwer["message"]?.stringValue?.contains("did you mean 'owner'?") == true)
    let (line, character) = Fixture.position(of: "onwer", in: text)
    #expect(
      onwer["range"]
        == LSPRange(
          start: LSPPosition(line: line, character: character),
          end: LSPPosition(line: line, character: character + 5)
        ).json)
    #expect(published[folder.uri("subjects/towns.plan")] == [], "included files are published too, clean")
    #expect(published[folder.uri("calendars/gia.plan")] == [])
  }

  @Test func positionsAfterAnEmojiAndCyrillicAreInUTF16Units() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    // The unknown party sits after Cyrillic letters and an emoji on its own line.
    let text = Fixture.plan.replacingOccurrences(
      of: "item 1.3: Контроль ППЭ\n  owner: MINOBR", with: "item 1.3: Контроль ППЭ\n  owner: MINOBR, МОУО😀, ГЭК")
    client.open(folder.uri("plan.plan"), text)
    let diagnostics = try #require(client.wait(milliseconds: 0)[folder.uri("plan.plan")])
    let unknown = diagnostics.filter { $0["code"] == "plan.unknown-party" }
    #expect(unknown.count == 2)
    let (line, character) = Fixture.position(of: "ГЭК", in: text)
    #expect(unknown.last?["range"]?["start"] == LSPPosition(line: line, character: character).json)
    #expect(character == "  owner: MINOBR, МОУО😀, ".utf16.count)
  }

  @Test func changesAreDebouncedAndBothSyncKindsApply() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized(debounceMilliseconds: 300)
    let uri = folder.uri("plan.plan")
    client.open(uri, Fixture.plan)
    #expect(client.wait(milliseconds: 0)[uri] == [])
    // A ranged change: 'owner' of item 1.1 becomes 'onwer'.
    let (line, character) = Fixture.position(of: "owner: MINOBR", in: Fixture.plan)
    let range = LSPRange(
      start: LSPPosition(line: line, character: character), end: LSPPosition(line: line, character: character + 5))
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [["range": range.json, "text": "onwer"]],
      ])
    #expect(client.wait(milliseconds: 100).isEmpty, "nothing before the pause is over")
    // Another key inside the pause pushes it back.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 3],
        "contentChanges": [["range": LSPRange(start: range.end, end: range.end).json, "text": "x"]],
      ])
    #expect(client.wait(milliseconds: 250).isEmpty)
    let published = client.wait(milliseconds: 100)
    let finding = published[uri]?.first { $0["code"] == "syntax.unknown-property" }
    #expect(finding?["message"]?.stringValue?.contains("'onwerx'") == true, "both changes applied")
    let message = client.notifications.last { $0["params"]?["uri"] == .string(uri) }
    #expect(message?["params"]?["version"] == 3)
    // A whole-text change fixes it.
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": 4], "contentChanges": [["text": .string(Fixture.plan)]]])
    #expect(client.wait(milliseconds: 300)[uri] == [])
  }

  @Test func anOpenIncludedFileIsReadAsPartOfItsPlanWithUnsavedText() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    client.open(folder.uri("plan.plan"), Fixture.plan)
    client.open(folder.uri("subjects/towns.plan"), Fixture.towns)
    client.wait(milliseconds: 0)
    // Renaming a member in the unsaved list breaks the plan's reference to it.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(folder.uri("subjects/towns.plan")), "version": 2],
        "contentChanges": [
          ["text": .string(Fixture.towns.replacingOccurrences(of: "member sayansk", with: "member sajansk"))]
        ],
      ])
    let published = client.wait(milliseconds: 300)
    #expect(published[folder.uri("plan.plan")]?.codes.contains("plan.unknown-subject") == true)
    #expect(published[folder.uri("subjects/towns.plan")] == [])
    let afterClose = client.send(
      raw: ([
        "jsonrpc": "2.0", "method": "textDocument/didClose",
        "params": ["textDocument": ["uri": .string(folder.uri("subjects/towns.plan"))]],
      ] as JSONValue).serialized)
    #expect(afterClose.isEmpty, "an included file published nothing of its own")
    #expect(client.wait(milliseconds: 300)[folder.uri("plan.plan")] == [], "the saved list on disk is read again")
  }

  @Test func aSharedListOpenedAloneIsReadThroughThePlanThatIncludesIt() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    let towns = folder.uri("subjects/towns.plan")
    let renamed = Fixture.towns.replacingOccurrences(of: "member sayansk", with: "member sajansk")
    client.open(towns, renamed)
    let published = client.wait(milliseconds: 0)
    #expect(published[towns] == [])
    #expect(published[folder.uri("plan.plan")]?.codes == ["plan.unknown-subject", "plan.unknown-subject"])
    // Names in the list are found where the plan uses them, and renamed there too.
    let (line, character) = Fixture.position(of: "angarsk", in: renamed)
    let references = client.request("textDocument/references", ScriptedClient.at(towns, line, character))
    #expect(references?.arrayValue?.count == 3)
    let rename = client.request(
      "textDocument/rename", ScriptedClient.at(towns, line, character).merging(["newName": "angara"]))
    #expect(rename?["changes"]?[folder.uri("plan.plan")]?.arrayValue?.count == 2)
    #expect(rename?["changes"]?[towns]?.arrayValue?.count == 1)
    // Closing the list withdraws what was published for the plan read on its behalf.
    let closed = client.send(
      raw: (["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": .string(towns)]]]
        as JSONValue).serialized)
    #expect(closed.contains { $0["params"]?["uri"] == .string(folder.uri("plan.plan")) })
    #expect(closed.allSatisfy { $0["params"]?["diagnostics"] == [] })
  }

  @Test func aFileThatNoPlanIncludesIsReadOnItsOwn() throws {
    let folder = try PlanFolder([
      "lists/towns.plan": Fixture.towns, "other.plan": "plan other: Другой план\n  period: 2024\n",
    ])
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    let towns = folder.uri("lists/towns.plan")
    client.open(towns, Fixture.towns)
    #expect(client.wait(milliseconds: 0).keys.sorted() == [towns])
  }

  @Test func closingARootWithdrawsItsDiagnostics() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let client = ScriptedClient.initialized()
    let uri = folder.uri("plan.plan")
    client.open(uri, Fixture.plan.replacingOccurrences(of: "on: gia-main", with: "on: gia-mian"))
    #expect(client.wait(milliseconds: 0)[uri]?.codes.contains("plan.unknown-event") == true)
    let answers = client.send(
      raw: (["jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": .string(uri)]]]
        as JSONValue).serialized)
    let cleared = answers.compactMap { $0["params"]?["uri"]?.stringValue }
    #expect(cleared.contains(uri))
    #expect(answers.allSatisfy { $0["params"]?["diagnostics"] == [] })
  }

  @Test func aLargePlanIsLintedOnceAfterABurstOfChanges() throws {
    var text = "plan big: Большой план\n  period: 2024\n\nparty MINOBR: Министерство\n\n"
    for number in 1...10_000 {
      text += "item \(number): Мероприятие \(number)\n  owner: MINOBR\n  due: до 15 марта 2024 года\n\n"
    }
    let folder = try PlanFolder(["big.plan": text])
    defer { folder.remove() }
    let client = ScriptedClient.initialized(debounceMilliseconds: 250)
    let uri = folder.uri("big.plan")
    client.open(uri, text)
    #expect(client.wait(milliseconds: 0)[uri] == [])
    let clock = ContinuousClock()
    let typing = clock.measure {
      for key in 0..<50 {
        client.notify(
          "textDocument/didChange",
          [
            "textDocument": ["uri": .string(uri), "version": .integer(key + 2)],
            "contentChanges": [
              [
                "range": LSPRange(start: LSPPosition(line: 0, character: 5), end: LSPPosition(line: 0, character: 5))
                  .json, "text": "x",
              ]
            ],
          ])
        #expect(client.wait(milliseconds: 20).isEmpty)
      }
    }
    // Linting at every key would take over a minute in a debug build; applying 50 changes, under one.
    #expect(typing < .seconds(10), "50 keystrokes in a 10,000-item plan took \(typing)")
    let published = client.wait(milliseconds: 300)
    #expect(published[uri] == [])
    #expect(client.server.documents[uri]?.lines.first?.hasPrefix("plan " + String(repeating: "x", count: 50)) == true)
  }
}
