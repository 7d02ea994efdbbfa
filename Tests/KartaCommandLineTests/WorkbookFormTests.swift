import Foundation
import KartaOffice
import KartaTestSupport
import Testing

@testable import KartaCommandLine

/// The Excel status form: written by `karta template --format xlsx`, filled in, read back by
/// `karta check` with every problem named by sheet and cell.
@Suite struct WorkbookFormTests {
  static let plan = repository.appendingPathComponent("Rules/kavalerovo.plan").path

  private func run(_ arguments: [String]) -> (Int32, String, String) {
    let captured = CapturedConsole()
    let code = Karta.run(arguments, console: captured.console)
    return (code, captured.out, captured.error)
  }

  private func form(_ directory: URL, _ extra: [String] = []) throws -> URL {
    let path = directory.appendingPathComponent("form.xlsx")
    let (code, _, error) = run(
      ["template", Self.plan, "--party", "UO", "--format", "xlsx", "--as-of", "2024-03-01", "-o", path.path] + extra)
    #expect(code == 0, "\(error)")
    return path
  }

  /// Fills the form as a person would: copies every cell and writes `fill` (by reference) over it.
  static func filled(_ form: URL, _ fill: [String: WorkbookWriter.Value]) throws -> [UInt8] {
    let workbook = try Workbook(xlsx: [UInt8](Data(contentsOf: form)))
    var writer = WorkbookWriter()
    for sheet in workbook.sheets {
      var rows: [[WorkbookWriter.Cell?]] = []
      for cell in sheet.cells {
        while rows.count < cell.row { rows.append([]) }
        while rows[cell.row - 1].count < cell.column { rows[cell.row - 1].append(nil) }
        switch cell.value {
        case .text(let text): rows[cell.row - 1][cell.column - 1] = WorkbookWriter.Cell(.text(text))
        case .number(let number): rows[cell.row - 1][cell.column - 1] = WorkbookWriter.Cell(.number(number))
        case .date(let year, let month, let day):
          rows[cell.row - 1][cell.column - 1] = WorkbookWriter.Cell(
            .date(year: year, month: month, day: day), .inputDate)
        default: continue
        }
      }
      for (reference, value) in fill where sheet.name == workbook.sheets[0].name {
        let row = Int(reference.drop { $0.isLetter }) ?? 1
        let column = Int(reference.first?.asciiValue ?? 65) - 64
        while rows.count < row { rows.append([]) }
        while rows[row - 1].count < column { rows[row - 1].append(nil) }
        rows[row - 1][column - 1] = WorkbookWriter.Cell(value, .inputDate)
      }
      writer.add(WorkbookWriter.Sheet(name: sheet.name, widths: [], rows: rows))
    }
    return writer.finish()
  }

  @Test func theFormHasItsSheetsLabelsListAndProtection() throws {
    let path = try form(try temporaryDirectory())
    let bytes = try [UInt8](Data(contentsOf: path))
    let workbook = try Workbook(xlsx: bytes)
    #expect(workbook.sheets.map(\.name) == ["Форма", "Как заполнить"])
    let cells = workbook.sheets[0].cells
    let text = { (reference: String) in cells.first { $0.reference == reference }?.value }
    #expect(text("A2") == .text("Формат"))
    #expect(text("B5") == .date(year: 2024, month: 3, day: 1))
    #expect(text("A8") == .text("Пункт"))
    #expect(text("F8") == .text("Состояние"))
    #expect(text("A9") == .text("1.1"))
    let sheet = String(decoding: try ZipArchive(bytes: bytes).data("xl/worksheets/sheet1.xml"), as: UTF8.self)
    #expect(sheet.contains(#"<sheetProtection sheet="1""#))
    #expect(sheet.contains(#"sqref="F9:F47"><formula1>"выполнено,выполнено частично,в работе"#))
    #expect(sheet.contains(#"state="frozen""#))
  }

