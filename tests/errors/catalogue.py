#!/usr/bin/env python3
"""The bad-input catalogue (tests/errors/catalogue.json): every entry through every front end.

  catalogue.py run [--cli PATH] [--c-lib PATH] [--python] [--cpp PATH] [--require-all]
      Runs each entry through the front ends its `via` applies to and checks that each gives the
      expected error code and field. --require-all: every front end must be given (scripts/test.sh).
  catalogue.py docs [--check]
      Writes docs/errors.md from the catalogue (--check: exit 1 when it is out of date).

Front ends per `via`:
  evaluation   cli `lde evaluate -`, c lde_evaluate_json, python lde.evaluate_json, cpp io::evaluate_json
  reform       cli `lde params --params FILE`, c lde_params_with_changes, python Parameters.with_changes,
               cpp ParameterSet::with_changes
  parameters   cli `lde params --params FILE`, c lde_params_from_json, python Parameters.from_json,
               cpp ParameterSet::from_json
  cases        cli `lde check FILE`, cpp io::run_cases
  csv          cli `lde simulate FILE`, cpp (the same reader, src/cli/simulate.cpp)
  csv_folder   cli `lde simulate FOLDER`, cpp io::read_population_csv_files + the tables engine; the entry's
               "files" maps file names to their text (with "escapes": each text backslash-decoded)
  population   c lde_evaluate_workers, python lde.evaluate_population, cpp population::evaluate_workers
  tables       c lde_evaluate_population, python _lde._evaluate_tables, cpp population::evaluate_population: the
               entry's "tables" maps table -> column -> values (dates ISO text or null, `worker` rows, codes)
  python, c    named scenarios of one front end (dtypes in Python; NULL pointers, handles in C)

An entry may carry "defect": a text (the whole entry) or {front end: text}: a known defect of another
issue. It is run like every other entry; failing there is reported as KNOWN DEFECT, and passing
everywhere it names is an error ("remove the defect mark"), so no mark outlives its fix.
Prints one line per entry and front end, then "N checks passed, N failed, N known defects".
"""
import argparse
import codecs
import ctypes as C
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CATALOGUE = HERE / "catalogue.json"
DOCS = ROOT / "docs" / "errors.md"
STATUS = {0: "ok", 1: "invalid_argument", 2: "invalid_date", 3: "out_of_range", 4: "conflict", 5: "parse_error",
          6: "not_found", 7: "out_of_memory", 8: "internal", 9: "buffer_too_small"}
FRONT_ENDS = {
    "evaluation": ("cli", "c", "python", "cpp"),
    "reform": ("cli", "c", "python", "cpp"),
    "parameters": ("cli", "c", "python", "cpp"),
    "cases": ("cli", "cpp"),
    "csv": ("cli", "cpp"),
    "csv_folder": ("cli", "cpp"),
    "population": ("c", "python", "cpp"),
    "tables": ("c", "python", "cpp"),
    "python": ("python",),
    "c": ("c",),
}
NO_DAYS = -(2 ** 63)


def load():
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


def folder_files(entry):
    """A csv_folder entry's files: name -> bytes."""
    out = {}
    for name, text in entry["files"].items():
        out[name] = codecs.escape_decode(text.encode("utf-8"))[0] if entry.get("escapes") else text.encode("utf-8")
    return out


def data(entry):
    """The entry's input as bytes."""
    if "files" in entry:
        # For the C++ runner: one JSON object, name -> text (bytes that are not UTF-8 as \u00XX latin-1).
        return json.dumps({n: t.decode("latin-1") for n, t in folder_files(entry).items()}).encode("utf-8")
    if "repeat" in entry:
        r = entry["repeat"]
        return (r["before"] + r["fill"] * r["count"] + r["after"]).encode()
    if "text" in entry:
        if entry.get("escapes"):
            return codecs.escape_decode(entry["text"].encode("utf-8"))[0]
        return entry["text"].encode("utf-8")
    if "input" in entry:
        return json.dumps(entry["input"], ensure_ascii=False).encode("utf-8")
    return b""


def days(iso):
    if iso is None:
        return NO_DAYS
    import datetime
    return (datetime.date.fromisoformat(iso) - datetime.date(1970, 1, 1)).days


