#!/usr/bin/env python3
"""Runs every case file through several front ends and compares the answers.

Front ends (each optional, at least one required):
  --cli PATH     the `lde` command: `lde evaluate -` per case (stdin), plus `lde check FILE`
  --c-lib PATH   liblde_c.so through ctypes, two paths: "c" (lde_evaluate_json) and "c-typed"
                 (lde_worker_from_json + lde_evaluate_worker / lde_enterprise_from_json +
                 lde_evaluate_enterprise, the parameters through lde_params_with_changes; the decision
                 JSON from lde_decision_json and every value read again with the typed accessors
                 lde_decision_get_* / lde_decision_has / lde_decision_failing_id); confidential-section
                 cases through lde_confidential_log_from_json and the lde_confidential_* accessors, whose
                 answers must equal the reference decision value by value; local-service cases through
                 lde_local_service_from_json + lde_evaluate_local_service (the decision JSON compared whole,
                 every typed accessor read back against it)
  --python       the Python module, three paths: "python" (lde.evaluate_json), "python-typed"
                 (WorkerDossier/Enterprise + lde.evaluate / lde.evaluate_enterprise with
                 Parameters.with_changes; ConfidentialLog + lde.evaluate_confidential, and its typed
                 methods read back; LocalService + lde.evaluate_local_service) and "population" (lde.evaluate_population for worker cases
                 that fit the columnar model, lde.enterprise_schedules for enterprise cases)

For each case (docs/format.md, "lde-cases/1") the input is the case without
"id", "source", "expect" and "expect_error". Every front end's decision must
satisfy the expectations (dotted paths) and equal every other front end's
decision (the whole JSON object, trace and receipt included). A case with
"expect_error" must fail in every front end with that error code and field.
The typed paths answer only well-formed inputs ("at" a date and "worker", or
"year" and "enterprise"); the population paths answer what their columns hold
and must equal the reference decision there, value by value.

Prints one line per case and a final line "N passed, N failed"; exit code 1
when a case fails, 2 on usage errors.

usage: compare_frontends.py [--cli PATH] [--c-lib PATH] [--python] CASES.json...
"""
import argparse
import ctypes as C
import decimal
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


def _iso_ok(text):
    import datetime as dt
    try:
        d = dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return 1400 <= d.year <= 9999 and len(text) == 10


def typed_shape(inp):
    """("worker", at) / ("enterprise", year) / ("confidential", at) / ("local_service", at) when the input is
    well-formed enough for the typed paths."""
    keys = set(inp)
    if keys <= {"at", "local_service", "parameters"} and "local_service" in keys \
            and isinstance(inp.get("at"), str) and _iso_ok(inp["at"]):
        return "local_service", inp["at"]
    if keys <= {"at", "ledger", "parameters"} and "ledger" in keys \
            and isinstance(inp.get("at"), str) and _iso_ok(inp["at"]):
        return "ledger", inp["at"]
    if keys <= {"at", "confidential", "person", "document"} and "confidential" in keys \
            and isinstance(inp.get("at"), str) and _iso_ok(inp["at"]) \
            and all(isinstance(inp.get(k), str) for k in ("person", "document") if k in inp):
        return "confidential", inp["at"]
    if keys <= {"at", "worker", "parameters"} and "worker" in keys and isinstance(inp.get("at"), str) \
            and _iso_ok(inp["at"]):
        return "worker", inp["at"]
    if keys <= {"year", "enterprise", "parameters"} and "enterprise" in keys and type(inp.get("year")) is int \
            and 1400 <= inp["year"] <= 9998:
        return "enterprise", inp["year"]
    return None


def _prefixed(prefix, field):
    if not prefix:
        return field
    return f"{prefix}.{field}" if field else prefix


class Date(C.Structure):
    _fields_ = [("year", C.c_int32), ("month", C.c_int32), ("day", C.c_int32)]


class AccessAnswer(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("allowed", C.c_int32), ("reason", C.c_int32), ("rule", C.c_char_p),
                ("source", C.c_char_p), ("readings", C.c_char_p)]


class AccessHolder(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("person", C.c_char_p), ("role", C.c_int32), ("employer", C.c_char_p),
                ("since", Date), ("via", C.c_int32), ("event", C.c_char_p)]


class DocumentVersion(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("document", C.c_char_p), ("kind", C.c_int32), ("version", C.c_int32),
                ("uploaded", Date), ("person", C.c_char_p), ("uploader_role", C.c_int32), ("employer", C.c_char_p),
                ("event", C.c_char_p)]


class LocalSummary(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("at", Date), ("klaverblad", C.c_int32), ("may_execute", C.c_int32),
                ("overcompensated", C.c_int32), ("failing_count", C.c_size_t), ("missing_elements_count", C.c_size_t),
                ("missing_parts_count", C.c_size_t)]


class LedgerTotals(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("as_of", Date), ("month_count", C.c_size_t),
                ("quarter_count", C.c_size_t), ("due_cents", C.c_int64), ("paid_cents", C.c_int64),
                ("balance_cents", C.c_int64), ("library_version", C.c_char_p),
                ("parameters_fingerprint", C.c_char_p), ("facts_fingerprint", C.c_char_p)]


class LedgerLine(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("period", C.c_int32), ("year", C.c_int32), ("number", C.c_int32),
                ("settled", C.c_int32), ("fte_units", C.c_int64), ("right_cents", C.c_int64),
                ("due_cents", C.c_int64), ("paid_cents", C.c_int64), ("balance_cents", C.c_int64),
                ("payment_reference", C.c_char_p), ("facts_fingerprint", C.c_char_p)]


class LocalCheck(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("present", C.c_int32), ("met", C.c_int32), ("rule", C.c_char_p),
                ("source", C.c_char_p), ("readings", C.c_char_p)]


