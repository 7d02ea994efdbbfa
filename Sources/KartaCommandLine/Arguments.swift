import KartaLanguage
import KartaSchedule

/// The name of an option, without its dashes: every option of every command, spelled once, so a
/// command cannot ask for an option under a name it does not declare.
enum OptionName: String, CaseIterable, Sendable {
  case all, anchor, approved, calendar, check, days, debounce, diff, format, from, horizon, ics, id, lang, output
  case party, period, stdio, subject, timezone, todo, write
  case asOf = "as-of"
  case daysOff = "days-off"
  case failOn = "fail-on"
  case keepDaysOff = "keep-days-off"
  case maxWarnings = "max-warnings"
}

/// An option a command accepts: `--format json`, or a flag such as `--check`.
struct OptionSpec {
  /// The name without dashes.
  var name: OptionName
  /// Whether it takes a value.
  var takesValue: Bool
  /// The values it allows, if it allows only some.
  var allowed: [String]? = nil
  /// How its value is read; dates are checked while the arguments are parsed, the same way for
  /// every command.
  var reading: ValueReading = .text

  /// How an option's value is read.
  enum ValueReading {
    /// As it is written.
    case text
    /// A date, `yyyy-mm-dd` or `dd.mm.yyyy`, in the years Karta reads (`--as-of`, `--from`).
    case date
    /// A date or a range `D..D` of them (`--anchor`).
    case dateRange
  }
}

/// A mistake in how a command was called, in catalogue words.
struct UsageError: Error {
  var phrase: Phrase
}

/// A command's arguments: option values and flags by name, and the positional arguments in order.
struct ParsedArguments {
  /// The values of the options that take one.
  private(set) var values: [OptionName: String] = [:]
  /// The flags given (options that take no value).
  private(set) var flags: Set<OptionName> = []
  /// The dates of date options, a single date as a one-day range.
  private(set) var dates: [OptionName: ClosedRange<CivilDate>] = [:]
  /// The positional arguments.
  private(set) var positional: [String] = []

  init(_ arguments: [String], spec: [OptionSpec]) throws(UsageError) {
    var index = 0
    var onlyPositional = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "-o", spec.contains(where: { $0.name == .output }) {
        guard index < arguments.count else { throw UsageError(phrase: Phrase("cli.option-needs-file", "-o")) }
        values[.output] = arguments[index]
        index += 1
        continue
      }
      if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
        positional.append(argument)
        continue
      }
      if !argument.hasPrefix("--") {
        // A single-dash word (`-q`, `-asof`) is a mistyped option, never a file name.
        throw UsageError(phrase: Self.unknown(argument, spec: spec))
      }
      if argument == "--" {
        onlyPositional = true
        continue
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = spec.first(where: { $0.name.rawValue == name }) else {
        throw UsageError(phrase: Self.unknown("--" + name, spec: spec))
      }
      if option.takesValue {
        guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
          throw UsageError(phrase: Phrase("cli.option-needs-value", "--\(name)"))
        }
        if inlineValue == nil { index += 1 }
        if let allowed = option.allowed, !allowed.contains(value) {
          throw UsageError(
            phrase: Phrase("cli.option-value", "\(value)", "--\(name)", "\(allowed.joined(separator: ", "))"))
        }
        values[option.name] = value
        if option.reading != .text {
          dates[option.name] = try Self.dates(value, option: "--\(name)", range: option.reading == .dateRange)
        }
      } else {
        guard inlineValue == nil else { throw UsageError(phrase: Phrase("cli.option-takes-no-value", "--\(name)")) }
        flags.insert(option.name)
      }
    }
  }

  /// The date or range `D..D` that `text` gives, within `PlanPeriod.supportedYears`.
  static func dates(_ text: String, option: String, range: Bool) throws(UsageError) -> ClosedRange<CivilDate> {
    let parts = range ? text.components(separatedBy: "..") : [text]
    let ends = parts.map { CivilDate(parsing: $0) }
    guard parts.count <= 2, let first = ends.first ?? nil, let last = ends.last ?? nil, first <= last else {
      throw UsageError(phrase: Phrase(range ? "cli.not-a-date-range" : "cli.not-a-date", "\(option)", "\(text)"))
    }
    let years = PlanPeriod.supportedYears
    guard years.contains(first.year), years.contains(last.year) else {
      throw UsageError(
        phrase: Phrase(
          "cli.date-outside-years", "\(option)", "\(text)", "\(years.lowerBound)", "\(years.upperBound)"))
    }
    return first...last
  }

  /// "unknown option '--asof'; did you mean '--as-of'?" for a word no option of `spec` spells.
  static func unknown(_ word: String, spec: [OptionSpec]) -> Phrase {
    let typed = String(word.drop { $0 == "-" })
    let names = spec.map(\.name.rawValue)
    if let closest = Suggestions.closest(to: typed, among: names)
      ?? names.first(where: {
        $0.replacingOccurrences(of: "-", with: "") == typed.replacingOccurrences(of: "-", with: "")
      })
    {
      return Phrase("cli.unknown-option-suggest", "\(word)", "--\(closest)")
    }
    return Phrase("cli.unknown-option", "\(word)")
  }

  /// The value of option `name`, or `nil` when it was not given.
  subscript(_ name: OptionName) -> String? { values[name] }

  /// The value of option `name`, or `fallback`.
  func value(_ name: OptionName, default fallback: String) -> String { values[name] ?? fallback }

  /// The date given to date option `name`, or `nil` when it was not given.
  func date(_ name: OptionName) -> CivilDate? { dates[name]?.lowerBound }

  /// The dates given to range option `name`, or `nil` when it was not given.
  func dateRange(_ name: OptionName) -> ClosedRange<CivilDate>? { dates[name] }

  /// Whether flag `name` was given.
  func flag(_ name: OptionName) -> Bool { flags.contains(name) }
}
