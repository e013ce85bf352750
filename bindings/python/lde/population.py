"""Whole populations as columns: numpy arrays or pandas DataFrames in, a DataFrame out.

The loop over rows runs in C++ (``lde::population::evaluate_workers``) with
the GIL released, on every core, without a Python object per row. Each row
is answered exactly as :func:`lde.evaluate` answers the dossier the row
describes (one right, at most one employment period, at most one competence
extension, at most one transition trajectory, any number of absences).

Worker columns (one row per worker; see ``docs/python.md``):

==========================  =============================  ==========================================
column                      dtype                          meaning
==========================  =============================  ==========================================
birth_date                  datetime64 (required)          birth date (I-3)
right_kind                  "lde"/"maatwerk"/"vop" or int  right granted (default "lde")
right_granted               datetime64, NaT = no right     grant date (I-4)
employment_first_day        datetime64, NaT = not employed first day of employment (I-5, I-7)
employment_last_day         datetime64, NaT = ongoing      last day of employment
employer_recognised         bool (default True)            employer holds the LDE label (I-5)
employer_contingent         float/Decimal FTE (default 1)  employer's contingent on the first day (I-5)
employer_in_brussels        bool (default False)           employer established in Brussels (I-5)
competence_months           int (default 0)                months approved by VDAB (I-9)
competence_approved         datetime64                     approval date (required where months > 0)
doorstroom_first_day        datetime64, NaT = none         transition trajectory (I-11)
doorstroom_last_day         datetime64                     its last day
external_job_found          datetime64, NaT = none         a regular job was found (I-11)
==========================  =============================  ==========================================

Absences, long format (one row per absence): ``worker`` (the worker's row
position, 0-based), ``first_day``, ``last_day`` (datetime64) and ``reason``
("illness", "accident", "maternity_leave", "paternity_leave",
"adoption_leave", "other", or their codes 1-6).

Other columns (ids, employer, fraction, ...) are carried by the caller and ignored here.
"""
from __future__ import annotations

import datetime as _dt
import decimal
from typing import Any, Mapping, NamedTuple, Optional, Sequence, Union

import numpy as np

from . import _lde
from ._core import (DateLike, Enterprise, InvalidArgumentError, OutOfRangeError, Parameters, _error, _params)

NO_DATE = np.iinfo(np.int64).min

RIGHT_KINDS = {"lde": 1, "maatwerk": 2, "vop": 3}
ABSENCE_REASONS = {"illness": 1, "accident": 2, "maternity_leave": 3, "paternity_leave": 4, "adoption_leave": 5,
                   "other": 6}
CONTINUATION_KINDS = ("none", "age60", "age55")

_DATE_COLUMNS = ("birth_date", "right_granted", "employment_first_day", "employment_last_day", "competence_approved",
                 "doorstroom_first_day", "doorstroom_last_day", "external_job_found")
_BOOL_COLUMNS = ("employer_recognised", "employer_in_brussels")
_REQUIRED = ("birth_date", "right_granted", "employment_first_day")


def _pd() -> Any:
    import pandas as pd  # imported lazily: numpy-only use works without pandas

    return pd


def _colname(field: str) -> str:
    """"rows[{}].birth_date" -> "birth_date"; "absences[{}].reason" -> "absences.reason"."""
    table, _, column = field.partition("[{}].")
    return column if table == "rows" else f"{table}.{column}"


def _first_bad(mask: np.ndarray) -> int:
    return int(np.flatnonzero(mask)[0])


def _as_array(values: Any) -> np.ndarray:
    if hasattr(values, "to_numpy") and hasattr(values, "dtype"):
        dtype = values.dtype
        if str(dtype) in ("boolean", "Int64", "Int32", "Int16", "Int8", "Float64", "string"):
            return values.to_numpy(dtype=object, na_value=None)
        if hasattr(dtype, "tz") and getattr(dtype, "tz", None) is not None:
            return np.asarray(values.dt.tz_localize(None).to_numpy())
        return values.to_numpy()
    return np.asarray(values)


