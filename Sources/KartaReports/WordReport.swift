import KartaCheck
import KartaOffice
import KartaPlan
import KartaSchedule

/// The report as a Word document, as a Russian official sends it upward: «Информация о ходе
/// исполнения …» with the plan, the date and the compliance figure, a table of the gaps for each
/// section (№, мероприятие, ответственный, срок, состояние, days overdue or late, comment), the
/// executors that sent nothing, and the inputs. A4 landscape, Times New Roman. The wording follows
/// GLOSSARY-ru.md (shared/): «Исполнено», «Не исполнено», «Информация не представлена».
public struct WordReport: Sendable {
  /// The name `--format` takes.
  public static let identifier = "docx"

  /// The most gap rows listed; the rest are counted.
  public static let maximumRows = 2_000

  /// Creates the renderer.
  public init() {}

  /// The .docx package.
  public func render(_ report: ComplianceReport) -> [UInt8] { document(report).finish() }

  /// The document, before it is packaged (its `documentXML()` is what the golden test compares).
  public func document(_ report: ComplianceReport) -> WordWriter {
    let plan = report.table.plan
    var word = WordWriter(landscape: true)
    let title = plan.header?.title ?? plan.header?.id ?? ""
    word.paragraph(
      "Информация о ходе исполнения плана мероприятий («дорожной карты») «\(title)» по состоянию на "
        + report.asOf.russian, style: .title)
    if let document = plan.header?.document { word.paragraph("Документ: \(document).") }
    word.paragraph(Self.summary(report))
    var listed = 0
    let gaps = report.rows(in: ReportWording.gapStates)
    if gaps.isEmpty {
      word.paragraph("Нарушений сроков и непредставленной информации на \(report.asOf.russian) нет.")
    } else {
      word.paragraph("Мероприятия, исполненные с нарушением срока, не исполненные и без информации", style: .heading)
      var rows: [WordWriter.Row] = []
      for section in ReportWording.sectionOrder(report) {
        // In the order of the plan, as the order's own table lists them.
        let inSection = gaps.filter { $0.sectionKey == section }
        guard !inSection.isEmpty, listed < Self.maximumRows else { continue }
        rows.append(.merged(Self.sectionTitle(section, in: plan)))
        for row in inSection.prefix(Self.maximumRows - listed) {
          rows.append(.cells(Self.cells(row, report: report)))
          listed += 1
        }
      }
      word.table(
        widths: [800, 3_800, 2_500, 2_000, 1_900, 1_270, 2_300],
        header: [
          "№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Состояние",
          "Просрочено, дн.", "Информация об исполнении",
        ], rows: rows)
      if gaps.count > listed {
        word.paragraph("… и ещё \(gaps.count - listed) (полный список — karta check --format csv).")
      }
    }
    let silent = Self.sentNothing(report)
    word.paragraph("Не представили информацию", style: .heading)
    word.paragraph(silent.isEmpty ? "Все исполнители представили информацию." : silent.joined(separator: "; ") + ".")
    word.paragraph("Исходные данные (SHA-256):", style: .small)
    for input in report.inputs {
      word.paragraph("\(input.path) — \(input.sha256.prefix(16))…", style: .small)
    }
    return word
  }

  /// «Со сроком исполнения по состоянию на 01.03.2024 — 12 мероприятий; исполнено в срок — 5 (42 %).»
  static func summary(_ report: ComplianceReport) -> String {
    var text = "Обязательств всего: \(report.totals.total). Срок исполнения по состоянию на \(report.asOf.russian) "
    text += "наступил для \(report.dueByDate), из них исполнено в срок \(report.doneOnTime) "
    text += "(\(ReportWording.percent(report.compliance)))."
    // The counts by state are over every obligation (standing ones included), so they are not
    // written as parts of the obligations due by the date.
    let parts = ReportWording.gapOrder.filter { $0 != .dueSoon }.compactMap { state -> String? in
      let count = report.totals[state]
      return count == 0 ? nil : "\(Self.stateLabel(state).lowercased()) — \(count)"
    }
    if !parts.isEmpty { text += " Отмечено: " + parts.joined(separator: ", ") + "." }
    if report.totals[.dueSoon] > 0 {
      text += " Подходит срок исполнения (в ближайшие \(report.horizon) дн.) — \(report.totals[.dueSoon])."
    }
    return text
  }

