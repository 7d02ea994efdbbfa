import Foundation

/// How alike two titles are: the Jaccard ratio of their normalised words (lowercased, «ё» read as
/// «е», punctuation dropped), from 0 (no word in common) to 1 (the same words).
public struct TitleLikeness: Sendable {
  let words: Set<String>

  /// The words of `text`.
  public init(_ text: String) {
    let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е")
    words = Set(lowered.split { !$0.isLetter && !$0.isNumber }.map(String.init))
  }

  /// The ratio of shared words to all words of both titles.
  public func likeness(to other: TitleLikeness) -> Double {
    if words.isEmpty && other.words.isEmpty { return 1 }
    let union = words.union(other.words).count
    return Double(words.intersection(other.words).count) / Double(union)
  }

  /// Which titles hold each word: `index[word]` lists the positions in `titles` among `candidates`.
  static func wordIndex(of titles: [TitleLikeness], among candidates: [Int]) -> [String: [Int]] {
    var index: [String: [Int]] = [:]
    for candidate in candidates {
      for word in titles[candidate].words { index[word, default: []].append(candidate) }
    }
    return index
  }

  /// The positions among `candidates` of the titles in `titles` most like `title` (the
  /// `maximumCandidates` closest, and any within `bonus` of them), at least `minimum` alike, found
  /// by counting shared words through `index` (`wordIndex`) instead of
  /// comparing every pair.
  static func alike(
    _ title: TitleLikeness, among candidates: [Int], of titles: [TitleLikeness], index: [String: [Int]],
    atLeast minimum: Double, bonus: Double = 0
  ) -> [Int] {
    if title.words.isEmpty { return candidates.filter { titles[$0].words.isEmpty } }
    var shared = [Int32](repeating: 0, count: titles.count)
    var touched: [Int] = []
    for word in title.words {
      for position in index[word] ?? [] {
        if shared[position] == 0 { touched.append(position) }
        shared[position] += 1
      }
    }
    let alike = touched.compactMap { position -> (position: Int, likeness: Double)? in
      let count = Int(shared[position])
      let union = title.words.count + titles[position].words.count - count
      let likeness = union > 0 ? Double(count) / Double(union) : 0
      return likeness >= minimum ? (position, likeness) : nil
    }
    // The closest few are enough to pair by: a row has one counterpart, and keeping every pair of
    // look-alike titles would make a plan of thousands of similar rows quadratic again. Every title
    // within `bonus` of the few closest is kept too, so that ties (rows with the same title) and a
    // partner that wins on owners and deadline are never cut off.
    let ranked = alike.sorted { ($0.likeness, $1.position) > ($1.likeness, $0.position) }
    guard ranked.count > maximumCandidates else { return ranked.map(\.position).sorted() }
    let floor = ranked[maximumCandidates - 1].likeness - bonus
    return ranked.prefix { $0.likeness >= floor }.map(\.position).sorted()
  }

  /// How many look-alike titles of the other plan are scored for each unpaired row.
  static let maximumCandidates = 8

  /// How alike `first` and `second` are.
  public static func likeness(_ first: String, _ second: String) -> Double {
    TitleLikeness(first).likeness(to: TitleLikeness(second))
  }
}

/// Pairs the elements of an old list with those of a new one.
enum ElementMatching {
  /// The likeness at or above which two elements with the same identifier may be paired.
  static let sameIdentifier = 0.3
  /// The likeness at or above which two elements with different identifiers are taken for one.
  static let moved = 0.6
  /// What sharing an identifier adds to a pair's score: enough to keep a reworded row under its
  /// number, too little to beat the same row renumbered after an inserted one.
  static let identifierBonus = 0.2

