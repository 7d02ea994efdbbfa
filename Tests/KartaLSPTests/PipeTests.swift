import Foundation
import KartaLanguage
import Testing

@testable import KartaLSP

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The server over real pipes: in-process through `ServerLoop`, and as the built `karta lsp`
/// with a scripted client. Every session must end by itself, with the right exit code, within
/// a few seconds: no crash, no hang.
@Suite(.serialized) struct PipeTests {
  @Test func theLoopServesASessionOverPipesInProcess() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let toServer = try PipePair()
    let fromServer = try PipePair()
    let finished = ExitCode()
    let (input, output) = (toServer.read, fromServer.write)
    Thread.detachNewThread {
      let server = LanguageServer(configuration: .init(debounce: 20_000_000))
      finished.set(ServerLoop.run(server, input: input, output: output))
      close(output)
    }
    let client = FramedPipe(write: toServer.write, read: fromServer.read)
    client.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
    #expect(try client.next()["result"]?["capabilities"]?["positionEncoding"] == "utf-16")
    client.send(
      [
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": [
          "textDocument": [
            "uri": .string(folder.uri("plan.plan")), "version": 1,
            "text": .string(Fixture.plan.replacingOccurrences(of: "on: gia-main", with: "on: gia")),
          ]
        ],
      ])
    let diagnostics = try client.next { $0["params"]?["uri"] == .string(folder.uri("plan.plan")) }
    #expect(diagnostics["params"]?["diagnostics"]?.arrayValue?.codes == ["plan.unknown-event"])
    client.send(["jsonrpc": "2.0", "id": 2, "method": "shutdown"])
    #expect(try client.next { $0["id"] == 2 }["result"] == .null)
    client.send(["jsonrpc": "2.0", "method": "exit"])
    #expect(finished.wait(seconds: 5) == 0)
    for descriptor in [toServer.write, toServer.read, fromServer.read] { close(descriptor) }
  }

  @Test func theBinaryServesASessionAndExitsCleanly() throws {
    let folder = try Fixture.folder()
    defer { folder.remove() }
    let server = try KartaProcess()
    server.client.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
    #expect(try server.client.next()["result"]?["serverInfo"]?["name"] == "karta")
    server.client.send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
    let uri = folder.uri("plan.plan")
    server.client.send(
      [
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": [
          "textDocument": [
            "uri": .string(uri), "version": 1,
            "text": .string(Fixture.plan.replacingOccurrences(of: "owner: MOUO", with: "onwer: MOUO")),
          ]
        ],
      ])
    let published = try server.client.next { $0["params"]?["uri"] == .string(uri) }
    #expect(published["params"]?["diagnostics"]?.arrayValue?.codes.contains("syntax.unknown-property") == true)
    let (line, character) = Fixture.position(of: "март", in: Fixture.plan)
    server.client.send(
      [
        "jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
        "params": ScriptedClient.at(uri, line, character),
      ])
    let hover = try server.client.next { $0["id"] == 2 }
    #expect(hover["result"]?["contents"]?["value"]?.stringValue?.contains("2024-03-01 … 2024-04-30") == true)
    // An incremental change fixes the misspelling; the plan is published again, clean.
    let (typo, column) = Fixture.position(of: "owner: MOUO", in: Fixture.plan)
    let misspelt = LSPRange(
      start: LSPPosition(line: typo, character: column), end: LSPPosition(line: typo, character: column + 5))
    server.client.send(
      [
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": [
          "textDocument": ["uri": .string(uri), "version": 2],
          "contentChanges": [["range": misspelt.json, "text": "owner"]],
        ],
      ])
    let republished = try server.client.next { $0["params"]?["uri"] == .string(uri) }
    #expect(republished["params"]?["diagnostics"] == [])
    #expect(republished["params"]?["version"] == 2)
    func answer(_ id: Int, _ method: String, _ params: JSONValue) throws -> JSONValue? {
      server.client.send(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
      return try server.client.next { $0["id"] == .integer(id) }["result"]
    }
    let (event, eventColumn) = Fixture.position(of: "gia-main", in: Fixture.plan)
    let completion = try answer(3, "textDocument/completion", ScriptedClient.at(uri, event, eventColumn))
    #expect(completion?["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } == ["gia-main"])
    let (subject, subjectColumn) = Fixture.position(of: "sayansk", in: Fixture.plan)
    let definition = try answer(4, "textDocument/definition", ScriptedClient.at(uri, subject, subjectColumn))
    #expect(definition?.arrayValue?.first?["uri"]?.stringValue == folder.uri("subjects/towns.plan"))
    let (party, partyColumn) = Fixture.position(of: "MOUO", in: Fixture.plan)
    let rename = try answer(
      5, "textDocument/rename", ScriptedClient.at(uri, party, partyColumn).merging(["newName": "МОУО"]))
    #expect(rename?["changes"]?[uri]?.arrayValue?.count == 2)
    let formatting = try answer(6, "textDocument/formatting", ["textDocument": ["uri": .string(uri)]])
    #expect(formatting == [], "the fixed fixture is in fmt's layout")
    server.client.send(["jsonrpc": "2.0", "id": 7, "method": "shutdown"])
    _ = try server.client.next { $0["id"] == 7 }
    server.client.send(["jsonrpc": "2.0", "method": "exit"])
    #expect(server.waitForExit() == 0)
  }

  @Test func aBrokenStreamGetsErrorsAndTheServerCarriesOn() throws {
    let server = try KartaProcess()
    let client = server.client
    client.send(raw: Array("Content-Type: nothing\r\n\r\n{}".utf8))
    #expect(try client.next()["error"]?["code"] == .integer(ResponseError.invalidRequest))
    client.send(raw: framedMessage(Array("{not json".utf8)))
    #expect(try client.next()["error"]?["code"] == .integer(ResponseError.parseError))
    client.send(raw: framedMessage(Array(String(repeating: "[", count: 200_000).utf8)))
    #expect(try client.next()["error"]?["code"] == .integer(ResponseError.parseError))
    client.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
    _ = try client.next { $0["id"] == 1 }
    client.send(["jsonrpc": "2.0", "id": 2, "method": "workspace/executeCommand", "params": [:]])
    #expect(try client.next { $0["id"] == 2 }["error"]?["code"] == .integer(ResponseError.methodNotFound))
    // A message far over the limit is refused from its header; its bytes are skipped as they come.
    client.send(raw: Array("Content-Length: 999999999999\r\n\r\n".utf8))
    #expect(try client.next()["error"]?["message"]?.stringValue?.contains("999999999999 bytes") == true)
    client.closeInput()
    #expect(server.waitForExit() == 1, "the pipe closed without 'shutdown'")
  }

  @Test func aLargePlanInOneMessageIsLintedInBoundedTime() throws {
    var text = "plan big: Большой план\n  period: 2024\n\nparty MINOBR: Министерство\n\n"
    for number in 1...10_000 {
      text += "item \(number): Мероприятие 😀 \(number)\n  owner: MINOBR\n  due: до 15 марта 2024 года\n\n"
    }
    text += "item last: Последнее\n  owner: ГЭК\n  due: март\n"
    let folder = try PlanFolder(["big.plan": text])
    defer { folder.remove() }
    let server = try KartaProcess()
    server.client.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
    _ = try server.client.next()
    let started = Date()
    server.client.send(
      [
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": ["textDocument": ["uri": .string(folder.uri("big.plan")), "version": 1, "text": .string(text)]],
      ])
    let published = try server.client.next(timeout: 60) { $0["method"] == "textDocument/publishDiagnostics" }
    let diagnostics = published["params"]?["diagnostics"]?.arrayValue ?? []
    #expect(diagnostics.codes == ["plan.unknown-party"])
    #expect(diagnostics.first?["range"]?["start"] == LSPPosition(line: 40_006, character: 9).json)
    #expect(Date().timeIntervalSince(started) < 30)
    server.client.closeInput()
    #expect(server.waitForExit() == 1)
  }

  @Test func aClientThatStopsReadingOrWritingEndsTheServerWithoutASignal() throws {
    let halfWritten = try KartaProcess()
    halfWritten.client.send(raw: Array("Content-Length: 50\r\n\r\n{\"jsonrpc\":".utf8))
    halfWritten.client.closeInput()
    #expect(halfWritten.waitForExit() == 1)
    #expect(halfWritten.process.terminationReason == .exit)

    let deaf = try KartaProcess()
    deaf.client.closeOutput()
    for id in 1...50 {
      deaf.client.send(["jsonrpc": "2.0", "id": .integer(id), "method": "initialize", "params": [:]])
    }
    #expect(deaf.waitForExit() == 1)
    #expect(deaf.process.terminationReason == .exit, "a closed pipe is an error from write(), not SIGPIPE")
  }
}

