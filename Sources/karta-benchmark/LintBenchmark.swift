import Foundation

/// `karta lint` on generated plans, each run as a separate process so the figures are the whole
/// program's: a realistic plan of N items, and the corners that fuzzing found quadratic
/// (unknown `after:` ids, dependency and section cycles, `fmt --diff` of a long plan).
enum LintBenchmark {
  /// Lints a generated plan of `items` items `runs` times and prints the median and the spread.
  static func run(items: Int, runs: Int) {
    guard let karta = ChildRun.karta else { return }
    let directory = NSTemporaryDirectory() + "karta-lint-\(items)"
    let path = write(plan(items: items), to: directory, name: "plan.plan")
    let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").count ?? 0
    print("karta lint: \(items) items, \(lines) lines, generated in \(path)")
    var timings: [ChildRun] = []
    for _ in 0..<runs {
      guard let run = ChildRun.run(karta, ["lint", path], outputPath: directory + "/lint.out") else {
        print("cannot run \(karta)")
        return
      }
      timings.append(run)
    }
    report(timings, items: items)
  }

  /// Runs the fuzz-found corners once each at the sizes of issue 12's goals.
  static func corners() {
    guard let karta = ChildRun.karta else { return }
    let directory = NSTemporaryDirectory() + "karta-lint-corners"
    for count in [25_000, 50_000] {
      let path = write(unknownDependencies(items: count), to: directory, name: "unknown-\(count).plan")
      measure("lint, \(count) items each after an unknown id", karta, ["lint", path], directory)
    }
    for count in [8_000, 20_000, 40_000, 80_000] {
      let path = write(dependencyCycles(items: count), to: directory, name: "cycles-\(count).plan")
      measure("lint, \(count) items, item i after i+1 and 1", karta, ["lint", path], directory)
    }
    for count in [8_000, 80_000] {
      let path = write(sectionCycle(sections: count), to: directory, name: "sections-\(count).plan")
      measure("lint, \(count) sections in one parent cycle", karta, ["lint", path], directory)
    }
    for (lines, every) in [(6_000, 3), (6_000, 10), (60_000, 10)] {
      let path = write(unformatted(lines: lines, every: every), to: directory, name: "fmt-\(lines)-\(every).plan")
      measure("fmt --diff, \(lines) lines, one in \(every) misindented", karta, ["fmt", "--diff", path], directory)
    }
  }

  private static func measure(_ label: String, _ karta: String, _ arguments: [String], _ directory: String) {
    guard let run = ChildRun.run(karta, arguments, outputPath: directory + "/out") else {
      print("cannot run \(karta)")
      return
    }
    print(
      String(
        format: "%@: %.2f s (CPU %.2f s), peak %@, output %.1f MB, exit %d", label, run.seconds,
        run.userSeconds + run.systemSeconds, run.peak, Double(run.outputBytes) / 1e6, run.status))
  }

  private static func report(_ runs: [ChildRun], items: Int) {
    let sorted = runs.sorted { $0.seconds < $1.seconds }
    let median = sorted[sorted.count / 2]
    let spread = sorted.map { String(format: "%.3f", $0.seconds) }.joined(separator: ", ")
    print(
      String(
        format: "  median %.3f s (runs: %@), %.0f items/s, user %.2f s, system %.2f s", median.seconds, spread,
        Double(items) / median.seconds, median.userSeconds, median.systemSeconds))
    print(
      String(
        format: "  peak memory %@ (largest of the runs), output %d bytes, exit %d",
        (runs.max { $0.peakMiB < $1.peakMiB } ?? median).peak, median.outputBytes, median.status))
  }