  /// Pairs old elements (by index) with new ones: first those that keep their identifier and title;
  /// then, best score first, over the candidate pairs of the rest: two elements with the same
  /// identifier whose titles are alike at `sameIdentifier` or more (scored with `identifierBonus`
  /// added), and two with different identifiers alike at `threshold` or more. Then whatever still
  /// shares an identifier. Each element is paired at most once, so a row inserted before others
  /// that were renumbered comes out as one addition and a run of moves, not as a chain of
  /// rewordings.
  ///
  /// With `titles`, pairs of different identifiers are found through the words they share (an
  /// index of words, not every pair of thousands of rows); `bonus` is the most that `score` adds to
  /// title likeness, so that no pair that could reach `threshold` is missed. Without `titles`,
  /// every pair is scored; with an infinite `threshold`, none is.
  static func pairs(
    oldIDs: [String], newIDs: [String], score: (Int, Int) -> Double, threshold: Double = moved,
    titles: (old: [TitleLikeness], new: [TitleLikeness])? = nil, bonus: Double = 0
  ) -> [Int: Int] {
    var pairs: [Int: Int] = [:]
    var taken = Set<Int>()
    var newIndex: [String: Int] = [:]
    for (index, id) in newIDs.enumerated() where newIndex[id] == nil { newIndex[id] = index }
    // An element that keeps its identifier and its title is the same row: paired at once.
    for (old, id) in oldIDs.enumerated() {
      guard let new = newIndex[id], !taken.contains(new), score(old, new) >= 1 else { continue }
      pairs[old] = new
      taken.insert(new)
    }
    var candidates: [(old: Int, new: Int, score: Double)] = []
    for (old, id) in oldIDs.enumerated() where pairs[old] == nil {
      guard let new = newIndex[id], !taken.contains(new) else { continue }
      let value = score(old, new)
      if value >= sameIdentifier { candidates.append((old, new, value + identifierBonus)) }
    }
    if threshold.isFinite {
      let unpairedNew = newIDs.indices.filter { !taken.contains($0) }
      let index = titles.map { TitleLikeness.wordIndex(of: $0.new, among: unpairedNew) } ?? [:]
      for old in oldIDs.indices where pairs[old] == nil {
        let others: [Int]
        if let titles {
          others = TitleLikeness.alike(
            titles.old[old], among: unpairedNew, of: titles.new, index: index, atLeast: threshold - bonus,
            bonus: bonus)
        } else {
          others = unpairedNew
        }
        for new in others where oldIDs[old] != newIDs[new] {
          let value = score(old, new)
          if value >= threshold { candidates.append((old, new, value)) }
        }
      }
    }
    candidates.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
    for candidate in candidates where pairs[candidate.old] == nil && !taken.contains(candidate.new) {
      pairs[candidate.old] = candidate.new
      taken.insert(candidate.new)
    }
    for (index, id) in oldIDs.enumerated() where pairs[index] == nil {
      guard let candidate = newIndex[id], !taken.contains(candidate) else { continue }
      pairs[index] = candidate
      taken.insert(candidate)
    }
    return pairs
  }

  /// The order changes are reported in: every new element in order, each old element without a
  /// partner after the new element its nearest paired predecessor went to (or first).
  static func reportingOrder(oldCount: Int, newCount: Int, pairs: [Int: Int]) -> [(old: Int?, new: Int?)] {
    var anchored: [Int: [Int]] = [:]
    var leading: [Int] = []
    var anchor: Int?
    for old in 0..<oldCount {
      if let new = pairs[old] {
        anchor = new
      } else if let anchor {
        anchored[anchor, default: []].append(old)
      } else {
        leading.append(old)
      }
    }
    let partners = Dictionary(pairs.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var order: [(old: Int?, new: Int?)] = leading.map { ($0, nil) }
    for new in 0..<newCount {
      order.append((partners[new], new))
      order += (anchored[new] ?? []).map { ($0, nil) }
    }
    return order
  }
}

/// Text compared the way a reader would: whitespace runs (continuation lines) count as one space.
func normalizedText(_ text: String?) -> String? {
  text.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

/// The values of `new` not in `old` and those of `old` not in `new`, each in its list's order,
/// compared as normalised text.
func listDifference(old: [String], new: [String]) -> (added: [String], removed: [String]) {
  let oldSet = Set(old.compactMap(normalizedText))
  let newSet = Set(new.compactMap(normalizedText))
  let added = new.filter { !oldSet.contains(normalizedText($0) ?? $0) }
  let removed = old.filter { !newSet.contains(normalizedText($0) ?? $0) }
  return (added, removed)
}
