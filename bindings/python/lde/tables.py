"""Populations of whole dossiers: a worker table and one long table per list of a dossier.

A :class:`Population` holds the tables of ``lde::population::Population``
(``include/lde/population/tables.hpp``) keyed by a worker id (an integer or
a text) instead of a row position:

* ``workers``: one row per worker: ``id``, ``birth_date`` and the optional
  scalar fields (``reconsideration_letter_sent``, ``reconsideration_filed``);
* ``rights``, ``employment``, ``absences``, ``competence_extensions``,
  ``doorstroom`` (at most one row per worker) and ``non_cooperation`` (only
  for a worker with a ``doorstroom`` row), each with a ``worker`` column
  holding a worker id.

The columns, their types, defaults and bounds come from the one column
schema in C++ (``_lde._population_schema()``, ``lde/population/schema.hpp``);
``docs/population.md`` lists them. Every dossier of the JSON format has
exactly one representation in these tables and back
(:meth:`Population.from_dossiers`, :meth:`Population.dossier`). The rules
run in C++ (``lde::population::evaluate_population``) on every core.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Optional

import numpy as np

from . import _lde
from ._core import (DateLike, Error, InvalidArgumentError, NotFoundError, Parameters, WorkerDossier, _error,
                    _params, evaluate)
from . import population as _p

__all__ = ["Population", "evaluate_tables", "explain", "table_arrays", "schema", "convert", "TABLES"]

from .tables_convert import (NO_DATE, TABLES, _CODES, _LONG, _columns_of, _complete, _convert_tables,
                             _error_with_id, _ids, _show, convert, schema)

# --------------------------------------------------------------------------- C arrays -> DataFrames


def _frame_column(a: np.ndarray, col: Mapping[str, Any]) -> Any:
    import pandas as pd

    t = col["type"]
    if t == "date":
        return pd.Series(a.view("datetime64[D]")).astype("datetime64[s]")
    if t == "flag":
        return pd.Series(a.astype(bool))
    if t == "fte":
        return pd.Series(a / 10000.0)
    if t in _CODES:
        return pd.Series(pd.Categorical.from_codes(a.astype(np.int64) - 1, categories=list(_CODES[t])))
    if t == "text":
        return pd.Series(a, dtype=object)
    return pd.Series(a)


def _frame(table: str, ids: np.ndarray, cols: Mapping[str, np.ndarray]) -> Any:
    import pandas as pd

    data: dict[str, Any] = {}
    if table == "workers":
        data["id"] = pd.Series(ids, dtype=object if ids.dtype == object else np.int64)
    for c in _columns_of(table):
        if c["name"] not in cols:
            continue
        a = cols[c["name"]]
        if c["type"] == "worker":
            data[c["name"]] = pd.Series(ids[a] if len(a) else np.empty(0, dtype=ids.dtype),
                                        dtype=object if ids.dtype == object else np.int64)
        else:
            data[c["name"]] = _frame_column(a, c)
    return pd.DataFrame(data)


# --------------------------------------------------------------------------- the population


class Population:
    """A population of whole dossiers: the worker table and six long tables keyed by worker id.

    ``Population(workers, rights=None, employment=None, absences=None, competence_extensions=None,
    doorstroom=None, non_cooperation=None)``: each table a pandas DataFrame, a mapping of columns
    (numpy arrays, lists) or a pyarrow Table; ``None`` is a table without rows. ``workers`` has an
    ``id`` column or an index named ``id`` (integers or texts, unique; default 0, 1, 2, ...), the
    long tables a ``worker``
    column naming those ids. Columns follow the schema (:func:`schema`, ``docs/population.md``):
    dates as datetime64/dates/ISO text, flags as bool, FTE as float/Decimal/text, kinds and reasons
    as names or codes; a left-out optional column takes its default. Other columns are ignored
    (a near miss of a known name is an error). Bad input raises :class:`lde.Error` naming the
    table row (``employment[7].worker``) and the worker id.

    A Population is immutable; ``tables`` returns fresh DataFrames. It pickles (to Dask or
    multiprocessing workers).
    """

    __slots__ = ("_ids", "_arrays", "_index", "_groups")

    def __init__(self, workers: Any, rights: Any = None, employment: Any = None, absences: Any = None,
                 competence_extensions: Any = None, doorstroom: Any = None, non_cooperation: Any = None) -> None:
        given = {"workers": workers, "rights": rights, "employment": employment, "absences": absences,
                 "competence_extensions": competence_extensions, "doorstroom": doorstroom,
                 "non_cooperation": non_cooperation}
        ids, arrays = _convert_tables(given)
        self._set(ids, _complete(ids, arrays))

    def _set(self, ids: np.ndarray, arrays: dict[str, dict[str, np.ndarray]]) -> None:
        import pandas as pd

        self._ids = ids
        self._arrays = arrays
        self._index = pd.Index(ids, dtype=object if ids.dtype == object else np.int64)
        self._groups: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def _of_arrays(cls, ids: Any, arrays: Mapping[str, Mapping[str, Any]]) -> "Population":
        """A population from C arrays (worker columns = row positions), checked against the schema."""
        ids = _ids(ids, "workers[{}].id")
        import pandas as pd

        index = pd.Index(ids)
        if not index.is_unique:
            i = _p._first_bad(np.asarray(index.duplicated()))
            raise _error(InvalidArgumentError, f"workers[{i}].id", f"duplicate worker id {_show(ids[i])}")
        obj = cls.__new__(cls)
        obj._set(ids, _complete(ids, {t: {k: np.asarray(v) for k, v in c.items()} for t, c in arrays.items()}))
        return obj

    # ----------------------------------------------------------------- views

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> Any:
        """The worker ids (a pandas Index, in the order of ``workers``)."""
        return self._index.copy()

    @property
    def tables(self) -> dict[str, Any]:
        """Every table as a fresh DataFrame: ``{"workers": ..., "rights": ..., ...}`` in schema order
        (dates datetime64, flags bool, FTE float, kinds and reasons categorical, ids as given)."""
        return {t: _frame(t, self._ids, self._arrays[t]) for t in TABLES}

    def __getattr__(self, name: str) -> Any:
        if name in TABLES:
            return _frame(name, self._ids, self._arrays[name])
        raise AttributeError(name)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{t} {len(self._arrays[t]['worker'])}" for t in _LONG)
        return f"<lde.Population {len(self)} workers; {sizes}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Population) or self._ids.dtype != other._ids.dtype \
                or not np.array_equal(self._ids, other._ids):
            return False
        for t in TABLES:
            a, b = self._arrays[t], other._arrays[t]
            if a.keys() != b.keys() or any(not np.array_equal(a[k], b[k]) for k in a):
                return False
        return True

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        return (Population._of_arrays, (self._ids, self._arrays))

    # ----------------------------------------------------------------- rows of one worker

    def _rows_of(self, table: str, row: int) -> np.ndarray:
        """The rows of long table ``table`` that belong to worker row ``row``, in table order."""
        if table not in self._groups:
            w = self._arrays[table]["worker"]
            order = np.argsort(w, kind="stable")
            offsets = np.zeros(len(self) + 1, dtype=np.int64)
            np.cumsum(np.bincount(w, minlength=len(self)), out=offsets[1:])
            self._groups[table] = (order, offsets)
        order, offsets = self._groups[table]
        return order[offsets[row]:offsets[row + 1]]

    def _row(self, worker_id: Any) -> int:
        try:
            row = self._index.get_loc(worker_id)
        except (KeyError, TypeError):
            raise _error(NotFoundError, "worker_id", f"no worker with id {worker_id!r} in the population") from None
        if not isinstance(row, (int, np.integer)):
            raise _error(NotFoundError, "worker_id", f"no single worker with id {worker_id!r}")
        return int(row)

    def _subset(self, rows: np.ndarray) -> "Population":
        """The workers at positions ``rows`` (in that order) with all their long-table rows (table order kept)."""
        new = np.full(len(self), -1, dtype=np.int64)
        new[rows] = np.arange(len(rows))
        arrays: dict[str, dict[str, np.ndarray]] = {"workers": {k: v[rows] for k, v in self._arrays["workers"].items()}}
        for t in _LONG:
            cols = self._arrays[t]
            keep = np.flatnonzero(new[cols["worker"]] >= 0)
            arrays[t] = {k: (new[v[keep]] if k == "worker" else v[keep]) for k, v in cols.items()}
        obj = Population.__new__(Population)
        obj._set(self._ids[rows], arrays)
        return obj

    def _one(self, row: int) -> tuple[dict[str, dict[str, np.ndarray]], dict[str, np.ndarray]]:
        """The tables of worker row ``row`` alone (worker row 0) and, per table, the original rows."""
        rows = {t: self._rows_of(t, row) for t in _LONG}
        rows["workers"] = np.array([row])
        arrays: dict[str, dict[str, np.ndarray]] = {}
        for t in TABLES:
            cols = {k: v[rows[t]] for k, v in self._arrays[t].items()}
            if t != "workers":
                cols["worker"] = np.zeros(len(rows[t]), dtype=np.int64)
            arrays[t] = cols
        if "employer" not in arrays["employment"]:  # the library's label of an absent employer, for this row
            arrays["employment"]["employer"] = np.array([f"worker {row}"] * len(rows["employment"]), dtype=object)
        return arrays, rows

    def dossier(self, worker_id: Any) -> WorkerDossier:
        """The dossier of worker ``worker_id`` (validated; errors name the table rows and the id)."""
        row = self._row(worker_id)
        arrays, rows = self._one(row)
        try:
            d = _lde._dossier_of_tables(arrays, 0)
        except Error as e:
            m = re.match(r"(\w+)\[(\d+)\](.*)", e.field or "")
            if m and m.group(1) in rows and int(m.group(2)) < len(rows[m.group(1)]):
                e = _error(type(e), f"{m.group(1)}[{int(rows[m.group(1)][int(m.group(2))])}]{m.group(3)}", e.detail)
            raise _error_with_id(e, self._ids, self._arrays) from None
        return WorkerDossier.from_json(d.to_json())

    def to_dossiers(self) -> list[WorkerDossier]:
        """Every worker's dossier, in the order of ``workers``."""
        return [self.dossier(i) for i in self._index]

    def sample(self, n: int, seed: int = 0) -> "Population":
        """``n`` workers drawn without replacement (seeded, numpy PCG64), with all their rows; workers and
        rows keep their order."""
        if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)) or not 0 <= n <= len(self):
            raise _error(InvalidArgumentError, "n", f"expected a whole number 0..{len(self)}, got {n!r}")
        rng = np.random.Generator(np.random.PCG64(seed))
        return self._subset(np.sort(rng.choice(len(self), int(n), replace=False)))

    # ----------------------------------------------------------------- other forms

    @classmethod
    def from_dossiers(cls, dossiers: Iterable[Any], ids: Any = None) -> "Population":
        """The population of ``dossiers`` (:class:`lde.WorkerDossier` objects or dicts in the JSON dossier
        format), with worker ids ``ids`` (default 0, 1, 2, ...). Each dossier goes through the JSON
        reader (errors name ``dossiers[3].birth_date``), then into the tables by the schema's
        ``dossier_field`` of every column."""
        import json

        docs = []
        for i, d in enumerate(dossiers):
            if isinstance(d, _lde._WorkerDossier):
                docs.append(json.loads(d.to_json()))
            elif isinstance(d, Mapping) or isinstance(d, str):
                docs.append(json.loads(WorkerDossier.from_json(d, origin=f"dossiers[{i}]").to_json()))
            else:
                raise _error(InvalidArgumentError, f"dossiers[{i}]",
                             f"expected lde.WorkerDossier or a dict in the dossier format, got {type(d).__name__}")
        given: dict[str, Any] = {}
        for table in TABLES:
            specs = [c for c in _columns_of(table) if c["type"] != "worker"]
            paths = {c["name"]: _path(c["dossier_field"]) for c in specs}
            cols: dict[str, list[Any]] = {name: [] for name in paths}
            owner: list[int] = []
            if table == "workers":
                for doc in docs:
                    for name, path in paths.items():
                        cols[name].append(_follow(doc, path))
            else:
                prefix = _common_prefix(list(paths.values()))
                for k, doc in enumerate(docs):
                    for item in _items(doc, prefix):
                        owner.append(k)
                        for name, path in paths.items():
                            cols[name].append(_follow(item, path[len(prefix):]))
            out: dict[str, Any] = {name: np.array(v, dtype=object) for name, v in cols.items()}
            for c in specs:
                if not c["nullable"] and c.get("default") and any(v is None for v in cols[c["name"]]):
                    out[c["name"]] = np.array([c["default"] if v is None else v for v in cols[c["name"]]], dtype=object)
            given[table] = out
            if table != "workers":
                given[table]["worker"] = np.array(owner, dtype=np.int64)
        ids_ = np.arange(len(docs), dtype=np.int64) if ids is None else \
            _ids(ids if hasattr(ids, "dtype") else np.array(list(ids), dtype=object), "ids[{}]")
        if len(ids_) != len(docs):
            raise _error(InvalidArgumentError, "ids", f"has {len(ids_)} ids for {len(docs)} dossiers")
        given["workers"]["id"] = ids_
        for table in _LONG:
            given[table]["worker"] = ids_[given[table]["worker"]]
        return cls(**given)

    @classmethod
    def from_columns(cls, workers: Any, absences: Any = None) -> "Population":
        """The population of the column shorthand of :mod:`lde.population` (one right, at most one
        employment period, competence extension and transition trajectory per row; ``absences`` with
        ``worker`` = row position). Worker ids are the index of ``workers`` (0, 1, 2, ... for a mapping)."""
        return cls._of_arrays(*_shorthand_arrays(workers, absences))

    @staticmethod
    def read(path: Any) -> "Population":
        """Reads a folder of table files (``workers.parquet``, ``rights.parquet``, ... or ``workers.csv``, ...;
        a missing long-table file is a table without rows) or one file in the one-spell column form
        (``.csv`` or ``.parquet``). See :mod:`lde.tables_io`."""
        from .tables_io import read

        return read(path)

    def write(self, folder: Any, format: str = "parquet") -> None:
        """Writes one file per table into ``folder`` (created if needed): ``format="parquet"`` (dates as
        date32, FTE as decimal(18, 4)) or ``"csv"`` (ISO dates, ``true``/``false``, FTE as decimal text,
        kinds and reasons as names). :meth:`read` reads it back exactly."""
        from .tables_io import write

        write(self, folder, format)


