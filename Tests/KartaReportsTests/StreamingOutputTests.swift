import Foundation
import KartaCheck
import KartaPlan
import KartaSchedule
import KartaWords
import KartaTestSupport
import Testing

@testable import KartaReports

/// The formats that grow with the obligations are written through an `OutputSink` as they are
/// rendered; what reaches the file is byte for byte what `render` returns and what the golden files hold.
@Suite struct StreamingOutputTests {
  /// Writes `body` through a sink with a tiny buffer, keeping the chunks its drain received.
  static func chunks(capacity: Int = 16, _ body: (OutputSink) -> Void) -> [[UInt8]] {
    var chunks: [[UInt8]] = []
    let sink = OutputSink(capacity: capacity) { chunk in
      chunks.append(Array(chunk))
      return nil
    }
    body(sink)
    sink.flush()
    return chunks
  }

  @Test(arguments: ReportRenderers.identifiers)
  func writingInSmallChunksGivesTheRenderedBytes(_ format: String) throws {
    let report = try RendererGoldenTests.report()
    for language in [Language.english, .russian] {
      let renderer = try #require(ReportRenderers.renderer(for: format, language: language))
      let chunks = Self.chunks { renderer.write(report, to: $0) }
      // The formats that grow with the obligations hand the buffer over as it fills.
      if format == CSVReport.identifier { #expect(chunks.count > 5) }
      // Every chunk ends at a scalar boundary, so a console may decode each one as text.
      for chunk in chunks { #expect(String(validating: chunk, as: UTF8.self) != nil) }
      #expect(chunks.joined().elementsEqual(renderer.render(report).utf8))
    }
  }

  /// The golden JSON files were written by `JSONEncoder`; the hand-written JSON is the same bytes,
  /// not only the same object.
  @Test(arguments: [("report.json", Language.english), ("report.ru.json", .russian)])
  func jsonIsTheGoldenBytes(_ name: String, _ language: Language) throws {
    let output = JSONReport(language: language).render(try RendererGoldenTests.report())
    let golden = try Data(contentsOf: GoldenFile.folder().appendingPathComponent(name))
    #expect(Array(output.utf8) == Array(golden))
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
    var every = ""
    for value in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
    let texts = [every, "a/b \\ \"c\"", "\u{2028}\u{2029}\u{FEFF}é😀\u{7F}", "", "Мониторинг"]
    let sink = OutputSink()
    var json = JSONWriter(sink)
    json.beginArray()
    for text in texts { json.string(text) }
    json.endArray()
    json.finish()
    #expect(sink.text == String(decoding: try Self.encoder.encode(texts), as: UTF8.self))
  }

  @Test func aLongDocumentIsHandedOverABufferAtATime() {
    var sizes: [Int] = []
    let sink = OutputSink { chunk in
      sizes.append(chunk.count)
      return nil
    }
    var json = JSONWriter(sink)
    json.beginArray()
    for number in 0..<50_000 { json.string("obligation \(number) — «срок»") }
    json.endArray()
    json.finish()
    sink.flush()
    #expect(sizes.count > 20)
    #expect(sizes.allSatisfy { $0 <= 2 * OutputSink.defaultCapacity })
    #expect(sink.count == sizes.reduce(0, +))
  }

  @Test func sharesAreWrittenAsJSONEncoderWritesThem() throws {
    for share in (0...10_000).map({ Double($0) / 10_000 }) {
      let sink = OutputSink()
      var json = JSONWriter(sink)
      json.beginArray()
      json.number(share)
      json.endArray()
      json.finish()
      #expect(sink.text == String(decoding: try Self.encoder.encode([share]), as: UTF8.self))
    }
  }

  @Test func emptyContainersAreWrittenAsJSONEncoderWritesThem() throws {
    let sink = OutputSink()
    var json = JSONWriter(sink)
    json.beginObject()
    json.member("a", strings: [])
    json.member("b", counts: [:])
    json.member("c", strings: ["x"])
    json.endObject()
    json.finish()
    let expected: [String: [String]] = ["a": [], "c": ["x"]]
    var text = String(decoding: try Self.encoder.encode(expected), as: UTF8.self)
    text = text.replacingOccurrences(of: "  \"c\"", with: "  \"b\" : {\n\n  },\n  \"c\"")
    #expect(sink.text == text)
    let nested = String(decoding: try Self.encoder.encode(["b": [String: Int]()]), as: UTF8.self)
    #expect(nested == "{\n  \"b\" : {\n\n  }\n}")
  }

  @Test func aWindowWithEveryFieldIsWrittenAsWindowJSONEncodesIt() throws {
    var window = Window(
      start: try #require(CivilDate(parsing: "2024-03-01")), due: try #require(CivilDate(parsing: "2024-03-15")),
      label: "I квартал", asOf: CivilDate(parsing: "2024-03-31"))
    window.dueTime = "18:00"
    window.dueZone = "Europe/Moscow"
    window.localDueTime = "23:00"
    let sink = OutputSink()
    var json = JSONWriter(sink)
    WindowJSON.write(window, to: &json)
    json.finish()
    #expect(sink.text == String(decoding: try Self.encoder.encode(WindowJSON(window)), as: UTF8.self))
  }

  @Test func theCalendarStreamedIsTheCalendarRendered() throws {
    let report = try RendererGoldenTests.report()
    for component in [CalendarExport.Component.event, .todo] {
      let export = CalendarExport(plan: report.table.plan, component: component, language: .russian)
      var written = 0
      let chunks = Self.chunks { written = export.write(report, to: $0) }
      let rows = CalendarExport.obligations(of: report)
      #expect(written == rows.count)
      #expect(chunks.joined().elementsEqual(export.render(rows).utf8))
    }
  }

  @Test func aFailingDrainIsReportedAndLaterBytesAreDropped() {
    var calls = 0
    let sink = OutputSink(capacity: 16) { _ in
      calls += 1
      return "No space left on device"
    }
    sink.write(String(repeating: "x", count: 100))
    sink.write(String(repeating: "y", count: 100))
    sink.flush()
    #expect(sink.failure == "No space left on device")
    #expect(calls == 1)
    #expect(sink.count == 200)
  }
}

/// `karta agenda`'s listing, now a renderer of its own, against its golden files.
@Suite struct AgendaListingGoldenTests {
  @Test(arguments: [("agenda.txt", Language.english), ("agenda.ru.txt", .russian)])
  func matchesItsGoldenFile(_ name: String, _ language: Language) throws {
    let report = try RendererGoldenTests.report()
    let start = try #require(CivilDate(parsing: "2024-03-01"))
    let listing = AgendaListing(range: start...start.adding(days: 120), statusFiles: 2, language: language)
    let output = listing.render(report)
    #expect(output.contains("1.2"))
    try GoldenFile.expectMatch(output, name)
  }
}
