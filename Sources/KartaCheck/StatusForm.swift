/// The words of the Excel status form (`karta template --format xlsx`): the labels of its header
/// rows and columns in Russian and English, each tied to the key of the CSV form it stands for, and
/// the status names of its drop-down list. The form is written with these words and read back by
/// turning them into the CSV form's keys, so one reader interprets both.
public enum StatusForm {
  /// A metadata row: its key in the CSV form and its labels.
  public struct Label: Sendable {
    /// The CSV form's key (`as_of`).
    public var key: String
    /// The Russian label («По состоянию на»).
    public var russian: String
    /// The English label.
    public var english: String
  }

  /// The header rows, in the order the form writes them.
  public static let metadata: [Label] = [
    Label(key: "format", russian: "Формат", english: "Format"),
    Label(key: "plan", russian: "План", english: "Plan"),
    Label(key: "reporter", russian: "Исполнитель", english: "Reporter"),
    Label(key: "subject", russian: "Субъект", english: "Subject"),
    Label(key: "report", russian: "Отчёт", english: "Report"),
    Label(key: "as_of", russian: "По состоянию на", english: "As of"),
    Label(key: "submitted", russian: "Дата представления", english: "Submitted"),
  ]

  /// The columns, in the order the form writes them.
  public static let columns: [Label] = [
    Label(key: "item", russian: "Пункт", english: "Item"),
    Label(key: "subject", russian: "Субъект", english: "Subject"),
    Label(key: "occurrence", russian: "Повтор", english: "Occurrence"),
    Label(key: "title", russian: "Мероприятие", english: "Title"),
    Label(key: "due", russian: "Срок", english: "Due"),
    Label(key: "status", russian: "Состояние", english: "Status"),
    Label(key: "completed", russian: "Дата исполнения", english: "Completed"),
    Label(key: "comment", russian: "Информация об исполнении", english: "Comment"),
    Label(key: "evidence", russian: "Подтверждение", english: "Evidence"),
    Label(key: "values", russian: "Показатели", english: "Values"),
    Label(key: "new_due", russian: "Новый срок", english: "New due"),
    Label(key: "basis", russian: "Основание переноса", english: "Basis"),
    Label(key: "waiver_reason", russian: "Причина освобождения", english: "Waiver reason"),
    Label(key: "waiver_approver", russian: "Кем освобождено", english: "Waiver approver"),
    Label(key: "waiver_expires", russian: "Освобождено до", english: "Waiver expires"),
  ]

  /// The statuses of the drop-down list: the id and its Russian name.
  public static let statuses: [(id: String, russian: String)] = [
    ("done", "выполнено"), ("partial", "выполнено частично"), ("in_progress", "в работе"),
    ("not_started", "не начато"), ("rescheduled", "срок перенесен"), ("waived", "освобождено от исполнения"),
    ("cancelled", "отменено"),
  ]

  /// The CSV key a label (in either language, or the key itself) stands for.
  static func key(ofMetadata label: String) -> String? {
    let text = normalized(label)
    return metadata.first { normalized($0.russian) == text || normalized($0.english) == text || $0.key == text }?.key
  }

  /// The CSV key of a column label.
  static func key(ofColumn label: String) -> String? {
    let text = normalized(label)
    return columns.first { normalized($0.russian) == text || normalized($0.english) == text || $0.key == text }?.key
  }

  /// The status id of a drop-down name; other text is returned as it is.
  static func statusID(_ text: String) -> String {
    let typed = normalized(text)
    return statuses.first { normalized($0.russian) == typed }?.id ?? text
  }

  static func normalized(_ text: String) -> String {
    String(text.lowercased().map { $0 == "ё" ? "е" : $0 }).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
