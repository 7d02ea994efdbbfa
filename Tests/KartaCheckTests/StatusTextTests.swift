import KartaLanguage
import KartaTestSupport
import Testing

@testable import KartaCheck

/// Records are placed in one pass over a file's bytes (eight at a time where they are ASCII); the
/// places are those `LineTable` gives, which diagnostics use.
@Suite struct StatusTextTests {
  @Test(arguments: 0..<40)
  func placesAgreeWithTheLineTable(_ seed: Int) {
    var random = SeededRandom(seed: seed)
    func next(_ bound: Int) -> Int { random.next(bound) }
    // Short and long runs of ASCII, Cyrillic, line feeds, CR LF and lone CRs, a byte-order mark.
    let pieces = ["a", "{\"item\": \"1\"}", "        ", "\n", "\n\n", "\r\n", "\r", "школа", "x\ny\nz", "0123456789abcdef"]
    var text = seed % 3 == 0 ? "\u{FEFF}" : ""
    for _ in 0..<(50 + next(200)) { text += pieces[next(pieces.count)] }
    let bytes = Array(text.utf8)
    let base = seed % 3 == 0 ? 3 : 0
    let offsets = (0..<30).map { _ in base + next(bytes.count - base) }.sorted()
    var entries = offsets.map { offset in
      FileReading.Entry(
        obligation: 0,
        record: StatusRecord(
          status: .done, completed: StatusRecord.noDate, newDue: StatusRecord.noDate, file: 0, offset: Int32(offset),
          details: -1))
    }
    bytes.withUnsafeBufferPointer { buffer in
      StatusText.place(&entries, in: buffer, base: base)
      var context = ReadingContext(path: "s.json", bytes: buffer, base: base, fileIndex: 0)
      for entry in entries {
        let expected = context.location(Int(entry.record.offset)).range?.start
        #expect(SourcePosition(line: Int(entry.record.line), column: Int(entry.record.column)) == expected)
      }
    }
  }
}

extension StatusTextTests {
  /// In a JSON file the tape counts lines and `placeColumns` finds columns: the places are those
  /// `LineTable` gives, whatever the white space, line ends, Cyrillic or byte-order mark, and for
  /// records read the quick way and the full way (a comment sends a record to the full reader).
  @Test(arguments: 0..<60)
  func jsonRecordsArePlacedAsTheLineTablePlacesThem(_ seed: Int) {
    var random = SeededRandom(seed: seed)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let spaces = ["", " ", "\n", "\r\n", "\r", "\t  ", "\n\n  ", " \r\n\t"]
    func gap() -> String { spaces[next(spaces.count)] }
    let records = [
      #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#,
      #"{"item": "8", "status": "in_progress", "comment": "школа №5, ещё идёт"}"#,
      #"{"item": "2","occurrence":1,"status":"done"}"#,
      #"{"item": "2", "occurrence": 2, "status": "partial", "comment": "да"}"#,
      #"{"item": "1", "comment": "пусто"}"#,
    ]
    var body = ""
    for index in 0..<(1 + next(12)) {
      body += (index == 0 ? "" : "," + gap()) + gap() + records[next(records.count)]
    }
    let text =
      (seed % 4 == 0 ? "\u{FEFF}" : "") + "{" + gap() + #""format": "karta-status/1","# + gap()
      + #""plan": "t-2024", "reporter": {"party": "MIN"},"# + gap() + #""as_of": "2024-04-15","#
      + #" "submitted": "2024-04-15", "records": ["# + gap() + body + gap() + "]}" + gap()
    let bytes = Array(text.utf8)
    let reading = StatusReader(table: CheckFixture.table()).read(bytes: bytes, path: "s.json", index: 0)
    #expect(reading.diagnostics.filter { $0.severity == .error }.isEmpty, "\(reading.diagnostics.map(\.message))")
    #expect(!reading.entries.isEmpty && reading.linesPlaced)
    bytes.withUnsafeBufferPointer { buffer in
      let base = seed % 4 == 0 ? 3 : 0
      var context = ReadingContext(path: "s.json", bytes: buffer, base: base, fileIndex: 0)
      for entry in reading.entries {
        let expected = context.location(Int(entry.record.offset)).range?.start
        #expect(SourcePosition(line: Int(entry.record.line), column: Int(entry.record.column)) == expected)
      }
    }
  }
}
