#!/usr/bin/env python3
"""The C ABI's population table structs come from the one column schema (lde/population/schema.hpp).

  check_population_schema.py PRINTER [HEADER]

PRINTER prints the schema as JSON (tests/c/print_population_schema.cpp). HEADER (default
bindings/c/include/lde/lde.h) is parsed: for each table T of the schema the struct
`lde_<singular>_table` must be `size_t struct_size; size_t rows;` followed by exactly one pointer
per schema column, with the schema's name, in schema order, of the C type of its ColumnType; and
`lde_population` must hold one pointer per table, named as the table, in schema order.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRUCT = {"workers": "lde_worker_table", "rights": "lde_right_table", "employment": "lde_employment_table",
          "absences": "lde_absence_table", "competence_extensions": "lde_competence_table",
          "doorstroom": "lde_doorstroom_table", "non_cooperation": "lde_non_cooperation_table"}
C_TYPE = {"worker": "const int64_t*", "date": "const int64_t*", "fte": "const int64_t*", "flag": "const uint8_t*",
          "count": "const int32_t*", "right_kind": "const int32_t*", "absence_reason": "const int32_t*",
          "text": "const char* const*"}


def members(header, name):
    m = re.search(r"typedef struct " + name + r" \{(.*?)\} " + name + ";", header, re.S)
    if not m:
        return None
    out = []
    for line in m.group(1).splitlines():
        line = re.sub(r"///.*|/\*.*?\*/", "", line).strip()
        if not line:
            continue
        d = re.fullmatch(r"(.+?)\s*\b(\w+);", line)
        if not d:
            raise SystemExit(f"{name}: cannot read member line {line!r}")
        out.append((" ".join(d.group(1).replace("*", " * ").split()).replace(" *", "*"), d.group(2)))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    schema = json.loads(subprocess.run([argv[1]], check=True, capture_output=True, text=True).stdout)
    header = Path(argv[2] if len(argv) > 2 else ROOT / "bindings/c/include/lde/lde.h").read_text(encoding="utf-8")
    errors = check(schema, header)
    for e in errors:
        print(e)
    if errors:
        return 1
    # The check can fail: a header whose employment struct renames one column, or swaps two, is refused.
    renamed = header.replace("const int64_t* employer_contingent;", "const int64_t* employer_contingent_units;")
    swapped = header.replace("const int64_t* first_day;              ///< Required.\n  const int64_t* last_day; ",
                             "const int64_t* last_day;              ///< Required.\n  const int64_t* first_day; ")
    if renamed == header or swapped == header or not check(schema, renamed) or not check(schema, swapped):
        print("the check does not detect a renamed or reordered column")
        return 1
    print(f"{len(schema)} table structs and lde_population match the column schema "
          "(a renamed or reordered column is detected)")
    return 0


def check(schema, header):
    errors = []
    for table in schema:
        struct = STRUCT.get(table["name"])
        if struct is None:
            errors.append(f"table {table['name']}: no C struct is known for it (add it to lde.h and STRUCT)")
            continue
        got = members(header, struct)
        if got is None:
            errors.append(f"{struct}: not declared in lde.h")
            continue
        want = [("size_t", "struct_size"), ("size_t", "rows")] + [(C_TYPE[c["type"]], c["name"]) for c in table["columns"]]
        if got != want:
            errors.append(f"{struct}: members {got} differ from the schema's {want}")
    got = members(header, "lde_population")
    want = [("size_t", "struct_size")] + [(f"const {STRUCT.get(t['name'], '?')}*", t["name"]) for t in schema]
    if got != want:
        errors.append(f"lde_population: members {got} differ from the schema's {want}")
    return errors


if __name__ == "__main__":
    sys.exit(main(sys.argv))
