import Foundation
import Testing

@testable import KartaLSP

/// A client that drives a `LanguageServer` in-process, message by message, with its own clock
/// so that debounced diagnostics come exactly when a test lets time pass.
final class ScriptedClient {
  let server: LanguageServer
  /// The fake clock, in nanoseconds.
  var now: UInt64 = 1_000_000_000
  /// Notifications the server sent, oldest first.
  var notifications: [JSONValue] = []
  private var nextID = 1

  init(debounceMilliseconds: UInt64 = 200) {
    server = LanguageServer(configuration: .init(debounce: debounceMilliseconds * 1_000_000, version: "test"))
  }

  /// A client that has initialized the server.
  static func initialized(debounceMilliseconds: UInt64 = 200) -> ScriptedClient {
    let client = ScriptedClient(debounceMilliseconds: debounceMilliseconds)
    _ = client.request("initialize", ["processId": nil, "capabilities": [:], "locale": "ru"])
    client.notify("initialized", [:])
    return client
  }

  /// Sends raw bytes as one message body; returns everything the server answered.
  func send(raw body: [UInt8]) -> [JSONValue] {
    let answers = server.handle(message: body, now: now)
    notifications += answers.filter { $0["method"] != nil }
    return answers
  }

  /// Sends a request; returns the whole response message.
  func requestMessage(_ method: String, _ params: JSONValue) -> JSONValue {
    let id = nextID
    nextID += 1
    let message: JSONValue = ["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params]
    let answers = send(raw: message.serialized)
    return answers.first { $0["id"] == .integer(id) } ?? .null
  }

  /// Sends a request; returns its result (`nil` when the server answered with an error).
  func request(_ method: String, _ params: JSONValue) -> JSONValue? {
    requestMessage(method, params)["result"]
  }

  /// Sends a request that must fail; returns the error's code and message.
  func failingRequest(_ method: String, _ params: JSONValue) -> (code: Int?, message: String) {
    let error = requestMessage(method, params)["error"]
    return (error?["code"]?.intValue, error?["message"]?.stringValue ?? "")
  }

  func notify(_ method: String, _ params: JSONValue) {
    _ = send(raw: (["jsonrpc": "2.0", "method": .string(method), "params": params] as JSONValue).serialized)
  }

  func open(_ uri: String, _ text: String, version: Int = 1) {
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "karta", "version": .integer(version), "text": .string(text),
        ]
      ])
  }

  /// Lets `milliseconds` pass and collects the diagnostics published by then, by URI.
  @discardableResult
  func wait(milliseconds: UInt64) -> [String: [JSONValue]] {
    now += milliseconds * 1_000_000
    let published = server.runDueWork(now: now)
    notifications += published
    var byURI: [String: [JSONValue]] = [:]
    for message in published where message["method"] == "textDocument/publishDiagnostics" {
      if let uri = message["params"]?["uri"]?.stringValue {
        byURI[uri] = message["params"]?["diagnostics"]?.arrayValue ?? []
      }
    }
    return byURI
  }

  /// `{"textDocument": {"uri": …}, "position": {…}}`
  static func at(_ uri: String, _ line: Int, _ character: Int) -> JSONValue {
    ["textDocument": ["uri": .string(uri)], "position": ["line": .integer(line), "character": .integer(character)]]
  }
}

/// A fresh directory with plan files written from inline text; removed by `remove()`.
struct PlanFolder {
  let url: URL

  init(_ files: [String: String]) throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("karta-lsp-\(UUID().uuidString)")
    for (name, text) in files {
      let file = url.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func uri(_ name: String) -> String { URL(fileURLWithPath: path(name)).absoluteString }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

extension Array where Element == JSONValue {
  /// The `code` of each diagnostic.
  var codes: [String] { compactMap { $0["code"]?.stringValue } }
}
