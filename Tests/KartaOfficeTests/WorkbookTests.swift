import Testing

@testable import KartaOffice

@Suite struct WorkbookTests {
  @Test(arguments: [
    (45352.0, false, 2024, 3, 1), (45352.75, false, 2024, 3, 1), (61.0, false, 1900, 3, 1), (59.0, false, 1900, 2, 28),
    (1.0, false, 1900, 1, 1), (43890.0, true, 2024, 3, 1), (0.0, true, 1904, 1, 1),
  ])
  func serialDates(_ example: (Double, Bool, Int, Int, Int)) {
    #expect(
      Workbook.date(serial: example.0, uses1904: example.1) == .date(year: example.2, month: example.3, day: example.4))
  }

  @Test func serialsWrittenAreSerialsRead() {
    for (year, month, day) in [(2024, 2, 29), (2024, 3, 1), (1999, 12, 31), (2025, 1, 1)] {
      let serial = WorkbookWriter.serial(year: year, month: month, day: day)
      #expect(Workbook.date(serial: Double(serial), uses1904: false) == .date(year: year, month: month, day: day))
    }
    #expect(WorkbookWriter.serial(year: 2024, month: 3, day: 1) == 45352)
  }

  @Test(arguments: [
    ("dd\\.mm\\.yyyy", true), ("DD.MM.YYYY", true), ("[$-419]d mmmm yyyy", true), ("0.00", false),
    ("\"day\"0", false), ("[Red]0", false), ("General", false),
  ])
  func dateFormats(_ example: (String, Bool)) {
    #expect(Workbook.isDateFormat(example.0) == example.1)
  }

  @Test func columnNamesAndPlaces() {
    #expect(Workbook.columnName(1) == "A")
    #expect(Workbook.columnName(26) == "Z")
    #expect(Workbook.columnName(27) == "AA")
    #expect(Workbook.place("E12")! == (12, 5))
    #expect(Workbook.place("AA1")! == (1, 27))
    #expect(Workbook.place("12") == nil)
    #expect(Workbook.place("ZZZZ1") == nil)
  }

  @Test func aWrittenWorkbookReadsBack() throws {
    var writer = WorkbookWriter()
    var sheet = WorkbookWriter.Sheet(
      name: "Лист1", widths: [10],
      rows: [
        [
          .init(.text("текст & <знаки>")), .init(.number(41.5)), .init(.date(year: 2024, month: 5, day: 9), .inputDate),
        ],
        [], [nil, .init(.empty, .input), .init(.number(3))],
      ])
    sheet.isProtected = true
    writer.add(sheet)
    let workbook = try Workbook(xlsx: writer.finish())
    #expect(workbook.sheets.count == 1)
    let cells = workbook.sheets[0].cells
    #expect(cells.map(\.reference) == ["A1", "B1", "C1", "C3"])
    #expect(
      cells.map(\.value) == [.text("текст & <знаки>"), .number(41.5), .date(year: 2024, month: 5, day: 9), .number(3)])
  }

  @Test func aMissingSharedStringIsDamage() throws {
    var zip = ZipWriter()
    zip.add("xl/workbook.xml", text: #"<workbook><sheets><sheet name="A"/></sheets></workbook>"#)
    zip.add(
      "xl/worksheets/sheet1.xml",
      text: #"<worksheet><sheetData><row><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>"#)
    #expect(throws: OfficeError.self) { _ = try Workbook(xlsx: zip.finish()) }
  }
}
