/// An option a command accepts: `--format json`, or a flag such as `--check`.
struct OptionSpec {
  /// The name without dashes.
  var name: String
  /// Whether it takes a value.
  var takesValue: Bool
  /// The values it allows, if it allows only some.
  var allowed: [String]? = nil
}

/// A mistake in how a command was called.
struct UsageError: Error {
  var message: String
}

/// A command's arguments: options by name and the positional arguments in order.
struct ParsedArguments {
  /// Option values by name; flags map to "true".
  private(set) var options: [String: String] = [:]
  /// The positional arguments.
  private(set) var positional: [String] = []

  init(_ arguments: [String], spec: [OptionSpec]) throws(UsageError) {
    var index = 0
    var onlyPositional = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "-o", spec.contains(where: { $0.name == "output" }) {
        guard index < arguments.count else { throw UsageError(message: "option '-o' needs a file") }
        options["output"] = arguments[index]
        index += 1
        continue
      }
      if onlyPositional || !argument.hasPrefix("--") || argument == "-" {
        positional.append(argument)
        continue
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
      guard let option = spec.first(where: { $0.name == name }) else {
        throw UsageError(message: "unknown option '--\(name)'")
      }
      if option.takesValue {
        guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
          throw UsageError(message: "option '--\(name)' needs a value")
        }
        if inlineValue == nil { index += 1 }
        if let allowed = option.allowed, !allowed.contains(value) {
          throw UsageError(
            message: "'\(value)' is not a value of '--\(name)'; use one of: \(allowed.joined(separator: ", "))")
        }
        options[name] = value
      } else {
        guard inlineValue == nil else { throw UsageError(message: "option '--\(name)' takes no value") }
        options[name] = "true"
      }
    }
  }

  /// The value of option `name`, or `fallback`.
  func value(_ name: String, default fallback: String) -> String { options[name] ?? fallback }

  /// Whether flag `name` was given.
  func flag(_ name: String) -> Bool { options[name] != nil }
}
