import Foundation

/// Finds the roadmap table(s) of a document by their header row and turns each row into an item
/// (or, for a row merged across the table, a section).
struct TableReader {
  /// What a column holds, as its header names it.
  enum Column: CaseIterable {
    case number, title, due, owner, result, indicator
  }

  /// The column of each kind, by position.
  struct Mapping {
    var columns: [Column: Int]
    var width: Int
  }

  /// The kind of a header cell, or `nil` when it names none. Owner and due are tried before
  /// title because «Сроки проведения мероприятий» and «Ответственные за проведение мероприятий»
  /// also contain «мероприят».
  static func column(of header: String) -> Column? {
    let text = header.lowercased().collapsedSpaces
    if text.hasPrefix("№") || text == "n" || text.hasPrefix("n п/п") || text == "п/п" || text == "no" || text == "#"
      || text.hasPrefix("номер")
    {
      return .number
    }
    if text.contains("ответствен") || text.contains("исполнител") { return .owner }
    if text.hasPrefix("срок") || text.contains(" срок") || text.hasPrefix("дата") || text.hasPrefix("период") {
      return .due
    }
    if text.contains("результат") { return .result }
    if text.contains("показател") || text.contains("индикатор") { return .indicator }
    if text.contains("мероприят") || text.contains("направлени") || text.contains("наименовани")
      || text.contains("содержание") || text.contains("действи")
    {
      return .title
    }
    return nil
  }

  /// The mapping a header row gives, when it names a title column and a due or owner column.
  static func mapping(of row: SourceDocument.Row) -> Mapping? {
    guard !row.isMerged, !row.cells.contains(where: SourceDocument.startsRow) else { return nil }
    var columns: [Column: Int] = [:]
    for (position, cell) in row.cells.enumerated() {
      guard cell.count <= 80, let column = column(of: cell), columns[column] == nil else { continue }
      columns[column] = position
    }
    guard columns[.title] != nil, columns[.due] != nil || columns[.owner] != nil else { return nil }
    return Mapping(columns: columns, width: row.cells.count)
  }

  /// A row that only numbers the columns (1, 2, 3, 4), as many tables print under the header.
  static func isColumnNumbers(_ row: SourceDocument.Row) -> Bool {
    let cells = row.cells.map { $0.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
    return cells.count > 1 && cells.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
  }

  /// The roadmap rows of `document`: for each table after (or holding) a header row, every row
  /// with the mapping in force. A table with no header of its own continues the previous mapping
  /// when its rows are as wide (a table broken by a page).
  static func rows(of document: SourceDocument) -> [(SourceDocument.Row, Mapping)] {
    var found: [(SourceDocument.Row, Mapping)] = []
    var mapping: Mapping?
    var headerCells: [String] = []
    for block in document.blocks {
      guard case .table(let rows) = block else { continue }
      for (position, row) in rows.enumerated() {
        // A header is looked for before the first one, at the top of a table, or as a repeat of the
        // header (a page break); further down, a row that happens to say «мероприятие» and
        // «исполнитель» is a row.
        let mayBeHeader = mapping == nil || position < 3 || row.cells == headerCells
        if mayBeHeader, let header = Self.mapping(of: row) {
          mapping = header
          headerCells = row.cells
          continue
        }
        guard let current = mapping, !isColumnNumbers(row) else { continue }
        found.append((row, current))
      }
    }
    return found
  }
}

extension String {
  /// The text with HTML bold tags and Markdown emphasis stars (as the text renderings of the seeds
  /// carry them) and Word bookmarks removed.
  var withoutMarkup: String {
    guard contains(where: { $0 == "<" || $0 == "*" || $0 == "[" }) else { return self }
    var text = self
    for tag in ["<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<strong>", "</strong>"] {
      text = text.replacingOccurrences(of: tag, with: "", options: .caseInsensitive)
    }
    text = text.replacingOccurrences(of: "*", with: "")
    text = text.replacingOccurrences(
      of: #"</?(p|ol|ul|li|span|div|br|em|sup|sub)( [^>]*)?/?>"#, with: " ",
      options: [.regularExpression, .caseInsensitive])
    return text.replacingOccurrences(of: #"\[bookmark: [^\]]*\]"#, with: "", options: .regularExpression)
  }
}
