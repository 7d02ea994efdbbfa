/// One line of a plan file, classified by its shape alone (the parser decides what it means).
enum LexedLine {
  /// Nothing but white space.
  case blank
  /// `# …`
  case comment(String)
  /// `WORD: text` or `WORD ID: text`: a keyword-led line, known keyword or not.
  case header(indent: Int, word: Token, argument: Token?, value: Token)
  /// Any other line; `forced` when it starts with '|'.
  case text(indent: Int, value: Token, firstWord: Token?, isBareWord: Bool, forced: Bool)
}

/// Classifies lines. Columns are 1-based and count characters; a tab is one column.
enum LineLexer {
  static func lex(_ line: Substring, number: Int) -> LexedLine {
    let characters = Array(line)
    var index = 0
    while index < characters.count, isSpace(characters[index]) { index += 1 }
    let indent = index
    guard index < characters.count else { return .blank }
    if characters[index] == "#" {
      return .comment(String(characters[(index + 1)...]).trimmingSpaces())
    }
    if characters[index] == "|" {
      let value = trimmedToken(characters, from: index + 1, line: number)
      return .text(indent: indent, value: value, firstWord: nil, isBareWord: false, forced: true)
    }
    let wordStart = index
    while index < characters.count, isWordCharacter(characters[index]) { index += 1 }
    let word: Token? =
      index > wordStart && characters[wordStart].isLetter
      ? token(characters, wordStart, index, line: number) : nil
    if let word {
      var cursor = index
      while cursor < characters.count, isSpace(characters[cursor]) { cursor += 1 }
      var argument: Token?
      if cursor > index, cursor < characters.count, isIdentifierStart(characters[cursor]) {
        let argumentStart = cursor
        while cursor < characters.count, isIdentifierCharacter(characters[cursor]) { cursor += 1 }
        argument = token(characters, argumentStart, cursor, line: number)
        while cursor < characters.count, isSpace(characters[cursor]) { cursor += 1 }
      }
      if cursor < characters.count, characters[cursor] == ":", !startsURL(characters, colon: cursor) {
        let value = trimmedToken(characters, from: cursor + 1, line: number)
        return .header(indent: indent, word: word, argument: argument, value: value)
      }
      let isBare = cursor == characters.count
      let value = trimmedToken(characters, from: indent, line: number)
      return .text(indent: indent, value: value, firstWord: word, isBareWord: isBare, forced: false)
    }
    let value = trimmedToken(characters, from: indent, line: number)
    return .text(indent: indent, value: value, firstWord: nil, isBareWord: false, forced: false)
  }

  static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{FEFF}"
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character == "-" || character == "_"
  }

  static func isIdentifierStart(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  static func isIdentifierCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "." || character == "-" || character == "_"
  }

  private static func startsURL(_ characters: [Character], colon: Int) -> Bool {
    colon + 2 < characters.count && characters[colon + 1] == "/" && characters[colon + 2] == "/"
  }

  private static func token(_ characters: [Character], _ start: Int, _ end: Int, line: Int) -> Token {
    Token(String(characters[start..<end]), at: SourceRange(line: line, column: start + 1, length: end - start))
  }

  /// The text from `start` to the end of the line without surrounding spaces; an empty token
  /// just after `start` when there is none, so that "missing value" can point there.
  private static func trimmedToken(_ characters: [Character], from start: Int, line: Int) -> Token {
    var first = min(start, characters.count)
    var last = characters.count
    while first < last, isSpace(characters[first]) { first += 1 }
    while last > first, isSpace(characters[last - 1]) { last -= 1 }
    if first == last {
      return Token("", at: SourceRange(line: line, column: min(start, characters.count) + 1, length: 0))
    }
    return token(characters, first, last, line: line)
  }
}

extension String {
  func trimmingSpaces() -> String {
    var characters = Substring(self)
    while let first = characters.first, LineLexer.isSpace(first) { characters.removeFirst() }
    while let last = characters.last, LineLexer.isSpace(last) { characters.removeLast() }
    return String(characters)
  }
}
