import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every output format of `karta check` (and `karta agenda --ics`) over the scale case, each as a
/// process of its own writing to a file with `-o`: seconds, megabytes written and the process's
/// own peak memory, so that a format that holds its whole output in memory shows.
enum OutputBenchmark {
  /// The formats measured, in order; `ics` is `karta agenda --ics` over the whole plan.
  static let formats = ["text", "json", "csv", "sarif", "junit", "github", "md", "html", "ics"]

  static func run(schools: Int, items: Int, directory: String, formats wanted: [String]) {
    let statusDirectory = directory + "/status"
    if !FileManager.default.fileExists(atPath: statusDirectory + "/\(schools - 1).json") {
      ScaleBenchmark.generate(schools: schools, items: items, directory: directory)
    }
    let karta = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("karta").path
    guard FileManager.default.isExecutableFile(atPath: karta) else {
      say("build karta first: swift build -c release --product karta")
      exit(2)
    }
    let outputs = NSTemporaryDirectory() + "karta-outputs-\(getpid())"
    try? FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: outputs) }
    say("karta outputs: \(items) items × \(schools) schools (\(directory)), each format a process writing with -o")
    say("format   exit   seconds   output MB   peak MiB")
    for format in wanted {
      let output = outputs + "/report." + format
      let plan = directory + "/national.plan"
      let arguments =
        format == "ics"
        ? ["agenda", plan, statusDirectory, "--ics", "-o", output]
        : [
          "check", plan, statusDirectory, "--as-of", "2024-06-01", "--fail-on", "none", "--format", format, "-o",
          output,
        ]
      let started = Date()
      guard let (status, peak) = spawn(karta, arguments) else {
        say("cannot run \(karta)")
        return
      }
      let seconds = Date().timeIntervalSince(started)
      let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
      say(
        format.padding(toLength: 8, withPad: " ", startingAt: 0)
          + String(format: " %4d  %8.2f  %10.1f  %9.0f", status, seconds, Double(size) / 1e6, peak))
      try? FileManager.default.removeItem(atPath: output)
    }
  }

  /// Prints a line at once (not when the buffer fills), so that a long run shows each format as it ends.
  static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Runs `path` with `arguments`, its output thrown away; its exit status and its own peak
  /// resident memory in MiB (`wait4`, so one child's figure, not the largest of all children).
  static func spawn(_ path: String, _ arguments: [String]) -> (Int32, Double)? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    #if canImport(Darwin)
      let peak = Double(usage.ru_maxrss) / 1024 / 1024
    #else
      let peak = Double(usage.ru_maxrss) / 1024
    #endif
    return (exit, peak)
  }
}
