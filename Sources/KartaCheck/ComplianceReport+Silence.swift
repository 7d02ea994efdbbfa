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
    // Unreported obligations of a party as a whole, and of a fanning-out party by subject number
    // (an array a party: eight million obligations are counted without hashing).
    var counts: [String: Int] = [:]
    var subjectCounts: [String: [Int]] = [:]
    for group in table.groups {
      let owners = owners(of: group).map { (code: $0, fansOut: table.plan.party($0)?.each != nil) }
      // Every owner has sent something: nothing of this group can be silent.
      if owners.allSatisfy({ !$0.fansOut && sent.contains($0.code) }) { continue }
      for (code, fansOut) in owners where fansOut && subjectCounts[code] == nil {
        subjectCounts[code] = [Int](repeating: 0, count: table.subjects.count)
      }
      for (code, fansOut) in owners {
        let sentBy = sentSubjects[code] ?? []
        var whole = 0
        var perSubject = fansOut ? subjectCounts.removeValue(forKey: code) ?? [] : []
        for position in 0..<table.subjectCount(group) {
          var missing = 0
          for occurrence in 1...max(1, group.count(at: position)) {
            let index = group.index(position: position, occurrence: occurrence)
            if index < states.count, states[index] == unreported { missing += 1 }
          }
          guard missing > 0 else { continue }
          if fansOut, let subject = table.subject(of: group, at: position) {
            if !sentBy.contains(subject) { perSubject[Int(subject)] += missing }
          } else if !sent.contains(code) {
            whole += missing
          }
        }
        if fansOut { subjectCounts[code] = perSubject }
        if whole > 0 { counts[code, default: 0] += whole }
      }
    }
    var silent: [SilentReporter] = []
    var listed = Set<String>()
    for party in table.plan.parties where listed.insert(party.code).inserted {
      if let count = counts[party.code] {
        silent.append(SilentReporter(party: party.code, subject: nil, unreported: count))
      }
      let perSubject = subjectCounts[party.code] ?? []
      let subjects = perSubject.indices.filter { perSubject[$0] > 0 }.map { (subject: table.subjects[$0], count: perSubject[$0]) }
      for (subject, count) in subjects.sorted(by: { $0.subject.id < $1.subject.id }) {
        silent.append(SilentReporter(party: party.code, subject: subject, unreported: count))
      }
    }
    return silent
  }
}
