extension Catalogue {
  /// Russian: the reports people read: states, statuses, headings, columns, calendar entries.
  static let russianReports: [String: String] = [
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

    "status-value.done": "выполнено",
    "status-value.partial": "выполнено частично",
    "status-value.in_progress": "в работе",
    "status-value.not_started": "не начато",
    "status-value.rescheduled": "срок перенесен",
    "status-value.waived": "освобождено от исполнения",
    "status-value.cancelled": "отменено",
    "status-value.submitted": "представлен",

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

    "report.plan": "план",
    "report.filter-party": " · исполнитель {1}",
    "report.filter-subject": " · объект {1}",
    "report.section-reports": "Представление отчетности",
    "report.section-none": "Вне разделов",
    "report.state-count": "{1}: {2}",
    "report.state-tally": "{1}: {2}",

    "kind.item": "мероприятие",
    "kind.report": "отчет",

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
    "text.changes": "Изменения, перенос сроков, освобождение от исполнения, исключение",
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
    состояние | № | объект | мероприятие | срок по документу | срок с учетом выходных | дней | отметка об исполнении
    """,
    "md.section-columns": """
    раздел | исполнено | с нарушением срока | просрочено | не представлено | срок не наступил | прочее
    """,
    "md.nothing": "нет сведений",
    "md.more": "… и еще {1}.",
    "md.no-gaps": "Отставаний нет.",
    "md.none": "Нет.",

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
    "html.subjects.order":
      """
    Сначала — объекты с наименьшей долей исполненного, затем с наибольшим числом просроченных \
    и непредставленных сведений.
    """,
    "html.continuous": "постоянно",
    "html.written-due": "по документу {1}",
    "html.as-of-date": "по состоянию на {1}",
    "html.nothing-reported": "сведения не представлены",
    "html.evidence": "подтверждение: {1}",

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

    "text.days": "{1} дн.",

    "csv.column.days_overdue": "Просрочено, дней",
    "csv.column.days_late": "Исполнено с опозданием, дней",

    "html.column.days": "дней",

    "report.silent": "Не представили сведения",
    "report.co-executors": "; соисполнители: {1}",

    "html.co-executors": "соисполнители: {1}",

    "text.more-all": "… и еще {1} (полный список: '--all')",
    "text.more-subjects-all": "… и еще объектов с отставаниями: {1} (полный список: '--all')",

    "state-narrow.overdue": "просрочено",
    "state-narrow.unreported": "нет сведений",
    "state-narrow.target-missed": "ниже плана",
    "state-narrow.late": "с опозданием",
    "state-narrow.due-soon": "скоро срок",
    "state-narrow.pending": "не наступил",
    "state-narrow.done": "исполнено",
    "state-narrow.ongoing": "постоянно",
    "state-narrow.unscheduled": "без срока",
    "state-narrow.on-request": "по запросу",
    "state-narrow.waived": "снято",
    "state-narrow.cancelled": "исключено",

    "ci.responsible": "; ответственные: {1}",
    "verbatim": "{1}",

    "note.on-time-late-against-original": "по {1} сроку — в срок, по первоначальному ({2}) — с нарушением",
    "note.late-on-time-against-original": "по {1} сроку — с нарушением, по первоначальному ({2}) — в срок",
    "note.by.moved": "перенесенному",
    "note.by.amended": "измененному",
    "note.anchor-unknown":
      """
    отсчитывается от события или пункта, дата которого еще не известна: срок не наступил, \
    пока она не станет известна
    """,
    "note.anchored": "отсчитывается от {1}, исполнено {2}",
    "note.anchored-request": "отсчитывается от дня получения запроса, {1}",
    "note.amended-due": "изменено {1}: срок был «{2}», до {3}",
    "note.amended-due-dated": "изменено {1} от {2}: срок был «{3}», до {4}",
    "note.amended-owners": "изменено {1}: ответственные были {2}",
    "report.days-off": "Выходные дни: {1}",
    "days-off.earlier":
      "срок, выпадающий на нерабочий день, переносится на предшествующий рабочий день (правила делопроизводства)",
    "days-off.later": "срок, выпадающий на нерабочий день, переносится на следующий рабочий день (ст. 193 ГК РФ)",
    "days-off.keep": "срок, выпадающий на нерабочий день, не переносится",
    "note.reading": "срок прочитан так, как указано в плане: «{1}»",
  ]
}