// MARK: - Pipe plumbing

/// Both ends of a pipe.
struct PipePair {
  let read: Int32
  let write: Int32

  init() throws {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
    (read, write) = (ends[0], ends[1])
  }
}

/// An exit code set by another thread.
final class ExitCode: @unchecked Sendable {
  private let condition = NSCondition()
  private var code: Int32?

  func set(_ value: Int32) {
    condition.lock()
    code = value
    condition.broadcast()
    condition.unlock()
  }

  func wait(seconds: Double) -> Int32? {
    let deadline = Date(timeIntervalSinceNow: seconds)
    condition.lock()
    defer { condition.unlock() }
    while code == nil, condition.wait(until: deadline) {}
    return code
  }
}

/// A client's side of the framed stream: writes messages, reads them back with a deadline.
final class FramedPipe {
  private var writeEnd: Int32
  private var readEnd: Int32
  private var reader = MessageReader()
  private var queued: [JSONValue] = []
  /// Closes a descriptor once, through whoever owns it.
  private let closer: (Int32) -> Void

  struct Timeout: Error {}

  init(write: Int32, read: Int32, closer: @escaping (Int32) -> Void = { _ = close($0) }) {
    writeEnd = write
    readEnd = read
    self.closer = closer
  }

  func send(_ message: JSONValue) { send(raw: framedMessage(message.serialized)) }

