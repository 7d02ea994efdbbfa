extension Schedule {
  /// The reading in a sentence or two, for `karta when` and for lint notes.
  public var explanation: String {
    switch kind {
    case .unknown:
      return
        "Not understood: \(problem ?? "no deadline form matches"). Karta does not guess: keep the document's words "
        + "on the 'due:' line and state the reading on a 'reading:' line below it (for example 'reading: до 30.04.2024'); "
        + "'karta when' shows how a reading is understood."
    case .relative:
      let rule = relative.map { "\($0.description)" } ?? (reference ?? "")
      if windows.isEmpty { return "Relative: \(rule); no dates until the anchor's date is known." }
      let dates = windows.map { "\($0.start.russian)–\($0.due.russian)" }.joined(separator: "; ")
      return "Relative: \(rule): \(dates)."
    case .onRequest:
      return "On request (\(reference ?? "по запросу")): no date; the obligation is done when reported done."
    case .event:
      return
        "Bound to an external schedule («\(phrase)»): dated by a calendar event once the plan binds one with 'on:'."
    case .continuous:
      let span = windows.first.map { " from \($0.start.russian) to \($0.due.russian)" } ?? ""
      return "Continuous\(span): never done once and for all; confirmed at each report."
    case .recurring:
      let first =
        windows.first.map { " The first window closes \($0.due.russian), the last \(windows.last?.due.russian ?? "")." }
        ?? ""
      return "Recurring (\(recurrence ?? "")): \(windows.count) windows over the period.\(first)"
    case .window:
      let parts = windows.map { window -> String in
        var text =
          window.start == window.due ? "on \(window.due.russian)" : "\(window.start.russian)–\(window.due.russian)"
        if let time = window.dueTime {
          text += " until \(time)"
          if window.dueZone == "Europe/Moscow" { text += " Moscow time" }
          if let local = window.localDueTime { text += " (\(local) local time)" }
        }
        if window.effectiveDue != window.due { text += " (due moves to \(window.effectiveDue.russian))" }
        if let label = window.label { text += " [\(label)]" }
        return text
      }
      return (windows.count == 1 ? "One window: " : "\(windows.count) windows: ") + parts.joined(separator: "; ") + "."
    }
  }
}