class LocalCompensation(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("present", C.c_int32), ("first_day", Date), ("last_day", Date)] + \
               [(n, C.c_int64) for n in ("net_cost_cents", "premium_ten_thousandths", "profit_rate_ten_thousandths",
                                         "capital_employed_cents", "max_profit_cents", "cap_cents",
                                         "compensation_cents", "overcompensation_cents")]


class LocalCoFunding(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("present", C.c_int32), ("first_day", Date), ("last_day", Date)] + \
               [(n, C.c_int64) for n in ("trajectory_compensation_cents", "local_co_funding_cents",
                                         "total_received_cents", "net_cost_cents", "overcompensation_cents",
                                         "deduction_cents", "trajectory_compensation_after_cents")]


# (lde_local_check value, dotted path of the check in the decision JSON)
LOCAL_CHECKS = [(1, "assignment"), (2, "trajectories"), (3, "daeb_declaration"), (4, "assigning_authority"),
                (5, "decision"), (6, "market_test"), (7, "impact_analysis"), (8, "impact_analysis.author"),
                (9, "impact_analysis.advice"), (10, "allocation_call"), (11, "compensation"), (12, "co_funding")]


def _cents_text(c):
    return ("-" if c < 0 else "") + f"{abs(c) // 100}.{abs(c) % 100:02d}"


def _rate_text(v):
    a = abs(v)
    frac = f"{a % 10000:04d}".rstrip("0")
    frac = frac + "0" * (2 - len(frac)) if len(frac) < 2 else frac
    return ("-" if v < 0 else "") + f"{a // 10000}.{frac}"


def _iso(d):
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


# lde.h "POP and label of an enterprise": the fixed values of the verdict accessors.
POP_STATUS = {0: "not_required", 1: "compliant", 2: "incomplete", 3: "missing"}
POP_ELEMENTS = ["personal_data", "current_generic_competences", "current_technical_competences",
                "future_generic_competences", "future_technical_competences", "generic_improvement_action",
                "technical_improvement_action", "transition_focus", "worker_involvement", "registration"]
LABEL_LEVELS = {1: "enterprise", 2: "establishment_unit"}

# (lde_field, index, dotted path of the decision JSON) read back through the typed accessors.
WORKER_FIELDS = [(1, 0, "at"), (2, 0, "right.kind"), (3, 0, "right.valid"), (4, 0, "right.granted"),
                 (5, 0, "right.last_day"), (21, 0, "right.ended"), (22, 0, "appeal.last_day"), (23, 0, "appeal.in_time"), (24, 0, "referral.may_propose"), (6, 0, "hiring.eligible"), (7, 0, "trajectory.first_day"),
                 (8, 0, "trajectory.original_last_day"), (9, 0, "trajectory.last_day"),
                 (11, 0, "trajectory.absence_extension_days"), (12, 0, "trajectory.competence_extension_months"),
                 (13, 0, "trajectory.competence_requested_months"), (14, 0, "continuation"),
                 (15, 0, "continuation_detail.from"), (16, 0, "continuation_detail.decisive_date"),
                 (17, 0, "continuation_detail.age_at_decisive_date"), (18, 0, "status.in_trajectory"),
                 (19, 0, "status.in_continuation"), (20, 0, "status.compensated")]
ENTERPRISE_FIELDS = ([(100, 0, "year"), (190, 0, "quality.self_evaluation_every_years"), (191, 0, "maatwerk.company.met"), (192, 0, "maatwerk.division.met")] +
                     [(101, m, "advances.{Y}-%02d" % m) for m in range(1, 13)] +
                     [(106, m, "payment_references.{Y}-%02d" % m) for m in range(1, 13)] +
                     [(110, q, "quarter_rights.{Y}-Q%d" % q) for q in range(1, 5)] +
                     [(112, q, "settlements.{Y}-Q%d" % q) for q in range(1, 5)] +
                     [(117, q, "payment_references.{Y}-Q%d" % q) for q in range(1, 5)] +
                     [(130, q, "scale.quarter_fte[%d]" % (q - 1)) for q in range(1, 5)] +
                     [(120, 0, "totals.advances"), (121, 0, "totals.settlements"), (122, 0, "totals.rights"),
                      (131, 0, "scale.average_fte"), (132, 0, "scale.minimum"), (133, 0, "scale.must_comply_from"),
                      (134, 0, "scale.applies"), (135, 0, "scale.compliant"), (140, 0, "occupancy.measured_year"),
                      (142, 0, "occupancy.rate"), (143, 0, "occupancy.minimum"),
                      (144, 0, "occupancy.contingent_before"), (145, 0, "occupancy.contingent_after"),
                      (146, 0, "occupancy.reduction"), (147, 0, "occupancy.reduced"),
                      (148, 0, "occupancy.quarters_counted"), (150, 0, "transition.first_day"),
                      (151, 0, "transition.last_day"), (152, 0, "transition.conditions_from"),
                      (160, 0, "conditions.met"), (161, 0, "conditions.apply_from"), (162, 0, "conditions.applies"),
                      (170, 0, "sustainability_report.due"), (171, 0, "pop_required"),
                      (185, 0, "occupancy.measurable"), (186, 0, "scale.label_may_be_withdrawn"),
                      (187, 0, "conditions.label_may_be_withdrawn")])
RECEIPT_FIELDS = [(900, 0, "receipt.library_version"), (901, 0, "receipt.parameters_fingerprint")]