  func send(raw bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count, writeEnd >= 0 {
      let written = bytes[offset...].withUnsafeBytes { SystemCall.write(writeEnd, $0.baseAddress, $0.count) }
      if written <= 0 { return }
      offset += written
    }
  }

  func closeInput() {
    if writeEnd >= 0 { closer(writeEnd) }
    writeEnd = -1
  }

  func closeOutput() {
    if readEnd >= 0 { closer(readEnd) }
    readEnd = -1
  }

  /// The next message that satisfies `matching`, skipping others; throws after `timeout` seconds.
  func next(timeout: Double = 10, _ matching: (JSONValue) -> Bool = { _ in true }) throws -> JSONValue {
    let deadline = Date(timeIntervalSinceNow: timeout)
    while true {
      if let index = queued.firstIndex(where: matching) { return queued.remove(at: index) }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0, readEnd >= 0 else { throw Timeout() }
      var descriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { SystemCall.read(readEnd, $0.baseAddress, $0.count) }
      guard count > 0 else { throw Timeout() }
      for event in reader.feed(chunk[0..<count]) {
        if case .message(let body) = event, let message = JSONValue(parsing: body) { queued.append(message) }
      }
    }
  }
}

/// `karta lsp` built beside the tests, started with pipes on its standard input and output.
final class KartaProcess {
  let process = Process()
  let client: FramedPipe
  private let input = Pipe()
  private let output = Pipe()

  init() throws {
    let directory =
      Bundle.main.executableURL?.deletingLastPathComponent()
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      directory.appendingPathComponent("karta"),
      directory.deletingLastPathComponent().appendingPathComponent("karta"),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/karta"),
    ]
    let binary = try #require(
      candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build karta first: swift build")
    process.executableURL = binary
    process.arguments = ["lsp", "--debounce", "10"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let (writing, reading) = (input.fileHandleForWriting, output.fileHandleForReading)
    // The file handles own the descriptors: closing goes through them, so nothing is closed twice.
    client = FramedPipe(write: writing.fileDescriptor, read: reading.fileDescriptor) { descriptor in
      try? (descriptor == writing.fileDescriptor ? writing : reading).close()
    }
  }

  /// The exit code, or `nil` (and the process killed) when it has not ended within `seconds`.
  func waitForExit(seconds: Double = 10) -> Int32? {
    let deadline = Date(timeIntervalSinceNow: seconds)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    guard !process.isRunning else {
      process.terminate()
      return nil
    }
    return process.terminationStatus
  }
}
