import KartaSchedule

/// Deadline phrases with the schedule each must read as. Rows marked `seed:` are every distinct
/// phrase of the four seed roadmaps, read in their plan's context; the rest are forms officials
/// commonly write. Windows are `start..due`, `>effective` when a day off moves the due date,
/// `@hh:mm` for a clock time, `#label`; `…N` ends a prefix of N windows in all.
enum DeadlinePhraseTable {
  static let seedAndCommonForms: [PhraseRow] = [
    PhraseRow(
      "В соответствии с расписанием экзаменов", period: "2024", approved: "15.03.2024", .event, "",
      source: "seed:irkutsk"),
    PhraseRow(
      "В течение года", period: "2024", approved: "15.03.2024", .window, "2024-01-01..2024-12-31>2024-12-28",
      source: "seed:irkutsk"),
    PhraseRow(
      "В течение года по заявке МОУО", period: "2024", approved: "15.03.2024", .onRequest, "", source: "seed:irkutsk"),
    PhraseRow(
      "До 1 апреля 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-03-15..2024-04-01",
      source: "seed:irkutsk"),
    PhraseRow(
      "До 15 марта 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-03-15..2024-03-15",
      source: "seed:irkutsk"),
    PhraseRow(
      "До 22 апреля 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-03-15..2024-04-22",
      source: "seed:irkutsk"),
    PhraseRow(
      "До 29 марта 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-03-15..2024-03-29",
      source: "seed:irkutsk"),
    PhraseRow(
      "До 7 марта 2024 года, до 6 мая 2024 года, до 20 августа 2024 года", period: "2024", approved: "15.03.2024",
      .window, "2024-03-07..2024-03-07 | 2024-03-08..2024-05-06 | 2024-05-07..2024-08-20", source: "seed:irkutsk"),
    PhraseRow(
      "Март 2024-апрель 2024 года Май 2024-июль 2024 года Сентябрь 2024", period: "2024", approved: "15.03.2024",
      .window, "2024-03-01..2024-04-30>2024-04-27 | 2024-05-01..2024-07-31 | 2024-09-01..2024-09-30",
      source: "seed:irkutsk"),
    PhraseRow(
      "По заявке (город Усолье-Сибирское, город Усть-Илимск, Нижнеудинский район)", period: "2024",
      approved: "15.03.2024", .onRequest, "", source: "seed:irkutsk"),
    PhraseRow("По согласованию", period: "2024", approved: "15.03.2024", .onRequest, "", source: "seed:irkutsk"),
    PhraseRow(
      "Февраль 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-02-01..2024-02-29",
      source: "seed:irkutsk"),
    PhraseRow(
      "апрель", period: "2024", approved: "15.03.2024", .window, "2024-04-01..2024-04-30>2024-04-27",
      source: "seed:irkutsk"),
    PhraseRow(
      "апрель 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-04-01..2024-04-30>2024-04-27",
      source: "seed:irkutsk"),
    PhraseRow(
      "в течение года", period: "2024", approved: "15.03.2024", .window, "2024-01-01..2024-12-31>2024-12-28",
      source: "seed:irkutsk"),
    PhraseRow(
      "в течение года в соответствии с графиком проведения ВПР", period: "2024", approved: "15.03.2024", .window,
      "2024-01-01..2024-12-31>2024-12-28", source: "seed:irkutsk"),
    PhraseRow(
      "декабрь", period: "2024", approved: "15.03.2024", .window, "2024-12-01..2024-12-31>2024-12-28",
      source: "seed:irkutsk"),
    PhraseRow(
      "до 31 мая 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-03-15..2024-05-31",
      source: "seed:irkutsk"),
    PhraseRow(
      "июль", period: "2024", approved: "15.03.2024", .window, "2024-07-01..2024-07-31", source: "seed:irkutsk"),
    PhraseRow(
      "июнь", period: "2024", approved: "15.03.2024", .window, "2024-06-01..2024-06-30>2024-06-28",
      source: "seed:irkutsk"),
    PhraseRow(
      "июнь, декабрь", period: "2024", approved: "15.03.2024", .window,
      "2024-06-01..2024-06-30>2024-06-28 | 2024-12-01..2024-12-31>2024-12-28", source: "seed:irkutsk"),
    PhraseRow(
      "июнь, ноябрь", period: "2024", approved: "15.03.2024", .window,
      "2024-06-01..2024-06-30>2024-06-28 | 2024-11-01..2024-11-30>2024-11-29", source: "seed:irkutsk"),
    PhraseRow("май", period: "2024", approved: "15.03.2024", .window, "2024-05-01..2024-05-31", source: "seed:irkutsk"),
    PhraseRow(
      "март", period: "2024", approved: "15.03.2024", .window, "2024-03-01..2024-03-31>2024-03-29",
      source: "seed:irkutsk"),
    PhraseRow(
      "март-апрель 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-03-01..2024-04-30>2024-04-27",
      source: "seed:irkutsk"),
    PhraseRow(
      "ноябрь 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-11-01..2024-11-30>2024-11-29",
      source: "seed:irkutsk"),
    PhraseRow(
      "ноябрь февраль", period: "2024", approved: "15.03.2024", .window,
      "2024-11-01..2024-11-30>2024-11-29 | 2025-02-01..2025-02-28", source: "seed:irkutsk"),
    PhraseRow(
      "октябрь", period: "2024", approved: "15.03.2024", .window, "2024-10-01..2024-10-31", source: "seed:irkutsk"),
    PhraseRow(
      "октябрь-ноябрь 2024 года", period: "2024", approved: "15.03.2024", .window, "2024-10-01..2024-11-30>2024-11-29",
      source: "seed:irkutsk"),
    PhraseRow(
      "по итогам проведения ВПР в соответствии с графиком Рособнадзора", period: "2024", approved: "15.03.2024", .event,
      "", source: "seed:irkutsk"),
    PhraseRow(
      "февраль", period: "2024", approved: "15.03.2024", .window, "2024-02-01..2024-02-29", source: "seed:irkutsk"),
    PhraseRow(
      "январь-февраль", period: "2024", approved: "15.03.2024", .window, "2024-01-01..2024-02-29",
      source: "seed:irkutsk"),
    PhraseRow(
      "(апрель 2024)", period: "2023/2024", approved: "07.12.2023", .window, "2024-04-01..2024-04-30>2024-04-27",
      source: "seed:sayansk"),
    PhraseRow(
      "01.03.2024", period: "2023/2024", approved: "07.12.2023", .window, "2023-12-07..2024-03-01",
      source: "seed:sayansk"),
    PhraseRow(
      "2021-2024", period: "2023/2024", approved: "07.12.2023", .window, "2021-01-01..2024-12-31>2024-12-28",
      source: "seed:sayansk"),
    PhraseRow(
      "в 2024 г. (сентябрь-декабрь)", period: "2023/2024", approved: "07.12.2023", .window,
      "2024-09-01..2024-12-31>2024-12-28", source: "seed:sayansk"),
    PhraseRow(
      "в срок до 01.02.2024г.", period: "2023/2024", approved: "07.12.2023", .window, "2023-12-07..2024-02-01",
      source: "seed:sayansk"),
    PhraseRow(
      "в срок до 01.03.2004 года", period: "2023/2024", approved: "07.12.2023", .window, "2004-03-01..2004-03-01",
      source: "seed:sayansk"),
    PhraseRow(
      "в срок до 01.03.2024г.", period: "2023/2024", approved: "07.12.2023", .window, "2023-12-07..2024-03-01",
      source: "seed:sayansk"),
    PhraseRow(
      "в срок до 01.05.2024г.", period: "2023/2024", approved: "07.12.2023", .window,
      "2023-12-07..2024-05-01>2024-04-27", source: "seed:sayansk"),
    PhraseRow(
      "в срок до 1 февраля 2024 г. (11 класс), 1 марта 2024 г. (9 класс)", period: "2023/2024", approved: "07.12.2023",
      .window, "2023-12-07..2024-02-01#11 класс | 2023-12-07..2024-03-01#9 класс", source: "seed:sayansk"),
    PhraseRow(
      "в срок до 10.05.2024 года", period: "2023/2024", approved: "07.12.2023", .window,
      "2023-12-07..2024-05-10>2024-05-08", source: "seed:sayansk"),
    PhraseRow(
      "в срок до 15.02.2024", period: "2023/2024", approved: "07.12.2023", .window, "2023-12-07..2024-02-15",
      source: "seed:sayansk"),
    PhraseRow(
      "в срок до 25.12.2023 г.", period: "2023/2024", approved: "07.12.2023", .window, "2023-12-07..2023-12-25",
      source: "seed:sayansk"),
    PhraseRow(
      "в течение 2023-2024 учебного года", period: "2023/2024", approved: "07.12.2023", .window,
      "2023-09-01..2024-08-31>2024-08-30", source: "seed:sayansk"),
    PhraseRow(
      "в течение 2024-2025 учебного года", period: "2023/2024", approved: "07.12.2023", .window,
      "2024-09-01..2025-08-31>2025-08-29", source: "seed:sayansk"),
    PhraseRow(
      "ежегодно", period: "2023/2024", approved: "07.12.2023", .recurring,
      "2023-12-07..2023-12-31>2023-12-29#2023 | 2024-01-01..2024-08-31>2024-08-30#2024", source: "seed:sayansk"),
    PhraseRow(
      "по плану ГАУ ИО ЦОПМКиМКО – в течение 2023-2024 учебного года", period: "2023/2024", approved: "07.12.2023",
      .window, "2023-09-01..2024-08-31>2024-08-30", source: "seed:sayansk"),
    PhraseRow(
      "по плану Рособрнадзора и ГАУ ИО ЦОПМКиМКО", period: "2023/2024", approved: "07.12.2023", .event, "",
      source: "seed:sayansk"),
    PhraseRow(
      "постоянно", period: "2023/2024", approved: "07.12.2023", .continuous, "2023-12-07..2024-08-31",
      source: "seed:sayansk"),
    PhraseRow(
      "срок не указан", period: "2023/2024", approved: "07.12.2023", .continuous, "2023-09-01..2024-08-31",
      source: "seed:sayansk"),
    PhraseRow(
      "февраль-март 2024 г.", period: "2023/2024", approved: "07.12.2023", .window, "2024-02-01..2024-03-31>2024-03-29",
      source: "seed:sayansk"),
    PhraseRow(
      "Август 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2024-08-01..2024-08-31>2024-08-30",
      source: "seed:kavalerovo"),
    PhraseRow(
      "В течение 2023-2024 учебного  года", period: "2023/2024", approved: "02.11.2023", .window,
      "2023-09-01..2024-08-31>2024-08-30", source: "seed:kavalerovo"),
    PhraseRow(
      "В течение 2023-2024 учебного года", period: "2023/2024", approved: "02.11.2023", .window,
      "2023-09-01..2024-08-31>2024-08-30", source: "seed:kavalerovo"),
    PhraseRow(
      "В течение всего периода ГИА", period: "2023/2024", approved: "02.11.2023", .continuous, "2023-11-02..2024-08-31",
      source: "seed:kavalerovo"),
    PhraseRow(
      "В течение года", period: "2023/2024", approved: "02.11.2023", .window, "2023-09-01..2024-08-31>2024-08-30",
      source: "seed:kavalerovo"),
    PhraseRow(
      "В течение учебного года", period: "2023/2024", approved: "02.11.2023", .window,
      "2023-09-01..2024-08-31>2024-08-30", source: "seed:kavalerovo"),
    PhraseRow(
      "В утвержденные сроки проведения сочинения (изложения), итогового собеседования по русскому языку",
      period: "2023/2024", approved: "02.11.2023", .event, "", source: "seed:kavalerovo"),
    PhraseRow(
      "В утверждённые Порядками и НПА министерством сроки", period: "2023/2024", approved: "02.11.2023", .event, "",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Весь период", period: "2023/2024", approved: "02.11.2023", .continuous, "2023-11-02..2024-08-31",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Весь период ГИА", period: "2023/2024", approved: "02.11.2023", .continuous, "2023-11-02..2024-08-31",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Декабрь 2023 - май 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2023-12-01..2024-05-31",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Декабрь 2023 года- март 2024 года", period: "2023/2024", approved: "02.11.2023", .window,
      "2023-12-01..2024-03-31>2024-03-29", source: "seed:kavalerovo"),
    PhraseRow(
      "До 01.02.2024 (ГИА-11) До 01.03.2024 (ГИА-9)", period: "2023/2024", approved: "02.11.2023", .window,
      "2023-11-02..2024-02-01#ГИА-11 | 2023-11-02..2024-03-01#ГИА-9", source: "seed:kavalerovo"),
    PhraseRow(
      "До15 ноября 2023 года", period: "2023/2024", approved: "02.11.2023", .window, "2023-11-02..2023-11-15",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Июль - август 2024 года", period: "2023/2024", approved: "02.11.2023", .window,
      "2024-07-01..2024-08-31>2024-08-30", source: "seed:kavalerovo"),
    PhraseRow(
      "Июль - октябрь 2023 года Весь период ГИА по запросу", period: "2023/2024", approved: "02.11.2023", .onRequest,
      "", source: "seed:kavalerovo"),
    PhraseRow(
      "Ноябрь 2023 - февраль 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2023-11-01..2024-02-29",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Ноябрь 2023 года", period: "2023/2024", approved: "02.11.2023", .window, "2023-11-01..2023-11-30",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Ноябрь- февраль 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2023-11-01..2024-02-29",
      source: "seed:kavalerovo"),
    PhraseRow(
      "По графику Рособрнадзора", period: "2023/2024", approved: "02.11.2023", .event, "", source: "seed:kavalerovo"),
    PhraseRow(
      "По отдельному графику", period: "2023/2024", approved: "02.11.2023", .event, "", source: "seed:kavalerovo"),
    PhraseRow(
      "По отдельному плану", period: "2023/2024", approved: "02.11.2023", .event, "", source: "seed:kavalerovo"),
    PhraseRow(
      "По расписанию, утвержденному Минпросвещения России и Рособрнадзором", period: "2023/2024",
      approved: "02.11.2023", .event, "", source: "seed:kavalerovo"),
    PhraseRow(
      "По утвержденному графику", period: "2023/2024", approved: "02.11.2023", .event, "", source: "seed:kavalerovo"),
    PhraseRow(
      "Сентябрь 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2024-09-01..2024-09-30",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Январь - май 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2024-01-01..2024-05-31",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Январь-май 2024 года", period: "2023/2024", approved: "02.11.2023", .window, "2024-01-01..2024-05-31",
      source: "seed:kavalerovo"),
    PhraseRow(
      "Январь-февраль 2024", period: "2023/2024", approved: "02.11.2023", .window, "2024-01-01..2024-02-29",
      source: "seed:kavalerovo"),
    PhraseRow(
      "август", period: "2024", approved: "04.09.2024", .window, "2024-08-01..2024-08-31>2024-08-30",
      source: "seed:belgorod"),
    PhraseRow(
      "август-сентябрь", period: "2024", approved: "04.09.2024", .window, "2024-08-01..2024-09-30",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с медиапланом Министерства", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с планом работы МОУО", period: "2024", approved: "04.09.2024", .event, "", source: "seed:belgorod"
    ),
    PhraseRow(
      "в соответствии с планом работы МОУО, ОО", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с планом работы ОО, МОУО", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с приказами МОУО", period: "2024", approved: "04.09.2024", .event, "", source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с приказами Министерства", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с приказами Министерства, МОУО", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с приказами министерства", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в соответствии с приказом Министерства", period: "2024", approved: "04.09.2024", .event, "",
      source: "seed:belgorod"),
    PhraseRow(
      "в течение года", period: "2024", approved: "04.09.2024", .window, "2024-01-01..2024-12-31>2024-12-28",
      source: "seed:belgorod"),
    PhraseRow(
      "в течение учебного года", period: "2024", approved: "04.09.2024", .window, "2024-09-01..2025-08-31>2025-08-29",
      source: "seed:belgorod"),
    PhraseRow(
      "июль-август", period: "2024", approved: "04.09.2024", .window, "2024-07-01..2024-08-31>2024-08-30",
      source: "seed:belgorod"),
    PhraseRow(
      "не позднее 25 числа месяца, следующего за отчетным", period: "2024", approved: "04.09.2024", .recurring,
      "2024-10-01..2024-10-25#за сентябрь 2024 | 2024-11-01..2024-11-25#за октябрь 2024 | 2024-12-01..2024-12-25#за ноябрь 2024 | 2025-01-01..2025-01-25>2025-01-24#за декабрь 2024",
      source: "seed:belgorod"),
    PhraseRow(
      "по состоянию на 28 декабря 2024 года до 15 января 2025 года", period: "2024", approved: "04.09.2024", .window,
      "2024-12-28..2025-01-15#по состоянию на 28.12.2024", source: "seed:belgorod"),
    PhraseRow(
      "по состоянию на 30 июня 2024 года до 15 июля 2024 года", period: "2024", approved: "04.09.2024", .window,
      "2024-06-30..2024-07-15#по состоянию на 30.06.2024", source: "seed:belgorod"),
    PhraseRow(
      "сентябрь-октябрь", period: "2024", approved: "04.09.2024", .window, "2024-09-01..2024-10-31",
      source: "seed:belgorod"),
    PhraseRow(
      "февраль", period: "2024", approved: "04.09.2024", .window, "2024-02-01..2024-02-29", source: "seed:belgorod"),
    PhraseRow("-", period: "2024", approved: "15.03.2024", .unknown, ""),
    PhraseRow("до 22 апреля 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-04-22"),
    PhraseRow("до 22.04.2024", period: "2024", approved: nil, .window, "2024-01-01..2024-04-22"),
    PhraseRow("до 2024-04-22", period: "2024", approved: nil, .window, "2024-01-01..2024-04-22"),
    PhraseRow("не позднее 25 декабря 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-25"),
    PhraseRow("не позднее 25.12.2024 г.", period: "2024", approved: nil, .window, "2024-01-01..2024-12-25"),
    PhraseRow("до 1 марта", period: "2024", approved: nil, .window, "2024-01-01..2024-03-01"),
    PhraseRow("до 1 МАРТА 2024 ГОДА", period: "2024", approved: nil, .window, "2024-01-01..2024-03-01"),
    PhraseRow("До 10 июня", period: "2024", approved: nil, .window, "2024-01-01..2024-06-10"),
    PhraseRow("до 15 мая 2024 года включительно", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("по 15 мая 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("15 мая 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("15.05.2024", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("2024-05-15", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("март", period: "2024", approved: nil, .window, "2024-03-01..2024-03-31>2024-03-29"),
    PhraseRow("в марте", period: "2024", approved: nil, .window, "2024-03-01..2024-03-31>2024-03-29"),
    PhraseRow("в марте 2024 года", period: "2024", approved: nil, .window, "2024-03-01..2024-03-31>2024-03-29"),
    PhraseRow("марте 2024 г.", period: "2024", approved: nil, .window, "2024-03-01..2024-03-31>2024-03-29"),
    PhraseRow("апр. 2024", period: "2024", approved: nil, .window, "2024-04-01..2024-04-30>2024-04-27"),
    PhraseRow("до 15 апр. 2024 г.", period: "2024", approved: nil, .window, "2024-01-01..2024-04-15"),
    PhraseRow("сент.-окт. 2024 г.", period: "2024", approved: nil, .window, "2024-09-01..2024-10-31"),
    PhraseRow("январь–март 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("январь — март", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("ноябрь-декабрь", period: "2024", approved: nil, .window, "2024-11-01..2024-12-31>2024-12-28"),
    PhraseRow("ноябрь - январь", period: "2024", approved: nil, .window, "2024-11-01..2025-01-31"),
    PhraseRow("с 1 по 15 мая", period: "2024", approved: nil, .window, "2024-05-01..2024-05-15"),
    PhraseRow("с 1 по 15 мая 2024 года", period: "2024", approved: nil, .window, "2024-05-01..2024-05-15"),
    PhraseRow("25-26 января", period: "2024", approved: nil, .window, "2024-01-25..2024-01-26"),
    PhraseRow("25–26 января 2024 г.", period: "2024", approved: nil, .window, "2024-01-25..2024-01-26"),
    PhraseRow("1-15 апреля", period: "2024", approved: nil, .window, "2024-04-01..2024-04-15"),
    PhraseRow(
      "с 01.09.2024 по 31.12.2024", period: "2024", approved: nil, .window, "2024-09-01..2024-12-31>2024-12-28"),
    PhraseRow(
      "С 10.03.2024 до 12.05.2024", period: "2024", approved: nil, .window, "2024-03-10..2024-05-12>2024-05-08"),
    PhraseRow(
      "с 10 марта по 12 мая 2024 года", period: "2024", approved: nil, .window, "2024-03-10..2024-05-12>2024-05-08"),
    PhraseRow("с марта по май", period: "2024", approved: nil, .window, "2024-03-01..2024-05-31"),
    PhraseRow("с 01.02.2024 до 01.03.2024", period: "2024", approved: nil, .window, "2024-02-01..2024-03-01"),
    PhraseRow(
      "июнь, ноябрь", period: "2024", approved: nil, .window,
      "2024-06-01..2024-06-30>2024-06-28 | 2024-11-01..2024-11-30>2024-11-29"),
    PhraseRow(
      "июнь; ноябрь", period: "2024", approved: nil, .window,
      "2024-06-01..2024-06-30>2024-06-28 | 2024-11-01..2024-11-30>2024-11-29"),
    PhraseRow(
      "июнь и ноябрь", period: "2024", approved: nil, .window,
      "2024-06-01..2024-06-30>2024-06-28 | 2024-11-01..2024-11-30>2024-11-29"),
    PhraseRow(
      "март, июнь, сентябрь, декабрь", period: "2024", approved: nil, .window,
      "2024-03-01..2024-03-31>2024-03-29 | 2024-06-01..2024-06-30>2024-06-28 | 2024-09-01..2024-09-30 | 2024-12-01..2024-12-31>2024-12-28"
    ),
    PhraseRow(
      "до 1 февраля, до 1 марта", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-01 | 2024-02-02..2024-03-01"),
    PhraseRow(
      "до 1 февраля; до 1 марта 2024 г.", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-01 | 2024-02-02..2024-03-01"),
    PhraseRow("I квартал", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("I квартал 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("II квартал 2024 г.", period: "2024", approved: nil, .window, "2024-04-01..2024-06-30>2024-06-28"),
    PhraseRow("III квартал", period: "2024", approved: nil, .window, "2024-07-01..2024-09-30"),
    PhraseRow("IV квартал", period: "2024", approved: nil, .window, "2024-10-01..2024-12-31>2024-12-28"),
    PhraseRow("1 квартал 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("2 квартал", period: "2024", approved: nil, .window, "2024-04-01..2024-06-30>2024-06-28"),
    PhraseRow(
      "в первом квартале 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("во втором квартале", period: "2024", approved: nil, .window, "2024-04-01..2024-06-30>2024-06-28"),
    PhraseRow("в течение III квартала", period: "2024", approved: nil, .window, "2024-07-01..2024-09-30"),
    // Abbreviated quarters and ranges of quarters or half-years.
    PhraseRow("IV кв. 2024", period: "2024", approved: nil, .window, "2024-10-01..2024-12-31>2024-12-28"),
    PhraseRow("1 кв. 2024 г.", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("I-II квартал", period: "2024", approved: nil, .window, "2024-01-01..2024-06-30>2024-06-28"),
    PhraseRow("1-2 квартал 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-06-30>2024-06-28"),
    PhraseRow("III–IV кварталы 2024 года", period: "2024", approved: nil, .window, "2024-07-01..2024-12-31>2024-12-28"),
    PhraseRow("в течение I-II полугодия", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("II-I квартал", period: "2024", approved: nil, .unknown, ""),
    // A day and month in figures without a year; a year set off by a comma.
    PhraseRow("до 15.05", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("до 10.09", period: "2023/2024", approved: nil, .window, "2023-09-01..2023-09-10>2023-09-08"),
    PhraseRow("до 31.02", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("до 15.05 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("15.05, 2024", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15"),
    PhraseRow("до 15.05.24", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("Май, 2024", period: "2024", approved: nil, .window, "2024-05-01..2024-05-31"),
    // A yearless month after a window that began before it stays in the same year.
    PhraseRow(
      "в течение учебного года, май", period: "2023/2024", approved: nil, .window,
      "2024-05-01..2024-05-31 | 2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow(
      "в течение года, март", period: "2024", approved: nil, .window,
      "2024-03-01..2024-03-31>2024-03-29 | 2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("май, 2024 года", period: "2024", approved: nil, .window, "2024-05-01..2024-05-31"),
    PhraseRow("до конца I квартала", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("I полугодие 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-06-30>2024-06-28"),
    PhraseRow("II полугодие", period: "2024", approved: nil, .window, "2024-07-01..2024-12-31>2024-12-28"),
    PhraseRow("первое полугодие", period: "2024", approved: nil, .window, "2024-01-01..2024-06-30>2024-06-28"),
    PhraseRow(
      "во втором полугодии 2024 года", period: "2024", approved: nil, .window, "2024-07-01..2024-12-31>2024-12-28"),
    PhraseRow("1 полугодие", period: "2024", approved: nil, .window, "2024-01-01..2024-06-30>2024-06-28"),
    PhraseRow("до конца года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("до конца 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("до конца марта", period: "2024", approved: nil, .window, "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow("в течение года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("в течение 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("в течение всего года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow(
      "в течение календарного года", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("в течение марта", period: "2024", approved: nil, .window, "2024-03-01..2024-03-31>2024-03-29"),
    PhraseRow(
      "в течение учебного года", period: "2024", approved: "15.03.2024", .window, "2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow(
      "в течение 2023-2024 учебного года", period: "2024", approved: nil, .window, "2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow(
      "в течение 2023/2024 учебного года", period: "2024", approved: nil, .window, "2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow("в 2024 году", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("2024 год", period: "2024", approved: nil, .window, "2024-01-01..2024-12-31>2024-12-28"),
    PhraseRow("2024-2025", period: "2024", approved: nil, .window, "2024-01-01..2025-12-31>2025-12-30"),
    PhraseRow("до 18:00 15 мая 2024 года", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15@18:00"),
    PhraseRow("до 15 мая 2024 года 18:00 мск", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15@18:00"),
    PhraseRow(
      "до 15 мая 2024 года 23:00 (мск)", period: "2024", approved: nil, .window, "2024-01-01..2024-05-15@23:00"),
    PhraseRow(
      "до 12:00 по местному времени 10 апреля", period: "2024", approved: nil, .window, "2024-01-01..2024-04-10@12:00"),
    PhraseRow(
      "ежемесячно", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-31#за январь 2024 | 2024-02-01..2024-02-29#за февраль 2024 | 2024-03-01..2024-03-31>2024-03-29#за март 2024 …12"
    ),
    PhraseRow(
      "ежемесячно до 5 числа", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-05>2024-01-09#за январь 2024 | 2024-02-01..2024-02-05#за февраль 2024 | 2024-03-01..2024-03-05#за март 2024 …12"
    ),
    PhraseRow(
      "до 25 числа каждого месяца", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-25#за январь 2024 | 2024-02-01..2024-02-25>2024-02-22#за февраль 2024 | 2024-03-01..2024-03-25#за март 2024 …12"
    ),
    PhraseRow(
      "не позднее 25 числа месяца, следующего за отчетным", period: "2024", approved: nil, .recurring,
      "2024-02-01..2024-02-25>2024-02-22#за январь 2024 | 2024-03-01..2024-03-25#за февраль 2024 | 2024-04-01..2024-04-25#за март 2024 …12"
    ),
    PhraseRow(
      "ежеквартально", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-03-31>2024-03-29#за 1 квартал 2024 | 2024-04-01..2024-06-30>2024-06-28#за 2 квартал 2024 | 2024-07-01..2024-09-30#за 3 квартал 2024 | 2024-10-01..2024-12-31>2024-12-28#за 4 квартал 2024"
    ),
    PhraseRow(
      "ежеквартально не позднее 10 числа месяца, следующего за отчетным кварталом", period: "2024", approved: nil,
      .recurring,
      "2024-04-01..2024-04-10#за 1 квартал 2024 | 2024-07-01..2024-07-10#за 2 квартал 2024 | 2024-10-01..2024-10-10#за 3 квартал 2024 | 2025-01-01..2025-01-10#за 4 квартал 2024"
    ),
    PhraseRow("ежегодно", period: "2024", approved: nil, .recurring, "2024-01-01..2024-12-31>2024-12-28#2024"),
    PhraseRow(
      "ежегодно до 1 декабря", period: "2024", approved: nil, .recurring, "2024-01-01..2024-12-01>2024-11-29#2024"),
    PhraseRow(
      "еженедельно", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-07>2024-01-09#неделя с 01.01.2024 | 2024-01-08..2024-01-14>2024-01-12#неделя с 08.01.2024 | 2024-01-15..2024-01-21>2024-01-19#неделя с 15.01.2024 …53"
    ),
    PhraseRow("постоянно", period: "2024", approved: nil, .continuous, "2024-01-01..2024-12-31"),
    PhraseRow("Постоянно", period: "2024", approved: nil, .continuous, "2024-01-01..2024-12-31"),
    PhraseRow("весь период", period: "2024", approved: nil, .continuous, "2024-01-01..2024-12-31"),
    PhraseRow("в течение всего периода", period: "2024", approved: nil, .continuous, "2024-01-01..2024-12-31"),
    PhraseRow("на протяжении всего периода", period: "2024", approved: nil, .continuous, "2024-01-01..2024-12-31"),
    PhraseRow("по графику Рособрнадзора", period: "2024", approved: nil, .event, ""),
    PhraseRow("в соответствии с расписанием экзаменов", period: "2024", approved: nil, .event, ""),
    PhraseRow("по отдельному графику", period: "2024", approved: nil, .event, ""),
    PhraseRow("по расписанию, утвержденному Минпросвещения России", period: "2024", approved: nil, .event, ""),
    PhraseRow("в сроки, установленные Рособрнадзором", period: "2024", approved: nil, .event, ""),
    PhraseRow("по согласованию", period: "2024", approved: nil, .onRequest, ""),
    PhraseRow("по заявке МОУО", period: "2024", approved: nil, .onRequest, ""),
    PhraseRow("по запросу", period: "2024", approved: nil, .onRequest, ""),
    PhraseRow("по мере необходимости", period: "2024", approved: nil, .onRequest, ""),
    PhraseRow("при необходимости", period: "2024", approved: nil, .onRequest, ""),
    PhraseRow("31.02.2024", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("до 31.02.2024", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("30 февраля 2024 года", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("29.02.2023", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("когда-нибудь", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("в ближайшее время", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("срочно", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("до марта", period: "2024", approved: nil, .unknown, ""),
    PhraseRow("", period: "2024", approved: nil, .unknown, ""),
    PhraseRow(
      "до 01.02.2024 (ГИА-11) до 01.03.2024 (ГИА-9)", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-01#ГИА-11 | 2024-01-01..2024-03-01#ГИА-9"),
    PhraseRow(
      "до 1 февраля 2024 г. (11 класс), 1 марта 2024 г. (9 класс)", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-01#11 класс | 2024-01-01..2024-03-01#9 класс"),
    PhraseRow("ноябрь 2023 - февраль 2024 года", period: "2024", approved: nil, .window, "2023-11-01..2024-02-29"),
    PhraseRow("Ноябрь- февраль 2024 года", period: "2024", approved: nil, .window, "2023-11-01..2024-02-29"),
    PhraseRow(
      "декабрь 2023 года — март 2024 года", period: "2024", approved: nil, .window, "2023-12-01..2024-03-31>2024-03-29"),
    PhraseRow("ноябрь", period: "2023/2024", approved: nil, .window, "2023-11-01..2023-11-30"),
    PhraseRow("март", period: "2023/2024", approved: nil, .window, "2024-03-01..2024-03-31>2024-03-29"),
    PhraseRow("до 15 ноября", period: "2023/2024", approved: nil, .window, "2023-09-01..2023-11-15"),
    PhraseRow("до 15 марта", period: "2023/2024", approved: nil, .window, "2023-09-01..2024-03-15"),
    PhraseRow("в течение года", period: "2023/2024", approved: nil, .window, "2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow(
      "до конца учебного года", period: "2023/2024", approved: nil, .window, "2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow("ноябрь-февраль", period: "2023/2024", approved: nil, .window, "2023-11-01..2024-02-29"),
    PhraseRow(
      "ежемесячно", period: "2023/2024", approved: "02.11.2023", .recurring,
      "2023-11-01..2023-11-30#за ноябрь 2023 | 2023-12-01..2023-12-31>2023-12-29#за декабрь 2023 | 2024-01-01..2024-01-31#за январь 2024 …10"
    ),
    PhraseRow("постоянно", period: "2023/2024", approved: "02.11.2023", .continuous, "2023-11-02..2024-08-31"),
    PhraseRow("февраль", period: "01.09.2024..31.05.2025", approved: nil, .window, "2025-02-01..2025-02-28"),
    PhraseRow("октябрь", period: "01.09.2024..31.05.2025", approved: nil, .window, "2024-10-01..2024-10-31"),
    PhraseRow(
      "до 1 марта", period: "01.09.2024..31.05.2025", approved: nil, .window, "2024-09-01..2025-03-01>2025-02-28"),
  ]
}
