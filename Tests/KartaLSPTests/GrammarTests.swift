import Foundation
import KartaLanguage
import Testing

/// The TextMate grammar in editors/ knows every keyword of the language, in both spellings, so a
/// keyword added to `Keyword` without the grammar fails here.
@Suite struct GrammarTests {
  static let grammar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("editors/vscode/syntaxes/karta-plan.tmLanguage.json")

  /// The words of the `(?i:a|b|c)` alternation in a repository pattern.
  static func words(_ rule: String) throws -> Set<String> {
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: grammar)) as? [String: Any]
    let repository = try #require(json?["repository"] as? [String: [String: Any]])
    let pattern = try #require((repository[rule]?["match"] ?? repository[rule]?["begin"]) as? String)
    let start = try #require(pattern.range(of: "(?i:"))
    let end = try #require(pattern[start.upperBound...].firstIndex(of: ")"))
    return Set(pattern[start.upperBound..<end].split(separator: "|").map(String.init))
  }

  @Test func everyDeclarationKeywordIsHighlightedInBothLanguages() throws {
    let declarations = try Self.words("declaration")
    for keyword in Keyword.declarations {
      #expect(declarations.contains(keyword.english), "\(keyword.english)")
      #expect(declarations.contains(keyword.russian), "\(keyword.russian)")
    }
  }

  @Test func everyPropertyKeywordIsHighlightedInBothLanguages() throws {
    let properties = try Self.words("property").union(Self.words("reference-property"))
      .union(Self.words("deadline-property"))
    for keyword in Keyword.allCases where !keyword.isDeclaration {
      #expect(properties.contains(keyword.english), "\(keyword.english)")
      #expect(properties.contains(keyword.russian), "\(keyword.russian)")
    }
  }
}
