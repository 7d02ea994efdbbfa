import Foundation
import KartaLanguage

extension StatusValue {
  /// The spellings a status may have in a file besides its id: the Russian names docs/status.md
  /// lists and those executors write in their own tables («выполнено», «в работе», «исполнено»).
  /// Compared after `normalized`: lower case, «ё» as «е», `-` and spaces as `_`.
  static let spellings: [String: StatusValue] = {
    var table: [String: StatusValue] = [:]
    for value in StatusValue.allCases { table[value.rawValue] = value }
    let russian: [(String, StatusValue)] = [
      ("выполнено", .done), ("исполнено", .done), ("выполнен", .done), ("исполнен", .done), ("реализовано", .done),
      ("выполнено частично", .partial), ("исполнено частично", .partial), ("частично", .partial),
      ("частично выполнено", .partial), ("частично исполнено", .partial),
      ("в работе", .inProgress), ("на исполнении", .inProgress), ("исполняется", .inProgress),
      ("выполняется", .inProgress),
      ("не начато", .notStarted), ("не начат", .notStarted), ("не выполнено", .notStarted),
      ("не исполнено", .notStarted), ("работа не начата", .notStarted),
      ("отменено", .cancelled), ("исключено", .cancelled), ("отменен", .cancelled),
      ("срок перенесен", .rescheduled), ("перенесено", .rescheduled), ("перенос срока", .rescheduled),
      ("освобождено от исполнения", .waived), ("освобождено", .waived), ("снято с контроля", .waived),
    ]
    for (name, value) in russian { table[normalized(name)] = value }
    return table
  }()

  /// A status as a file writes it: its id (`in_progress`), the id with `-` or a space or in capitals
  /// (`In-Progress`), or a Russian name (`В работе`, `выполнено`); `nil` for anything else.
  public init?(reading text: String) {
    if let exact = StatusValue(rawValue: text) {
      self = exact
      return
    }
    guard let value = Self.spellings[Self.normalized(text)] else { return nil }
    self = value
  }

  /// The status id closest to a misspelt status, English or Russian (`выполненно` → `done`).
  public static func closest(to text: String) -> String? {
    let typed = normalized(text)
    guard let match = Suggestions.closest(to: typed, among: Array(spellings.keys).sorted()) else { return nil }
    // A Russian misspelling is answered with the Russian name, as the form's drop-down lists it.
    if match.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) {
      return match.replacingOccurrences(of: "_", with: " ")
    }
    return spellings[match].map(\.rawValue)
  }

  /// Lower case, «ё» as «е», runs of spaces, `-` and `_` as one `_`, trimmed.
  static func normalized(_ text: String) -> String {
    var out = ""
    var pendingSeparator = false
    for character in Keyword.normalized(text.trimmingCharacters(in: .whitespaces)) {
      if character == " " || character == "-" || character == "_" || character == "\u{A0}" {
        pendingSeparator = !out.isEmpty
        continue
      }
      if pendingSeparator { out.append("_") }
      pendingSeparator = false
      out.append(character)
    }
    return out
  }
}
