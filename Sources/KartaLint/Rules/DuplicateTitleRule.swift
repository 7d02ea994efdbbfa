import Foundation
import KartaLanguage
import KartaPlan

/// An item whose text repeats an earlier item's, letter case, quotes and spacing aside: a row the
/// document lists twice, or a copy-paste slip.
struct DuplicateTitleRule: LintRule {
  let description = RuleDescription(
    id: .duplicateTitle,
    severity: .warning,
    summary: "An item whose text repeats an earlier item's.",
    triggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party IRO: Институт развития образования
        item 1: Проведение «академических десантов» по вопросам формирования оценки функциональной грамотности
          owner: IRO
          due: в течение года
        item ↓2: Проведение «Академических десантов» по вопросам формирования  оценки функциональной грамотности
          owner: IRO
          due: в течение года
        """)
    ],
    nonTriggering: [
      LintExample(
        """
        plan p: План
          period: 2024
        party IRO: Институт развития образования
        item 1: Проведение семинара с муниципальными координаторами по итогам промежуточного мониторинга
          owner: IRO
          due: июнь
        item 2: Проведение семинара с муниципальными координаторами по итогам реализации плана
          owner: IRO
          due: декабрь
        """)
    ])

  func check(_ context: LintContext) -> [Diagnostic] {
    let items = context.loaded.plan.items
    var first: [TitleKey: Int] = [:]
    first.reserveCapacity(items.count)
    var findings: [Diagnostic] = []
    for index in items.indices {
      let key = Self.key(items[index].title)
      guard !key.bytes.isEmpty else { continue }
      if let earlierIndex = first[key] {
        let item = items[index]
        let earlier = items[earlierIndex]
        let place = earlier.location.range.map { "\(earlier.location.file):\($0.start.line):\($0.start.column)" }
        findings.append(
          Diagnostic(
            .duplicateTitle, .warning, at: item.location,
            Phrase("plan.duplicate-title", "\(item.id)", "\(earlier.id)"),
            notes: [
              Phrase("plan.duplicate-title.first", "\(place ?? earlier.location.file)"),
              Phrase("plan.duplicate-title.note"),
            ]))
      } else {
        first[key] = index
      }
    }
    return findings
  }

  /// The title with letter case, 'ё', quotation marks and runs of white space evened out.
  static func comparable(_ title: String) -> String {
    let quotes: Set<Character> = ["«", "»", "\"", "“", "”", "„", "'"]
    let folded = Keyword.normalized(title).filter { !quotes.contains($0) }
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `comparable(title)` as the UTF-8 of its canonical (NFC) form, so that keys hash as bytes and
  /// equal keys are exactly titles that compare equal as Strings. Titles of ASCII, basic Cyrillic
  /// and common punctuation are folded byte by byte in one pass; others take `comparable`.
  static func key(_ title: String) -> TitleKey {
    var title = title
    // The scalars are decoded from the UTF-8 directly: the String's scalar iterator was most of the cost.
    // Folding never lengthens the UTF-8 (a letter keeps its length, a run of spaces becomes one),
    // so the key is written straight into an array of the title's length.
    let folded = title.withUTF8 { utf8 -> [UInt8]? in
      var foldable = true
      let bytes = [UInt8](unsafeUninitializedCapacity: utf8.count) { key, written in
        if let count = fold(utf8, into: key) {
          written = count
        } else {
          foldable = false
          written = 0
        }
      }
      return foldable ? bytes : nil
    }
    if let folded { return TitleKey(bytes: folded) }
    return TitleKey(bytes: Array(comparable(title).precomposedStringWithCanonicalMapping.utf8))
  }

  /// Folds `utf8` into `key` (at least as long), as `key` describes; the count of bytes written, or
  /// `nil` for a title with a letter this fast path does not fold.
  private static func fold(_ utf8: UnsafeBufferPointer<UInt8>, into key: UnsafeMutableBufferPointer<UInt8>) -> Int? {
    var written = 0
    var pendingSpace = false
    var index = 0
    while index < utf8.count {
      let lead = UInt32(utf8[index])
      if lead < 0x80 {
        // ASCII, as `Keyword.folded` and the cases below take it, without decoding a scalar.
        index += 1
        if lead == 0x22 || lead == 0x27 { continue }
        if (0x09...0x0D).contains(lead) || lead == 0x20 {
          pendingSpace = written > 0
          continue
        }
        if pendingSpace {
          key[written] = 0x20
          written += 1
          pendingSpace = false
        }
        key[written] = UInt8((0x41...0x5A).contains(lead) ? lead + 0x20 : lead)
        written += 1
        continue
      }
      if lead == 0xD0 || lead == 0xD1, index + 1 < utf8.count {
        // Basic Cyrillic (U+0400–U+045F), as `Keyword.folded` folds it, straight from its two bytes.
        let value = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
        if value <= 0x45F {
          index += 2
          let folded: UInt32 =
            value == 0x401 || value == 0x451
            ? 0x435 : value < 0x410 ? value + 0x50 : value < 0x430 ? value + 0x20 : value
          if pendingSpace {
            key[written] = 0x20
            written += 1
            pendingSpace = false
          }
          key[written] = UInt8(0xC0 | (folded >> 6))
          key[written + 1] = UInt8(0x80 | (folded & 0x3F))
          written += 2
          continue
        }
      }
      let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      var value = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07
      for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
      let start = index
      index += length
      guard let scalar = Unicode.Scalar(value) else { return nil }
      if let folded = Keyword.folded(scalar) {
        if folded == 0x22 || folded == 0x27 { continue }
        if (0x09...0x0D).contains(folded) || folded == 0x20 {
          pendingSpace = written > 0
          continue
        }
        if pendingSpace {
          key[written] = 0x20
          written += 1
          pendingSpace = false
        }
        if folded < 0x80 {
          key[written] = UInt8(folded)
          written += 1
        } else {
          key[written] = UInt8(0xC0 | (folded >> 6))
          key[written + 1] = UInt8(0x80 | (folded & 0x3F))
          written += 2
        }
        continue
      }
      switch value {
      case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E:
        continue
      case 0xA0:
        pendingSpace = written > 0
        continue
      case 0xA7, 0xB0, 0x2013, 0x2014, 0x2026, 0x2116:
        if pendingSpace {
          key[written] = 0x20
          written += 1
          pendingSpace = false
        }
        for offset in start..<index {
          key[written] = utf8[offset]
          written += 1
        }
      default:
        return nil
      }
    }
    return written
  }
}

/// A duplicate-title key: UTF-8 bytes, hashed as bytes.
struct TitleKey: Hashable {
  var bytes: [UInt8]

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}

extension DiagnosticID {
  /// An item whose text repeats an earlier item's.
  public static let duplicateTitle: DiagnosticID = "lint.duplicate-title"
}
