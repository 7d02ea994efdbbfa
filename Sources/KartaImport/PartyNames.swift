import Foundation

/// Turns the executors written in a document into parties: one readable, stable code for each
/// distinct executor (transliterated from its name), the same executor written slightly
/// differently (case, spaces, punctuation, `ё`) kept as one party with its other spellings.
struct PartyNames {
  private(set) var parties: [DraftPlan.Party] = []
  private var codeByKey: [String: String] = [:]
  private var indexByCode: [String: Int] = [:]
  /// The next number to try after a taken code, so that many executors with one code stay linear.
  private var nextSuffix: [String: Int] = [:]

  /// The code of the executor written `name`, creating the party on first sight.
  mutating func code(for name: String) -> String {
    let printed = name.collapsedSpaces
    let key = Self.key(printed)
    if let code = codeByKey[key] {
      if let index = indexByCode[code], !parties[index].spellings.contains(printed),
        parties[index].spellings.count < 20
      {
        parties[index].spellings.append(printed)
      }
      return code
    }
    var code = Self.code(printed)
    if indexByCode[code] != nil {
      let base = code
      var number = nextSuffix[base] ?? 2
      while indexByCode["\(base)-\(number)"] != nil { number += 1 }
      code = "\(base)-\(number)"
      nextSuffix[base] = number + 1
    }
    codeByKey[key] = code
    indexByCode[code] = parties.count
    parties.append(DraftPlan.Party(code: code, name: printed, spellings: [printed]))
    return code
  }

  /// Adds a doubt to the party with `code`.
  mutating func doubt(_ text: String, code: String) {
    guard let index = indexByCode[code], !parties[index].doubts.contains(text) else {
      return
    }
    parties[index].doubts.append(text)
  }

  /// What makes two spellings the same executor: letters and digits only, lowercase, `ё` as `е`.
  static func key(_ name: String) -> String {
    String(name.lowercased().map { $0 == "ё" ? "е" : $0 }.filter { $0.isLetter || $0.isNumber })
  }

  /// A code people can read: an abbreviation transliterated as it is (`УО АКМО` → `UO-AKMO`), a
  /// person by the surname (`Клименченко Е.Н.` → `KLIMENCHENKO`), a long name by the initials of
  /// its words (`центр развития образования` → `TSRO`).
  static func code(_ name: String) -> String {
    let words = name.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    guard !words.isEmpty else { return "PARTY" }
    let isAbbreviation = { (word: String) in
      word.count > 1 && word == word.uppercased() && word.contains(where: \.isLetter)
    }
    let initials = words.count >= 2 && words.dropFirst().allSatisfy { $0.count == 1 && $0.uppercased() == $0 }
    let code: String
    if initials {
      code = transliterate(words[0]).uppercased()
    } else if words.count <= 3, words.allSatisfy({ isAbbreviation($0) || $0.allSatisfy(\.isNumber) }) {
      code = words.map { transliterate($0).uppercased() }.joined(separator: "-")
    } else if words.count == 1 {
      code = transliterate(words[0]).uppercased()
    } else {
      let significant = words.filter { $0.count > 2 || isAbbreviation($0) }.prefix(6)
      code = significant.map { word in
        isAbbreviation(word) ? transliterate(word).uppercased() : transliterate(String(word.prefix(1))).uppercased()
      }.joined()
    }
    let cleaned = String(code.prefix(24)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    guard let first = cleaned.first, first.isLetter else { return "P-" + (cleaned.isEmpty ? "PARTY" : cleaned) }
    return cleaned
  }

  /// Russian letters in Latin, as road signs and passports write them.
  static func transliterate(_ text: String) -> String {
    var out = ""
    for character in text {
      let lower = Character(character.lowercased())
      guard let latin = table[lower] else {
        if character.isASCII, character.isLetter || character.isNumber { out.append(character) }
        continue
      }
      out += character.isUppercase ? latin.capitalized : latin
    }
    return out
  }

  static let table: [Character: String] = [
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
  ]

  /// The executors of an owner cell: split at line breaks, commas and semicolons outside
  /// parentheses and quotes.
  static func split(_ cell: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    var quoted = 0
    for character in cell {
      switch character {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case "«": quoted += 1
      case "»": quoted = max(0, quoted - 1)
      default: break
      }
      if depth == 0, quoted == 0, character == "," || character == ";" || character == "\n" {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts.map {
      $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.init(charactersIn: ".,;")))
    }
    .map { $0.hasSuffix(" ") ? $0.trimmed : $0 }
    .filter { !$0.isEmpty }
    .map { part in
      // Initials keep their final period: «Клименченко Е.Н» → «Клименченко Е.Н.».
      if let last = part.split(separator: " ").last, last.count >= 3, last.contains("."), !part.hasSuffix(".") {
        return part + "."
      }
      return part
    }
  }
}
