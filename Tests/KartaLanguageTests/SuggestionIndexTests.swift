import Testing

@testable import KartaLanguage

/// The one "did you mean" search: its answers, its cap, and its bounded distance against a plain
/// reference implementation kept here.
@Suite struct SuggestionIndexTests {
  static let names = ["MOUO", "MINOBR", "IRO", "CPMKO", "GEK", "MUN-COORD", "angarsk", "sayansk", "sosh-3", "sosh-4"]

  @Test(
    arguments: [
      ("MOOU", "MOUO"), ("MINBOR", "MINOBR"), ("sayansc", "sayansk"), ("sosh-5", "sosh-3"), ("zzzz", nil),
      ("IR", nil), ("mun-cord", "MUN-COORD"), ("ANGARSK", "angarsk"),
    ] as [(String, String?)])
  func suggestsTheClosestNameAlphabeticallyFirstOfEquals(word: String, expected: String?) {
    var index = SuggestionIndex(Self.names)
    #expect(index.closest(to: word) == expected)
    #expect(Suggestions.closest(to: word, among: Self.names.reversed()) == expected, "the order given does not matter")
  }

  @Test func stopsSuggestingAfterItsCap() {
    var index = SuggestionIndex(Self.names)
    for _ in 0..<SuggestionIndex.maximumLookUps { #expect(index.closest(to: "MOOU") == "MOUO") }
    #expect(index.closest(to: "MOOU") == nil)
  }

  @Test func aBoundedDistanceAgreesWithTheFullOneWithinTheBound() {
    let words = ["kitten", "sitting", "sosh-3", "shos-3", "абвгд", "абгвд", "", "a", "ab", "ba", "abc", "bca"]
    for a in words {
      for b in words {
        let full = Self.referenceDistance(Array(a), Array(b))
        let bounded = Suggestions.editDistance(Array(a), Array(b), limit: 2)
        #expect(full <= 2 ? bounded == full : bounded > 2, "\(a) / \(b)")
      }
    }
    #expect(Self.referenceDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(Self.referenceDistance(Array("sosh-3"), Array("shos-3")) == 2)
    #expect(Self.referenceDistance(Array("абвгд"), Array("абгвд")) == 1)
  }

  /// Levenshtein distance with a swap of two neighbouring letters counted as one edit, the full table
  /// with no early stop: the reference the bounded one is checked against.
  static func referenceDistance(_ a: [Character], _ b: [Character]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
