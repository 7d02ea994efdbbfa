import Foundation
import Testing

@testable import KartaLanguage

/// What is wrong with a path is a case, and each case has its own words.
@Suite struct RegularFileTests {
  @Test func eachProblemIsItsOwnCase() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("karta-file-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("p.plan")
    try Data("plan p: П\n".utf8).write(to: file)
    #expect(RegularFile.problem(at: file.path) == nil)
    #expect(RegularFile.problem(at: directory.appendingPathComponent("none.plan").path) == .missing)
    #expect(RegularFile.problem(at: directory.path) == .directory)
    #expect(RegularFile.problem(at: "/dev/null") == .special)
  }

  @Test(arguments: [
    (FileProblem.missing, "file.unreadable.missing"), (.directory, "file.unreadable.directory"),
    (.special, "file.unreadable.special"), (.unreadable("permission denied"), "file.unreadable"),
    (.tooLarge(size: 9, limit: 8), "file.unreadable"),
  ])
  func eachProblemHasItsMessage(_ problem: FileProblem, key: String) {
    let diagnostic = Diagnostic.unreadableFile("/nowhere/p.plan", problem: problem, at: SourceLocation(file: "p"))
    #expect(diagnostic.phrase?.key == key)
    #expect(diagnostic.message.hasSuffix(problem.reason))
  }
}