  private static func write(_ text: String, to directory: String, name: String) -> String {
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  /// Deadline phrases of every form the reader knows; `{d}` becomes a day of the month, so a
  /// large plan holds many distinct phrases as well as many repeated ones.
  static let phrases = [
    "до {d} марта 2024 года", "март", "март-апрель 2024 года", "в течение года", "июнь, ноябрь",
    "До 01.02.2024 (ГИА-11) До 01.03.2024 (ГИА-9)", "не позднее {d}.05.2024", "до конца I квартала",
    "с {d} по 28 мая", "{d}-28 января", "I квартал 2024 года", "III–IV кварталы 2024 года", "в 2024 году",
    "в течение марта", "по состоянию на 30 июня 2024 года до 15 июля 2024 года", "с 15 мая 2024 года",
    "во вторую среду февраля", "4, 9 и 23 сентября", "II полугодие", "ежемесячно", "ежеквартально",
    "до {d} числа каждого месяца", "не позднее 25 числа месяца, следующего за отчетным", "постоянно",
    "по запросу", "по согласованию", "срок не указан", "{d}.10.2024",
  ]

  /// A plan of `items` items: sections of 50 items, six parties of which two stand for subject
  /// lists, items with several owners, `for:` subsets, per-subject deadlines, targets,
  /// evidence, event-bound and relative deadlines with `on:` and `after:`, and reports.
  static func plan(items: Int) -> String {
    var text = """
      plan bench-2024: План мероприятий по повышению качества образования на 2024 год
        issuer: Министерство образования
        document: Распоряжение № 1-ур от 15.01.2024
        approved: 15.01.2024
        period: 2024
        timezone: Asia/Irkutsk
        control: заместитель министра образования

      event gia-main: ЕГЭ, основной период
        dates: 23.05.2024..01.07.2024
      event essay: Итоговое сочинение
        dates: 07.02.2024
        dates: 10.04.2024

      subjects municipality: Муниципальные образования
      """
    text += "\n"
    for member in 0..<40 { text += "  member mo\(member): Муниципальное образование № \(member)\n" }
    text += "subjects school: Общеобразовательные организации\n"
    for member in 0..<200 { text += "  member s\(member): Общеобразовательная организация № \(member)\n" }
    text += """
      party MINOBR: Министерство образования
      party IRO: Институт развития образования
      party CPMKO: Центр оценки качества образования
      party MOUO: Муниципальный орган управления образованием
        each: municipality
      party OU: Руководители общеобразовательных организаций
        each: school
      party RCOI: Региональный центр обработки информации

      """
    let owners = ["MINOBR", "IRO", "CPMKO", "MOUO", "OU", "RCOI"]
    let topics = [
      "Проведение мониторинга", "Организация методического сопровождения", "Обеспечение участия",
      "Подготовка аналитических материалов", "Проведение семинаров", "Организация повышения квалификации",
    ]
    let objects = [
      "учителей-предметников", "руководителей общеобразовательных организаций", "обучающихся 9 и 11 классов",
      "муниципальных координаторов", "экспертов предметных комиссий",
    ]
    for index in 0..<items {
      let id = index + 1
      if index % 50 == 0 {
        let section = index / 50 + 1
        text += "section S\(section): \(section). Раздел плана мероприятий № \(section)\n  number: \(section).\n"
        if section > 1 { text += "  parent: S\((section - 2) / 10 * 10 + 1)\n" }
      }
      let topic = topics[index % topics.count]
      let object = objects[(index / topics.count) % objects.count]
      text += "item \(id): \(topic) «\(object)» по направлению № \(id) (ГИА-\(index % 2 == 0 ? 9 : 11))\n"
      text += "  number: \(index % 50 + 1).\n"
      let owner = owners[index % owners.count]
      text += "  owner: \(owner)" + (index % 4 == 0 ? ", \(owners[(index + 1) % owners.count])" : "") + "\n"
      switch index % 10 {
      case 3:
        text += "  due: В соответствии с расписанием экзаменов\n  on: gia-main\n"
      case 7 where index > 0:
        text += "  due: в течение 10 рабочих дней после проведения\n  after: \(id - 1)\n"
      default:
        let day = String(1 + index % 28)
        text += "  due: " + phrases[index % phrases.count].replacingOccurrences(of: "{d}", with: day) + "\n"
        if index % 10 == 5, index > 2 { text += "  after: \(id - 2), \(id - 1)\n" }
      }
      if owner == "MOUO", index % 3 == 0 {
        text += "  for: mo\(index % 40), mo\((index + 7) % 40), mo\((index + 13) % 40)\n"
      }
      if owner == "MOUO", index % 3 == 1 { text += "  due mo\(index % 40): апрель 2024 года\n" }
      if index % 8 == 0 { text += "  target share: не менее \(40 + index % 50) %\n" }
      if index % 5 == 0 { text += "  evidence: приказ, протокол, аналитическая справка\n" }
    }
    text += "report R1: Информация о реализации плана\n  from: MOUO\n  to: MINOBR\n"
    text += "  due: по состоянию на 30 июня 2024 года до 15 июля 2024 года\n"
    text += "  due: по состоянию на 28 декабря 2024 года до 15 января 2025 года\n"
    return text
  }

  private static let header = """
    plan fuzz-2024: План
      period: 2024
      approved: 15.01.2024
    party MINOBR: Министерство образования

    """

  /// Every item waits for an item that is not declared (a "did you mean" for each).
  static func unknownDependencies(items: Int) -> String {
    var text = header
    for index in 1...items {
      text += "item \(index): Мероприятие \(index)\n  owner: MINOBR\n  due: до 1 декабря 2024 года\n"
      text += "  after: x\(index)\n"
    }
    return text
  }

  /// Item i waits for i+1 and for 1, the last one for 1: as many cycles as items, all through item 1.
  static func dependencyCycles(items: Int) -> String {
    var text = header
    for index in 1...items {
      text += "item \(index): Мероприятие \(index)\n  owner: MINOBR\n  due: до 1 декабря 2024 года\n"
      text += index < items ? "  after: \(index + 1), 1\n" : "  after: 1\n"
    }
    return text
  }

  /// Section i's parent is i+1, the last one's is 1: one cycle through every section.
  static func sectionCycle(sections: Int) -> String {
    var text = header
    for index in 1...sections {
      text += "section S\(index): Раздел \(index)\n  parent: S\(index < sections ? index + 1 : 1)\n"
    }
    return text
  }

  /// A plan of about `lines` lines whose every `every`th line (if it is a property) is indented
  /// wrongly, so `fmt --diff` has thousands of changes to find.
  static func unformatted(lines: Int, every: Int) -> String {
    var text = header
    var count = 4
    var index = 0
    while count < lines {
      index += 1
      let block = [
        "item \(index): Мероприятие \(index)", "  owner: MINOBR", "  due: до 1 декабря 2024 года",
        "  evidence: протокол \(index)", "  note: примечание \(index)",
      ]
      for line in block {
        count += 1
        text += (count % every == 0 && line.hasPrefix("  ") ? "       " + line.dropFirst(2) : Substring(line)) + "\n"
      }
    }
    return text
  }
}
