/// The words of a phrase joined by single spaces, searched as UTF-8 bytes: a phrase is checked
/// against a few dozen markers, so the search must be cheap.
struct PhraseWords {
  /// The joined words.
  let text: String
  private let bytes: [UInt8]

  init(_ tokens: [LexedToken]) {
    self.init(text: tokens.compactMap(\.token.word).joined(separator: " "))
  }

  init(text: String) {
    self.text = text
    bytes = Array(text.utf8)
  }

  /// Whether `marker` occurs in the words.
  func contains(_ marker: String) -> Bool {
    var needle = marker.utf8.makeIterator()
    guard let first = needle.next() else { return true }
    let rest = Array(marker.utf8.dropFirst())
    var index = 0
    let limit = bytes.count - rest.count - 1
    while index <= limit {
      if bytes[index] == first {
        var matched = true
        for (offset, byte) in rest.enumerated() where bytes[index + 1 + offset] != byte {
          matched = false
          break
        }
        if matched { return true }
      }
      index += 1
    }
    return false
  }

  /// The first of `markers` that occurs in the words.
  func first(of markers: [String]) -> String? { markers.first(where: contains) }

  /// Whether the words are exactly `text`.
  func equals(_ other: String) -> Bool { text == other }
}
