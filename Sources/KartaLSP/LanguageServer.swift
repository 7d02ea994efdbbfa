import Foundation
import KartaLanguage
import KartaLint
import KartaPlan

/// The Karta language server: it reads JSON-RPC messages, keeps the open documents, and answers
/// with diagnostics, hover, completion, navigation, rename, formatting and code actions, all from
/// the same loader, resolver and linter as `karta lint`.
///
/// The server does no input or output itself: `handle(message:now:)` takes one message body and
/// returns the messages to send, and `runDueWork(now:)` publishes the diagnostics whose debounce
/// time has come. `ServerLoop` connects it to a pipe; tests call it directly.
public final class LanguageServer {
  /// How the server behaves.
  public struct Configuration: Sendable {
    /// How long after the last change diagnostics wait, in nanoseconds, so that typing in a
    /// large plan does not lint it at every key.
    public var debounce: UInt64
    /// The version reported in `serverInfo`.
    public var version: String

    /// Creates a configuration.
    public init(debounce: UInt64 = 250_000_000, version: String = "0") {
      self.debounce = debounce
      self.version = version
    }
  }

  /// Where the server is in the protocol's lifecycle.
  enum Lifecycle {
    case waitingForInitialize
    case running
    case shutDown
  }

  let configuration: Configuration
  var lifecycle = Lifecycle.waitingForInitialize
  /// The open documents, by URI.
  var documents: [String: TextDocument] = [:]
  /// When each document's diagnostics are due, by URI (nanoseconds on the caller's clock).
  var pendingDiagnostics: [String: UInt64] = [:]
  /// The URIs each root plan last published diagnostics for, to clear those that are gone.
  var published: [String: Set<String>] = [:]
  /// Analyses by root path, valid while `generation` is unchanged.
  var analyses: [String: PlanAnalysis] = [:]
  /// Counts every change to the text the server sees; an analysis is current when it matches.
  var generation = 0
  /// The client's locale from `initialize` (such as "ru"), for choosing the language of messages.
  public private(set) var clientLocale: String?
  /// The workspace folder from `initialize`, where the search for a shared file's plans stops.
  var workspaceRoot: String?
  /// The plans found to include a file opened on its own, by the file's path.
  var discoveredIncluders: [String: [String]] = [:]

  /// The exit code once `exit` has been received: 0 after `shutdown`, 1 without it.
  public private(set) var exitCode: Int32?

  /// Creates a server.
  public init(configuration: Configuration = Configuration()) {
    self.configuration = configuration
  }

  /// When `runDueWork` next has something to do, if anything is pending.
  public var nextDeadline: UInt64? { pendingDiagnostics.values.min() }

  // MARK: - Messages

  /// Handles one message body; returns the messages to send back, in order.
  public func handle(message body: [UInt8], now: UInt64) -> [JSONValue] {
    guard let message = JSONValue(parsing: body) else {
      return [Self.errorResponse(id: .null, ResponseError(ResponseError.parseError, "the message is not JSON"))]
    }
    guard case .object = message else {
      return [
        Self.errorResponse(
          id: .null, ResponseError(ResponseError.invalidRequest, "a message must be a JSON object"))
      ]
    }
    let id = message["id"]
    if let id, !Self.isValidID(id) {
      return [
        Self.errorResponse(id: .null, ResponseError(ResponseError.invalidRequest, "an id must be a number or a string"))
      ]
    }
    guard let method = message["method"]?.stringValue else {
      // A response to a request of ours (the server sends none that need one): nothing to do.
      if id != nil, message["result"] != nil || message["error"] != nil { return [] }
      return [
        Self.errorResponse(id: id ?? .null, ResponseError(ResponseError.invalidRequest, "a message without a method"))
      ]
    }
    let params = message["params"]
    guard let id else { return notification(method, params: params, now: now) }
    do {
      let result = try request(method, params: params)
      return [["jsonrpc": "2.0", "id": id, "result": result]]
    } catch let error as ResponseError {
      return [Self.errorResponse(id: id, error)]
    } catch {
      return [Self.errorResponse(id: id, ResponseError(ResponseError.internalError, "\(error)"))]
    }
  }

