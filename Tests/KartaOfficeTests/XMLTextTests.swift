import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif
import KartaOffice
import Testing

/// The one XML escaper: what it writes parses back to the text, less what XML cannot carry.
@Suite struct XMLTextTests {
  static let hostile = "a<b> & \"c\" 'd'\r\ne\tf\u{1}\u{B}\u{FFFE}\u{FFFF}😀ё"

  @Test func markupIsEscapedAndForbiddenCharactersDropped() {
    #expect(XMLText.escape(Self.hostile) == "a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;&#13;\ne\tf😀ё")
    #expect(
      XMLText.escape(Self.hostile, attribute: true)
        == "a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;&#13;&#10;e&#9;f😀ё")
  }

  @Test func anAttributeReadsBackAsWritten() throws {
    let document = "<r a=\"\(XMLText.escape(Self.hostile, attribute: true))\">\(XMLText.escape(Self.hostile))</r>"
    let parsed = try XMLDocument(data: Data(document.utf8))
    let root = try #require(parsed.rootElement())
    let kept = "a<b> & \"c\" 'd'\r\ne\tf😀ё"
    #expect(root.attribute(forName: "a")?.stringValue == kept)
    #expect(root.stringValue == kept)
  }
}
