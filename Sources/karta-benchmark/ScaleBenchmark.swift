import Foundation

/// The national-scale case (issue 4; its speed is issue 12): one plan of `items` items fanned out over `schools`
/// schools, one status file a school, and `karta check` run on them as a separate process.
enum ScaleBenchmark {
  /// Generates the case when it is not there yet, then runs `karta check` and `cat` over the same
  /// files `runs` times each (alternately) and Foundation's `JSONSerialization` once, and prints
  /// medians with the spread.
  static func run(schools: Int, items: Int, directory: String, runs: Int = 3) {
    let started = Date()
    let planPath = directory + "/national.plan"
    let statusDirectory = directory + "/status"
    if !FileManager.default.fileExists(atPath: statusDirectory + "/\(schools - 1).json") {
      generate(schools: schools, items: items, directory: directory)
      print(
        "generated \(schools) status files × \(items) records in \(directory) in "
          + String(format: "%.1f", Date().timeIntervalSince(started)) + " s")
    } else {
      print("using the case already generated in \(directory) (remove it to generate it anew)")
    }
    let karta = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "karta"
    ).path
    guard FileManager.default.isExecutableFile(atPath: karta) else {
      print("build karta first: swift build -c release --product karta")
      exit(2)
    }
    let files = (0..<schools).map { statusDirectory + "/\($0).json" }
    let bytes = ([planPath] + files).reduce(0) { total, path in
      total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
    let perSchool = (0..<items).map { phrases[$0 % phrases.count] == "ежеквартально" ? 4 : 1 }.reduce(0, +)
    let records = perSchool * schools
    print(
      "karta check: \(items) items × \(schools) schools = \(records) obligations, one record each, "
        + "in \(schools) files, "
        + String(format: "%.1f MB", Double(bytes) / 1e6))
    var kartaRuns: [Run] = []
    var catRuns: [Run] = []
    var summary = "?"
    for _ in 0..<max(1, runs) {
      guard
        let run = measure(
          karta, ["check", planPath, statusDirectory, "--as-of", "2024-06-01", "--fail-on", "none"],
          keep: { text in
            summary = text.split(separator: "\n").first { $0.hasPrefix("Compliance") }.map(String.init) ?? "?"
          })
      else { return }
      kartaRuns.append(run)
      // The floor: every byte read once, by `cat`, into nothing.
      let command =
        "cat '\(planPath)' > /dev/null; find '\(statusDirectory)' -name '*.json' -print0 | xargs -0 cat > /dev/null"
      guard let floor = measure("/bin/sh", ["-c", command], peak: false) else { return }
      catRuns.append(floor)
    }
    print("  \(summary)")
    report("karta check", kartaRuns, bytes: bytes, records: records)
    report("cat", catRuns, bytes: bytes, records: records)
    let foundation = parseWithFoundation(files, threads: ProcessInfo.processInfo.activeProcessorCount)
    report("JSONSerialization", [foundation], bytes: bytes, records: records)
    let kartaMedian = median(kartaRuns.map(\.seconds))
    let againstFoundation = foundation.seconds / kartaMedian
    print(
      String(
        format: "  karta is %.2f× the cat floor in wall time and %.1f× %@ than JSONSerialization",
        kartaMedian / median(catRuns.map(\.seconds)), max(againstFoundation, 1 / againstFoundation),
        againstFoundation >= 1 ? "faster" : "slower"))
  }

  /// One timed run: wall time, processor time, peak resident memory.
  struct Run {
    var seconds: Double
    var cpu: Double
    /// The peak resident memory; `nil` where it cannot be told apart (see `measure`).
    var peak: Double?
  }

  /// Runs a program to its end with its output read (and given to `keep`), timed.
  /// The peak is the largest of every child's so far (`RUSAGE_CHILDREN`): `karta`'s, which runs
  /// first and is the largest; `peak: false` for the runs after it, whose own it would hide.
  static func measure(
    _ program: String, _ arguments: [String], peak: Bool = true, keep: (String) -> Void = { _ in }
  ) -> Run? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let before = childUsage()
    let clock = Date()
    do { try process.run() } catch {
      print("cannot run \(program): \(error)")
      return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(clock)
    let after = childUsage()
    keep(String(decoding: data, as: UTF8.self))
    if process.terminationStatus != 0 { print("  \(program) exited with \(process.terminationStatus)") }
    return Run(seconds: seconds, cpu: after.cpu - before.cpu, peak: peak ? after.peak : nil)
  }

  private static func childUsage() -> (cpu: Double, peak: Double) {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return (seconds(usage.ru_utime) + seconds(usage.ru_stime), Double(usage.ru_maxrss) * 1024)
  }

