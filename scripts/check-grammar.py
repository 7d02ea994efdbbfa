#!/usr/bin/env python3
"""Checks the TextMate grammars in editors/vscode/syntaxes with the regex engine editors use.

Every pattern must compile in Oniguruma (the engine of VS Code, Sublime and TextMate), and sample
lines from the shipped plans and tests must get the scopes an author expects: keywords in both
languages, ids, references, dates and comments. Needs `onigurumacffi` from PyPI.
"""
import json
import pathlib
import sys

import onigurumacffi

ROOT = pathlib.Path(__file__).resolve().parent.parent
SYNTAXES = ROOT / "editors" / "vscode" / "syntaxes"


def compile_all(node, where, failures):
    """Compiles every match/begin/end regex under `node`; records those that do not compile."""
    if isinstance(node, dict):
        for key in ("match", "begin", "end"):
            if key in node:
                try:
                    onigurumacffi.compile(node[key])
                except Exception as error:  # the binding raises its own error type
                    failures.append(f"{where}.{key}: {error}")
        for key, value in node.items():
            compile_all(value, f"{where}.{key}", failures)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            compile_all(value, f"{where}[{index}]", failures)


def resolve(grammar, pattern):
    while "include" in pattern:
        pattern = grammar["repository"][pattern["include"].lstrip("#")]
    return pattern


def tokens(grammar, line):
    """A one-line tokenizer, enough for these grammars: (text, scope) for each captured span."""
    found = []
    position = 0
    patterns = [resolve(grammar, p) for p in grammar["patterns"]]
    while position <= len(line):
        best = None
        for pattern in patterns:
            regex = pattern.get("match") or pattern.get("begin")
            match = onigurumacffi.compile(regex).search(line, position)
            if match and (best is None or match.start() < best[1].start()):
                best = (pattern, match)
        if best is None:
            break
        pattern, match = best
        if "name" in pattern:
            found.append((match.group(0), pattern["name"]))
        captures = pattern.get("captures") or pattern.get("beginCaptures") or {}
        for number, capture in captures.items():
            if match.group(int(number)):
                found.append((match.group(int(number)), capture["name"]))
        end = match.end()
        if "begin" in pattern:
            for inner in pattern.get("patterns", []):
                inner = resolve(grammar, inner)
                at = end
                while (inner_match := onigurumacffi.compile(inner["match"]).search(line, at)) and inner_match.end() > at:
                    found.append((inner_match.group(0), inner["name"]))
                    at = inner_match.end()
            end = len(line)
        position = max(end, position + 1)
    return found


SAMPLES = {
    "karta-plan": [
        ("plan irkutsk-2024: О реализации", [("plan", "keyword.control.declaration"), ("irkutsk-2024", "entity.name.type")]),
        ("мероприятие 2.2: Утверждение", [("мероприятие", "keyword.control.declaration"), ("2.2", "entity.name.type")]),
        ("ПЛАН п: План", [("ПЛАН", "keyword.control.declaration")]),
        ("отчёт R1: Информация", [("отчёт", "keyword.control.declaration"), ("R1", "entity.name.type")]),
        ("  owner: MINOBR, CPMKO", [("owner", "keyword.other.property"), ("CPMKO", "variable.other.constant.reference")]),
        ("  ответственный: МОУО", [("ответственный", "keyword.other.property"), ("МОУО", "variable.other.constant.reference")]),
        ("  due angarsk: до 15.03.2024", [("angarsk", "variable.other.constant.reference"), ("15.03.2024", "constant.numeric.date")]),
        ("  days-off: keep", [("days-off", "keyword.other.property")]),
        ("  reading: до 30.04.2024", [("reading", "keyword.other.property.deadline"), ("30.04.2024", "constant.numeric.date")]),
        ("calendar russia-2027: Производственный календарь", [("calendar", "keyword.control.declaration")]),
        ("  перенос: 02.01.2027 → 03.05.2027", [("перенос", "keyword.other.property"), ("03.05.2027", "constant.numeric.date")]),
        ("  target organizers: >= 25 человек", [("target", "keyword.other.property"), ("organizers", "variable.parameter")]),
        ("# комментарий: owner: X", [("# комментарий: owner: X", "comment.line.number-sign")]),
        ("  | Задачи: 1. Организация", [("|", "punctuation.definition.text")]),
    ],
    "karta-verify": [
        ("plan: irkutsk.plan", [("plan", "keyword.other.property")]),
        ("test multi-window: Rows 3 and 6", [("test", "keyword.control.test"), ("multi-window", "entity.name.function")]),
        ("  expect A1.3 #2: pending", [("expect", "keyword.other.property"), ("pending", "constant.language.state")]),
        ("  as-of: 2024-07-01", [("as-of", "keyword.other.property"), ("2024-07-01", "constant.numeric.date")]),
    ],
}


def main():
    failures = []
    for name, samples in SAMPLES.items():
        path = SYNTAXES / f"{name}.tmLanguage.json"
        grammar = json.loads(path.read_text(encoding="utf-8"))
        compile_all(grammar, path.name, failures)
        for line, expected in samples:
            got = tokens(grammar, line)
            for text, scope in expected:
                if not any(t == text and s.startswith(scope) for t, s in got):
                    failures.append(f"{path.name}: in {line!r}, {text!r} is not {scope}: {got}")
    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        return 1
    print(f"grammars: {sum(len(s) for s in SAMPLES.values())} sample lines scoped as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