def _dates(values: Any, field: str) -> np.ndarray:
    """datetime64 (any unit, whole days) or date objects / ISO text -> int64 days, NaT -> NO_DATE."""
    a = _as_array(values)
    if a.dtype.kind == "M":
        d = a.astype("datetime64[D]")
        back = d.astype(a.dtype)
        nat = np.isnat(a)
        bad = (back != a) & ~nat
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, f"{field.format(i)}",
                         f"has a time of day ({a[i]}); dates must be whole days (datetime64[D])")
        return d.view(np.int64).copy()
    if a.dtype.kind == "O" or a.dtype.kind == "U":
        out = np.empty(len(a), dtype=np.int64)
        for i, v in enumerate(a):
            # np.str_ has a dtype too: test for datetime64 itself before asking np.isnat.
            if v is None or (isinstance(v, float) and np.isnan(v)) or (isinstance(v, np.datetime64) and np.isnat(v)) \
                    or v is getattr(_pd(), "NaT", object()):
                out[i] = NO_DATE
                continue
            try:
                if isinstance(v, np.datetime64):
                    dd = v.astype("datetime64[D]")
                    if dd != v:
                        raise ValueError(f"has a time of day ({v}); dates must be whole days (datetime64[D])")
                elif isinstance(v, str):
                    dd = np.datetime64(_dt.date.fromisoformat(v), "D")
                elif isinstance(v, _dt.datetime):
                    if v.time() != _dt.time(0):
                        raise ValueError(f"has a time of day ({v})")
                    dd = np.datetime64(v.date(), "D")
                elif isinstance(v, _dt.date):
                    dd = np.datetime64(v, "D")
                else:
                    raise ValueError(f"expected a date, got {type(v).__name__} {v!r}")
            except ValueError as e:
                raise _error(InvalidArgumentError, field.format(i), str(e)) from None
            out[i] = int(dd.astype(np.int64))
        return out
    raise _error(InvalidArgumentError, _colname(field),
                 f"has the wrong dtype {a.dtype}, expected datetime64[D] dates (NaT for missing)")


def _bools(values: Any, field: str) -> np.ndarray:
    a = _as_array(values)
    if a.dtype == np.bool_:
        return a.astype(np.uint8)
    if a.dtype.kind in "iu":
        bad = (a != 0) & (a != 1)
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, field.format(i), f"must be a boolean (0/1), got {a[i]}")
        return a.astype(np.uint8)
    if a.dtype.kind == "f" or a.dtype.kind == "O":
        out = np.empty(len(a), dtype=np.uint8)
        for i, v in enumerate(a):
            if isinstance(v, (bool, np.bool_)) or (isinstance(v, (int, np.integer, float, np.floating)) and v in (0, 1)):
                out[i] = 1 if v else 0
            else:
                raise _error(InvalidArgumentError, field.format(i), f"must be a boolean, got {v!r}")
        return out
    raise _error(InvalidArgumentError, _colname(field), f"has the wrong dtype {a.dtype}, expected bool")


def _ints(values: Any, field: str, dtype: Any = np.int32) -> np.ndarray:
    a = _as_array(values)
    if a.dtype.kind in "iu":
        info = np.iinfo(dtype)
        bad = (a < info.min) | (a > info.max)
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, field.format(i), f"is out of range: {a[i]}")
        return a.astype(dtype)
    if a.dtype.kind in "fO":
        out = np.empty(len(a), dtype=dtype)
        for i, v in enumerate(a):
            ok = isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))
            if not ok and isinstance(v, (float, np.floating)) and np.isfinite(v) and float(v).is_integer():
                ok = True
            if not ok:
                raise _error(InvalidArgumentError, field.format(i), f"must be a whole number, got {v!r}")
            out[i] = int(v)
        return out
    raise _error(InvalidArgumentError, _colname(field), f"has the wrong dtype {a.dtype}, expected integers")


