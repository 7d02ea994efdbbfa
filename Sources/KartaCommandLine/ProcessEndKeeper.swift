import Foundation

/// Holds the last value a command handed over until the process ends, so that a large result is not
/// freed object by object just before `exit` (which returns the memory at once). Each `keep` drops
/// the value kept before it, so a test process running many commands holds one result at a time.
final class ProcessEndKeeper: @unchecked Sendable {
  private static let shared = ProcessEndKeeper()
  private let lock = NSLock()
  private var value: Any?

  /// Keeps `value` until the next `keep` or the end of the process.
  static func keep(_ value: Any) {
    shared.lock.lock()
    let previous = shared.value
    shared.value = value
    shared.lock.unlock()
    _ = previous  // freed here, outside the lock
  }
}
