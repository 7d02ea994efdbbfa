import KartaLanguage
import KartaSchedule

extension Resolver {
  /// Reads every deadline phrase in the plan's context and binds event-bound items to their events.
  mutating func readSchedules() {
    guard let context = deadlineContext() else {
      let hasDeadlines = !plan.items.isEmpty || !plan.reports.isEmpty
      if hasDeadlines, let header = plan.header {
        diagnostics.append(
          Diagnostic(
            .missingPeriod, .warning, at: header.location,
            Phrase("plan.missing-period"), notes: [Phrase("plan.missing-period.note")]))
      }
      return
    }
    for index in plan.events.indices {
      plan.events[index].windows = plan.events[index].dates.flatMap { eventWindows($0) }
    }
    let events = Dictionary(plan.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // A plan repeats its phrases ("в течение года", "ежеквартально"): each is read once.
    var readings = DeadlineReadings(context: context)
    for index in plan.items.indices {
      let event = plan.items[index].event.flatMap { events[$0] }
      if let due = plan.items[index].due {
        let schedule = bind(read(due.text, reading: due.reading, with: &readings), to: event)
        plan.items[index].due?.schedule = schedule
      }
      for subject in plan.items[index].subjectDues.indices {
        let phrase = plan.items[index].subjectDues[subject].due.text
        plan.items[index].subjectDues[subject].due.schedule = bind(readings.read(phrase), to: event)
      }
    }
    for index in plan.reports.indices {
      for due in plan.reports[index].dues.indices {
        plan.reports[index].dues[due].schedule = readings.read(plan.reports[index].dues[due].text)
      }
    }
    for index in plan.amendments.indices {
      if let due = plan.amendments[index].due {
        let schedule = read(due.text, reading: due.reading, with: &readings)
        plan.amendments[index].due?.schedule = schedule
      }
    }
  }

  func deadlineContext() -> DeadlineContext? { plan.deadlineContext }

  /// The schedule of a phrase: read from its `reading:` when it has one, keeping the document's phrase.
  private func read(_ text: String, reading: String?, with readings: inout DeadlineReadings) -> Schedule {
    guard let reading else { return readings.read(text) }
    var schedule = readings.read(reading)
    schedule.phrase = text
    schedule.notes.insert("read as the plan states it: «\(reading)»", at: 0)
    return schedule
  }

  /// An event-bound phrase takes the event's windows; an event without dates leaves it unscheduled.
  private func bind(_ schedule: Schedule, to event: CalendarEvent?) -> Schedule {
    if schedule.kind == .relative, let event, let context = deadlineContext() {
      var dated = DeadlineReader.anchored(schedule, to: event.windows, in: context)
      dated.notes.insert(
        event.windows.isEmpty
          ? "counted from event '\(event.id)', which has no dates yet: pending"
          : "counted from event '\(event.id)' (\(event.name))",
        at: 0)
      return dated
    }
    guard schedule.kind == .event, let event else { return schedule }
    var bound = schedule
    bound.windows = event.windows
    bound.reference = event.id
    bound.notes =
      event.windows.isEmpty
      ? ["bound to event '\(event.id)', which has no dates yet: unscheduled"]
      : ["dated by event '\(event.id)' (\(event.name))"]
    return bound
  }

  /// An event's `dates:` line: `dd.mm.yyyy` (one day) or `dd.mm.yyyy..dd.mm.yyyy`.
  private mutating func eventWindows(_ dates: DuePhrase) -> [Window] {
    let parts = dates.text.components(separatedBy: "..")
    let parsed = parts.map { CivilDate(parsing: $0) }
    if parts.count <= 2, let first = parsed.first ?? nil, let last = parsed.last ?? nil, first <= last {
      return [Window(start: first, due: last)]
    }
    diagnostics.append(
      Diagnostic(
        .invalidEventDates, at: dates.location, Phrase("plan.invalid-event-dates", "\(dates.text)"),
        notes: [Phrase("plan.invalid-event-dates.note")]))
    return []
  }
}

/// The deadline reader with a memory: one plan's context, each distinct phrase read once.
/// Phrases are told apart by their bytes (not by String equality, which would take a decomposed
/// 'ё' for a composed one while the reader need not).
struct DeadlineReadings {
  let context: DeadlineContext
  private var known: [PhraseBytes: Schedule] = [:]

  init(context: DeadlineContext) { self.context = context }

  /// The schedule of `phrase`, read the first time it is asked for.
  mutating func read(_ phrase: String) -> Schedule {
    let key = PhraseBytes(text: phrase)
    if let schedule = known[key] { return schedule }
    let schedule = DeadlineReader.read(phrase, in: context)
    known[key] = schedule
    return schedule
  }

  /// A phrase hashed and compared as its UTF-8 (a String would normalise Cyrillic to hash it), kept
  /// as the String itself, so that a look-up copies nothing.
  private struct PhraseBytes: Hashable {
    var text: String

    static func == (lhs: PhraseBytes, rhs: PhraseBytes) -> Bool {
      var left = lhs.text
      var right = rhs.text
      return left.withUTF8 { left in right.withUTF8 { right in left.count == right.count && left.elementsEqual(right) }
      }
    }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }
}
