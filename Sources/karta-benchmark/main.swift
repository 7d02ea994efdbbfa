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

let usage =
  "usage: karta-benchmark phrases [RULES-DIRECTORY] | slowest [RULES-DIRECTORY] | scale [SCHOOLS] [ITEMS] [RUNS]"
  + " | lint [ITEMS] [RUNS] | lint-corners | outputs [SCHOOLS] [ITEMS] [FORMAT…]"
  + "\n  (FORMAT: \(OutputBenchmark.formats.joined(separator: ", ")); ics is `karta agenda --ics`)"

/// The whole number at `index` of `rest`, `fallback` when it is not given; anything else is a
/// usage error (a typo must not start the national case).
func number(_ rest: [String], _ index: Int, _ fallback: Int) -> Int {
  guard index < rest.count else { return fallback }
  guard let value = Int(rest[index]), value > 0 else {
    print("karta-benchmark: '\(rest[index])' is not a positive whole number\n" + usage)
    exit(2)
  }
  return value
}

let arguments = CommandLine.arguments.dropFirst()
let rest = Array(arguments.dropFirst())
switch arguments.first {
case "phrases":
  phrasesBenchmark(rulesDirectory: rest.first ?? "Rules")
case "slowest":
  slowestPhrases(rulesDirectory: rest.first ?? "Rules")
case "scale":
  let schools = number(rest, 0, 40_000)
  let items = number(rest, 1, 200)
  let runs = number(rest, 2, 3)
  ScaleBenchmark.run(schools: schools, items: items, directory: "/tmp/karta-scale-\(schools)x\(items)", runs: runs)
case "lint":
  LintBenchmark.run(items: number(rest, 0, 10_000), runs: number(rest, 1, 5))
case "lint-corners":
  LintBenchmark.corners()
case "outputs":
  // karta-benchmark outputs [SCHOOLS] [ITEMS] [FORMAT…]: every output format over the scale case.
  let schools = number(rest, 0, 4_000)
  let items = number(rest, 1, 200)
  let formats = rest.dropFirst(2).isEmpty ? OutputBenchmark.formats : Array(rest.dropFirst(2))
  if let unknown = formats.first(where: { !OutputBenchmark.formats.contains($0) }) {
    print("karta-benchmark: no format '\(unknown)'\n" + usage)
    exit(2)
  }
  OutputBenchmark.run(
    schools: schools, items: items, directory: "/tmp/karta-scale-\(schools)x\(items)", formats: formats)
default:
  print(usage)
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
