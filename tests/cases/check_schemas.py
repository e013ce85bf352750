#!/usr/bin/env python3
"""Validates the repository's JSON against docs/schema/ (needs the jsonschema package).

usage: check_schemas.py LDE_COMMAND
Checks: every tests/cases/*.json against cases.schema.json; examples/dossiers/*.json
against input.schema.json; the decision `lde evaluate` prints for each example and
for the input of every case with `expect` (its `parameters` included) against
decision.schema.json, and the input of each of those cases against input.schema.json.
Exit 0 when all are valid, 1 otherwise.
"""
import glob, json, os, subprocess, sys, tempfile

import jsonschema
from referencing import Registry, Resource

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
schemas = {}
for path in glob.glob(os.path.join(root, "docs", "schema", "*.schema.json")):
    with open(path) as f:
        schemas[os.path.basename(path)] = json.load(f)
registry = Registry().with_resources(
    [(s["$id"], Resource.from_contents(s)) for s in schemas.values()] +
    [(name, Resource.from_contents(s)) for name, s in schemas.items()])
failures = 0

def check(instance, schema_name, what):
    global failures
    v = jsonschema.Draft202012Validator(schemas[schema_name], registry=registry)
    errors = sorted(v.iter_errors(instance), key=lambda e: list(e.path))
    if errors:
        failures += 1
        print(f"FAIL  {what}: {errors[0].message} at {'/'.join(map(str, errors[0].path))}")
    else:
        print(f"ok    {what} ({schema_name})")

for path in sorted(glob.glob(os.path.join(root, "tests", "cases", "*.json"))):
    with open(path) as f:
        check(json.load(f), "cases.schema.json", os.path.relpath(path, root))
for path in sorted(glob.glob(os.path.join(root, "examples", "dossiers", "*.json"))):
    with open(path) as f:
        check(json.load(f), "input.schema.json", os.path.relpath(path, root))
    out = subprocess.run([sys.argv[1], "evaluate", path], capture_output=True, text=True, check=True).stdout
    check(json.loads(out), "decision.schema.json", "decision of " + os.path.relpath(path, root))
# Inputs no case file holds: the first supported year, whose occupancy is not measurable (E-12),
# with a target worker (E-13); a reform that widens the fixed-amount years (I-14).
EXTRA = [
    {"id": "year 1400 (E-12)", "year": 1400,
     "enterprise": {"allocation_number": "X", "legal_form": "vzw",
                    "contingent": [{"from": "1400-01-01", "fte": "2.00"}],
                    "dmfa": {"1400-Q1": [{"worker": "a", "fraction": "1.00"}]}}},
    {"id": "fixed amount 2017 under a reform (I-14)", "year": 2017,
     "parameters": {"compensation.fixed_amount_last_year": 2017},
     "enterprise": {"allocation_number": "X", "legal_form": "bv", "converted": True,
                    "transition_amounts": {"2017": "36500.00"}}},
]

# The decision of every case that has one (DmfA workers, E-13; reforms), and of EXTRA.
with tempfile.TemporaryDirectory() as tmp:
    sources = [(os.path.relpath(p, root), json.load(open(p)).get("cases", []))
               for p in sorted(glob.glob(os.path.join(root, "tests", "cases", "*.json")))]
    sources.append(("check_schemas.py", [dict(c, expect={}) for c in EXTRA]))
    for path, cases in sources:
        for case in cases:
            if "expect" not in case:
                continue
            inp = {k: v for k, v in case.items() if k != "expect"}
            what = f"{path}: {case.get('id')}"
            check(inp, "input.schema.json", "input of " + what)
            file = os.path.join(tmp, "input.json")
            with open(file, "w") as f:
                json.dump(inp, f)
            run = subprocess.run([sys.argv[1], "evaluate", file], capture_output=True, text=True)
            if run.returncode != 0:
                failures += 1
                print(f"FAIL  decision of {what}: lde evaluate exited {run.returncode}: {run.stderr.strip()}")
                continue
            check(json.loads(run.stdout), "decision.schema.json", "decision of " + what)
print(f"{failures} invalid")
sys.exit(1 if failures else 0)