def _fte_units(values: Any, field: str) -> np.ndarray:
    """FTE figures (float, Decimal or text) -> ten-thousandths, exactly."""
    a = _as_array(values)
    if a.dtype.kind in "iu":
        return (a.astype(np.int64) * 10000).astype(np.int64)
    if a.dtype.kind == "f":
        nan = np.isnan(a)
        if nan.any():
            i = _first_bad(nan)
            raise _error(InvalidArgumentError, field.format(i), "is NaN; an FTE figure is required")
        inf = ~np.isfinite(a) | (np.abs(a) > 1e12)
        if inf.any():
            i = _first_bad(inf)
            raise _error(InvalidArgumentError, field.format(i), f"must be a finite FTE figure, got {a[i]!r}")
        units = np.rint(a * 10000.0)
        bad = np.abs(units - a * 10000.0) > 1e-6
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, field.format(i), f"has more than 4 decimals: {a[i]!r}")
        return units.astype(np.int64)
    if a.dtype.kind in "OU":
        out = np.empty(len(a), dtype=np.int64)
        for i, v in enumerate(a):
            try:
                d = decimal.Decimal(str(v)) if not isinstance(v, decimal.Decimal) else v
                if not d.is_finite():
                    raise decimal.InvalidOperation
                u = d * 10000
                if u != u.to_integral_value():
                    raise _error(InvalidArgumentError, field.format(i), f"has more than 4 decimals: {v!r}")
                if abs(u) > 2**62:  # far beyond every FTE bound (E-15): refused before it overflows int64
                    raise _error(OutOfRangeError, field.format(i), f"{v!r} FTE is far above any FTE figure (E-15)")
                out[i] = int(u)
            except decimal.InvalidOperation:
                raise _error(InvalidArgumentError, field.format(i), f"is not an FTE figure: {v!r}") from None
        return out
    raise _error(InvalidArgumentError, _colname(field), f"has the wrong dtype {a.dtype}, expected FTE figures")


def _codes(values: Any, field: str, names: Mapping[str, int], allow_missing: bool, missing_code: int = 0) -> np.ndarray:
    """Text labels (or their integer codes) -> int32 codes; unknown text names the first offending row.
    Missing values (None, NaN) become ``missing_code`` (the documented default) when allowed."""
    pd = _pd()
    if hasattr(values, "cat"):  # pandas categorical: map the categories once
        cats = list(values.cat.categories)
        unknown = [c for c in cats if not isinstance(c, str) or c not in names]
        codes = values.cat.codes.to_numpy()
        if unknown:
            lookup = np.array([c in unknown for c in cats] + [False])
            bad = lookup[codes]
            if bad.any():
                i = _first_bad(bad)
                raise _error(InvalidArgumentError, field.format(i),
                             f"unknown value {cats[codes[i]]!r} (expected one of {', '.join(names)})")
        table = np.array([names.get(c, 0) if isinstance(c, str) else 0 for c in cats] + [missing_code], dtype=np.int32)
        missing = codes < 0
        if missing.any() and not allow_missing:
            raise _error(InvalidArgumentError, field.format(_first_bad(missing)), "is required but missing")
        return table[codes]
    text_series = isinstance(values, pd.Series) and str(values.dtype) in ("object", "str", "string")
    a = values if text_series else _as_array(values)
    if not text_series and a.dtype.kind in "iu":
        codes = _ints(a, field)
        bad = (codes < 1) | (codes > max(names.values()))
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, field.format(i),
                         f"unknown code {codes[i]} (expected 1 to {max(names.values())}: {', '.join(names)})")
        return codes
    if text_series or a.dtype.kind in "OUTf" or str(a.dtype) in ("str", "string"):
        top = max(names.values())

        def code_of(v: Any) -> int:
            if isinstance(v, str):
                return names.get(v, -1)
            if isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) and 1 <= int(v) <= top:
                return int(v)
            return -1

        # Each distinct value is looked up once (pandas.factorize: missing values get -1), then
        # every row takes its value's code: no Python call per row.
        positions, uniques = pd.factorize(a, use_na_sentinel=True)
        lut = np.array([code_of(v) for v in uniques] + [missing_code], dtype=np.int64)
        missing = positions < 0
        out = lut[positions]
        bad = (out == -1) & ~missing
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, field.format(i),
                         f"unknown value {uniques[positions[i]]!r} (expected one of {', '.join(names)})")
        if missing.any() and not allow_missing:
            raise _error(InvalidArgumentError, field.format(_first_bad(missing)), "is required but missing")
        return out.astype(np.int32)
    raise _error(InvalidArgumentError, _colname(field), f"has the wrong dtype {a.dtype}")


def _columns(data: Any) -> tuple[dict[str, Any], int, Any]:
    """(column dict, row count, index) of a DataFrame or a mapping of columns."""
    if hasattr(data, "columns") and hasattr(data, "index"):
        return {str(c): data[c] for c in data.columns}, len(data), data.index
    if isinstance(data, Mapping):
        cols = dict(data)
        lengths = {k: len(v) for k, v in cols.items()}
        if not lengths:
            return cols, 0, None
        first = next(iter(lengths))
        n = lengths.get("birth_date", lengths[first])
        for k, length in lengths.items():
            if length != n:
                raise _error(InvalidArgumentError, k, f"has {length} rows, expected {n} like birth_date "
                                                      "(columns of different lengths)")
        return cols, n, None
    raise _error(InvalidArgumentError, "workers", f"expected a DataFrame or a mapping of columns, got {type(data).__name__}")