  /// The worksheet part of the form, kept in Golden/form-sheet.xml. `UPDATE_GOLDEN=1 swift test`
  /// rewrites it; review the diff.
  @Test func theFormsSheetMatchesItsGoldenFile() throws {
    let path = try form(try temporaryDirectory())
    let sheet = String(
      decoding: try ZipArchive(bytes: [UInt8](Data(contentsOf: path))).data("xl/worksheets/sheet1.xml"), as: UTF8.self)
    let kept = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Golden/form-sheet.xml")
    try GoldenFile.expectMatch(sheet, at: kept)
  }

  @Test func aBlankFormIsAcceptedBackUnchanged() throws {
    let directory = try temporaryDirectory()
    let path = try form(directory)
    let (code, _, error) = run(["check", Self.plan, path.path, "--as-of", "2024-03-01"])
    #expect(code == 1, "\(error)")
    #expect(error.isEmpty)
  }

  @Test(arguments: [false, true])
  func aFilledFormIsCheckedLikeAStatusFile(english: Bool) throws {
    let directory = try temporaryDirectory()
    let path = try form(directory, english ? ["--lang", "en"] : [])
    let bytes = try Self.filled(
      path,
      [
        "F9": .text(english ? "done" : "выполнено"), "G9": .date(year: 2024, month: 2, day: 20),
        "F10": .text(english ? "in_progress" : "В работе"), "H10": .text("идёт; работа «по плану»"),
      ])
    let filled = directory.appendingPathComponent("filled.xlsx")
    try Data(bytes).write(to: filled)
    try FileManager.default.removeItem(at: path)
    let (code, out, error) = run(["check", Self.plan, directory.path, "--as-of", "2024-03-01", "--format", "json"])
    #expect(code == 1, "\(error)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let obligations = try #require(report["obligations"] as? [[String: Any]])
    let state = { (item: String) in obligations.first { $0["item"] as? String == item }?["state"] as? String }
    #expect(state("1.1") == "done")
    #expect(state("2.1") == "pending")
  }

  @Test func aWrongCellIsNamedBySheetAndCell() throws {
    let directory = try temporaryDirectory()
    let path = try form(directory)
    let bytes = try Self.filled(path, ["F12": .text("сделано"), "G13": .text("вчера"), "F13": .text("выполнено")])
    let filled = directory.appendingPathComponent("bad.xlsx")
    try Data(bytes).write(to: filled)
    let (code, _, error) = run(["check", Self.plan, filled.path, "--as-of", "2024-03-01"])
    #expect(code == 2)
    #expect(error.contains("bad.xlsx: error[status.unknown-status]: Форма!F12: unknown status 'сделано'"), "\(error)")
    #expect(error.contains("Форма!G13:"), "\(error)")
  }

