import Foundation

/// Word's automatic numbering (`word/numbering.xml`): the numbers Word draws before a paragraph
/// («1.», «1.1.», «а)») that the paragraph's text does not hold. Each paragraph with a `numPr`
/// advances its list's counter at its level (resetting deeper levels) and gets the level's
/// `lvlText` with the counters filled in; a bullet gives nothing.
struct WordNumbering {
  struct Level {
    var format = "decimal"
    var text = ""
    var start = 1
  }

  /// The levels of each abstract list, by its id.
  private var abstract: [String: [Int: Level]] = [:]
  /// The abstract list of each numbering instance.
  private var instances: [String: String] = [:]
  /// The counters of each numbering instance, by level.
  private var counters: [String: [Int: Int]] = [:]

  init() {}

  init(_ root: MarkupElement) {
    for list in root.children("abstractNum") {
      guard let id = list.attributes["abstractNumId"] else { continue }
      var levels: [Int: Level] = [:]
      for level in list.children("lvl") {
        guard let index = level.attributes["ilvl"].flatMap(Int.init), (0...8).contains(index) else { continue }
        levels[index] = Level(
          format: level.child("numFmt")?.attributes["val"] ?? "decimal",
          text: level.child("lvlText")?.attributes["val"] ?? "",
          start: level.child("start")?.attributes["val"].flatMap(Int.init) ?? 1)
      }
      abstract[id] = levels
    }
    for instance in root.children("num") {
      if let id = instance.attributes["numId"], let list = instance.child("abstractNumId")?.attributes["val"] {
        instances[id] = list
      }
    }
  }

  /// The label of the next paragraph of list `id` at `level`, or `nil` for none (no such list, a
  /// bullet, `numId` 0 which switches numbering off).
  mutating func next(id: String, level: Int) -> String? {
    guard let list = instances[id], let levels = abstract[list], let current = levels[level],
      current.format != "bullet", current.format != "none"
    else { return nil }
    var counts = counters[id] ?? [:]
    counts[level] = (counts[level] ?? (current.start - 1)) + 1
    for deeper in (level + 1)...9 { counts[deeper] = nil }
    counters[id] = counts
    var label = current.text
    for index in 0...level {
      let value = counts[index] ?? (levels[index]?.start ?? 1)
      label = label.replacingOccurrences(
        of: "%\(index + 1)", with: Self.format(value, levels[index]?.format ?? "decimal"))
    }
    return label.isEmpty ? nil : label
  }

  static func format(_ value: Int, _ format: String) -> String {
    switch format {
    case "russianLower", "lowerLetter":
      let letters =
        format == "russianLower" ? Array("абвгдежзиклмнопрстуфхцчшщэюя") : Array("abcdefghijklmnopqrstuvwxyz")
      return String(letters[(max(value, 1) - 1) % letters.count])
    case "russianUpper", "upperLetter":
      let letters =
        format == "russianUpper" ? Array("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ") : Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
      return String(letters[(max(value, 1) - 1) % letters.count])
    default: return String(value)
    }
  }
}