WORKER_COLUMNS = _DATE_COLUMNS + _BOOL_COLUMNS + ("right_kind", "competence_months", "employer_contingent",
                                                  "employer_contingent_fte", "employer_contingent_units")
ABSENCE_COLUMNS = ("worker", "first_day", "last_day", "reason")


def _check_names(names: Sequence[str], known: Sequence[str], prefix: str, table: str) -> None:
    """Columns the engine does not read are the caller's own (ids, employer, fraction, ...) and are
    ignored -- unless a name is a near miss of a known column (``employer_recognized``): a misspelt
    column would otherwise silently fall back to its default."""
    import difflib

    for name in names:
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
        if close:
            raise _error(InvalidArgumentError, f"{prefix}{name}",
                         f"unknown {table} column {name!r} (did you mean {close[0]!r}?); "
                         f"known columns: {', '.join(known)}")


def worker_columns(workers: Any) -> tuple[dict[str, np.ndarray], int, Any]:
    """The worker table converted to the exact arrays the C++ engine reads (for reuse across dates)."""
    cols, n, index = _columns(workers)
    _check_names(list(cols), WORKER_COLUMNS, "", "worker")
    if "absences" in cols:
        raise _error(InvalidArgumentError, "absences",
                     "is a column of the workers; absences go in a separate long table "
                     "(absences=, columns worker, first_day, last_day, reason)")
    if "employer_contingent_fte" in cols:  # the name of the JSON dossier and of the lde simulate CSV
        if "employer_contingent" in cols:
            raise _error(InvalidArgumentError, "employer_contingent_fte",
                         "give employer_contingent or employer_contingent_fte, not both")
        cols["employer_contingent"] = cols.pop("employer_contingent_fte")
    for name in _REQUIRED:
        if name not in cols:
            raise _error(InvalidArgumentError, name, "the column is required but missing")
    out: dict[str, np.ndarray] = {}
    for name in _DATE_COLUMNS:
        if name in cols:
            out[name] = _dates(cols[name], "rows[{}]." + name)
    for name in _BOOL_COLUMNS:
        if name in cols:
            out[name] = _bools(cols[name], "rows[{}]." + name)
    if "right_kind" in cols:
        out["right_kind"] = _codes(cols["right_kind"], "rows[{}].right_kind", RIGHT_KINDS, allow_missing=True,
                                   missing_code=RIGHT_KINDS["lde"])
    if "competence_months" in cols:
        out["competence_months"] = _ints(cols["competence_months"], "rows[{}].competence_months")
    if "employer_contingent" in cols and "employer_contingent_units" in cols:
        raise _error(InvalidArgumentError, "employer_contingent", "give employer_contingent or "
                                                                  "employer_contingent_units, not both")
    if "employer_contingent" in cols:
        out["employer_contingent_units"] = _fte_units(cols["employer_contingent"], "rows[{}].employer_contingent")
    elif "employer_contingent_units" in cols:
        out["employer_contingent_units"] = _ints(cols["employer_contingent_units"],
                                                 "rows[{}].employer_contingent_units", np.int64)
    for k, v in out.items():
        if len(v) != n:
            raise _error(InvalidArgumentError, k, f"has {len(v)} rows, expected {n} (columns of different lengths)")
    return out, n, index


def absence_columns(absences: Any) -> tuple[dict[str, np.ndarray], int]:
    """The absence table (long format) converted to the arrays the C++ engine reads."""
    if absences is None:
        return {}, 0
    cols, n, _ = _columns(absences) if not isinstance(absences, Mapping) else (dict(absences), None, None)
    if n is None:
        lengths = {k: len(v) for k, v in cols.items()}
        n = lengths.get("worker", 0)
        for k, length in lengths.items():
            if length != n:
                raise _error(InvalidArgumentError, f"absences.{k}",
                             f"has {length} rows, expected {n} like worker (columns of different lengths)")
    _check_names([str(c) for c in cols], ABSENCE_COLUMNS, "absences.", "absence")
    for name in ABSENCE_COLUMNS:
        if name not in cols:
            raise _error(InvalidArgumentError, f"absences.{name}", "the column is required but missing")
    return {
        "worker": _ints(cols["worker"], "absences[{}].worker", np.int64),
        "first_day": _dates(cols["first_day"], "absences[{}].first_day"),
        "last_day": _dates(cols["last_day"], "absences[{}].last_day"),
        "reason": _codes(cols["reason"], "absences[{}].reason", ABSENCE_REASONS, allow_missing=False),
    }, n