def _as_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class CTypedFrontEnd:
    """The typed C path: dossier handles from JSON, lde_evaluate_worker / lde_evaluate_enterprise, and every
    decision value read back with the typed accessors (compared with the decision's own JSON)."""

    name = "c-typed"

    def __init__(self, c_front_end):
        lib = c_front_end.lib
        P = C.c_void_p
        sig = {
            "lde_params_with_changes": (C.c_int, [P, C.c_char_p, C.POINTER(P)]),
            "lde_worker_from_json": (C.c_int, [C.c_char_p, C.POINTER(P)]),
            "lde_worker_free": (None, [P]),
            "lde_enterprise_from_json": (C.c_int, [C.c_char_p, C.POINTER(P)]),
            "lde_enterprise_free": (None, [P]),
            "lde_evaluate_worker": (C.c_int, [P, P, Date, C.c_int, C.POINTER(P)]),
            "lde_evaluate_enterprise": (C.c_int, [P, P, C.c_int32, C.c_int, C.POINTER(P)]),
            "lde_decision_free": (None, [P]),
            "lde_decision_json": (C.c_int, [P, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)]),
            "lde_decision_has": (C.c_int, [P, C.c_int32, C.c_int32, C.POINTER(C.c_int32)]),
            "lde_decision_get_text": (C.c_int, [P, C.c_int32, C.c_int32, C.c_char_p, C.c_size_t,
                                                C.POINTER(C.c_size_t)]),
            "lde_decision_failing_count": (C.c_int, [P, C.POINTER(C.c_size_t)]),
            "lde_decision_failing_id": (C.c_int, [P, C.c_size_t, C.POINTER(C.c_char_p)]),
            "lde_decision_pop_worker_count": (C.c_int, [P, C.POINTER(C.c_size_t)]),
            "lde_decision_pop_worker": (C.c_int, [P, C.c_size_t, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t),
                                                  C.POINTER(C.c_int32), C.POINTER(C.c_int32)]),
            "lde_decision_pop_check": (C.c_int, [P, C.c_size_t, C.POINTER(C.c_int32), C.POINTER(C.c_uint32),
                                                 C.POINTER(C.c_int32)]),
            "lde_decision_label": (C.c_int, [P, C.POINTER(C.c_int32), C.POINTER(C.c_char_p), C.POINTER(C.c_char_p)]),
            "lde_confidential_log_from_json": (C.c_int, [C.c_char_p, C.POINTER(P)]),
            "lde_confidential_log_free": (None, [P]),
            "lde_confidential_access": (C.c_int, [P, C.c_char_p, Date, C.POINTER(AccessAnswer)]),
            "lde_confidential_may_upload": (C.c_int, [P, C.c_char_p, Date, C.POINTER(AccessAnswer)]),
            "lde_confidential_may_view": (C.c_int, [P, C.c_char_p, C.c_char_p, Date, C.POINTER(AccessAnswer)]),
            "lde_confidential_holder_count": (C.c_int, [P, Date, C.POINTER(C.c_size_t)]),
            "lde_confidential_holder": (C.c_int, [P, Date, C.c_size_t, C.POINTER(AccessHolder)]),
            "lde_confidential_visible_count": (C.c_int, [P, C.c_char_p, Date, C.POINTER(C.c_size_t)]),
            "lde_confidential_visible": (C.c_int, [P, C.c_char_p, Date, C.c_size_t, C.POINTER(DocumentVersion)]),
            "lde_confidential_history_count": (C.c_int, [P, Date, C.POINTER(C.c_size_t)]),
            "lde_confidential_history": (C.c_int, [P, Date, C.c_size_t, C.POINTER(DocumentVersion)]),
            "lde_access_reason_name": (C.c_char_p, [C.c_int32]),
            "lde_ledger_from_json": (C.c_int, [P, C.c_char_p, C.POINTER(P)]),
            "lde_ledger_free": (None, [P]),
            "lde_ledger_as_of": (C.c_int, [P, P, Date, C.c_int, C.POINTER(P)]),
            "lde_ledger_statement_free": (None, [P]),
            "lde_ledger_statement_json": (C.c_int, [P, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)]),
            "lde_ledger_statement_totals": (C.c_int, [P, C.POINTER(LedgerTotals)]),
            "lde_ledger_statement_line": (C.c_int, [P, C.c_size_t, C.POINTER(LedgerLine)]),
            "lde_local_service_from_json": (C.c_int, [C.c_char_p, C.POINTER(P)]),
            "lde_local_service_free": (None, [P]),
            "lde_evaluate_local_service": (C.c_int, [P, P, Date, C.c_int, C.POINTER(P)]),
            "lde_local_service_decision_free": (None, [P]),
            "lde_local_service_decision_json": (C.c_int, [P, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)]),
            "lde_local_service_decision_summary": (C.c_int, [P, C.POINTER(LocalSummary)]),
            "lde_local_service_decision_name": (C.c_int, [P, C.c_int32, C.c_size_t, C.POINTER(C.c_char_p)]),
            "lde_local_service_decision_check": (C.c_int, [P, C.c_int32, C.POINTER(LocalCheck)]),
            "lde_local_service_decision_compensation": (C.c_int, [P, C.POINTER(LocalCompensation)]),
            "lde_local_service_decision_co_funding": (C.c_int, [P, C.POINTER(LocalCoFunding)]),
        }
        for name, (res, args) in sig.items():
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = res, args
        self.lib, self.base = lib, c_front_end.params

    def _error(self, st, prefix):
        field = (self.lib.lde_last_error_field() or b"").decode()
        return Outcome(code=STATUS_NAMES.get(st, str(st)), field=_prefixed(prefix, field) if prefix else field,
                       message=(self.lib.lde_last_error_message() or b"").decode())

    def _params(self, inp):
        """(parameter handle, whether it is the case's own to free, the error outcome or None): the case's
        "parameters" through lde_params_with_changes, else the default set."""
        if "parameters" not in inp:
            return self.base, False, None
        params = C.c_void_p()
        st = self.lib.lde_params_with_changes(self.base, json.dumps(inp["parameters"]).encode(), C.byref(params))
        if st != 0:
            return None, False, self._error(st, "parameters")
        return params, True, None

    def _text(self, call, *args):
        needed = C.c_size_t(0)
        size = 256
        while True:
            buf = C.create_string_buffer(size)
            st = call(*args, buf, size, C.byref(needed))
            if st == 9 and needed.value > size:
                size = needed.value
                continue
            return st, buf.value.decode()

    def evaluate(self, text):
        inp = json.loads(text)
        shape = typed_shape(inp)
        if shape is None:
            return None
        if shape[0] == "confidential":
            return self._confidential(inp, shape[1])
        if shape[0] == "local_service":
            return self._local_service(inp, shape[1])
        if shape[0] == "ledger":
            return self._ledger(inp, shape[1])
        lib = self.lib
        params, own_params, failed = self._params(inp)
        if failed is not None:
            return failed
        decision = C.c_void_p()
        try:
            kind, when = shape
            handle = C.c_void_p()
            from_json = lib.lde_worker_from_json if kind == "worker" else lib.lde_enterprise_from_json
            free = lib.lde_worker_free if kind == "worker" else lib.lde_enterprise_free
            st = from_json(json.dumps(inp[kind]).encode(), C.byref(handle))
            if st != 0:
                return self._error(st, kind)
            try:
                if kind == "worker":
                    y, m, d = (int(x) for x in when.split("-"))
                    st = lib.lde_evaluate_worker(params, handle, Date(y, m, d), 1, C.byref(decision))
                else:
                    st = lib.lde_evaluate_enterprise(params, handle, when, 1, C.byref(decision))
            finally:
                free(handle)
            if st != 0:
                return self._error(st, kind)
            st, body = self._text(lib.lde_decision_json, decision)
            if st != 0:
                return self._error(st, "")
            out = Outcome(decision=json.loads(body))
            out.typed_problems = self._read_back(decision, out.decision, kind)
            return out
        finally:
            lib.lde_decision_free(decision)
            if own_params:
                lib.lde_params_free(params)

    def _confidential(self, inp, at):
        """The log through lde_confidential_log_from_json, every answer through the accessors: a partial
        decision (dotted path -> value) compared with the reference decision; errors compared in full."""
        lib = self.lib
        log = C.c_void_p()
        st = lib.lde_confidential_log_from_json(json.dumps(inp["confidential"]).encode(), C.byref(log))
        if st != 0:
            return self._error(st, "confidential")
        try:
            y, m, d = (int(x) for x in at.split("-"))
            day = Date(y, m, d)
            partial = {}
            n = C.c_size_t(0)
            st = lib.lde_confidential_holder_count(log, day, C.byref(n))
            if st != 0:
                return self._error(st, "")
            for i in range(n.value):
                h = AccessHolder(struct_size=C.sizeof(AccessHolder))
                st = lib.lde_confidential_holder(log, day, i, C.byref(h))
                if st != 0:
                    return self._error(st, "")
                partial[f"who_has_access[{i}].person"] = h.person.decode()
                partial[f"who_has_access[{i}].employer"] = h.employer.decode() or None
                partial[f"who_has_access[{i}].since"] = _iso(h.since)
                partial[f"who_has_access[{i}].via"] = lib.lde_access_reason_name(h.via).decode()
                partial[f"who_has_access[{i}].event"] = h.event.decode()
            people = [p["id"] for p in inp["confidential"].get("persons") or []]
            if "person" in inp:
                if inp["person"] not in people:
                    a = AccessAnswer(struct_size=C.sizeof(AccessAnswer))
                    return self._error(lib.lde_confidential_access(log, inp["person"].encode(), day, C.byref(a)), "")
                people = [inp["person"]]
            for k, person in enumerate(people):
                calls = [("access", lambda a, p=person: lib.lde_confidential_access(log, p.encode(), day, a)),
                         ("may_upload", lambda a, p=person: lib.lde_confidential_may_upload(log, p.encode(), day, a))]
                if "document" in inp:
                    calls.append(("may_view", lambda a, p=person: lib.lde_confidential_may_view(
                        log, p.encode(), inp["document"].encode(), day, a)))
                for name, call in calls:
                    a = AccessAnswer(struct_size=C.sizeof(AccessAnswer))
                    st = call(C.byref(a))
                    if st != 0:
                        return self._error(st, "")
                    base = f"persons[{k}].{name}"
                    partial[base + ".allowed"] = bool(a.allowed)
                    partial[base + ".reason"] = lib.lde_access_reason_name(a.reason).decode()
                    partial[base + ".rule"] = a.rule.decode()
                    partial[base + ".readings"] = a.readings.decode().split()
                st = lib.lde_confidential_visible_count(log, person.encode(), day, C.byref(n))
                if st != 0:
                    return self._error(st, "")
                partial[f"persons[{k}].visible_documents"] = [
                    self._version(lambda v, i=i, p=person: lib.lde_confidential_visible(log, p.encode(), day, i, v))
                    for i in range(n.value)]
            st = lib.lde_confidential_history_count(log, day, C.byref(n))
            if st != 0:
                return self._error(st, "")
            partial["history"] = [self._version(lambda v, i=i: lib.lde_confidential_history(log, day, i, v))
                                  for i in range(n.value)]
            out = Outcome(decision={})
            out.partial = partial
            return out
        finally:
            lib.lde_confidential_log_free(log)

    def _ledger(self, inp, at):
        """The log through lde_ledger_from_json, lde_ledger_as_of (with the parameters through
        lde_params_with_changes), the statement JSON, and the totals and every line read back against it."""
        lib = self.lib
        params, own_params, failed = self._params(inp)
        if failed is not None:
            return failed
        ledger = C.c_void_p()
        statement = C.c_void_p()
        try:
            st = lib.lde_ledger_from_json(params, json.dumps(inp["ledger"]).encode(), C.byref(ledger))
            if st != 0:
                return self._error(st, "ledger")
            y, m, d = (int(x) for x in at.split("-"))
            st = lib.lde_ledger_as_of(params, ledger, Date(y, m, d), 1, C.byref(statement))
            if st != 0:
                # The date is the input's `at`, not a field of the log.
                at_error = (lib.lde_last_error_field() or b"").decode() == "at"
                return self._error(st, "" if at_error else "ledger")
            st, text = self._text(lib.lde_ledger_statement_json, statement)
            if st != 0:
                return self._error(st, "")
            body = json.loads(text)
            out = Outcome(decision=body)
            problems = []

            def want(path, value):
                got = resolve(body, path)
                if got != value:
                    problems.append(f"{path}: typed {value!r}, JSON {got!r}")

            t = LedgerTotals(struct_size=C.sizeof(LedgerTotals))
            if lib.lde_ledger_statement_totals(statement, C.byref(t)) != 0:
                return self._error(1, "")
            want("at", _iso(t.as_of))
            for name in ("due", "paid", "balance"):
                want(name, _cents_text(getattr(t, name + "_cents")))
            want("facts_fingerprint", t.facts_fingerprint.decode())
            want("receipt.parameters_fingerprint", t.parameters_fingerprint.decode())
            if (t.month_count, t.quarter_count) != (len(body["months"]), len(body["quarters"])):
                problems.append(f"line counts: typed {t.month_count}/{t.quarter_count}")
            for i in range(t.month_count + t.quarter_count):
                ln = LedgerLine(struct_size=C.sizeof(LedgerLine))
                if lib.lde_ledger_statement_line(statement, i, C.byref(ln)) != 0:
                    return self._error(1, "")
                period = f"{ln.year:04d}-{ln.number:02d}" if ln.period == 1 else f"{ln.year:04d}-Q{ln.number}"
                base = ("months." if ln.period == 1 else "quarters.") + period
                want(base + ".settled", bool(ln.settled))
                for name in ("right", "due", "paid", "balance"):
                    want(base + "." + name, _cents_text(getattr(ln, name + "_cents")))
                want(base + ".payment_reference", ln.payment_reference.decode() or None)
                want(base + ".receipt.facts_fingerprint", ln.facts_fingerprint.decode())
            out.typed_problems = problems
            return out
        finally:
            lib.lde_ledger_statement_free(statement)
            lib.lde_ledger_free(ledger)
            if own_params:
                lib.lde_params_free(params)

    def _local_service(self, inp, at):
        """The service through lde_local_service_from_json, lde_evaluate_local_service (with the parameters
        through lde_params_with_changes), the decision JSON, and every typed accessor read back against it."""
        lib = self.lib
        params, own_params, failed = self._params(inp)
        if failed is not None:
            return failed
        service = C.c_void_p()
        decision = C.c_void_p()
        try:
            st = lib.lde_local_service_from_json(json.dumps(inp["local_service"]).encode(), C.byref(service))
            if st != 0:
                return self._error(st, "local_service")
            y, m, d = (int(x) for x in at.split("-"))
            st = lib.lde_evaluate_local_service(params, service, Date(y, m, d), 1, C.byref(decision))
            if st != 0:
                return self._error(st, "local_service")
            st, text = self._text(lib.lde_local_service_decision_json, decision)
            if st != 0:
                return self._error(st, "")
            body = json.loads(text)
            out = Outcome(decision=body)
            problems = []

            def want(path, value):
                got = resolve(body, path)
                if got != value:
                    problems.append(f"{path}: typed {value!r}, JSON {got!r}")

            s = LocalSummary(struct_size=C.sizeof(LocalSummary))
            if lib.lde_local_service_decision_summary(decision, C.byref(s)) != 0:
                return self._error(1, "")
            want("at", _iso(s.at))
            want("klaverblad", {1: "flemish", 2: "local"}.get(s.klaverblad))
            want("may_execute", bool(s.may_execute))
            want("overcompensated", bool(s.overcompensated))
            for lst, n, path in ((1, s.failing_count, "failing"), (2, s.missing_elements_count, "decision.missing"),
                                 (3, s.missing_parts_count, "impact_analysis.missing_parts")):
                names = []
                for i in range(n):
                    name = C.c_char_p()
                    if lib.lde_local_service_decision_name(decision, lst, i, C.byref(name)) != 0:
                        return self._error(1, "")
                    names.append(name.value.decode())
                want(path, names)
            for value, path in LOCAL_CHECKS:
                c = LocalCheck(struct_size=C.sizeof(LocalCheck))
                if lib.lde_local_service_decision_check(decision, value, C.byref(c)) != 0:
                    return self._error(1, "")
                if not c.present:
                    want(path, None)
                    continue
                want(path + ".met", bool(c.met))
                want(path + ".rule", c.rule.decode())
                want(path + ".readings", c.readings.decode().split())
            comp = LocalCompensation(struct_size=C.sizeof(LocalCompensation))
            lib.lde_local_service_decision_compensation(decision, C.byref(comp))
            if comp.present:
                for name in ("net_cost", "capital_employed", "max_profit", "cap", "compensation", "overcompensation"):
                    want("compensation." + name, _cents_text(getattr(comp, name + "_cents")))
                want("compensation.premium_percent", _rate_text(comp.premium_ten_thousandths))
                want("compensation.profit_rate_percent", _rate_text(comp.profit_rate_ten_thousandths))
                want("compensation.first_day", _iso(comp.first_day))
                want("compensation.last_day", _iso(comp.last_day))
            cf = LocalCoFunding(struct_size=C.sizeof(LocalCoFunding))
            lib.lde_local_service_decision_co_funding(decision, C.byref(cf))
            if cf.present:
                for name in ("trajectory_compensation", "local_co_funding", "total_received", "net_cost",
                             "overcompensation", "deduction", "trajectory_compensation_after"):
                    want("co_funding." + name, _cents_text(getattr(cf, name + "_cents")))
                want("co_funding.first_day", _iso(cf.first_day))
                want("co_funding.last_day", _iso(cf.last_day))
            out.typed_problems = problems
            return out
        finally:
            lib.lde_local_service_decision_free(decision)
            lib.lde_local_service_free(service)
            if own_params:
                lib.lde_params_free(params)

    def _version(self, call):
        v = DocumentVersion(struct_size=C.sizeof(DocumentVersion))
        st = call(C.byref(v))
        if st != 0:
            return f"error {STATUS_NAMES.get(st, st)}"
        kinds = {1: "icf", 2: "pop", 3: "evaluation", 4: "other"}
        roles = {1: "staff", 2: "mediator", 3: "worker"}
        return {"document": v.document.decode(), "kind": kinds.get(v.kind, v.kind), "version": v.version,
                "uploaded": _iso(v.uploaded), "person": v.person.decode(), "role": roles.get(v.uploader_role),
                "employer": v.employer.decode() or None, "event": v.event.decode()}

    def _read_back(self, decision, body, kind):
        """Every field through lde_decision_has / lde_decision_get_text, against the decision JSON."""
        problems = []
        fields = (WORKER_FIELDS if kind == "worker" else ENTERPRISE_FIELDS) + RECEIPT_FIELDS
        year = body.get("year")
        for field, index, path in fields:
            path = path.replace("{Y}", str(year))
            want = resolve(body, path)
            has = C.c_int32(0)
            st = self.lib.lde_decision_has(decision, field, index, C.byref(has))
            if st != 0:
                problems.append(f"lde_decision_has({field}, {index}) returned {STATUS_NAMES.get(st, st)}")
                continue
            if not has.value:
                if want is not None and want is not MISSING:
                    problems.append(f"{path}: the accessor has no value, the JSON says {json.dumps(want)}")
                continue
            st, got = self._text(self.lib.lde_decision_get_text, decision, field, index)
            if st != 0:
                problems.append(f"{path}: lde_decision_get_text returned {STATUS_NAMES.get(st, st)}")
            elif want is MISSING or got != _as_text(want):
                problems.append(f"{path}: accessor {got!r}, JSON {json.dumps(want) if want is not MISSING else '(missing)'}")
        count = C.c_size_t(0)
        self.lib.lde_decision_failing_count(decision, C.byref(count))
        ids = []
        for i in range(count.value):
            p = C.c_char_p()
            self.lib.lde_decision_failing_id(decision, i, C.byref(p))
            ids.append(p.value.decode())
        want = (body.get("hiring") or {}).get("failing", []) if kind == "worker" else body["conditions"]["failing"]
        if ids != want:
            problems.append(f"failing ids: accessor {ids}, JSON {want}")
        if kind != "worker":
            # pop_workers through lde_decision_pop_worker_count / lde_decision_pop_worker.
            n = C.c_size_t(0)
            st = self.lib.lde_decision_pop_worker_count(decision, C.byref(n))
            if st != 0:
                problems.append(f"lde_decision_pop_worker_count returned {STATUS_NAMES.get(st, st)}")
            got = []
            for i in range(n.value):
                buf = C.create_string_buffer(512)
                needed = C.c_size_t(0)
                required = C.c_int32(0)
                mask = C.c_int32(0)
                st = self.lib.lde_decision_pop_worker(decision, i, buf, len(buf), C.byref(needed),
                                                      C.byref(required), C.byref(mask))
                if st != 0:
                    problems.append(f"lde_decision_pop_worker({i}) returned {STATUS_NAMES.get(st, st)}")
                    continue
                quarters = [f"{year}-Q{q}" for q in range(1, 5) if mask.value & (1 << (q - 1))]
                status, missing, employer_only = C.c_int32(-1), C.c_uint32(0), C.c_int32(-1)
                st = self.lib.lde_decision_pop_check(decision, i, C.byref(status), C.byref(missing),
                                                     C.byref(employer_only))
                if st != 0:
                    problems.append(f"lde_decision_pop_check({i}) returned {STATUS_NAMES.get(st, st)}")
                    continue
                got.append({"worker": buf.value.decode(), "quarters": quarters, "required": bool(required.value),
                            "pop": {"status": POP_STATUS.get(status.value, str(status.value)),
                                    "missing": [name for bit, name in enumerate(POP_ELEMENTS) if missing.value >> bit & 1],
                                    "employer_view_only": bool(employer_only.value)}})
            want = body.get("pop_workers", [])
            if got != want:
                problems.append(f"pop_workers: accessor {got}, JSON {want}")
            # label through lde_decision_label.
            level, ent, unit = C.c_int32(0), C.c_char_p(), C.c_char_p()
            st = self.lib.lde_decision_label(decision, C.byref(level), C.byref(ent), C.byref(unit))
            if st != 0:
                problems.append(f"lde_decision_label returned {STATUS_NAMES.get(st, st)}")
            else:
                got_label = {"level": LABEL_LEVELS.get(level.value, str(level.value)),
                             "enterprise_number": ent.value.decode() if ent.value else None,
                             "establishment_unit_number": unit.value.decode() if unit.value else None}
                if got_label != body.get("label"):
                    problems.append(f"label: accessor {got_label}, JSON {body.get('label')}")
        return problems


