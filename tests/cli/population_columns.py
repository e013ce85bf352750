#!/usr/bin/env python3
"""The column tables of the folder form of `lde simulate` in docs/cli.md, generated from the one column
schema (lde/population/schema.hpp) as tests/c/print_population_schema prints it.

  population_columns.py PRINTER           rewrites the generated block of docs/cli.md
  population_columns.py PRINTER --check   exit 1 when docs/cli.md differs from the schema (CTest)
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "cli.md"
BEGIN = "<!-- population-columns: generated from the column schema by tests/cli/population_columns.py; do not edit -->"
END = "<!-- /population-columns -->"


def fte(units):
    whole, frac = divmod(units, 10000)
    return f"{whole}" if frac == 0 else f"{whole}.{frac:04d}".rstrip("0")


def type_text(c):
    t = c["type"]
    if t == "worker":
        return "a worker id of `workers.csv`"
    if t == "date":
        return "date `YYYY-MM-DD`"
    if t == "flag":
        return "`true`/`false`, `True`/`False`, `1`/`0`"
    if t == "count":
        return f"whole number {c['min']}..{c['max']}"
    if t == "fte":
        return f"FTE, a decimal with at most 4 decimals, {fte(c['min'])}..{fte(c['max'])}"
    if t == "right_kind":
        return "`lde`, `maatwerk`, `vop` (or 1..3)"
    if t == "absence_reason":
        return "`illness`, `accident`, `maternity_leave`, `paternity_leave`, `adoption_leave`, `other` (or 1..6)"
    if t == "text":
        return "text (a name: not blank, at most 256 bytes)"
    return t


def presence(c):
    if c["required"]:
        return "yes"
    if c["nullable"]:
        return "no; empty: none"
    if c["default"]:
        return f"no; default `{c['default']}`"
    return "no"


def cell(text):
    return text.replace("|", "\\|")


def block(schema):
    out = [BEGIN, ""]
    for t in schema:
        out.append(f"**`{t['name']}.csv`**{' (required)' if t['name'] == 'workers' else ''}: {t['doc']}")
        out.append("")
        out.append("| column | type | required | meaning |")
        out.append("|---|---|---|---|")
        if t["name"] == "workers":
            out.append("| `id` | text or integer | yes | The worker id: unique; the long tables' `worker` cells name it; "
                       "copied to the output. |")
        for c in t["columns"]:
            out.append(f"| `{c['name']}` | {cell(type_text(c))} | {presence(c)} | {cell(c['doc'])} |")
        out.append("")
    out.append(END)
    return "\n".join(out)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    schema = json.loads(subprocess.run([argv[1]], check=True, capture_output=True, text=True).stdout)
    text = DOC.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        print(f"docs/cli.md lacks the markers {BEGIN!r} ... {END!r}")
        return 1
    new = text[:start] + block(schema) + text[end + len(END):]
    if "--check" in argv:
        if new != text:
            print("docs/cli.md: the population column tables differ from the schema; "
                  "run tests/cli/population_columns.py PRINTER and commit")
            return 1
        print("docs/cli.md population column tables match the schema")
        return 0
    DOC.write_text(new, encoding="utf-8")
    print("docs/cli.md written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
