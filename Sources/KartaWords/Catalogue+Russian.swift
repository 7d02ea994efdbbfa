extension Catalogue {
  /// Russian: the words officials use in reports on the execution of orders and roadmaps
  /// (docs/words.md lists the terms and their sources). Keys as in `english`.
  static let russian: [String: String] = [
    // Severities of diagnostics.
    "severity.error": "ошибка",
    "severity.warning": "предупреждение",
    "severity.note": "примечание",

    // Obligation states.
    "state.overdue": "просрочено",
    "state.unreported": "информация не представлена",
    "state.target-missed": "плановое значение не достигнуто",
    "state.late": "исполнено с нарушением срока",
    "state.due-soon": "подходит срок",
    "state.pending": "срок не наступил",
    "state.done": "исполнено",
    "state.ongoing": "исполняется (постоянно)",
    "state.unscheduled": "срок не установлен",
    "state.on-request": "по запросу",
    "state.waived": "снято с контроля",
    "state.cancelled": "исключено",
    "state-short.overdue": "просрочено",
    "state-short.unreported": "не представлено",
    "state-short.target-missed": "не достигнуто",
    "state-short.late": "нарушен срок",
    "state-short.due-soon": "подходит срок",
    "state-short.pending": "срок не наступил",
    "state-short.done": "исполнено",
    "state-short.ongoing": "постоянно",
    "state-short.unscheduled": "без срока",
    "state-short.on-request": "по запросу",
    "state-short.waived": "снято",
    "state-short.cancelled": "исключено",

    // Statuses as executors write them in status files.
    "status-value.done": "выполнено",
    "status-value.partial": "выполнено частично",
    "status-value.in_progress": "в работе",
    "status-value.not_started": "не начато",
    "status-value.rescheduled": "срок перенесен",
    "status-value.waived": "освобождено от исполнения",
    "status-value.cancelled": "отменено",
    "status-value.submitted": "представлен",

    // What was reported for an obligation, and the remarks on it.
    "reported.status": "{1}",
    "reported.status-on": "{1} {2}",
    "reported.blank": "—",
    "reported.submitted": "представлен {1}",
    "note.cancelled": "исключено",
    "note.cancelled-by": "исключено: {1}",
    "note.waived": "освобождено от исполнения до {1} по решению {2}: {3}",
    "note.waiver-expired": "освобождение от исполнения ({1}) истекло {2}; обязательство вновь на контроле",
    "note.moved": "срок перенесен на {1}",
    "note.moved-by": "срок перенесен на {1}: {2}",
    "note.continuous-not-started": "постоянное мероприятие отмечено как не начатое",
    "note.no-completion-date": """
      дата исполнения не указана; принята дата, по состоянию на которую представлены сведения
      """,
    "note.target-missed": "{1}: {2} при плановом значении {3}",
    "note.comment": "комментарий: {1}",

    // Words every report shares.
    "report.plan": "план",
    "report.filter-party": " · исполнитель {1}",
    "report.filter-subject": " · объект {1}",
    "report.section-reports": "Представление отчетности",
    "report.section-none": "Вне разделов",
    "report.state-count": "{1}: {2}",
    "report.state-tally": "{1}: {2}",
    "kind.item": "мероприятие",
    "kind.report": "отчет",

    // The text report.
    "text.title": "Информация о ходе исполнения: {1}",
    "text.as-of": "По состоянию на {1} · «подходит срок» — в пределах {2} дн.",
    "text.compliance": "Исполнено в срок: {1}",
    "count.text.compliance": """
      (в срок исполнено {1} из {2} обязательства со сроком по {3})|\
      (в срок исполнено {1} из {2} обязательств со сроком по {3})|\
      (в срок исполнено {1} из {2} обязательств со сроком по {3})
      """,
    "count.text.obligations": "всего {1} обязательство|всего {1} обязательства|всего {1} обязательств",
    "text.gaps-by-party": "Отставания по ответственным исполнителям",
    "text.gaps-by-subject": "Отставания по объектам",
    "text.changes": "Перенос сроков, освобождение от исполнения, исключение",
    "text.sections": "Ход исполнения по разделам",
    "text.missing-reports": "Не представлены отчеты, срок которых наступил",
    "text.inputs": "Исходные данные",
    "text.none": "нет",
    "text.more": "… и еще {1}",
    "text.more-subjects": "… и еще объектов с отставаниями: {1}",
    "text.continuous": " — постоянно",
    "text.due": " — срок {1}",
    "text.reported": "; отмечено: {1}",
    "text.nothing-reported": "; сведения не представлены",
    "count.text.status-file": """
      {1}, по состоянию на {2}, представлен {3}, {4} запись|{1}, по состоянию на {2}, представлен {3}, {4} записи|\
      {1}, по состоянию на {2}, представлен {3}, {4} записей
      """,
    "text.not-used": " — не учтен: составлен на дату позже проверки",
    "text.more-status-files": "… и еще файлов сведений: {1} (всего {2}, общая сумма sha256:{3})",
    "text.section-counts": """
      (исполнено {1}, с нарушением срока {2}, просрочено {3}, не представлено {4}, срок не наступил {5})
      """,
    "text.report-as-of-due": "по состоянию на {1}, срок {2}",
    "text.report-due": "срок {1}",

    // The Markdown report.
    "md.title": "Информация о ходе исполнения: {1} (по состоянию на {2})",
    "md.as-of": "По состоянию на **{1}**",
    "count.md.compliance": """
      Исполнено в срок **{1}**: {2} из {3} обязательства, срок которого наступил.|\
      Исполнено в срок **{1}**: {2} из {3} обязательств, срок которых наступил.|\
      Исполнено в срок **{1}**: {2} из {3} обязательств, срок которых наступил.
      """,
    "md.column.state": "состояние",
    "md.column.obligations": "обязательств",
    "md.all": "всего",
    "md.gap-columns": """
      состояние | № | объект | мероприятие | срок по документу | срок с учетом выходных | отметка об исполнении
      """,
    "md.section-columns": """
      раздел | исполнено | с нарушением срока | просрочено | не представлено | срок не наступил | прочее
      """,
    "md.nothing": "нет сведений",
    "md.more": "… и еще {1}.",
    "md.no-gaps": "Отставаний нет.",
    "md.none": "Нет.",

    // The HTML report.
    "html.title": "Ход исполнения: {1} по состоянию на {2}",
    "html.footer": """
      Ход исполнения {1} по состоянию на {2}. «Исполнено в срок» — доля обязательств, срок которых наступил,\
       исполненных в срок.
      """,
    "html.period": "период {1}",
    "html.as-of": "Состояние на <strong>{1}</strong> · «подходит срок» — в пределах {2} дн.",
    "html.inputs.input": "файл",
    "html.inputs.digest": "sha256 (первые 16)",
    "html.inputs.reporter": "кто представил",
    "html.inputs.as-of": "по состоянию на",
    "html.inputs.submitted": "представлен",
    "html.inputs.records": "записей",
    "html.inputs.plan": "план",
    "html.not-used": "не учтен: составлен на дату позже проверки",
    "html.more-status-files": "… и еще файлов сведений: {1} (всего {2}, общая контрольная сумма)",
    "html.summary": "сводка",
    "html.compliance": "Исполнено в срок",
    "count.html.compliance": """
      {1} из {2} обязательства со сроком по {3}|{1} из {2} обязательств со сроком по {3}|\
      {1} из {2} обязательств со сроком по {3}
      """,
    "html.tile.overdue": "Просрочено",
    "html.tile.overdue.caption": "срок истек, не исполнено",
    "html.tile.unreported": "Информация не представлена",
    "html.tile.unreported.caption": "срок истек, сведений нет",
    "html.tile.due-soon": "Подходит срок",
    "html.tile.due-soon.caption": "срок в пределах {1} дн.",
    "html.tile.late": "С нарушением срока",
    "html.tile.late.caption": "исполнено после срока",
    "html.tile.done": "Исполнено",
    "html.tile.done.caption": "исполнено в срок",
    "html.in-all": "всего обязательств: {1}",
    "html.bars-by-party": "Ход исполнения по ответственным исполнителям",
    "html.nothing-due": "срок еще не наступил",
    "bar.done": "исполнено",
    "bar.late": "с нарушением срока",
    "bar.overdue": "просрочено",
    "bar.unreported": "не представлено",
    "bar.due-soon": "подходит срок",
    "bar.pending": "срок не наступил",
    "bar.other": "прочее",
    "legend.done": "исполнено в срок",
    "legend.late": "с нарушением срока или плановое значение не достигнуто",
    "legend.overdue": "просрочено",
    "legend.unreported": "информация не представлена",
    "legend.due-soon": "подходит срок",
    "legend.pending": "срок не наступил",
    "legend.other": "постоянно, по запросу, снято с контроля, исключено",
    "html.timeline": "Сроки исполнения",
    "html.timeline.no-dates": "Ни у одного обязательства нет дат.",
    "html.timeline.not-drawn": """
      … и еще мероприятий с датами: {1}; показаны {2} с наиболее серьезными отставаниями, в порядке плана.
      """,
    "count.html.timeline.undated": """
      {1} мероприятие без дат (по запросу, постоянно без периода, по неопубликованному графику) не показано.|\
      {1} мероприятия без дат (по запросу, постоянно без периода, по неопубликованному графику) не показаны.|\
      {1} мероприятий без дат (по запросу, постоянно без периода, по неопубликованному графику) не показаны.
      """,
    "html.timeline.item": "пункт",
    "html.timeline.gaps": "отставания",
    "html.timeline.legend": """
      Полоса — период исполнения обязательства, ее правый край — срок с учетом выходных. Цвет полосы — по самому\
       серьезному обязательству; строки с просроченными и непредставленными сведениями затенены. Пунктир — {1}.
      """,
    "timeline-legend.overdue": "просрочено",
    "timeline-legend.unreported": "информация не представлена",
    "timeline-legend.late": "с нарушением срока или плановое значение не достигнуто",
    "timeline-legend.due-soon": "подходит срок",
    "timeline-legend.pending": "срок не наступил",
    "timeline-legend.done": "исполнено",
    "timeline-legend.ongoing": "постоянно, снято с контроля, прочее",
    "month-short.1": "янв",
    "month-short.2": "фев",
    "month-short.3": "мар",
    "month-short.4": "апр",
    "month-short.5": "май",
    "month-short.6": "июн",
    "month-short.7": "июл",
    "month-short.8": "авг",
    "month-short.9": "сен",
    "month-short.10": "окт",
    "month-short.11": "ноя",
    "month-short.12": "дек",
    "html.column.state": "состояние",
    "html.column.item": "пункт",
    "html.column.subject": "объект",
    "html.column.activity": "мероприятие",
    "html.column.due-phrase": "срок по документу",
    "html.column.effective-due": "срок с учетом выходных",
    "html.column.reported": "отметка об исполнении",
    "html.column.name": "наименование",
    "html.column.all": "всего обязательств",
    "html.column.change": "что изменено",
    "html.column.report": "отчет",
    "html.column.title": "наименование",
    "html.column.due": "срок",
    "html.more-gaps": "… и еще отставаний у {2}: {1}",
    "html.subjects": "объектов: {1}:",
    "html.subjects.order": "Сначала — объекты с наибольшим числом просроченных и непредставленных сведений.",
    "html.continuous": "постоянно",
    "html.written-due": "по документу {1}",
    "html.as-of-date": "по состоянию на {1}",
    "html.nothing-reported": "сведения не представлены",
    "html.evidence": "подтверждение: {1}",

    // The CSV report's column headings.
    "csv.column.plan": "План",
    "csv.column.section": "Раздел",
    "csv.column.section_title": "Наименование раздела",
    "csv.column.kind": "Вид",
    "csv.column.item": "Пункт",
    "csv.column.number": "№ п/п",
    "csv.column.occurrence": "№ срока",
    "csv.column.title": "Наименование мероприятия",
    "csv.column.subject": "Объект",
    "csv.column.subject_name": "Наименование объекта",
    "csv.column.owners": "Ответственный исполнитель",
    "csv.column.due_phrase": "Срок исполнения по документу",
    "csv.column.window_start": "Начало периода",
    "csv.column.due": "Плановый срок",
    "csv.column.effective_due": "Срок с учетом выходных",
    "csv.column.state": "Состояние исполнения",
    "csv.column.reported_status": "Отметка об исполнении",
    "csv.column.reported_date": "Фактическая дата исполнения",
    "csv.column.comment": "Информация о ходе исполнения",
    "csv.column.evidence": "Подтверждающие документы",
    "csv.column.notes": "Примечание",

    // Calendar files.
    "ics.reminder": "Подходит срок: {1}",
    "ics.report": "отчет",
    "ics.due-phrase": "Срок по документу: {1}",
    "ics.window": "Период: {1}–{2}",
    "ics.effective-due": ", срок с учетом выходных {1}",
    "ics.owners": "Ответственные: {1}",
    "ics.subject": "Объект: {1} — {2}",
    "ics.number": "Номер в документе: {1}",
    "ics.plan": "План: {1}",
    "ics.plan-document": "План: {1} ({2})",

    // The command line.
    "cli.unknown-command": "неизвестная команда '{1}'",
    "cli.unknown-command-suggest": "неизвестная команда '{1}'; возможно, имелась в виду '{2}'?",
    "cli.unknown-option": "неизвестный параметр '{1}'",
    "cli.unknown-option-suggest": "неизвестный параметр '{1}'; возможно, имелся в виду '{2}'?",
    "cli.option-needs-value": "параметру '{1}' нужно значение",
    "cli.option-needs-file": "параметру '{1}' нужен файл",
    "cli.option-value": "'{1}' — недопустимое значение '{2}'; допустимы: {3}",
    "cli.option-takes-no-value": "параметр '{1}' не принимает значения",
    "cli.see-help": "справка: '{1}'",
    "cli.no-plan": "не указан файл плана",
    "cli.not-a-state": "'{1}' — не состояние; допустимы: {2}",
    "cli.horizon": "'--horizon' — число дней от 0 до 3660",
    "cli.not-a-date": "'{1} {2}' — не дата (гггг-мм-дд или дд.мм.гггг)",
    "count.cli.status-errors": """
      {1} ошибка в файлах сведений; проверка не выполнена|{1} ошибки в файлах сведений; проверка не выполнена|\
      {1} ошибок в файлах сведений; проверка не выполнена
      """,
    "cli.more-warnings": "еще предупреждений, не показанных здесь: {1}",
    "cli.no-status-files": """
      не прочитано ни одного файла сведений: все обязательства, срок которых наступил, считаются непредставленными
      """,
    "cli.empty-folder": "в '{1}' нет файлов .json, .csv или .xlsx: из этой папки ничего не прочитано",
    "cli.no-such-file": "не удается прочитать '{1}': файл не найден",
    "cli.no-such-file-case": "не удается прочитать '{1}': файл не найден; возможно, имелся в виду '{2}'?",

    // Files that cannot be read (file.unreadable).
    "file.unreadable": "не удается прочитать '{1}': {2}",
    "file.unreadable.missing": "не удается прочитать '{1}': файл не найден",
    "file.unreadable.missing-case": "не удается прочитать '{1}': файл не найден; возможно, имелся в виду '{2}'?",
    "file.unreadable.directory": "не удается прочитать '{1}': это папка",
    "file.unreadable.special": "не удается прочитать '{1}': это не обычный файл (канал, сокет или устройство)",

    // Status files.
    "status.too-large": "файл сведений занимает {1} байт или больше; читаются файлы до {2} байт",
    "status.invalid-utf8": "недопустимая последовательность байтов UTF-8; сохраните файл в кодировке UTF-8",
    "status.empty": "файл сведений пуст",
    "count.status.more-errors": """
      еще {1} ошибка в этом файле не показана|еще {1} ошибки в этом файле не показаны|\
      еще {1} ошибок в этом файле не показаны
      """,
    "status.more-errors.note": "показываются первые {1} ошибок файла; исправьте их и проверьте снова",
    "status.wrong-format": "формат '{1}' — не 'karta-status/1'",
    "status.missing-field.format": "в файле сведений не указан формат, 'format' ('karta-status/1')",
    "status.wrong-plan": "этот файл сведений относится к плану '{1}', а не '{2}'",
    "status.missing-field.plan": "в файле сведений не указан план, 'plan'",
    "status.unknown-party": "неизвестный исполнитель '{1}'",
    "status.unknown-party.suggest": "неизвестный исполнитель '{1}'; возможно, имелся в виду '{2}'?",
    "status.missing-field.party": "в файле сведений не указан исполнитель, 'party'",
    "status.missing-field.reporter-subject": """
      исполнитель '{1}' обозначает каждого из списка '{2}'; укажите объект, 'subject'
      """,
    "status.unknown-report": "неизвестный отчет '{1}'",
    "status.unknown-report.suggest": "неизвестный отчет '{1}'; возможно, имелся в виду '{2}'?",
    "status.missing-field.as-of": "в файле сведений не указана дата, по состоянию на которую они представлены, 'as_of'",
    "status.missing-field.item": "в записи не указан пункт плана, 'item'",
    "status.missing-field.records": "в файле сведений нет массива записей, 'records'",
    "status.unknown-item": "неизвестный пункт '{1}'",
    "status.unknown-item.suggest": "неизвестный пункт '{1}'; возможно, имелся в виду '{2}'?",
    "status.unexpected-subject": "пункт '{1}' не распределяется по объектам; уберите 'subject'",
    "status.missing-field.subject": "пункт '{1}' распределяется по объектам; в записи нужно указать объект, 'subject'",
    "status.no-obligation-for-subject": "у пункта '{1}' нет обязательства для объекта '{2}'",
    "status.unknown-occurrence": "у пункта '{1}' нет срока № '{2}'; сроков у него: {3}",
    "status.missing-field.occurrence": "у пункта '{1}' сроков: {2}; в записи нужно указать номер срока, 'occurrence'",
    "status.occurrences": "сроки: {1}{2}",
    "status.occurrence": "{1}: до {2}",
    "status.unknown-status": "неизвестный статус '{1}'",
    "status.unknown-status.suggest": "неизвестный статус '{1}'; возможно, имелся в виду '{2}'?",
    "status.unknown-status.note": """
      статус — одно из: {1}, или по-русски: выполнено, выполнено частично, в работе, не начато, отменено, срок\
       перенесен, освобождено от исполнения
      """,
    "status.incomplete-reschedule": "для переноса срока нужны новый срок, 'new_due', и основание, 'basis'",
    "status.incomplete-waiver": """
      для освобождения от исполнения нужны причина, 'reason', кто освободил, 'approver', и до какой даты,\
       'expires'
      """,
    "status.reporter-not-owner": "'{1}' отчитывается по пункту '{2}', который план поручает {3}",
    "status.reporter-not-owner.note": "запись учтена; проверьте исполнителя в файле или ответственных по пункту",
    "status.reporter-not-owner.report": "'{1}' представляет отчет '{2}', который план требует от {3}",
    "status.reporter-not-owner.report.note": "запись учтена; проверьте исполнителя в файле или строку 'from:' отчета",
    "status.unknown-indicator": "у пункта '{1}' нет планового значения показателя '{2}'",
    "status.unknown-indicator.suggest": """
      у пункта '{1}' нет планового значения показателя '{2}'; возможно, имелся в виду '{3}'?
      """,
    "status.unknown-indicator.note": "показатели пункта: {1}",
    "status.unknown-subject": "неизвестный объект '{1}'",
    "status.unknown-subject.suggest": "неизвестный объект '{1}'; возможно, имелся в виду '{2}'?",
    "status.invalid-date": "'{1}' — не дата",
    "status.invalid-date.note": "пишите дд.мм.гггг или гггг-мм-дд; такой день должен существовать",
    "status.duplicate-indicator": "показатель '{1}' указан дважды",
    "status.csv.unclosed-quote": "ячейка в кавычках не закрыта",
    "status.csv.duplicate-metadata": "строка '{1}' указана дважды",
    "status.csv.unknown-metadata": "неизвестная строка '{1}'",
    "status.csv.unknown-metadata.suggest": "неизвестная строка '{1}'; возможно, имелась в виду '{2}'?",
    "status.csv.no-header": """
      нет строки заголовков: записи должны начинаться со строки 'item;subject;occurrence;status;…' или\
       'Пункт;Объект;…'
      """,
    "status.csv.unknown-column": "неизвестный столбец '{1}'",
    "status.csv.unknown-column.suggest": "неизвестный столбец '{1}'; возможно, имелся в виду '{2}'?",
    "status.csv.duplicate-column": "столбец '{1}' указан дважды",
    "status.csv.stray-cell": "ячейка правее последнего столбца заголовка (столбцов: {1})",
    "status.csv.stray-cell.note": """
      точка с запятой внутри комментария допустима только в ячейке в кавычках: \"один; два\"
      """,
    "status.csv.bad-value": "'{1}' — не 'показатель=число'",
    "status.csv.bad-value.note": "число пишется цифрами, с десятичной запятой или точкой: 27, 41,5",
    "status.json.root": "файл сведений должен быть объектом JSON, а это {1}",
    "status.json.reporter": "'reporter' должен быть объектом с 'party' и 'subject', а это {1}",
    "status.json.records": "'records' должен быть массивом, а это {1}",
    "status.json.record": "запись должна быть объектом, а это {1}",
    "status.json.occurrence": "'occurrence' должен быть целым числом от 1, а это {1}",
    "status.json.waiver": "'waiver' должен быть объектом, а это {1}",
    "status.json.indicator": "показатель '{1}' должен быть числом, а это {2}",
    "status.json.values": "'values' должен быть объектом с числами, а это {1}",
    "status.json.evidence-item": "каждый подтверждающий документ должен быть строкой, а это {1}",
    "status.json.evidence": "'evidence' должен быть массивом строк, а это {1}",
    "status.json.string": "'{1}' должен быть строкой, а это {2}",
    "status.json.unknown-field": "неизвестное поле '{1}' в {2}",
    "status.json.unknown-field.suggest": "неизвестное поле '{1}' в {2}; возможно, имелось в виду '{3}'?",
    "status.json.duplicate-field": "'{1}' указано дважды в {2}",
    "json.kind.object": "объект",
    "json.kind.array": "массив",
    "json.kind.string": "строка",
    "json.kind.number": "число",
    "json.kind.boolean": "логическое значение",
    "json.kind.null": "null",
    "json.kind.too-large": "слишком большое число",
    "json.place.file": "файле сведений",
    "json.place.reporter": "'reporter'",
    "json.place.record": "записи",
    "json.place.waiver": "'waiver'",
    "count.status.more-conflicts": """
      еще {1} противоречащая запись не показана|еще {1} противоречащие записи не показаны|\
      еще {1} противоречащих записей не показаны
      """,
    "status.more-conflicts.note": "показаны первые {1}; согласуйте их и проверьте снова",
    "status.conflicting-record": "эта запись противоречит другой о том же обязательстве: {1}",
    "status.conflicting-record.other": "другая запись: {1}",
    "status.conflicting-record.note": "у обязательства один статус; удалите одну из записей или согласуйте их",
    "obligation.item": "пункт '{1}'",
    "obligation.report": "отчет '{1}'",
    "obligation.subject": "{1}, объект '{2}'",
    "obligation.occurrence": "{1}, срок № {2}",
    "obligation.subject-occurrence": "{1}, объект '{2}', срок № {3}",

    // Columns and metadata rows of a CSV status file, as `karta template --lang ru` writes them.
    "status-column.format": "Формат",
    "status-column.plan": "План",
    "status-column.reporter": "Исполнитель",
    "status-column.party": "Исполнитель",
    "status-column.report": "Отчет",
    "status-column.as_of": "По состоянию на",
    "status-column.submitted": "Дата представления",
    "status-column.item": "Пункт",
    "status-column.subject": "Объект",
    "status-column.occurrence": "№ срока",
    "status-column.status": "Отметка об исполнении",
    "status-column.completed": "Дата исполнения",
    "status-column.new_due": "Новый срок",
    "status-column.basis": "Основание",
    "status-column.waiver_reason": "Причина освобождения",
    "status-column.waiver_approver": "Кто освободил",
    "status-column.waiver_expires": "Освобождено до",
    "status-column.values": "Значения показателей",
    "status-column.evidence": "Подтверждающие документы",
    "status-column.comment": "Комментарий",
    "status-column.title": "Наименование мероприятия",
    "status-column.due": "Срок исполнения",
  ]
}