# ----------------------------------------------------------------------------- CLI
class Cli:
    def __init__(self, path):
        self.path = path

    def run(self, via, entry, raw):
        with tempfile.TemporaryDirectory() as tmp:
            f = Path(tmp) / ("input.csv" if via == "csv" else "input.json")
            f.write_bytes(raw)
            if via == "evaluation":
                args, stdin = ["evaluate", "-"], raw
            elif via in ("reform", "parameters"):
                args, stdin = ["params", "--params", str(f), "--at", "2026-01-01"], None
            elif via == "cases":
                args, stdin = ["check", str(f)], None
            elif via == "csv":
                args, stdin = ["simulate", str(f), "--out", os.devnull, "--at", "2026-06-30", "--threads", "1"], None
            elif via == "csv_folder":
                folder = Path(tmp) / "population"
                folder.mkdir()
                for name, content in folder_files(entry).items():
                    (folder / name).write_bytes(content)
                args, stdin = ["simulate", str(folder), "--out", os.devnull, "--at", "2026-06-30", "--threads", "1"], None
            else:
                raise ValueError(via)
            r = subprocess.run([self.path, *args, "--error-format", "json"], input=stdin, capture_output=True)
        if r.returncode == 0:
            return "ok", ""
        lines = r.stderr.decode("utf-8", "replace").strip().splitlines()
        try:
            err = json.loads(lines[-1])["error"]
        except (IndexError, ValueError, KeyError):
            return "bad_output", f"exit {r.returncode}: {r.stderr[-300:]!r}"
        if r.returncode != 2 or len(lines) != 1:
            return "bad_output", f"exit {r.returncode}, {len(lines)} lines"
        return err["code"], err["field"]


# ----------------------------------------------------------------------------- C
class WorkerColumns(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("rows", C.c_size_t)] + [
        (n, C.c_void_p) for n in ("birth_date", "right_kind", "right_granted", "employment_first_day",
                                  "employment_last_day", "employer_recognised", "employer_contingent_units",
                                  "employer_in_brussels", "competence_months", "competence_approved",
                                  "doorstroom_first_day", "doorstroom_last_day", "external_job_found")]


class AbsenceColumns(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("rows", C.c_size_t)] + [
        (n, C.c_void_p) for n in ("worker", "first_day", "last_day", "reason")]


class WorkerOutputs(C.Structure):
    _fields_ = [("struct_size", C.c_size_t)] + [
        (n, C.c_void_p) for n in ("right_kind", "right_valid", "right_last_day", "hiring_eligible",
                                  "trajectory_first_day", "trajectory_last_day", "absence_extension_days",
                                  "competence_extension_months", "continuation", "in_trajectory", "in_continuation",
                                  "compensated", "reason")]


# The population tables of lde.h (lde_worker_table ...), in schema order: (table, [(column, type)]); CTest
# capi_population_schema checks that lde.h has exactly these columns in this order.
TABLES = [
    ("workers", [("birth_date", "date"), ("reconsideration_letter_sent", "date"), ("reconsideration_filed", "date")]),
    ("rights", [("worker", "worker"), ("kind", "right_kind"), ("granted", "date")]),
    ("employment", [("worker", "worker"), ("employer", "text"), ("first_day", "date"), ("last_day", "date"),
                    ("employer_recognised", "flag"), ("employer_contingent", "fte"), ("employer_in_brussels", "flag")]),
    ("absences", [("worker", "worker"), ("first_day", "date"), ("last_day", "date"), ("reason", "absence_reason")]),
    ("competence_extensions", [("worker", "worker"), ("months", "count"), ("approved", "date")]),
    ("doorstroom", [("worker", "worker"), ("first_day", "date"), ("last_day", "date"), ("external_job_found", "date")]),
    ("non_cooperation", [("worker", "worker"), ("first_day", "date"), ("last_day", "date")]),
]
TABLE_STRUCTS = {t: type(f"Table_{t}", (C.Structure,), {"_fields_": [("struct_size", C.c_size_t), ("rows", C.c_size_t)] +
                                                         [(c, C.c_void_p) for c, _ in cols]}) for t, cols in TABLES}


class Population(C.Structure):
    _fields_ = [("struct_size", C.c_size_t)] + [(t, C.c_void_p) for t, _ in TABLES]


def table_values(kind, values):
    """A tables entry's column as the C values of its type (dates as days)."""
    if kind == "date":
        return [days(v) for v in values]
    return values


def table_rows(cols):
    return max((len(v) for v in cols.values()), default=0)


class Date(C.Structure):
    _fields_ = [("year", C.c_int32), ("month", C.c_int32), ("day", C.c_int32)]


