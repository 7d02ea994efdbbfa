import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An element of an XML part: its local name (the namespace prefix dropped, as OOXML parts use
/// fixed prefixes), its attributes by local name, its children and the text directly inside it.
public final class MarkupElement: @unchecked Sendable {
  /// The local name: `p` for `<w:p>`.
  public let name: String
  /// The attributes by local name: `val` for `w:val`.
  public internal(set) var attributes: [String: String]
  /// The child elements, in order.
  public internal(set) var children: [MarkupElement] = []
  /// The text directly inside the element (not inside its children).
  public internal(set) var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// The first child named `name`.
  public func child(_ name: String) -> MarkupElement? { children.first { $0.name == name } }

  /// The children named `name`.
  public func children(_ name: String) -> [MarkupElement] { children.filter { $0.name == name } }

  /// Every element below this one (depth first, in document order) named `name`.
  public func descendants(_ name: String) -> [MarkupElement] {
    var found: [MarkupElement] = []
    var stack = Array(children.reversed())
    while let element = stack.popLast() {
      if element.name == name { found.append(element) }
      stack.append(contentsOf: element.children.reversed())
    }
    return found
  }
}

/// Parses OOXML parts with Foundation's XML parser, refusing DTDs (no entity expansion at all) and
/// stopping at a bounded number of elements, so a hostile part cannot take unbounded memory.
public enum MarkupTree {
  /// The most elements one part may hold.
  public static let maximumElements = 600_000

  /// The root element of the XML in `bytes`, from package part `part`.
  public static func parse(_ bytes: [UInt8], part: String) throws -> MarkupElement {
    if contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY") {
      throw OfficeError(.brokenXML, part: part, "the part declares a DTD or entities, which Office files never do")
    }
    let builder = Builder()
    let parser = XMLParser(data: Data(bytes))
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    let parsed = parser.parse()
    if builder.overflow {
      throw OfficeError(
        .tooLarge, part: part, "the part has more than \(maximumElements) XML elements; it is too large to read")
    }
    guard parsed, builder.failure == nil, builder.stack.isEmpty, let root = builder.root else {
      let line = builder.failure?.line ?? parser.lineNumber
      let column = builder.failure?.column ?? parser.columnNumber
      throw OfficeError(.brokenXML, part: part, "the XML is not well-formed (line \(line), column \(column))")
    }
    return root
  }

  private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard bytes.count >= pattern.count else { return false }
    var index = 0
    while index <= bytes.count - pattern.count {
      if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern { return true }
      index += 1
    }
    return false
  }

  private static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: MarkupElement?
    var stack: [MarkupElement] = []
    var count = 0
    var overflow = false
    var failure: (line: Int, column: Int)?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      count += 1
      if count > MarkupTree.maximumElements {
        overflow = true
        parser.abortParsing()
        return
      }
      var local: [String: String] = [:]
      for (key, value) in attributes where !key.hasPrefix("xmlns") {
        local[MarkupTree.localName(key)] = value
      }
      let element = MarkupElement(name: MarkupTree.localName(elementName), attributes: local)
      if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      // The parser recovers from some mismatched tags on Linux; Karta does not.
      guard let open = stack.popLast(), open.name == MarkupTree.localName(elementName) else {
        failure = (parser.lineNumber, parser.columnNumber)
        parser.abortParsing()
        return
      }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
      if failure == nil { failure = (parser.lineNumber, parser.columnNumber) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}