def _path(field: str) -> list[str]:
    """``"employment[].employer_contingent_fte"`` -> ``["employment", "employer_contingent_fte"]``."""
    return [re.sub(r"\[[^\]]*\]", "", part) for part in field.split(".") if part]


def _common_prefix(paths: list[list[str]]) -> list[str]:
    prefix = paths[0][:-1]
    for p in paths[1:]:
        k = 0
        while k < len(prefix) and k < len(p) - 1 and prefix[k] == p[k]:
            k += 1
        prefix = prefix[:k]
    return prefix


def _items(doc: Any, prefix: list[str]) -> list[Any]:
    """The objects at ``prefix`` in a dossier: a list's items, one object, or none (null / missing)."""
    items = [doc]
    for key in prefix:
        nxt: list[Any] = []
        for it in items:
            v = it.get(key) if isinstance(it, Mapping) else None
            if isinstance(v, list):
                nxt.extend(v)
            elif v is not None:
                nxt.append(v)
        items = nxt
    return items


def _follow(doc: Any, path: list[str]) -> Any:
    for key in path:
        doc = doc.get(key) if isinstance(doc, Mapping) else None
    return doc


def _shorthand_arrays(workers: Any, absences: Any) -> tuple[np.ndarray, dict[str, dict[str, np.ndarray]]]:
    """The column shorthand -> (ids, C arrays), with the shorthand's own checks (those of
    ``population::fill_dossier`` for one row) so that nothing the one-spell engine refuses is dropped."""
    cols, n, index = _p.worker_columns(workers)
    acols, an = _p.absence_columns(absences)
    ids = np.arange(n, dtype=np.int64) if index is None else _ids(np.asarray(index), "workers[{}].id")

    def get(name: str, default: int, dtype: Any = np.int64) -> np.ndarray:
        return cols[name] if name in cols else np.full(n, default, dtype=dtype)

    def refuse(mask: np.ndarray, name: str, message: str) -> None:
        if mask.any():
            raise _error(InvalidArgumentError, f"rows[{_p._first_bad(mask)}].{name}", message)

    granted, first, last = get("right_granted", NO_DATE), get("employment_first_day", NO_DATE), \
        get("employment_last_day", NO_DATE)
    months, approved = get("competence_months", 0, np.int32), get("competence_approved", NO_DATE)
    ds_first, ds_last, job = get("doorstroom_first_day", NO_DATE), get("doorstroom_last_day", NO_DATE), \
        get("external_job_found", NO_DATE)
    refuse(cols["birth_date"] == NO_DATE, "birth_date", "is required but missing (NaT)")
    refuse((first == NO_DATE) & (last != NO_DATE), "employment_last_day", "is set without an employment_first_day")
    refuse(months < 0, "competence_months", "must not be negative")
    refuse((months > 0) & (approved == NO_DATE), "competence_approved",
           "is required where competence_months > 0 but missing (NaT)")
    refuse((ds_first != NO_DATE) & (ds_last == NO_DATE), "doorstroom_last_day",
           "is required where doorstroom_first_day is set but missing (NaT)")
    refuse((ds_first == NO_DATE) & (ds_last != NO_DATE), "doorstroom_last_day", "is set without a doorstroom_first_day")
    refuse((ds_first == NO_DATE) & (job != NO_DATE), "external_job_found", "is set without a doorstroom_first_day")
    if an:
        w = acols["worker"]
        bad = (w < 0) | (w >= n)
        if bad.any():
            j = _p._first_bad(bad)
            raise _error(InvalidArgumentError, f"absences[{j}].worker", f"names worker row {w[j]}, outside 0..{n - 1}")
    r, e, c, d = (np.flatnonzero(m) for m in (granted != NO_DATE, first != NO_DATE, months > 0, ds_first != NO_DATE))
    arrays = {
        "workers": {"birth_date": cols["birth_date"]},
        "rights": {"worker": r, "kind": get("right_kind", 1, np.int32)[r], "granted": granted[r]},
        "employment": {"worker": e, "first_day": first[e], "last_day": last[e],
                       "employer_recognised": get("employer_recognised", 1, np.uint8)[e],
                       "employer_contingent": get("employer_contingent_units", 10000)[e],
                       "employer_in_brussels": get("employer_in_brussels", 0, np.uint8)[e]},
        "absences": {k: v for k, v in acols.items()} if an else {},
        "competence_extensions": {"worker": c, "months": months[c], "approved": approved[c]},
        "doorstroom": {"worker": d, "first_day": ds_first[d], "last_day": ds_last[d], "external_job_found": job[d]},
        "non_cooperation": {},
    }
    return ids, arrays