  static func sectionTitle(_ key: SectionKey, in plan: Plan) -> String {
    switch key {
    case .reports: "Отчётность"
    case .outsideSections: "Мероприятия вне разделов"
    case .section: ReportWording.sectionTitle(key, in: plan)
    }
  }

  /// The state as a report names it (GLOSSARY-ru.md).
  static func stateLabel(_ state: ObligationState) -> String {
    switch state {
    case .done: "Исполнено"
    case .late: "Исполнено с нарушением срока"
    case .overdue: "Не исполнено"
    case .dueSoon: "Подходит срок исполнения"
    case .pending: "Срок исполнения не наступил"
    case .unreported: "Информация не представлена"
    case .ongoing: "Исполняется (постоянно)"
    case .unscheduled: "Срок не установлен"
    case .onRequest: "По запросу"
    case .waived: "Снято с контроля"
    case .cancelled: "Мероприятие исключено"
    case .targetMissed: "Плановое значение не достигнуто"
    }
  }

  static func cells(_ row: ObligationRow, report: ComplianceReport) -> [String] {
    let plan = report.table.plan
    var number = row.number ?? row.id
    if row.occurrences > 1 { number += " (\(row.occurrence))" }
    var owners = row.owners.map { plan.party($0)?.name ?? $0 }.joined(separator: ", ")
    if let subject = row.subject { owners += " — \(subject.name)" }
    var due = row.duePhrase.split(whereSeparator: \.isNewline).joined(separator: " ")
    if let window = row.window { due += "\n(до \(window.effectiveDue.russian))" }
    var state = stateLabel(row.state)
    var overdue = ""
    if let window = row.window {
      let days = report.asOf.dayNumber - window.effectiveDue.dayNumber
      switch row.state {
      case .overdue, .unreported:
        state += " (срок истёк \(window.effectiveDue.russian))"
        overdue = days > 0 ? String(days) : ""
      case .late:
        overdue = row.daysLate.flatMap { $0 > 0 ? String($0) : nil } ?? ""
      case .dueSoon: state += " (осталось \(max(0, -days)) дн.)"
      default: break
      }
    }
    // The reporter's comment is shown as written, without the «комментарий:» of the other reports.
    let notes = row.notes.map { note in
      if note.key == "note.comment", case .text(let comment)? = note.arguments.first { return comment }
      return note.text(in: .russian)
    }
    let comment = ([row.reported.map { $0.text(in: .russian) }].compactMap { $0 } + notes).joined(separator: "\n")
    return [number, ReportWording.short(row.title, 300), owners, due, state, overdue, comment]
  }

  /// The executors (with their subject, for a party that stands for a list) that owe an obligation
  /// with no information and sent no status file at all.
  static func sentNothing(_ report: ComplianceReport) -> [String] {
    let plan = report.table.plan
    var sent = Set<String>()
    for info in report.status.files.compactMap({ $0 }) { sent.insert(info.party + "\u{1F}" + (info.subject ?? "")) }
    var silent: [String: (name: String, count: Int, order: Int)] = [:]
    for row in report.rows(in: [.unreported]) {
      for owner in row.owners {
        guard let party = plan.party(owner) else { continue }
        let subject = party.each != nil ? row.subject : nil
        let key = owner + "\u{1F}" + (subject?.id ?? "")
        guard !sent.contains(key) else { continue }
        let order = plan.parties.firstIndex { $0.code == owner } ?? 0
        let name = party.name + (subject.map { " — \($0.name)" } ?? "")
        silent[key, default: (name, 0, order)].count += 1
      }
    }
    return silent.values.sorted { ($0.order, $0.name) < ($1.order, $1.name) }.map { entry in
      "\(entry.name) (\(entry.count) \(Self.obligations(entry.count)))"
    }
  }

  /// «1 обязательство», «3 обязательства», «5 обязательств».
  static func obligations(_ count: Int) -> String {
    let lastTwo = count % 100
    let last = count % 10
    if (11...14).contains(lastTwo) { return "обязательств" }
    if last == 1 { return "обязательство" }
    if (2...4).contains(last) { return "обязательства" }
    return "обязательств"
  }
}
