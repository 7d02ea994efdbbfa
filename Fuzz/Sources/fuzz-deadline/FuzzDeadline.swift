import FuzzSupport
import KartaSchedule

/// Reads random bytes as a deadline phrase in a fixed context (the 2024 plan year, approved on
/// 15.01.2024), renders the reading as `karta when` does, and anchors a relative deadline to a
/// fixed event (20–24.05.2024), as `karta when --anchor` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeadline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let phrase = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let period = PlanPeriod(parsing: "2024"), let approved = CivilDate(year: 2024, month: 1, day: 15),
    let eventStart = CivilDate(year: 2024, month: 5, day: 20), let eventEnd = CivilDate(year: 2024, month: 5, day: 24)
  else { fatalError("the fixed context does not parse") }
  for rule in [DaysOffRule.earlier, .later] {
    let context = DeadlineContext(period: period, approved: approved, daysOff: rule)
    let schedule = DeadlineReader.read(phrase, in: context)
    _ = schedule.readingText(period: period, daysOff: rule)
    if schedule.kind == .relative {
      let anchored = DeadlineReader.anchored(schedule, to: [Window(start: eventStart, due: eventEnd)], in: context)
      _ = anchored.readingText(period: period, daysOff: rule)
    }
  }
  return 0
}

@_cdecl("fuzz_deadline_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzDeadline)
}
