#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's `read` and `write` under one name on Linux (Glibc) and macOS (Darwin). Types
/// that have `read`/`write` methods of their own (`FileBytes`, `OutputFile`) call these instead of
/// qualifying the system call with a platform module's name.
public enum SystemCall {
  /// `read(2)`: up to `count` bytes from `descriptor` into `buffer`; the count read, 0 at the end,
  /// -1 with `errno` set on failure.
  public static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  /// `write(2)`: up to `count` bytes from `buffer` to `descriptor`; the count written, -1 with
  /// `errno` set on failure.
  public static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #else
      Darwin.write(descriptor, buffer, count)
    #endif
  }
}
