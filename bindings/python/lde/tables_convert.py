"""Columns of a population -> the C arrays of the engine, driven by the column schema.

One converter per column type (those of the column shorthand, :mod:`lde.population`), the
worker ids (integers or texts) and their mapping to row positions, and the checks of the
schema (required values, bounds, codes, at most one doorstroom row, non-cooperation only
with doorstroom). Used by :class:`lde.Population`; see :mod:`lde.tables`.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Optional, Sequence

import numpy as np

from . import _lde
from ._core import Error, InvalidArgumentError, OutOfRangeError, _error, _utf8
from . import population as _p

NO_DATE = _p.NO_DATE
#: The tables of a population, in schema order (files, C ABI, docs).
TABLES = ("workers", "rights", "employment", "absences", "competence_extensions", "doorstroom", "non_cooperation")
_LONG = TABLES[1:]
_CODES = {"right_kind": _p.RIGHT_KINDS, "absence_reason": _p.ABSENCE_REASONS}
_C_DTYPES = {"worker": np.int64, "date": np.int64, "flag": np.uint8, "count": np.int32, "fte": np.int64,
             "right_kind": np.int32, "absence_reason": np.int32, "text": object}
_SCHEMA: Optional[dict[str, dict[str, Any]]] = None


def schema() -> dict[str, dict[str, Any]]:
    """The column schema of the C++ library: table name -> ``{"name", "doc", "columns": [column dicts]}``,
    each column with ``name``, ``type``, ``required``, ``nullable``, ``default``, ``min``, ``max``,
    ``dossier_field`` and ``doc`` (``lde/population/schema.hpp``)."""
    global _SCHEMA
    if _SCHEMA is None:
        tables = {t["name"]: t for t in _lde._population_schema()}
        if tuple(tables) != TABLES:
            raise _error(Error, "schema", f"the library's tables {tuple(tables)} are not {TABLES}")
        _SCHEMA = tables
    return _SCHEMA


def _columns_of(table: str) -> list[dict[str, Any]]:
    return list(schema()[table]["columns"])


# --------------------------------------------------------------------------- values -> C arrays (one converter per type)


def _bounded(out: np.ndarray, field: str, col: Mapping[str, Any], scale: int = 1) -> np.ndarray:
    """Checks the schema's bounds [min, max] (both 0: unbounded). Above the largest FTE (kMaxFteUnits, E-15)
    is ``out_of_range``, as in the dossier reader; any other value outside is ``invalid_argument``."""
    lo, hi = int(col.get("min") or 0), int(col.get("max") or 0)
    if lo or hi:
        bad = (out < lo) | (out > hi)
        if bad.any():
            i = _p._first_bad(bad)
            shown = (lambda v: f"{v / scale:g}") if scale != 1 else str
            cls = OutOfRangeError if col.get("type") == "fte" and out[i] > hi else InvalidArgumentError
            raise _error(cls, field.format(i),
                         f"must lie in {shown(lo)}..{shown(hi)}{' FTE' if scale != 1 else ''}, got {shown(int(out[i]))}")
    return out


def _texts(values: Any, field: str) -> np.ndarray:
    a = _p._as_array(values)
    out = np.empty(len(a), dtype=object)
    for i, v in enumerate(a):
        if not isinstance(v, str):
            what = "is required but missing" if v is None or (isinstance(v, float) and v != v) else \
                f"must be a text, got {type(v).__name__} {v!r}"
            raise _error(InvalidArgumentError, field.format(i), what)
        out[i] = _utf8(str(v), field.format(i))
    return out


def convert(values: Any, field: str, col: Mapping[str, Any]) -> np.ndarray:
    """One column of values (pandas, numpy, lists; dates, text, ...) -> the C array of its schema type.

    ``field`` is a format string naming the row (``"employment[{}].first_day"``). The converters are
    those of the column shorthand (:mod:`lde.population`), so every front end converts a type alike."""
    t = col["type"]
    a = np.array(values, dtype=object) if isinstance(values, (list, tuple)) else _p._as_array(values)
    if a.ndim == 1 and len(a) == 0:
        return np.empty(0, dtype=_C_DTYPES[t])
    values = a
    if t == "date":
        out = _p._dates(values, field)
    elif t == "flag":
        out = _p._bools(values, field)
    elif t == "count":
        out = _p._ints(values, field, np.int32)
    elif t == "fte":
        a = _p._as_array(values)
        if a.dtype.kind in "iu":  # whole FTE: check the bound before scaling (no overflow)
            _bounded(a.astype(np.int64) if a.dtype != np.uint64 else np.minimum(a, 2**62).astype(np.int64), field,
                     {"type": "fte", "min": -(-int(col.get("min") or 0) // 10000), "max": int(col.get("max") or 0) // 10000})
        out = _p._fte_units(a, field)
    elif t in _CODES:
        out = _p._codes(values, field, _CODES[t], allow_missing=False)
    elif t == "text":
        out = _texts(values, field)
    else:
        raise _error(InvalidArgumentError, field.format(0).split("[")[0], f"unknown column type {t!r} in the schema")
    return out.astype(_C_DTYPES[t], copy=False)


def _text_value(text: str, col: Mapping[str, Any]) -> Any:
    """A value as written in files (the schema's ``default``) -> its C value."""
    t = col["type"]
    if t == "flag":
        return {"true": 1, "false": 0, "1": 1, "0": 0, "True": 1, "False": 0}[text]
    if t == "fte":
        return int(_p._fte_units(np.array([text], dtype=object), "default")[0])
    if t == "count":
        return int(text)
    if t in _CODES:
        return _CODES[t][text] if text in _CODES[t] else int(text)
    if t == "date":
        return int(_p._dates(np.array([text], dtype=object), "default")[0]) if text else NO_DATE
    return text


def _show(v: Any) -> str:
    return repr(v.item() if isinstance(v, np.generic) else v)


def _ids(values: Any, field: str) -> np.ndarray:
    """Worker ids: all integers (int64) or all texts (object array of str)."""
    a = np.array(values, dtype=object) if isinstance(values, (list, tuple)) else _p._as_array(values)
    if a.ndim == 1 and len(a) == 0:
        return np.empty(0, dtype=np.int64)
    if a.dtype.kind in "iu":
        if a.dtype == np.uint64 and len(a) and a.max() > np.iinfo(np.int64).max:
            i = _p._first_bad(a > np.iinfo(np.int64).max)
            raise _error(InvalidArgumentError, field.format(i), f"id {a[i]} is out of range")
        return a.astype(np.int64)
    if a.dtype.kind == "f":
        return _p._ints(a, field, np.int64)
    if a.dtype.kind in "OUT" or str(a.dtype) in ("str", "string"):
        a = np.asarray(a, dtype=object)
        is_text = np.fromiter((isinstance(v, str) for v in a), bool, len(a))
        if is_text.all():
            blank = np.fromiter((not v.strip() for v in a), bool, len(a))
            if blank.any():
                raise _error(InvalidArgumentError, field.format(_p._first_bad(blank)), "is blank; an id is required")
            return _texts(a, field)
        if is_text.any():
            i = _p._first_bad(~is_text)
            raise _error(InvalidArgumentError, field.format(i),
                         f"ids must be all integers or all texts, got {_show(a[i])} among texts")
        return _p._ints(a, field, np.int64)
    raise _error(InvalidArgumentError, field.split("[")[0] + "." + field.rsplit(".", 1)[-1],
                 f"has the wrong dtype {a.dtype}, expected integer or text ids")


# --------------------------------------------------------------------------- table inputs


def _table_input(data: Any, table: str) -> tuple[dict[str, Any], int]:
    """(columns, rows) of a DataFrame, a mapping of columns or a pyarrow Table; None: no rows."""
    if data is None:
        return {}, 0
    if hasattr(data, "column_names") and hasattr(data, "num_rows"):  # pyarrow.Table
        return {str(c): _arrow_values(data.column(c)) for c in data.column_names}, int(data.num_rows)
    if hasattr(data, "columns") and hasattr(data, "index"):
        return {str(c): data[c] for c in data.columns}, len(data)
    if isinstance(data, Mapping):
        cols = {str(k): v for k, v in data.items()}
        for k, v in cols.items():
            if isinstance(v, (str, bytes)) or np.ndim(v) != 1:
                raise _error(InvalidArgumentError, f"{table}.{k}",
                             f"expected a column (a sequence of values, one per row), got {type(v).__name__} {v!r:.60}")
        lengths = {k: len(v) for k, v in cols.items()}
        n = next(iter(lengths.values()), 0)
        for k, length in lengths.items():
            if length != n:
                raise _error(InvalidArgumentError, f"{table}.{k}",
                             f"has {length} rows, expected {n} (columns of different lengths)")
        return cols, n
    raise _error(InvalidArgumentError, table, "expected a DataFrame, a mapping of columns or a pyarrow Table, "
                                              f"got {type(data).__name__}")


def _arrow_values(column: Any) -> Any:
    """A pyarrow column -> numpy/pandas values the converters read (dates as datetime64[D], NaT for null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = column.type
    if pa.types.is_date(t):
        days = pc.fill_null(column.cast(pa.date32()).cast(pa.int32()).cast(pa.int64()), NO_DATE)
        return np.asarray(days.to_numpy()).view("datetime64[D]")
    if pa.types.is_decimal(t):
        return column.to_pandas().to_numpy(dtype=object)  # Decimals: exact
    return column.to_pandas()


def _check_names(cols: Iterable[str], known: Sequence[str], table: str) -> None:
    _p._check_names(list(cols), list(known), f"{table}.", table)


def _error_with_id(err: Error, ids: np.ndarray, arrays: Mapping[str, Mapping[str, np.ndarray]]) -> Error:
    """The same error with the worker id of the table row its field names (``employment[7].first_day``)."""
    m = re.match(r"(\w+)\[(\d+)\]", err.field or "")
    if not m or m.group(1) not in TABLES or not len(ids):
        return err
    table, row = m.group(1), int(m.group(2))
    try:
        pos = row if table == "workers" else int(arrays[table]["worker"][row])
        wid = _show(ids[pos])
    except (KeyError, IndexError, ValueError):
        return err
    detail = f"{err.detail} (worker id {wid})"
    new = _error(type(err), err.field, detail)
    new.code = err.code
    return new


def _convert_tables(given: Mapping[str, Any]) -> tuple[np.ndarray, dict[str, dict[str, np.ndarray]]]:
    """Every table given (``None``: no rows) -> (ids, the C arrays with worker row positions)."""
    cols, n = _table_input(given.get("workers"), "workers")
    specs = _columns_of("workers")
    _check_names(cols, ["id"] + [c["name"] for c in specs], "workers")
    data = given.get("workers")
    if "id" not in cols and getattr(getattr(data, "index", None), "name", None) == "id":
        cols["id"] = data.index.to_numpy()  # a DataFrame indexed by id (workers.set_index("id"))
    ids = _ids(cols["id"], "workers[{}].id") if "id" in cols else np.arange(n, dtype=np.int64)
    if len(ids) != n:
        raise _error(InvalidArgumentError, "workers.id", f"has {len(ids)} rows, expected {n}")
    import pandas as pd

    index = pd.Index(ids)
    if not index.is_unique:
        dup = index.duplicated()
        i = _p._first_bad(np.asarray(dup))
        first = int(np.flatnonzero(np.asarray(index == index[i]))[0])
        raise _error(InvalidArgumentError, f"workers[{i}].id", f"duplicate worker id {_show(ids[i])} (also workers[{first}])")
    arrays: dict[str, dict[str, np.ndarray]] = {"workers": {}}
    try:
        for c in specs:
            if c["name"] in cols:
                arrays["workers"][c["name"]] = convert(cols[c["name"]], f"workers[{{}}].{c['name']}", c)
        for table in _LONG:
            tcols, rows = _table_input(given.get(table), table)
            specs_t = _columns_of(table)
            _check_names(tcols, [c["name"] for c in specs_t], table)
            if rows and "worker" not in tcols:  # its rows would otherwise belong to nobody and vanish
                raise _error(InvalidArgumentError, f"{table}.worker", "the column is required but missing")
            out: dict[str, np.ndarray] = {}
            arrays[table] = out
            for c in specs_t:
                name = c["name"]
                if name not in tcols:
                    continue
                field = f"{table}[{{}}].{name}"
                if c["type"] == "worker":
                    out[name] = _positions(tcols[name], field, index, ids)
                else:
                    out[name] = convert(tcols[name], field, c)
            if rows == 0:
                for c in specs_t:
                    out.setdefault(c["name"], np.empty(0, dtype=_C_DTYPES[c["type"]]))
    except Error as e:
        raise _error_with_id(e, ids, arrays) from None
    return ids, arrays


def _positions(values: Any, field: str, index: Any, ids: np.ndarray) -> np.ndarray:
    """A long table's worker ids -> row positions in workers; an unknown id names the table row."""
    wid = _ids(values, field)
    if len(wid) and len(ids) and (wid.dtype == object) != (ids.dtype == object):
        kind = "texts" if ids.dtype == object else "integers"
        raise _error(InvalidArgumentError, field.format(0),
                     f"worker id {_show(wid[0])} is not in workers (whose ids are {kind})")
    pos = index.get_indexer(wid) if len(wid) else np.empty(0, dtype=np.int64)
    bad = pos < 0
    if bad.any():
        i = _p._first_bad(bad)
        raise _error(InvalidArgumentError, field.format(i), f"worker id {_show(wid[i])} is not in workers")
    return pos.astype(np.int64)


def _complete(ids: np.ndarray, arrays: dict[str, dict[str, np.ndarray]]) -> dict[str, dict[str, np.ndarray]]:
    """Checks the C arrays against the schema (columns present, values present, bounds, worker rows, at most
    one doorstroom row per worker, non-cooperation only with doorstroom) and fills defaults."""
    n = len(ids)
    out: dict[str, dict[str, np.ndarray]] = {}
    try:
        for table in TABLES:
            given = arrays.get(table, {})
            rows = n if table == "workers" else len(next(iter(given.values()), ()))
            cols: dict[str, np.ndarray] = {}
            out[table] = cols
            for c in _columns_of(table):
                name, t = c["name"], c["type"]
                field = f"{table}[{{}}].{name}"
                if name not in given:
                    if c["required"] and rows:
                        raise _error(InvalidArgumentError, f"{table}.{name}", "the column is required but missing")
                    if t == "text":
                        continue  # absent text (employer): the library's label "worker N"
                    if rows == 0:
                        cols[name] = np.empty(0, dtype=_C_DTYPES[t])
                        continue
                    fill = _text_value(c["default"], c) if c.get("default") else NO_DATE if t == "date" else 0
                    cols[name] = np.full(rows, fill, dtype=_C_DTYPES[t])
                    continue
                a = np.asarray(given[name])
                if a.ndim != 1 or len(a) != rows:
                    raise _error(InvalidArgumentError, f"{table}.{name}",
                                 f"has {len(a) if a.ndim == 1 else a.shape} rows, expected {rows}")
                a = a.astype(_C_DTYPES[t], copy=False)
                if t == "worker":
                    bad = (a < 0) | (a >= n)
                    if bad.any():
                        i = _p._first_bad(bad)
                        raise _error(InvalidArgumentError, field.format(i), f"names worker row {a[i]}, outside 0..{n - 1}")
                elif t == "date" and not c["nullable"] and (a == NO_DATE).any():
                    raise _error(InvalidArgumentError, field.format(_p._first_bad(a == NO_DATE)), "is required but missing")
                elif t == "flag" and ((a != 0) & (a != 1)).any():
                    raise _error(InvalidArgumentError, field.format(_p._first_bad((a != 0) & (a != 1))), "must be 0 or 1")
                elif t in ("count", "fte"):
                    _bounded(a, field, c, 10000 if t == "fte" else 1)
                elif t in _CODES:
                    top = max(_CODES[t].values())
                    bad = (a < 1) | (a > top)
                    if bad.any():
                        i = _p._first_bad(bad)
                        raise _error(InvalidArgumentError, field.format(i), f"unknown code {a[i]} (expected 1 to {top})")
                cols[name] = a
        ds = out["doorstroom"]["worker"]
        if len(ds):
            order = np.argsort(ds, kind="stable")
            dup = np.flatnonzero(ds[order][1:] == ds[order][:-1])
            if dup.size:
                j = int(order[dup + 1].min())
                first = int(np.flatnonzero(ds == ds[j])[0])
                raise _error(InvalidArgumentError, f"doorstroom[{j}].worker",
                             f"a second doorstroom row for one worker (the first is doorstroom[{first}]); "
                             "a worker has at most one transition trajectory (I-11)")
        has_ds = np.zeros(n, dtype=bool)
        has_ds[ds] = True
        nc = out["non_cooperation"]["worker"]
        bad = ~has_ds[nc]
        if bad.any():
            raise _error(InvalidArgumentError, f"non_cooperation[{_p._first_bad(bad)}].worker",
                         "the worker has no doorstroom row; non-cooperation lies inside a transition trajectory (I-11)")
    except Error as e:
        raise _error_with_id(e, ids, out) from None
    return out
