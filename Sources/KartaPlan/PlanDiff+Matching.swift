import Foundation

/// How alike two titles are: the Jaccard ratio of their normalised words (lowercased, «ё» read as
/// «е», punctuation dropped), from 0 (no word in common) to 1 (the same words).
public struct TitleLikeness: Sendable {
  private let words: Set<String>

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

  /// Pairs old elements (by index) with new ones, best score first, over all candidate pairs: two
  /// elements with the same identifier whose titles are alike at `sameIdentifier` or more (scored
  /// with `identifierBonus` added), and two with different identifiers alike at `threshold` or
  /// more. Then whatever still shares an identifier. Each element is paired at most once, so a row
  /// inserted before others that were renumbered comes out as one addition and a run of moves,
  /// not as a chain of rewordings.
  static func pairs(
    oldIDs: [String], newIDs: [String], score: (Int, Int) -> Double, threshold: Double = moved
  ) -> [Int: Int] {
    var candidates: [(old: Int, new: Int, score: Double)] = []
    for old in oldIDs.indices {
      for new in newIDs.indices {
        let value = score(old, new)
        if oldIDs[old] == newIDs[new] {
          if value >= sameIdentifier { candidates.append((old, new, value + identifierBonus)) }
        } else if value >= threshold {
          candidates.append((old, new, value))
        }
      }
    }
    candidates.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
    var pairs: [Int: Int] = [:]
    var taken = Set<Int>()
    for candidate in candidates where pairs[candidate.old] == nil && !taken.contains(candidate.new) {
      pairs[candidate.old] = candidate.new
      taken.insert(candidate.new)
    }
    var newIndex: [String: Int] = [:]
    for (index, id) in newIDs.enumerated() where newIndex[id] == nil { newIndex[id] = index }
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
