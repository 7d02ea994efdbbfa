import Foundation

extension SourceDocument {
  /// The blocks of an HTML page as Word or LibreOffice save a document: `p`, `div`, `h1`–`h6` and
  /// `li` end paragraphs, `br` breaks a line, `table`/`tr`/`td`/`th` (with `colspan`) make tables;
  /// `head`, `script` and `style` are skipped. Tags are read leniently, as browsers do.
  init(html: String) {
    var reader = HTMLBlockReader()
    reader.read(html)
    self.init(blocks: reader.blocks)
  }
}

/// Walks an HTML text once, collecting paragraphs and table rows.
struct HTMLBlockReader {
  var blocks: [SourceDocument.Block] = []
  private var text = ""
  private var boldDepth = 0
  private var boldText = true
  private var rows: [SourceDocument.Row] = []
  private var cells: [String] = []
  private var spans: [Int] = []
  private var tableDepth = 0
  private var inCell = false
  private var skipping: String?

  mutating func read(_ html: String) {
    var characters = Substring(html)
    while !characters.isEmpty {
      guard let open = characters.firstIndex(of: "<") else {
        addText(characters)
        break
      }
      addText(characters[..<open])
      let rest = characters[open...]
      if rest.hasPrefix("<!--") {
        characters = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
        continue
      }
      guard let close = rest.firstIndex(of: ">") else { break }
      tag(rest[rest.index(after: open)..<close])
      characters = rest[rest.index(after: close)...]
    }
    endParagraph()
    endTable()
  }

  private mutating func addText(_ raw: Substring) {
    guard skipping == nil, !raw.isEmpty else { return }
    let decoded = Self.decodeEntities(String(raw)).replacingOccurrences(of: "\u{A0}", with: " ")
    let spaced = decoded.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    if boldDepth == 0, !spaced.trimmed.isEmpty { boldText = false }
    text += spaced
  }

  private mutating func tag(_ body: Substring) {
    let closing = body.hasPrefix("/")
    let name = body.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
    if let skipped = skipping {
      if closing, name == skipped { skipping = nil }
      return
    }
    switch name {
    case "head", "script", "style", "title": if !closing { skipping = name }
    case "br": text += "\n"
    case "b", "strong": boldDepth += closing ? -1 : 1
    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li":
      if inCell {
        if closing || !text.trimmed.isEmpty { text += "\n" }
      } else {
        endParagraph()
      }
    case "table":
      if closing {
        tableDepth -= 1
        if tableDepth == 0 { endTable() }
      } else {
        if tableDepth == 0 { endParagraph() }
        tableDepth += 1
      }
    case "tr" where tableDepth == 1:
      endRow()
    case "td", "th":
      guard tableDepth == 1 else {
        text += closing ? "\t" : ""
        return
      }
      if closing {
        endCell()
      } else {
        endCell()
        inCell = true
        let span = Self.attribute("colspan", in: body).flatMap { Int($0) } ?? 1
        spans.append(max(1, min(span, 64)))
      }
    default: return
    }
  }

  private mutating func endCell() {
    guard inCell else { return }
    let lines = text.split(separator: "\n").map { String($0).collapsedSpaces }.filter { !$0.isEmpty }
    cells.append(lines.joined(separator: "\n"))
    text = ""
    inCell = false
  }

  private mutating func endRow() {
    endCell()
    guard !cells.isEmpty else { return }
    let width = spans.reduce(0, +)
    if cells.count == 1, spans.first ?? 1 > 1 {
      rows.append(SourceDocument.Row(cells: cells, isMerged: true))
    } else {
      var expanded: [String] = []
      for (cell, span) in zip(cells, spans) { expanded += [cell] + Array(repeating: "", count: span - 1) }
      rows.append(SourceDocument.Row(cells: width > 0 ? expanded : cells))
    }
    cells = []
    spans = []
  }

  private mutating func endTable() {
    endRow()
    if !rows.isEmpty { blocks.append(.table(rows)) }
    rows = []
  }

  private mutating func endParagraph() {
    guard !inCell, tableDepth == 0 else { return }
    let paragraph = text.split(separator: "\n").map { String($0).collapsedSpaces }.joined(separator: "\n").trimmed
    if !paragraph.isEmpty { blocks.append(.paragraph(paragraph, isBold: boldText)) }
    text = ""
    boldText = true
  }

  static func attribute(_ name: String, in tag: Substring) -> String? {
    guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
    let value = tag[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
    return String(value.prefix { $0.isNumber })
  }

  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
    "ndash": "–", "mdash": "—", "hellip": "…", "bdquo": "„", "ldquo": "“", "rdquo": "”", "sect": "§", "deg": "°",
    "numero": "№",
  ]

  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
        out += "&"
        rest = after
        continue
      }
      let name = after[..<semicolon]
      var replacement: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
      } else if name.hasPrefix("#") {
        replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
      } else {
        replacement = named[String(name)]
      }
      if let replacement {
        out += replacement
        rest = after[after.index(after: semicolon)...]
      } else {
        out += "&"
        rest = after
      }
    }
    return out + rest
  }
}
