extension Catalogue {
  /// English: the command line: misuse, the summaries of lint, agenda and the other commands.
  static let englishCommandLine: [String: String] = [
    "cli.unknown-command": "unknown command '{1}'",
    "cli.unknown-command-suggest": "unknown command '{1}'; did you mean '{2}'?",
    "cli.unknown-option": "unknown option '{1}'",
    "cli.unknown-option-suggest": "unknown option '{1}'; did you mean '{2}'?",
    "cli.option-needs-value": "option '{1}' needs a value",
    "cli.option-needs-file": "option '{1}' needs a file",
    "cli.option-value": "'{1}' is not a value of '{2}'; use one of: {3}",
    "cli.option-takes-no-value": "option '{1}' takes no value",
    "cli.see-help": "see '{1}'",
    "cli.no-plan": "no plan given",
    "cli.not-a-state": "'{1}' is not a state; use: {2}",
    "cli.horizon": "'--horizon' takes a number of days from 0 to 3660",
    "cli.not-a-date": "'{1} {2}' is not a date (yyyy-mm-dd or dd.mm.yyyy)",
    "cli.not-a-date-range": "'{1} {2}' is not a date or a range D..D (yyyy-mm-dd or dd.mm.yyyy)",
    "cli.date-outside-years": "'{1} {2}' is outside the years {3}–{4} that Karta reads",

    "count.cli.status-errors": """
    {1} error in the status files; nothing was checked|{1} errors in the status files; nothing was checked
    """,

    "cli.more-warnings": "{1} more warnings not shown",
    "cli.no-status-files": "no status file was read: every obligation due counts as unreported",
    "cli.empty-folder": "'{1}' holds no .json, .csv or .xlsx file: nothing was read from it",
    "cli.no-such-file": "cannot read '{1}': no such file",
    "cli.no-such-file-case": "cannot read '{1}': no such file; did you mean '{2}'?",

    "count.lint.files": "{1} file checked|{1} files checked",
    "count.lint.errors": "{1} error|{1} errors",
    "count.lint.warnings": "{1} warning|{1} warnings",

    "lint.acknowledged": " ({1} acknowledged in the plan)",

    "cli.no-plan-files": "no plan files given",
    "cli.max-warnings": "'--max-warnings {1}' is not a number of warnings",
    "cli.too-many-warnings": "{1} warnings, more than '--max-warnings {2}'",

    "count.cli.plan-errors": "the plan has {1} error; run '{2}'|the plan has {1} errors; run '{2}'",

    "cli.no-header": "'{1}' has no 'plan' header",
    "cli.unread-deadline": "the deadline of '{1}' cannot be read; its obligations are unscheduled — run '{2}'",
    "cli.unread-deadlines":
      "the deadlines of {1} items and reports ({2}) cannot be read; their obligations are unscheduled — run '{3}'",
    "cli.no-rules-folder": "no FILE given and no Rules/ or rules/ folder here",
    "cli.todo-without-ics": "'--todo' goes with '--ics'",
    "cli.days": "'--days {1}' is not a number of days from 1 to 3660",

    "agenda.empty-calendar": "no dated obligation to write; the calendar is empty",
    "agenda.title": "Karta agenda: {1}",

    "count.agenda.range": "Due {1}–{2} ({3} day)|Due {1}–{2} ({3} days)",
    "count.agenda.status-files":
      " · {1} status file: what was reported done is left out| · {1} status files: what was reported done is left out",

    "agenda.no-party": "(no responsible party)",
    "agenda.nothing": "Nothing falls due in these days.",
    "agenda.written-due": " (written due {1})",

    "count.agenda.due": "{1} obligation due in these days|{1} obligations due in these days",

    "agenda.continuous": "{1} continuous",
    "agenda.undated": "{1} without a date (on request, or bound to an unscheduled event)",
    "agenda.not-listed": "; not listed: {1}",

    "weekday.1": "Mon",
    "weekday.2": "Tue",
    "weekday.3": "Wed",
    "weekday.4": "Thu",
    "weekday.5": "Fri",
    "weekday.6": "Sat",
    "weekday.7": "Sun",

    "cli.one-plan": "give exactly one plan",
    "cli.party-required": "'--party' is required: whose form is it?",
    "cli.subject-required": "party '{1}' stands for each member of '{2}'; give '--subject'",
  ]
}
