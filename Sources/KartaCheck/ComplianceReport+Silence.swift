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
    // Who sent: parties, and for a party that fans out, its subjects (by index: a national check
    // has forty thousand of them, and an unreported obligation each to look up).
    var sent = Set<String>()
    var sentSubjects: [String: Set<Int32>] = [:]
    for (index, file) in status.files.enumerated() where !later.contains(index) {
      guard let file else { continue }
      sent.insert(file.party)
      if let subject = file.subject.flatMap({ table.subjectIndex[$0] }) {
        sentSubjects[file.party, default: []].insert(subject)
      }
    }
    let unreported = UInt8(ObligationState.unreported.slot)
    // Unreported obligations of a party as a whole, and of a fanning-out party by subject.
    var counts: [String: Int] = [:]
    var subjectCounts: [String: [Int32: Int]] = [:]
    for group in table.groups {
      let owners = owners(of: group).map { (code: $0, fansOut: table.plan.party($0)?.each != nil) }
      // Every owner has sent something: nothing of this group can be silent.
      if owners.allSatisfy({ !$0.fansOut && sent.contains($0.code) }) { continue }
      for position in 0..<table.subjectCount(group) {
        let subject = table.subject(of: group, at: position)
        var missing = 0
        for occurrence in 1...max(1, group.count(at: position)) {
          let index = group.index(position: position, occurrence: occurrence)
          if index < states.count, states[index] == unreported { missing += 1 }
        }
        guard missing > 0 else { continue }
        for (owner, fansOut) in owners {
          if fansOut, let subject {
            guard sentSubjects[owner]?.contains(subject) != true else { continue }
            subjectCounts[owner, default: [:]][subject, default: 0] += missing
          } else if !sent.contains(owner) {
            counts[owner, default: 0] += missing
          }
        }
      }
    }
    var silent: [SilentReporter] = []
    var listed = Set<String>()
    for party in table.plan.parties where listed.insert(party.code).inserted {
      if let count = counts[party.code] {
        silent.append(SilentReporter(party: party.code, subject: nil, unreported: count))
      }
      let subjects = (subjectCounts[party.code] ?? [:]).map { (subject: table.subjects[Int($0.key)], count: $0.value) }
      for (subject, count) in subjects.sorted(by: { $0.subject.id < $1.subject.id }) {
        silent.append(SilentReporter(party: party.code, subject: subject, unreported: count))
      }
    }
    return silent
  }
}
