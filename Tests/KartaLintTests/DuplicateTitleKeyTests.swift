import Testing

@testable import KartaLint

/// The duplicate-title rule's byte key must make equal exactly the titles that `comparable` makes
/// equal: the fast path decodes UTF-8 itself, the slow path goes through Strings and NFC.
@Suite struct DuplicateTitleKeyTests {
  static let titles = [
    "Проведение «академических десантов» по вопросам  формирования",
    "ПРОВЕДЕНИЕ \"Академических ДЕСАНТОВ\"\tпо вопросам формирования",
    "  Ёлка и ель — мероприятия № 5 … § 3, 40 °C\u{A0}итог  ",
    "“Quoted” „low“ 'single' Latin and ASCII 123",
    "Диакритика: е\u{301} и é, ﬁ лигатура, 😀 эмодзи",
    "Ȧ combining A\u{307} and İstanbul",
    "",
    "   ",
    // ASCII white space of every kind, upper case and the ASCII quotes around Cyrillic.
    // Every basic Cyrillic letter and the first ones past it (U+0460), which take the slow way.
    String(String.UnicodeScalarView((0x400...0x463).compactMap(Unicode.Scalar.init))),
    "Line\nBREAK\r\nand\u{0B}VT\u{0C}FF @[Z]`{a}~ \"ЖЁЛТЫЙ\" 'X' ",
  ]

  @Test(arguments: titles)
  func keyIsTheComparableTitleAsNFCBytes(_ title: String) {
    let expected = Array(DuplicateTitleRule.comparable(title).precomposedStringWithCanonicalMapping.utf8)
    #expect(DuplicateTitleRule.key(title).bytes == expected)
  }
}
