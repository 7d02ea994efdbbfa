/// The language a keyword is spelled in. A plan may use either; the formatter keeps or converts it.
public enum KeywordLanguage: String, Sendable, Hashable, Codable {
  case english = "en"
  case russian = "ru"
}

/// Every keyword of the plan language, named by its English spelling.
public enum Keyword: String, CaseIterable, Sendable, Hashable {
  // Declarations: they start a block.
  case plan, include, subjects, party, section, item, report, event, amendment, calendar
  // Properties.
  case issuer, document, approved, period, timezone, basis, control, note
  case daysOff = "days-off"
  case until
  case member, each, number, parent, goal, task
  case owner, due, `for`, on, target, evidence, after
  case from, to, dates, source, dated, changes
  case year, transfer, off, work, reading

  /// The keyword as written in an English plan.
  public var english: String { rawValue }

  /// The keyword as written in a Russian plan.
  public var russian: String {
    switch self {
    case .plan: "план"
    case .include: "включить"
    case .subjects: "перечень"
    case .party: "исполнитель"
    case .section: "раздел"
    case .item: "мероприятие"
    case .report: "отчет"
    case .event: "событие"
    case .amendment: "изменение"
    case .calendar: "календарь"
    case .issuer: "орган"
    case .document: "документ"
    case .approved: "утвержден"
    case .period: "период"
    case .timezone: "пояс"
    case .basis: "основание"
    case .control: "контроль"
    case .note: "примечание"
    case .daysOff: "выходные"
    case .until: "включительно"
    case .member: "элемент"
    case .each: "каждый"
    case .number: "номер"
    case .parent: "родитель"
    case .goal: "цель"
    case .task: "задача"
    case .owner: "ответственный"
    case .due: "срок"
    case .for: "для"
    case .on: "привязка"
    case .target: "показатель"
    case .evidence: "подтверждение"
    case .after: "после"
    case .from: "от"
    case .to: "кому"
    case .dates: "даты"
    case .source: "источник"
    case .dated: "дата"
    case .changes: "изменяет"
    case .year: "год"
    case .transfer: "перенос"
    case .off: "нерабочий"
    case .work: "рабочий"
    case .reading: "прочтение"
    }
  }

  /// The keyword spelled in `language`.
  public func spelling(in language: KeywordLanguage) -> String {
    language == .english ? english : russian
  }

  /// Whether the keyword starts a block rather than belonging to one.
  public var isDeclaration: Bool { Keyword.declarations.contains(self) }

  /// The keywords that start a block, in the order the reference lists them.
  public static let declarations: [Keyword] = [
    .plan, .include, .subjects, .party, .section, .item, .report, .event, .amendment, .calendar,
  ]

  /// Whether a declaration with this keyword names itself with an identifier (`item A1.3: …`).
  public var declarationTakesIdentifier: Bool { self != .include }

  /// Looks a written word up in both languages, ignoring case and treating 'ё' as 'е'.
  public static func lookUp(_ word: some StringProtocol) -> (Keyword, KeywordLanguage)? {
    // Latin and Cyrillic words are folded into bytes and found by them, without building and
    // hashing a String (hashing Cyrillic text normalises it first); other words take `normalized`.
    // The bytes are packed into four words: no spelling is longer than 32 bytes.
    var folded = FoldedSpelling()
    for scalar in word.unicodeScalars {
      guard let value = Keyword.folded(scalar) else { return spellings[normalized(word)] }
      folded.append(value)
    }
    guard folded.count <= FoldedSpelling.capacity else { return nil }
    return spellingsByBytes[folded]
  }

  /// The UTF-8 of a folded spelling of up to 32 bytes, packed into four words (a longer one keeps
  /// counting, so that it matches nothing).
  private struct FoldedSpelling: Hashable {
    static let capacity = 32
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0

    init() {}

    init?(_ spelling: String) {
      for scalar in spelling.unicodeScalars {
        guard let value = Keyword.folded(scalar) else { return nil }
        append(value)
      }
      guard count <= Self.capacity else { return nil }
    }

    /// Appends the UTF-8 of a scalar below U+0800 (all `folded` returns).
    mutating func append(_ value: UInt32) {
      if value < 0x80 {
        append(byte: UInt8(value))
      } else {
        append(byte: UInt8(0xC0 | (value >> 6)))
        append(byte: UInt8(0x80 | (value & 0x3F)))
      }
    }

    private mutating func append(byte: UInt8) {
      let shift = UInt64(count % 8 * 8)
      switch count / 8 {
      case 0: words.0 |= UInt64(byte) << shift
      case 1: words.1 |= UInt64(byte) << shift
      case 2: words.2 |= UInt64(byte) << shift
      case 3: words.3 |= UInt64(byte) << shift
      default: break
      }
      count += 1
    }

    static func == (lhs: FoldedSpelling, rhs: FoldedSpelling) -> Bool {
      lhs.count == rhs.count && lhs.words == rhs.words
    }

    func hash(into hasher: inout Hasher) {
      // One word into the hasher: most spellings fit in the first; the rest are mixed in.
      hasher.combine(
        words.0 ^ (words.1 &* 0x9E37_79B9_7F4A_7C15) ^ (words.2 &* 0xC2B2_AE3D_27D4_EB4F) ^ words.3 &+ UInt64(count))
    }
  }

