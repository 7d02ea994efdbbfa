import KartaLanguage
import KartaPlan
import KartaSchedule

/// A text field of a status file and the absolute byte offset it starts at.
struct RawField {
  var text: String
  var offset: Int
}

/// A status file's header fields before they are checked.
struct RawHeader {
  var offset = 0
  var format: RawField?
  var plan: RawField?
  var party: RawField?
  var subject: RawField?
  var report: RawField?
  var asOf: RawField?
  var submitted: RawField?
  /// Fields whose problem (a wrong type) is already reported: not reported again as missing.
  var reported: Set<String> = []
}

/// A record's fields before they are checked against the plan.
struct RawRecord {
  var offset: Int
  var item: RawField?
  var subject: RawField?
  var occurrence: RawField?
  var status: RawField?
  var completed: RawField?
  var newDue: RawField?
  /// The day a request came in, for an obligation counted from it («со дня получения запроса»).
  var requested: RawField?
  var basis: RawField?
  var comment: RawField?
  var waiver: (offset: Int, reason: RawField?, approver: RawField?, expires: RawField?)?
  var values: [(String, Double)] = []
  var evidence: [String] = []

  init(offset: Int) { self.offset = offset }
}

/// Checks header and records against the plan and turns them into obligations' records.
struct StatusInterpreter {
  let reader: StatusReader
  private var table: ObligationTable { reader.table }

  init(reader: StatusReader) { self.reader = reader }

  /// Checks the header; returns the file's metadata when it is usable.
  func header(_ raw: RawHeader, digest: String, recordCount: Int, into context: inout ReadingContext) -> StatusFileInfo?
  {
    var usable = true
    if let format = raw.format {
      if format.text != "karta-status/1" {
        context.report(.wrongFormat, at: format.offset, Phrase("status.wrong-format", "\(format.text)"))
        usable = false
      }
    } else {
      if !raw.reported.contains("format") {
        context.report(.missingField, at: raw.offset, Phrase("status.missing-field.format"))
      }
      usable = false
    }
    if let plan = raw.plan {
      if plan.text != reader.planID {
        context.report(
          .wrongPlan, at: plan.offset, Phrase("status.wrong-plan", "\(plan.text)", "\(reader.planID)"))
        usable = false
      }
    } else {
      if !raw.reported.contains("plan") {
        context.report(.missingField, at: raw.offset, Phrase("status.missing-field.plan"))
      }
      usable = false
    }
    var partyCode = ""
    if let party = raw.party {
      partyCode = party.text
      if table.plan.party(party.text) == nil {
        let suggestion = Suggestions.closest(to: party.text, among: table.plan.parties.map(\.code))
        context.report(
          .unknownReporter, at: party.offset,
          Phrase.suggesting("status.unknown-party", suggestion, "\(party.text)"), suggestion: suggestion)
        usable = false
      }
    } else {
      if !raw.reported.contains("party") {
        context.report(.missingField, at: raw.offset, Phrase("status.missing-field.party"))
      }
      usable = false
    }
    if let subject = raw.subject {
      if table.subjectIndex[subject.text] == nil {
        reportUnknownSubject(subject, into: &context)
        usable = false
      }
    } else if table.plan.party(partyCode)?.each != nil, raw.reported.contains("subject") {
      usable = false
    } else if let list = table.plan.party(partyCode)?.each {
      context.report(
        .missingField, at: raw.party?.offset ?? raw.offset,
        Phrase("status.missing-field.reporter-subject", "\(partyCode)", "\(list)"))
      usable = false
    }
    if let report = raw.report, table.reportGroup[report.text] == nil {
      let suggestion = Suggestions.closest(to: report.text, among: table.plan.reports.map(\.id))
      context.report(
        .unknownStatusItem, at: report.offset,
        Phrase.suggesting("status.unknown-report", suggestion, "\(report.text)"), suggestion: suggestion)
      usable = false
    }
    let asOf = date(raw.asOf, into: &context)
    if raw.asOf?.text.isEmpty ?? true, !raw.reported.contains("as_of") {
      context.report(.missingField, at: raw.asOf?.offset ?? raw.offset, Phrase("status.missing-field.as-of"))
    }
    let submitted = raw.submitted?.text.isEmpty ?? true ? asOf : date(raw.submitted, into: &context)
    guard usable, let asOf, let submitted else { return nil }
    return StatusFileInfo(
      path: context.path, plan: reader.planID, party: partyCode, subject: raw.subject?.text, report: raw.report?.text,
      asOf: asOf, submitted: submitted, recordCount: recordCount, digest: digest)
  }

