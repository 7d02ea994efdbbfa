import Foundation
import KartaLanguage

/// The plan an import builds before it is printed: the header it could fill, the parties, and the
/// sections and items in document order, each with the doubts to mark in the draft.
struct DraftPlan {
  /// A party: its code, its printed name, and other spellings of it seen in the document.
  struct Party {
    var code: String
    var name: String
    var spellings: [String] = []
    var doubts: [String] = []
  }

  /// A section heading: a merged row of a table, or a resolution's heading paragraph.
  struct Section {
    var id: String
    var title: String
    var number: String?
  }

  /// One row of the roadmap or one numbered resolution.
  struct Item {
    var id: String
    var number: String?
    var title: String
    var due: String
    var owners: [String]
    var doubts: [String] = []
  }

  /// A section or an item, in document order.
  enum Entry {
    case section(Section)
    case item(Item)
  }

  var id: String
  var title: String
  var issuer: String?
  var document: String?
  var approved: String?
  var period: String?
  var headerDoubts: [String] = []
  var parties: [Party] = []
  var entries: [Entry] = []

  var items: [Item] {
    entries.compactMap { if case .item(let item) = $0 { item } else { nil } }
  }

  /// The plan's text with English keywords, before the formatter lays it out; every doubt is a
  /// `# karta import:` comment above the line it concerns.
  func text() -> String {
    var out = ""
    for doubt in headerDoubts { out += "# \(Self.marker) \(doubt)\n" }
    out += "plan \(id): \(Self.value(title, indent: "  "))\n"
    if let issuer { out += "  issuer: \(Self.value(issuer, indent: "    "))\n" }
    if let document { out += "  document: \(Self.value(document, indent: "    "))\n" }
    if let approved { out += "  approved: \(approved)\n" }
    if let period { out += "  period: \(period)\n" }
    for party in parties {
      out += "\n"
      for doubt in party.doubts { out += "# \(Self.marker) \(doubt)\n" }
      out += "party \(party.code): \(Self.value(party.name, indent: "  "))\n"
      let others = party.spellings.filter { $0 != party.name }
      if !others.isEmpty {
        out += "  note: Also written \(others.map { "«\($0.collapsedSpaces)»" }.joined(separator: ", ")).\n"
      }
    }
    for entry in entries {
      out += "\n"
      switch entry {
      case .section(let section):
        out += "section \(section.id): \(Self.value(section.title, indent: "  "))\n"
        if let number = section.number { out += "  number: \(number)\n" }
      case .item(let item):
        for doubt in item.doubts { out += "# \(Self.marker) \(doubt)\n" }
        out += "item \(item.id): \(Self.value(item.title, indent: "  "))\n"
        if let number = item.number { out += "  number: \(number)\n" }
        if !item.owners.isEmpty { out += "  owner: \(item.owners.joined(separator: ", "))\n" }
        out += "  due: \(item.due.collapsedSpaces)\n"
      }
    }
    return out
  }

  /// The words that start every comment an import leaves for a person to check.
  static let marker = "karta import:"

  /// A value, its lines after the first as continuation lines at `indent`; a continuation line
  /// that would read as a property or a comment is forced to be text with `|`.
  static func value(_ text: String, indent: String) -> String {
    let lines = text.split(separator: "\n").map { String($0).collapsedSpaces }.filter { !$0.isEmpty }
    guard let first = lines.first else { return "(без текста)" }
    var out = first
    for line in lines.dropFirst() {
      out += "\n" + indent + (needsBar(line) ? "| " : "") + line
    }
    return out
  }

  static func needsBar(_ line: String) -> Bool {
    if line.hasPrefix("#") || line.hasPrefix("|") { return true }
    let words = line.split(separator: " ", maxSplits: 2)
    guard let first = words.first else { return false }
    let word = first.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    if !word.isEmpty, Keyword.lookUp(word) != nil { return true }
    return words.prefix(2).contains { $0.hasSuffix(":") }
      || line.prefix(60).contains(":")
        && line.split(separator: ":", maxSplits: 1).first.map { $0.split(separator: " ").count <= 2 } == true
  }
}