  /// Answers a part of the stream that was not a message.
  public func handle(problem: FramingProblem) -> [JSONValue] {
    [Self.errorResponse(id: .null, ResponseError(ResponseError.invalidRequest, problem.description))]
  }

  /// The input ended; returns the exit code (0 only after `shutdown`).
  public func endOfInput() -> Int32 {
    if exitCode == nil { exitCode = lifecycle == .shutDown ? 0 : 1 }
    return exitCode ?? 1
  }

  private func request(_ method: String, params: JSONValue?) throws -> JSONValue {
    switch lifecycle {
    case .waitingForInitialize:
      guard method == "initialize" else {
        throw ResponseError(ResponseError.serverNotInitialized, "the server is not initialized yet")
      }
      return initialize(params)
    case .shutDown:
      throw ResponseError(ResponseError.invalidRequest, "the server is shutting down")
    case .running:
      break
    }
    switch method {
    case "initialize": throw ResponseError(ResponseError.invalidRequest, "the server is already initialized")
    case "shutdown":
      lifecycle = .shutDown
      return .null
    case "textDocument/hover": return try hover(params)
    case "textDocument/completion": return try completion(params)
    case "textDocument/definition": return try definition(params)
    case "textDocument/references": return try references(params)
    case "textDocument/prepareRename": return try prepareRename(params)
    case "textDocument/rename": return try rename(params)
    case "textDocument/documentSymbol": return try documentSymbols(params)
    case "textDocument/formatting": return try formatting(params)
    case "textDocument/codeAction": return try codeActions(params)
    default: throw ResponseError(ResponseError.methodNotFound, "unknown method '\(method)'")
    }
  }

  private func notification(_ method: String, params: JSONValue?, now: UInt64) -> [JSONValue] {
    if method == "exit" {
      exitCode = lifecycle == .shutDown ? 0 : 1
      return []
    }
    guard lifecycle == .running else { return [] }
    switch method {
    case "textDocument/didOpen": didOpen(params, now: now)
    case "textDocument/didChange": didChange(params, now: now)
    case "textDocument/didClose": return didClose(params, now: now)
    case "workspace/didChangeWatchedFiles", "textDocument/didSave": filesChanged(now: now)
    default: break  // `initialized`, `$/cancelRequest`, `$/setTrace` and anything unknown need nothing.
    }
    return []
  }

  private func initialize(_ params: JSONValue?) -> JSONValue {
    lifecycle = .running
    clientLocale = params?["locale"]?.stringValue
    let folder = params?["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue ?? params?["rootUri"]?.stringValue
    workspaceRoot = folder.map(DocumentURI.path(of:))
    return [
      "capabilities": [
        "positionEncoding": "utf-16",
        "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
        "hoverProvider": true,
        "completionProvider": ["triggerCharacters": [":", ",", " "]],
        "definitionProvider": true,
        "referencesProvider": true,
        "renameProvider": ["prepareProvider": true],
        "documentSymbolProvider": true,
        "documentFormattingProvider": true,
        "codeActionProvider": ["codeActionKinds": ["quickfix"]],
      ],
      "serverInfo": ["name": "karta", "version": .string(configuration.version)],
    ]
  }

  // MARK: - Message helpers

  static func isValidID(_ id: JSONValue) -> Bool {
    switch id {
    case .string: true
    case .number: id.intValue != nil
    default: false
    }
  }

  static func errorResponse(id: JSONValue, _ error: ResponseError) -> JSONValue {
    ["jsonrpc": "2.0", "id": id, "error": error.json]
  }

  static func notificationMessage(_ method: String, _ params: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "method": .string(method), "params": params]
  }
}