def _day(at: DateLike) -> int:
    if isinstance(at, str):
        try:
            at = _dt.date.fromisoformat(at)
        except ValueError as e:
            raise _error(InvalidArgumentError, "at", str(e)) from None
    if isinstance(at, _dt.datetime):
        at = at.date()
    if isinstance(at, _dt.date):
        return int(np.datetime64(at, "D").astype(np.int64))
    if hasattr(at, "to_pydatetime"):
        return _day(at.to_pydatetime())
    if isinstance(at, np.datetime64):
        if np.isnat(at):
            raise _error(InvalidArgumentError, "at", "is required but missing (NaT)")
        return int(at.astype("datetime64[D]").astype(np.int64))
    raise _error(InvalidArgumentError, "at", f"expected a date, got {type(at).__name__}")


def _threads(threads: Any) -> int:
    if isinstance(threads, (bool, np.bool_)) or not isinstance(threads, (int, np.integer)):
        raise _error(InvalidArgumentError, "threads", f"expected a whole number (0: every core), got {threads!r}")
    return _lde._check_threads(int(threads))  # the one bound, lde::kMaxThreads (lde/core/limits.hpp)


def _to_datetime(days: np.ndarray) -> np.ndarray:
    return days.view("datetime64[D]")


def evaluate_arrays(workers: Any, at: DateLike, *, absences: Any = None, parameters: Optional[Parameters] = None,
                    threads: int = 0) -> dict[str, np.ndarray]:
    """Like :func:`evaluate_population` but returns raw numpy arrays (codes, days since 1970 / NaT)."""
    if isinstance(workers, tuple) and len(workers) == 3 and isinstance(workers[0], dict):
        cols, n, _ = workers
    else:
        cols, n, _ = worker_columns(workers)
    acols, an = absence_columns(absences) if not (isinstance(absences, tuple) and len(absences) == 2) else absences
    return _lde._evaluate_columns(dict(cols), n, dict(acols), an, _day(at), _params(parameters), _threads(threads))


def evaluate_population(workers: Any, at: DateLike, *, absences: Any = None, parameters: Optional[Parameters] = None,
                        threads: int = 0) -> Any:
    """Evaluates every worker on ``at``; returns a pandas DataFrame with one row per worker.

    ``workers`` is an :class:`lde.Population` (whole dossiers; the result is indexed by worker id)
    or the column shorthand of this module with its ``absences`` (the result keeps the index).

    Columns: ``right_kind`` (category lde/maatwerk/vop, missing when none), ``right_valid``,
    ``right_last_day``, ``hiring_eligible``, ``trajectory_first_day``, ``trajectory_last_day``,
    ``absence_extension_days``, ``competence_extension_months``, ``continuation`` (category
    none/age60/age55), ``in_trajectory``, ``in_continuation``, ``compensated`` and ``reason``
    (bit set; :func:`reasons` maps it to rule ids and source passages). For a Population also
    ``continuation_first_day``, ``right_last_in_force_kind`` and ``right_last_in_force_last_day``
    (where no right is in force on ``at``, the last right's kind and last day, I-25; missing
    otherwise) and ``right_ended`` (``"expired"``, ``"replaced"`` or None, I-25).

    ``parameters`` (a reform) applies to every row. ``threads=0`` uses every core; the result
    does not depend on it. Bad input raises :class:`lde.Error` naming the column (or table row)
    and first row.
    """
    from .tables import Population, _result_frame as _tables_frame, evaluate_tables

    if isinstance(workers, Population):
        if absences is not None:
            raise _error(InvalidArgumentError, "absences", "a Population holds its absences; give absences=None")
        return _tables_frame(workers, evaluate_tables(workers, at, parameters=parameters, threads=threads))
    _threads(threads)
    cols, n, index = worker_columns(workers)
    r = evaluate_arrays((cols, n, index), at, absences=absences, parameters=parameters, threads=threads)
    return _result_frame(r, index)


