// Benchmarks that print figures; run them in release mode:
//   swift run -c release karta-benchmark phrases [Rules]
//   swift run -c release karta-benchmark lint [ITEMS] [RUNS]
//   swift run -c release karta-benchmark lint-corners
//   swift run -c release karta-benchmark scale [SCHOOLS] [ITEMS] [RUNS]
import Foundation
import KartaPlan
import KartaSchedule

func phrasesBenchmark(rulesDirectory: String) {
  let plans = ["irkutsk", "sayansk", "kavalerovo", "belgorod"].map { "\(rulesDirectory)/\($0).plan" }
  var cases: [(String, DeadlineContext)] = []
  for path in plans {
    let plan = PlanLoader.load(path: path).plan
    guard let header = plan.header, let period = header.period else { continue }
    let context = DeadlineContext(
      period: period, approved: header.approved, timeZone: header.timeZone ?? "Europe/Moscow")
    let phrases =
      plan.items.flatMap { [$0.due].compactMap { $0 } + $0.subjectDues.map(\.due) } + plan.reports.flatMap(\.dues)
    cases += phrases.map { ($0.text, context) }
  }
  guard !cases.isEmpty else {
    print("no phrases found under \(rulesDirectory)")
    return
  }
  var checksum = 0
  let rounds = 2_000
  let start = Date()
  for _ in 0..<rounds {
    for (phrase, context) in cases { checksum &+= DeadlineReader.read(phrase, in: context).windows.count }
  }
  let seconds = Date().timeIntervalSince(start)
  let total = Double(rounds * cases.count)
  print(
    "phrases: \(cases.count) seed phrases × \(rounds) rounds = \(Int(total)) readings in \(String(format: "%.2f", seconds)) s"
  )
  print(
    "phrases per second: \(Int(total / seconds)); mean \(String(format: "%.1f", seconds / total * 1_000_000)) µs a phrase (checksum \(checksum))"
  )
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "phrases":
  phrasesBenchmark(rulesDirectory: arguments.dropFirst().first ?? "Rules")
case "slowest":
  break
case "scale":
  let rest = Array(arguments.dropFirst())
  let schools = rest.first.flatMap { Int($0) } ?? 40_000
  let items = rest.dropFirst().first.flatMap { Int($0) } ?? 200
  let runs = rest.dropFirst(2).first.flatMap { Int($0) } ?? 3
  ScaleBenchmark.run(schools: schools, items: items, directory: "/tmp/karta-scale-\(schools)x\(items)", runs: runs)
case "lint":
  let rest = Array(arguments.dropFirst())
  let items = rest.first.flatMap { Int($0) } ?? 10_000
  let runs = rest.dropFirst().first.flatMap { Int($0) } ?? 5
  LintBenchmark.run(items: items, runs: max(1, runs))
case "lint-corners":
  LintBenchmark.corners()
case "outputs":
  // karta-benchmark outputs [SCHOOLS] [ITEMS] [FORMAT…]: every output format over the scale case.
  let rest = Array(arguments.dropFirst())
  let schools = rest.first.flatMap { Int($0) } ?? 4_000
  let items = rest.dropFirst().first.flatMap { Int($0) } ?? 200
  let formats = rest.dropFirst(2).isEmpty ? OutputBenchmark.formats : Array(rest.dropFirst(2))
  OutputBenchmark.run(
    schools: schools, items: items, directory: "/tmp/karta-scale-\(schools)x\(items)", formats: formats)
default:
  print(
    "usage: karta-benchmark phrases [RULES-DIRECTORY] | scale [SCHOOLS] [ITEMS] [RUNS] | lint [ITEMS] [RUNS] | outputs [SCHOOLS] [ITEMS] [FORMAT…] | lint-corners")
  exit(2)
}

func slowestPhrases(rulesDirectory: String) {
  let plan = PlanLoader.load(path: "\(rulesDirectory)/irkutsk.plan").plan
  let context = DeadlineContext(period: .calendarYear(2024), approved: CivilDate(parsing: "15.03.2024"))
  let phrases = Set(plan.items.compactMap(\.due?.text))
  var timings: [(Double, String)] = []
  for phrase in phrases {
    let start = Date()
    for _ in 0..<2_000 { _ = DeadlineReader.read(phrase, in: context) }
    timings.append((Date().timeIntervalSince(start) / 2_000 * 1_000_000, phrase))
  }
  for (micro, phrase) in timings.sorted(by: { $0.0 > $1.0 }).prefix(8) {
    print(String(format: "%8.1f µs  ", micro) + phrase)
  }
}
if arguments.first == "slowest" { slowestPhrases(rulesDirectory: "Rules") }
