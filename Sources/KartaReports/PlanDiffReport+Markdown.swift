import KartaPlan

extension PlanDiffReport {
  /// The changes as Markdown for a letter: the summary, then one table row per change.
  public func markdown() -> String {
    var out = "# Changes: \(Self.escape(Self.short(title, 200)))\n\n"
    out += "`\(oldPath)` → `\(newPath)`: **\(summaryLine)**.\n"
    guard !diff.isEmpty else { return out }
    out += "\n| element | change | old | new |\n| --- | --- | --- | --- |\n"
    for group in groups {
      for change in group {
        var element = change.element == .item ? "" : change.element.rawValue + " "
        switch (change.oldID, change.newID) {
        case (let old?, let new?) where old != new: element += "\(old) → \(new)"
        default: element += change.id ?? ""
        }
        if let title = change.title, change.element != .plan { element += " " + Self.short(title, 80) }
        out += "| \(Self.escape(element)) | \(Self.escape(what(change))) | \(cell(change, old: true)) | "
        out += "\(cell(change, old: false)) |\n"
      }
    }
    return out
  }

  /// The plan's title, from the new plan when it has one.
  private var title: String {
    diff.changes.first { $0.element == .plan }?.title ?? newPath
  }

  /// `added`, `removed`, or the property that changed.
  private func what(_ change: PlanChange) -> String {
    switch Self.marker(change) {
    case "+": "added"
    case "-": "removed"
    default:
      switch change.kind {
      case .itemMoved, .sectionMoved: Self.moveVerb(change)
      case .windowsMoved: Self.fieldLabel(change) + " (windows moved)"
      default: Self.fieldLabel(change)
      }
    }
  }

  /// The old or new side of a change: the value, the list entries, the windows' effective due dates.
  private func cell(_ change: PlanChange, old: Bool) -> String {
    var parts: [String] = []
    if Self.marker(change) == "~", let value = old ? change.old : change.new { parts.append(Self.escape(value)) }
    parts += (old ? change.removed : change.added).map(Self.escape)
    if let windows = old ? change.oldWindows : change.newWindows, change.oldWindows != change.newWindows {
      parts.append("due dates: " + Self.dates(windows))
    }
    return parts.isEmpty ? "—" : parts.joined(separator: "<br>")
  }

  /// Escapes what Markdown tables and emphasis would otherwise read, as the check's report does.
  static func escape(_ text: String) -> String { MarkdownReport.escape(text) }
}
