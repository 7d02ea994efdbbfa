/// Prints diagnostics the way compilers do: `file:line:column: error[id]: message`, the source
/// line, and a caret under the offending text.
public struct DiagnosticRenderer {
  /// The widest excerpt of a source line printed; longer lines are cut around the caret.
  public static let excerptWidth = 120
  /// The longest message printed, in characters.
  public static let messageWidth = 1_000

  private let sources: [String: SourceFile]
  private let quotedLines: [String: [Int: String]]
  private let colored: Bool
  private let language: Language

  /// Creates a renderer that quotes lines from `sources` (by path), or from `quotedLines` (path →
  /// line number → text) for files kept only in part, coloured for a terminal or not, with
  /// messages in `language`.
  public init(
    sources: [SourceFile], quotedLines: [String: [Int: String]] = [:], colored: Bool = false,
    language: Language = .english
  ) {
    var table: [String: SourceFile] = [:]
    for source in sources { table[source.path] = source }
    self.sources = table
    self.quotedLines = quotedLines
    self.colored = colored
    self.language = language
  }

  /// The text of line `number` of `file`, when the file is at hand.
  private func line(_ number: Int, of file: String) -> Substring? {
    if let source = sources[file] { return source.line(number) }
    return quotedLines[file].map { Substring($0[number] ?? "") }
  }

  /// The diagnostic as text, ending with a line break.
  public func render(_ diagnostic: Diagnostic) -> String {
    var cache: [LineKey: LineText] = [:]
    return render(diagnostic, cache: &cache)
  }

  private struct LineKey: Hashable {
    var file: String
    var line: Int
  }

  /// A source line as drawn: its characters (one terminal cell each, roughly), and the scalar
  /// column each starts at, so that a position in scalars finds its character.
  private struct LineText {
    var characters: [Character]
    /// `starts[i]` is the 0-based scalar offset of character `i`; one more entry for the end.
    var starts: [Int]

    init(_ line: Substring) {
      characters = []
      starts = []
      var offset = 0
      for character in line {
        // One character for one: the caret stays under the text it points at.
        characters.append(DiagnosticRenderer.isInvisible(character) ? "\u{FFFD}" : character)
        starts.append(offset)
        offset += character.unicodeScalars.count
      }
      starts.append(offset)
    }

    /// The index of the character holding 1-based scalar column `column`, clamped to the line.
    func characterIndex(ofColumn column: Int) -> Int {
      let target = column - 1
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= target { low = middle } else { high = middle - 1 }
      }
      return max(0, min(low, characters.count))
    }
  }

  /// Renders with a cache of split lines, so many diagnostics on one long line stay linear.
  private func render(_ diagnostic: Diagnostic, cache: inout [LineKey: LineText]) -> String {
    var output = ""
    let place =
      diagnostic.location.range.map { "\(diagnostic.location.file):\($0.start.line):\($0.start.column)" }
      ?? diagnostic.location.file
    let severity = paint(
      language.word("severity." + diagnostic.severity.rawValue), code: severityColor(diagnostic.severity))
    // A message quotes what it is about; a megabyte-long name is cut, not printed whole.
    let full = diagnostic.message(in: language)
    let message = full.count > Self.messageWidth ? String(full.prefix(Self.messageWidth)) + "…" : full
    output += "\(Self.visible(place)): \(severity)[\(diagnostic.id)]: \(paint(Self.visible(message), code: "1"))\n"
    if let range = diagnostic.location.range, let text = line(range.start.line, of: diagnostic.location.file) {
      let key = LineKey(file: diagnostic.location.file, line: range.start.line)
      if cache[key] == nil { cache[key] = LineText(text) }
      output += excerpt(of: cache[key] ?? LineText(""), range: range)
    }
    let noteWord = language.word("severity.note")
    for note in diagnostic.notes(in: language) { output += "  \(paint(noteWord, code: "36")): \(Self.visible(note))\n" }
    return output
  }

  /// All diagnostics, in the order given.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    var cache: [LineKey: LineText] = [:]
    var output = ""
    for diagnostic in diagnostics { output += render(diagnostic, cache: &cache) }
    return output
  }

  private func excerpt(of line: LineText, range: SourceRange) -> String {
    let characters = line.characters
    let caretStart = line.characterIndex(ofColumn: range.start.column)
    let caretLength =
      range.end.line == range.start.line
      ? max(1, min(line.characterIndex(ofColumn: range.end.column) - caretStart, characters.count - caretStart))
      : max(1, characters.count - caretStart)
    var windowStart = 0
    var windowEnd = characters.count
    if characters.count > Self.excerptWidth {
      windowStart = max(0, min(caretStart - Self.excerptWidth / 3, characters.count - Self.excerptWidth))
      windowEnd = min(characters.count, windowStart + Self.excerptWidth)
    }
    let prefix = windowStart > 0 ? "…" : ""
    let suffix = windowEnd < characters.count ? "…" : ""
    let shown = String(characters[windowStart..<windowEnd])
    // Keep tabs in the caret's indentation so the caret lines up under tabbed text.
    let lead = characters[windowStart..<max(windowStart, caretStart)].map { $0 == "\t" ? "\t" : " " }.joined()
    let visibleLength = min(caretLength, max(1, windowEnd - caretStart))
    let caret = "^" + String(repeating: "~", count: max(0, visibleLength - 1))
    return "  \(prefix)\(shown)\(suffix)\n  \(prefix.isEmpty ? "" : " ")\(lead)\(paint(caret, code: "32"))\n"
  }

  /// Whether a character would act on the terminal instead of showing: control characters (an
  /// escape sequence in a status file could retitle the window or clear the screen), line and
  /// paragraph separators, and the marks that reorder text (bidirectional overrides).
  public static func isInvisible(_ character: Character) -> Bool {
    guard character != "\t" else { return false }
    return character.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }

  /// `text` with every invisible character written as an escape, `\u{1B}`, so that a hostile
  /// identifier shows what it holds; line breaks too, unless `keepingLineBreaks`.
  public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
    func hidden(_ character: Character) -> Bool { isInvisible(character) && !(keepingLineBreaks && character == "\n") }
    guard text.contains(where: hidden) else { return text }
    var output = ""
    for character in text {
      if hidden(character) {
        output += character.unicodeScalars.map { "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" }.joined()
      } else {
        output.append(character)
      }
    }
    return output
  }

  private func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "1;31"
    case .warning: "1;33"
    case .note: "1;36"
    }
  }

  private func paint(_ text: String, code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