# --------------------------------------------------------------------------- evaluation


def table_arrays(population: Any, absences: Any = None) -> tuple[dict[str, dict[str, np.ndarray]], np.ndarray]:
    """The tables in the form ``_lde._evaluate_tables`` reads, and the worker ids.

    ``population`` is a :class:`Population` or the column shorthand of :mod:`lde.population` (then
    ``absences`` is its long absence table, ``worker`` = row position). Returns ``(tables, ids)``:
    ``tables`` maps every table name (``workers``, ``rights``, ...) to ``{column: 1-D numpy array}``
    of the schema's C dtype (int64 days, ``lde.population.NO_DATE`` for none; uint8 flags; int64 FTE
    ten-thousandths; int32 counts and codes; object arrays of str for text), every column present
    except an absent ``employment.employer``; each ``worker`` column holds row positions in
    ``workers`` (0-based int64). ``ids[i]`` is the id of worker row ``i`` (int64 or object array of
    str). The arrays belong to the population: do not modify them.
    """
    if isinstance(population, Population):
        if absences is not None:
            raise _error(InvalidArgumentError, "absences", "a Population holds its absences; give absences=None")
        return population._arrays, population._ids
    pop = Population.from_columns(population, absences)
    return pop._arrays, pop._ids


def evaluate_tables(pop: "Population", at: DateLike, *, parameters: Optional[Parameters] = None,
                    threads: int = 0) -> dict[str, np.ndarray]:
    """Like :func:`lde.evaluate_population` for a :class:`Population`, as the raw arrays of the engine
    (codes, days since 1970 / ``NO_DATE``), one entry per worker row."""
    if not isinstance(pop, Population):
        raise _error(InvalidArgumentError, "population", f"expected lde.Population, got {type(pop).__name__}")
    try:
        return _lde._evaluate_tables(pop._arrays, _p._day(at), _params(parameters), _p._threads(threads))
    except Error as e:
        raise _error_with_id(e, pop._ids, pop._arrays) from None


