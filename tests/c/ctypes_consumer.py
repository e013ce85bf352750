#!/usr/bin/env python3
"""A second consumer of liblde_c in another language: Python ctypes, no C++ toolchain.

    python3 ctypes_consumer.py path/to/liblde_c.so.0

Loads the shared library, builds a worker dossier field by field, evaluates
it, walks the trace, evaluates an enterprise year and the JSON format, and
checks concrete answers. Exits non-zero on the first wrong answer.
"""
import ctypes as C
import json
import sys

lib = C.CDLL(sys.argv[1])

status = C.c_int32


class Date(C.Structure):
    _fields_ = [("year", C.c_int32), ("month", C.c_int32), ("day", C.c_int32)]

    def iso(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Employment(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("employer", C.c_char_p), ("first_day", Date), ("last_day", Date),
                ("employer_recognised", C.c_int32), ("employer_in_brussels", C.c_int32),
                ("employer_contingent_units", C.c_int64)]


class TraceStep(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("rule", C.c_char_p), ("source", C.c_char_p), ("outcome", C.c_char_p),
                ("interpretation_count", C.c_size_t), ("input_count", C.c_size_t),
                ("parameter_count", C.c_size_t), ("note_count", C.c_size_t)]


class ParameterUse(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("name", C.c_char_p), ("value", C.c_char_p),
                ("effective_from", Date), ("source", C.c_char_p)]


P = C.c_void_p
OK, INVALID_ARGUMENT, INVALID_DATE, BUFFER_TOO_SMALL = 0, 1, 2, 9
FIELD_RIGHT_LAST_DAY, FIELD_TRAJECTORY_LAST_DAY, FIELD_COMPENSATED = 5, 9, 20
FIELD_ADVANCE, FIELD_SETTLEMENT = 101, 112

sig = {
    "lde_version": (C.c_uint32, []),
    "lde_version_string": (C.c_char_p, []),
    "lde_status_string": (C.c_char_p, [status]),
    "lde_last_error_message": (C.c_char_p, []),
    "lde_last_error_field": (C.c_char_p, []),
    "lde_params_default": (status, [C.POINTER(P)]),
    "lde_params_free": (None, [P]),
    "lde_worker_new": (status, [Date, C.POINTER(P)]),
    "lde_worker_add_right": (status, [P, C.c_int32, Date]),
    "lde_worker_add_employment": (status, [P, C.POINTER(Employment)]),
    "lde_worker_add_absence": (status, [P, Date, Date, C.c_int32]),
    "lde_worker_free": (None, [P]),
    "lde_evaluate_worker": (status, [P, P, Date, C.c_int, C.POINTER(P)]),
    "lde_enterprise_new": (status, [C.c_char_p, C.POINTER(P)]),
    "lde_enterprise_set_legal_form": (status, [P, C.c_int32]),
    "lde_enterprise_add_contingent": (status, [P, Date, C.c_int64]),
    "lde_enterprise_set_hires": (status, [P, C.c_int32, C.c_int32, C.c_int64]),
    "lde_enterprise_add_dmfa": (status, [P, C.c_int32, C.c_int32, C.c_char_p, C.c_int64, C.c_int32]),
    "lde_enterprise_free": (None, [P]),
    "lde_evaluate_enterprise": (status, [P, P, C.c_int32, C.c_int, C.POINTER(P)]),
    "lde_decision_get_date": (status, [P, C.c_int32, C.c_int32, C.POINTER(Date)]),
    "lde_decision_get_bool": (status, [P, C.c_int32, C.c_int32, C.POINTER(C.c_int32)]),
    "lde_decision_get_cents": (status, [P, C.c_int32, C.c_int32, C.POINTER(C.c_int64)]),
    "lde_decision_get_text": (status, [P, C.c_int32, C.c_int32, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)]),
    "lde_decision_step_count": (status, [P, C.POINTER(C.c_size_t)]),
    "lde_decision_step": (status, [P, C.c_size_t, C.POINTER(TraceStep)]),
    "lde_decision_step_interpretation": (status, [P, C.c_size_t, C.c_size_t, C.POINTER(C.c_char_p)]),
    "lde_decision_step_parameter": (status, [P, C.c_size_t, C.c_size_t, C.POINTER(ParameterUse)]),
    "lde_decision_free": (None, [P]),
    "lde_evaluate_json": (status, [P, C.c_char_p, C.c_int, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)]),
}
for name, (res, args) in sig.items():
    fn = getattr(lib, name)
    fn.restype = res
    fn.argtypes = args

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, "| last error:", lib.lde_last_error_message().decode(), file=sys.stderr)


