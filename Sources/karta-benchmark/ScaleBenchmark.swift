import Foundation

/// The national-scale case of issue 4: one plan of `items` items fanned out over `schools`
/// schools, one status file a school, and `karta check` run on them as a separate process.
enum ScaleBenchmark {
  static func run(schools: Int, items: Int, directory: String) {
    let started = Date()
    let planPath = directory + "/national.plan"
    let statusDirectory = directory + "/status"
    if !FileManager.default.fileExists(atPath: statusDirectory + "/\(schools - 1).json") {
      generate(schools: schools, items: items, directory: directory)
      print(
        "generated \(schools) status files × \(items) records in \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
      )
    }
    let karta = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "karta"
    ).path
    guard FileManager.default.isExecutableFile(atPath: karta) else {
      print("build karta first: swift build -c release --product karta")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: karta)
    process.arguments = ["check", planPath, statusDirectory, "--as-of", "2024-06-01", "--fail-on", "none"]
    let output = Pipe()
    process.standardOutput = output
    let clock = Date()
    do { try process.run() } catch {
      print("cannot run \(karta): \(error)")
      return
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(clock)
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    let peak = Double(usage.ru_maxrss) / 1024 / 1024
    let text = String(decoding: data, as: UTF8.self)
    let compliance = text.split(separator: "\n").first { $0.hasPrefix("Compliance") } ?? "?"
    let perSchool = (0..<items).map { phrases[$0 % phrases.count] == "ежеквартально" ? 4 : 1 }.reduce(0, +)
    print(
      "karta check: \(items) items × \(schools) schools = \(perSchool * schools) obligations, one record each, in \(schools) files"
    )
    print("  exit \(process.terminationStatus); \(compliance)")
    print(
      String(
        format: "  time %.2f s, peak memory %.2f GiB (user %.1f s, system %.1f s)", seconds, peak,
        Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
        Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6))
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
    FileManager.default.createFile(atPath: directory + "/national.plan", contents: Data(plan.utf8))
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
      FileManager.default.createFile(atPath: directory + "/status/\(school).json", contents: Data(text.utf8))
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
