#!/usr/bin/env python3
"""Validates the repository's JSON against docs/schema/ (needs the jsonschema package).

usage: check_schemas.py LDE_COMMAND
Checks: every tests/cases/*.json against cases.schema.json; examples/dossiers/*.json
against input.schema.json; the decision `lde evaluate` prints for each example
against decision.schema.json. Exit 0 when all are valid, 1 otherwise.
"""
import glob, json, os, subprocess, sys

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
print(f"{failures} invalid")
sys.exit(1 if failures else 0)
