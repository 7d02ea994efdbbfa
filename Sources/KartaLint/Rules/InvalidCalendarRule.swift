import KartaLanguage
import KartaPlan

/// A `calendar` block whose year or dates cannot be read, a date outside its year, or a second
/// calendar for one year.
struct InvalidCalendarRule: FrontEndRule {
  let description = RuleDescription(
    id: .invalidCalendar,
    summary: "A `calendar` whose year or dates cannot be read, or a date outside its year.",
    triggering: [
      LintExample("calendar russia-2027: Календарь\n  year: 2027\n  transfer: ↓02.01.2027 → 03.05.2028\n"),
      LintExample("calendar russia-2027: Календарь\n  year: ↓двадцать седьмой\n"),
      LintExample("calendar c: Календарь\n  year: 2027\n  off: ↓31.02.2027\n"),
    ],
    nonTriggering: [
      LintExample(
        "calendar russia-2027: Календарь\n  year: 2027\n  transfer: 02.01.2027 → 03.05.2027\n  off: 30.12.2027, 31.12.2027\n  work: 27.11.2027\n"
      ),
      LintExample("календарь russia-2027: Календарь\n  год: 2027\n  перенос: с 02.01.2027 на 03.05.2027\n"),
    ])
}