class PythonTypedFrontEnd:
    """The typed Python path: WorkerDossier / Enterprise from the case's object, lde.evaluate /
    lde.evaluate_enterprise with Parameters.with_changes."""

    name = "python-typed"

    def __init__(self, lde):
        self.lde = lde

    def _error(self, e, prefix):
        field = getattr(e, "field", "")
        return Outcome(code=getattr(e, "code", None), field=_prefixed(prefix, field), message=str(e))

    def evaluate(self, text):
        lde = self.lde
        inp = json.loads(text)
        shape = typed_shape(inp)
        if shape is None:
            return None
        params = None
        if "parameters" in inp:
            try:
                params = lde.Parameters.default().with_changes(inp["parameters"])
            except lde.Error as e:
                return self._error(e, "parameters")
        kind, when = shape
        if kind == "confidential":
            return self._confidential(inp, when)
        if kind == "ledger":
            try:
                led = lde.Ledger.from_json(inp["ledger"], params)
                d = led.decision(when, parameters=params, trace=True)
                lines = led.as_of(when, params)
            except lde.Error as e:
                return self._error(e, "" if getattr(e, "field", "") == "at" else "ledger")
            out = Outcome(decision=d)
            problems = []
            for _, row in lines.iterrows():
                line = d["months" if row.kind == "month" else "quarters"][row.period]
                for name in ("right", "due", "paid", "balance"):
                    if _cents_text(int(row[name + "_cents"])) != line[name]:
                        problems.append(f"{row.period}.{name}: typed {row[name + '_cents']}, JSON {line[name]}")
                if row.payment_reference != line["payment_reference"]:
                    problems.append(f"{row.period}.payment_reference: typed {row.payment_reference!r}")
            if lines.attrs["balance_cents"] != int(decimal.Decimal(d["balance"]).scaleb(2)):
                problems.append(f"balance: typed {lines.attrs['balance_cents']}, JSON {d['balance']}")
            if lde.Ledger.from_json(led.to_json()).to_json() != led.to_json():
                problems.append("Ledger.to_json does not read back to itself")
            out.typed_problems = problems
            return out
        if kind == "local_service":
            try:
                svc = lde.LocalService.from_json(inp["local_service"])
            except lde.Error as e:
                return self._error(e, "local_service")
            try:
                d = lde.evaluate_local_service(svc, when, params, trace=True)
            except lde.Error as e:
                return self._error(e, "local_service")
            out = Outcome(decision=d.to_dict())
            problems = []
            for name, value in (("may_execute", d.may_execute), ("failing", d.failing),
                                ("overcompensated", d.overcompensated), ("klaverblad", d.klaverblad),
                                ("compensation", d.compensation), ("co_funding", d.co_funding)):
                if out.decision[name] != value:
                    problems.append(f"{name}: typed {value!r}, JSON {out.decision[name]!r}")
            if lde.LocalService.from_json(svc.to_json()).to_json() != svc.to_json():
                problems.append("LocalService.to_json does not read back to itself")
            out.typed_problems = problems
            return out
        try:
            if kind == "worker":
                obj = lde.WorkerDossier.from_json(inp["worker"])
            else:
                obj = lde.Enterprise.from_json(inp["enterprise"])
        except lde.Error as e:
            return self._error(e, kind)
        try:
            if kind == "worker":
                d = lde.evaluate(obj, when, params, trace=True)
            else:
                d = lde.evaluate_enterprise(obj, when, params, trace=True)
        except lde.Error as e:
            return self._error(e, kind)
        return Outcome(decision=d.to_dict())


    def _confidential(self, inp, at):
        """ConfidentialLog + lde.evaluate_confidential (the whole decision), and every typed method read back
        against it."""
        lde = self.lde
        try:
            log = lde.ConfidentialLog.from_json(inp["confidential"])
        except lde.Error as e:
            return self._error(e, "confidential")
        try:
            d = lde.evaluate_confidential(log, at, person=inp.get("person"), document=inp.get("document"), trace=True)
        except lde.Error as e:
            return Outcome(code=getattr(e, "code", None), field=getattr(e, "field", ""), message=str(e))
        out = Outcome(decision=d.to_dict())
        problems = []
        body = out.decision
        holders = [dataclass_dict(h) for h in log.who_has_access(at)]
        if holders != body["who_has_access"]:
            problems.append(f"who_has_access: typed {holders}, JSON {body['who_has_access']}")
        for p in body["persons"]:
            for name, call in (("access", lambda: log.access(p["person"], at)),
                               ("may_upload", lambda: log.may_upload(p["person"], at)),
                               ("may_view", lambda: log.may_view(p["person"], inp["document"], at) if "document" in inp
                                else None)):
                got = call()
                want = p[name]
                if got is None:
                    continue
                got_d = {"allowed": got.allowed, "reason": got.reason, "rule": got.rule, "readings": list(got.readings),
                         "detail": got.detail}
                if got_d != want:
                    problems.append(f"{p['person']}.{name}: typed {got_d}, JSON {want}")
            vis = [dataclass_dict(v) for v in log.visible_documents(p["person"], at)]
            if vis != p["visible_documents"]:
                problems.append(f"{p['person']}.visible_documents differ")
        if [dataclass_dict(v) for v in log.history(at)] != body["history"]:
            problems.append("history differs")
        out.typed_problems = problems
        return out


