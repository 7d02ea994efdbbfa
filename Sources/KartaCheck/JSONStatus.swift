import KartaLanguage

/// Reads the JSON form of a status file into raw header and records, checking types and field names.
struct JSONStatus {
  let reader: StatusReader
  let base: Int

  static let topLevelFields = ["$schema", "format", "plan", "reporter", "report", "as_of", "submitted", "records"]
  static let reporterFields = ["party", "subject"]
  /// `title`, `due` and `window` are written by `karta template` to tell the executor what is asked.
  static let recordFields = [
    "item", "subject", "occurrence", "status", "completed", "new_due", "basis", "waiver", "values", "evidence", "comment",
    "title", "due", "window",
  ]
  static let waiverFields = ["reason", "approver", "expires"]

  init(reader: StatusReader, context: ReadingContext) {
    self.reader = reader
    self.base = context.base
  }

  func interpret(_ root: JSONNode, digest: String, into context: inout ReadingContext) {
    guard case .object(let members) = root.value else {
      context.report(.wrongType, at: root.offset + base, "a status file is a JSON object, not \(root.value.typeName)")
      return
    }
    checkFields(members, allowed: Self.topLevelFields, in: "the status file", into: &context)
    var header = RawHeader(offset: root.offset + base)
    header.format = string(members, "format", into: &context)
    header.plan = string(members, "plan", into: &context)
    header.report = string(members, "report", into: &context)
    header.asOf = string(members, "as_of", into: &context)
    header.submitted = string(members, "submitted", into: &context)
    if let reporter = member(members, "reporter") {
      if case .object(let fields) = reporter.value {
        checkFields(fields, allowed: Self.reporterFields, in: "'reporter'", into: &context)
        header.party = string(fields, "party", into: &context)
        header.subject = string(fields, "subject", into: &context)
        if header.party == nil { context.report(.missingField, at: reporter.offset + base, "'reporter' does not name its 'party'") }
      } else {
        context.report(.wrongType, at: reporter.offset + base, "'reporter' is an object with 'party' and 'subject', not \(reporter.value.typeName)")
      }
    }
    var records: [JSONNode] = []
    if let node = member(members, "records") {
      if case .array(let elements) = node.value {
        records = elements
      } else {
        context.report(.wrongType, at: node.offset + base, "'records' is an array, not \(node.value.typeName)")
      }
    } else {
      context.report(.missingField, at: root.offset + base, "the status file has no 'records' array")
    }
    let interpreter = StatusInterpreter(reader: reader)
    let info = interpreter.header(header, digest: digest, recordCount: records.count, into: &context)
    context.reading.info = info
    guard let info else { return }
    for node in records {
      guard let raw = record(node, into: &context) else { continue }
      interpreter.record(raw, reporterSubject: info.subject, into: &context)
    }
  }

  private func record(_ node: JSONNode, into context: inout ReadingContext) -> RawRecord? {
    guard case .object(let members) = node.value else {
      context.report(.wrongType, at: node.offset + base, "a record is an object, not \(node.value.typeName)")
      return nil
    }
    let before = context.reading.diagnostics.count
    checkFields(members, allowed: Self.recordFields, in: "a record", into: &context)
    var raw = RawRecord(offset: node.offset + base)
    raw.item = string(members, "item", into: &context)
    raw.subject = string(members, "subject", into: &context)
    raw.status = string(members, "status", into: &context)
    raw.completed = string(members, "completed", into: &context)
    raw.newDue = string(members, "new_due", into: &context)
    raw.basis = string(members, "basis", into: &context)
    raw.comment = string(members, "comment", into: &context)
    if let occurrence = member(members, "occurrence") {
      switch occurrence.value {
      case .number(let value) where value == value.rounded():
        raw.occurrence = RawField(text: String(Int(value)), offset: occurrence.offset + base)
      case .null:
        break
      default:
        context.report(.wrongType, at: occurrence.offset + base, "'occurrence' is a whole number, not \(occurrence.value.typeName)")
      }
    }
    if let waiver = member(members, "waiver") {
      if case .object(let fields) = waiver.value {
        checkFields(fields, allowed: Self.waiverFields, in: "'waiver'", into: &context)
        raw.waiver = (
          waiver.offset + base, string(fields, "reason", into: &context), string(fields, "approver", into: &context),
          string(fields, "expires", into: &context)
        )
      } else if case .null = waiver.value {
      } else {
        context.report(.wrongType, at: waiver.offset + base, "'waiver' is an object, not \(waiver.value.typeName)")
      }
    }
    if let values = member(members, "values") {
      if case .object(let fields) = values.value {
        for field in fields {
          if case .number(let number) = field.node.value {
            raw.values.append((field.key, number))
          } else {
            context.report(.wrongType, at: field.node.offset + base, "indicator '\(field.key)' is a number, not \(field.node.value.typeName)")
          }
        }
      } else if case .null = values.value {
      } else {
        context.report(.wrongType, at: values.offset + base, "'values' is an object of numbers, not \(values.value.typeName)")
      }
    }
    if let evidence = member(members, "evidence") {
      switch evidence.value {
      case .array(let elements):
        for element in elements {
          if case .string(let text) = element.value {
            raw.evidence.append(text)
          } else {
            context.report(.wrongType, at: element.offset + base, "evidence is a list of strings, not \(element.value.typeName)")
          }
        }
      case .string(let text): raw.evidence.append(text)
      case .null: break
      default:
        context.report(.wrongType, at: evidence.offset + base, "'evidence' is an array of strings, not \(evidence.value.typeName)")
      }
    }
    return context.reading.diagnostics.count == before ? raw : nil
  }

  private func member(_ members: [JSONMember], _ key: String) -> JSONNode? {
    members.first { $0.key == key }?.node
  }

  /// A string member; `null` counts as absent; another type is reported.
  private func string(_ members: [JSONMember], _ key: String, into context: inout ReadingContext) -> RawField? {
    guard let node = member(members, key) else { return nil }
    switch node.value {
    case .string(let text): return RawField(text: text, offset: node.offset + base)
    case .null: return nil
    default:
      context.report(.wrongType, at: node.offset + base, "'\(key)' is a string, not \(node.value.typeName)")
      return nil
    }
  }

  private func checkFields(_ members: [JSONMember], allowed: [String], in place: String, into context: inout ReadingContext) {
    var seen = Set<String>()
    for member in members {
      if !seen.insert(member.key).inserted {
        context.report(.unknownField, at: member.keyOffset + base, "'\(member.key)' is given twice in \(place)")
        continue
      }
      guard !allowed.contains(member.key) else { continue }
      let suggestion = Suggestions.closest(to: member.key, among: allowed)
      context.report(
        .unknownField, at: member.keyOffset + base,
        "unknown field '\(member.key)' in \(place)\(suggestion.map { "; did you mean '\($0)'?" } ?? "")",
        suggestion: suggestion)
    }
  }
}
