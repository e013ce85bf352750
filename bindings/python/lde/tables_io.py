"""Population files: one file per table, in Parquet (pyarrow) or CSV.

A folder holds ``workers.parquet`` (or ``.csv``) and any of ``rights``,
``employment``, ``absences``, ``competence_extensions``, ``doorstroom``,
``non_cooperation`` with the same suffix; a missing long-table file is a table
without rows, and a file named after no table is an error (a misspelt
``employments.csv`` is never silently skipped). Columns are those of the
schema (``docs/population.md``); ``workers`` has ``id`` first.

* Parquet: ids int64 or string; dates ``date32`` (null: none); flags bool;
  counts int32; FTE ``decimal(18, 4)``; kinds and reasons their names (string);
  any table pyarrow reads with those columns is accepted (dates may also be
  timestamps at midnight, FTE floats or text).
* CSV: read by the one CSV reader of the library (``lde simulate`` reads the
  same layout): dates ISO ``YYYY-MM-DD`` (empty: none), flags ``true``/``false``
  (also ``True``/``False``, ``1``/``0``), FTE decimal text, kinds and reasons
  names. Ids are integers when every id is a canonical integer, else texts.

One file instead of a folder is the one-spell column form of
:mod:`lde.population` (``lde simulate``'s input), read as that shorthand.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import numpy as np

from . import _lde
from ._core import Error, InvalidArgumentError, NotFoundError, _error
from .tables import NO_DATE, TABLES, Population, _CODES, _columns_of

__all__ = ["read", "write"]

_FORMATS = ("parquet", "csv")


def _fte_text(units: np.ndarray) -> list[str]:
    out = []
    for u in units.tolist():
        sign, u = ("-", -u) if u < 0 else ("", u)
        whole, frac = divmod(u, 10000)
        out.append(f"{sign}{whole}.{frac:04d}".rstrip("0").rstrip(".") if frac else f"{sign}{whole}")
    return out


def _text_column(a: np.ndarray, col: dict[str, Any], ids: np.ndarray) -> list[str]:
    """A C array -> its CSV cells."""
    t = col["type"]
    if t == "worker":
        return [str(v) for v in ids[a].tolist()] if len(a) else []
    if t == "date":
        iso = a.view("datetime64[D]").astype(str)
        return ["" if d == NO_DATE else s for d, s in zip(a.tolist(), iso.tolist())]
    if t == "flag":
        return ["true" if v else "false" for v in a.tolist()]
    if t == "fte":
        return _fte_text(a)
    if t in _CODES:
        names = {v: k for k, v in _CODES[t].items()}
        return [names[v] for v in a.tolist()]
    return [str(v) for v in a.tolist()]


def _arrow_table(table: str, pop: Population) -> Any:
    import pyarrow as pa

    ids = pop._ids
    id_type = pa.string() if ids.dtype == object else pa.int64()
    names, arrays = [], []
    if table == "workers":
        names.append("id")
        arrays.append(pa.array(ids.tolist() if ids.dtype == object else ids, type=id_type))
    cols = pop._arrays[table]
    for c in _columns_of(table):
        if c["name"] not in cols:
            continue
        a, t = cols[c["name"]], c["type"]
        if t == "worker":
            v = ids[a] if len(a) else np.empty(0, dtype=ids.dtype)
            arr = pa.array(v.tolist() if ids.dtype == object else v, type=id_type)
        elif t == "date":
            arr = pa.array(np.where(a == NO_DATE, 0, a).astype(np.int32), type=pa.int32(),
                           mask=a == NO_DATE).cast(pa.date32())
        elif t == "flag":
            arr = pa.array(a.astype(bool), type=pa.bool_())
        elif t == "fte":  # unscaled 128-bit two's complement values of decimal(18, 4)
            raw = np.stack([a.astype(np.int64), np.where(a < 0, -1, 0).astype(np.int64)], axis=1)
            arr = pa.Array.from_buffers(pa.decimal128(18, 4), len(a), [None, pa.py_buffer(raw.tobytes())])
        elif t in _CODES:
            names_ = {v: k for k, v in _CODES[t].items()}
            arr = pa.array([names_[v] for v in a.tolist()], type=pa.string())
        elif t == "count":
            arr = pa.array(a, type=pa.int32())
        else:
            arr = pa.array(a.tolist(), type=pa.string())
        names.append(c["name"])
        arrays.append(arr)
    return pa.Table.from_arrays(arrays, names=names)


def write(pop: Population, folder: Any, format: str = "parquet") -> None:
    """Writes every table of ``pop`` into ``folder`` as ``<table>.parquet`` or ``<table>.csv``."""
    if format not in _FORMATS:
        raise _error(InvalidArgumentError, "format", f"expected one of {', '.join(_FORMATS)}, got {format!r}")
    if not isinstance(pop, Population):
        raise _error(InvalidArgumentError, "population", f"expected lde.Population, got {type(pop).__name__}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        path = folder / f"{table}.{format}"
        if format == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(_arrow_table(table, pop), path)
            continue
        cols = pop._arrays[table]
        header, cells = [], []
        if table == "workers":
            header.append("id")
            cells.append([str(v) for v in pop._ids.tolist()])
        for c in _columns_of(table):
            if c["name"] in cols:
                header.append(c["name"])
                cells.append(_text_column(cols[c["name"]], c, pop._ids))
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(zip(*cells))


def _format_of(folder: Path) -> str:
    found = [fmt for fmt in _FORMATS if (folder / f"workers.{fmt}").is_file()]
    if not found:
        raise _error(NotFoundError, "path", f"{folder} holds no workers.parquet or workers.csv")
    if len(found) > 1:
        raise _error(InvalidArgumentError, "path", f"{folder} holds both workers.parquet and workers.csv; keep one")
    fmt = found[0]
    import difflib

    for entry in sorted(os.listdir(folder)):
        stem, dot, suffix = entry.rpartition(".")
        if dot and suffix == fmt and stem not in TABLES:
            close = difflib.get_close_matches(stem, TABLES, n=1)
            raise _error(InvalidArgumentError, "path", f"{entry} in {folder} is no table of a population"
                         + (f" (did you mean {close[0]}.{fmt}?)" if close else f"; tables: {', '.join(TABLES)}"))
    return fmt


def _read_csv(path: Path) -> Population:
    if not hasattr(_lde, "_read_population_csv"):
        raise _error(Error, "path", "this build of lde has no CSV reader for populations (_lde._read_population_csv)")
    r = _lde._read_population_csv(str(path))
    return Population._of_arrays(r["ids"], r["tables"])


def read(path: Any) -> Population:
    """A population from a folder of table files, or from one file in the one-spell column form."""
    path = Path(path)
    if path.is_dir():
        fmt = _format_of(path)
        if fmt == "csv":
            return _read_csv(path)
        import pyarrow.parquet as pq

        given = {}
        for table in TABLES:
            f = path / f"{table}.parquet"
            if f.is_file():
                given[table] = pq.read_table(f)
        return Population(**given)
    if not path.is_file():
        raise _error(NotFoundError, "path", f"{path} is neither a folder of table files nor a file")
    if path.suffix == ".csv":
        return _read_csv(path)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        frame = pq.read_table(path).to_pandas()
        if "id" in frame.columns:
            frame = frame.set_index("id")
        return Population.from_columns(frame)
    raise _error(InvalidArgumentError, "path", f"{path.name}: expected a folder, a .csv or a .parquet file")
