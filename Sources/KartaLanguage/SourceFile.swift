import Foundation

/// A text file decoded for parsing: UTF-8 validated, the byte-order mark dropped, and split into
/// lines at LF, CRLF or a lone CR.
public struct SourceFile: Sendable {
  /// The largest file Karta reads, in bytes.
  public static let maximumSize = 64 << 20

  /// The path the file was read from, as reported in diagnostics.
  public let path: String
  /// The lines, without their line ends.
  public let lines: [Substring]
  /// Whether the file started with a byte-order mark.
  public let hadByteOrderMark: Bool
  /// Whether the file used CRLF line ends.
  public let usesCRLF: Bool

  /// Decodes `bytes` read from `path`, or explains why they are not a plan's text.
  public static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
    let whole = SourceLocation(file: path)
    if bytes.count > maximumSize {
      return .failure(
        Diagnostic(
          .fileTooLarge, at: whole,
          Phrase("file.too-large", "\(bytes.count)", "\(maximumSize)")))
    }
    var body = bytes[...]
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let hadBOM = body.starts(with: bom)
    if hadBOM { body = body.dropFirst(3) }
    // Decoding repairs whatever is not UTF-8, so the text holds the file's bytes exactly when they
    // are UTF-8 (one check, which the String needs anyway); a scan for control characters finds the
    // line ends. Only a file that fails either is walked again, scalar by scalar, to say where the
    // first problem stands.
    let text = String(decoding: body, as: UTF8.self)
    guard holdsExactly(text, body), let (ends, crlf) = lineEnds(body) else {
      return .failure(
        firstEncodingProblem(in: body, path: path)
          ?? Diagnostic(
            .fileInvalidUTF8, at: whole, Phrase("file.invalid-utf8"), notes: [Phrase("file.invalid-utf8.note")]))
    }
    // Blank as the lexer sees blank lines: white space, and the no-break and zero-width no-break
    // spaces it skips (a byte-order mark pasted inside a file). Found by fuzzing: a file of blank
    // lines and a stray mark parsed as empty, so `fmt` wrote nothing and refused its own output.
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || LineLexer.isSpace($0) }) {
      return .failure(Diagnostic(.fileEmpty, at: whole, Phrase("file.empty")))
    }
    let lines = cutLines(text, ends: ends)
    return .success(SourceFile(path: path, lines: lines, hadByteOrderMark: hadBOM, usesCRLF: crlf))
  }

  /// Creates a source file from text already in memory, as tests do.
  public static func fromText(_ text: String, path: String) -> Result<SourceFile, Diagnostic> {
    decode(path: path, bytes: Array(text.utf8))
  }

  /// The text of line `number` (1-based), or an empty string past the end.
  public func line(_ number: Int) -> Substring {
    number >= 1 && number <= lines.count ? lines[number - 1] : ""
  }

  private init(path: String, lines: [Substring], hadByteOrderMark: Bool, usesCRLF: Bool) {
    self.path = path
    self.lines = lines
    self.hadByteOrderMark = hadByteOrderMark
    self.usesCRLF = usesCRLF
  }

  /// Whether the UTF-8 of `text` is `bytes`.
  private static func holdsExactly(_ text: String, _ bytes: ArraySlice<UInt8>) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      bytes.withUnsafeBufferPointer { buffer in
        guard utf8.count == buffer.count else { return false }
        guard let left = utf8.baseAddress, let right = buffer.baseAddress else { return true }
        return memcmp(left, right, buffer.count) == 0
      }
    }
  }

  /// Where each line starts and ends (before its line end), as byte offsets in pairs, and whether
  /// a CRLF was seen; `nil` at the first control character other than a tab or a line end. Eight
  /// bytes at a time while they hold no byte below U+0020 and no DEL (letters of any script pass).
  static func lineEnds(_ bytes: ArraySlice<UInt8>) -> (ends: [Int], crlf: Bool)? {
    bytes.withUnsafeBufferPointer { buffer in
      var ends: [Int] = []
      var crlf = false
      var start = 0
      var index = 0
      let count = buffer.count
      guard let base = buffer.baseAddress else { return (ends, crlf) }
      while index < count {
        if index + 8 <= count {
          let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          let below = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
          let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
          let isDelete = (delete &- 0x0101_0101_0101_0101) & ~delete & 0x8080_8080_8080_8080
          if below | isDelete == 0 {
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte >= 0x20 && byte != 0x7F || byte == 0x09 {
          index += 1
          continue
        }
        guard byte == 0x0A || byte == 0x0D else { return nil }
        ends.append(start)
        ends.append(index)
        index += 1
        if byte == 0x0D, index < count, buffer[index] == 0x0A {
          crlf = true
          index += 1
        }
        start = index
      }
      if start < count {
        ends.append(start)
        ends.append(count)
      }
      return (ends, crlf)
    }
  }

  /// The lines of `text` at the byte offsets `lineEnds` found.
  private static func cutLines(_ text: String, ends: [Int]) -> [Substring] {
    var lines: [Substring] = []
    lines.reserveCapacity(ends.count / 2)
    let utf8 = text.utf8
    var pair = 0
    while pair < ends.count {
      // Line ends are ASCII, so these offsets fall on Character boundaries.
      let start = utf8.index(utf8.startIndex, offsetBy: ends[pair])
      let end = utf8.index(utf8.startIndex, offsetBy: ends[pair + 1])
      lines.append(text[start..<end])
      pair += 2
    }
    return lines
  }

  /// Finds the first byte sequence that is not UTF-8, or the first control character that no
  /// text file holds, and says where it is. Checked byte by byte (ASCII takes one comparison).
  private static func firstEncodingProblem(in bytes: ArraySlice<UInt8>, path: String) -> Diagnostic? {
    bytes.withUnsafeBufferPointer { firstEncodingProblem(in: $0, path: path) }
  }

  private static func firstEncodingProblem(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> Diagnostic? {
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
