#!/usr/bin/env python3
"""Runs every case file through several front ends and compares the answers.

Front ends (each optional, at least one required):
  --cli PATH     the `lde` command: `lde evaluate -` per case (stdin), plus `lde check FILE`
  --c-lib PATH   liblde_c.so through ctypes: lde_evaluate_json(params, input, LDE_FLAG_TRACE, ...)
  --python       the Python module: lde.evaluate_json(text, trace=True)

For each case (docs/format.md, "lde-cases/1") the input is the case without
"id", "source", "expect" and "expect_error". Every front end's decision must
satisfy the expectations (dotted paths) and equal every other front end's
decision (the whole JSON object, trace and receipt included). A case with
"expect_error" must fail in every front end with that error code and field.

Prints one line per case and a final line "N passed, N failed"; exit code 1
when a case fails, 2 on usage errors.

usage: compare_frontends.py [--cli PATH] [--c-lib PATH] [--python] CASES.json...
"""
import argparse
import ctypes as C
import json
import re
import subprocess
import sys

STATUS_NAMES = {0: "ok", 1: "invalid_argument", 2: "invalid_date", 3: "out_of_range", 4: "conflict",
                5: "parse_error", 6: "not_found", 7: "out_of_memory", 8: "internal", 9: "buffer_too_small"}
CASE_ONLY_KEYS = ("id", "source", "expect", "expect_error")
MISSING = object()


class Outcome:
    """A decision (dict) or an error (code, field, message) from one front end."""

    def __init__(self, decision=None, code=None, field=None, message=""):
        self.decision, self.code, self.field, self.message = decision, code, field, message

    def describe(self):
        if self.decision is not None:
            return "a decision"
        return f"error {self.code} at {self.field!r}: {self.message}"


def resolve(obj, path):
    """The value at a dotted path (`advances.2026-01`, `hiring.failing[0]`); MISSING when absent."""
    cur = obj
    for seg in path.split("."):
        if cur is None:
            return None
        m = re.fullmatch(r"([^\[\]]*)((?:\[\d+\])*)", seg)
        if not m:
            return MISSING
        key, idx = m.group(1), m.group(2)
        if key:
            if not isinstance(cur, dict) or key not in cur:
                return MISSING
            cur = cur[key]
        for i in re.findall(r"\[(\d+)\]", idx):
            if cur is None:
                return None
            i = int(i)
            if not isinstance(cur, list) or i >= len(cur):
                return MISSING
            cur = cur[i]
    return cur


class CliFrontEnd:
    name = "cli"

    def __init__(self, path):
        self.path = path

    def evaluate(self, text):
        r = subprocess.run([self.path, "evaluate", "-"], input=text, capture_output=True, text=True)
        if r.returncode == 0:
            return Outcome(decision=json.loads(r.stdout))
        if r.returncode != 2 or r.stderr.count("\n") != 1 or not r.stderr.startswith("lde: -: "):
            return Outcome(code="bad_exit", field="", message=f"exit {r.returncode}, stderr {r.stderr!r}")
        # "lde: -: FIELD: message" (FIELD absent for malformed JSON); the code is not printed.
        rest = r.stderr[len("lde: -: "):].rstrip("\n")
        field, _, message = rest.partition(": ")
        return Outcome(code=None, field=field, message=message)

    def check_files(self, files):
        r = subprocess.run([self.path, "check", *files], capture_output=True, text=True)
        last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
        return r.returncode, last


class CFrontEnd:
    name = "c"

    def __init__(self, path):
        lib = C.CDLL(path)
        lib.lde_params_default.argtypes = [C.POINTER(C.c_void_p)]
        lib.lde_params_default.restype = C.c_int
        lib.lde_params_free.argtypes = [C.c_void_p]
        lib.lde_params_free.restype = None
        lib.lde_evaluate_json.argtypes = [C.c_void_p, C.c_char_p, C.c_int, C.c_char_p, C.c_size_t,
                                          C.POINTER(C.c_size_t)]
        lib.lde_evaluate_json.restype = C.c_int
        lib.lde_last_error_field.argtypes = []
        lib.lde_last_error_field.restype = C.c_char_p
        lib.lde_last_error_message.argtypes = []
        lib.lde_last_error_message.restype = C.c_char_p
        self.lib = lib
        self.params = C.c_void_p()
        if lib.lde_params_default(C.byref(self.params)) != 0:
            raise RuntimeError("lde_params_default failed")

    def close(self):
        self.lib.lde_params_free(self.params)

    def evaluate(self, text):
        data = text.encode()
        needed = C.c_size_t(0)
        size = 4096
        while True:
            buf = C.create_string_buffer(size)
            st = self.lib.lde_evaluate_json(self.params, data, 1, buf, size, C.byref(needed))
            if st == 9 and needed.value > size:
                size = needed.value
                continue
            break
        if st == 0:
            return Outcome(decision=json.loads(buf.value.decode()))
        return Outcome(code=STATUS_NAMES.get(st, str(st)), field=(self.lib.lde_last_error_field() or b"").decode(),
                       message=(self.lib.lde_last_error_message() or b"").decode())


