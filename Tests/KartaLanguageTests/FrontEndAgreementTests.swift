import Testing

@testable import KartaLanguage

/// The byte-level decoder and lexer give exactly what the scalar-array versions they replaced gave
/// (`ReferenceFrontEnd.swift`): the same lines, tokens, columns and errors, on tricky input and on
/// many generated lines.
@Suite struct FrontEndAgreementTests {
  /// Pieces that lines are made of: every kind of space the lexer skips, line ends of three kinds,
  /// Latin, Cyrillic (precomposed and decomposed), digits, marks, emoji, URLs, quotes, colons.
  static let pieces: [String] = [
    " ", "  ", "\t", "\u{00A0}", "\u{FEFF}", "\n", "\r\n", "\r", "#", "|", ":", "://", "/", ",", ";", ".", "-", "_",
    "item", "owner", "due", "plan", "мероприятие", "срок", "ответственный", "ОТВЕТСТВЕННЫЙ", "Ёлка", "е\u{0308}",
    "и\u{0306}", "A1.3", "42", "٣", "Ⅻ", "x", "Я", "😀", "«", "»", "é", "\u{0301}", "http", "日本",
  ]

  /// A deterministic generator, so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static func describe(_ lexed: LexedLine) -> String { String(describing: lexed) }

  static func describe(_ result: Result<SourceFile, Diagnostic>) -> String {
    switch result {
    case .success(let file): "\(file.lines) crlf \(file.usesCRLF) bom \(file.hadByteOrderMark)"
    case .failure(let diagnostic): "\(diagnostic)"
    }
  }

  static func describe(_ result: Result<(lines: [Substring], crlf: Bool, bom: Bool), Diagnostic>) -> String {
    switch result {
    case .success(let file): "\(file.lines) crlf \(file.crlf) bom \(file.bom)"
    case .failure(let diagnostic): "\(diagnostic)"
    }
  }

