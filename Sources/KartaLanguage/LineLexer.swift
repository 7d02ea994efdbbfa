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
/// column. The line is walked as UTF-8, a scalar decoded where the lexer looks at one, with the
/// byte offset and the column of each place it stops at; tokens are cut from the line itself, so
/// their text is copied without being checked as UTF-8 again.
enum LineLexer {
  static func lex(_ line: Substring, number: Int) -> LexedLine {
    if let lexed = line.utf8.withContiguousStorageIfAvailable({ lex(Line(line, $0), number: number) }) {
      return lexed
    }
    let copy = Substring(String(line))
    return copy.utf8.withContiguousStorageIfAvailable { lex(Line(copy, $0), number: number) }
      ?? .text(
        indent: 0, value: Token(String(line), at: SourceRange(line: number, column: 1, length: 0)),
        firstWord: nil, isBareWord: false, forced: false)
  }

  /// A place in a line: its byte offset and its scalar offset (the column less one).
  private struct Place: Comparable {
    var byte: Int
    var scalar: Int

    static func < (lhs: Place, rhs: Place) -> Bool { lhs.byte < rhs.byte }
  }

  /// A line's text and its UTF-8, which Swift has already checked.
  private struct Line {
    let text: Substring
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>) {
      self.text = text
      self.bytes = bytes
    }

    var start: Place { Place(byte: 0, scalar: 0) }

    /// The scalar at `place`, which must be before the end.
    func scalar(at place: Place) -> Unicode.Scalar { decode(place.byte).scalar }

    /// Whether a scalar starts at `place`.
    func isInside(_ place: Place) -> Bool { place.byte < bytes.count }

    /// The place just after the scalar at `place`.
    func after(_ place: Place) -> Place {
      Place(byte: place.byte + decode(place.byte).length, scalar: place.scalar + 1)
    }

    /// The end of the line, counted from `place`: every byte that is not a UTF-8 continuation byte
    /// (`10xxxxxx`) starts a scalar, counted eight bytes at a time.
    func end(from place: Place) -> Place {
      var scalars = place.scalar
      var index = place.byte
      if let base = bytes.baseAddress {
        while index + 8 <= bytes.count {
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
          scalars += 8 - continuations.nonzeroBitCount
          index += 8
        }
      }
      for index in index..<bytes.count where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
      return Place(byte: bytes.count, scalar: scalars)
    }

    /// The place of the scalar just before `place`, which must not be the start.
    func before(_ place: Place) -> Place {
      var index = place.byte - 1
      while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
      return Place(byte: index, scalar: place.scalar - 1)
    }

    /// Moves `place` past the scalars that satisfy `test`.
    func skip(_ place: inout Place, while test: (Unicode.Scalar) -> Bool) {
      while place.byte < bytes.count {
        let (scalar, length) = decode(place.byte)
        guard test(scalar) else { return }
        place.byte += length
        place.scalar += 1
      }
    }

    /// The text between two places, copied from the line.
    func text(_ start: Place, _ end: Place) -> String {
      // As many bytes as scalars: ASCII, which Swift checks at a glance (most keywords and ids).
      if end.byte - start.byte == end.scalar - start.scalar {
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start.byte..<end.byte]), as: UTF8.self)
      }
      let utf8 = text.utf8
      return String(
        text[utf8.index(utf8.startIndex, offsetBy: start.byte)..<utf8.index(utf8.startIndex, offsetBy: end.byte)])
    }

    private func decode(_ index: Int) -> (scalar: Unicode.Scalar, length: Int) {
      let lead = UInt32(bytes[index])
      if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
      var value: UInt32
      var length: Int
      switch lead {
      case ..<0xE0: (value, length) = (lead & 0x1F, 2)
      case ..<0xF0: (value, length) = (lead & 0x0F, 3)
      default: (value, length) = (lead & 0x07, 4)
      }
      for continuation in 1..<length where index + continuation < bytes.count {
        value = value << 6 | UInt32(bytes[index + continuation] & 0x3F)
      }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
  }

  private static func lex(_ line: Line, number: Int) -> LexedLine {
    var index = line.start
    line.skip(&index, while: isSpace)
    let indent = index.scalar
    guard line.isInside(index) else { return .blank }
    let first = line.scalar(at: index)
    if first == "#" {
      let after = line.after(index)
      return .comment(line.text(after, line.end(from: after)).trimmingSpaces())
    }
    if first == "|" {
      let value = trimmedToken(line, from: line.after(index), line: number)
      return .text(indent: indent, value: value, firstWord: nil, isBareWord: false, forced: true)
    }
    let wordStart = index
    line.skip(&index, while: isWordCharacter)
    let word: Token? = index > wordStart && isLetter(first) ? token(line, wordStart, index, line: number) : nil
    if let word {
      var cursor = index
      line.skip(&cursor, while: isSpace)
      var argument: Token?
      if cursor > index, line.isInside(cursor), isIdentifierStart(line.scalar(at: cursor)) {
        let argumentStart = cursor
        line.skip(&cursor, while: isIdentifierCharacter)
        argument = token(line, argumentStart, cursor, line: number)
        line.skip(&cursor, while: isSpace)
      }
      if line.isInside(cursor), line.bytes[cursor.byte] == 0x3A, !startsURL(line, colon: cursor) {
        let value = trimmedToken(line, from: line.after(cursor), line: number)
        return .header(indent: indent, word: word, argument: argument, value: value)
      }
      let isBare = !line.isInside(cursor)
      let value = trimmedToken(line, from: wordStart, line: number)
      return .text(indent: indent, value: value, firstWord: word, isBareWord: isBare, forced: false)
    }
    let value = trimmedToken(line, from: wordStart, line: number)
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

  /// Whether the colon at `colon` starts "://".
  private static func startsURL(_ line: Line, colon: Place) -> Bool {
    colon.byte + 2 < line.bytes.count && line.bytes[colon.byte + 1] == 0x2F && line.bytes[colon.byte + 2] == 0x2F
  }

  private static func token(_ line: Line, _ start: Place, _ end: Place, line number: Int) -> Token {
    Token(
      line.text(start, end), at: SourceRange(line: number, column: start.scalar + 1, length: end.scalar - start.scalar))
  }

  /// The text from `start` to the end of the line without surrounding spaces; an empty token
  /// just after `start` when there is none, so that "missing value" can point there.
  private static func trimmedToken(_ line: Line, from start: Place, line number: Int) -> Token {
    var first = start
    line.skip(&first, while: isSpace)
    var last = line.end(from: first)
    while last > first {
      let previous = line.before(last)
      guard isSpace(line.scalar(at: previous)) else { break }
      last = previous
    }
    if first == last {
      return Token("", at: SourceRange(line: number, column: start.scalar + 1, length: 0))
    }
    return token(line, first, last, line: number)
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
