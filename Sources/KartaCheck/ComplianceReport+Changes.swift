/// The obligations whose deadline a record moved, or that were waived or cancelled: the reports'
/// "changes" section.
extension ComplianceReport {
  /// The included obligations whose record moves the deadline, waives or cancels them (and, with
  /// `amendedItems`, every obligation of an item an amendment changed), in plan order: at most
  /// `limit` of them, with how many there are in all.
  public func changedObligations(limit: Int, amendedItems: Bool) -> (indices: [Int], total: Int) {
    var indices: [Int] = []
    var total = 0
    let records = status.records
    let slots = status.slots
    for (number, group) in table.groups.enumerated() {
      let amended =
        if amendedItems, case .item(let item) = group.source { table.plan.items[item].amendment != nil } else { false }
      // Evaluation counted them: most groups have none and are not looked at.
      guard amended || changedByGroup[number] > 0 else { continue }
      let end = number + 1 < table.groups.count ? table.groups[number + 1].base : table.count
      var block = group.base
      while block < end {
        // Records lie in file order, obligations in plan order: a block's records are loaded in a
        // loop that keeps many loads in flight, then looked at from the cache.
        let blockEnd = min(block + 1_024, end)
        var changed = 0
        if !amended {
          for index in block..<blockEnd where slots[index] >= 0 && states[index] != Self.excluded {
            changed &+= QuickStates.changes(records[Int(slots[index])]) ? 1 : 0
          }
          if changed == 0 {
            block = blockEnd
            continue
          }
        }
        for index in block..<blockEnd where states[index] != Self.excluded {
          guard amended || (slots[index] >= 0 && QuickStates.changes(records[Int(slots[index])])) else { continue }
          total += 1
          if indices.count < limit { indices.append(index) }
        }
        block = blockEnd
      }
    }
    return (indices, total)
  }
}