class Employment(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("employer", C.c_char_p), ("first_day", Date), ("last_day", Date),
                ("employer_recognised", C.c_int32), ("employer_in_brussels", C.c_int32),
                ("employer_contingent_units", C.c_int64)]


class TraceStep(C.Structure):
    _fields_ = [("struct_size", C.c_size_t), ("rule", C.c_char_p), ("source", C.c_char_p), ("outcome", C.c_char_p),
                ("interpretation_count", C.c_size_t), ("input_count", C.c_size_t), ("parameter_count", C.c_size_t),
                ("note_count", C.c_size_t)]


class CLib:
    def __init__(self, path):
        self.lib = lib = C.CDLL(path)
        vp, st = C.c_void_p, C.c_int
        sig = {
            "lde_params_default": ([C.POINTER(vp)], st), "lde_params_free": ([vp], None),
            "lde_params_with_changes": ([vp, C.c_char_p, C.POINTER(vp)], st),
            "lde_params_from_json": ([C.c_char_p, C.POINTER(vp)], st),
            "lde_evaluate_json": ([vp, C.c_char_p, C.c_int, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)], st),
            "lde_evaluate_workers": ([vp, C.POINTER(WorkerColumns), C.POINTER(AbsenceColumns), C.c_int64, C.c_uint32,
                                      C.POINTER(WorkerOutputs)], st),
            "lde_evaluate_population": ([vp, C.POINTER(Population), C.c_int64, C.c_uint32, C.POINTER(WorkerOutputs)], st),
            "lde_last_error_field": ([], C.c_char_p), "lde_last_error_message": ([], C.c_char_p),
            "lde_worker_new": ([Date, C.POINTER(vp)], st), "lde_worker_free": ([vp], None),
            "lde_worker_from_json": ([C.c_char_p, C.POINTER(vp)], st),
            "lde_worker_add_right": ([vp, C.c_int32, Date], st),
            "lde_worker_add_employment": ([vp, C.POINTER(Employment)], st),
            "lde_worker_to_json": ([vp, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)], st),
            "lde_enterprise_new": ([C.c_char_p, C.POINTER(vp)], st), "lde_enterprise_free": ([vp], None),
            "lde_enterprise_add_dmfa": ([vp, C.c_int32, C.c_int32, C.c_char_p, C.c_int64, C.c_int32], st),
            "lde_enterprise_to_json": ([vp, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)], st),
            "lde_evaluate_worker": ([vp, vp, Date, C.c_int, C.POINTER(vp)], st),
            "lde_evaluate_enterprise": ([vp, vp, C.c_int32, C.c_int, C.POINTER(vp)], st),
            "lde_decision_free": ([vp], None),
            "lde_decision_get_int": ([vp, C.c_int32, C.c_int32, C.POINTER(C.c_int64)], st),
            "lde_decision_step": ([vp, C.c_size_t, C.POINTER(TraceStep)], st),
            "lde_decision_json": ([vp, C.c_char_p, C.c_size_t, C.POINTER(C.c_size_t)], st),
        }
        for name, (args, res) in sig.items():
            f = getattr(lib, name)
            f.argtypes, f.restype = args, res

    def outcome(self, status):
        if status == 0:
            return "ok", ""
        return STATUS.get(status, str(status)), (self.lib.lde_last_error_field() or b"").decode("utf-8", "replace")

    def run(self, via, entry, raw):
        lib, vp = self.lib, C.c_void_p
        if via == "evaluation":
            needed = C.c_size_t(0)
            buf = C.create_string_buffer(1 << 16)
            return self.outcome(lib.lde_evaluate_json(None, raw, 1, buf, len(buf), C.byref(needed)))
        if via == "reform":
            base, out = vp(), vp()
            lib.lde_params_default(C.byref(base))
            s = lib.lde_params_with_changes(base, raw, C.byref(out))
            r = self.outcome(s)
            lib.lde_params_free(out)
            lib.lde_params_free(base)
            return r
        if via == "parameters":
            out = vp()
            r = self.outcome(lib.lde_params_from_json(raw, C.byref(out)))
            lib.lde_params_free(out)
            return r
        if via == "population":
            return self.population(json.loads(raw))
        if via == "tables":
            return self.tables(json.loads(raw))
        if via == "c":
            return getattr(self, "scenario_" + entry["scenario"])()
        raise ValueError(via)

    def population(self, spec):
        w = spec["workers"]
        n = len(w["birth_date"])
        keep = []

        def arr(ctype, values):
            a = (ctype * max(len(values), 1))(*values)
            keep.append(a)
            return C.cast(a, C.c_void_p)

        cols = WorkerColumns(struct_size=C.sizeof(WorkerColumns), rows=n)
        for name in ("birth_date", "right_granted", "employment_first_day"):
            setattr(cols, name, arr(C.c_int64, [days(v) for v in w.get(name, [None] * n)]))
        if "employer_contingent_units" in w:
            cols.employer_contingent_units = arr(C.c_int64, w["employer_contingent_units"])
        ab = AbsenceColumns(struct_size=C.sizeof(AbsenceColumns), rows=0)
        if "absences" in spec:
            a = spec["absences"]
            ab.rows = len(a["worker"])
            ab.worker = arr(C.c_int64, a["worker"])
            ab.first_day = arr(C.c_int64, [days(v) for v in a["first_day"]])
            ab.last_day = arr(C.c_int64, [days(v) for v in a["last_day"]])
            ab.reason = arr(C.c_int32, a["reason"])
        out = WorkerOutputs(struct_size=C.sizeof(WorkerOutputs))
        out.compensated = arr(C.c_uint8, [0] * n)
        threads = spec.get("threads", 1)
        return self.outcome(self.lib.lde_evaluate_workers(None, C.byref(cols), C.byref(ab), days(spec["at"]),
                                                          threads, C.byref(out)))

    def tables(self, spec):
        keep = []
        pop = Population(struct_size=C.sizeof(Population))
        n = 0
        for t, cols in TABLES:
            given = spec["tables"].get(t)
            if given is None:
                continue
            st = TABLE_STRUCTS[t](struct_size=C.sizeof(TABLE_STRUCTS[t]), rows=table_rows(given))
            if t == "workers":
                n = st.rows
            for c, kind in cols:
                if c not in given:
                    continue
                v = table_values(kind, given[c])
                ctype = {"date": C.c_int64, "worker": C.c_int64, "fte": C.c_int64, "flag": C.c_uint8,
                         "text": C.c_char_p}.get(kind, C.c_int32)
                a = (ctype * max(len(v), 1))(*[x.encode() if kind == "text" else x for x in v])
                keep.append(a)
                setattr(st, c, C.cast(a, C.c_void_p))
            keep.append(st)
            setattr(pop, t, C.cast(C.pointer(st), C.c_void_p))
        out = WorkerOutputs(struct_size=C.sizeof(WorkerOutputs))
        compensated = (C.c_uint8 * max(n, 1))()
        out.compensated = C.cast(compensated, C.c_void_p)
        return self.outcome(self.lib.lde_evaluate_population(None, C.byref(pop), days(spec["at"]),
                                                             spec.get("threads", 1), C.byref(out)))

    # Named C scenarios (via "c").
    def _worker(self):
        w = C.c_void_p()
        assert self.lib.lde_worker_new(Date(1980, 5, 10), C.byref(w)) == 0
        return w

    def scenario_null_out(self):
        return self.outcome(self.lib.lde_worker_new(Date(1980, 5, 10), None))

    def scenario_null_handle(self):
        return self.outcome(self.lib.lde_worker_add_right(None, 1, Date(2019, 12, 1)))

    def scenario_null_json(self):
        out = C.c_void_p()
        return self.outcome(self.lib.lde_worker_from_json(None, C.byref(out)))

    def scenario_unknown_right_kind(self):
        w = self._worker()
        r = self.outcome(self.lib.lde_worker_add_right(w, 9, Date(2019, 12, 1)))
        self.lib.lde_worker_free(w)
        return r

    def scenario_wrong_decision_kind(self):
        e, d, v = C.c_void_p(), C.c_void_p(), C.c_int64()
        assert self.lib.lde_enterprise_new(b"LDE-1", C.byref(e)) == 0
        assert self.lib.lde_evaluate_enterprise(None, e, 2026, 0, C.byref(d)) == 0
        r = self.outcome(self.lib.lde_decision_get_int(d, 2, 0, C.byref(v)))
        self.lib.lde_decision_free(d)
        self.lib.lde_enterprise_free(e)
        return r

    def scenario_local_service_unknown_check(self):
        svc, d = C.c_void_p(), C.c_void_p()
        text = b'{"name": "sociaal restaurant", "klaverblad": "local"}'
        assert self.lib.lde_local_service_from_json(text, C.byref(svc)) == 0
        assert self.lib.lde_evaluate_local_service(None, svc, Date(2024, 6, 1), 0, C.byref(d)) == 0
        answer = (C.c_char * 256)()
        r = self.outcome(self.lib.lde_local_service_decision_check(d, 99, C.byref(answer)))
        self.lib.lde_local_service_decision_free(d)
        self.lib.lde_local_service_free(svc)
        return r

    def scenario_index_past_end(self):
        w, d = self._worker(), C.c_void_p()
        assert self.lib.lde_evaluate_worker(None, w, Date(2026, 6, 30), 1, C.byref(d)) == 0
        step = TraceStep(struct_size=C.sizeof(TraceStep))
        r = self.outcome(self.lib.lde_decision_step(d, 10000, C.byref(step)))
        self.lib.lde_decision_free(d)
        self.lib.lde_worker_free(w)
        return r

    def scenario_struct_size_small(self):
        w = self._worker()
        e = Employment(struct_size=8, employer=b"LDE-1", first_day=Date(2020, 2, 1))
        r = self.outcome(self.lib.lde_worker_add_employment(w, C.byref(e)))
        self.lib.lde_worker_free(w)
        return r

    def scenario_buffer_too_small(self):
        w, n = self._worker(), C.c_size_t()
        buf = C.create_string_buffer(4)
        r = self.outcome(self.lib.lde_worker_to_json(w, buf, 4, C.byref(n)))
        self.lib.lde_worker_free(w)
        return r

    def scenario_flags_unknown(self):
        w, d = self._worker(), C.c_void_p()
        r = self.outcome(self.lib.lde_evaluate_worker(None, w, Date(2026, 6, 30), 6, C.byref(d)))
        self.lib.lde_decision_free(d)
        self.lib.lde_worker_free(w)
        return r

    def scenario_invalid_utf8_allocation_number(self):
        e = C.c_void_p()
        r = self.outcome(self.lib.lde_enterprise_new(b"LDE-\xc3(", C.byref(e)))
        if r[0] == "ok":  # accepted: the enterprise must at least read back
            r = self._to_json_outcome(self.lib.lde_enterprise_to_json, e)
        self.lib.lde_enterprise_free(e)
        return r

    def scenario_invalid_utf8_dmfa_worker(self):
        e = C.c_void_p()
        assert self.lib.lde_enterprise_new(b"LDE-1", C.byref(e)) == 0
        r = self.outcome(self.lib.lde_enterprise_add_dmfa(e, 2025, 1, b"w\xed\xa0\x80", 5000, 1))  # a surrogate
        if r[0] == "ok":
            r = self._to_json_outcome(self.lib.lde_enterprise_to_json, e)
        self.lib.lde_enterprise_free(e)
        return r

    def _to_json_outcome(self, to_json, handle):
        n = C.c_size_t()
        buf = C.create_string_buffer(1 << 14)
        s = to_json(handle, buf, len(buf), C.byref(n))
        return self.outcome(s) if s != 0 else ("ok", "")

    def scenario_invalid_utf8_employer(self):
        w = self._worker()
        e = Employment(struct_size=C.sizeof(Employment), employer=b"LDE\xff", first_day=Date(2020, 2, 1),
                       employer_recognised=1, employer_contingent_units=10000)
        r = self.outcome(self.lib.lde_worker_add_employment(w, C.byref(e)))
        if r[0] == "ok":  # accepted: the dossier must at least read back
            n = C.c_size_t()
            buf = C.create_string_buffer(1 << 14)
            s = self.lib.lde_worker_to_json(w, buf, len(buf), C.byref(n))
            r = self.outcome(s) if s != 0 else ("ok", "")
        self.lib.lde_worker_free(w)
        return r


