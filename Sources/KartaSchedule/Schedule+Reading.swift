extension Schedule {
  /// The reading `karta when` prints, and the editor's hover on a deadline line shows: the
  /// phrase, its kind and explanation, each window with its effective due date, the notes, and
  /// the days-off rule the dates follow.
  public func readingText(period: PlanPeriod, daysOff: DaysOffRule) -> String {
    var output = "«\(phrase)» (period \(period))\n  \(kind.rawValue): \(explanation)\n"
    for window in windows.prefix(24) {
      var line = "  \(window.start.iso) … \(window.due.iso)"
      if window.effectiveDue != window.due { line += " → effective \(window.effectiveDue.iso)" }
      if let time = window.dueTime {
        line += " \(time)"
        if let zone = window.dueZone, let local = window.localDueTime { line += " \(zone) = \(local) local" }
      }
      if let label = window.label { line += "  \(label)" }
      output += line + "\n"
    }
    if windows.count > 24 { output += "  … \(windows.count - 24) more\n" }
    for note in notes { output += "  note: \(note)\n" }
    if !windows.isEmpty { output += "  days off: \(daysOff.explanation)\n" }
    return output
  }
}