def _result_frame(pop: "Population", r: Mapping[str, np.ndarray]) -> Any:
    import pandas as pd

    df = _p._result_frame(r, pop.ids.rename("id"))
    gone = (r["right_valid"] == 0) & (r["right_kind"] != 0)
    df["continuation_first_day"] = _p._to_datetime(r["continuation_first_day"])
    df["right_last_in_force_kind"] = pd.Categorical.from_codes(
        np.where(gone, r["right_kind"].astype(np.int64) - 1, -1), categories=list(_p.RIGHT_KINDS))
    df["right_last_in_force_last_day"] = _p._to_datetime(np.where(gone, r["right_last_day"], NO_DATE))
    ended = np.array([None, "expired", "replaced"], dtype=object)
    code = r["right_ended"].astype(np.int64)
    df["right_ended"] = ended[np.where((code >= 0) & (code <= 2), code, 0)]
    return df


def explain(population: Any, worker_id: Any, at: DateLike, parameters: Optional[Parameters] = None, *,
            absences: Any = None) -> Any:
    """The full decision of one worker of ``population`` on ``at``, with its trace: what
    :func:`lde.evaluate` returns for that worker's dossier (a :class:`lde.WorkerDecision`).
    ``population`` is a :class:`Population` or the column shorthand (``worker_id`` = its index label)."""
    pop = population if isinstance(population, Population) else Population.from_columns(population, absences)
    return evaluate(pop.dossier(worker_id), at, parameters, trace=True)