  /// Checks one record; appends its entry when it reports something.
  func record(_ raw: RawRecord, reporter: String, reporterSubject: String?, into context: inout ReadingContext) {
    guard let item = raw.item else {
      context.report(.missingField, at: raw.offset, Phrase("status.missing-field.item"))
      return checkFieldsAlone(raw, into: &context)
    }
    guard let groupNumber = table.itemGroup[item.text] ?? table.reportGroup[item.text] else {
      // Past the listed problems, only count: a suggestion costs a comparison with every item.
      guard !context.isFull else { return context.countUnlistedError() }
      if let original = ExcelText.originalID(ofConverted: item.text),
        table.itemGroup[original] != nil || table.reportGroup[original] != nil
      {
        // Excel read the id `8.1` as 8 January and saved it as `08.янв`: say so once a file, in full.
        let first = !context.excelDateReported
        context.excelDateReported = true
        context.report(
          .unknownStatusItem, at: item.offset, Phrase("status.excel-date", "\(item.text)", "\(original)"),
          notes: first ? [Phrase("status.excel-date.note")] : [], suggestion: original)
        return checkFieldsAlone(raw, into: &context)
      }
      let candidates = table.plan.items.map(\.id) + table.plan.reports.map(\.id)
      let suggestion = Suggestions.closest(to: item.text, among: candidates)
      context.report(
        .unknownStatusItem, at: item.offset,
        Phrase.suggesting("status.unknown-item", suggestion, "\(item.text)"), suggestion: suggestion)
      return checkFieldsAlone(raw, into: &context)
    }
    let group = table.groups[groupNumber]
    warnUnlessOwner(reporter, of: groupNumber, item: item, into: &context)
    var position = 0
    if case .none = group.span {
      if let subject = raw.subject, !subject.text.isEmpty {
        context.report(
          .unknownStatusSubject, at: subject.offset,
          Phrase("status.unexpected-subject", "\(item.text)"))
        return checkFieldsAlone(raw, into: &context)
      }
    } else {
      guard
        let subjectField = raw.subject.flatMap({ $0.text.isEmpty ? nil : $0 })
          ?? reporterSubject.map({ RawField(text: $0, offset: raw.offset) })
      else {
        context.report(
          .missingField, at: item.offset, Phrase("status.missing-field.subject", "\(item.text)")
        )
        return checkFieldsAlone(raw, into: &context)
      }
      guard let subject = table.subjectIndex[subjectField.text] else {
        reportUnknownSubject(subjectField, into: &context)
        return checkFieldsAlone(raw, into: &context)
      }
      guard let found = table.position(of: subject, in: group) else {
        context.report(
          .unknownStatusSubject, at: subjectField.offset,
          Phrase("status.no-obligation-for-subject", "\(item.text)", "\(subjectField.text)"))
        return checkFieldsAlone(raw, into: &context)
      }
      position = found
    }
    let available = group.count(at: position)
    var occurrence = 1
    if let field = raw.occurrence, !field.text.isEmpty {
      guard let number = Int(field.text), number >= 1, number <= available else {
        context.report(
          .unknownOccurrence, at: field.offset,
          Phrase("status.unknown-occurrence", "\(item.text)", "\(field.text)", "\(available)"),
          notes: windowsNote(group.schedule(at: position)))
        return checkFieldsAlone(raw, into: &context)
      }
      occurrence = number
    } else if available > 1 {
      context.report(
        .missingField, at: item.offset,
        Phrase("status.missing-field.occurrence", "\(item.text)", "\(available)"),
        notes: windowsNote(group.schedule(at: position)))
      return checkFieldsAlone(raw, into: &context)
    }
    let errorsBefore = context.errors
    let status = self.status(raw, into: &context)
    let completed = date(raw.completed, into: &context)
    let newDue = date(raw.newDue, into: &context)
    var details = RecordDetails()
    details.requested = date(raw.requested, into: &context)
    details.values = Dictionary(raw.values, uniquingKeysWith: { _, last in last })
    if !raw.values.isEmpty, !reader.indicators[groupNumber].isEmpty {
      warnAboutIndicators(raw.values, of: groupNumber, item: item.text, at: raw.offset, into: &context)
    }
    details.evidence = raw.evidence
    details.comment = raw.comment.flatMap { $0.text.isEmpty ? nil : $0.text }
    details.basis = raw.basis.flatMap { $0.text.isEmpty ? nil : $0.text }
    // A new date that is there but is not a date has its own error already.
    if status == .rescheduled, Self.isBlank(raw.newDue) || details.basis == nil {
      context.report(
        .incompleteReschedule, at: raw.status?.offset ?? raw.offset,
        Phrase("status.incomplete-reschedule"))
    }
    if let waiver = raw.waiver, status == .waived || waiver.reason != nil {
      let expires = date(waiver.expires, into: &context)
      if let reason = waiver.reason?.text, !reason.isEmpty, let approver = waiver.approver?.text, !approver.isEmpty,
        let expires
      {
        details.waiver = Waiver(reason: reason, approver: approver, expires: expires)
      }
    }
    if status == .waived,
      raw.waiver.map({ Self.isBlank($0.reason) || Self.isBlank($0.approver) || Self.isBlank($0.expires) }) ?? true
    {
      context.report(
        .incompleteWaiver, at: raw.waiver?.offset ?? raw.status?.offset ?? raw.offset,
        Phrase("status.incomplete-waiver"))
    }
    if let completed {
      let window =
        occurrence <= group.schedule(at: position).windows.count
        ? group.schedule(at: position).windows[occurrence - 1] : nil
      warnAboutCompletion(completed, window: window, at: raw.completed?.offset ?? raw.offset, into: &context)
    }
    guard context.errors == errorsBefore else { return }
    guard status != nil || completed != nil || !details.isEmpty else { return }
    let record = StatusRecord(
      status: status, completed: completed.map { Int32($0.dayNumber) } ?? StatusRecord.noDate,
      newDue: newDue.map { Int32($0.dayNumber) } ?? StatusRecord.noDate, file: Int32(context.fileIndex),
      offset: Int32(clamping: raw.offset), details: -1)
    context.reading.append(
      obligation: group.index(position: position, occurrence: occurrence), record: record,
      details: details.isEmpty ? nil : details)
  }

