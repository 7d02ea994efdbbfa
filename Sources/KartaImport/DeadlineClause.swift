import Foundation

/// Splits a numbered resolution («5.4. Организовать подготовку … – в срок до 10.05.2024 года.»)
/// into its text and the deadline clause at its end, kept verbatim without the separator before it
/// («, срок –», «–») and without the sentence's final period (a year's «г.» stays).
enum DeadlineClause {
  /// The words a deadline clause after a dash starts with.
  static let openers = [
    "в течение", "в срок", "до ", "не позднее", "по плану", "по графику", "по мере", "постоянно", "ежегодно",
    "ежеквартально", "ежемесячно", "еженедельно", "в соответствии с графиком", "январ", "феврал", "март", "апрел",
    "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
  ]

  /// The resolution's text and its deadline, or `nil` for the deadline when it names none.
  static func split(_ resolution: String) -> (text: String, due: String?) {
    let text = resolution.withoutMarkup.trimmed
    if let labelled = labelled(text) { return labelled }
    if let dashed = dashed(text) { return dashed }
    return (text, nil)
  }

  /// «…, срок – постоянно.», «Срок –ежегодно.», «… – в срок до 01.03.2004 года», «… в срок до 01.02.2024г.»
  private static func labelled(_ text: String) -> (text: String, due: String?)? {
    let pattern = #"(?:^|[\s,;.–—-])((?:в\s+)?[Сс]рок)(?![а-яё])\s*[–—-]?\s*"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    guard let match = regex.matches(in: text, range: range).last,
      let label = Range(match.range(at: 1), in: text), let whole = Range(match.range, in: text)
    else { return nil }
    let keepsLabel = text[label].lowercased().hasPrefix("в")
    let due = finish(String(text[(keepsLabel ? label.lowerBound : whole.upperBound)...]))
    guard !due.isEmpty, due.count <= 160 else { return nil }
    if keepsLabel, due.lowercased().collapsedSpaces == "в срок" { return nil }
    return (trimSeparator(String(text[..<(keepsLabel ? label.lowerBound : whole.lowerBound)])), due)
  }

  /// «… – в течение 2023-2024 учебного года.», «…, - по плану Рособрнадзора»: the first spaced dash
  /// whose tail reads as a deadline.
  private static func dashed(_ text: String) -> (text: String, due: String?)? {
    guard let regex = try? NSRegularExpression(pattern: #"(?:\s[–—-]|,\s*[–—-])\s*"#) else { return nil }
    for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
      guard let whole = Range(match.range, in: text) else { continue }
      let tail = String(text[whole.upperBound...])
      let lower = tail.lowercased()
      guard openers.contains(where: { lower.hasPrefix($0) }), tail.count <= 160 else { continue }
      return (trimSeparator(String(text[..<whole.lowerBound])), finish(tail))
    }
    return nil
  }

  /// A clause without surrounding spaces and its final period, unless the period ends «г.».
  static func finish(_ clause: String) -> String {
    var due = clause.collapsedSpaces
    while due.hasSuffix(".") || due.hasSuffix(";") || due.hasSuffix(",") {
      if due.hasSuffix("г."), !due.hasSuffix(" г..") { break }
      due.removeLast()
      due = due.trimmed
    }
    return due
  }

  /// The text before a clause without the comma, dash or spaces that led into it.
  static func trimSeparator(_ text: String) -> String {
    text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.init(charactersIn: ",;–—-")))
  }
}
