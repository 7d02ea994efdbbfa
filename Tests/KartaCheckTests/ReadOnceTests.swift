import Foundation
import KartaLanguage
import Testing

@testable import KartaCheck

/// Every status file is read once: places, quoted lines and digests describe the bytes that were
/// checked, even when the file changes on the disk while the check runs.
@Suite(.serialized) struct ReadOnceTests {
  @Test func aConflictIsPlacedAndQuotedFromTheBytesThatWereChecked() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-read-once-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = CheckFixture.status(party: "MIN", #"{"item": "1", "status": "done", "completed": "2024-02-20"}"#)
    let second = CheckFixture.status(party: "MIN", #"{"item": "1", "status": "in_progress"}"#)
    let paths = [directory + "/first.json", directory + "/second.json"]
    try first.write(toFile: paths[0], atomically: true, encoding: .utf8)
    try second.write(toFile: paths[1], atomically: true, encoding: .utf8)
    // Once read, each file gets five more lines at its top: a second read would place the
    // records five lines lower, and quote other lines.
    StatusReader.afterReading.set { path in
      guard path.hasPrefix(directory), let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
      try? ("\n\n\n\n\n" + text).write(toFile: path, atomically: false, encoding: .utf8)
    }
    defer { StatusReader.afterReading.set(nil) }
    let status = StatusSet.load(paths: paths, table: CheckFixture.table())
    let conflict = try #require(status.diagnostics.first { $0.id == .conflictingRecord })
    let line = String(second.split(separator: "\n")[2])
    let column = try #require(line.firstIndex(of: "{")).utf16Offset(in: line) + 1
    #expect(conflict.location.file == paths[1])
    #expect(conflict.location.range?.start == SourcePosition(line: 3, column: column))
    #expect(conflict.notes.first == "the other record is at \(paths[0]):3:\(column)")
    #expect(status.quotedLines[paths[1]]?[3] == line)
    #expect(status.files.first??.digest == SHA256.hex(Array(first.utf8)), "the digest of the bytes checked")
    let changed = try String(contentsOfFile: paths[0], encoding: .utf8)
    #expect(changed.hasPrefix("\n\n\n\n\n"), "the hook did change the file")
  }

  @Test func aBadRecordIsQuotedAsItWasRead() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-read-once-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/bad.json"
    let text = CheckFixture.status(party: "MIN", #"{"item": "1", "status": "finished"}"#)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    StatusReader.afterReading.set { read in
      guard read == path else { return }
      try? "{}".write(toFile: read, atomically: false, encoding: .utf8)
    }
    defer { StatusReader.afterReading.set(nil) }
    let status = StatusSet.load(paths: [path], table: CheckFixture.table())
    let problem = try #require(status.diagnostics.first { $0.id == .unknownStatus })
    let rendered = DiagnosticRenderer(sources: [], quotedLines: status.quotedLines).render(problem)
    #expect(rendered.contains(String(text.split(separator: "\n")[2])), "\(rendered)")
  }

  @Test func repeatsAreRemovedAsSortedForReportingRemovesThem() {
    let place = { (line: Int) in SourceLocation(file: "a.json", range: SourceRange(line: line, column: 1, length: 1)) }
    let diagnostics = [
      Diagnostic(.unknownStatus, at: place(3), "x"), Diagnostic(.unknownStatus, .warning, at: place(1), "y"),
      Diagnostic(.unknownStatus, at: place(3), "x", notes: ["other"]), Diagnostic(.unknownStatus, at: place(3), "x"),
      Diagnostic(.unknownStatus, .warning, at: place(1), "y"), Diagnostic(.invalidJSON, at: place(2), "z"),
      Diagnostic(.unknownStatus, at: SourceLocation(file: "b.json"), "w"),
    ]
    let kept = StatusSet.sortedForReporting(diagnostics)
    #expect(kept == diagnostics.sortedForReporting())
    #expect(kept.count == 5)
  }
}

/// Warnings past the first thousand of a check are counted, not kept; the ones kept are the first
/// in reporting order, as if all had been kept.
@Suite struct WarningCapTests {
  /// A file makes twenty warnings at most and counts the rest, by the quick reader and the full
  /// one alike: "N more warnings not shown" is exact.
  @Test func warningsPastAFilesTwentyAreCounted() {
    let record = #"{"item": "1", "status": "done", "completed": "2024-03-01"}"#
    let escaped = #"{"\u0069tem": "1", "status": "done", "completed": "2024-03-01"}"#
    for text in [record, escaped] {
      let file = CheckFixture.status(
        party: "MOUO", subject: "a", Array(repeating: text, count: 33).joined(separator: ",\n"))
      let status = StatusSet.load(files: [("s.json", Array(file.utf8))], table: CheckFixture.table())
      #expect(status.diagnostics.filter { $0.id == .reporterNotOwner }.count == 20)
      #expect(status.unlistedWarnings == 13)
      let four = StatusSet.load(
        files: (0..<4).map { ("s\($0).json", Array(file.utf8)) }, table: CheckFixture.table())
      #expect(four.diagnostics.filter { $0.severity == .warning }.count + four.unlistedWarnings == 4 * 33)
    }
  }

