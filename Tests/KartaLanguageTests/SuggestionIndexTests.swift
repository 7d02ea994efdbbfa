import Testing

@testable import KartaLanguage

/// The suggestion index answers as `Suggestions.closest` does, and stops after its cap.
@Suite struct SuggestionIndexTests {
  static let names = ["MOUO", "MINOBR", "IRO", "CPMKO", "GEK", "MUN-COORD", "angarsk", "sayansk", "sosh-3", "sosh-4"]

  @Test(arguments: ["MOOU", "MINBOR", "sayansc", "sosh-5", "zzzz", "IR", "mun-cord", "ANGARSK"])
  func answersAsTheListSearchDoes(word: String) {
    var index = SuggestionIndex(Self.names)
    #expect(index.closest(to: word) == Suggestions.closest(to: word, among: Self.names.sorted()))
  }

  @Test func stopsSuggestingAfterItsCap() {
    var index = SuggestionIndex(Self.names)
    for _ in 0..<SuggestionIndex.maximumLookUps { #expect(index.closest(to: "MOOU") == "MOUO") }
    #expect(index.closest(to: "MOOU") == nil)
  }

  @Test func aBoundedDistanceAgreesWithTheFullOneWithinTheBound() {
    let words = ["kitten", "sitting", "sosh-3", "shos-3", "абвгд", "абгвд", "", "a"]
    for a in words {
      for b in words {
        let full = Suggestions.editDistance(Array(a), Array(b))
        let bounded = Suggestions.editDistance(Array(a), Array(b), limit: 2)
        #expect(full <= 2 ? bounded == full : bounded > 2, "\(a) / \(b)")
      }
    }
  }
}
