import Foundation
import KartaPlan
import KartaSchedule

/// `karta diff` output: what an amendment changed, as text for people, JSON for tools (the
/// `karta-diff/1` contract in docs/diff.md) or Markdown for a letter.
public struct PlanDiffReport: Sendable {
  /// The formats `render(as:)` knows.
  public static let formats = ["text", "json", "md"]

  /// The comparison.
  public var diff: PlanDiff
  /// The old plan's path as given.
  public var oldPath: String
  /// The new plan's path as given.
  public var newPath: String

  /// Wraps `diff` of the plans at `oldPath` and `newPath`.
  public init(_ diff: PlanDiff, old oldPath: String, new newPath: String) {
    self.diff = diff
    self.oldPath = oldPath
    self.newPath = newPath
  }

  /// The report in `format` (`text`, `json` or `md`); `nil` for an unknown format.
  public func render(as format: String) -> String? {
    switch format {
    case "text": text()
    case "json": json()
    case "md": markdown()
    default: nil
    }
  }

  /// The summary in words: "1 item added, 0 removed, 2 changed, 1 moved; 3 other changes".
  public var summaryLine: String {
    guard !diff.isEmpty else { return "no differences" }
    let summary = diff.summary
    let items = summary.itemsAdded == 1 ? "item" : "items"
    var line = "\(summary.itemsAdded) \(items) added, \(summary.itemsRemoved) removed, "
    line += "\(summary.itemsChanged) changed, \(summary.itemsMoved) moved"
    line += "; \(summary.otherChanges) other change\(summary.otherChanges == 1 ? "" : "s")"
    return line
  }

  // MARK: - Text

  /// The changes grouped per element, in the order of the new plan, each with indented details.
  public func text() -> String {
    var out = "karta diff \(oldPath) → \(newPath)\n\(summaryLine)\n"
    for group in groups {
      out += "\n" + heading(group) + "\n"
      let place = Self.lines(Self.declaration(group))
      for change in group where Self.hasDetail(change) {
        let lines = Self.lines(change)
        out += "    " + detail(change) + (lines == place ? "" : "  " + lines) + "\n"
      }
    }
    return out
  }

  /// Consecutive changes of one element.
  var groups: [[PlanChange]] {
    var groups: [[PlanChange]] = []
    for change in diff.changes {
      if let last = groups.last?.last, last.element == change.element, last.oldID == change.oldID,
        last.newID == change.newID, !Self.standsAlone(change), !Self.standsAlone(last)
      {
        groups[groups.count - 1].append(change)
      } else {
        groups.append([change])
      }
    }
    return groups
  }

  /// Additions and removals are headings of their own.
  private static func standsAlone(_ change: PlanChange) -> Bool { marker(change) != "~" }

  /// Only changes to an element that stays get indented detail lines.
  private static func hasDetail(_ change: PlanChange) -> Bool { marker(change) == "~" }

  /// `+` added, `-` removed, `~` changed.
  static func marker(_ change: PlanChange) -> String {
    switch change.kind {
    case .partyAdded, .subjectListAdded, .subjectAdded, .sectionAdded, .itemAdded, .reportAdded, .eventAdded,
      .amendmentAdded:
      "+"
    case .partyRemoved, .subjectListRemoved, .subjectRemoved, .sectionRemoved, .itemRemoved, .reportRemoved,
      .eventRemoved, .amendmentRemoved:
      "-"
    default: "~"
    }
  }

  /// `~ A1.5 → A1.6 Создание … (lines 40 → 44)`.
  private func heading(_ group: [PlanChange]) -> String {
    let first = group[0]
    var out = Self.marker(first) + " "
    if first.element != .item { out += first.element.rawValue + " " }
    switch (first.oldID, first.newID) {
    case (let old?, let new?) where old != new: out += "\(old) → \(new)"
    default: out += first.id ?? ""
    }
    if let title = first.title, first.element != .plan { out += " " + Self.short(title, 90) }
    out += "  " + Self.lines(Self.declaration(group))
    return out
  }

  /// Where the group's element is declared: the first line any of its changes is on, old and new.
  static func declaration(_ group: [PlanChange]) -> PlanChange {
    var first = group[0]
    first.oldLocation = group.compactMap(\.oldLocation).min {
      ($0.range?.start.line ?? 0) < ($1.range?.start.line ?? 0)
    }
    first.newLocation = group.compactMap(\.newLocation).min {
      ($0.range?.start.line ?? 0) < ($1.range?.start.line ?? 0)
    }
    return first
  }

  /// `(line 40)`, `(lines 40 → 44)`, `(old line 40)`.
  static func lines(_ change: PlanChange) -> String {
    switch (change.oldLine, change.newLine) {
    case (let old?, let new?): old == new ? "(line \(old))" : "(lines \(old) → \(new))"
    case (let old?, nil): "(old line \(old))"
    case (nil, let new?): "(line \(new))"
    case (nil, nil): ""
    }
  }

