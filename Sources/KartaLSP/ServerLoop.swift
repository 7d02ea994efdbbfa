#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Connects a `LanguageServer` to a pair of file descriptors (standard input and output for
/// `karta lsp`): it reads whatever bytes arrive, hands each framed message to the server, writes
/// the answers, and publishes debounced diagnostics when input pauses. One thread, `poll` for
/// the timing; no input makes it crash or spin, and a closed pipe ends it cleanly.
public enum ServerLoop {
  /// Runs until `exit` or the end of input; returns the process's exit code (0 only when the
  /// client sent `shutdown` before `exit` or closing the pipe, as the protocol asks).
  public static func run(
    _ server: LanguageServer, input: Int32, output: Int32,
    maximumContentLength: Int = MessageReader.defaultMaximumContentLength
  ) -> Int32 {
    // A client that goes away must end the server with an error from write(), not a signal.
    signal(SIGPIPE, SIG_IGN)
    var reader = MessageReader(maximumContentLength: maximumContentLength)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while server.exitCode == nil {
      var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, timeout(until: server.nextDeadline))
      if ready < 0 {
        if errno == EINTR { continue }
        return server.endOfInput()
      }
      if ready == 0 {
        guard send(server.runDueWork(now: monotonicNanoseconds()), to: output) else { return server.endOfInput() }
        continue
      }
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return server.endOfInput()
      }
      if count == 0 { return server.endOfInput() }
      for event in reader.feed(chunk[0..<count]) {
        let answers: [JSONValue]
        switch event {
        case .message(let body): answers = server.handle(message: body, now: monotonicNanoseconds())
        case .problem(let problem): answers = server.handle(problem: problem)
        }
        guard send(answers, to: output) else { return server.endOfInput() }
        if server.exitCode != nil { break }
      }
    }
    return server.exitCode ?? 1
  }

  /// The poll timeout in milliseconds until `deadline`: -1 (wait for input) when there is none.
  private static func timeout(until deadline: UInt64?) -> Int32 {
    guard let deadline else { return -1 }
    let now = monotonicNanoseconds()
    guard deadline > now else { return 0 }
    return Int32(min((deadline - now) / 1_000_000 + 1, 60_000))
  }

  /// Nanoseconds on the monotonic clock, the clock the server's debounce deadlines use.
  public static func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Frames and writes messages; `false` when the other end is gone.
  private static func send(_ messages: [JSONValue], to output: Int32) -> Bool {
    for message in messages {
      let bytes = framedMessage(message.serialized)
      var offset = 0
      while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
        if written < 0, errno == EINTR { continue }
        if written <= 0 { return false }
        offset += written
      }
    }
    return true
  }
}
