/// One token of a deadline phrase after normalisation (lowercase, 'ё' → 'е', dashes unified,
/// letters and digits split apart: «До15» reads as «до 15»).
enum PhraseToken: Hashable, Sendable {
  /// A word of letters.
  case word(String)
  /// A run of digits.
  case number(Int, digits: Int)
  /// `dd.mm.yyyy` or `yyyy-mm-dd`; `nil` when no such day exists (31.02.2024).
  case date(CivilDate?, text: String)
  /// `hh:mm`.
  case time(hour: Int, minute: Int)
  /// `-`, `–`, `—`.
  case dash
  /// `..` between two dates, as calendar files write ranges.
  case dots
  case comma, semicolon, openParenthesis, closeParenthesis, period, slash, colon

  /// Whether the token is the word `word`.
  func isWord(_ word: String) -> Bool {
    if case .word(let text) = self { return text == word }
    return false
  }

  /// Whether the token is a number, a date or a time: something that means a date when read.
  var carriesValue: Bool {
    switch self {
    case .number, .date, .time: true
    default: false
    }
  }

  /// The word's text, if the token is a word.
  var word: String? {
    if case .word(let text) = self { return text }
    return nil
  }
}

/// A token and the span of the phrase's Unicode scalars it was read from.
struct LexedToken: Sendable {
  var token: PhraseToken
  var range: Range<Int>
}

/// Splits a deadline phrase into tokens. Unknown characters (quotes, '№') become separators.
/// It works on Unicode scalars with a hand-written lowercase for Latin and Cyrillic, because
/// reading a phrase must take microseconds.
enum PhraseLexer {
  /// The phrase's scalars, as labels are quoted from.
  static func scalars(_ phrase: String) -> [Unicode.Scalar] { Array(phrase.unicodeScalars) }

  static func tokens(_ phrase: String) -> [LexedToken] {
    tokens(scalars(phrase).map(lowercased))
  }

