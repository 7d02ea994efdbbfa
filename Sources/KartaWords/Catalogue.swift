/// The words of every language, keyed alike: diagnostic ids (`status.unknown-item`), diagnostic
/// ids with a variant (`status.missing-field.plan`), and stable report-label keys
/// (`report.compliance`, `state.overdue`). One catalogue a language, in files by concern
/// (`Catalogue+RussianReports.swift`, `…Diagnostics`, `…CommandLine`); a test fails when a key has
/// no text in one of the languages or their placeholders differ.
public enum Catalogue {
  /// The catalogue of `language`.
  public static func entries(_ language: Language) -> [String: String] {
    switch language {
    case .english: english
    case .russian: russian
    }
  }

  /// The raw text of `key` in `language`, placeholders unfilled.
  public static func template(_ key: String, in language: Language) -> String? {
    switch language {
    case .english: english[key]
    case .russian: russian[key]
    }
  }

  /// The plural form of `template` (forms separated by `|`) for `count`: Russian has three
  /// (1, 21 «день»; 2–4, 22–24 «дня»; 0, 5–20, 25–30 «дней»), English two.
  static func pluralForm(of template: String, count: Int, in language: Language) -> String {
    let forms = template.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    guard forms.count > 1 else { return template }
    let n = abs(count)
    let index: Int
    switch language {
    case .english:
      index = n == 1 ? 0 : 1
    case .russian:
      if n % 10 == 1 && n % 100 != 11 {
        index = 0
      } else if (2...4).contains(n % 10) && !(12...14).contains(n % 100) {
        index = 1
      } else {
        index = 2
      }
    }
    return forms[min(index, forms.count - 1)]
  }

  /// `template` with `{1}`, `{2}`, … replaced by `value(n)`; a placeholder without a value stays.
  static func fill(_ template: String, _ value: (Int) -> String?) -> String {
    // Looked for in the UTF-8 bytes (every character sought is ASCII): reports and exports fill
    // millions of templates, most of them Cyrillic.
    let bytes = template.utf8
    guard bytes.contains(0x7B) else { return template }
    var out = ""
    var copied = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      guard bytes[index] == 0x7B else {
        index = bytes.index(after: index)
        continue
      }
      // `{N}` with a number of one to nine digits that names an argument; anything else stays.
      var cursor = bytes.index(after: index)
      var number = 0
      var digits = 0
      while cursor < bytes.endIndex, digits < 9, (0x30...0x39).contains(bytes[cursor]) {
        number = number * 10 + Int(bytes[cursor] - 0x30)
        digits += 1
        cursor = bytes.index(after: cursor)
      }
      if digits > 0, cursor < bytes.endIndex, bytes[cursor] == 0x7D, let text = value(number) {
        out += template[copied..<index]
        out += text
        index = bytes.index(after: cursor)
        copied = index
      } else {
        index = bytes.index(after: index)
      }
    }
    return out + template[copied...]
  }

  /// The placeholder numbers a template uses, for the catalogue test.
  public static func placeholders(_ template: String) -> Set<Int> {
    var found = Set<Int>()
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
      if let number = Int(rest[afterOpen..<close]) { found.insert(number) }
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  /// How many plural forms a template has (1 when it has none).
  public static func formCount(_ template: String) -> Int {
    template.split(separator: "|", omittingEmptySubsequences: false).count
  }
}
