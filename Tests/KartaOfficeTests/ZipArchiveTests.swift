import Foundation
import Testing

@testable import KartaOffice

/// The ZIP reader against its writer, and against hostile packages: each gets a clear error of its
/// own kind, quickly, without inflating what it refuses.
@Suite struct ZipArchiveTests {
  static func package(_ entries: [(String, [UInt8])]) -> [UInt8] {
    var writer = ZipWriter()
    for (name, bytes) in entries { writer.add(name, bytes) }
    return writer.finish()
  }

  /// Sets a 32-bit little-endian field of the central directory entry for `name`.
  static func patchDirectory(_ bytes: inout [UInt8], name: String, offset: Int, value: UInt32) {
    let nameBytes = Array(name.utf8)
    var position = 0
    while position + 46 < bytes.count {
      if bytes[position..<(position + 4)] == [0x50, 0x4B, 1, 2],
        Array(bytes[(position + 46)..<(position + 46 + nameBytes.count)]) == nameBytes
      {
        for shift in 0..<4 { bytes[position + offset + shift] = UInt8((value >> UInt32(8 * shift)) & 0xFF) }
        return
      }
      position += 1
    }
  }

  static func error(_ body: () throws -> Void) -> OfficeError? {
    do {
      try body()
      return nil
    } catch let error as OfficeError {
      return error
    } catch {
      return nil
    }
  }

  @Test func entriesReadBackAsWritten() throws {
    let text = Array(String(repeating: "Информация о ходе исполнения. ", count: 200).utf8)
    let bytes = Self.package([("a.txt", text), ("empty", []), ("dir/b.bin", [0, 1, 2, 255])])
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.map(\.name) == ["a.txt", "empty", "dir/b.bin"])
    #expect(try archive.data("a.txt") == text)
    #expect(try archive.data("empty") == [])
    #expect(try archive.data("dir/b.bin") == [0, 1, 2, 255])
    #expect(Self.error { _ = try archive.data("missing") }?.kind == .missingPart)
  }

  @Test func theSameContentGivesTheSameBytes() {
    let first = Self.package([("a", Array("x".utf8))])
    let second = Self.package([("a", Array("x".utf8))])
    #expect(first == second)
  }

  @Test func aZipBombIsRefusedBeforeInflating() {
    let bytes = Self.package([("word/document.xml", [UInt8](repeating: 0x20, count: 8 << 20))])
    #expect(bytes.count < 100_000)
    let error = Self.error { _ = try ZipArchive(bytes: bytes) }
    #expect(error?.kind == .tooLarge)
    #expect(error?.message.contains("ZIP bomb") == true)
  }

  @Test func anEntryLargerThanItsHeaderSaysStopsInflating() throws {
    var bytes = Self.package([("big.xml", [UInt8](repeating: 0x41, count: 100_000))])
    Self.patchDirectory(&bytes, name: "big.xml", offset: 24, value: 1_000)
    let archive = try ZipArchive(bytes: bytes)
    let error = Self.error { _ = try archive.data("big.xml") }
    #expect(error?.kind == .damaged)
    #expect(error?.part == "big.xml")
  }

  @Test func limitsOnEntriesAndSizes() {
    let many = Self.package((0..<30).map { ("e\($0)", [UInt8]("x".utf8)) })
    let fewEntries = ZipLimits(
      maximumEntries: 10, maximumEntrySize: 1 << 20, maximumTotalSize: 1 << 20, maximumRatio: 100)
    #expect(Self.error { _ = try ZipArchive(bytes: many, limits: fewEntries) }?.kind == .tooLarge)
    let large = Self.package([("a", [UInt8](repeating: 1, count: 5_000)), ("b", [UInt8](repeating: 2, count: 5_000))])
    let small = ZipLimits(maximumEntries: 10, maximumEntrySize: 6_000, maximumTotalSize: 8_000, maximumRatio: 100)
    #expect(Self.error { _ = try ZipArchive(bytes: large, limits: small) }?.kind == .tooLarge)
  }

  @Test(arguments: ["../evil.xml", "/etc/passwd", "word/../../x", "C:/x", "a\\..\\b"])
  func aPathLeavingThePackageIsRefused(_ name: String) {
    let bytes = Self.package([(name, Array("x".utf8))])
    let error = Self.error { _ = try ZipArchive(bytes: bytes) }
    #expect(error?.kind == .unsafePath)
    #expect(error?.part == name)
  }

  @Test func anEncryptedEntryIsRefused() {
    var bytes = Self.package([("word/document.xml", Array("<x/>".utf8))])
    // General-purpose flag bit 0 of the central directory entry (offset 8, 16 bits; keep 0x800).
    Self.patchDirectory(&bytes, name: "word/document.xml", offset: 8, value: 0x0000_0801 | (8 << 16))
    #expect(Self.error { _ = try ZipArchive(bytes: bytes) }?.kind == .encrypted)
  }

  @Test func aPasswordProtectedOfficeFileIsNamedAsSuch() {
    let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)
    let error = Self.error { _ = try ZipArchive(bytes: compound) }
    #expect(error?.kind == .encrypted)
    #expect(error?.message.contains("password") == true)
  }

  @Test(arguments: [[UInt8](), Array("hello".utf8), Array("PK\u{3}\u{4}truncated".utf8)])
  func notAPackage(_ bytes: [UInt8]) {
    #expect(Self.error { _ = try ZipArchive(bytes: bytes) }?.kind == .notAPackage)
  }

  @Test func aTruncatedPackageIsDamagedNotACrash() throws {
    let bytes = Self.package([("a.xml", [UInt8](repeating: 0x41, count: 10_000)), ("b.xml", Array("<b/>".utf8))])
    for cut in stride(from: 1, to: bytes.count, by: 97) {
      var damaged = bytes
      damaged[cut] ^= 0xFF
      if let archive = try? ZipArchive(bytes: damaged) {
        for entry in archive.entries { _ = try? archive.data(entry.name) }
      }
      _ = try? ZipArchive(bytes: Array(bytes.prefix(cut)))
    }
  }
}

