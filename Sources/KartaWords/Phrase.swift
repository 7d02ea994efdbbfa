/// Words a person reads, kept as a catalogue key and its arguments until the language is known.
/// The text comes from the catalogue of that language, so a translation may put the arguments in
/// any order; code never glues a sentence together from fragments.
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
  /// One value put into the text: verbatim text, or another catalogue key translated in turn.
  public enum Argument: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// Text shown as it is: an id, a date, a name from a plan.
    case text(String)
    /// A catalogue key, shown in the same language as the phrase.
    case word(String)
    /// A nested phrase, shown in the same language.
    indirect case phrase(Phrase)
    /// Several arguments, shown joined by ", ".
    indirect case list([Argument])

    public init(stringLiteral value: String) { self = .text(value) }

    public init(stringInterpolation: DefaultStringInterpolation) {
      self = .text(String(stringInterpolation: stringInterpolation))
    }
  }

  /// The catalogue key, such as `status.unknown-item` or `report.compliance`.
  public let key: String
  /// The values for `{1}`, `{2}`, … in order.
  public let arguments: [Argument]
  /// The number that picks the plural form, when the text has forms separated by `|`.
  public let count: Int?

  /// Creates a phrase for catalogue `key` with its arguments.
  public init(_ key: String, _ arguments: Argument...) {
    self.key = key
    self.arguments = arguments
    self.count = nil
  }

  /// Creates a phrase from an argument array.
  public init(_ key: String, arguments: [Argument], count: Int? = nil) {
    self.key = key
    self.arguments = arguments
    self.count = count
  }

  /// A phrase whose text has plural forms (`one|few|many` in Russian, `one|other` in English),
  /// picked by `count`; the arguments are given in full (the count among them where it is shown).
  public static func counted(_ key: String, _ count: Int, _ arguments: Argument...) -> Phrase {
    Phrase(key, arguments: arguments, count: count)
  }

  /// The phrase in `language`; a key missing from that catalogue falls back to English, then to
  /// the key itself (a test keeps both from happening).
  public func text(in language: Language) -> String {
    let template = Catalogue.template(key, in: language) ?? Catalogue.template(key, in: .english) ?? key
    let form = count.map { Catalogue.pluralForm(of: template, count: $0, in: language) } ?? template
    return Catalogue.fill(form) { index in
      guard index >= 1, index <= arguments.count else { return nil }
      return Self.text(of: arguments[index - 1], in: language)
    }
  }

  private static func text(of argument: Argument, in language: Language) -> String {
    switch argument {
    case .text(let text): text
    case .word(let key): Catalogue.template(key, in: language) ?? Catalogue.template(key, in: .english) ?? key
    case .phrase(let phrase): phrase.text(in: language)
    case .list(let items): items.map { text(of: $0, in: language) }.joined(separator: ", ")
    }
  }

  /// The English text.
  public var description: String { text(in: .english) }
}

extension Language {
  /// The text of catalogue `key` in this language (no arguments).
  public func word(_ key: String) -> String { Phrase(key).text(in: self) }

  /// The text of catalogue `key` with `arguments`.
  public func say(_ key: String, _ arguments: Phrase.Argument...) -> String {
    Phrase(key, arguments: arguments).text(in: self)
  }

  /// The text of a counted catalogue key, its plural form picked by `count`: "3 obligations",
  /// «3 обязательства». The arguments are given in full.
  public func count(_ key: String, _ count: Int, _ arguments: Phrase.Argument...) -> String {
    Phrase(key, arguments: arguments, count: count).text(in: self)
  }
}

extension Phrase {
  /// Text that is not Karta's own words, shown as it is in every language: a note another module
  /// wrote before it used the catalogue (the deadline reader's day-off notes). Karta's own words
  /// get a catalogue key instead.
  public static func verbatim(_ text: String) -> Phrase { Phrase("verbatim", .text(text)) }

  /// Phrase `key` with `arguments`, or, when there is a `suggestion`, phrase `key.suggest` with the
  /// suggestion as its last argument: "unknown item '{1}'" or "unknown item '{1}'; did you mean '{2}'?".
  public static func suggesting(_ key: String, _ suggestion: String?, _ arguments: Argument...) -> Phrase {
    guard let suggestion else { return Phrase(key, arguments: arguments) }
    return Phrase(key + ".suggest", arguments: arguments + [.text(suggestion)])
  }
}