  /// One change in words: `due: «…» → «…»; windows 22.04.2024 → 30.04.2024`.
  func detail(_ change: PlanChange) -> String {
    let field = Self.fieldLabel(change)
    switch change.kind {
    case .itemMoved, .sectionMoved:
      return "\(Self.moveVerb(change)): \(change.old ?? "—") → \(change.new ?? "—")"
    case .windowsMoved:
      return "\(field): «\(change.new ?? change.old ?? "")» unchanged; windows \(Self.windowChange(change))"
    case .dueChanged, .subjectDueChanged:
      return "\(field): \(Self.quoted(change.old)) → \(Self.quoted(change.new)); windows \(Self.windowChange(change))"
    default:
      if !change.added.isEmpty || !change.removed.isEmpty {
        var out = "\(field): " + Self.listChange(change)
        let long = out.count > 100
        if long {
          out =
            "\(field):"
            + (change.added.map { "\n      + \(Self.singleLine($0))" }
            + change.removed.map {
              "\n      − \(Self.singleLine($0))"
            }).joined()
        }
        if change.oldWindows != nil || change.newWindows != nil, (change.oldWindows ?? []) != (change.newWindows ?? [])
        {
          out += (long ? "\n      " : "; ") + "windows \(Self.windowChange(change))"
        }
        return out
      }
      if let before = change.old, let after = change.new, before.count > 60 || after.count > 60 {
        let (first, second) = Self.differingWords(before, after)
        return "\(field): «\(first)» → «\(second)»"
      }
      return "\(field): \(Self.quoted(change.old)) → \(Self.quoted(change.new))"
    }
  }

  /// Two long texts cut down to the words that differ, with two words of context either side and
  /// `…` where words were left out: «…программам среднего образования» → «…программам среднего общего образования».
  static func differingWords(_ first: String, _ second: String) -> (String, String) {
    let old = first.split(whereSeparator: \.isWhitespace)
    let new = second.split(whereSeparator: \.isWhitespace)
    var prefix = 0
    while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
      suffix += 1
    }
    let start = max(0, prefix - 2)
    let keptSuffix = max(0, suffix - 2)
    func cut(_ words: [Substring]) -> String {
      var text = words[start..<(words.count - keptSuffix)].joined(separator: " ")
      if start > 0 { text = "…" + text }
      if keptSuffix > 0 { text += "…" }
      return text
    }
    return (cut(old), cut(new))
  }

  /// `moved` when an item went to another section (a section under another parent), else `renumbered`.
  static func moveVerb(_ change: PlanChange) -> String {
    let field = change.field ?? ""
    return field.contains("section") || field.contains("parent") ? "moved" : "renumbered"
  }

  /// The property's name as the plan writes it: `due`, `due angarsk`, `owner`, `document`.
  static func fieldLabel(_ change: PlanChange) -> String {
    switch change.kind {
    case .subjectDueChanged: "due \(change.field ?? "")"
    case .windowsMoved where change.element == .item && change.field != "due": "due \(change.field ?? "")"
    default: change.field ?? change.kind.rawValue
    }
  }

  /// `+ IRO, − CPMKO`.
  static func listChange(_ change: PlanChange) -> String {
    (change.added.map { "+ \($0)" } + change.removed.map { "− \($0)" }).joined(separator: ", ")
  }

  /// `«phrase»`, or `none`.
  static func quoted(_ text: String?) -> String {
    text.map { "«\(singleLine($0))»" } ?? "none"
  }

  /// `22.04.2024 → 30.04.2024`.
  /// When only the windows' starts moved, the windows are shown whole: `15.03.2024–22.04.2024`.
  static func windowChange(_ change: PlanChange) -> String {
    let old = dates(change.oldWindows)
    let new = dates(change.newWindows)
    guard old == new else { return "\(old) → \(new)" }
    return "\(ranges(change.oldWindows)) → \(ranges(change.newWindows))"
  }

  /// The windows as `start–due`, at most eight.
  static func ranges(_ windows: [Window]?) -> String {
    guard let windows, !windows.isEmpty else { return "none" }
    let shown = windows.prefix(8).map { "\($0.start.russian)–\($0.due.russian)" }.joined(separator: ", ")
    return windows.count > 8 ? shown + ", … (\(windows.count) in all)" : shown
  }

  /// The windows' due dates, with the effective one when a day off moves it: `07.03.2024,
  /// 30.04.2024 (effective 02.05.2024)`; at most eight.
  static func dates(_ windows: [Window]?) -> String {
    guard let windows, !windows.isEmpty else { return "none" }
    let shown = windows.prefix(8).map { window in
      window.effectiveDue == window.due
        ? window.due.russian : "\(window.due.russian) (effective \(window.effectiveDue.russian))"
    }.joined(separator: ", ")
    return windows.count > 8 ? shown + ", … (\(windows.count) in all)" : shown
  }

  static func singleLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  static func short(_ text: String, _ width: Int) -> String {
    let line = singleLine(text)
    return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }
}
