import KartaLanguage
import KartaPlan

/// A `calendar` line a decree would not write: a transfer from a working weekday, a transfer to a
/// day already off by law, a `work:` day that is not a Saturday or Sunday.
struct OddCalendarRule: FrontEndRule {
  let description = RuleDescription(
    id: .oddCalendar,
    severity: .warning,
    summary: "A `calendar` line a decree would not write (a mistyped date, most often).",
    triggering: [
      LintExample("calendar c: Календарь\n  year: 2027\n  transfer: ↓13.01.2027 → 14.01.2027\n"),
      LintExample("calendar c: Календарь\n  year: 2027\n  transfer: ↓02.01.2027 → 10.05.2027\n"),
      LintExample("calendar c: Календарь\n  year: 2027\n  work: ↓13.01.2027\n"),
    ],
    nonTriggering: [
      LintExample(
        "calendar c: Календарь\n  year: 2027\n  transfer: с субботы 2 января на пятницу 31 декабря\n  work: 27.11.2027\n")
    ])
}