  /// Lowercase for the letters deadlines are written in, with 'ё' folded to 'е'.
  static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x41...0x5A, 0x410...0x42F: Unicode.Scalar(scalar.value + 32) ?? scalar
    case 0x401, 0x451: Unicode.Scalar(0x435) ?? scalar
    default: scalar
    }
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x61...0x7A, 0x430...0x44F: true
    case 0...0x7F: false
    default: scalar.properties.isAlphabetic
    }
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

  static func tokens(_ characters: [Unicode.Scalar]) -> [LexedToken] {
    var tokens: [LexedToken] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if isLetter(character) {
        var end = index
        while end < characters.count, isLetter(characters[end]) { end += 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: characters[index..<end])
        tokens.append(LexedToken(token: .word(String(word)), range: index..<end))
        index = end
      } else if isDigit(character) {
        var found: [PhraseToken] = []
        let end = number(characters, from: index, into: &found)
        tokens += found.map { LexedToken(token: $0, range: index..<end) }
        index = end
      } else {
        var symbol: PhraseToken?
        var length = 1
        switch character {
        case "-", "–", "—", "‑", "−": symbol = .dash
        case ",": symbol = .comma
        case ";": symbol = .semicolon
        case "(", "[": symbol = .openParenthesis
        case ")", "]": symbol = .closeParenthesis
        case "/": symbol = .slash
        case ":": symbol = .colon
        case ".":
          if index + 1 < characters.count, characters[index + 1] == "." {
            symbol = .dots
            length = 2
          } else {
            symbol = .period
          }
        default: break
        }
        if let symbol { tokens.append(LexedToken(token: symbol, range: index..<(index + length))) }
        index += length
      }
    }
    return tokens
  }

  /// Reads a number, a date (`01.03.2024`, `2024-03-01`) or a time (`18:00`) starting at `start`.
  private static func number(_ characters: [Unicode.Scalar], from start: Int, into tokens: inout [PhraseToken]) -> Int {
    func digits(from position: Int) -> (Int, Int)? {
      var end = position
      var value = 0
      while end < characters.count, isDigit(characters[end]), end - position < 9 {
        value = value * 10 + Int(characters[end].value - 0x30)
        end += 1
      }
      guard end > position else { return nil }
      return (value, end)
    }
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: characters[range])
      return String(view)
    }
    guard let (first, afterFirst) = digits(from: start) else { return start + 1 }
    let firstLength = afterFirst - start
    // dd.mm.yyyy
    if firstLength <= 2, afterFirst < characters.count, characters[afterFirst] == ".",
      let (month, afterMonth) = digits(from: afterFirst + 1), afterMonth - afterFirst - 1 <= 2,
      afterMonth < characters.count, characters[afterMonth] == ".",
      let (year, afterYear) = digits(from: afterMonth + 1), afterYear - afterMonth - 1 == 4
    {
      tokens.append(.date(CivilDate(year: year, month: month, day: first), text: text(start..<afterYear)))
      return afterYear
    }
    // yyyy-mm-dd
    if firstLength == 4, afterFirst < characters.count, characters[afterFirst] == "-",
      let (month, afterMonth) = digits(from: afterFirst + 1), afterMonth - afterFirst - 1 == 2,
      afterMonth < characters.count, characters[afterMonth] == "-",
      let (day, afterDay) = digits(from: afterMonth + 1), afterDay - afterMonth - 1 == 2
    {
      tokens.append(.date(CivilDate(year: first, month: month, day: day), text: text(start..<afterDay)))
      return afterDay
    }
    // hh:mm
    if firstLength <= 2, afterFirst < characters.count, characters[afterFirst] == ":",
      let (minute, afterMinute) = digits(from: afterFirst + 1), afterMinute - afterFirst - 1 == 2,
      first < 24, minute < 60
    {
      tokens.append(.time(hour: first, minute: minute))
      return afterMinute
    }
    tokens.append(.number(first, digits: firstLength))
    return afterFirst
  }
}

/// Month names in every grammatical case, abbreviations, ordinals and Roman numerals.
enum PhraseVocabulary {
  private static let monthStems = [
    "январ", "феврал", "март", "апрел", "", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
  ]
  private static let mayForms: Set<String> = ["май", "мая", "мае", "маю", "маем"]
  private static let abbreviations: [String: Int] = [
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
  ]

  /// The month (1–12) a word names, in any case: «март», «марта», «апреле», «апр».
  static func month(_ word: String) -> Int? {
    if mayForms.contains(word) { return 5 }
    if let month = abbreviations[word] { return month }
    for (index, stem) in monthStems.enumerated() where !stem.isEmpty && word.hasPrefix(stem) {
      if word.count - stem.count <= 3 { return index + 1 }
    }
    return nil
  }

  /// The ordinal (1–4) a word spells: «первый», «второго», «третьем», Roman «ii».
  static func ordinal(_ word: String) -> Int? {
    switch word {
    case "i": return 1
    case "ii": return 2
    case "iii": return 3
    case "iv": return 4
    default: break
    }
    let stems = ["перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4]
    for (stem, value) in stems where word.hasPrefix(stem) { return value }
    return nil
  }

  /// Whether the word is a form of «квартал» or its abbreviation «кв».
  static func isQuarter(_ word: String) -> Bool { word.hasPrefix("квартал") || word == "кв" }

  /// Whether the word is a form of «полугодие».
  static func isHalfYear(_ word: String) -> Bool { word.hasPrefix("полугод") }

  /// Whether the word is a form of «год» or its abbreviation «г», «гг».
  static func isYearWord(_ word: String) -> Bool {
    ["г", "гг", "год", "года", "году", "годом", "годов"].contains(word)
  }

  /// Whether the word is a form of «учебный».
  static func isAcademic(_ word: String) -> Bool { word.hasPrefix("учебн") }
}
