import KartaSchedule

/// Deadline phrases of the forms orders outside the seeds use (issue 9): holidays of years without a
/// decree, start-only windows, a weekday of a month, day lists, school terms, «раз в …», times of
/// day with their zone, relative deadlines counted from an anchor, and printed line breaks. Same
/// notation as `DeadlinePhraseTable`, plus `~local` for the clock time in the plan's zone.
extension DeadlinePhraseTable {
  /// Every row of the table.
  static let rows = seedAndCommonForms + laterForms

  /// The rows of the later forms.
  static let laterForms: [PhraseRow] = [
    PhraseRow(
      "до 4 января 2027 года", period: "2026/2027", approved: "01.09.2026", .window,
      "2026-09-01..2027-01-04>2026-12-30"),
    PhraseRow(
      "до 23 февраля 2027 года", period: "2026/2027", approved: "01.09.2026", .window,
      "2026-09-01..2027-02-23>2027-02-22"),
    PhraseRow(
      "до 31 декабря 2026 года", period: "2026/2027", approved: "01.09.2026", .window,
      "2026-09-01..2026-12-31>2026-12-30"),
    PhraseRow(
      "до 8 марта 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-03-08>2027-03-05"),
    PhraseRow(
      "до 1 мая 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-05-01>2027-04-30"),
    PhraseRow(
      "до 9 мая 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-05-09>2027-05-07"),
    PhraseRow(
      "до 12 июня 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-06-12>2027-06-11"),
    PhraseRow(
      "до 4 ноября 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-11-04>2027-11-03"),
    PhraseRow(
      "до 6 ноября 2028 года", period: "2028", approved: nil, .window,
      "2028-01-01..2028-11-06>2028-11-03"),
    PhraseRow(
      "до 10 марта 2031 года", period: "2031", approved: nil, .window,
      "2031-01-01..2031-03-10>2031-03-07"),
    PhraseRow(
      "до 3 мая 2032 года", period: "2032", approved: nil, .window,
      "2032-01-01..2032-05-03>2032-04-30"),
    PhraseRow(
      "в течение 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-12-31"),
    PhraseRow(
      "до 1 февраля 2027 года", period: "2027", approved: nil, .window,
      "2027-01-01..2027-02-01"),
    PhraseRow(
      "ежемесячно", period: "2027", approved: nil, .recurring,
      "2027-01-01..2027-01-31>2027-01-29#за январь 2027 | 2027-02-01..2027-02-28>2027-02-26#за февраль 2027 | 2027-03-01..2027-03-31#за март 2027 …12"),
    PhraseRow(
      "с 15 мая 2024 года", period: "2024", approved: nil, .window,
      "2024-05-15..2024-12-31>2024-12-28"),
    PhraseRow(
      "С 14.03.2023", period: "2023", approved: nil, .window,
      "2023-03-14..2023-12-31>2023-12-29"),
    PhraseRow(
      "не ранее 20 апреля", period: "2024", approved: nil, .window,
      "2024-04-20..2024-12-31>2024-12-28"),
    PhraseRow(
      "не ранее 20 апреля 2024 года", period: "2024", approved: "15.03.2024", .window,
      "2024-04-20..2024-12-31>2024-12-28"),
    PhraseRow(
      "начиная с 1 сентября 2024 года", period: "2024", approved: nil, .window,
      "2024-09-01..2024-12-31>2024-12-28"),
    PhraseRow(
      "с 1 сентября", period: "2023/2024", approved: nil, .window,
      "2023-09-01..2024-08-31>2024-08-30"),
    PhraseRow(
      "с 31 декабря 2024 года", period: "2024", approved: nil, .window,
      "2024-12-31..2024-12-31>2025-01-09"),
    PhraseRow(
      "с 15 января 2025 года", period: "2024", approved: nil, .window,
      "2025-01-15..2025-01-15"),
    PhraseRow(
      "с марта 2024 года", period: "2024", approved: nil, .window,
      "2024-03-01..2024-12-31>2024-12-28"),
    PhraseRow(
      "во вторую среду февраля", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-14"),
    PhraseRow(
      "в первую среду декабря", period: "2023/2024", approved: "01.09.2023", .window,
      "2023-09-01..2023-12-06"),
    PhraseRow(
      "в первую среду декабря 2024 года", period: "2024", approved: nil, .window,
      "2024-01-01..2024-12-04"),
    PhraseRow(
      "в последнюю пятницу марта", period: "2024", approved: nil, .window,
      "2024-01-01..2024-03-29"),
    PhraseRow(
      "в третий четверг апреля 2024 года", period: "2024", approved: nil, .window,
      "2024-01-01..2024-04-18"),
    PhraseRow(
      "в первый понедельник сентября", period: "2024", approved: nil, .window,
      "2024-01-01..2024-09-02"),
    PhraseRow(
      "4, 9 и 23 сентября", period: "2024", approved: nil, .window,
      "2024-01-01..2024-09-04 | 2024-09-05..2024-09-09 | 2024-09-10..2024-09-23"),
    PhraseRow(
      "3 и 4 июля", period: "2024", approved: nil, .window,
      "2024-01-01..2024-07-03 | 2024-07-04..2024-07-04"),
    PhraseRow(
      "1, 15 и 29 февраля 2024 года", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-01 | 2024-02-02..2024-02-15 | 2024-02-16..2024-02-29"),
    PhraseRow(
      "10 и 25 января", period: "2024", approved: nil, .window,
      "2024-01-01..2024-01-10 | 2024-01-11..2024-01-25"),
    PhraseRow(
      "еженедельно по пятницам", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-05>2024-01-09#неделя с 01.01.2024 | 2024-01-08..2024-01-12#неделя с 08.01.2024 | 2024-01-15..2024-01-19#неделя с 15.01.2024 …53"),
    PhraseRow(
      "еженедельно по понедельникам", period: "2024", approved: "01.07.2024", .recurring,
      "2024-07-01..2024-07-01#неделя с 01.07.2024 | 2024-07-08..2024-07-08#неделя с 08.07.2024 | 2024-07-15..2024-07-15#неделя с 15.07.2024 …27"),
    PhraseRow(
      "1 раз в полугодие", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-06-30>2024-06-28#за I полугодие 2024 | 2024-07-01..2024-12-31>2024-12-28#за II полугодие 2024"),
    PhraseRow(
      "1 раз в четверть", period: "2023/2024", approved: "01.09.2023", .recurring,
      "2023-09-01..2023-10-31#за I четверть 2023/2024 | 2023-11-01..2023-12-31>2023-12-29#за II четверть 2023/2024 | 2024-01-01..2024-03-31>2024-03-29#за III четверть 2023/2024 …4"),
    PhraseRow(
      "раз в квартал", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-03-31>2024-03-29#за 1 квартал 2024 | 2024-04-01..2024-06-30>2024-06-28#за 2 квартал 2024 | 2024-07-01..2024-09-30#за 3 квартал 2024 …4"),
    PhraseRow(
      "1 раз в месяц", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-31#за январь 2024 | 2024-02-01..2024-02-29#за февраль 2024 | 2024-03-01..2024-03-31>2024-03-29#за март 2024 …12"),
    PhraseRow(
      "раз в год", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-12-31>2024-12-28#2024"),
    PhraseRow(
      "не позднее последнего рабочего дня месяца", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-31#за январь 2024 | 2024-02-01..2024-02-29#за февраль 2024 | 2024-03-01..2024-03-29#за март 2024 …12"),
    PhraseRow(
      "последний рабочий день месяца", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-01-31#за январь 2024 | 2024-02-01..2024-02-29#за февраль 2024 | 2024-03-01..2024-03-29#за март 2024 …12"),
    PhraseRow(
      "ежеквартально", period: "2023/2024", approved: "01.09.2023", .recurring,
      "2023-09-01..2023-09-30>2023-09-29#за 3 квартал 2023 | 2023-10-01..2023-12-31>2023-12-29#за 4 квартал 2023 | 2024-01-01..2024-03-31>2024-03-29#за 1 квартал 2024 …4"),
    PhraseRow(
      "ежеквартально", period: "2024", approved: nil, .recurring,
      "2024-01-01..2024-03-31>2024-03-29#за 1 квартал 2024 | 2024-04-01..2024-06-30>2024-06-28#за 2 квартал 2024 | 2024-07-01..2024-09-30#за 3 квартал 2024 …4"),
    PhraseRow(
      "до конца II четверти", period: "2023/2024", approved: "01.09.2023", .window,
      "2023-09-01..2023-12-31>2023-12-29"),
    PhraseRow(
      "до конца I четверти", period: "2023/2024", approved: "01.09.2023", .window,
      "2023-09-01..2023-10-31"),
    PhraseRow(
      "III четверть", period: "2023/2024", approved: nil, .window,
      "2024-01-01..2024-03-31>2024-03-29"),
    PhraseRow(
      "I полугодие", period: "2023/2024", approved: "01.09.2023", .window,
      "2023-09-01..2023-12-31>2023-12-29"),
    PhraseRow(
      "II полугодие", period: "2023/2024", approved: "01.09.2023", .window,
      "2024-01-01..2024-05-31"),
    PhraseRow(
      "в течение I-II полугодия", period: "2023/2024", approved: "01.09.2023", .window,
      "2023-09-01..2024-05-31"),
    PhraseRow(
      "II полугодие", period: "2024", approved: nil, .window,
      "2024-07-01..2024-12-31>2024-12-28"),
    PhraseRow(
      "До 20.02.2024 (до 18:00 мск)", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-20@18:00~23:00", zone: "Asia/Irkutsk"),
    PhraseRow(
      "До 20.02.2024 до 18:00 мск", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-20@18:00~23:00", zone: "Asia/Irkutsk"),
    PhraseRow(
      "до 18:00 мск 20.02.2024", period: "2024", approved: nil, .window,
      "2024-01-01..2024-02-20@18:00~23:00", zone: "Asia/Irkutsk"),
    PhraseRow(
      "до 15 мая 2024 года 23:00 (мск)", period: "2024", approved: nil, .window,
      "2024-01-01..2024-05-15@23:00~04:00 (16.05.2024)", zone: "Asia/Irkutsk"),
    PhraseRow(
      "до 15 мая 2024 года 18:00", period: "2024", approved: nil, .window,
      "2024-01-01..2024-05-15@18:00", zone: "Asia/Irkutsk"),
    PhraseRow(
      "не позднее чем за 2 недели до начала экзаменационного периода", period: "2024", approved: nil, .relative,
      "2024-01-01..2024-05-09>2024-05-08", anchor: "23.05.2024"),
    PhraseRow(
      "за 3 дня до проведения", period: "2024", approved: nil, .relative,
      "2024-01-01..2024-05-17", anchor: "20.05.2024"),
    PhraseRow(
      "за 3 дня до проведения", period: "2024", approved: nil, .relative,
      "2024-01-01..2024-05-03", anchor: "06.05.2024"),
    PhraseRow(
      "в течение 10 рабочих дней после проведения", period: "2024", approved: nil, .relative,
      "2024-05-23..2024-06-06", anchor: "23.05.2024"),
    PhraseRow(
      "в течение 10 рабочих дней после проведения", period: "2024", approved: nil, .relative,
      "2024-04-26..2024-05-16", anchor: "26.04.2024"),
    PhraseRow(
      "в течение 2 дней со дня получения сведений", period: "2024", approved: nil, .relative,
      "2024-05-23..2024-05-25>2024-05-24", anchor: "23.05.2024"),
    PhraseRow(
      "не позднее 5 рабочих дней со дня утверждения", period: "2024", approved: nil, .relative,
      "2024-02-28..2024-03-06", anchor: "28.02.2024"),
    PhraseRow(
      "в течение месяца после окончания ГИА", period: "2024", approved: nil, .relative,
      "2024-07-01..2024-08-01", anchor: "01.07.2024"),
    PhraseRow(
      "в течение месяца после окончания ГИА", period: "2024", approved: nil, .relative,
      "2024-01-31..2024-02-29", anchor: "31.01.2024"),
    PhraseRow(
      "в недельный срок со дня получения запроса", period: "2024", approved: nil, .relative,
      "2024-05-23..2024-05-30", anchor: "23.05.2024"),
    PhraseRow(
      "в течение 3 рабочих дней со дня получения запроса", period: "2024", approved: nil, .relative,
      "2024-12-27..2025-01-10", anchor: "27.12.2024"),
    PhraseRow(
      "за 5 рабочих дней до начала", period: "2024", approved: nil, .relative,
      "2024-01-01..2024-05-02", anchor: "13.05.2024"),
    PhraseRow(
      "за неделю до проведения", period: "2024", approved: nil, .relative,
      "2024-01-01..2024-06-03", anchor: "10.06.2024"),
    PhraseRow(
      "за месяц до начала экзаменов", period: "2024", approved: nil, .relative,
      "2024-01-01..2024-02-29", anchor: "31.03.2024"),
    PhraseRow(
      "в течение 10 дней после проведения", period: "2024", approved: nil, .relative,
      "2026-12-22..2027-01-01>2026-12-30", anchor: "22.12.2026"),
    PhraseRow(
      "в течение 10 рабочих дней после проведения", period: "2026/2027", approved: nil, .relative,
      "2026-12-25..2027-01-19", anchor: "25.12.2026"),
    PhraseRow(
      "за 3 дня до проведения", period: "2024", approved: nil, .relative,
      ""),
    PhraseRow(
      "в течение 10 рабочих дней после проведения", period: "2024", approved: nil, .relative,
      ""),
    PhraseRow(
      "после 1 мая по графику", period: "2024", approved: nil, .unknown,
      ""),
    PhraseRow(
      "до мая", period: "2024", approved: nil, .unknown,
      ""),
    PhraseRow(
      "15.05.24", period: "2024", approved: nil, .unknown,
      ""),
    PhraseRow(
      "апрель, май -\nиюнь, июль", period: "2024", approved: nil, .window,
      "2024-04-01..2024-04-30>2024-04-27 | 2024-05-01..2024-06-30>2024-06-28 | 2024-07-01..2024-07-31"),
    PhraseRow(
      "Март 2024 -\nапрель 2024", period: "2024", approved: nil, .window,
      "2024-03-01..2024-04-30>2024-04-27"),
  ]
}
