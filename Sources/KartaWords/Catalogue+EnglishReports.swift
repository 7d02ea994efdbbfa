extension Catalogue {
  /// English: the reports people read: states, statuses, headings, columns, calendar entries.
  static let englishReports: [String: String] = [
    "state.overdue": "overdue",
    "state.unreported": "unreported",
    "state.target-missed": "target missed",
    "state.late": "late",
    "state.due-soon": "due soon",
    "state.pending": "pending",
    "state.done": "done",
    "state.ongoing": "ongoing",
    "state.unscheduled": "unscheduled",
    "state.on-request": "on request",
    "state.waived": "waived",
    "state.cancelled": "cancelled",

    "state-short.overdue": "overdue",
    "state-short.unreported": "unreported",
    "state-short.target-missed": "target-missed",
    "state-short.late": "late",
    "state-short.due-soon": "due-soon",
    "state-short.pending": "pending",
    "state-short.done": "done",
    "state-short.ongoing": "ongoing",
    "state-short.unscheduled": "unscheduled",
    "state-short.on-request": "on-request",
    "state-short.waived": "waived",
    "state-short.cancelled": "cancelled",

    "status-value.done": "done",
    "status-value.partial": "partial",
    "status-value.in_progress": "in_progress",
    "status-value.not_started": "not_started",
    "status-value.rescheduled": "rescheduled",
    "status-value.waived": "waived",
    "status-value.cancelled": "cancelled",
    "status-value.submitted": "submitted",

    "reported.status": "{1}",
    "reported.status-on": "{1} {2}",
    "reported.blank": "—",
    "reported.submitted": "submitted {1}",

    "note.cancelled": "cancelled",
    "note.cancelled-by": "cancelled by {1}",
    "note.waived": "waived until {1} by {2}: {3}",
    "note.waiver-expired": "the waiver by {1} expired on {2}; the obligation is back",
    "note.moved": "moved to {1}",
    "note.moved-by": "moved to {1} by {2}",
    "note.continuous-not-started": "a continuous obligation reported as not started",
    "note.no-completion-date": "no completion date given; the report's as-of date is used",
    "note.target-missed": "{1}: {2} against the target {3}",
    "note.comment": "comment: {1}",

    "report.plan": "plan",
    "report.filter-party": " · party {1}",
    "report.filter-subject": " · subject {1}",
    "report.section-reports": "Reporting obligations",
    "report.section-none": "Outside sections",
    "report.state-count": "{1} {2}",
    "report.state-tally": "{2} {1}",

    "kind.item": "item",
    "kind.report": "report",

    "text.title": "Karta check: {1}",
    "text.as-of": "As of {1} · due soon = within {2} days",
    "text.compliance": "Compliance {1}",

    "count.text.compliance": """
    ({1} of {2} obligation due by {3} done on time)|({1} of {2} obligations due by {3} done on time)
    """,
    "count.text.obligations": "{1} obligation|{1} obligations",

    "text.gaps-by-party": "Gaps by responsible party",
    "text.gaps-by-subject": "Gaps by subject",
    "text.changes": "Amended, moved, waived and cancelled",
    "text.sections": "Progress by section",
    "text.missing-reports": "Reports due and not submitted",
    "text.inputs": "Inputs",
    "text.none": "none",
    "text.more": "… and {1} more",
    "text.more-subjects": "… and {1} more subjects with gaps",
    "text.continuous": " — continuous",
    "text.due": " — due {1}",
    "text.reported": "; reported: {1}",
    "text.nothing-reported": "; nothing reported",

    "count.text.status-file": "{1}, as of {2}, submitted {3}, {4} record|{1}, as of {2}, submitted {3}, {4} records",

    "text.not-used": " — not used: as of a date after the check",
    "text.more-status-files": "… and {1} more status files ({2} in all, combined sha256:{3})",
    "text.section-counts": "(done {1}, late {2}, overdue {3}, unreported {4}, pending {5})",
    "text.report-as-of-due": "as of {1}, due {2}",
    "text.report-due": "due {1}",

    "md.title": "Progress of {1} as of {2}",
    "md.as-of": "As of **{1}**",

    "count.md.compliance": """
    Compliance **{1}**: {2} of {3} obligation due by the date was done on time.|\
    Compliance **{1}**: {2} of {3} obligations due by the date were done on time.
    """,

    "md.column.state": "state",
    "md.column.obligations": "obligations",
    "md.all": "all",
    "md.gap-columns": "state | № | subject | activity | due as written | effective due | days | reported",
    "md.section-columns": "section | done | late | overdue | unreported | pending | other",
    "md.nothing": "nothing",
    "md.more": "… and {1} more.",
    "md.no-gaps": "No gaps.",
    "md.none": "None.",

    "html.title": "Karta check: {1} as of {2}",
    "html.footer": """
    Karta check of {1} as of {2}. Compliance is the share of the obligations due by the date that were done on\
     time.
    """,
    "html.period": "period {1}",
    "html.as-of": "Status as of <strong>{1}</strong> · due soon = within {2} days",
    "html.inputs.input": "input",
    "html.inputs.digest": "sha256 (first 16)",
    "html.inputs.reporter": "reporter",
    "html.inputs.as-of": "as of",
    "html.inputs.submitted": "submitted",
    "html.inputs.records": "records",
    "html.inputs.plan": "plan",
    "html.not-used": "not used: as of a date after the check",
    "html.more-status-files": "… and {1} more status files ({2} in all, combined digest)",
    "html.summary": "summary",
    "html.compliance": "Compliance",

    "count.html.compliance": """
    {1} of {2} obligation due by {3} done on time|{1} of {2} obligations due by {3} done on time
    """,

    "html.tile.overdue": "Overdue",
    "html.tile.overdue.caption": "past due, reported as not done",
    "html.tile.unreported": "Unreported",
    "html.tile.unreported.caption": "past due, nothing reported",
    "html.tile.due-soon": "Due soon",
    "html.tile.due-soon.caption": "due within {1} days",
    "html.tile.late": "Late",
    "html.tile.late.caption": "done after the due date",
    "html.tile.done": "Done",
    "html.tile.done.caption": "done on time",
    "html.in-all": "{1} obligations in all",
    "html.bars-by-party": "Progress by responsible party",
    "html.nothing-due": "nothing due yet",

    "bar.done": "done",
    "bar.late": "late",
    "bar.overdue": "overdue",
    "bar.unreported": "unreported",
    "bar.due-soon": "due soon",
    "bar.pending": "pending",
    "bar.other": "other",

    "legend.done": "done on time",
    "legend.late": "late or target missed",
    "legend.overdue": "overdue",
    "legend.unreported": "unreported",
    "legend.due-soon": "due soon",
    "legend.pending": "pending",
    "legend.other": "ongoing, on request, waived, cancelled",

    "html.timeline": "Timeline",
    "html.timeline.no-dates": "No obligation has dates.",
    "html.timeline.not-drawn": """
    … and {1} more items with dates, not drawn: the {2} drawn are the ones with the most serious gaps, in plan\
     order.
    """,

    "count.html.timeline.undated": """
    {1} item has no dates (on request, continuous without a window, bound to an unpublished event) and is not\
     drawn.|{1} items have no dates (on request, continuous without a window, bound to an unpublished event)\
     and are not drawn.
    """,

    "html.timeline.item": "item",
    "html.timeline.gaps": "gaps",
    "html.timeline.legend": """
    A bar is an obligation's window; its right edge, the effective due date. A bar takes the colour of its most\
     serious obligation; rows with overdue or unreported obligations are shaded. The dashed line is {1}.
    """,

    "timeline-legend.overdue": "overdue",
    "timeline-legend.unreported": "unreported",
    "timeline-legend.late": "late or target missed",
    "timeline-legend.due-soon": "due soon",
    "timeline-legend.pending": "pending",
    "timeline-legend.done": "done",
    "timeline-legend.ongoing": "ongoing, waived, other",

    "month-short.1": "Jan",
    "month-short.2": "Feb",
    "month-short.3": "Mar",
    "month-short.4": "Apr",
    "month-short.5": "May",
    "month-short.6": "Jun",
    "month-short.7": "Jul",
    "month-short.8": "Aug",
    "month-short.9": "Sep",
    "month-short.10": "Oct",
    "month-short.11": "Nov",
    "month-short.12": "Dec",

    "html.column.state": "state",
    "html.column.item": "item",
    "html.column.subject": "subject",
    "html.column.activity": "activity",
    "html.column.due-phrase": "due as written",
    "html.column.effective-due": "effective due",
    "html.column.reported": "reported",
    "html.column.name": "name",
    "html.column.all": "all obligations",
    "html.column.change": "what changed",
    "html.column.report": "report",
    "html.column.title": "title",
    "html.column.due": "due",
    "html.more-gaps": "… and {1} more gaps of {2}",
    "html.subjects": "{1} subjects:",
    "html.subjects.order": "The lowest share done first, then the most overdue and unreported.",
    "html.continuous": "continuous",
    "html.written-due": "written {1}",
    "html.as-of-date": "as of {1}",
    "html.nothing-reported": "nothing reported",
    "html.evidence": "evidence: {1}",

    "csv.column.plan": "plan",
    "csv.column.section": "section",
    "csv.column.section_title": "section_title",
    "csv.column.kind": "kind",
    "csv.column.item": "item",
    "csv.column.number": "number",
    "csv.column.occurrence": "occurrence",
    "csv.column.title": "title",
    "csv.column.subject": "subject",
    "csv.column.subject_name": "subject_name",
    "csv.column.owners": "owners",
    "csv.column.due_phrase": "due_phrase",
    "csv.column.window_start": "window_start",
    "csv.column.due": "due",
    "csv.column.effective_due": "effective_due",
    "csv.column.state": "state",
    "csv.column.reported_status": "reported_status",
    "csv.column.reported_date": "reported_date",
    "csv.column.comment": "comment",
    "csv.column.evidence": "evidence",
    "csv.column.notes": "notes",

    "ics.reminder": "Due soon: {1}",
    "ics.report": "report",
    "ics.due-phrase": "Due as written: {1}",
    "ics.window": "Window: {1}–{2}",
    "ics.effective-due": ", effective due {1}",
    "ics.owners": "Responsible: {1}",
    "ics.subject": "Subject: {1} — {2}",
    "ics.number": "Number in the document: {1}",
    "ics.plan": "Plan: {1}",
    "ics.plan-document": "Plan: {1} ({2})",

    "text.days": "{1} d",

    "csv.column.days_overdue": "days_overdue",
    "csv.column.days_late": "days_late",

    "html.column.days": "days",

    "report.silent": "Sent nothing",
    "report.co-executors": "; with {1}",

    "html.co-executors": "with {1}",

    "text.more-all": "… and {1} more (--all lists them)",
    "text.more-subjects-all": "… and {1} more subjects with gaps (--all lists them)",

    "state-narrow.overdue": "overdue",
    "state-narrow.unreported": "unreported",
    "state-narrow.target-missed": "target missed",
    "state-narrow.late": "late",
    "state-narrow.due-soon": "due soon",
    "state-narrow.pending": "pending",
    "state-narrow.done": "done",
    "state-narrow.ongoing": "ongoing",
    "state-narrow.unscheduled": "unscheduled",
    "state-narrow.on-request": "on request",
    "state-narrow.waived": "waived",
    "state-narrow.cancelled": "cancelled",

    "ci.responsible": "; responsible: {1}",
    "verbatim": "{1}",

    "note.on-time-late-against-original": "on time against the {1} deadline, late against the original ({2})",
    "note.late-on-time-against-original": "late against the {1} deadline, on time against the original ({2})",
    "note.by.moved": "moved",
    "note.by.amended": "amended",
    "note.anchor-unknown": "counted from an event or an item whose date is not known yet: pending until it is",
    "note.anchored": "counted from {1}, completed {2}",
    "note.amended-due": "amended by {1}: the deadline was «{2}», due {3}",
    "note.amended-due-dated": "amended by {1} of {2}: the deadline was «{3}», due {4}",
    "note.amended-owners": "amended by {1}: the owners were {2}",
    "report.days-off": "Days off: {1}",
    "days-off.earlier": "a due date on a day off moves to the preceding working day (records-management rule)",
    "days-off.later": "a due date on a day off moves to the next working day (Civil Code art. 193)",
    "days-off.keep": "a due date on a day off stays as written",
  ]
}