  /// A workbook as Excel saves it: shared strings, a built-in date format, numbers as numbers.
  @Test func aWorkbookSavedByExcelIsRead() throws {
    let strings = [
      "Формат", "karta-status/1", "План", "kavalerovo-2024", "Исполнитель", "UO", "По состоянию на", "Пункт",
      "Состояние", "Дата исполнения", "1.1", "выполнено",
    ]
    var zip = ZipWriter()
    zip.add(
      "xl/workbook.xml",
      text: #"<workbook xmlns:r="r"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>"#)
    zip.add(
      "xl/_rels/workbook.xml.rels",
      text: #"<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>"#)
    zip.add(
      "xl/sharedStrings.xml",
      text: "<sst>" + strings.map { "<si><r><t>\($0)</t></r></si>" }.joined() + "</sst>")
    zip.add(
      "xl/styles.xml", text: #"<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#)
    func s(_ reference: String, _ index: Int) -> String { "<c r=\"\(reference)\" t=\"s\"><v>\(index)</v></c>" }
    let rows = [
      "<row r=\"1\">" + s("A1", 0) + s("B1", 1) + "</row>", "<row r=\"2\">" + s("A2", 2) + s("B2", 3) + "</row>",
      "<row r=\"3\">" + s("A3", 4) + s("B3", 5) + "</row>",
      "<row r=\"4\">" + s("A4", 6) + "<c r=\"B4\" s=\"1\"><v>45352</v></c></row>",
      "<row r=\"6\">" + s("A6", 7) + s("B6", 8) + s("C6", 9) + "</row>",
      "<row r=\"7\">" + s("A7", 10) + s("B7", 11) + "<c r=\"C7\" s=\"1\"><v>45342</v></c></row>",
    ]
    zip.add("xl/worksheets/sheet1.xml", text: "<worksheet><sheetData>" + rows.joined() + "</sheetData></worksheet>")
    let directory = try temporaryDirectory()
    let path = directory.appendingPathComponent("excel.xlsx")
    try Data(zip.finish()).write(to: path)
    let (code, out, error) = run(["check", Self.plan, path.path, "--as-of", "2024-03-01", "--format", "json"])
    #expect(code == 1, "\(error)")
    #expect(out.contains(#""as_of" : "2024-03-01""#) || out.contains(#""as_of": "2024-03-01""#))
    let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let obligations = try #require(report["obligations"] as? [[String: Any]])
    #expect(obligations.first { $0["item"] as? String == "1.1" }?["state"] as? String == "done")
  }

  @Test func aHostileWorkbookIsAClearErrorNotACrash() throws {
    let directory = try temporaryDirectory()
    var cases: [(String, [UInt8], String)] = ImportCommandTests.hostile().map { ($0.0 + ".xlsx", $0.1, $0.2) }
    var huge = ZipWriter()
    huge.add("xl/workbook.xml", text: #"<workbook><sheets><sheet name="A"/></sheets></workbook>"#)
    let cells = (0..<210_000).map { "<c t=\"inlineStr\"><is><t>\($0 * 7919 % 100_003)</t></is></c>" }.joined()
    huge.add("xl/worksheets/sheet1.xml", text: "<worksheet><sheetData><row>" + cells + "</row></sheetData></worksheet>")
    cases.append(("huge.xlsx", huge.finish(), "too large"))
    cases.removeAll { $0.0 == "sheet.docx.xlsx" || $0.0 == "broken.docx.xlsx" }
    var broken = ZipWriter()
    broken.add("xl/workbook.xml", text: #"<workbook><sheets><sheet name="A"/></sheets>"#)
    cases.append(("broken.xlsx", broken.finish(), "not well-formed"))
    for (name, bytes, message) in cases {
      let path = directory.appendingPathComponent(name).path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let (code, _, error) = run(["check", Self.plan, path, "--as-of", "2024-03-01"])
      #expect(code == 2, "\(name)")
      #expect(error.contains("cannot read the workbook") && error.contains(message), "\(name): \(error)")
      try FileManager.default.removeItem(atPath: path)
    }
  }

  @Test func anXlsxFormNeedsAFile() {
    #expect(run(["template", Self.plan, "--party", "UO", "--format", "xlsx"]).2.contains("-o FORM.xlsx"))
  }
}

/// `karta check --format docx`.
@Suite struct WordReportCommandTests {
  @Test func theWordReportIsAFile() throws {
    let arguments = try String(
      contentsOf: repository.appendingPathComponent("Examples/irkutsk/check.args"), encoding: .utf8
    )
    .split(whereSeparator: \.isWhitespace).map { String($0) }
    .map { $0.hasPrefix("-") || $0.first?.isNumber == true ? $0 : repository.appendingPathComponent($0).path }
    let directory = try temporaryDirectory()
    let output = directory.appendingPathComponent("report.docx")
    let captured = CapturedConsole()
    let code = Karta.run(["check"] + arguments + ["--format", "docx", "-o", output.path], console: captured.console)
    #expect(code == 1, "\(captured.error)")
    let document = try WordDocument(docx: [UInt8](Data(contentsOf: output)))
    #expect(document.blocks.count > 5)
    let refused = CapturedConsole()
    #expect(Karta.run(["check"] + arguments + ["--format", "docx"], console: refused.console) == 2)
    #expect(refused.error.contains("-o REPORT.docx"))
  }
}