class PythonFrontEnd:
    name = "python"

    def __init__(self):
        import lde  # noqa: F401  (the module built by bindings/python)
        self.lde = lde

    def evaluate(self, text):
        try:
            return Outcome(decision=json.loads(self.lde.evaluate_json(text, trace=True)))
        except self.lde.Error as e:
            return Outcome(code=getattr(e, "code", None), field=getattr(e, "field", ""), message=str(e))


def check_case(case, outcomes):
    """Problems of one case (empty when it passes)."""
    problems = []
    want_error = case.get("expect_error")
    for name, out in outcomes.items():
        if want_error is not None:
            if out.decision is not None:
                problems.append(f"{name}: expected error {want_error}, got a decision")
                continue
            if out.code is not None and out.code != want_error["code"]:
                problems.append(f"{name}: error code expected {want_error['code']}, got {out.code} ({out.message})")
            if "field" in want_error and out.field != want_error["field"]:
                problems.append(f"{name}: error field expected {want_error['field']!r}, got {out.field!r}")
            continue
        if out.decision is None:
            problems.append(f"{name}: {out.describe()}")
            continue
        for path, expected in sorted(case["expect"].items()):
            actual = resolve(out.decision, path)
            if actual is MISSING:
                problems.append(f"{name}: {path}: expected {json.dumps(expected)}, got (missing)")
            elif actual != expected:
                problems.append(f"{name}: {path}: expected {json.dumps(expected)}, got {json.dumps(actual)}")
    # Agreement between front ends: the whole decision, or the error field.
    names = list(outcomes)
    for other in names[1:]:
        a, b = outcomes[names[0]], outcomes[other]
        if (a.decision is None) != (b.decision is None):
            problems.append(f"{names[0]} gives {a.describe()} but {other} gives {b.describe()}")
        elif a.decision is not None and a.decision != b.decision:
            keys = sorted(k for k in set(a.decision) | set(b.decision) if a.decision.get(k) != b.decision.get(k))
            problems.append(f"{names[0]} and {other} differ in {', '.join(keys)}")
        elif a.decision is None and a.field != b.field:
            problems.append(f"{names[0]} names field {a.field!r} but {other} names {b.field!r}")
    return problems


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", metavar="PATH", help="path to the lde command")
    p.add_argument("--c-lib", metavar="PATH", help="path to liblde_c.so")
    p.add_argument("--python", action="store_true", help="use the Python module lde (must be importable)")
    p.add_argument("files", nargs="+", metavar="CASES.json")
    a = p.parse_args()
    front_ends = []
    try:
        if a.cli:
            front_ends.append(CliFrontEnd(a.cli))
        if a.c_lib:
            front_ends.append(CFrontEnd(a.c_lib))
        if a.python:
            front_ends.append(PythonFrontEnd())
    except (OSError, ImportError, RuntimeError) as e:
        print(f"compare_frontends: cannot load a front end: {e}", file=sys.stderr)
        return 2
    if not front_ends:
        print("compare_frontends: give at least one of --cli, --c-lib, --python", file=sys.stderr)
        return 2

    passed = failed = 0
    for path in a.files:
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            print(f"compare_frontends: {path}: {e}", file=sys.stderr)
            return 2
        if doc.get("format") != "lde-cases/1" or not isinstance(doc.get("cases"), list):
            print(f"compare_frontends: {path}: not an lde-cases/1 file", file=sys.stderr)
            return 2
        for case in doc["cases"]:
            text = json.dumps({k: v for k, v in case.items() if k not in CASE_ONLY_KEYS})
            outcomes = {fe.name: fe.evaluate(text) for fe in front_ends}
            problems = check_case(case, outcomes)
            if problems:
                failed += 1
                print(f"FAIL  {path}: {case.get('id')}  [{case.get('source')}]")
                for line in problems:
                    print(f"      {line}")
            else:
                passed += 1
                print(f"ok    {path}: {case.get('id')} ({', '.join(outcomes)})")
    for fe in front_ends:
        if isinstance(fe, CliFrontEnd):
            code, last = fe.check_files(a.files)
            expected_last = f"{passed + failed} passed, 0 failed"
            if code != 0 or last != expected_last:
                failed += 1
                print(f"FAIL  lde check: exit {code}, last line {last!r}, expected {expected_last!r}")
        if isinstance(fe, CFrontEnd):
            fe.close()
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