  /// A completion date after the file's `as_of`, before the window opened or before the plan's
  /// approval (for an obligation due after it) is kept, with a warning: it is usually a typo in
  /// the year or the month.
  private func warnAboutCompletion(
    _ completed: CivilDate, window: Window?, at offset: Int, into context: inout ReadingContext
  ) {
    let phrase: Phrase
    // Work on an obligation that fell due before the order was signed, or that has no date, may
    // well be older than the order and its window (lint reports such deadlines); on one due
    // later it is a typo.
    let approved = reader.approved
    let dueBeforeApproval = approved.map { approved in window.map { $0.effectiveDue < approved } ?? false } ?? false
    if let asOf = context.asOf, completed > asOf {
      phrase = Phrase("status.completed-after-as-of", "\(completed.russian)", "\(asOf.russian)")
    } else if !dueBeforeApproval, window != nil, let approved, completed < approved {
      phrase = Phrase("status.completed-before-approval", "\(completed.russian)", "\(approved.russian)")
    } else if !dueBeforeApproval, let window, completed < window.start {
      phrase = Phrase("status.completed-before-window", "\(completed.russian)", "\(window.start.russian)")
    } else {
      return
    }
    guard context.admitWarning() else { return }
    context.report(
      .implausibleCompletion, .warning, at: offset, phrase, notes: [Phrase("status.implausible-completion.note")])
  }

