/// Text with position markers, as examples and tests write it: `↓` or `1️⃣`…`9️⃣` placed just
/// before the character a diagnostic must point at. The markers are removed and their positions
/// (1-based line and column, in Unicode scalars like every Karta column) returned in order of
/// appearance.
public enum MarkedText {
  /// The characters that count as markers.
  public static let markers: Set<Character> = ["↓", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  /// The text without its markers, and the position each marker stood at.
  public static func parse(_ text: String) -> (text: String, positions: [SourcePosition]) {
    var clean = ""
    var positions: [SourcePosition] = []
    var line = 1
    var column = 1
    for character in text {
      if markers.contains(character) {
        positions.append(SourcePosition(line: line, column: column))
        continue
      }
      clean.append(character)
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return (clean, positions)
  }
}
