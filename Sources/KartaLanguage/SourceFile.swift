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
    if let problem = firstEncodingProblem(in: body, path: path) { return .failure(problem) }
    let text = String(decoding: body, as: UTF8.self)
    // Blank as the lexer sees blank lines: white space, and the no-break and zero-width no-break
    // spaces it skips (a byte-order mark pasted inside a file). Found by fuzzing: a file of blank
    // lines and a stray mark parsed as empty, so `fmt` wrote nothing and refused its own output.
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || LineLexer.isSpace($0) }) {
      return .failure(Diagnostic(.fileEmpty, at: whole, Phrase("file.empty")))
    }
    let (lines, crlf) = splitLines(text)
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

  private static func splitLines(_ text: String) -> ([Substring], Bool) {
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
