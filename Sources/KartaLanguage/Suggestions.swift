/// Finds the candidate a mistyped word was most probably meant to be.
public enum Suggestions {
  /// The closest candidate to `word` within a small edit distance, or `nil` when none is close; of
  /// equally close candidates the first in alphabetical order. For many look-ups among the same
  /// candidates, build one `SuggestionIndex` instead.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    var index = SuggestionIndex(candidates)
    return index.closest(to: word)
  }

  /// Levenshtein distance, with a swap of two neighbouring letters counted as one edit; stops early
  /// (returning more than `limit`) once every way through is already longer than `limit`.
  static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
        smallest = min(smallest, current[j])
      }
      if smallest > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}

/// Candidates made ready once for many "did you mean" look-ups: each normalised once and grouped by
/// length, so that a plan with thousands of unknown references against thousands of names costs
/// comparisons only with names of a near length, with no text built per comparison. After
/// `maximumLookUps` look-ups it suggests nothing more (a plan with that many unknown names has a
/// bigger problem than a typo), so N mistakes cost O(N) beyond that.
public struct SuggestionIndex: Sendable {
  /// How many look-ups compute a suggestion.
  public static let maximumLookUps = 200

  private var byLength: [Int: [(name: String, characters: [Character])]] = [:]
  private var lookUps = 0

  /// An index of `candidates`.
  public init(_ candidates: some Sequence<String>) {
    for candidate in candidates.sorted() {
      let characters = Array(Keyword.normalized(candidate))
      byLength[characters.count, default: []].append((candidate, characters))
    }
  }

  /// The closest candidate to `word` within a small edit distance (1 for up to three letters, 2 for up
  /// to six, 3 beyond; nothing for one or two letters), the first in alphabetical order of equally
  /// close ones; `nil` when none is close, and past the cap.
  public mutating func closest(to word: String) -> String? {
    guard lookUps < Self.maximumLookUps else { return nil }
    lookUps += 1
    let typed = Array(Keyword.normalized(word))
    guard typed.count <= 64, typed.count > 2 else { return nil }
    let limit = typed.count <= 3 ? 1 : (typed.count <= 6 ? 2 : 3)
    var best: (candidate: String, distance: Int)?
    for length in max(0, typed.count - limit)...(typed.count + limit) {
      for candidate in byLength[length] ?? [] {
        let distance = Suggestions.editDistance(typed, candidate.characters, limit: limit)
        if distance <= limit,
          distance < (best?.distance ?? .max) || (distance == best?.distance && candidate.name < (best?.candidate ?? ""))
        {
          best = (candidate.name, distance)
        }
      }
    }
    return best?.candidate
  }
}
