import Testing

@testable import KartaLSP

/// The protocol's lifecycle and its error answers, driven in-process.
@Suite struct LifecycleTests {
  @Test func initializeAnnouncesTheFeaturesAndUTF16() throws {
    let client = ScriptedClient()
    let result = try #require(client.request("initialize", ["capabilities": [:]]))
    let capabilities = try #require(result["capabilities"])
    #expect(capabilities["positionEncoding"] == "utf-16")
    #expect(capabilities["textDocumentSync"]?["change"] == 2)
    for feature in [
      "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider",
      "documentFormattingProvider",
    ] {
      #expect(capabilities[feature] == true, "\(feature)")
    }
    #expect(result["serverInfo"]?["name"] == "karta")
    #expect(client.failingRequest("initialize", [:]).code == ResponseError.invalidRequest)
  }

  @Test func requestsBeforeInitializeAreRefusedAndNotificationsIgnored() {
    let client = ScriptedClient()
    #expect(client.failingRequest("textDocument/hover", [:]).code == ResponseError.serverNotInitialized)
    client.open("file:///tmp/x.plan", "plan x: X\n")
    #expect(client.wait(milliseconds: 1000).isEmpty)
  }

  @Test func shutdownThenExitIsCodeZero() {
    let client = ScriptedClient.initialized()
    #expect(client.requestMessage("shutdown", nil)["result"] == .null)
    #expect(client.failingRequest("textDocument/hover", [:]).code == ResponseError.invalidRequest)
    client.notify("exit", nil)
    #expect(client.server.exitCode == 0)
  }

  @Test func exitWithoutShutdownOrTheEndOfInputIsCodeOne() {
    let client = ScriptedClient.initialized()
    client.notify("exit", nil)
    #expect(client.server.exitCode == 1)
    #expect(ScriptedClient.initialized().server.endOfInput() == 1)
  }

  @Test func unknownMethodsAreAnsweredAndUnknownNotificationsIgnored() {
    let client = ScriptedClient.initialized()
    let unknown = client.failingRequest("textDocument/semanticTokens/full", [:])
    #expect(unknown.code == ResponseError.methodNotFound)
    #expect(unknown.message.contains("semanticTokens"))
    #expect(client.send(raw: Array(#"{"jsonrpc":"2.0","method":"$/unknownThing","params":{}}"#.utf8)).isEmpty)
    #expect(client.send(raw: Array(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":3}}"#.utf8)).isEmpty)
  }

  @Test(arguments: [
    (#"{"jsonrpc":"2.0","id":1,"method":"#, ResponseError.parseError),
    ("not json at all", ResponseError.parseError),
    ("", ResponseError.parseError),
    (#"[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]"#, ResponseError.invalidRequest),
    (#""a string""#, ResponseError.invalidRequest),
    (#"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#, ResponseError.invalidRequest),
    (#"{"jsonrpc":"2.0","id":1.5,"method":"shutdown"}"#, ResponseError.invalidRequest),
    (#"{"jsonrpc":"2.0","id":7}"#, ResponseError.invalidRequest),
    (#"{"jsonrpc":"2.0","id":7,"method":42}"#, ResponseError.invalidRequest),
    (String(repeating: "[", count: 100_000), ResponseError.parseError),
  ])
  func malformedMessagesGetProtocolErrors(body: String, code: Int) {
    let client = ScriptedClient.initialized()
    let answers = client.send(raw: Array(body.utf8))
    #expect(answers.count == 1)
    #expect(answers.first?["error"]?["code"]?.intValue == code)
    #expect(client.server.exitCode == nil)
    #expect(client.request("shutdown", nil) == .null, "the server still answers afterwards")
  }

  @Test func paramsOfTheWrongShapeAreInvalidParams() {
    let client = ScriptedClient.initialized()
    #expect(client.failingRequest("textDocument/hover", ["textDocument": 5]).code == ResponseError.invalidParams)
    #expect(
      client.failingRequest("textDocument/hover", ScriptedClient.at("file:///nowhere.plan", 0, 0)).code
        == ResponseError.invalidParams)
    client.notify("textDocument/didOpen", ["textDocument": ["uri": 3]])
    client.notify("textDocument/didChange", ["textDocument": ["uri": "file:///nowhere.plan"], "contentChanges": 1])
    #expect(client.wait(milliseconds: 1000).isEmpty)
  }

  @Test func planTestFilesAreNotLintedAsPlans() {
    let client = ScriptedClient.initialized()
    client.open("file:///tmp/irkutsk.verify", "plan: irkutsk.plan\ntest t: x\n  as-of: 2024-07-01\n")
    #expect(client.wait(milliseconds: 1000).isEmpty)
  }

  @Test func responsesToTheServerAreIgnored() {
    let client = ScriptedClient.initialized()
    #expect(client.send(raw: Array(#"{"jsonrpc":"2.0","id":9,"result":null}"#.utf8)).isEmpty)
  }
}