def ok(st, what):
    check(st == OK, f"{what} returned {lib.lde_status_string(st).decode()}")


version = lib.lde_version_string().decode()
check(lib.lde_version() == int(version.split(".")[0]) * 10000 + int(version.split(".")[1]) * 100 + int(version.split(".")[2]),
      "lde_version matches lde_version_string")

params = P()
ok(lib.lde_params_default(C.byref(params)), "lde_params_default")

# The worker: born 1970-05-15, LDE right 2020-01-10, employed from 2020-02-01, ill 2021-03-01 .. 2021-04-29.
worker = P()
ok(lib.lde_worker_new(Date(1970, 5, 15), C.byref(worker)), "lde_worker_new")
ok(lib.lde_worker_add_right(worker, 1, Date(2020, 1, 10)), "add_right")
job = Employment(C.sizeof(Employment), b"LDE-0001", Date(2020, 2, 1), Date(0, 0, 0), 1, 0, 50000)
ok(lib.lde_worker_add_employment(worker, C.byref(job)), "add_employment")
ok(lib.lde_worker_add_absence(worker, Date(2021, 3, 1), Date(2021, 4, 29), 1), "add_absence")

# Bad input comes back as a status and a message naming the field, never a crash.
check(lib.lde_worker_add_absence(worker, Date(2021, 2, 30), Date(2021, 4, 29), 1) == INVALID_DATE, "impossible date")
check(lib.lde_last_error_field().decode() == "absences[1].first_day", "error names the field")
check(lib.lde_worker_add_right(worker, 42, Date(2020, 1, 10)) == INVALID_ARGUMENT, "unknown enum value")
check(lib.lde_worker_add_right(None, 1, Date(2020, 1, 10)) == INVALID_ARGUMENT, "NULL handle")

decision = P()
ok(lib.lde_evaluate_worker(params, worker, Date(2022, 6, 1), 1, C.byref(decision)), "lde_evaluate_worker")
d = Date()
ok(lib.lde_decision_get_date(decision, FIELD_RIGHT_LAST_DAY, 0, C.byref(d)), "right.last_day")
check(d.iso() == "2025-01-09", f"right.last_day {d.iso()} (I-4)")
ok(lib.lde_decision_get_date(decision, FIELD_TRAJECTORY_LAST_DAY, 0, C.byref(d)), "trajectory.last_day")
check(d.iso() == "2025-04-01", f"trajectory.last_day {d.iso()} (I-7, I-8)")
flag = C.c_int32(-1)
ok(lib.lde_decision_get_bool(decision, FIELD_COMPENSATED, 0, C.byref(flag)), "status.compensated")
check(flag.value == 1, "compensated on 2022-06-01")

steps = C.c_size_t()
ok(lib.lde_decision_step_count(decision, C.byref(steps)), "step_count")
rules = {}
for i in range(steps.value):
    st = TraceStep()
    st.struct_size = C.sizeof(TraceStep)
    ok(lib.lde_decision_step(decision, i, C.byref(st)), "lde_decision_step")
    nums = []
    for k in range(st.interpretation_count):
        n = C.c_char_p()
        ok(lib.lde_decision_step_interpretation(decision, i, k, C.byref(n)), "interpretation")
        nums.append(n.value.decode())
    params_used = []
    for k in range(st.parameter_count):
        u = ParameterUse()
        u.struct_size = C.sizeof(ParameterUse)
        ok(lib.lde_decision_step_parameter(decision, i, k, C.byref(u)), "parameter")
        params_used.append((u.name.decode(), u.value.decode(), u.effective_from.iso()))
    rules[st.rule.decode()] = (st.source.decode(), nums, params_used)
