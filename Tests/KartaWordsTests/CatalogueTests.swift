import Testing

@testable import KartaWords

@Suite struct CatalogueTests {
  @Test func everyKeyHasRussianAndEnglishText() {
    let english = Set(Catalogue.entries(.english).keys)
    let russian = Set(Catalogue.entries(.russian).keys)
    #expect(english.subtracting(russian).sorted() == [], "keys without Russian text")
    #expect(russian.subtracting(english).sorted() == [], "keys without English text")
  }

  @Test func noKeyIsInTwoPartsOfACatalogue() {
    for parts in [Catalogue.englishParts, Catalogue.russianParts] {
      #expect(parts.map(\.count).reduce(0, +) == Set(parts.flatMap(\.keys)).count)
    }
  }

  @Test func translationsUseTheSamePlaceholders() {
    for (key, english) in Catalogue.entries(.english) {
      guard let russian = Catalogue.template(key, in: .russian) else { continue }
      #expect(Catalogue.placeholders(english) == Catalogue.placeholders(russian), "placeholders of \(key)")
    }
  }

  @Test func countedKeysHaveEveryPluralForm() {
    for (key, english) in Catalogue.entries(.english) where key.hasPrefix("count.") {
      #expect(Catalogue.formCount(english) == 2, "English forms of \(key)")
      #expect(Catalogue.formCount(Catalogue.template(key, in: .russian) ?? "") == 3, "Russian forms of \(key)")
    }
    for (key, english) in Catalogue.entries(.english) where !key.hasPrefix("count.") {
      let quoted = english.contains("'|'")
      #expect(!english.contains("|") || key.hasPrefix("md.") || quoted, "\(key) has '|' but is not counted")
    }
  }

  @Test func russianTextHasNoLatinWords() {
    // Words a Russian reader sees; Latin letters belong only in ids, formats and names (sha256).
    // Quoted text ('--horizon', 'karta help') is what the user types, and stays as typed.
    let allowed: Set<String> = [
      "Excel", "sha", "UTF", "null", "strong", "b", "karta", "json", "csv", "xlsx", "JSON", "CSV",
    ]
    for (key, text) in Catalogue.entries(.russian) {
      let unquoted = text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
      let words = unquoted.split { !($0.isLetter || $0 == "_") }.map(String.init)
      let latin = words.filter { word in word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }
      #expect(latin.allSatisfy { allowed.contains($0) }, "\(key): \(latin)")
    }
  }

  @Test(arguments: [
    (1, "1 обязательство"), (2, "2 обязательства"), (5, "5 обязательств"), (11, "11 обязательств"),
    (21, "21 обязательство"), (22, "22 обязательства"), (112, "112 обязательств"), (0, "0 обязательств"),
  ])
  func russianPluralForms(count: Int, expected: String) {
    #expect(Language.russian.count("count.text.obligations", count, "\(count)") == "всего " + expected)
  }

  @Test func verbatimTextIsTheSameInEveryLanguage() {
    let note = Phrase.verbatim("30.04.2024 is a day off")
    #expect(Language.allCases.allSatisfy { note.text(in: $0) == "30.04.2024 is a day off" })
  }

  @Test func argumentsMayBeReorderedAndTranslated() {
    let phrase = Phrase("report.state-tally", .word("state.overdue"), "3")
    #expect(phrase.text(in: .english) == "3 overdue")
    #expect(phrase.text(in: .russian) == "просрочено: 3")
  }

  @Test(arguments: [
    ([:], Language.english), (["LANG": "ru_RU.UTF-8"], .russian), (["LANG": "en_US.UTF-8"], .english),
    (["LC_ALL": "C", "LANG": "ru_RU.UTF-8"], .english), (["LC_MESSAGES": "ru_RU", "LANG": "C"], .russian),
    (["KARTA_LANG": "en", "LC_ALL": "ru_RU.UTF-8"], .english), (["KARTA_LANG": "ru"], .russian),
    (["LC_ALL": "", "LANG": "ru_RU.UTF-8"], .russian),
  ])
  func languageFromTheEnvironment(environment: [String: String], expected: Language) {
    #expect(Language.preferred(by: environment) == expected)
  }
}

/// `fill` finds `{N}` in the template's bytes: what it gives for every template of both
/// catalogues, and for malformed placeholders, is what the character-based reading gave.
@Suite struct CatalogueFillTests {
  /// The character-based reading `fill` replaced, kept as the reference.
  static func reference(_ template: String, _ value: (Int) -> String?) -> String {
    guard template.contains("{") else { return template }
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"), let number = Int(rest[afterOpen..<close]),
        let text = value(number)
      {
        out += text
        rest = rest[rest.index(after: close)...]
      } else {
        out.append("{")
        rest = rest[afterOpen...]
      }
    }
    return out + rest
  }

  @Test func everyTemplateFillsAsBefore() {
    let value = { (index: Int) -> String? in index >= 1 && index <= 4 ? "«аргумент \(index)»" : nil }
    let templates = Array(Catalogue.english.values) + Array(Catalogue.russian.values)
    for template in templates {
      #expect(Catalogue.fill(template, value) == Self.reference(template, value), "\(template)")
    }
    #expect(templates.count > 500)
  }

  @Test(arguments: [
    "", "{", "}", "{}", "{1", "1}", "{1}{2}", "{{1}}", "a {x} b", "{5}", "{0}", "{12}", "ш{1}щ", "{1}}", "{ 1}",
    "\u{1F600}{2}\u{1F600}", "{99999999999}",
  ])
  func malformedPlaceholdersStayAsBefore(_ template: String) {
    let value = { (index: Int) -> String? in index >= 1 && index <= 12 ? "<\(index)>" : nil }
    #expect(Catalogue.fill(template, value) == Self.reference(template, value))
  }
}