  private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

  /// Parses every file with Foundation's `JSONSerialization` on `threads` threads, timed.
  static func parseWithFoundation(_ paths: [String], threads: Int) -> Run {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let cpuBefore = seconds(usage.ru_utime) + seconds(usage.ru_stime)
    let clock = Date()
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
      for index in stride(from: thread, to: paths.count, by: threads) {
        guard let data = FileManager.default.contents(atPath: paths[index]),
          (try? JSONSerialization.jsonObject(with: data)) != nil
        else {
          print("JSONSerialization failed on \(paths[index])")
          continue
        }
      }
    }
    let wall = Date().timeIntervalSince(clock)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Run(
      seconds: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime) - cpuBefore,
      peak: Double(usage.ru_maxrss) * 1024)
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  static func report(_ name: String, _ runs: [Run], bytes: Int, records: Int) {
    let seconds = median(runs.map(\.seconds))
    let spread =
      runs.count > 1
      ? String(
        format: " (%.2f–%.2f s over %d runs)", runs.map(\.seconds).min() ?? 0, runs.map(\.seconds).max() ?? 0,
        runs.count)
      : ""
    let peaks = runs.compactMap(\.peak)
    let peak = peaks.isEmpty ? "" : String(format: ", peak memory %.0f MiB", (peaks.max() ?? 0) / 1_048_576)
    print(
      String(
        format: "  %@: %.2f s wall%@, %.1f s CPU, %.0f MB/s, %.2f M records/s%@", name, seconds,
        spread, median(runs.map(\.cpu)), Double(bytes) / seconds / 1e6, Double(records) / seconds / 1e6, peak))
  }

  static let phrases = [
    "до 1 марта 2024 года", "март-апрель 2024 года", "в течение года", "до 15 мая 2024 года", "I квартал 2024 года",
    "до 1 февраля 2024 г.", "июнь", "ежеквартально",
  ]

  static func generate(schools: Int, items: Int, directory: String) {
    try? FileManager.default.createDirectory(atPath: directory + "/status", withIntermediateDirectories: true)
    var plan =
      "plan national-2024: Национальный план повышения качества образования\n  approved: 01.01.2024\n  period: 2024\n"
    plan +=
      "  timezone: Europe/Moscow\nparty MIN: Министерство\nparty SCHOOL: Руководители общеобразовательных организаций\n"
    plan += "  each: school\nsubjects school: Общеобразовательные организации\n"
    for school in 0..<schools { plan += "  member s\(school): Школа № \(school)\n" }
    plan += "section S1: Мероприятия\n"
    for item in 0..<items {
      let phrase = phrases[item % phrases.count]
      plan +=
        "item \(item + 1): Мероприятие № \(item + 1) по повышению качества образования\n  owner: SCHOOL\n  due: \(phrase)\n"
      if item % 10 == 0 { plan += "  target share: >= 40 %\n" }
    }
    _ = FileManager.default.createFile(atPath: directory + "/national.plan", contents: Data(plan.utf8))
    let statuses = ["done", "done", "done", "in_progress", "not_started", "partial"]
    var random = SplitMix(seed: 2024)
    for school in 0..<schools {
      var text =
        "{\"format\": \"karta-status/1\", \"plan\": \"national-2024\", \"reporter\": {\"party\": \"SCHOOL\", \"subject\": \"s\(school)\"},"
      text += " \"as_of\": \"2024-05-31\", \"submitted\": \"2024-06-01\", \"records\": [\n"
      var first = true
      for item in 0..<items {
        let phrase = phrases[item % phrases.count]
        let windows = phrase == "ежеквартально" ? 4 : 1
        for occurrence in 1...windows {
          if !first { text += ",\n" }
          first = false
          let status = statuses[Int(random.next() % UInt64(statuses.count))]
          text += "{\"item\": \"\(item + 1)\""
          if windows > 1 { text += ", \"occurrence\": \(occurrence)" }
          text += ", \"status\": \"\(status)\""
          if status == "done" {
            text += ", \"completed\": \"2024-0\(1 + Int(random.next() % 5))-1\(Int(random.next() % 9))\""
          }
          if item % 10 == 0, status == "done" { text += ", \"values\": {\"share\": \(Int(random.next() % 100))}" }
          text += "}"
        }
      }
      text += "\n]}\n"
      _ = FileManager.default.createFile(atPath: directory + "/status/\(school).json", contents: Data(text.utf8))
    }
  }
}

/// A small deterministic random generator, so that the generated case is the same every time.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