  @Test func theFirstThousandWarningsAreKeptAndTheRestCounted() {
    let record = #"{"item": "1", "status": "done", "completed": "2024-12-01"}"#
    let text = CheckFixture.status(party: "MIN", Array(repeating: record, count: 25).joined(separator: ",\n"))
    let files = (0..<60).map { ("s\($0).json", Array(text.utf8)) }
    let table = CheckFixture.table()
    let status = StatusSet.load(files: files, table: table)
    let kept = status.diagnostics.filter { $0.severity == .warning }
    #expect(kept.count == StatusSet.maximumWarnings)
    // Twenty a file are made; the five more of each file are counted too: the count is exact.
    #expect(status.unlistedWarnings == 60 * 25 - StatusSet.maximumWarnings)
    let every = files.flatMap { StatusSet.load(files: [$0], table: table).diagnostics }.sortedForReporting()
    #expect(kept == Array(every.prefix(StatusSet.maximumWarnings)))
    #expect(status.errorCount == 0)
    // A file given twice repeats its warnings: then every one is kept, and repeats are dropped.
    let twice = StatusSet.load(files: files + [files[0]], table: table)
    #expect(twice.unlistedWarnings == 0)
    #expect(twice.diagnostics.filter { $0.severity == .warning }.count == 60 * 20)
  }
}

extension WarningCapTests {
  /// Read from the disk in batches, files past the last kept warning only count theirs: the result
  /// is the one of keeping every warning and cutting after.
  @Test func filesPastTheKeptWarningsCountTheirsAlike() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-warnings-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let record = #"{"item": "1", "status": "done", "completed": "2024-12-01"}"#
    let text = CheckFixture.status(party: "MIN", Array(repeating: record, count: 25).joined(separator: ",\n"))
    // Names in an order other than their sorted one, so that a later batch sorts before an earlier.
    let paths = (0..<600).map { directory + "/s\(($0 * 7919) % 600).json" }
    for path in paths { try text.write(toFile: path, atomically: false, encoding: .utf8) }
    let table = CheckFixture.table()
    let fromDisk = StatusSet.load(paths: paths, table: table)
    let inMemory = StatusSet.load(files: paths.map { ($0, Array(text.utf8)) }, table: table)
    #expect(fromDisk.unlistedWarnings == 600 * 25 - StatusSet.maximumWarnings)
    #expect(fromDisk.unlistedWarnings == inMemory.unlistedWarnings)
    #expect(fromDisk.diagnostics == inMemory.diagnostics)
  }

  /// Records warned about in files whose warnings are only counted are taken by the quick reader
  /// (`QuickRecords`); what is kept and counted is what the full reader keeps and counts.
  @Test func warnedRecordsOfCountingFilesAreTakenAlike() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-warned-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // The ministry: 25 completions after `as_of`, one before the plan's approval, two sound.
    let ministry = CheckFixture.status(
      party: "MIN",
      (Array(repeating: #"{"item": "1", "status": "done", "completed": "2024-12-01"}"#, count: 25) + [
        #"{"item": "8", "status": "done", "completed": "2024-01-10"}"#,
        #"{"item": "2", "occurrence": 1, "status": "done", "completed": "2024-03-20"}"#,
        #"{"item": "2", "occurrence": 2, "status": "in_progress"}"#,
      ]).joined(separator: ",\n"))
    // A municipality: six records of the ministry's item, each late too (two warnings a record),
    // an indicator the item sets no target for (left to the full reader), a blank record of the
    // ministry's item (not its owner: warned too): fourteen warnings.
    let municipality = CheckFixture.status(
      party: "MOUO", subject: "a",
      (Array(repeating: #"{"item": "1", "status": "done", "completed": "2024-12-01"}"#, count: 6) + [
        #"{"item": "3", "status": "done", "completed": "2024-03-01", "values": {"organisers": 30}}"#,
        #"{"item": "8"}"#,
      ]).joined(separator: ",\n"))
    let paths = (0..<600).map { directory + "/s\(($0 * 7919) % 600).json" }
    let texts = paths.indices.map { $0 % 2 == 0 ? ministry : municipality }
    for (path, text) in zip(paths, texts) { try text.write(toFile: path, atomically: false, encoding: .utf8) }
    let table = CheckFixture.table()
    let fromDisk = StatusSet.load(paths: paths, table: table)
    let inMemory = StatusSet.load(files: zip(paths, texts).map { ($0, Array($1.utf8)) }, table: table)
    // Every warning is counted, made or not: 26 a ministry file, 14 a municipality's.
    #expect(fromDisk.unlistedWarnings == 300 * 26 + 300 * 14 - StatusSet.maximumWarnings)
    #expect(fromDisk.unlistedWarnings == inMemory.unlistedWarnings)
    #expect(fromDisk.diagnostics == inMemory.diagnostics)
    #expect(fromDisk.slots == inMemory.slots)
    #expect(fromDisk.records == inMemory.records)
    #expect(fromDisk.details == inMemory.details)
  }
}