# ----------------------------------------------------------------------------- Python
class Python:
    def __init__(self):
        import lde
        self.lde = lde

    def run(self, via, entry, raw):
        lde = self.lde
        text = raw.decode("utf-8", "surrogateescape")
        try:
            if via == "evaluation":
                lde.evaluate_json(text)
            elif via == "reform":
                lde.Parameters.default().with_changes(text)
            elif via == "parameters":
                lde.Parameters.from_json(text)
            elif via == "population":
                self.population(json.loads(raw))
            elif via == "tables":
                self.tables(json.loads(raw))
            elif via == "python":
                getattr(self, "scenario_" + entry["scenario"])()
            else:
                raise ValueError(via)
        except lde.Error as e:
            return e.code, e.field
        except Exception as e:  # noqa: BLE001 - any other exception is a finding
            return "exception", f"{type(e).__name__}: {e}"
        return "ok", ""

    def population(self, spec):
        import numpy as np
        import pandas as pd
        w = {k: (pd.to_datetime(pd.Series(v, dtype=object)).to_numpy(dtype="datetime64[D]")
                 if k != "employer_contingent_units" else np.asarray(v, dtype=np.int64))
             for k, v in spec["workers"].items()}
        absences = None
        if "absences" in spec:
            a = spec["absences"]
            absences = pd.DataFrame({"worker": a["worker"], "first_day": pd.to_datetime(a["first_day"]),
                                     "last_day": pd.to_datetime(a["last_day"]), "reason": a["reason"]})
        self.lde.evaluate_population(pd.DataFrame(w), spec["at"], absences=absences, threads=spec.get("threads", 1))

    def tables(self, spec):
        import numpy as np
        from lde import _lde
        from lde._core import _params
        dtype = {"date": np.int64, "worker": np.int64, "fte": np.int64, "flag": np.uint8, "text": object}
        tables = {}
        for t, cols in TABLES:
            given = spec["tables"].get(t)
            if given is None:
                continue
            tables[t] = {c: np.asarray(table_values(kind, given[c]), dtype=dtype.get(kind, np.int32))
                         for c, kind in cols if c in given}
        _lde._evaluate_tables(tables, days(spec["at"]), _params(None), spec.get("threads", 1))

    def _base(self):
        import pandas as pd
        return {"birth_date": pd.to_datetime(["1980-05-10"]), "right_granted": pd.to_datetime(["2019-12-01"]),
                "employment_first_day": pd.to_datetime(["2020-02-01"])}

    def scenario_float_dates(self):
        import pandas as pd
        cols = self._base()
        cols["birth_date"] = [1.5]
        self.lde.evaluate_population(pd.DataFrame(cols), "2026-06-30")

    def scenario_lengths_differ(self):
        import numpy as np
        cols = {k: np.asarray(v) for k, v in self._base().items()}
        cols["right_granted"] = np.asarray(["2019-12-01", "2019-12-02"], dtype="datetime64[D]")
        self.lde.evaluate_population(cols, "2026-06-30")

    def scenario_unknown_column(self):
        import pandas as pd
        cols = self._base()
        cols["birthdate"] = cols["birth_date"]
        self.lde.evaluate_population(pd.DataFrame(cols), "2026-06-30")

    def _tables(self, **changes):
        tables = {"workers": {"id": ["a", "b", "c"], "birth_date": ["1980-05-10", "1975-01-02", "1990-07-08"]},
                  "employment": {"worker": ["a", "b"], "first_day": ["2020-02-01", "2021-03-01"]},
                  "doorstroom": {"worker": ["a"], "first_day": ["2024-02-01"], "last_day": ["2024-07-31"]}}
        for table, cols in changes.items():
            tables[table] = {**tables[table], **cols}
        self.lde.evaluate_population(self.lde.Population(**tables), "2026-06-30")

    def scenario_tables_unknown_worker(self):
        self._tables(employment={"worker": ["a", "z"]})

    def scenario_tables_duplicate_id(self):
        self._tables(workers={"id": ["a", "b", "a"]})

    def scenario_tables_second_doorstroom(self):
        self._tables(doorstroom={"worker": ["a", "a"], "first_day": ["2024-02-01"] * 2, "last_day": ["2024-07-31"] * 2})

    def _budget(self, years=2026, **kw):
        import pandas as pd
        workers = pd.DataFrame({"birth_date": pd.to_datetime(["1980-05-10", "1975-01-02"]),
                                "right_granted": pd.to_datetime(["2019-12-01", "2020-01-15"]),
                                "employment_first_day": pd.to_datetime(["2020-02-01", "2020-03-01"])})
        self.lde.budget(workers, years, progress=False, **kw)

    def scenario_budget_years_reversed(self):
        self._budget("2030..2026")

    def scenario_budget_weight_nan(self):
        self._budget(weights=[1.0, float("nan")])

    def scenario_budget_weight_negative(self):
        self._budget(weights=[1, -1])

    def scenario_budget_fraction_above_one(self):
        self._budget(fraction=1.5)

    def scenario_budget_unknown_group(self):
        self._budget(by=("year", "region"))


