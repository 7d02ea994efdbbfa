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

/// Classifies lines. Columns are 1-based and count Unicode scalars (code points); a tab is one
/// column. The line is read once as UTF-8 into its scalars and their byte offsets, so tokens are
/// cut from the bytes without going through Characters.
enum LineLexer {
  static func lex(_ line: Substring, number: Int) -> LexedLine {
    if let lexed = line.utf8.withContiguousStorageIfAvailable({ lex(bytes: $0, number: number) }) { return lexed }
    var copy = String(line)
    return copy.withUTF8 { lex(bytes: $0, number: number) }
  }

  /// The scalars of a line, with the byte offset each starts at (and the line's length last).
  private struct Scalars {
    var values: [Unicode.Scalar] = []
    var offsets: [Int] = []
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      values.reserveCapacity(bytes.count)
      offsets.reserveCapacity(bytes.count + 1)
      var index = 0
      while index < bytes.count {
        let lead = UInt32(bytes[index])
        offsets.append(index)
        var value: UInt32
        var length: Int
        switch lead {
        case ..<0x80: (value, length) = (lead, 1)
        case ..<0xE0: (value, length) = (lead & 0x1F, 2)
        case ..<0xF0: (value, length) = (lead & 0x0F, 3)
        default: (value, length) = (lead & 0x07, 4)
        }
        for continuation in 1..<max(length, 1) where index + continuation < bytes.count {
          value = value << 6 | UInt32(bytes[index + continuation] & 0x3F)
        }
        values.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        index += length
      }
      offsets.append(bytes.count)
    }

    var count: Int { values.count }
    subscript(index: Int) -> Unicode.Scalar { values[index] }

    func text(_ start: Int, _ end: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[start]..<offsets[end]]), as: UTF8.self)
    }
  }

  private static func lex(bytes: UnsafeBufferPointer<UInt8>, number: Int) -> LexedLine {
    let scalars = Scalars(bytes)
    var index = 0
    while index < scalars.count, isSpace(scalars[index]) { index += 1 }
    let indent = index
    guard index < scalars.count else { return .blank }
    if scalars[index] == "#" {
      return .comment(scalars.text(index + 1, scalars.count).trimmingSpaces())
    }
    if scalars[index] == "|" {
      let value = trimmedToken(scalars, from: index + 1, line: number)
      return .text(indent: indent, value: value, firstWord: nil, isBareWord: false, forced: true)
    }
    let wordStart = index
    while index < scalars.count, isWordCharacter(scalars[index]) { index += 1 }
    let word: Token? =
      index > wordStart && isLetter(scalars[wordStart]) ? token(scalars, wordStart, index, line: number) : nil
    if let word {
      var cursor = index
      while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
      var argument: Token?
      if cursor > index, cursor < scalars.count, isIdentifierStart(scalars[cursor]) {
        let argumentStart = cursor
        while cursor < scalars.count, isIdentifierCharacter(scalars[cursor]) { cursor += 1 }
        argument = token(scalars, argumentStart, cursor, line: number)
        while cursor < scalars.count, isSpace(scalars[cursor]) { cursor += 1 }
      }
      if cursor < scalars.count, scalars[cursor] == ":", !startsURL(scalars, colon: cursor) {
        let value = trimmedToken(scalars, from: cursor + 1, line: number)
        return .header(indent: indent, word: word, argument: argument, value: value)
      }
      let isBare = cursor == scalars.count
      let value = trimmedToken(scalars, from: indent, line: number)
      return .text(indent: indent, value: value, firstWord: word, isBareWord: isBare, forced: false)
    }
    let value = trimmedToken(scalars, from: indent, line: number)
    return .text(indent: indent, value: value, firstWord: nil, isBareWord: false, forced: false)
  }

  static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{FEFF}"
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{FEFF}"
  }

  /// A letter as `Character.isLetter` decides it (by the first scalar), quickly for Latin and Cyrillic.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x400...0x45F: true
    case ..<0x80: false
    default: scalar.properties.isAlphabetic
    }
  }

  /// A digit or other number as `Character.isNumber` decides it.
  static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39: true
    case ..<0x80, 0x400...0x45F: false
    default: scalar.properties.numericType != nil
    }
  }

  /// A combining mark: it belongs to the letter before it (a decomposed 'ё' or 'й').
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x300 else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || scalar == "-" || scalar == "_" || isMark(scalar)
  }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || isNumber(scalar)
  }

  static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || isNumber(scalar) || scalar == "." || scalar == "-" || scalar == "_" || isMark(scalar)
  }

  private static func startsURL(_ scalars: Scalars, colon: Int) -> Bool {
    colon + 2 < scalars.count && scalars[colon + 1] == "/" && scalars[colon + 2] == "/"
  }

  private static func token(_ scalars: Scalars, _ start: Int, _ end: Int, line: Int) -> Token {
    Token(scalars.text(start, end), at: SourceRange(line: line, column: start + 1, length: end - start))
  }

  /// The text from `start` to the end of the line without surrounding spaces; an empty token
  /// just after `start` when there is none, so that "missing value" can point there.
  private static func trimmedToken(_ scalars: Scalars, from start: Int, line: Int) -> Token {
    var first = min(start, scalars.count)
    var last = scalars.count
    while first < last, isSpace(scalars[first]) { first += 1 }
    while last > first, isSpace(scalars[last - 1]) { last -= 1 }
    if first == last {
      return Token("", at: SourceRange(line: line, column: min(start, scalars.count) + 1, length: 0))
    }
    return token(scalars, first, last, line: line)
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