def dataclass_dict(obj):
    """A typed answer (lde.AccessHolder, lde.DocumentVersion) as the decision JSON writes it."""
    import dataclasses
    import datetime as dt
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in dataclasses.asdict(obj).items()}


def _date_or_none(v):
    return None if v is None else v


class PopulationFrontEnd:
    """The population engines: lde.evaluate_population (one row) for worker cases that fit the columnar
    model (at most one right, employment, competence extension and transition trajectory without
    non-cooperation periods), lde.enterprise_schedules for enterprise cases. Their answers are partial
    (no trace, fewer values): `partial` maps dotted paths to values, compared with the reference decision."""

    name = "population"

    def __init__(self, lde):
        self.lde = lde

    def evaluate(self, text):
        lde = self.lde
        inp = json.loads(text)
        shape = typed_shape(inp)
        if shape is None:
            return None
        if shape[0] in ("confidential", "local_service", "ledger"):
            return None  # no population engine for the confidential section, the local services or the ledger
        try:
            params = lde.Parameters.default().with_changes(inp["parameters"]) if "parameters" in inp else None
            kind, when = shape
            if kind == "worker":
                return self._worker(lde.WorkerDossier.from_json(inp["worker"]).to_dict(), when, params)
            return self._enterprise(lde.Enterprise.from_json(inp["enterprise"]), when, params)
        except lde.Error:
            return None  # input errors: the typed and JSON paths judge them

    @staticmethod
    def _failed(e):
        """An error of the engine: its fields name columns (rows[0].birth_date), not JSON paths."""
        out = Outcome(code=getattr(e, "code", None), field=getattr(e, "field", ""), message=str(e))
        out.partial = {}
        return out

    def _worker(self, d, at, params):
        import numpy as np
        lde = self.lde
        ds = d.get("doorstroom")
        if len(d["rights"]) > 1 or len(d["employment"]) > 1 or len(d["competence_extensions"]) > 1 or \
                (ds and ds.get("non_cooperation")):
            return None
        D = lambda v: np.array([v if v is not None else "NaT"], dtype="datetime64[D]")  # noqa: E731
        right = d["rights"][0] if d["rights"] else None
        emp = d["employment"][0] if d["employment"] else None
        comp = d["competence_extensions"][0] if d["competence_extensions"] else None
        cols = {"birth_date": D(d["birth_date"]),
                "right_granted": D(right["granted"] if right else None),
                "right_kind": [right["kind"] if right else "lde"],
                "employment_first_day": D(emp["first_day"] if emp else None),
                "employment_last_day": D(emp["last_day"] if emp else None),
                "employer_recognised": np.array([emp["employer_recognised"] if emp else True]),
                "employer_in_brussels": np.array([emp["employer_in_brussels"] if emp else False]),
                "employer_contingent": [emp["employer_contingent_fte"] if emp else "1.00"],
                "competence_months": np.array([comp["months"] if comp else 0], dtype=np.int32),
                "competence_approved": D(comp["approved"] if comp else None),
                "doorstroom_first_day": D(ds["first_day"] if ds else None),
                "doorstroom_last_day": D(ds["last_day"] if ds else None),
                "external_job_found": D(ds.get("external_job_found") if ds else None)}
        ab = d["absences"]
        absences = {"worker": np.zeros(len(ab), dtype=np.int64),
                    "first_day": np.array([a["first_day"] for a in ab], dtype="datetime64[D]"),
                    "last_day": np.array([a["last_day"] for a in ab], dtype="datetime64[D]"),
                    "reason": np.array([a["reason"] for a in ab], dtype=object)}
        try:
            df = lde.evaluate_population(cols, at, absences=absences, parameters=params, threads=1)
        except lde.Error as e:
            return self._failed(e)
        row = df.iloc[0]
        day = lambda v: None if v is None or v != v else str(v)[:10]  # noqa: E731
        kind = row.right_kind
        out = Outcome(decision={})
        out.partial = {
            "right.kind": "none" if kind != kind else str(kind),
            "right.valid": bool(row.right_valid),
            "right.last_day": day(row.right_last_day),
            "hiring.eligible": bool(row.hiring_eligible),
            "trajectory.first_day": day(row.trajectory_first_day),
            "trajectory.last_day": day(row.trajectory_last_day),
            "trajectory.absence_extension_days": int(row.absence_extension_days),
            "trajectory.competence_extension_months": int(row.competence_extension_months),
            "continuation": str(row.continuation),
            "status.in_trajectory": bool(row.in_trajectory),
            "status.in_continuation": bool(row.in_continuation),
            "status.compensated": bool(row.compensated),
        }
        return out

    def _enterprise(self, e, year, params):
        lde = self.lde
        try:
            t = lde.enterprise_schedules([e], year, params if params is not None else lde.Parameters.default(),
                                         threads=1)
        except lde.Error as err:
            return self._failed(err)
        cents = lambda c: ("-" if c < 0 else "") + f"{abs(int(c)) // 100}.{abs(int(c)) % 100:02d}"  # noqa: E731
        out = Outcome(decision={})
        out.partial = {}
        for r in t.months.itertuples():
            out.partial[f"advances.{year}-{int(r.month):02d}"] = cents(r.advance_cents)
        for r in t.quarters.itertuples():
            out.partial[f"quarter_rights.{year}-Q{int(r.quarter)}"] = cents(r.right_cents)
            out.partial[f"settlements.{year}-Q{int(r.quarter)}"] = cents(r.settlement_cents)
        return out