def _result_frame(r: Mapping[str, np.ndarray], index: Any) -> Any:
    """Today's result columns of the engine's arrays ``r``, as a DataFrame with ``index``."""
    pd = _pd()
    kind = pd.Categorical.from_codes(r["right_kind"].astype(np.int64) - 1, categories=list(RIGHT_KINDS))
    cont = pd.Categorical.from_codes(r["continuation"].astype(np.int64), categories=list(CONTINUATION_KINDS))
    return pd.DataFrame({
        "right_kind": kind,
        "right_valid": r["right_valid"].astype(bool),
        "right_last_day": _to_datetime(r["right_last_day"]),
        "hiring_eligible": r["hiring_eligible"].astype(bool),
        "trajectory_first_day": _to_datetime(r["trajectory_first_day"]),
        "trajectory_last_day": _to_datetime(r["trajectory_last_day"]),
        "absence_extension_days": r["absence_extension_days"],
        "competence_extension_months": r["competence_extension_months"],
        "continuation": cont,
        "in_trajectory": r["in_trajectory"].astype(bool),
        "in_continuation": r["in_continuation"].astype(bool),
        "compensated": r["compensated"].astype(bool),
        "reason": r["reason"],
    }, index=index)


# --------------------------------------------------------------------------- reasons


def reason_table() -> Any:
    """Every reason bit with its name, rule id, source passage and interpretations (a DataFrame)."""
    pd = _pd()
    rows = [_lde._reason_rule(1 << b) for b in range(_lde.REASON_BIT_COUNT)]
    return pd.DataFrame(rows).set_index("name")


def reason_names(bits: int) -> list[str]:
    """The names of the bits set in one ``reason`` value, e.g. ``["absence_extended", "trajectory_ended"]``."""
    bits = int(bits)
    if bits < 0 or bits >> _lde.REASON_BIT_COUNT:
        raise _error(InvalidArgumentError, "reason", f"unknown reason bits in {bits:#x}")
    return [_lde._reason_rule(1 << b)["name"] for b in range(_lde.REASON_BIT_COUNT) if bits >> b & 1]


