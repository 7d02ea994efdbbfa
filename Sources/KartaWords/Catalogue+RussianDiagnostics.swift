extension Catalogue {
  /// Russian: diagnostics of plan files and status files, by diagnostic id (with a variant after a
  /// dot where one id has several messages).
  static let russianDiagnostics: [String: String] = [
    "severity.error": "ошибка",
    "severity.warning": "предупреждение",
    "severity.note": "примечание",

    "file.unreadable": "не удается прочитать '{1}': {2}",
    "file.unreadable.missing": "не удается прочитать '{1}': файл не найден",
    "file.unreadable.missing-case": "не удается прочитать '{1}': файл не найден; возможно, имелся в виду '{2}'?",
    "file.unreadable.directory": "не удается прочитать '{1}': это папка",
    "file.unreadable.special": "не удается прочитать '{1}': это не обычный файл (канал, сокет или устройство)",

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
    "status-column.requested": "Дата запроса",
    "status-column.title": "Наименование мероприятия",
    "status-column.due": "Срок исполнения",

    "file.too-large": "файл занимает {1} байт; читаются файлы до {2} байт",
    "file.empty": "файл пуст",
    "file.invalid-utf8": "недопустимая последовательность байтов UTF-8; файлы планов сохраняются в кодировке UTF-8",
    "file.invalid-utf8.note": "в Блокноте или текстовом редакторе выберите «Сохранить как» с кодировкой 'UTF-8'",
    "file.binary": "управляющий символ {1} в тексте; это файл плана?",

    "syntax.missing-colon": "после '{1}' ожидается ':'",
    "syntax.missing-colon.declaration": "объявление пишется так: '{1}: текст'",
    "syntax.missing-colon.property": "свойство пишется так: '{1}: текст'",
    "syntax.outside-block.text": "текст до первого объявления",
    "syntax.outside-block.text.note": "файл плана начинается с объявления, например 'план ID: наименование'",
    "syntax.outside-block.property": "свойство '{1}' до первого объявления",
    "syntax.outside-block.property.note":
      "свойства относятся к объявлению над ними, например 'мероприятие ID: наименование'",
    "syntax.missing-id": "после '{1}' ожидается идентификатор",
    "syntax.missing-id.note": "пишите '{1} ID: текст', например '{1} A1.3: …'",
    "syntax.missing-argument.note": "пишите '{1} ID: текст'",
    "syntax.unexpected-argument.identifier": "'{1}' пишется без идентификатора; после '{1}' ожидается ':'",
    "syntax.unexpected-argument": "'{1}' пишется без аргумента; после '{1}' ожидается ':'",
    "syntax.unknown-property.misplaced": "'{1}' — не свойство '{2}'",
    "syntax.unknown-property.none": "у '{1}' нет свойств",
    "syntax.unknown-property.allowed": "свойства '{1}': {2}",
    "syntax.unknown-property": "неизвестное свойство '{1}'",
    "syntax.unknown-property.suggest": "неизвестное свойство '{1}'; возможно, имелось в виду '{2}'?",
    "syntax.unknown-property.note": "чтобы строка текста начиналась как свойство, начните ее с '|'",
    "syntax.unknown-keyword": "неизвестное ключевое слово '{1}'",
    "syntax.unknown-keyword.suggest": "неизвестное ключевое слово '{1}'; возможно, имелось в виду '{2}'?",
    "syntax.declarations": "строка у левого края начинает объявление: {1}",
    "syntax.unexpected-text": "ожидается объявление или комментарий",
    "syntax.unexpected-text.note": "сдвиньте строку вправо, чтобы продолжить текст над ней",
    "syntax.duplicate-property": "'{1}' указано дважды в одном '{2}'",
    "syntax.duplicate-property.note": "учтено первое; удалите или объедините это",
    "syntax.missing-value.text": "после '{1}:' ожидается текст",
    "syntax.missing-value": "после '{1}:' ожидается значение",
    "syntax.missing-value.plan": "в строке плана — наименование документа",
    "syntax.missing-value.include": "в строке включения — имя файла относительно этого",
    "syntax.missing-value.item": "в строке пункта — текст строки документа",
    "syntax.missing-value.party": "в строке исполнителя — его полное наименование",
    "syntax.missing-value.other": "текст после ':' называет или описывает объявленное",

    "include.plan-header": "заголовок 'plan' во включаемом файле",
    "include.plan-header.note": "план объявляется только в основном файле; включаемые файлы содержат общие объявления",
    "include.outside-tree": "включение '{1}' выходит за пределы папки плана",
    "include.outside-tree.note": "план может включать файлы из своей папки и вложенных в нее",
    "include.cycle": "включение '{1}' ведет обратно к файлу, который его включает",
    "include.cycle.note": "цепочка включений: {1}",
    "include.too-deep": "включение '{1}' вкладывает файлы глубже {2} уровней",
    "include.too-deep.note": "план включает общие списки объектов и календари; включайте их из самого файла плана",
    "include.unreadable": "не удается прочитать включаемый файл '{1}': {2}",
    "include.unreadable.missing": "не удается прочитать включаемый файл '{1}': файл не найден",

    "plan.duplicate-header": "второй заголовок 'plan'",
    "plan.duplicate-header.note": "план объявлен в {1}",
    "plan.invalid-period": "период '{1}' — не год, не учебный год и не диапазон дат",
    "plan.invalid-period.note":
      """
    пишите '2024', '2023/2024' или '01.09.2023..31.08.2024'; диапазон идет вперед, в пределах {1}–{2} \
    и не длиннее {3} лет
    """,
    "plan.unknown-time-zone": "неизвестный часовой пояс '{1}'",
    "plan.unknown-time-zone.note": "укажите имя из базы часовых поясов, например 'Europe/Moscow' или 'Asia/Irkutsk'",
    "plan.invalid-target": "плановое значение '{1}' — не сравнение с числом",
    "plan.invalid-target.note": "пишите, например, '>= 25 человек', '≥ 40 %' или 'не менее 25 человек'",
    "plan.missing-owner": "у пункта '{1}' не указан исполнитель",
    "plan.missing-owner.note": "добавьте 'ответственный: КОД' с ответственным исполнителем, как в документе",
    "plan.missing-due": "у пункта '{1}' не указан срок",
    "plan.missing-due.note": "добавьте 'срок: …' со сроком из документа; если срока нет, пишите 'срок: срок не указан'",
    "plan.subject-outside-for": "срок для '{1}', которого нет в 'для:'",
    "plan.repeated-name": "'{1}' указан дважды в '{2}:'",
    "plan.repeated-name.note": "впервые указан: {1}; каждое имя учитывается один раз, удалите повтор",
    "plan.missing-header": "пункты без заголовка 'plan'",
    "plan.missing-header.note": "начните основной файл со строки 'план ID: наименование' и укажите период",
    "plan.missing-property": "'{1}' без '{2}:'",
    "plan.unknown.party": "неизвестный исполнитель '{1}'",
    "plan.unknown.party.suggest": "неизвестный исполнитель '{1}'; возможно, имелся в виду '{2}'?",
    "plan.unknown.subject": "неизвестный объект '{1}'",
    "plan.unknown.subject.suggest": "неизвестный объект '{1}'; возможно, имелся в виду '{2}'?",
    "plan.unknown.subject-list": "неизвестный список объектов '{1}'",
    "plan.unknown.subject-list.suggest": "неизвестный список объектов '{1}'; возможно, имелся в виду '{2}'?",
    "plan.unknown.section": "неизвестный раздел '{1}'",
    "plan.unknown.section.suggest": "неизвестный раздел '{1}'; возможно, имелся в виду '{2}'?",
    "plan.unknown.event": "неизвестное событие '{1}'",
    "plan.unknown.event.suggest": "неизвестное событие '{1}'; возможно, имелось в виду '{2}'?",
    "plan.unknown.item": "неизвестный пункт '{1}'",
    "plan.unknown.item.suggest": "неизвестный пункт '{1}'; возможно, имелся в виду '{2}'?",
    "plan.unknown.note":
      "объявите его или проверьте написание; в идентификаторах различаются прописные и строчные буквы",
    "plan.kind.party": "исполнитель",
    "plan.kind.subject": "объект",
    "plan.kind.subject-list": "список объектов",
    "plan.kind.section": "раздел",
    "plan.kind.item": "пункт",
    "plan.kind.report": "отчет",
    "plan.kind.event": "событие",
    "plan.kind.amendment": "изменение",
    "plan.declared-twice": "{1} '{2}' объявлен дважды",
    "plan.declared-twice.note": "первое объявление: {1}",
    "plan.invalid-setting": "'{1}' — недопустимое значение '{2}'",
    "plan.invalid-setting.note": "допустимы: {1}",
    "plan.date-outside-years": "'{1}' — вне лет, в которых работает программа ({2}–{3})",
    "plan.date-outside-years.note": "проверьте год",
    "plan.invalid-date": "'{1}' — не дата",
    "plan.invalid-date.note": "пишите дату как дд.мм.гггг (15.03.2024) или гггг-мм-дд; такой день должен существовать",
    "plan.cycle.self": "{1} '{2}' ссылается сам на себя в '{3}:'",
    "plan.cycle": "{1} '{2}' через '{3}:' ведет обратно к самому себе",
    "plan.cycle.note": "цепочка '{1}': {2}",
    "plan.missing-period": "в плане нет 'период:' или 'утвержден:', по которым читаются сроки",
    "plan.missing-period.note": "добавьте 'период: 2024', 'период: 2023/2024' или 'период: 01.09.2023..31.08.2024'",
    "plan.invalid-event-dates": "'{1}' — не дата и не диапазон дат",
    "plan.invalid-event-dates.note": "пишите 'даты: 06.12.2023' или 'даты: 23.05.2024..01.07.2024'",
    "plan.duplicate-title": "пункт '{1}' повторяет текст пункта '{2}'",
    "plan.duplicate-title.first": "первый раз: {1}",
    "plan.duplicate-title.note":
      "если в документе строка повторяется, оставьте обе и скажите об этом в комментарии; иначе удалите одну",

    "owner.item": "пункта '{1}'",
    "owner.report": "отчета '{1}'",
    "owner.amendment": "изменения '{1}'",

    "deadline.unreadable": "не удается прочитать срок '{1}' {2}",
    "deadline.problem": "{1}",
    "deadline.unreadable.no-form": "срок не подходит ни под одну известную форму",
    "deadline.unreadable.note": """
    оставьте в 'срок:' слова документа, а прочтение, которое должна использовать программа, укажите строкой \
    'прочтение:' под ним (например, 'прочтение: до 30.04.2024'); формы сроков перечислены в 'docs/deadlines.md'
    """,
    "deadline.unbound-event": "срок '{1}' {2} следует внешнему графику, но не привязан к событию",
    "deadline.unbound-event.note":
      "объявите событие (с датами, если они известны) и добавьте к пункту 'привязка: СОБЫТИЕ'",
    "deadline.on-request": "срок '{1}' {2} без даты: исполняется по запросу и не бывает просрочен",
    "deadline.outside-period": "срок {1} {2} — вне периода плана {3}",
    "deadline.outside-period.note": "проверьте год или расширьте 'период:', если план действительно длиннее",
    "deadline.before-approval": "срок {1} {2} — раньше утверждения плана {3}",
    "deadline.before-approval.note":
      "опечатка в годе? если в документе действительно так, оставьте срок и добавьте примечание",

    "status.excel-date": "пункт '{1}' — дата, в которую Excel превратил номер '{2}'",
    "status.excel-date.note": """
    Excel читает номера вроде 1.3 как даты; введите номер как текст (Формат ячеек → Текстовый) или \
    откройте файл через Данные → Из текстового/CSV-файла, задайте столбцу пунктов тип «Текст» и снова \
    сохраните как «CSV UTF-8»
    """,
    "status.completed-after-as-of": "исполнено {1} — позже даты, по состоянию на которую представлены сведения ({2})",
    "status.completed-before-approval": "исполнено {1} — раньше утверждения плана ({2})",
    "status.completed-before-window": "исполнено {1} — раньше начала периода исполнения ({2})",
    "status.implausible-completion.note": "запись учтена; проверьте день, месяц и год",
    "deadline.unreadable-reading": "не удается прочитать прочтение '{1}', указанное для срока {2}",
    "deadline.unreadable-reading.note":
      "запишите прочтение в форме, которую читает программа, например 'до 30.04.2024' ('docs/deadlines.md')",
    "deadline.needless-reading": "программа сама читает срок '{1}' {2}; строка 'прочтение:' не нужна",
    "deadline.overriding-reading": "строка 'прочтение:' {1} ('{2}') заменяет то, что программа читает в '{3}'",
    "deadline.reads-as": "программа читает '{1}' так: {2}",
    "deadline.needless-reading.note":
      """
    'прочтение:' нужно для срока, который программа не читает; удалите строку или оставьте, \
    если приказ имеет в виду другое
    """,
    "deadline.line-break":
      "срок '{1}' {2} прочитан как одна строка; переносы строк изменили бы прочтение",
    "deadline.line-break.note":
      "если в документе это отдельные сроки, сохраните его слова и проверьте прочтение командой 'karta when'",
    "count.deadline.no-decree": """
    срок {1} приходится на {2}, а постановления о переносе выходных дней на этот год у программы нет|\
    срок {1} приходится на {2}, а постановления о переносе выходных дней на эти годы у программы нет|\
    срок {1} приходится на {2}, а постановления о переносе выходных дней на эти годы у программы нет
    """,
    "deadline.no-decree.note": """
    когда постановление будет опубликовано, добавьте 'календарь russia-{1}: …' с 'год: {1}' и строками \
    'перенос:' ('docs/deadlines.md')
    """,
    "deadline.unbound-anchor": "срок '{1}' {2} отсчитывается от «{3}», дата которого в плане не указана",
    "deadline.unbound-anchor.note": """
    привяжите его к событию строкой 'привязка: СОБЫТИЕ' (даты события — точка отсчета) или к пунктам, после \
    которых он наступает, строкой 'после: ID' (их исполнение — точка отсчета), а для срока от дня получения     запроса исполнители указывают дату запроса в сведениях ('requested', «Дата запроса»); до тех пор срок     не наступил
    """,
  ]
}
