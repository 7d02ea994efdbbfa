import KartaPlan

/// A reporter that owes something already due and sent no status file at all: the party, and the
/// subject when the party stands for each member of a list (a school, a municipality).
public struct SilentReporter: Sendable {
  /// The party's code.
  public var party: String
  /// The subject, for a party that fans out.
  public var subject: Subject?
  /// How many of its obligations are due and unreported.
  public var unreported: Int
}

extension ComplianceReport {
  /// The status files each party sent that this check uses, by party code (files dated after the
  /// check's date do not count).
  public var statusFilesByParty: [String: Int] {
    let later = Set(status.laterThanCheck)
    var counts: [String: Int] = [:]
    for (index, file) in status.files.enumerated() where !later.contains(index) {
      guard let file else { continue }
      counts[file.party, default: 0] += 1
    }
    return counts
  }

  /// The parties, and the subjects of parties that fan out, that owe an unreported obligation and
  /// sent no status file: «Не представили сведения». In plan order of parties, then subjects.
  /// Reporting obligations count too: a report not sent is a file not sent.
  public func silentReporters() -> [SilentReporter] {
    let later = Set(status.laterThanCheck)
    var sent = Set<String>()
    for (index, file) in status.files.enumerated() where !later.contains(index) {
      guard let file else { continue }
      sent.insert(file.party)
      if let subject = file.subject { sent.insert(file.party + "\u{0}" + subject) }
    }
    let unreported = UInt8(ObligationState.unreported.slot)
    var counts: [String: Int] = [:]
    var subjects: [String: Int32] = [:]
    for group in table.groups {
      let owners = owners(of: group).map { (code: $0, fansOut: table.plan.party($0)?.each != nil) }
      // Every owner has sent something: nothing of this group can be silent.
      if owners.allSatisfy({ !$0.fansOut && sent.contains($0.code) }) { continue }
      for position in 0..<table.subjectCount(group) {
        let subject = table.subject(of: group, at: position)
        for occurrence in 1...max(1, group.count(at: position)) {
          let index = group.index(position: position, occurrence: occurrence)
          guard index < states.count, states[index] == unreported else { continue }
          for (owner, fansOut) in owners {
            let key = fansOut ? subject.map { owner + "\u{0}" + table.subjects[Int($0)].id } ?? owner : owner
            guard !sent.contains(key) else { continue }
            counts[key, default: 0] += 1
            if fansOut, let subject { subjects[key] = subject }
          }
        }
      }
    }
    var silent: [SilentReporter] = []
    for party in table.plan.parties {
      let keys = counts.keys.filter { $0 == party.code || $0.hasPrefix(party.code + "\u{0}") }.sorted()
      for key in keys {
        silent.append(
          SilentReporter(
            party: party.code, subject: subjects[key].map { table.subjects[Int($0)] }, unreported: counts[key] ?? 0))
      }
    }
    return silent
  }
}
