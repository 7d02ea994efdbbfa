import Foundation
import KartaPlan
import Testing

@testable import KartaCommandLine

/// The shipped plan files, root plans first, as paths relative to `Rules/`.
private let rootPlans = ["belgorod.plan", "irkutsk.plan", "kavalerovo.plan", "sayansk.plan"]
private let includedFiles = [
  "calendars/gia-2024.plan", "subjects/belgorod-municipalities.plan", "subjects/irkutsk-municipalities.plan",
  "subjects/sayansk-schools.plan",
]

/// What a loaded plan means, as text: everything the checks use, no source positions.
private func meaning(of path: String) -> String {
  let loaded = PlanLoader.load(path: path)
  let plan = loaded.plan
  var lines: [String] = []
  if let header = plan.header {
    lines.append(
      "plan \(header.id) \(header.title) | \(header.issuer ?? "") | \(header.document ?? "") | \(String(describing: header.approved))"
        + " | \(String(describing: header.period)) | \(header.timeZone ?? "") | \(header.basis) | \(header.control ?? "")"
        + " | \(header.daysOff) \(header.untilIsExclusive) | \(header.notes)")
  }
  lines += plan.parties.map { "party \($0.code) \($0.name) each=\($0.each ?? "-") \($0.notes)" }
  lines += plan.subjectLists.map { list in
    "subjects \(list.id) \(list.name) \(list.members.map { "\($0.id)=\($0.name)" })"
  }
  lines += plan.sections.map {
    "section \($0.id) \($0.title) \($0.number ?? "") \($0.parent ?? "") \($0.goals) \($0.tasks)"
  }
  lines += plan.items.map { item in
    "item \(item.id) \(item.title) | \(item.number ?? "") | \(item.section ?? "") | \(item.owners) | \(item.due?.text ?? "-")"
      + " \(String(describing: item.due?.schedule)) | \(item.subjectDues.map { "\($0.subject): \($0.due.text)" })"
      + " | \(item.subjects) | \(item.event ?? "-") | \(item.evidence) | \(item.dependencies) | \(item.notes)"
  }
  lines += plan.reports.map { "report \($0.id) \($0.title) \($0.from ?? "") \($0.to ?? "") \($0.dues.map(\.text))" }
  lines += plan.events.map { "event \($0.id) \($0.name) \($0.dates.map(\.text)) \($0.windows.count) \($0.sources)" }
  lines += plan.amendments.map { "amendment \($0.id) \($0.item ?? "") \($0.due?.text ?? "") \($0.owners)" }
  lines.append("errors: \(loaded.diagnostics.filter { $0.severity == .error }.count)")
  return lines.joined(separator: "\n")
}

/// Copies `Rules/` into a fresh directory and returns it.
private func copyOfRules() throws -> URL {
  let directory = try temporaryDirectory()
  let copy = directory.appendingPathComponent("Rules")
  try FileManager.default.copyItem(at: repository.appendingPathComponent("Rules"), to: copy)
  return copy
}

