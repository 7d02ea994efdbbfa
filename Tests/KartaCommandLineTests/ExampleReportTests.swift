import Foundation
import KartaTestSupport
import Testing

@testable import KartaCommandLine

/// Every example under Examples/ is checked, and what `karta check` prints must equal the report
/// kept beside it. `UPDATE_GOLDEN=1 swift test` rewrites the kept reports; review the diff.
@Suite struct ExampleReportTests {
  static let examples: [String] = {
    let directory = repository.appendingPathComponent("Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter {
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("\($0)/check.args").path)
    }
    .sorted()
  }()

  @Test func everyPlanHasAnExample() {
    #expect(Self.examples == ["belgorod", "irkutsk", "kavalerovo", "sayansk"])
  }

  @Test(arguments: examples)
  func theReportMatchesTheKeptOne(_ name: String) throws {
    let folder = repository.appendingPathComponent("Examples/\(name)")
    let line = try String(contentsOf: folder.appendingPathComponent("check.args"), encoding: .utf8)
    let arguments = line.split(whereSeparator: \.isWhitespace).map(String.init)
    // Paths in check.args are relative to the repository; run with absolute ones and print relative ones.
    let absolute = arguments.map { argument in
      argument.hasPrefix("-") || !argument.contains("/") ? argument : repository.appendingPathComponent(argument).path
    }
    let captured = CapturedConsole()
    let code = Karta.run(["check"] + absolute, console: captured.console)
    #expect(code == 0 || code == 1, "\(captured.error)")
    let output = captured.out.replacingOccurrences(of: repository.path + "/", with: "")
    let kept = folder.appendingPathComponent("report.txt")
    try GoldenFile.expectMatch(output, at: kept, "karta check \(line) differs from Examples/\(name)/report.txt")
  }

  @Test func theExamplesShowEveryState() throws {
    var seen = Set<String>()
    for name in Self.examples {
      let report = try String(
        contentsOf: repository.appendingPathComponent("Examples/\(name)/report.txt"), encoding: .utf8)
      guard
        let summary = report.split(separator: "\n").first(where: {
          $0.contains(" obligations") && $0.contains("pending")
        })
      else { continue }
      let counts = summary.components(separatedBy: " — ").first ?? ""
      for part in counts.split(separator: "·") {
        let words = part.split(separator: " ")
        if let last = words.last, let count = Int(last), count > 0 {
          seen.insert(words.dropLast().joined(separator: " "))
        }
      }
    }
    for state in [
      "done", "late", "overdue", "due soon", "pending", "unreported", "ongoing", "unscheduled", "on request",
      "waived", "cancelled", "target missed",
    ] {
      #expect(seen.contains(state), "no example shows \(state)")
    }
  }
}
