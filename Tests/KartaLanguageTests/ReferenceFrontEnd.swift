import KartaWords

@testable import KartaLanguage

// The plan front end as it was before lint3 (main at fd36bee): the line lexer that decoded each
// line into arrays of scalars and offsets, and the decoder that checked UTF-8 scalar by scalar and
// split lines through String indices. Kept as the oracle the faster versions are compared with.

enum ReferenceLineLexer {
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
    while index < scalars.count, LineLexer.isSpace(scalars[index]) { index += 1 }
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
    while index < scalars.count, LineLexer.isWordCharacter(scalars[index]) { index += 1 }
    let word: Token? =
      index > wordStart && LineLexer.isLetter(scalars[wordStart]) ? token(scalars, wordStart, index, line: number) : nil
    if let word {
      var cursor = index
      while cursor < scalars.count, LineLexer.isSpace(scalars[cursor]) { cursor += 1 }
      var argument: Token?
      if cursor > index, cursor < scalars.count, LineLexer.isIdentifierStart(scalars[cursor]) {
        let argumentStart = cursor
        while cursor < scalars.count, LineLexer.isIdentifierCharacter(scalars[cursor]) { cursor += 1 }
        argument = token(scalars, argumentStart, cursor, line: number)
        while cursor < scalars.count, LineLexer.isSpace(scalars[cursor]) { cursor += 1 }
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
    while first < last, LineLexer.isSpace(scalars[first]) { first += 1 }
    while last > first, LineLexer.isSpace(scalars[last - 1]) { last -= 1 }
    if first == last {
      return Token("", at: SourceRange(line: line, column: min(start, scalars.count) + 1, length: 0))
    }
    return token(scalars, first, last, line: line)
  }
}

/// `SourceFile.decode` as it was: the lines and CRLF flag, or the first problem.
enum ReferenceSourceFile {
  static func decode(path: String, bytes: [UInt8]) -> Result<(lines: [Substring], crlf: Bool, bom: Bool), Diagnostic> {
    let whole = SourceLocation(file: path)
    if bytes.count > SourceFile.maximumSize {
      return .failure(
        Diagnostic(
          .fileTooLarge, at: whole, Phrase("file.too-large", "\(bytes.count)", "\(SourceFile.maximumSize)")))
    }
    var body = bytes[...]
    let hadBOM = body.starts(with: [0xEF, 0xBB, 0xBF])
    if hadBOM { body = body.dropFirst(3) }
    if let problem = firstEncodingProblem(in: body, path: path) { return .failure(problem) }
    let text = String(decoding: body, as: UTF8.self)
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || LineLexer.isSpace($0) }) {
      return .failure(Diagnostic(.fileEmpty, at: whole, Phrase("file.empty")))
    }
    let (lines, crlf) = splitLines(text)
    return .success((lines, crlf, hadBOM))
  }

  static func splitLines(_ text: String) -> ([Substring], Bool) {
    var lines: [Substring] = []
    var crlf = false
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = bytes.startIndex
    // Scanned as bytes: CR and LF are single bytes and always end a Character, so the indices
    // are Character boundaries.
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(text[start..<index])
        var next = bytes.index(after: index)
        if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A {
          crlf = true
          next = bytes.index(after: next)
        }
        start = next
        index = next
      } else {
        index = bytes.index(after: index)
      }
    }
    if start < bytes.endIndex { lines.append(text[start...]) }
    return (lines, crlf)
  }

  /// Finds the first byte sequence that is not UTF-8, or the first control character that no
  /// text file holds, and says where it is. Checked byte by byte (ASCII takes one comparison).
  static func firstEncodingProblem(in bytes: ArraySlice<UInt8>, path: String) -> Diagnostic? {
    bytes.withUnsafeBufferPointer { firstEncodingProblem(in: $0, path: path) }
  }

  static func firstEncodingProblem(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> Diagnostic? {
    var line = 1
    var column = 1
    var index = 0
    var previousWasCR = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x20, byte < 0x7F {
        column += 1
        index += 1
        previousWasCR = false
        continue
      }
      if byte < 0x80 {
        switch byte {
        case 0x0A:
          if !previousWasCR { line += 1 }
          column = 1
        case 0x0D:
          line += 1
          column = 1
        case 0x09:
          column += 1
        default:
          let code = String(byte, radix: 16, uppercase: true)
          return Diagnostic(
            .fileBinary, at: SourceLocation(file: path, range: SourceRange(line: line, column: column, length: 1)),
            Phrase("file.binary", "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)"))
        }
        previousWasCR = byte == 0x0D
        index += 1
        continue
      }
      let length = UTF8Scan.sequenceLength(bytes, at: index)
      guard length > 0 else {
        return Diagnostic(
          .fileInvalidUTF8, at: SourceLocation(file: path, range: SourceRange(line: line, column: column, length: 1)),
          Phrase("file.invalid-utf8"), notes: [Phrase("file.invalid-utf8.note")])
      }
      column += 1
      index += length
      previousWasCR = false
    }
    return nil
  }
}
