/// Text for XML 1.0, the one escaper of Karta's XML outputs: the Office parts (Word, Excel) and
/// the JUnit report. (The HTML page keeps a contract of its own, `HTMLReport.escape`: a character
/// XML cannot carry shows there as U+FFFD, where here it is dropped.)
public enum XMLText {
  /// `text` with the five markup characters as entities; characters XML 1.0 cannot carry (control
  /// characters other than tab and line ends, U+FFFE, U+FFFF) dropped; CR as `&#13;`, so that
  /// end-of-line handling keeps it. In an `attribute`, tab and LF too as character references,
  /// so that they survive attribute-value normalisation.
  public static func escape(_ text: String, attribute: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\r": out += "&#13;"
      case "\n": out += attribute ? "&#10;" : "\n"
      case "\t": out += attribute ? "&#9;" : "\t"
      default:
        let value = scalar.value
        if (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000 {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
