import Foundation

/// Reads a decision or protocol that is not a table: numbered resolutions under headings that name
/// the executor («5. Рекомендовать управлению образования: 5.1. … – в срок до 10.05.2024 года.»).
/// A heading's addressee becomes the owner, each numbered paragraph under it an item, the deadline
/// clause at its end the `due`. Numbered paragraphs before the first heading (the preamble: «Считать
/// удовлетворительным…», «Принять к сведению…») are not items; a later paragraph numbered out of
/// sequence («1. Анализ …» inside 6.1) continues the item above it.
struct ResolutionReader {
  /// A numbered paragraph with the unnumbered paragraphs that follow it.
  struct Resolution {
    var number: [Int]
    var printedNumber: String
    var text: String
    var continuation: [String] = []
    var full: String { ([text] + continuation).joined(separator: "\n") }
  }

  /// The verbs that open a heading addressed to an executor.
  static let verbs = ["рекомендовать", "поручить", "предложить", "обязать", "просить", "возложить на"]

  /// The numbered paragraphs of `paragraphs`, in order.
  static func resolutions(_ paragraphs: [String]) -> [Resolution] {
    var found: [Resolution] = []
    var lastTop = 0
    var lastSub = 0
    for raw in paragraphs {
      let paragraph = raw.withoutMarkup.trimmed
      guard !paragraph.isEmpty else { continue }
      if !found.isEmpty, isSignature(paragraph) { break }
      if let (number, printed, rest) = numbered(paragraph) {
        if number.count == 1, number[0] == lastTop + 1 {
          found.append(Resolution(number: number, printedNumber: printed, text: rest))
          lastTop = number[0]
          lastSub = 0
          continue
        }
        if number.count == 2, number[0] == lastTop, number[1] > lastSub {
          found.append(Resolution(number: number, printedNumber: printed, text: rest))
          lastSub = number[1]
          continue
        }
      }
      if !found.isEmpty { found[found.count - 1].continuation.append(paragraph) }
    }
    return found
  }

  /// «5.4. Текст», «- 5.1. Текст», «1.Текст»: the number's parts, as printed, and the text after it.
  static func numbered(_ paragraph: String) -> ([Int], String, String)? {
    let pattern = #"^[-–•]?\s*((\d{1,2})(?:\.(\d{1,2}))?\.?)(?=\s|[А-ЯЁA-Z])\s*(.*)$"#
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
      let match = regex.firstMatch(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)),
      let printed = Range(match.range(at: 1), in: paragraph), let top = Range(match.range(at: 2), in: paragraph),
      let rest = Range(match.range(at: 4), in: paragraph), let first = Int(paragraph[top])
    else { return nil }
    var number = [first]
    if let sub = Range(match.range(at: 3), in: paragraph), let second = Int(paragraph[sub]) { number.append(second) }
    return (number, String(paragraph[printed]), String(paragraph[rest]))
  }

  /// The heading's addressee and what follows the colon: «Рекомендовать управлению образования:».
  static func addressee(_ text: String) -> (name: String, rest: String)? {
    let lower = text.lowercased()
    guard let verb = verbs.first(where: { lower.hasPrefix($0 + " ") }), let colon = text.firstIndex(of: ":") else {
      return nil
    }
    let name = String(text[text.index(text.startIndex, offsetBy: verb.count)..<colon]).trimmed
    guard !name.isEmpty, name.count <= 200 else { return nil }
    return (name, String(text[text.index(after: colon)...]).trimmed)
  }

  /// The signature block after the last resolution: the signer's post or name, the executor line.
  static func isSignature(_ paragraph: String) -> Bool {
    guard paragraph.count <= 90 else { return false }
    let starts = [
      "начальник", "министр", "заместитель", "первый заместитель", "исп.", "исполнитель:", "глава", "и.о.", "и. о.",
      "директор", "руководитель", "председатель", "приложение", "секретарь",
    ]
    let lower = paragraph.lowercased()
    if starts.contains(where: { lower.hasPrefix($0) }) { return true }
    return paragraph.range(of: #"^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$"#, options: .regularExpression) != nil
  }

  /// A dative addressee in the nominative where its first word is a common one
  /// («управлению образования» → «управление образования»); other words are kept as printed.
  static func nominative(_ dative: String) -> String {
    let endings: [(String, String)] = [
      ("ениям", "ения"), ("ям", "и"), ("кам", "ки"), ("гам", "ги"), ("хам", "хи"), ("жам", "жи"), ("шам", "ши"),
      ("щам", "щи"), ("чам", "чи"), ("ам", "ы"), ("ию", "ие"), ("ству", "ство"), ("ению", "ение"), ("у", ""), ("ю", "ь"),
    ]
    var words = dative.split(separator: " ", maxSplits: 1).map(String.init)
    guard let first = words.first, first.first?.isLowercase == true else { return dative }
    // An adjective first («районному методическому кабинету»): its nominative cannot be told from
    // the ending alone (районный, городской, средний), so the name stays as the document writes it.
    if ["ому", "ему", "ой", "ей", "ым", "им"].contains(where: { first.hasSuffix($0) }) { return dative }
    for (ending, replacement) in endings where first.hasSuffix(ending) && first.count > ending.count + 2 {
      words[0] = String(first.dropLast(ending.count)) + replacement
      break
    }
    return words.joined(separator: " ")
  }
}
