import Foundation

/// An indicator's target, as an item states it: `target organizers: не менее 25 человек`.
public struct Target: Sendable, Hashable {
  /// How a reported value is compared with the target.
  public enum Comparison: String, Sendable, Hashable, Codable {
    case atLeast = ">="
    case atMost = "<="
    case greaterThan = ">"
    case lessThan = "<"
    case equal = "="

    /// Whether `value` meets a target of `target` under this comparison.
    public func isMet(by value: Double, target: Double) -> Bool {
      switch self {
      case .atLeast: value >= target
      case .atMost: value <= target
      case .greaterThan: value > target
      case .lessThan: value < target
      case .equal: value == target
      }
    }
  }

  /// The indicator's identifier.
  public var indicator: String
  /// The comparison.
  public var comparison: Comparison
  /// The target value.
  public var value: Double
  /// The unit as written (`человек`, `%`), if any.
  public var unit: String?
  /// The target as written.
  public var text: String

  /// The spellings of the comparisons, longest first where one begins another; built once.
  private static let spellings: [(String, Comparison)] = [
    (">=", .atLeast), ("≥", .atLeast), ("не менее", .atLeast), ("at least", .atLeast),
    ("<=", .atMost), ("≤", .atMost), ("не более", .atMost), ("at most", .atMost),
    (">", .greaterThan), ("более", .greaterThan), ("<", .lessThan), ("менее", .lessThan),
    ("=", .equal),
  ]

  /// The length of the longest spelling, in characters.
  private static let longestSpelling = spellings.map(\.0.count).max() ?? 0

  /// `text` without the white space (`CharacterSet.whitespaces`: tab and the space separators) at
  /// either end, scalar by scalar as Foundation trims, without Foundation's bridging for each call.
  private static func trimmingWhitespace(_ text: Substring) -> String {
    func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isWhitespace(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isWhitespace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
  }

  /// Reads a target such as `>= 25 человек`, `≥ 40 %` or `не менее 25 человек`.
  public init?(indicator: String, parsing text: String) {
    let trimmed = Target.trimmingWhitespace(text[...])
    // Only the start is compared: the longest spelling is eight characters.
    let lowered = trimmed.prefix(Target.longestSpelling).lowercased()
    // Compared scalar by scalar first: a spelling's letters have no other canonically equivalent
    // form, so only a spelling whose scalars match can match as characters.
    guard
      let (spelling, comparison) = Target.spellings.first(where: {
        lowered.unicodeScalars.starts(with: $0.0.unicodeScalars) && lowered.hasPrefix($0.0)
      })
    else {
      return nil
    }
    let rest = Target.trimmingWhitespace(trimmed.dropFirst(spelling.count))
    let numberText = rest.prefix { $0.isNumber || $0 == "," || $0 == "." }
    guard !numberText.isEmpty,
      let value = numberText.contains(where: { $0 == "," })
        ? Double(numberText.replacingOccurrences(of: ",", with: ".")) : Double(numberText),
      value.isFinite
    else { return nil }
    let unit = Target.trimmingWhitespace(rest.dropFirst(numberText.count))
    self.indicator = indicator
    self.comparison = comparison
    self.value = value
    self.unit = unit.isEmpty ? nil : unit
    self.text = trimmed
  }
}
