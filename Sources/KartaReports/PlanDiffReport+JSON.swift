import Foundation
import KartaLanguage
import KartaPlan

extension PlanDiffReport {
  /// The `karta-diff/1` document (docs/diff.md): `old`, `new`, `summary` and `changes`; every key of
  /// a change is always present, `null` when it does not apply.
  public func json() -> String {
    let summary = diff.summary
    let document = Document(
      old: oldPath, new: newPath,
      summary: Summary(
        itemsAdded: summary.itemsAdded, itemsRemoved: summary.itemsRemoved, itemsChanged: summary.itemsChanged,
        itemsMoved: summary.itemsMoved, otherChanges: summary.otherChanges, changes: diff.changes.count),
      changes: diff.changes.map(ChangeJSON.init))
    return JSONText.document(document)
  }

  struct Document: Encodable {
    var format = "karta-diff/1"
    var old: String
    var new: String
    var summary: Summary
    var changes: [ChangeJSON]
  }

  struct Summary: Encodable {
    var itemsAdded: Int
    var itemsRemoved: Int
    var itemsChanged: Int
    var itemsMoved: Int
    var otherChanges: Int
    var changes: Int

    enum CodingKeys: String, CodingKey {
      case changes
      case itemsAdded = "items_added"
      case itemsRemoved = "items_removed"
      case itemsChanged = "items_changed"
      case itemsMoved = "items_moved"
      case otherChanges = "other_changes"
    }
  }

  struct ChangeJSON: Encodable {
    let change: PlanChange

    enum CodingKeys: String, CodingKey {
      case kind, element, item, id, title, field, old, new, added, removed
      case oldID = "old_id"
      case newID = "new_id"
      case oldWindows = "old_windows"
      case newWindows = "new_windows"
      case oldFile = "old_file"
      case oldLine = "old_line"
      case oldColumn = "old_column"
      case newFile = "new_file"
      case newLine = "new_line"
      case newColumn = "new_column"
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(change.kind.rawValue, forKey: .kind)
      try container.encode(change.element.rawValue, forKey: .element)
      try container.encode(change.element == .item ? change.id : nil, forKey: .item)
      try container.encode(change.id, forKey: .id)
      try container.encode(change.oldID, forKey: .oldID)
      try container.encode(change.newID, forKey: .newID)
      try container.encode(change.title, forKey: .title)
      try container.encode(change.field, forKey: .field)
      try container.encode(change.old, forKey: .old)
      try container.encode(change.new, forKey: .new)
      try container.encode(change.added, forKey: .added)
      try container.encode(change.removed, forKey: .removed)
      try container.encode(change.oldWindows?.map(WindowJSON.init), forKey: .oldWindows)
      try container.encode(change.newWindows?.map(WindowJSON.init), forKey: .newWindows)
      try container.encode(change.oldLocation?.file, forKey: .oldFile)
      try container.encode(change.oldLine, forKey: .oldLine)
      try container.encode(change.oldLocation?.range?.start.column, forKey: .oldColumn)
      try container.encode(change.newLocation?.file, forKey: .newFile)
      try container.encode(change.newLine, forKey: .newLine)
      try container.encode(change.newLocation?.range?.start.column, forKey: .newColumn)
    }
  }
}
