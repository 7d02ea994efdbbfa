import KartaLanguage

/// Reads the JSON form of a status file into raw header and records, checking types and field names.
struct JSONStatus {
  let reader: StatusReader
  let tape: JSONTape
  let base: Int

  /// The names of an object's fields, with their bytes for matching.
  struct FieldList {
    let names: [String]
    let bytes: [[UInt8]]

    init(_ names: [String]) {
      self.names = names
      self.bytes = names.map { Array($0.utf8) }
    }
  }

  static let topLevelFields = FieldList([
    "$schema", "format", "plan", "reporter", "report", "as_of", "submitted", "records",
  ])
  static let reporterFields = FieldList(["party", "subject"])
  /// `title`, `due` and `window` are written by `karta template` to tell the executor what is asked.
  static let recordFields = FieldList([
    "item", "subject", "occurrence", "status", "completed", "new_due", "requested", "basis", "waiver", "values",
    "evidence", "comment",
    "title", "due", "window",
  ])
  static let waiverFields = FieldList(["reason", "approver", "expires"])

  private func entry(_ index: Int) -> JSONTape.Entry { tape.entries[index] }
  private func offset(_ index: Int) -> Int { Int(tape.entries[index].offset) + base }

  func interpret(digest: String, into context: inout ReadingContext) {
    let root = 0
    guard entry(root).kind == .object else {
      context.report(.wrongType, at: offset(root), Phrase("status.json.root", described(root)))
      return
    }
    var header = RawHeader(offset: offset(root))
    var records: [Int] = []
    var hasRecords = false
    forEachField(of: root, allowed: Self.topLevelFields, in: "file", into: &context) { key, value, context in
      // A field of the wrong type is reported here, at its value, and not again as missing.
      let kind = entry(value).kind
      if key == "reporter" {
        if kind != .object, kind != .null { header.reported.insert("party") }
      } else if kind != .string, kind != .null, key != "records" {
        header.reported.insert(key)
      }
      switch key {
      case "format": header.format = string(value, key, into: &context)
      case "plan": header.plan = string(value, key, into: &context)
      case "report": header.report = string(value, key, into: &context)
      case "as_of": header.asOf = string(value, key, into: &context)
      case "submitted": header.submitted = string(value, key, into: &context)
      case "reporter":
        guard entry(value).kind == .object else {
          context.report(
            .wrongType, at: offset(value),
            Phrase("status.json.reporter", described(value)))
          return
        }
        var partyGiven = false
        forEachField(of: value, allowed: Self.reporterFields, in: "reporter", into: &context) { key, field, context in
          if key == "party" {
            partyGiven = entry(field).kind != .null
            header.party = string(field, key, into: &context)
          }
          if key == "subject" {
            if entry(field).kind != .string, entry(field).kind != .null { header.reported.insert("subject") }
            header.subject = string(field, key, into: &context)
          }
        }
        if header.party == nil {
          if !partyGiven { context.report(.missingField, at: offset(value), Phrase("status.missing-field.party")) }
          header.reported.insert("party")
        }
      case "records":
        hasRecords = true
        guard entry(value).kind == .array else {
          context.report(.wrongType, at: offset(value), Phrase("status.json.records", described(value)))
          return
        }
        records = tape.elements(of: value)
      default: break
      }
    }
    if !hasRecords { context.report(.missingField, at: offset(root), Phrase("status.missing-field.records")) }
    let interpreter = StatusInterpreter(reader: reader)
    let info = interpreter.header(header, digest: digest, recordCount: records.count, into: &context)
    context.reading.info = info
    guard let info else { return }
    context.reading.entries.reserveCapacity(records.count)
    QuickRecords.with(tape: tape, base: base, reader: reader, info: info, fileIndex: context.fileIndex) { quick in
      for node in records {
        let before = context.reading.entries.count
        switch quick.record(node, into: &context) {
        case .taken, .blank: break
        case .declined:
          guard let raw = record(node, into: &context) else { continue }
          interpreter.record(raw, reporter: info.party, reporterSubject: info.subject, into: &context)
        }
        // The record's line, as the tape counted it: `StatusText.place` then finds only columns.
        if context.reading.entries.count > before, entry(node).kind == .object {
          context.reading.entries[before].record.line = tape.line(at: node)
        }
      }
      context.reading.linesPlaced = true
    }
  }

  private func record(_ node: Int, into context: inout ReadingContext) -> RawRecord? {
    guard entry(node).kind == .object else {
      context.report(.wrongType, at: offset(node), Phrase("status.json.record", described(node)))
      return nil
    }
    let before = context.errors
    var raw = RawRecord(offset: offset(node))
    forEachField(of: node, allowed: Self.recordFields, in: "record", into: &context) { key, value, context in
      switch key {
      case "item": raw.item = string(value, key, into: &context)
      case "subject": raw.subject = string(value, key, into: &context)
      case "status": raw.status = string(value, key, into: &context)
      case "completed": raw.completed = string(value, key, into: &context)
      case "new_due": raw.newDue = string(value, key, into: &context)
      case "requested": raw.requested = string(value, key, into: &context)
      case "basis": raw.basis = string(value, key, into: &context)
      case "comment": raw.comment = string(value, key, into: &context)
      case "occurrence":
        switch entry(value).kind {
        case .number
        where tape.number(at: value) == tape.number(at: value).rounded() && abs(tape.number(at: value)) < 1e15:
          raw.occurrence = RawField(text: String(Int(tape.number(at: value))), offset: offset(value))
        case .null: break
        default:
          context.report(
            .wrongType, at: offset(value), Phrase("status.json.occurrence", described(value)))
        }
      case "waiver": waiver(value, into: &raw, context: &context)
      case "values": values(value, into: &raw, context: &context)
      case "evidence": evidence(value, into: &raw, context: &context)
      default: break
      }
    }
    return context.errors == before ? raw : nil
  }