  private static let spellingsByBytes: [FoldedSpelling: (Keyword, KeywordLanguage)] = {
    var table: [FoldedSpelling: (Keyword, KeywordLanguage)] = [:]
    for (spelling, meaning) in spellings {
      guard let folded = FoldedSpelling(spelling) else { continue }
      table[folded] = meaning
    }
    return table
  }()

  /// The form keywords are compared in: lowercase, with 'ё' folded to 'е'.
  public static func normalized(_ word: some StringProtocol) -> String {
    if let fast = fastNormalized(word.unicodeScalars) { return fast }
    return String(word.lowercased().map { $0 == "ё" ? "е" : $0 })
  }

  /// `normalized` scalar by scalar, for text of ASCII and basic Cyrillic only (where each scalar
  /// is a Character of its own and lower-casing maps it to one scalar); `nil` for other text.
  static func fastNormalized(_ scalars: some Sequence<Unicode.Scalar>) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount * 2)
    for scalar in scalars {
      guard let folded = folded(scalar) else { return nil }
      appendUTF8(folded, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The lower-case scalar of an ASCII or basic Cyrillic scalar, with 'ё' as 'е' (as `normalized`
  /// maps it); `nil` for others.
  @inlinable @inline(__always)
  public static func folded(_ scalar: Unicode.Scalar) -> UInt32? {
    let value = scalar.value
    switch value {
    case 0x41...0x5A: return value + 0x20
    case ..<0x80: return value
    case 0x401, 0x451: return 0x435
    case 0x400...0x40F: return value + 0x50
    case 0x410...0x42F: return value + 0x20
    case 0x430...0x45F: return value
    default: return nil
    }
  }

  /// Appends the UTF-8 bytes of a scalar below U+0800 (all `folded` returns).
  @inlinable @inline(__always)
  public static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else {
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  private static let spellings: [String: (Keyword, KeywordLanguage)] = {
    var table: [String: (Keyword, KeywordLanguage)] = [:]
    for keyword in Keyword.allCases {
      table[keyword.english] = (keyword, .english)
      table[keyword.russian] = (keyword, .russian)
    }
    return table
  }()
}

/// Whether a property takes an identifier between its keyword and the colon.
public enum ArgumentRule: Sendable, Hashable {
  /// `owner: …`
  case none
  /// `member angarsk: …`
  case required
  /// `due: …` or `due angarsk: …`
  case optional
}

/// What a block allows for one of its properties.
public struct PropertyRule: Sendable, Hashable {
  /// The property's keyword.
  public let keyword: Keyword
  /// Whether it may be given more than once (with an argument, once per distinct argument).
  public let repeatable: Bool
  /// Whether it takes an argument.
  public let argument: ArgumentRule

  init(_ keyword: Keyword, repeatable: Bool = false, argument: ArgumentRule = .none) {
    self.keyword = keyword
    self.repeatable = repeatable
    self.argument = argument
  }
}

extension Keyword {
  /// The properties a block started by this declaration keyword may hold.
  public var propertyRules: [PropertyRule] {
    switch self {
    case .plan:
      [
        .init(.issuer), .init(.document), .init(.approved), .init(.period), .init(.timezone),
        .init(.basis, repeatable: true), .init(.control), .init(.daysOff), .init(.until),
        .init(.note, repeatable: true),
      ]
    case .subjects:
      [.init(.member, repeatable: true, argument: .required), .init(.note, repeatable: true)]
    case .party:
      [.init(.each), .init(.note, repeatable: true)]
    case .section:
      [
        .init(.number), .init(.parent), .init(.goal, repeatable: true), .init(.task, repeatable: true),
        .init(.note, repeatable: true),
      ]
    case .item:
      [
        .init(.number), .init(.owner, repeatable: true), .init(.due, repeatable: true, argument: .optional),
        .init(.for), .init(.on), .init(.target, repeatable: true, argument: .required),
        .init(.evidence, repeatable: true), .init(.after), .init(.reading), .init(.note, repeatable: true),
      ]
    case .report:
      [.init(.from), .init(.to), .init(.due, repeatable: true), .init(.note, repeatable: true)]
    case .event:
      [.init(.dates, repeatable: true), .init(.source, repeatable: true), .init(.note, repeatable: true)]
    case .amendment:
      [
        .init(.document), .init(.dated), .init(.changes), .init(.due), .init(.reading), .init(.owner, repeatable: true),
        .init(.note, repeatable: true),
      ]
    case .calendar:
      [
        .init(.basis), .init(.year), .init(.transfer, repeatable: true), .init(.off, repeatable: true),
        .init(.work, repeatable: true), .init(.note, repeatable: true),
      ]
    default:
      []
    }
  }

  /// The rule for `property` inside this block, if the block has that property.
  public func rule(for property: Keyword) -> PropertyRule? {
    Self.rulesByBlock[self]?[property]
  }

  /// The rules of a block started by `block`, by property keyword.
  static func rules(of block: Keyword) -> [Keyword: PropertyRule] {
    rulesByBlock[block] ?? [:]
  }

  /// `propertyRules` of every block as a table, built once (the parser asks for every property line).
  private static let rulesByBlock: [Keyword: [Keyword: PropertyRule]] = {
    var table: [Keyword: [Keyword: PropertyRule]] = [:]
    for block in Keyword.allCases {
      for rule in block.propertyRules where table[block]?[rule.keyword] == nil {
        table[block, default: [:]][rule.keyword] = rule
      }
    }
    return table
  }()
}
