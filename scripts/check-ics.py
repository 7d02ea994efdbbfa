#!/usr/bin/env python3
"""Checks `karta agenda --ics` with a standard iCalendar library (PyPI `icalendar`).

usage: scripts/check-ics.py KARTA [PLAN]

Runs `KARTA agenda PLAN --ics --from 2024-01-01 --days 366` (events) and the same with `--todo`
(to-dos), parses both with `icalendar`, and checks that:
- the bytes are UTF-8 with CRLF line ends and no line longer than 75 octets;
- the calendar has VERSION, PRODID and CALSCALE;
- there is one component per obligation due in 2024, as many as `KARTA check PLAN --format json`
  lists with an effective due date in 2024 (the plan has no continuous obligations, which the
  agenda leaves out), and as many as `BEGIN:` lines in the raw text;
- every VEVENT has UID, DTSTAMP, DTSTART (a date), DTEND and SUMMARY; every VTODO has UID,
  DTSTAMP, DUE (a date) and SUMMARY;
- every component has a reminder, a VALARM with ACTION:DISPLAY and a TRIGGER before the due date;
- UIDs are unique, and the same in the event and the to-do file, and in the Russian calendar
  (`--lang ru`), whose descriptions say «Срок по документу».
Exits 1 on the first failed check, 0 when all pass. PLAN defaults to Rules/irkutsk.plan.
"""

import datetime
import json
import subprocess
import sys

import icalendar

FIRST = datetime.date(2024, 1, 1)
LAST = datetime.date(2024, 12, 31)


def fail(message):
    print(f"check-ics: {message}", file=sys.stderr)
    sys.exit(1)


def run(arguments):
    result = subprocess.run(arguments, capture_output=True)
    if result.returncode not in (0, 1):
        fail(f"{' '.join(arguments)} exited {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result.stdout


def expected_count(karta, plan):
    """Obligations with an effective due date in 2024, as `karta check --format json` lists them."""
    output = run([karta, "check", plan, "--as-of", FIRST.isoformat(), "--format", "json"])
    try:
        report = json.loads(output)
    except ValueError as error:
        fail(f"karta check --format json printed no JSON: {error}")
    dues = [row["window"]["effective_due"] for row in report["obligations"] if row["window"]]
    return sum(1 for due in dues if FIRST.isoformat() <= due <= LAST.isoformat())


def check(karta, plan, component, expected, language="en"):
    arguments = [karta, "agenda", plan, "--ics", "--from", FIRST.isoformat(), "--days", "366", "--lang", language]
    if component == "VTODO":
        arguments.append("--todo")
    data = run(arguments)
    text = data.decode("utf-8")
    if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
        fail(f"{component}: lines must end with CRLF")
    longest = max(len(line) for line in data.split(b"\r\n"))
    if longest > 75:
        fail(f"{component}: a line of {longest} octets; the limit is 75")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        fail(f"{component}: icalendar cannot parse the file: {error}")
    for name in ("VERSION", "PRODID", "CALSCALE"):
        if name not in calendar:
            fail(f"{component}: the calendar has no {name}")
    components = [part for part in calendar.walk() if part.name == component]
    raw = text.count(f"\r\nBEGIN:{component}\r\n")
    if len(components) != expected or raw != expected:
        fail(f"{component}: {len(components)} parsed and {raw} written; expected {expected}")
    required = ["UID", "DTSTAMP", "SUMMARY"] + (["DTSTART", "DTEND"] if component == "VEVENT" else ["DUE"])
    uids = []
    for part in components:
        for name in required:
            if name not in part:
                fail(f"{component} {part.get('UID', '?')}: no {name}")
        date = part.decoded("DTSTART" if component == "VEVENT" else "DUE")
        if isinstance(date, datetime.datetime) or not FIRST <= date <= LAST:
            fail(f"{component} {part['UID']}: {date!r} is not an all-day date in 2024")
        alarms = [sub for sub in part.subcomponents if sub.name == "VALARM"]
        if len(alarms) != 1 or alarms[0].get("ACTION") != "DISPLAY" or "TRIGGER" not in alarms[0]:
            fail(f"{component} {part['UID']}: no reminder (VALARM with ACTION:DISPLAY and a TRIGGER)")
        if alarms[0].decoded("TRIGGER") >= datetime.timedelta(0):
            fail(f"{component} {part['UID']}: the reminder is not before the due date")
        if language == "ru" and "Срок по документу" not in str(part.get("DESCRIPTION", "")):
            fail(f"{component} {part['UID']}: the Russian description has no «Срок по документу»")
        uids.append(str(part["UID"]))
    if len(set(uids)) != len(uids):
        fail(f"{component}: {len(uids) - len(set(uids))} duplicate UIDs")
    return uids


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    karta = sys.argv[1]
    plan = sys.argv[2] if len(sys.argv) == 3 else "Rules/irkutsk.plan"
    expected = expected_count(karta, plan)
    if expected == 0:
        fail("the plan has no obligation due in 2024")
    events = check(karta, plan, "VEVENT", expected)
    todos = check(karta, plan, "VTODO", expected)
    if events != todos:
        fail("the event and the to-do files have different UIDs")
    if check(karta, plan, "VEVENT", expected, language="ru") != events:
        fail("the Russian calendar has different UIDs")
    print(f"check-ics: {len(events)} VEVENTs and {len(todos)} VTODOs parse with icalendar {icalendar.__version__}")


if __name__ == "__main__":
    main()
