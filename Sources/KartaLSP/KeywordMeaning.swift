import KartaLanguage

/// What each keyword means, in a sentence an author reads when hovering over it (the texts of
/// docs/language.md, shortened). English for now; the hover takes the client's locale, so a
/// Russian catalogue plugs in here.
enum KeywordMeaning {
  static func text(_ keyword: Keyword) -> String {
    switch keyword {
    case .plan: "Starts the plan header: the plan's id and the order's title. Once, in the root file."
    case .include: "Includes a shared file (subject lists, calendars), by a path relative to this file."
    case .subjects: "Declares a subject list (municipalities, schools) with its members."
    case .party: "Declares a responsible executor: its code and full name."
    case .section: "Declares a section of the roadmap with its heading; the items below belong to it."
    case .item: "Declares an item: one row of the document's table, with its owners and deadline."
    case .report: "Declares a reporting obligation: who reports to whom, and when."
    case .event: "Declares an event of an external calendar that deadlines can be bound to with 'on:'."
    case .amendment: "Declares a later order's change to an item's deadline or owners."
    case .calendar: "Declares a year of the production calendar: the decree's transferred days off."
    case .issuer: "The authority that issued the order."
    case .document: "The order's kind, number and date as printed."
    case .approved: "The approval date (dd.mm.yyyy or yyyy-mm-dd); windows of 'до D' start there."
    case .period: "The period the plan runs over: 2024, 2023/2024 (academic year) or D..D."
    case .timezone: "The IANA time zone deadlines are read in, such as Asia/Irkutsk."
    case .basis: "A basis document of the order."
    case .control: "Who controls execution ('контроль … возложить на …')."
    case .note: "Free text."
    case .daysOff:
      "Where a due date on a day off moves: earlier (default, the preceding working day), later (the next one) or keep."
    case .until: "Whether 'до D' includes D: inclusive (default) or exclusive."
    case .member: "A member of the subject list: its id, then its full name."
    case .each: "A subject list id: the party stands for every member, so items fan out per member."
    case .number: "The document's own number of the row or section."
    case .parent: "The id of the enclosing section."
    case .goal: "The section's goals ('Цель')."
    case .task: "One of the section's tasks ('Задачи')."
    case .owner: "The responsible parties' codes, separated by commas."
    case .due: "The deadline phrase, verbatim from the document; with a subject id, the deadline for that subject."
    case .for: "The subject ids the item fans out to, separated by commas."
    case .on: "The event id the deadline is bound to."
    case .target: "An indicator and its target: '>= 25 человек', '≥ 40 %', 'не менее 25 человек'."
    case .evidence: "What proves the item done."
    case .after: "The ids of items this one depends on, separated by commas."
    case .from: "The party code of who reports."
    case .to: "The party code of whom the report goes to."
    case .dates: "The event's dates as published, verbatim."
    case .source: "Where the event's dates come from."
    case .dated: "The amending order's date."
    case .changes: "The id of the item the amendment changes."
    case .year: "The year the calendar's decree is for."
    case .transfer: "A transferred day off: 'dd.mm.yyyy → dd.mm.yyyy', the first date's day off taken on the second."
    case .off: "Further non-working days, dates separated by commas."
    case .work: "Saturdays or Sundays that are working days without a transfer naming them."
    case .reading:
      "How to read the item's due phrase when Karta cannot read it as written; the due line keeps the document's words."
    }
  }
}
