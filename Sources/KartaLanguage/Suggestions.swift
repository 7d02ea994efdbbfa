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
/// comparisons only with names of a near length, with no text built per comparison. Names are
/// compared as Unicode scalars in reused rows, so a comparison allocates nothing. After
/// `maximumLookUps` look-ups it suggests nothing more (a plan with that many unknown names has a
/// bigger problem than a typo), so N mistakes cost O(N) beyond that.
public struct SuggestionIndex: Sendable {
  /// How many look-ups compute a suggestion.
  public static let maximumLookUps = 200

  private var byLength: [Int: [(name: String, scalars: [UInt32])]] = [:]
  private var lookUps = 0

  /// An index of `candidates`.
  public init(_ candidates: some Sequence<String>) {
    for candidate in candidates.sorted() {
      let scalars = Keyword.normalized(candidate).unicodeScalars.map(\.value)
      byLength[scalars.count, default: []].append((candidate, scalars))
    }
  }

  /// The closest candidate to `word` within a small edit distance (1 for up to three letters, 2 for up
  /// to six, 3 beyond; nothing for one or two letters), the first in alphabetical order of equally
  /// close ones; `nil` when none is close, and past the cap.
  public mutating func closest(to word: String) -> String? {
    guard lookUps < Self.maximumLookUps else { return nil }
    lookUps += 1
    let typed = Keyword.normalized(word).unicodeScalars.map(\.value)
    guard typed.count <= 64, typed.count > 2 else { return nil }
    let limit = typed.count <= 3 ? 1 : (typed.count <= 6 ? 2 : 3)
    var best: (candidate: String, distance: Int)?
    var rows = EditRows(width: typed.count + limit + 1)
    for length in max(0, typed.count - limit)...(typed.count + limit) {
      for candidate in byLength[length] ?? [] {
        let distance = rows.distance(typed, candidate.scalars, limit: limit)
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

/// Three rows of the edit-distance table, allocated once for many comparisons.
private struct EditRows {
  var previousPrevious: [Int]
  var previous: [Int]
  var current: [Int]

  init(width: Int) {
    previousPrevious = Array(repeating: 0, count: width + 1)
    previous = previousPrevious
    current = previousPrevious
  }

  /// `Suggestions.editDistance(_:_:limit:)` over scalars: Levenshtein with a swap of neighbours
  /// as one edit, `limit + 1` once every way through is longer than `limit`.
  mutating func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    if b.count + 1 > previous.count {
      self = EditRows(width: b.count)
    }
    for j in 0...b.count { previous[j] = j }
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        smallest = min(smallest, value)
      }
      if smallest > limit { return limit + 1 }
      swap(&previousPrevious, &previous)
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
