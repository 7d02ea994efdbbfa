/// Finds the candidate a mistyped word was most probably meant to be.
public enum Suggestions {
  /// The closest candidate to `word` within a small edit distance, or `nil` when none is close.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let typed = Array(Keyword.normalized(word))
    guard typed.count <= 64 else { return nil }
    // One- and two-letter names are too short for a change to suggest anything.
    guard typed.count > 2 else { return nil }
    let limit = typed.count <= 3 ? 1 : (typed.count <= 6 ? 2 : 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      // A candidate whose length differs by more than the limit cannot be close: skip it cheaply.
      guard abs(candidate.count - typed.count) <= limit else { continue }
      let distance = editDistance(typed, Array(Keyword.normalized(candidate)))
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Levenshtein distance, with a swap of two neighbouring letters counted as one edit.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
