#!/usr/bin/env python3
"""Validates SARIF logs against the SARIF 2.1.0 JSON schema shipped in the test fixtures.

    python3 scripts/validate-sarif.py FILE...        (- reads standard input)

Besides the schema, checks what the schema cannot: every result's ruleIndex names a rule with
the result's ruleId, every artifact index is in range, and every uri uses forward slashes and
carries a line, as GitHub code scanning needs. Exits 0 when every file is valid, 1 when one is
not, 2 on bad usage or a missing `jsonschema` package (pip install jsonschema).
"""

import json
import pathlib
import sys

SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "Tests/KartaReportsTests/Fixtures/sarif-schema-2.1.0.json"


def semantic_problems(log):
    problems = []
    for run_number, run in enumerate(log.get("runs") or []):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        artifacts = run.get("artifacts", [])
        for number, result in enumerate(run.get("results", [])):
            where = f"runs[{run_number}].results[{number}]"
            index = result.get("ruleIndex", -1)
            if index >= 0 and (index >= len(rules) or rules[index].get("id") != result.get("ruleId")):
                problems.append(f"{where}: ruleIndex {index} does not name rule '{result.get('ruleId')}'")
            for location in result.get("locations", []):
                physical = location.get("physicalLocation", {})
                artifact = physical.get("artifactLocation", {})
                uri = artifact.get("uri", "")
                if not uri or "\\" in uri:
                    problems.append(f"{where}: uri '{uri}' is empty or has a backslash")
                if artifact.get("index", -1) >= len(artifacts):
                    problems.append(f"{where}: artifact index {artifact['index']} is out of range")
                if "startLine" not in physical.get("region", {}):
                    problems.append(f"{where}: no region.startLine")
    return problems


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("validate-sarif: the jsonschema package is missing: pip install jsonschema", file=sys.stderr)
        return 2
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft4Validator)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    failed = False
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            text = sys.stdin.read() if path == "-" else pathlib.Path(path).read_text(encoding="utf-8")
            log = json.loads(text)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            print(f"{name}: not a JSON file: {error}", file=sys.stderr)
            failed = True
            continue
        errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
        for error in errors[:20]:
            pointer = "/".join(str(part) for part in error.absolute_path)
            print(f"{name}: /{pointer}: {error.message[:300]}", file=sys.stderr)
        problems = semantic_problems(log) if isinstance(log, dict) else ["the log is not an object"]
        for problem in problems[:20]:
            print(f"{name}: {problem}", file=sys.stderr)
        if errors or problems:
            failed = True
        else:
            results = sum(len(run.get("results", [])) for run in log.get("runs") or [])
            print(f"{name}: valid SARIF 2.1.0, {results} result{'' if results == 1 else 's'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