# ----------------------------------------------------------------------------- C++
class Cpp:
    def __init__(self, path):
        self.path = path

    def run(self, via, entry, raw):
        r = subprocess.run([self.path, via], input=raw, capture_output=True)
        if r.returncode != 0:
            return "bad_output", f"exit {r.returncode}: {r.stderr[-300:]!r}"
        out = json.loads(r.stdout)
        return out["code"], out["field"] if out["code"] != "exception" else out.get("message", "")


# ----------------------------------------------------------------------------- run
def run(args):
    front = {}
    if args.cli:
        front["cli"] = Cli(args.cli)
    if args.c_lib:
        front["c"] = CLib(args.c_lib)
    if args.python:
        front["python"] = Python()
    if args.cpp:
        front["cpp"] = Cpp(args.cpp)
    if args.require_all and set(front) != {"cli", "c", "python", "cpp"}:
        print("--require-all: give --cli, --c-lib, --python and --cpp", file=sys.stderr)
        return 2
    if not front:
        print("no front end given", file=sys.stderr)
        return 2
    cat = load()
    passed = failed = known = 0
    ids = set()
    for e in cat["entries"]:
        if e["id"] in ids:
            print(f"FAIL {e['id']}: the id appears twice")
            failed += 1
        ids.add(e["id"])
        defect = e.get("defect")
        raw = data(e)
        results = {}
        for fe in FRONT_ENDS[e["via"]]:
            if fe not in front:
                continue
            code, field = front[fe].run(e["via"], e, raw)
            want_field = e["expect"].get("fields", {}).get(fe, e["expect"]["field"])
            results[fe] = (code == e["expect"]["code"] and field == want_field, code, field)
        defect_fes = set(results) if isinstance(defect, str) else set(defect or {})
        for fe, (ok, code, field) in results.items():
            got = f"{code} at {field!r}"
            if ok:
                passed += 1
                print(f"ok   {e['id']} [{fe}]")
            elif fe in defect_fes:
                known += 1
                text = defect if isinstance(defect, str) else defect[fe]
                print(f"KNOWN DEFECT {e['id']} [{fe}]: {got} ({text})")
            else:
                failed += 1
                print(f"FAIL {e['id']} [{fe}]: expected {e['expect']['code']} at "
                      f"{e['expect'].get('fields', {}).get(fe, e['expect']['field'])!r}, got {got}")
        if defect and defect_fes and all(results[fe][0] for fe in defect_fes if fe in results) and \
                any(fe in results for fe in defect_fes):
            failed += 1
            print(f"FAIL {e['id']}: marked as a defect but every front end now passes: remove the defect mark")
    print(f"{passed} checks passed, {failed} failed, {known} known defects ({len(cat['entries'])} entries)")
    return 1 if failed else 0