  /// The record's status, in any spelling `StatusValue(reading:)` knows; an unknown one is reported.
  private func status(_ raw: RawRecord, into context: inout ReadingContext) -> StatusValue? {
    guard let field = raw.status, !field.text.isEmpty else { return nil }
    if let value = StatusValue(reading: field.text) { return value }
    let suggestion = StatusValue.closest(to: field.text)
    context.report(
      .unknownStatus, at: field.offset, Phrase.suggesting("status.unknown-status", suggestion, "\(field.text)"),
      notes: [Phrase("status.unknown-status.note", "\(StatusValue.allCases.map(\.rawValue).joined(separator: ", "))")],
      suggestion: suggestion)
    return nil
  }

  /// Checks what a record says whichever obligation it is about (its status and dates), when the
  /// obligation itself cannot be found: one run lists every error of a record.
  private func checkFieldsAlone(_ raw: RawRecord, into context: inout ReadingContext) {
    _ = status(raw, into: &context)
    _ = date(raw.completed, into: &context)
    _ = date(raw.newDue, into: &context)
    _ = date(raw.requested, into: &context)
    if let waiver = raw.waiver { _ = date(waiver.expires, into: &context) }
  }

  /// Whether a field is missing or empty.
  private static func isBlank(_ field: RawField?) -> Bool { field?.text.isEmpty ?? true }

  private func windowsNote(_ schedule: Schedule) -> [Phrase] {
    guard !schedule.windows.isEmpty else { return [] }
    let list = schedule.windows.prefix(12).enumerated().map {
      Phrase.Argument.phrase(Phrase("status.occurrence", "\($0.offset + 1)", "\($0.element.due.russian)"))
    }
    let more: Phrase.Argument = schedule.windows.count > 12 ? ", …" : ""
    return [Phrase("status.occurrences", arguments: [.list(list)] + [more])]
  }

  /// A record by a party the plan does not name as the item's owner (nor as the report's `from:`,
  /// nor in an amendment of the item) is used, with a warning: the reporter or the plan is wrong.
  private func warnUnlessOwner(
    _ reporter: String, of groupNumber: Int, item: RawField, into context: inout ReadingContext
  ) {
    let responsible = reader.responsible[groupNumber]
    guard !responsible.isEmpty, !responsible.contains(reporter), context.admitWarning() else { return }
    let isReport = if case .report = table.groups[groupNumber].source { true } else { false }
    context.report(
      .reporterNotOwner, .warning, at: item.offset,
      Phrase(
        isReport ? "status.reporter-not-owner.report" : "status.reporter-not-owner", "\(reporter)", "\(item.text)",
        "\(responsible.joined(separator: ", "))"),
      notes: [Phrase(isReport ? "status.reporter-not-owner.report.note" : "status.reporter-not-owner.note")])
  }

  /// A value for an indicator the item sets no target for is kept, with a warning that names the
  /// closest target: `organisers` for `organizers` would otherwise leave the target unjudged.
  private func warnAboutIndicators(
    _ values: [(String, Double)], of groupNumber: Int, item: String, at offset: Int, into context: inout ReadingContext
  ) {
    let targets = reader.indicators[groupNumber]
    for (name, _) in values where !targets.contains(name) {
      guard context.admitWarning() else { continue }
      let suggestion = Suggestions.closest(to: name, among: targets)
      context.report(
        .unknownIndicator, .warning, at: offset,
        Phrase.suggesting("status.unknown-indicator", suggestion, "\(item)", "\(name)"),
        notes: [Phrase("status.unknown-indicator.note", "\(targets.joined(separator: ", "))")], suggestion: suggestion)
    }
  }

  private func reportUnknownSubject(_ field: RawField, into context: inout ReadingContext) {
    guard !context.isFull else { return context.countUnlistedError() }
    let suggestion = Suggestions.closest(to: field.text, among: table.subjects.map(\.id))
    context.report(
      .unknownStatusSubject, at: field.offset,
      Phrase.suggesting("status.unknown-subject", suggestion, "\(field.text)"), suggestion: suggestion)
  }

  /// Reads a date field; reports and returns `nil` when it is not a date.
  func date(_ field: RawField?, into context: inout ReadingContext) -> CivilDate? {
    guard let field, !field.text.isEmpty else { return nil }
    if let date = CivilDate(parsing: field.text) { return date }
    context.report(
      .invalidStatusDate, at: field.offset, Phrase("status.invalid-date", "\(field.text)"),
      notes: [Phrase("status.invalid-date.note")])
    return nil
  }
}
