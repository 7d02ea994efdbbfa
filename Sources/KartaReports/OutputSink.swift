/// Where a renderer writes its bytes: a fixed buffer that is handed to a drain (a file descriptor,
/// the console) each time it fills, so that a report of millions of rows never lives in memory
/// whole. A sink without a drain keeps everything, for a renderer's `render` that returns text.
///
/// Chunks are handed over at UTF-8 scalar boundaries, so a drain may decode each one as text.
/// After a drain fails the sink drops what is written to it; `failure` says why.
public final class OutputSink: TextOutputStream {
  /// The bytes a sink with a drain holds before it hands them over.
  public static let defaultCapacity = 64 * 1024

  private var buffer: [UInt8] = []
  private let capacity: Int
  private let drain: ((UnsafeRawBufferPointer) -> String?)?
  /// Why the drain failed, or `nil` while it has not.
  public private(set) var failure: String?
  /// The bytes written so far.
  public private(set) var count = 0

  /// A sink that hands its buffer to `drain` every `capacity` bytes; `drain` returns `nil` when it
  /// took all of them, else why it could not.
  public init(capacity: Int = OutputSink.defaultCapacity, drain: @escaping (UnsafeRawBufferPointer) -> String?) {
    self.capacity = max(capacity, 16)
    self.drain = drain
    buffer.reserveCapacity(self.capacity + 64)
  }

  /// A sink that keeps everything written to it (`text`).
  public init() {
    capacity = .max
    drain = nil
  }

  /// What a sink without a drain holds, as text.
  public var text: String { String(decoding: buffer, as: UTF8.self) }

  /// Appends `string`.
  public func write(_ string: String) {
    var string = string
    string.withUTF8 { append($0) }
  }

  /// Appends the UTF-8 bytes in `bytes`.
  public func write(bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
    count += bytes.count
    if buffer.count >= capacity { flush(all: false) }
  }

  /// Appends one ASCII byte.
  public func write(ascii byte: UInt8) {
    buffer.append(byte)
    count += 1
    if buffer.count >= capacity { flush(all: false) }
  }

  /// Appends a decimal integer.
  public func write(integer value: Int) { write(String(value)) }

  private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    buffer.append(contentsOf: bytes)
    count += bytes.count
    if buffer.count >= capacity { flush(all: false) }
  }

  /// Hands everything held to the drain (a sink without one keeps it).
  public func flush() { flush(all: true) }

  private func flush(all: Bool) {
    guard let drain else { return }
    guard failure == nil else {
      buffer.removeAll(keepingCapacity: true)
      return
    }
    // Up to the last complete UTF-8 scalar: a lead byte whose sequence is cut stays for later.
    var end = buffer.count
    if !all {
      var back = end - 1
      while back >= 0, back >= end - 4, buffer[back] & 0xC0 == 0x80 { back -= 1 }
      if back >= 0, buffer[back] >= 0xC0 {
        let length = buffer[back] >= 0xF0 ? 4 : buffer[back] >= 0xE0 ? 3 : 2
        if back + length > end { end = back }
      }
    }
    guard end > 0 else { return }
    failure = buffer.withUnsafeBytes { drain(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
    buffer.removeSubrange(..<end)
  }
}
