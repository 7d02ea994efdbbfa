import KartaOffice

/// The Excel status form: one sheet with the header rows and one row for each obligation (item,
/// title and deadline locked; status from a drop-down list; dates as dates), and a sheet saying how
/// to fill it in.
extension StatusTemplate {
  /// The Excel form, its labels in English or Russian, titled with the plan's `title`.
  public func workbook(title: String, english: Bool) -> [UInt8] {
    typealias Cell = WorkbookWriter.Cell
    let label = { (entry: StatusForm.Label) in english ? entry.english : entry.russian }
    func date(_ value: Header) -> WorkbookWriter.Value {
      .date(year: value.asOf.year, month: value.asOf.month, day: value.asOf.day)
    }
    let formTitle = english ? "Status report: \(title)" : "Информация о ходе исполнения: \(title)"
    var rows: [[Cell?]] = [[Cell(.text(Self.short(formTitle)), .title)]]
    for entry in StatusForm.metadata {
      let value: WorkbookWriter.Cell?
      switch entry.key {
      case "format": value = Cell(.text("karta-status/1"), .reference)
      case "plan": value = Cell(.text(header.plan), .reference)
      case "reporter": value = Cell(.text(header.party), .reference)
      case "subject": value = header.subject.map { Cell(.text($0), .reference) }
      case "report": value = header.report.map { Cell(.text($0), .reference) }
      default: value = Cell(date(header), .inputDate)
      }
      guard let value else { continue }
      rows.append([Cell(.text(label(entry)), .label), value])
    }
    rows.append([])
    let headerRow = rows.count + 1
    rows.append(StatusForm.columns.map { Cell(.text(label($0)), .heading) })
    let statusNames = StatusForm.statuses.map { english ? $0.id : $0.russian }
    for line in lines {
      var row: [Cell?] = []
      for column in StatusForm.columns {
        switch column.key {
        case "item": row.append(Cell(.text(line.item), .reference))
        case "subject": row.append(Cell(line.subject.map { .text($0) } ?? .empty, .reference))
        case "occurrence": row.append(Cell(line.occurrence.map { .number(Double($0)) } ?? .empty, .reference))
        case "title":
          // The whole text, wrapped: the executor must see what is to be delivered, and to whom.
          var text = line.title.split(whereSeparator: \.isNewline).joined(separator: " ")
          if !line.targets.isEmpty {
            text += "\n" + (english ? "Indicators: " : "Показатели: ") + line.targets.joined(separator: "; ")
          }
          row.append(Cell(.text(text), .reference))
        case "due": row.append(Cell(.text(line.due), .reference))
        case "completed", "new_due", "waiver_expires": row.append(Cell(.empty, .inputDate))
        default: row.append(Cell(.empty, .input))
        }
      }
      rows.append(row)
    }
    var form = WorkbookWriter.Sheet(
      name: english ? "Form" : "Форма", widths: [21, 18, 8, 60, 30, 20, 14, 40, 30, 20, 14, 30, 30, 24, 14],
      rows: rows)
    form.frozenRows = headerRow
    form.isProtected = true
    form.landscape = true
    if let statusColumn = StatusForm.columns.firstIndex(where: { $0.key == "status" }), !lines.isEmpty {
      let letter = Workbook.columnName(statusColumn + 1)
      form.validations = [
        .init(
          range: "\(letter)\(headerRow + 1):\(letter)\(headerRow + lines.count)", values: statusNames,
          errorTitle: english ? "Status" : "Состояние",
          error: english
            ? "Choose a status from the list." : "Выберите состояние из списка.")
      ]
    }
    var workbook = WorkbookWriter()
    workbook.add(form)
    workbook.add(Self.instructions(english: english, statusNames: statusNames))
    return workbook.finish()
  }

  static func instructions(english: Bool, statusNames: [String]) -> WorkbookWriter.Sheet {
    let lines: [String]
    if english {
      lines = [
        "How to fill in the form",
        "1. Fill in one row for each obligation: the columns with a grey heading from 'Status' on.",
        "2. Status: choose from the list (\(statusNames.joined(separator: ", ")))."
          + " A blank status means nothing is reported yet.",
        "3. Completed, New due, Waiver expires: dates (DD.MM.YYYY).",
        "4. Evidence: document numbers or links, separated by ' | '. Values: the indicators named under the item's"
          + " text, as indicator=number separated by ';' (for example organizers=27).",
        "5. Rescheduled needs the new due and its basis; waived needs the reason, who approved it and until when.",
        "6. Do not change the item, title and due columns or the rows above the table; they are locked.",
        "7. Check the form before sending: karta check PLAN FORM.xlsx",
      ]
    } else {
      lines = [
        "Как заполнить форму",
        "1. Заполните строку по каждому мероприятию: столбцы начиная с «Состояние».",
        "2. Состояние — выберите из списка (\(statusNames.joined(separator: ", ")))."
          + " Пустое состояние означает, что сведения ещё не представлены.",
        "3. «Дата исполнения», «Новый срок», «Освобождено до» — даты (ДД.ММ.ГГГГ).",
        "4. «Подтверждение» — реквизиты документов или ссылки через « | »."
          + " «Показатели» — значения показателей, названных под текстом мероприятия, в виде"
          + " «показатель=число» через «;» (например: organizers=27).",
        "5. Для «срок перенесен» укажите новый срок и основание;"
          + " для «освобождено от исполнения» — причину, кем и до какого числа.",
        "6. Столбцы «Пункт», «Мероприятие», «Срок» и строки над таблицей защищены от изменения.",
        "7. Проверить форму перед отправкой: karta check ПЛАН ФОРМА.xlsx",
      ]
    }
    var sheet = WorkbookWriter.Sheet(
      name: english ? "How to fill in" : "Как заполнить", widths: [120],
      rows: lines.enumerated().map { index, text in [WorkbookWriter.Cell(.text(text), index == 0 ? .title : .reference)]
      })
    sheet.isProtected = true
    return sheet
  }
}