/// Foundation's XML parser as KartaOffice uses it: no DTDs, bounded elements, errors with places.
@Suite struct MarkupTreeTests {
  @Test func brokenXMLNamesItsPlace() {
    let error = ZipArchiveTests.error { _ = try MarkupTree.parse(Array("<a>\n<b></a>".utf8), part: "x.xml") }
    #expect(error?.kind == .brokenXML)
    #expect(error?.message.contains("line 2") == true)
  }

  @Test func entityExpansionIsRefused() {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
      <lolz>&lol2;</lolz>
      """
    let error = ZipArchiveTests.error { _ = try MarkupTree.parse(Array(laughs.utf8), part: "x.xml") }
    #expect(error?.kind == .brokenXML)
    #expect(error?.message.contains("DTD") == true)
  }

  @Test func tooManyElementsAreRefused() {
    let huge = "<r>" + String(repeating: "<c/>", count: MarkupTree.maximumElements + 1) + "</r>"
    #expect(ZipArchiveTests.error { _ = try MarkupTree.parse(Array(huge.utf8), part: "s.xml") }?.kind == .tooLarge)
  }

  @Test func namesLoseTheirPrefixes() throws {
    let root = try MarkupTree.parse(
      Array(
        #"<w:document xmlns:w="x"><w:body><w:p w:rsid="1"><w:r><w:t>Да</w:t></w:r></w:p></w:body></w:document>"#.utf8),
      part: "d.xml")
    #expect(root.name == "document")
    #expect(root.descendants("t").map(\.text) == ["Да"])
    #expect(root.child("body")?.child("p")?.attributes["rsid"] == "1")
  }

  @Test func escapingKeepsTextAndDropsForbiddenControls() {
    #expect(XMLText.escape("a<b & \"c\"\u{1}") == "a&lt;b &amp; &quot;c&quot;")
  }
}