  @Test(
    arguments: [
      "", " ", "\t\t", "\u{00A0}", "\u{FEFF}item 1: x", "# comment ", "#", "  #  Комментарий\t", "|", "| текст ",
      "  | forced", "item", "item:", "item 1:", "item 1: ", "item A1.3: Проведение «мониторинга»",
      "  owner: IRO, CPMKO ", "  due angarsk: до 1 марта", "  due  angarsk :x", "  source: http://example.org",
      "  source://x", "  note: a://b", "word://", "w:/", "мероприятие 3.1: Контроль", "Мероприятие\u{00A0}2:\u{00A0}x",
      "  е\u{0308}лка: x", "  и\u{0306}: y", "\u{0301}x: y", "1 item: x", "  text without colon", "x 😀: y",
      "item 😀: y", "item ٣: x", "Ⅻ: x", "a-b_c d.e-f_g: h", "  :", ":x", "item\t1\t:\tx\t", "日本: x",
      "é\u{0301}: x", "owner:\u{00A0}\u{FEFF}", "item 1: x\u{00A0}",
    ])
  func trickyLinesLexAsBefore(line: String) {
    let substring = Substring(line)
    #expect(
      Self.describe(LineLexer.lex(substring, number: 7)) == Self.describe(ReferenceLineLexer.lex(substring, number: 7)))
  }

  @Test func generatedLinesLexAsBefore() {
    var generator = Generator(state: 12)
    for _ in 0..<4000 {
      var line = ""
      for _ in 0..<Int.random(in: 0...9, using: &generator) {
        let piece = Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
        if piece != "\n" && piece != "\r" && piece != "\r\n" { line += piece }
      }
      let substring = Substring(line)
      let lexed = Self.describe(LineLexer.lex(substring, number: 3))
      let expected = Self.describe(ReferenceLineLexer.lex(substring, number: 3))
      #expect(lexed == expected, "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
      if lexed != expected { return }
    }
  }

  @Test func aLineInsideALargerTextLexesAsAlone() throws {
    // The lexer cuts tokens from the line as a Substring of the whole file: offsets are the line's.
    let file = try SourceFile.fromText("plan p: План\n  note: «Ёлка» 😀 \r\nitem 1: x\n", path: "a").get()
    for (offset, line) in file.lines.enumerated() {
      #expect(
        Self.describe(LineLexer.lex(line, number: offset + 1))
          == Self.describe(ReferenceLineLexer.lex(Substring(String(line)), number: offset + 1)))
    }
  }

  @Test(
    arguments: [
      Array("plan p: x\r\n  note: y\r\n".utf8), Array("a\rb\r\rc".utf8), Array("a\n\r\nb\n\n".utf8),
      [0xEF, 0xBB, 0xBF] + Array("plan p: План\n".utf8), [0xEF, 0xBB, 0xBF], Array("\t\tplan\tp:\tx".utf8),
      Array("plan p: Ё\n".utf8) + [0xD0], Array("plan p: x\n  note: ".utf8) + [0xC3, 0x28],
      Array("ab\r\ncd".utf8) + [0x00], Array("ab\rcd".utf8) + [0x7F], Array("ж\tж".utf8) + [0x1B, 0x41],
      Array("x: ".utf8) + [0xED, 0xA0, 0x80], Array("x: ".utf8) + [0xF4, 0x90, 0x80, 0x80],
      Array("x: ".utf8) + [0xF0, 0x90, 0x80] + Array(" y".utf8), Array("x: ".utf8) + [0xE0, 0x80, 0x80],
      Array("x: ".utf8) + [0xC0, 0xAF], Array("0123456789abcdef0123\u{7F}".utf8), Array("\r\n\r\n  x".utf8),
      Array(String(repeating: "Проведение мониторинга ", count: 9).utf8) + [0x0C],
    ] as [[UInt8]])
  func trickyFilesDecodeAsBefore(bytes: [UInt8]) {
    #expect(
      Self.describe(SourceFile.decode(path: "f.plan", bytes: bytes))
        == Self.describe(ReferenceSourceFile.decode(path: "f.plan", bytes: bytes)))
  }

  @Test func generatedFilesDecodeAsBefore() {
    var generator = Generator(state: 2026)
    // Mostly text, sometimes a stray byte: a control character, a lone continuation byte, a lead
    // byte cut short, an overlong form, a surrogate, a byte that UTF-8 never uses.
    let strays: [[UInt8]] = [
      [0x00], [0x01], [0x1F], [0x7F], [0x80], [0xBF], [0xC2], [0xE2, 0x82], [0xC1, 0x81],
      [0xED, 0xB0, 0x80], [0xFF], [0xF5, 0x80, 0x80, 0x80], [0x0B], [0x0C],
    ]
    for _ in 0..<3000 {
      var bytes: [UInt8] = Int.random(in: 0..<10, using: &generator) == 0 ? [0xEF, 0xBB, 0xBF] : []
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        if Int.random(in: 0..<60, using: &generator) == 0 {
          bytes += strays[Int.random(in: 0..<strays.count, using: &generator)]
        } else {
          bytes += Array(Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)].utf8)
        }
      }
      let decoded = Self.describe(SourceFile.decode(path: "g.plan", bytes: bytes))
      let expected = Self.describe(ReferenceSourceFile.decode(path: "g.plan", bytes: bytes))
      #expect(decoded == expected, "\(bytes)")
      if decoded != expected { return }
    }
  }

  @Test func lineEndsScanFindsEveryControlCharacter() {
    // Each control character at each place of a 20-byte run: the eight-byte skip must not jump over it.
    for control in [UInt8](0..<0x20) + [0x7F] where control != 0x09 && control != 0x0A && control != 0x0D {
      for place in 0..<20 {
        var bytes = Array("абвгдеёжзи".utf8)
        bytes[place] = control
        #expect(SourceFile.lineEnds(bytes[...]) == nil, "\(control) at \(place)")
      }
    }
    #expect(SourceFile.lineEnds(Array("абвгдеёжзи\tabc~".utf8)[...])?.ends == [0, 25])
  }
}