  private func waiver(_ value: Int, into raw: inout RawRecord, context: inout ReadingContext) {
    switch entry(value).kind {
    case .null: return
    case .object:
      var reason: RawField?
      var approver: RawField?
      var expires: RawField?
      forEachField(of: value, allowed: Self.waiverFields, in: "waiver", into: &context) { key, field, context in
        switch key {
        case "reason": reason = string(field, key, into: &context)
        case "approver": approver = string(field, key, into: &context)
        case "expires": expires = string(field, key, into: &context)
        default: break
        }
      }
      raw.waiver = (offset(value), reason, approver, expires)
    default:
      context.report(.wrongType, at: offset(value), Phrase("status.json.waiver", described(value)))
    }
  }

  private func values(_ value: Int, into raw: inout RawRecord, context: inout ReadingContext) {
    switch entry(value).kind {
    case .null: return
    case .object:
      // A record names a handful of indicators: a linear look is cheapest; past that, a set keeps
      // a hostile object of thousands of keys linear.
      var seen = Set<String>()
      for (key, field) in tape.members(of: value) {
        let name = tape.string(at: key)
        let repeated: Bool
        if raw.values.count < 16 {
          repeated = raw.values.contains { $0.0 == name }
        } else {
          if seen.isEmpty { seen = Set(raw.values.map(\.0)) }
          repeated = !seen.insert(name).inserted
        }
        if repeated {
          context.report(.wrongType, at: offset(key), Phrase("status.duplicate-indicator", "\(name)"))
        } else if entry(field).kind == .number, tape.number(at: field).isFinite {
          raw.values.append((name, tape.number(at: field)))
        } else {
          context.report(
            .wrongType, at: offset(field), Phrase("status.json.indicator", "\(name)", described(field)))
        }
      }
    default:
      context.report(
        .wrongType, at: offset(value), Phrase("status.json.values", described(value)))
    }
  }

  private func evidence(_ value: Int, into raw: inout RawRecord, context: inout ReadingContext) {
    switch entry(value).kind {
    case .null: return
    case .string: raw.evidence.append(tape.string(at: value))
    case .array:
      for element in tape.elements(of: value) {
        if entry(element).kind == .string {
          raw.evidence.append(tape.string(at: element))
        } else {
          context.report(
            .wrongType, at: offset(element), Phrase("status.json.evidence-item", described(element)))
        }
      }
    default:
      context.report(
        .wrongType, at: offset(value), Phrase("status.json.evidence", described(value)))
    }
  }

  /// What a value is, for a message: its type, or for a number the number itself.
  private func described(_ value: Int) -> Phrase.Argument {
    let kind = entry(value).kind
    guard kind == .number else {
      return .word("json.kind." + (kind.typeName.split(separator: " ").last.map(String.init) ?? ""))
    }
    let number = tape.number(at: value)
    guard number.isFinite, abs(number) < 1e15 else { return .word("json.kind.too-large") }
    return number == number.rounded() ? "\(Int(number))" : "\(number)"
  }

  /// A string value; `null` counts as absent; another type is reported.
  private func string(_ value: Int, _ key: String, into context: inout ReadingContext) -> RawField? {
    switch entry(value).kind {
    case .string: return RawField(text: tape.string(at: value), offset: offset(value))
    case .null: return nil
    default:
      context.report(.wrongType, at: offset(value), Phrase("status.json.string", "\(key)", described(value)))
      return nil
    }
  }

  /// Calls `body` for each known field of an object with the field's name; reports unknown and
  /// repeated fields. Names are matched on their bytes: a status file has millions of them.
  private func forEachField(
    of object: Int, allowed: FieldList, in place: String, into context: inout ReadingContext,
    _ body: (String, Int, inout ReadingContext) -> Void
  ) {
    var seen: UInt64 = 0
    for (key, value) in tape.members(of: object) {
      guard let position = tape.match(key, among: allowed.bytes) else {
        let name = tape.string(at: key)
        let suggestion = Suggestions.closest(to: name, among: allowed.names)
        context.report(
          .unknownField, at: offset(key),
          Phrase.suggesting("status.json.unknown-field", suggestion, "\(name)", .word("json.place." + place)),
          suggestion: suggestion)
        continue
      }
      if seen & (1 << position) != 0 {
        context.report(
          .unknownField, at: offset(key),
          Phrase("status.json.duplicate-field", "\(allowed.names[position])", .word("json.place." + place)))
        continue
      }
      seen |= 1 << position
      body(allowed.names[position], value, &context)
    }
  }
}