def _normalise_partial(path, value):
    """The population row says False / 0 where the decision has no hiring decision or no trajectory."""
    if value is None and path in ("hiring.eligible",):
        return False
    if value is None and path in ("trajectory.absence_extension_days", "trajectory.competence_extension_months"):
        return 0
    return value


def check_case(case, outcomes):
    """Problems of one case (empty when it passes)."""
    problems = []
    want_error = case.get("expect_error")
    partial = {name: out for name, out in outcomes.items() if getattr(out, "partial", None) is not None}
    outcomes = {name: out for name, out in outcomes.items() if name not in partial}
    for name, out in outcomes.items():
        for line in getattr(out, "typed_problems", []):
            problems.append(f"{name}: {line}")
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
    # The population engines: every value they give equals the reference decision's.
    reference = next((o.decision for o in outcomes.values() if o.decision is not None), None)
    for name, out in partial.items():
        if out.decision is None:
            if want_error is None:
                problems.append(f"{name}: {out.describe()}")
            continue
        if reference is None:
            problems.append(f"{name}: gives a decision, the other front ends give none")
            continue
        for path, value in sorted(out.partial.items()):
            want = _normalise_partial(path, resolve(reference, path))
            if want is MISSING or want != value:
                problems.append(f"{name}: {path}: {json.dumps(value)}, the decision says "
                                f"{'(missing)' if want is MISSING else json.dumps(want)}")
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
            front_ends.append(CTypedFrontEnd(front_ends[-1]))
        if a.python:
            front_ends.append(PythonFrontEnd())
            front_ends.append(PythonTypedFrontEnd(front_ends[-1].lde))
            front_ends.append(PopulationFrontEnd(front_ends[-1].lde))
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
            outcomes = {name: out for name, out in outcomes.items() if out is not None}  # None: does not apply
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
