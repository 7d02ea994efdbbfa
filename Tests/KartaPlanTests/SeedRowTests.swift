import Foundation
import KartaLanguage
import Testing

@testable import KartaPlan

/// Every row of every seed document is in its plan, with its owners and its deadline phrase as the
/// document writes it. The manifests under Fixtures/seed-rows list the rows; the seed texts under
/// Fixtures/seeds are the documents themselves.
@Suite struct SeedRowTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  struct SeedPlan: CustomTestStringConvertible, Sendable {
    let name: String
    let seed: String
    let items: Int
    let reports: Int
    var testDescription: String { name }
  }

  static let plans = [
    SeedPlan(name: "irkutsk", seed: "001_2e162e9a4154fa3c.txt", items: 92, reports: 0),
    SeedPlan(name: "sayansk", seed: "002_ba14ffaa4ae57fe0.txt", items: 47, reports: 0),
    SeedPlan(name: "kavalerovo", seed: "003_3414ac84972bb084.txt", items: 47, reports: 0),
    SeedPlan(name: "belgorod", seed: "004_14bfe9cc178f1ed1.txt", items: 23, reports: 2),
  ]

  struct Row {
    var id: String
    var owners: [String]
    var due: String
  }

  static func rows(_ name: String) throws -> [Row] {
    let text = try String(contentsOf: fixtures.appendingPathComponent("seed-rows/\(name).tsv"), encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Row(
        id: fields[0], owners: fields[1].split(separator: ",").map(String.init), due: fields.count > 2 ? fields[2] : "")
    }
  }

  /// Text as the comparison sees it: HTML tags and '*' removed, runs of white space made one space.
  static func comparable(_ text: String) -> String {
    let withoutTags = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    return withoutTags.replacingOccurrences(of: "*", with: "").split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
  }

  static func load(_ name: String) -> LoadedPlan {
    PlanLoader.load(path: repository.appendingPathComponent("Rules/\(name).plan").path)
  }

  @Test(arguments: plans)
  func everySeedRowIsInThePlanWithItsOwnersAndDeadline(_ seedPlan: SeedPlan) throws {
    let loaded = Self.load(seedPlan.name)
    #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.message))")
    let plan = loaded.plan
    let rows = try Self.rows(seedPlan.name)
    #expect(plan.items.count == seedPlan.items)
    #expect(plan.reports.count == seedPlan.reports)
    #expect(rows.count == seedPlan.items + seedPlan.reports)
    #expect(rows.map(\.id) == plan.items.map(\.id) + plan.reports.map(\.id), "the manifest lists the plan in order")
    for row in rows {
      if let item = plan.item(row.id) {
        #expect(item.owners == row.owners, "owners of \(row.id)")
        let due =
          item.subjectDues.isEmpty
          ? (item.due?.text ?? "")
          : item.subjectDues.map { "\($0.subject)=\($0.due.text)" }.joined(separator: " | ")
        #expect(due.replacingOccurrences(of: "\n", with: " ") == row.due, "deadline of \(row.id)")
      } else if let report = plan.reports.first(where: { $0.id == row.id }) {
        #expect(report.from.map { [$0] } == row.owners, "reporter of \(row.id)")
        #expect(report.dues.map(\.text).joined(separator: " | ") == row.due, "checkpoints of \(row.id)")
      } else {
        Issue.record("\(row.id) is in the manifest but not in Rules/\(seedPlan.name).plan")
      }
    }
  }

  @Test(arguments: plans)
  func deadlinesAndTitlesAreTheDocumentsOwnWords(_ seedPlan: SeedPlan) throws {
    let seed = Self.comparable(
      try String(contentsOf: Self.fixtures.appendingPathComponent("seeds/\(seedPlan.seed)"), encoding: .utf8))
    let plan = Self.load(seedPlan.name).plan
    for item in plan.items {
      let phrases = ([item.due] + item.subjectDues.map(\.due)).compactMap { $0?.text }
      for phrase in phrases where phrase != "срок не указан" {
        #expect(seed.contains(Self.comparable(phrase)), "deadline of \(item.id) «\(phrase)» is not in the seed")
      }
      let opening = String(Self.comparable(item.title).prefix(30))
      #expect(seed.contains(opening), "text of \(item.id) «\(opening)» is not in the seed")
    }
    for report in plan.reports {
      for due in report.dues {
        #expect(seed.contains(Self.comparable(due.text)), "checkpoint of \(report.id) «\(due.text)» is not in the seed")
      }
    }
  }

  @Test func irkutskRowEightHasADeadlinePerMunicipality() throws {
    let plan = Self.load("irkutsk").plan
    let item = try #require(plan.item("A1.8"))
    #expect(item.subjectDues.count == 7)
    #expect(item.subjectDues.map(\.subject).contains("angarsk"))
    #expect(item.subjectDues.first { $0.subject == "angarsk" }?.due.text == "март-апрель 2024 года")
    for id in ["A1.11", "A1.13", "A1.14", "A1.16", "A1.17"] {
      let fannedOut = try #require(plan.item(id))
      #expect(!fannedOut.subjects.isEmpty, "\(id) names the municipalities it fans out to")
    }
  }

  @Test func theRowListedTwiceStaysTwice() {
    let plan = Self.load("irkutsk").plan
    let landings = plan.items.filter { $0.title.lowercased().contains("академических десантов") }
    #expect(landings.count == 2)
  }
}
