import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of a program as a separate process: its exit status, wall time, CPU time and peak
/// resident memory (`ru_maxrss` of that process alone, from `wait4`), and how much it printed.
struct ChildRun {
  var status: Int32
  var seconds: Double
  var userSeconds: Double
  var systemSeconds: Double
  /// The peak resident set, in MiB.
  var peakMiB: Double
  /// The benchmark's own peak resident set when it started the child, in MiB. glibc starts a
  /// child sharing the parent's memory until it runs the program, and Linux counts that in the
  /// child's peak: a peak at or below this floor says only "no more than the floor".
  var floorMiB: Double
  /// Bytes written to standard output and standard error together.
  var outputBytes: Int

  /// Runs `executable` with `arguments`, its output going to `outputPath` (truncated first), or
  /// `nil` when it cannot be started.
  static func run(_ executable: String, _ arguments: [String], outputPath: String) -> ChildRun? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var own = rusage()
    getrusage(RUSAGE_SELF.rawValue, &own)
    var pid: pid_t = 0
    let clock = Date()
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let seconds = Date().timeIntervalSince(clock)
    let size = (try? FileManager.default.attributesOfItem(atPath: outputPath)[.size] as? Int) ?? 0
    return ChildRun(
      status: (status >> 8) & 0xFF, seconds: seconds,
      userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
      systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6,
      peakMiB: Double(usage.ru_maxrss) / 1024, floorMiB: Double(own.ru_maxrss) / 1024, outputBytes: size)
  }

  /// The peak memory as printed: "≤ F MiB" when it does not rise above the benchmark's own floor.
  var peak: String {
    peakMiB <= floorMiB + 1 ? String(format: "≤ %.0f MiB", floorMiB) : String(format: "%.0f MiB", peakMiB)
  }

  /// The `karta` executable built beside this benchmark, or `nil` (with a message) when it is missing.
  static var karta: String? {
    let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "karta"
    ).path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      print("build karta first: swift build -c release --product karta")
      return nil
    }
    return path
  }
}
