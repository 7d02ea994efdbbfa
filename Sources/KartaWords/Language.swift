/// The language Karta speaks to people: report labels, messages, diagnostics. Machine contracts
/// (JSON keys, SARIF rule ids, state names in `--fail-on`) stay English whatever it is.
public enum Language: String, Sendable, Hashable, CaseIterable {
  /// English, the default where nothing asks for Russian.
  case english = "en"
  /// Russian, for the officials Karta serves.
  case russian = "ru"

  /// The language a `--lang` value names: `ru`, `en`, or a locale name such as `ru_RU.UTF-8`;
  /// `nil` for anything else.
  public init?(naming text: String) {
    let lowered = text.lowercased()
    if lowered.hasPrefix("ru") {
      self = .russian
    } else if lowered.hasPrefix("en") || lowered == "c" || lowered == "posix" {
      self = .english
    } else {
      return nil
    }
  }

  /// The language the environment asks for: `KARTA_LANG`, then the locale (`LC_ALL`,
  /// `LC_MESSAGES`, `LANG`, the first that is set; Russian when it starts with `ru`), else English.
  public static func preferred(by environment: [String: String]) -> Language {
    if let chosen = environment["KARTA_LANG"], !chosen.isEmpty, let language = Language(naming: chosen) {
      return language
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("ru") ? .russian : .english
    }
    return .english
  }
}