check("worker.trajectory.absence_extension" in rules, "trace names the absence extension")
if "worker.trajectory.absence_extension" in rules:
    source, nums, used = rules["worker.trajectory.absence_extension"]
    check("I-8" in nums, "absence extension cites I-8")
    check(any(n == "trajectory.absence_min_days" and v == "30" and f == "2015-04-01" for n, v, f in used),
          f"absence extension used trajectory.absence_min_days = 30 from 2015-04-01: {used}")
lib.lde_decision_free(decision)

# An enterprise year: January advance 12600.00 x 8.00 / 365 x 31 = 8561.10, Q1 settlement -0.01.
ent = P()
ok(lib.lde_enterprise_new(b"LDE-0001", C.byref(ent)), "lde_enterprise_new")
ok(lib.lde_enterprise_set_legal_form(ent, 1), "legal form")
ok(lib.lde_enterprise_add_contingent(ent, Date(2015, 4, 1), 100000), "contingent")
for m in range(1, 13):
    ok(lib.lde_enterprise_set_hires(ent, 2026, m, 80000), "hires")
for q in range(1, 5):
    for k in range(8):
        ok(lib.lde_enterprise_add_dmfa(ent, 2026, q, f"W{k}".encode(), 10000, 1), "dmfa")
ok(lib.lde_evaluate_enterprise(None, ent, 2026, 0, C.byref(decision)), "lde_evaluate_enterprise")
cents = C.c_int64()
ok(lib.lde_decision_get_cents(decision, FIELD_ADVANCE, 1, C.byref(cents)), "advance")
check(cents.value == 856110, f"January advance {cents.value} cents")
buf = C.create_string_buffer(32)
ok(lib.lde_decision_get_text(decision, FIELD_SETTLEMENT, 1, buf, len(buf), None), "settlement text")
check(buf.value == b"-0.01", f"Q1 settlement {buf.value!r}")
lib.lde_decision_free(decision)
lib.lde_enterprise_free(ent)

# The language-neutral format through the exact signature the cross-front-end harness uses.
case = {"at": "2022-06-01", "worker": {
    "birth_date": "1970-05-15",
    "rights": [{"kind": "lde", "granted": "2020-01-10"}],
    "employment": [{"employer": "LDE-0001", "first_day": "2020-02-01", "employer_contingent_fte": "5.00"}],
    "absences": [{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}]}}
needed = C.c_size_t()
small = C.create_string_buffer(4)
st = lib.lde_evaluate_json(None, json.dumps(case).encode(), 1, small, len(small), C.byref(needed))
check(st == BUFFER_TOO_SMALL and needed.value > 4, "buffer too small reports the size needed")
out = C.create_string_buffer(needed.value)
ok(lib.lde_evaluate_json(None, json.dumps(case).encode(), 1, out, len(out), C.byref(needed)), "lde_evaluate_json")
text = out.value.decode()
check("2025-04-01" in text, "JSON decision has the extended last day")
try:
    json.loads(text)
except ValueError as e:
    check(False, f"decision is valid JSON: {e}")
check(lib.lde_evaluate_json(None, b"{\"at\": ", 0, out, len(out), C.byref(needed)) == 5, "malformed JSON is a parse error")

lib.lde_worker_free(worker)
lib.lde_params_free(params)
print("ctypes consumer:", "ok" if failures == 0 else f"{failures} failures", f"(liblde_c {version})")
sys.exit(1 if failures else 0)
