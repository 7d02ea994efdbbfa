import Foundation

/// What the paragraphs before the roadmap say about the order: who issued it, its kind, number and
/// date, and its title («Об утверждении …»).
struct DocumentHeader {
  var issuer: String?
  var kind: String?
  var number: String?
  var date: String?
  var title: String?

  static let kinds = ["приказ", "распоряжение", "постановление", "решение", "протокол"]

  /// Reads the header from the document's leading paragraphs.
  init(paragraphs: [String]) {
    var issuerLines: [String] = []
    var kindIndex: Int?
    let cleaned = paragraphs.map { $0.withoutMarkup.collapsedSpaces }.filter { !$0.isEmpty }
    for (index, paragraph) in cleaned.prefix(40).enumerated() {
      let letters = paragraph.lowercased().filter(\.isLetter)
      if let kind = Self.kinds.first(where: { letters == $0 }) {
        self.kind = kind.prefix(1).uppercased() + kind.dropFirst()
        kindIndex = index
        break
      }
      issuerLines.append(paragraph)
    }
    guard let kindIndex else { return }
    let issuer = issuerLines.filter { Self.dateIn($0) == nil }.joined(separator: " ")
    if !issuer.isEmpty { self.issuer = Self.normalCase(issuer) }
    for paragraph in cleaned.dropFirst(kindIndex + 1).prefix(6) {
      if date == nil { date = Self.dateIn(paragraph) }
      if number == nil, let sign = paragraph.range(of: "№") {
        let printed = String(paragraph[sign.upperBound...]).trimmed
        if !printed.isEmpty, printed.count <= 40 { number = printed }
      }
      if title == nil, paragraph.hasPrefix("Об ") || paragraph.hasPrefix("О ") {
        title = paragraph
      }
    }
  }

  /// The first date of `text` as `DD.MM.YYYY`: «02.11.2023», «04» сентября 2024 года».
  static func dateIn(_ text: String) -> String? {
    if let range = text.range(of: #"\b\d{2}\.\d{2}\.\d{4}\b"#, options: .regularExpression) {
      return String(text[range])
    }
    let months = [
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
      "декабря",
    ]
    guard
      let range = text.range(
        of: #"«?\s*(\d{1,2})\s*»?\s+([а-я]+)\s+(\d{4})"#, options: [.regularExpression, .caseInsensitive])
    else { return nil }
    let parts = text[range].filter { $0 != "«" && $0 != "»" }.split(separator: " ")
    guard parts.count == 3, let day = Int(parts[0]), let month = months.firstIndex(of: parts[1].lowercased()) else {
      return nil
    }
    return String(format: "%02d.%02d.%@", day, month + 1, String(parts[2]))
  }

  /// «МИНИСТЕРСТВО ОБРАЗОВАНИЯ Белгородской области» → «Министерство образования Белгородской
  /// области»: words in capitals (longer than four letters, so abbreviations stay) in normal case.
  static func normalCase(_ text: String) -> String {
    var first = true
    var words = text.split(separator: " ").map { word -> String in
      defer { first = false }
      let letters = word.filter(\.isLetter)
      guard letters.count > 4, letters == letters.uppercased() else { return String(word) }
      let lower = word.lowercased()
      return first ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
    }
    // Proper names keep their capital: the adjective of a place before «области», «края», «района»…
    // («Иркутской области»), and the first letter inside quotes («Заречный»).
    let territories: Set<String> = ["области", "края", "района", "округа", "республики", "город", "города"]
    let placeEndings = ["ской", "ский", "ского", "цкой", "цкий", "цкого", "ская", "цкая"]
    for index in words.indices {
      let next = index + 1 < words.count ? words[index + 1].lowercased().filter(\.isLetter) : ""
      if territories.contains(next), placeEndings.contains(where: { words[index].hasSuffix($0) }),
        words[index] != "муниципальной", words[index].first?.isLowercase == true
      {
        words[index] = words[index].prefix(1).uppercased() + words[index].dropFirst()
      }
      if words[index].hasPrefix("«"), let letter = words[index].dropFirst().first, letter.isLowercase {
        words[index] = "«" + String(letter).uppercased() + words[index].dropFirst(2)
      }
    }
    return words.joined(separator: " ")
  }
}
