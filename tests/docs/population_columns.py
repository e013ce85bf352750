#!/usr/bin/env python3
"""The column tables of docs/population.md, generated from the one column schema.

The schema lives in C++ (include/lde/population/schema.hpp, src/population/schema.cpp); the
extension exposes it as ``lde._lde._population_schema()``. This script writes the tables between
the markers ``<!-- schema: begin -->`` and ``<!-- schema: end -->`` of docs/population.md
(``--write``) or checks that they are current (default; CTest ``population_columns_doc``).

    PYTHONPATH=build/dev/bindings/python/pkg python3 tests/docs/population_columns.py [--write]
"""
from __future__ import annotations

import pathlib
import sys

BEGIN, END = "<!-- schema: begin -->", "<!-- schema: end -->"
C_TYPES = {"worker": "int64 (row)", "date": "int64 days", "flag": "uint8", "count": "int32", "fte": "int64 (1/10000 FTE)",
           "right_kind": "int32 code", "absence_reason": "int32 code", "text": "UTF-8 text"}
FILE_FORM = {"worker": "worker id", "date": "`YYYY-MM-DD`", "flag": "`true`/`false` (`True`/`False`, `1`/`0`)",
             "count": "whole number", "fte": "decimal, ≤ 4 decimals", "right_kind": "`lde`, `maatwerk`, `vop` (or 1-3)",
             "absence_reason": "`illness`, `accident`, `maternity_leave`, `paternity_leave`, `adoption_leave`, `other` (or 1-6)",
             "text": "text"}


def _fte(units: int) -> str:
    return f"{units // 10000:,}" if units % 10000 == 0 else str(units / 10000)


def render(schema: list) -> str:
    out = []
    for t in schema:
        out.append(f"### `{t['name']}`\n\n{t['doc']}\n")
        out.append("| column | type (C) | in files | required | default / empty | bounds | dossier field | meaning |")
        out.append("|---|---|---|---|---|---|---|---|")
        for c in t["columns"]:
            if c["required"]:
                dflt = "—"
            elif c["nullable"]:
                dflt = "empty: none"
            elif c["default"] is not None:
                dflt = f"`{c['default']}`"
            else:
                dflt = "see meaning"
            bounds = ""
            if c["type"] == "count":
                bounds = f"{c['min']} … {c['max']}"
            elif c["type"] == "fte":
                bounds = f"{_fte(c['min'])} … {_fte(c['max'])} FTE"
            field = f"`{c['dossier_field']}`" if c["dossier_field"] else "—"
            out.append(f"| `{c['name']}` | {C_TYPES[c['type']]} | {FILE_FORM[c['type']]} | "
                       f"{'yes' if c['required'] else 'no'} | {dflt} | {bounds} | {field} | {c['doc']} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list) -> int:
    from lde import _lde

    root = pathlib.Path(__file__).resolve().parents[2]
    doc = root / "docs" / "population.md"
    text = doc.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        print(f"{doc}: the markers {BEGIN} / {END} are missing", file=sys.stderr)
        return 1
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = head + BEGIN + "\n" + render(_lde._population_schema()) + END + tail
    if "--write" in argv:
        doc.write_text(new, encoding="utf-8")
        print(f"wrote {doc}")
        return 0
    if new != text:
        print(f"{doc}: the column tables differ from the schema; run "
              "`PYTHONPATH=<build>/bindings/python/pkg python3 tests/docs/population_columns.py --write`", file=sys.stderr)
        return 1
    print("docs/population.md: the column tables match the schema")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