def reasons(reason: Any) -> Any:
    """The ``reason`` column in long form, one row per (worker, reason): the index of the worker,
    ``reason`` (name), ``rule`` (rule id), ``source`` (source tag and passage, docs/sources.md) and ``interpretations`` —
    ready for ``groupby("reason")``."""
    pd = _pd()
    series = reason if isinstance(reason, pd.Series) else pd.Series(np.asarray(reason))
    values = series.to_numpy().astype(np.uint64)
    if (values >> np.uint64(_lde.REASON_BIT_COUNT)).any():
        i = _first_bad((values >> np.uint64(_lde.REASON_BIT_COUNT)) != 0)
        raise _error(InvalidArgumentError, f"reason[{i}]", f"unknown reason bits in {int(values[i]):#x}")
    table = reason_table().reset_index()
    parts = []
    for b in range(_lde.REASON_BIT_COUNT):
        hit = (values >> np.uint64(b)) & np.uint64(1) == 1
        if hit.any():
            info = table.iloc[b]
            parts.append(pd.DataFrame({"worker": series.index[hit], "reason": info["name"], "rule": info["rule"],
                                       "source": info["source"], "interpretations": info["interpretations"]}))
    if not parts:
        return pd.DataFrame(columns=["worker", "reason", "rule", "source", "interpretations"])
    return pd.concat(parts, ignore_index=True).sort_values(["worker", "reason"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- money over a year


def _round_div(num: np.ndarray, den: int) -> np.ndarray:
    """num / den rounded half away from zero (I-12), exact integers (num >= 0)."""
    return (2 * num + den) // (2 * den)


def monthly_compensation(workers: Any, year: int, *, fraction: Any = None, absences: Any = None,
                         parameters: Optional[Parameters] = None, threads: int = 0) -> Any:
    """Monthly compensation per worker for ``year`` (a long DataFrame: ``worker``, ``month``,
    ``compensated``, ``amount_cents``).

    A worker counts for a month when the employer earns compensation for them on its first day
    (the monthly registration of I-14); their amount is I-14 for their own contractual fraction:
    rate × fraction / days in the year × days in the month, rounded once to the cent (I-12); a rate
    that changes inside the month counts day by day (I-23: Σ rate(day) × fraction / days in the year).
    This is the reference of :func:`lde.budget` (which evaluates each worker once, not 12 times).
    The enterprise's contingent cap and temporary fixed amounts are enterprise matters: see
    :func:`enterprise_schedules` for the amounts actually paid. ``fraction`` is a column name of
    ``workers``, an array, or None (1.0 for everyone).
    """
    pd = _pd()
    _threads(threads)
    if isinstance(year, (bool, np.bool_)) or not isinstance(year, (int, np.integer)) or not 1400 <= year <= 9998:
        raise _error(InvalidArgumentError, "year", f"expected a year 1400..9998, got {year!r}")
    year = int(year)
    cols, n, index = worker_columns(workers)
    acols = absence_columns(absences)
    if fraction is None:
        units = np.full(n, 10000, dtype=np.int64)
    else:
        if isinstance(fraction, str):
            names = [str(c) for c in (workers.columns if hasattr(workers, "columns") else workers)]
            if fraction not in names:
                import difflib

                close = difflib.get_close_matches(fraction, names, n=1)
                raise _error(InvalidArgumentError, "fraction",
                             f"no column {fraction!r} in workers" + (f" (did you mean {close[0]!r}?)" if close else ""))
            raw = workers[fraction]
            field = "rows[{}]." + fraction
        elif isinstance(fraction, (int, float, decimal.Decimal, np.number)) and not isinstance(fraction, (bool, np.bool_)):
            raw = np.full(n, fraction, dtype=object if isinstance(fraction, decimal.Decimal) else np.float64)
            field = "fraction"
        else:
            raw = fraction
            field = "rows[{}].fraction"
        if np.ndim(_as_array(raw)) != 1:
            raise _error(InvalidArgumentError, "fraction",
                         f"expected a column name, a number or one value per worker, got {type(fraction).__name__}")
        units = _fte_units(raw, field)
        if len(units) != n:
            raise _error(InvalidArgumentError, "fraction", f"has {len(units)} rows, expected {n}")
        bad = (units < 0) | (units > 10000)
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, field.format(i), f"must lie in [0, 1] (I-20), got {units[i] / 10000}")
    p = parameters if parameters is not None else Parameters.default()
    days_year = 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    frames = []
    idx = index if index is not None else pd.RangeIndex(n)
    for month in range(1, 13):
        first = _dt.date(year, month, 1)
        r = evaluate_arrays((cols, n, index), first, absences=acols, parameters=p, threads=threads)
        paid = r["compensated"].astype(bool)
        days_month = (_dt.date(year + (month == 12), month % 12 + 1, 1) - first).days
        # I-23: each day at the rate in force on it (before 2015-04-01 the rate of that day, I-21).
        rate_cent_days = sum(int(decimal.Decimal(p.value("compensation.annual_rate_per_fte",
                                                         p.rules_date(first + _dt.timedelta(days=d)))) * 100)
                             for d in range(days_month))
        num = np.where(paid, units, 0).astype(np.int64) * rate_cent_days
        cents = _round_div(num, 10000 * days_year)
        frames.append(pd.DataFrame({"worker": idx, "month": month, "compensated": paid, "amount_cents": cents}))
    return pd.concat(frames, ignore_index=True)


class EnterpriseTables(NamedTuple):
    """The compensation of several enterprises for a year, as two long tables."""

    months: Any  #: one row per enterprise and month: advance (I-14)
    quarters: Any  #: one row per enterprise and quarter: right, advances, settlement (I-15)


def enterprise_schedules(enterprises: Sequence[Enterprise], year: int, parameters: Optional[Parameters] = None, *,
                         threads: int = 0) -> EnterpriseTables:
    """Monthly advances and quarterly settlements of every enterprise for ``year`` (evaluated in C++,
    on every core). Amounts are exact integer cents (``advance_cents``, ``right_cents``,
    ``advances_cents``, ``settlement_cents``); FTE figures in ten-thousandths (``*_units``)."""
    pd = _pd()
    ents = list(enterprises)
    for i, e in enumerate(ents):
        if not isinstance(e, _lde._Enterprise):
            raise _error(InvalidArgumentError, f"enterprises[{i}]", f"expected lde.Enterprise, got {type(e).__name__}")
    r = _lde._schedules(ents, int(year), _params(parameters), int(threads))
    names = np.array([e.allocation_number for e in ents], dtype=object)
    months = pd.DataFrame(r["months"])
    quarters = pd.DataFrame(r["quarters"])
    months.insert(1, "allocation_number", names[months["enterprise"].to_numpy()] if len(ents) else [])
    quarters.insert(1, "allocation_number", names[quarters["enterprise"].to_numpy()] if len(ents) else [])
    return EnterpriseTables(months, quarters)
