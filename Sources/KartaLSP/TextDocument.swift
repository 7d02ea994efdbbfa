import KartaLanguage

/// An open document as the editor holds it: its text and version, updated by whole-text and
/// ranged changes, with the line table that positions are converted against.
public struct TextDocument: Sendable {
  /// The document's URI as the editor names it.
  public let uri: String
  /// The file path the URI stands for.
  public let path: String
  /// The editor's version number of the text.
  public var version: Int
  /// The current text.
  public private(set) var text: String
  /// The lines of `text`, split at LF, CRLF or a lone CR as the protocol and Karta both do.
  public private(set) var lines: [Substring]

  /// Creates a document with its first text.
  public init(uri: String, path: String, version: Int, text: String) {
    self.uri = uri
    self.path = path
    self.version = version
    self.text = text
    self.lines = Self.split(text)
  }

  /// Replaces the text in `range` (the whole text when `nil`) with `replacement`.
  public mutating func apply(_ replacement: String, in range: LSPRange?) {
    guard let range else {
      text = replacement
      lines = Self.split(text)
      return
    }
    let start = index(of: range.start)
    let end = max(start, index(of: range.end))
    text.replaceSubrange(start..<end, with: replacement)
    lines = Self.split(text)
  }

  /// The index in `text` of a protocol position, clamped to the text.
  public func index(of position: LSPPosition) -> String.Index {
    guard position.line < lines.count else { return text.endIndex }
    return PositionEncoding.index(ofUTF16Offset: position.character, in: lines[position.line])
  }

  /// The protocol position just past the last character.
  public var endPosition: LSPPosition {
    let afterBreak = text.utf8.last == 0x0A || text.utf8.last == 0x0D
    if afterBreak || lines.isEmpty { return LSPPosition(line: lines.count, character: 0) }
    return LSPPosition(line: lines.count - 1, character: lines[lines.count - 1].utf16.count)
  }

  /// Splits at LF, CRLF and lone CR, scanning bytes so that a large file splits quickly.
  static func split(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    let bytes = text.utf8
    var lineStart = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(text[lineStart..<index])
        var next = bytes.index(after: index)
        if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
        lineStart = next
        index = next
      } else {
        index = bytes.index(after: index)
      }
    }
    if lineStart < bytes.endIndex { lines.append(text[lineStart...]) }
    return lines
  }
}