# ----------------------------------------------------------------------------- docs
def shown(e):
    if "scenario" in e:
        return f"scenario `{e['scenario']}` ({'tests/errors/catalogue.py'})"
    if "repeat" in e:
        r = e["repeat"]
        return f"`{r['before']}` + {r['count']:,} × `{r['fill']!r}` + `{r['after']}`"
    if "files" in e:
        t = "; ".join(f"{n}: {v}" for n, v in e["files"].items())
    elif "text" in e:
        t = e["text"]
    else:
        t = json.dumps(e["input"], ensure_ascii=False)
    if len(t) > 160:
        t = t[:150] + " …"
    t = t.replace("\n", "\\n").replace("|", "\\|")
    return f"`{t}`" if "`" not in t else f"<code>{t}</code>"


def docs():
    cat = load()
    out = ["# Bad input: the error catalogue", "",
           "<!-- Generated by tests/errors/catalogue.py docs from tests/errors/catalogue.json: do not edit. -->", "",
           "Every kind of bad input lde refuses, with an example and the error code and field it gets. "
           "The same code and field come from every front end the entry applies to: the `lde` command "
           "(`--error-format json`), the C ABI, Python (`lde.Error.code`, `.field`) and C++ "
           "(`lde::Error::code()`, `field()`); the test `tests/errors/catalogue.py run` (CTest `errors_catalogue`, "
           "scripts/test.sh) checks every entry in each of them, so adding an entry to "
           "`tests/errors/catalogue.json` adds it to all. Codes: `lde_status_string()` / `lde::to_string(ErrorCode)`.", "",
           "A field is the JSON path of the problem (`worker.employment[0].first_day`), the CSV line and column, "
           "a parameter name, or a C argument. It is empty only for text that is malformed as a whole "
           "(the message gives line and column). Messages and fields are always valid UTF-8 without NUL bytes: "
           "input bytes that are not are written `\\xFF` and `\\u0000`.", "",
           "## Limits", "",
           "A service embedding lde is protected by bounds kept in one place, `include/lde/core/limits.hpp`:", "",
           "| bound | value | refused with |", "|---|---|---|",
           "| JSON text (dossier, enterprise, input, case file, parameter file, reform) | 16 MiB (`lde::kMaxJsonTextBytes`) | `out_of_range`, field `(text)`, before parsing |",
           "| a name: employer label, allocation number, DmfA worker id, legal form text | 256 bytes (`lde::kMaxNameBytes`); valid UTF-8, no NUL, not blank (`lde::check_name`, also at every C setter) | `invalid_argument` naming the field |",
           "| an FTE figure: a contingent, a month's filled FTE, a worker's `employer_contingent_fte` (dossier, population row, batch call) | 100 000 FTE (`lde::kMaxFteUnits`, E-15) | `out_of_range` naming the field |",
           "| threads of a batch call (`lde_evaluate_workers`, `lde_evaluate_population`, `threads=` in Python, `lde simulate --threads`) | 1024, 0 = every core (`lde::kMaxThreads`) | `invalid_argument`, field `threads` (`--threads` in the CLI) |",
           "| nesting of arrays and objects | 64 levels (`lde::io::kMaxNesting`) | `parse_error` naming the path |", "",
           "Batch calls (`lde_evaluate_workers`, `lde_evaluate_population`, `lde.evaluate_population`, `lde simulate`) are not bounded by rows: "
           "memory grows linearly. The C batch call reads the caller's column arrays (at most 13 input columns, "
           "8 bytes a date, 105 bytes a row with every column) and writes the caller's output arrays (at most "
           "61 bytes a row); inside it allocates a constant number of blocks plus an index of the absences "
           "(8 bytes per absence) and per thread one scratch dossier; the rules engine for a row allocates about "
           "39 small blocks that are freed before the next row (CTest `capi_malloc` bounds the count). "
           "`lde.evaluate_population` adds the converted numpy columns (about 200 bytes a row with every column) "
           "and the result DataFrame (about 90 bytes a row); `lde simulate` holds the CSV text and the same "
           "columns (about 300 bytes a row plus the text).", "",
           "## Catalogue", ""]
    kinds = []
    for e in cat["entries"]:
        if e["kind"] not in kinds:
            kinds.append(e["kind"])
    for k in kinds:
        out += [f"### {k[0].upper() + k[1:]}", "", "| id | input | front ends | code | field |", "|---|---|---|---|---|"]
        for e in cat["entries"]:
            if e["kind"] != k:
                continue
            fes = ", ".join(FRONT_ENDS[e["via"]])
            field = e["expect"]["field"]
            extra = "".join(f"; {fe}: `{f}`" for fe, f in e["expect"].get("fields", {}).items())
            note = ""
            if "defect" in e:
                d = e["defect"]
                note = " **Known defect**: " + (d if isinstance(d, str) else "; ".join(f"{k2}: {v}" for k2, v in d.items()))
            field_text = f"`{field}`" if field else "(none)"
            out.append(f"| `{e['id']}` | {e['what']}: {shown(e)}{note} | {fes} (`{e['via']}`) | `{e['expect']['code']}` | "
                       f"{field_text}{extra} |")
        out.append("")
    n4 = sum(1 for e in cat["entries"] if len(FRONT_ENDS[e["via"]]) == 4)
    out += [f"{len(cat['entries'])} entries; {n4} of them go through all four front ends.", ""]
    return "\n".join(out)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--cli")
    r.add_argument("--c-lib")
    r.add_argument("--python", action="store_true")
    r.add_argument("--cpp")
    r.add_argument("--require-all", action="store_true")
    d = sub.add_parser("docs")
    d.add_argument("--check", action="store_true")
    a = p.parse_args(argv)
    if a.cmd == "run":
        return run(a)
    text = docs()
    if a.check:
        if not DOCS.exists() or DOCS.read_text(encoding="utf-8") != text:
            print("docs/errors.md is out of date: run tests/errors/catalogue.py docs")
            return 1
        print("docs/errors.md is current")
        return 0
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
