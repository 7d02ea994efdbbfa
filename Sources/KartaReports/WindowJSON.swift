import KartaSchedule

/// A window as the JSON contracts write it — `karta when` and `karta check --format json` alike:
/// `start`, `due`, `effective_due`, `label` always present (`null` when absent), and `as_of` and
/// `due_time` (as written), `due_zone` (the zone it is written in) and `local_due_time` (in the
/// plan's zone, when that differs) when the window has them.
public struct WindowJSON: Encodable, Sendable {
  let window: Window

  /// Wraps `window` for encoding.
  public init(_ window: Window) { self.window = window }

  enum CodingKeys: String, CodingKey {
    case start, due, label
    case effectiveDue = "effective_due"
    case asOf = "as_of"
    case dueTime = "due_time"
    case dueZone = "due_zone"
    case localDueTime = "local_due_time"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(window.start.iso, forKey: .start)
    try container.encode(window.due.iso, forKey: .due)
    try container.encode(window.effectiveDue.iso, forKey: .effectiveDue)
    try container.encode(window.label, forKey: .label)
    try container.encodeIfPresent(window.asOf?.iso, forKey: .asOf)
    try container.encodeIfPresent(window.dueTime, forKey: .dueTime)
    try container.encodeIfPresent(window.dueZone, forKey: .dueZone)
    try container.encodeIfPresent(window.localDueTime, forKey: .localDueTime)
  }
}

extension WindowJSON {
  /// Writes `window` (or `null`) as `encode(to:)` does, keys sorted.
  static func write(_ window: Window?, to json: inout JSONWriter) {
    guard let window else { return json.null() }
    json.beginObject()
    if let asOf = window.asOf { json.member("as_of", asOf.iso) }
    json.member("due", window.due.iso)
    if let dueTime = window.dueTime { json.member("due_time", dueTime) }
    if let dueZone = window.dueZone { json.member("due_zone", dueZone) }
    json.member("effective_due", window.effectiveDue.iso)
    json.member("label", window.label)
    if let local = window.localDueTime { json.member("local_due_time", local) }
    json.member("start", window.start.iso)
    json.endObject()
  }
}
