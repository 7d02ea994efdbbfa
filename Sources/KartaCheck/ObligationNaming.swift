import KartaWords

/// Names obligations in messages: "item 'A1.8' for 'angarsk', occurrence 2".
struct ObligationNaming {
  let table: ObligationTable

  func describe(group: Int, position: Int, occurrence: Int) -> Phrase {
    let obligations = table.groups[group]
    let what: Phrase
    switch obligations.source {
    case .item(let number): what = Phrase("obligation.item", "\(table.plan.items[number].id)")
    case .report(let number): what = Phrase("obligation.report", "\(table.plan.reports[number].id)")
    }
    let subject = table.subject(of: obligations, at: position).map { table.subjects[Int($0)].id }
    let repeated = obligations.count(at: position) > 1
    switch (subject, repeated) {
    case (let subject?, true):
      return Phrase("obligation.subject-occurrence", .phrase(what), "\(subject)", "\(occurrence)")
    case (let subject?, false): return Phrase("obligation.subject", .phrase(what), "\(subject)")
    case (nil, true): return Phrase("obligation.occurrence", .phrase(what), "\(occurrence)")
    case (nil, false): return what
    }
  }
}
