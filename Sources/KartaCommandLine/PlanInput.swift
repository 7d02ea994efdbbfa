import Foundation
import KartaCheck
import KartaLanguage
import KartaPlan
import KartaSchedule

/// Loading a plan for a command that needs a sound one (`check`, `template`): its errors are
/// printed and the command stops with exit code 2.
enum PlanInput {
  static func load(
    _ path: String, console: Console, command: String, from sources: some SourceProvider = FileSystemSources()
  ) -> LoadedPlan? {
    let loaded = PlanLoader.load(path: path, from: sources)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else {
      console.writeError(
        DiagnosticRenderer(sources: loaded.sources, colored: console.colored, language: console.language).render(errors)
      )
      console.writeError(
        "karta \(command): "
          + console.language.count("count.cli.plan-errors", errors.count, "\(errors.count)", "karta lint \(path)")
          + "\n")
      return nil
    }
    guard loaded.plan.header != nil else {
      console.writeError("karta \(command): \(console.language.say("cli.no-header", "\(path)"))\n")
      return nil
    }
    // A deadline Karta cannot read is a lint error, not a broken plan: the command goes on, and
    // says which obligations it could not date.
    let plan = loaded.plan
    var unread: [String] = []
    for item in plan.items {
      let dues = [item.due].compactMap { $0 } + item.subjectDues.map(\.due)
      if dues.contains(where: { $0.schedule?.kind == .unknown }) { unread.append(item.id) }
    }
    for report in plan.reports where report.dues.contains(where: { $0.schedule?.kind == .unknown }) {
      unread.append(report.id)
    }
    if !unread.isEmpty {
      let listed = unread.prefix(5).joined(separator: ", ") + (unread.count > 5 ? ", …" : "")
      let what =
        unread.count == 1
        ? console.language.say("cli.unread-deadline", "\(listed)", "karta lint \(path)")
        : console.language.say("cli.unread-deadlines", "\(unread.count)", "\(listed)", "karta lint \(path)")
      console.writeError("karta \(command): \(console.language.word("severity.warning")): \(what)\n")
    }
    warnOfYearsWithoutDecree(plan, command: command, console: console)
    return loaded
  }

  /// Says which years the plan's due dates fall in without a decree on transferred days off, and
  /// which rules Karta applied there instead.
  private static func warnOfYearsWithoutDecree(_ plan: Plan, command: String, console: Console) {
    var years = Set<Int>()
    let phrases =
      plan.items.flatMap { [$0.due].compactMap { $0 } + $0.subjectDues.map(\.due) } + plan.reports.flatMap(\.dues)
      + plan.amendments.compactMap(\.due)
    for phrase in phrases {
      if let schedule = phrase.schedule { years.formUnion(plan.yearsWithoutDecree(schedule)) }
    }
    guard !years.isEmpty else { return }
    let named = years.sorted().map(String.init).joined(separator: ", ")
    console.writeError(
      "karta \(command): warning: deadlines fall in \(named), and Karta has no decree on transferred days off for "
        + (years.count == 1 ? "that year" : "those years") + ": \(ProductionCalendar.lawOnlyRule); add a 'calendar' "
        + "block once the decree is published (docs/deadlines.md)\n")
  }

  /// Today in the plan's time zone.
  static func today(in plan: Plan) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone =
      plan.header?.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Moscow") ?? .current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CivilDate(year: parts.year ?? 2024, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
  }


  /// Checks `--party` and `--subject` against the plan; prints the problem and returns `false` when wrong.
  static func checkFilter(party: String?, subject: String?, plan: Plan, console: Console, command: String) -> Bool {
    if let party, plan.party(party) == nil {
      let suggestion = Suggestions.closest(to: party, among: plan.parties.map(\.code))
      console.writeError(
        "karta \(command): "
          + Phrase.suggesting("plan.unknown.party", suggestion, "\(party)").text(in: console.language) + "\n"
      )
      return false
    }
    if let subject, plan.subject(subject) == nil {
      let ids = plan.subjectLists.flatMap(\.members).map(\.id)
      let suggestion = Suggestions.closest(to: subject, among: ids)
      console.writeError(
        "karta \(command): "
          + Phrase.suggesting("plan.unknown.subject", suggestion, "\(subject)").text(in: console.language) + "\n"
      )
      return false
    }
    return true
  }
}

/// Plan files read from the disk with the SHA-256 of the very bytes the loader was given, so that
/// a report's digests describe what was checked: no file is read a second time to hash it.
final class DigestingSources: SourceProvider, @unchecked Sendable {
  private let disk: any SourceProvider
  private let lock = NSLock()
  private var digests: [String: String] = [:]

  /// Creates sources that read through `disk`.
  init(_ disk: any SourceProvider = FileSystemSources()) { self.disk = disk }

  func read(_ path: String) -> Result<[UInt8], SourceReadError> {
    let result = disk.read(path)
    if case .success(let bytes) = result {
      let digest = InputDigest.sha256(of: bytes)
      lock.withLock { digests[path] = digests[path] ?? digest }
    }
    return result
  }

  func resolvedPath(_ path: String) -> String { disk.resolvedPath(path) }

  /// The digest of each file `plan` was read from, in its order.
  func inputs(of plan: Plan) -> [InputDigest] {
    lock.withLock {
      plan.files.map { InputDigest(path: $0, sha256: digests[$0] ?? InputDigest.sha256(of: [])) }
    }
  }
}
