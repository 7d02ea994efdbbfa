extension CalendarDecree {
  /// The decrees Karta ships, read from `shippedText`.
  public static let shipped = CalendarDecree.read(shippedText)

  /// The Government decrees on transferred days off for 2023–2026, written as the `calendar`
  /// declarations a plan would use for a year Karta does not ship (docs/deadlines.md). Only the
  /// transfers are data: the holidays of art. 112 and their moves off weekends follow from the law.
  /// The working-day counts in the notes are the official ones; a test recomputes them.
  public static let shippedText = """
    # Производственный календарь Российской Федерации: постановления Правительства РФ о переносе выходных дней.
    # transfer: «с» → «на»: выходной день переносится с первой даты на вторую; суббота или воскресенье,
    # с которых перенесён выходной, становится рабочим днём.

    calendar russia-2023: Производственный календарь на 2023 год
      basis: постановление Правительства РФ от 29.08.2022 № 1505 «О переносе выходных дней в 2023 году»
      year: 2023
      transfer: 01.01.2023 → 24.02.2023
      transfer: 08.01.2023 → 08.05.2023
      note: 04.11 (сб) → 06.11 (пн) по ст. 112 ТК РФ; 247 рабочих дней

    calendar russia-2024: Производственный календарь на 2024 год
      basis: постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»
      year: 2024
      transfer: 06.01.2024 → 10.05.2024
      transfer: 07.01.2024 → 31.12.2024
      transfer: 27.04.2024 → 29.04.2024
      transfer: 02.11.2024 → 30.04.2024
      transfer: 28.12.2024 → 30.12.2024
      note: 248 рабочих дней

    calendar russia-2025: Производственный календарь на 2025 год
      basis: постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»
      year: 2025
      transfer: 04.01.2025 → 02.05.2025
      transfer: 05.01.2025 → 31.12.2025
      transfer: 23.02.2025 → 08.05.2025
      transfer: 08.03.2025 → 13.06.2025
      transfer: 01.11.2025 → 03.11.2025
      note: 24.02 и 10.03 — рабочие дни (выходные с 23.02 и 08.03 перенесены постановлением); 247 рабочих дней

    calendar russia-2026: Производственный календарь на 2026 год
      basis: постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»
      year: 2026
      transfer: 03.01.2026 → 09.01.2026
      transfer: 04.01.2026 → 31.12.2026
      note: 08.03 (вс) → 09.03 (пн) и 09.05 (сб) → 11.05 (пн) по ст. 112 ТК РФ; 247 рабочих дней
    """
}