private func write(_ text: String, to name: String, in directory: URL) throws -> String {
  let url = directory.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

private func read(_ path: String) throws -> String {
  try String(contentsOfFile: path, encoding: .utf8)
}

@Suite struct FmtCommandTests {
  static let canonical = """
    plan p: План
      period: 2024

    party MINOBR: Министерство образования

    item 1: Проведение семинара
      owner: MINOBR
      due: до 1 марта 2024 года

    """

  static let messy = """
    plan p:План
        period :  2024
    party MINOBR: Министерство образования
    item 1: Проведение семинара
    \towner: MINOBR
       due: до 1 марта 2024 года
    """

  @Test func theShippedPlansAreInCanonicalForm() {
    let paths = (rootPlans + includedFiles).map { repository.appendingPathComponent("Rules/\($0)").path }
    let result = Karta.run(["fmt", "--check"] + paths, console: CapturedConsole().console)
    #expect(result == 0)
  }

  @Test func oneFileWithoutOptionsIsPrinted() throws {
    let directory = try temporaryDirectory()
    let path = try write(Self.messy, to: "p.plan", in: directory)
    let result = karta("fmt", path)
    #expect(result.code == 0)
    #expect(result.out == Self.canonical)
    #expect(try read(path) == Self.messy)
  }

  @Test func checkNamesTheFilesThatWouldChange() throws {
    let directory = try temporaryDirectory()
    let good = try write(Self.canonical, to: "good.plan", in: directory)
    let bad = try write(Self.messy, to: "bad.plan", in: directory)
    let crlf = try write(Self.canonical.replacingOccurrences(of: "\n", with: "\r\n"), to: "crlf.plan", in: directory)
    #expect(karta("fmt", "--check", good) == (0, "", ""))
    let result = karta("fmt", "--check", good, bad, crlf)
    #expect(result.code == 1)
    #expect(result.out == "\(bad)\n\(crlf)\n")
    #expect(try read(bad) == Self.messy)
  }

  @Test func diffPrintsAUnifiedDiff() throws {
    let directory = try temporaryDirectory()
    let path = try write(Self.messy, to: "p.plan", in: directory)
    let result = karta("fmt", "--diff", path)
    #expect(result.code == 1)
    #expect(
      result.out == """
        --- a/\(path)
        +++ b/\(path)
        @@ -1,6 +1,8 @@
        -plan p:План
        -    period :  2024
        +plan p: План
        +  period: 2024
        +
         party MINOBR: Министерство образования
        +
         item 1: Проведение семинара
        -\towner: MINOBR
        -   due: до 1 марта 2024 года
        +  owner: MINOBR
        +  due: до 1 марта 2024 года

        """)
    #expect(karta("fmt", "--diff", try write(Self.canonical, to: "q.plan", in: directory)) == (0, "", ""))
  }

  @Test func aDiffOfLineEndsOnlySaysSo() throws {
    let directory = try temporaryDirectory()
    let url = directory.appendingPathComponent("crlf.plan")
    try Data([0xEF, 0xBB, 0xBF] + Array(Self.canonical.replacingOccurrences(of: "\n", with: "\r\n").utf8)).write(
      to: url)
    let result = karta("fmt", "--diff", url.path)
    #expect(result.code == 1)
    #expect(
      result.out
        == "--- a/\(url.path)\n+++ b/\(url.path)\n(only line ends, the byte-order mark or the last line break differ)\n"
    )
  }

  @Test func diffHunksKeepThreeLinesOfContext() {
    let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
    var lines = old.split(separator: "\n").map(String.init)
    lines[1] = "changed 2"
    lines.remove(at: 15)
    let new = lines.joined(separator: "\n") + "\n"
    #expect(
      UnifiedDiff.render(old: old, new: new, path: "x") == """
        --- a/x
        +++ b/x
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +changed 2
         line 3
         line 4
         line 5
        @@ -13,7 +13,6 @@
         line 13
         line 14
         line 15
        -line 16
         line 17
         line 18
         line 19

        """)
    #expect(UnifiedDiff.render(old: old, new: old, path: "x") == "")
  }

  @Test func longDiffsAreMinimalAndFoundInLinearSpace() {
    // 3,000 lines, every fifth changed: 1,200 differences, past the traced search's 1,000.
    let oldLines = (1...3_000).map { "line \($0)" }
    let newLines = oldLines.enumerated().map { $0.offset % 5 == 0 ? "changed \($0.offset)" : $0.element }
    var rebuiltOld: [String] = []
    var rebuiltNew: [String] = []
    var changes = 0
    for step in UnifiedDiff.edits(from: oldLines, to: newLines) {
      switch step {
      case .same(let line):
        rebuiltOld.append(line)
        rebuiltNew.append(line)
      case .removed(let line):
        rebuiltOld.append(line)
        changes += 1
      case .added(let line):
        rebuiltNew.append(line)
        changes += 1
      }
    }
    #expect(rebuiltOld == oldLines)
    #expect(rebuiltNew == newLines)
    #expect(changes == 1_200)
    // A replaced line shows as its removal, then its addition.
    let rendered = UnifiedDiff.render(
      old: oldLines.joined(separator: "\n") + "\n", new: newLines.joined(separator: "\n") + "\n", path: "x")
    #expect(rendered.contains("\n line 5\n-line 6\n+changed 5\n line 7\n"))
  }

  @Test func theLinearSpaceSearchFindsScriptsAsShortAsTheClassicOne() {
    var state: UInt64 = 12
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<300 {
      let old = (0..<next(40)).map { _ in next(4) }
      let new = (0..<next(40)).map { _ in next(4) }
      var script: [UnifiedDiff.Step] = []
      LinearSpaceDiff(a: old, b: new).diff(0, old.count, 0, new.count, into: &script)
      var rebuiltOld: [Int] = []
      var rebuiltNew: [Int] = []
      for step in script {
        switch step {
        case .same(let index):
          rebuiltOld.append(old[index])
          rebuiltNew.append(old[index])
        case .removed(let index): rebuiltOld.append(old[index])
        case .added(let index): rebuiltNew.append(new[index])
        }
      }
      #expect(rebuiltOld == old)
      #expect(rebuiltNew == new)
      // The classic search (under 1,000 differences) is minimal: the refinement must match it.
      let classic = UnifiedDiff.edits(from: old.map(String.init), to: new.map(String.init))
      let changes = script.filter { if case .same = $0 { false } else { true } }.count
      #expect(changes == classic.filter { if case .same = $0 { false } else { true } }.count)
    }
  }

  @Test func writeRewritesChangedFilesAndLeavesCanonicalOnesAlone() throws {
    let directory = try temporaryDirectory()
    let bad = try write(Self.messy, to: "bad.plan", in: directory)
    let good = try write(Self.canonical, to: "good.plan", in: directory)
    let old = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: good)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: bad)

    let result = karta("fmt", "--write", bad, good)
    #expect(result.code == 0, "\(result.error)")
    #expect(result.out.isEmpty)
    #expect(try read(bad) == Self.canonical)
    #expect(try read(good) == Self.canonical)
    let badAttributes = try FileManager.default.attributesOfItem(atPath: bad)
    #expect((badAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let goodAttributes = try FileManager.default.attributesOfItem(atPath: good)
    #expect(goodAttributes[.modificationDate] as? Date == old)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
    #expect(karta("fmt", "--check", bad, good).code == 0)
  }

  @Test func writeLeavesReadOnlyAndHardLinkedFilesAlone() throws {
    let directory = try temporaryDirectory()
    let locked = try write(Self.messy, to: "locked.plan", in: directory)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: locked)
    let readOnly = karta("fmt", "--write", locked)
    #expect(readOnly.code == 2)
    #expect(readOnly.error.contains("is read-only; it is left as it is"))
    #expect(try read(locked) == Self.messy)
    let linked = try write(Self.messy, to: "linked.plan", in: directory)
    let other = directory.appendingPathComponent("other.plan").path
    try FileManager.default.linkItem(atPath: linked, toPath: other)
    let hardLinked = karta("fmt", "--write", linked)
    #expect(hardLinked.code == 2)
    #expect(hardLinked.error.contains("has 2 hard links"))
    #expect(try read(linked) == Self.messy && read(other) == Self.messy)
  }

  @Test func writingThroughASymbolicLinkKeepsTheLink() throws {
    let directory = try temporaryDirectory()
    let target = try write(Self.messy, to: "real.plan", in: directory)
    let link = directory.appendingPathComponent("link.plan").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.plan")
    #expect(karta("fmt", "--write", link).code == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.plan")
    #expect(try read(target) == Self.canonical)
  }

  @Test func aFileWithSyntaxErrorsIsNotFormatted() throws {
    let directory = try temporaryDirectory()
    let broken = try write("plan p: План\n  period: 2024\n  onwer: MINOBR\n", to: "broken.plan", in: directory)
    let bad = try write(Self.messy, to: "bad.plan", in: directory)
    let result = karta("fmt", "--write", "--check", broken, bad)
    #expect(result.code == 2)
    #expect(result.error.contains("\(broken):3:3: error[syntax.unknown-property]: unknown property 'onwer'"))
    #expect(result.error.contains("'\(broken)' has 1 syntax error"))
    #expect(result.out == "\(bad)\n")
    #expect(try read(broken) == "plan p: План\n  period: 2024\n  onwer: MINOBR\n")
    #expect(try read(bad) == Self.canonical)
  }

  @Test func unreadableFilesAreBadInput() throws {
    let directory = try temporaryDirectory()
    let missing = directory.appendingPathComponent("missing.plan").path
    let result = karta("fmt", missing)
    #expect(result.code == 2)
    #expect(result.error.contains("\(missing): error[file.unreadable]: cannot read '\(missing)': no such file"))

    let url = directory.appendingPathComponent("latin1.plan")
    try Data(Array("plan p: План\n  note: ".utf8) + [0xE9, 0x0A]).write(to: url)
    let invalid = karta("fmt", "--check", url.path)
    #expect(invalid.code == 2)
    #expect(invalid.error.contains("\(url.path):2:9: error[file.invalid-utf8]"))
  }

  @Test func usageMistakesAreBadInput() throws {
    let directory = try temporaryDirectory()
    let one = try write(Self.canonical, to: "a.plan", in: directory)
    let two = try write(Self.canonical, to: "b.plan", in: directory)
    #expect(karta("fmt").code == 2)
    #expect(karta("fmt", one, two).error.contains("with several files, give --check, --diff or --write"))
    #expect(karta("fmt", one, "--lang", "de").code == 2)
    #expect(karta("help", "fmt").out.contains("usage: karta fmt FILE… [--check] [--diff] [--write] [--lang ru|en]"))
  }

  @Test(arguments: rootPlans) func aScrambledCopyFormatsStableLintsCleanAndMeansTheSame(plan: String) throws {
    let rules = try copyOfRules()
    let original = meaning(of: repository.appendingPathComponent("Rules/\(plan)").path)
    for file in [plan] + includedFiles {
      let path = rules.appendingPathComponent(file).path
      let text = try read(path)
      let scrambled = scrambledPlan(text)
      try Data(scrambled.utf8).write(to: URL(fileURLWithPath: path))
      #expect(karta("fmt", "--check", path).code == 1)
      #expect(karta("fmt", "--write", path).code == 0)
      let once = try read(path)
      #expect(karta("fmt", "--write", path).code == 0)
      #expect(try read(path) == once)
      let comments = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
      let kept = once.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
      #expect(
        kept.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "#   added while editing" }
          == comments.map { $0.trimmingCharacters(in: .whitespaces) })
      #expect(kept.count == comments.count + 1)
    }
    let root = rules.appendingPathComponent(plan).path
    #expect(karta("lint", root).code == 0)
    #expect(meaning(of: root) == original)
  }

  @Test(arguments: rootPlans) func aConvertedPlanMeansTheSame(plan: String) throws {
    let rules = try copyOfRules()
    let original = meaning(of: repository.appendingPathComponent("Rules/\(plan)").path)
    for file in [plan] + includedFiles {
      let path = rules.appendingPathComponent(file).path
      #expect(karta("fmt", "--write", "--lang", "en", path).code == 0)
    }
    let root = rules.appendingPathComponent(plan).path
    let english = try read(root)
    #expect(english.contains("\nitem ") && !english.contains("\nмероприятие "))
    #expect(meaning(of: root) == original)
    #expect(karta("lint", root).code == 0)
    for file in [plan] + includedFiles {
      let path = rules.appendingPathComponent(file).path
      #expect(karta("fmt", "--write", "--lang", "ru", path).code == 0)
    }
    #expect(try read(root).contains("\nмероприятие "))
    #expect(meaning(of: root) == original)
  }

  /// `text` with indented lines re-indented with tabs and odd spaces, blank lines dropped, trailing
  /// blanks, CRLF line ends and one comment added after the first property.
  private func scrambledPlan(_ text: String) -> String {
    var lines: [String] = []
    var added = false
    for (number, line) in text.split(separator: "\n").enumerated() {
      if line.allSatisfy({ $0 == " " }) { continue }
      let indented = line.first == " "
      let body = indented ? ["\t", "   ", " ", "\t "][number % 4] + line.drop { $0 == " " } : String(line)
      lines.append(body + ["", " ", "\t"][number % 3])
      if indented && !added {
        lines.append("#   added while editing")
        added = true
      }
    }
    return lines.joined(separator: "\r\n")
  }
}
