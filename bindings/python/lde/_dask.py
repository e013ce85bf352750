"""lde.budget on a Dask DataFrame of worker rows (lde.population's column format), one task per
partition: each partition's budget is computed in C++ where the partition lives, and the exact
partial sums (Python ints) are added here and rounded once per group, so the result equals the
single-process budget of the whole population bit for bit."""
from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from ._core import InvalidArgumentError, Parameters, _error

_KEYS = ("year", "quarter", "month", "right_kind", "continuation")
_SUMS = ("amount_units", "fte_day_units", "fte_year_units", "weight_units")


def _partition(part: Any, offset: int, absences: Any, first: int, last: int, bits: int, fraction: Any,
               weights: Any, scenarios: Mapping[str, Parameters], threads: int) -> dict[str, Any]:
    """The raw budgets of one partition (worker rows ``offset .. offset + len(part)``)."""
    from . import _lde
    from .budget import _fraction_units, weight_units
    from .population import absence_columns, worker_columns

    n = len(part)
    local = None
    if absences is not None:
        w = absences["worker"].to_numpy()
        mine = absences[(w >= offset) & (w < offset + n)]
        local = mine.assign(worker=mine["worker"].to_numpy() - offset)
    cols, _, _ = worker_columns(part)
    acols, an = absence_columns(local)
    src = ("columns", dict(cols), n, dict(acols), an)
    frac = _fraction_units(fraction, n, part)
    wu = None
    if weights is not None:
        wu = weight_units(np.asarray(part[weights]), n, "workers[{}]." + weights)
    out = {}
    for name, p in scenarios.items():
        raw = _lde._budget(src, p._p, first, last, bits, frac[0], frac[1], wu, False, threads, None)
        out[name] = {k: (list(raw[k]) if k in _SUMS else np.asarray(raw[k]).tolist())
                     for k in (*_KEYS, *_SUMS, "workers")}
    return {"rows": n, "integral": wu is None or bool((wu % 10 ** 6 == 0).all()), "budgets": out}


def _merge(parts: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """Adds the partitions' exact sums group by group and rounds each amount once (I-12)."""
    from . import _lde

    scale = int(_lde._WEIGHT_SCALE)
    acc: dict[tuple, dict[str, int]] = {}
    for p in parts:
        b = p["budgets"][name]
        for i in range(len(b["year"])):
            key = tuple(b[k][i] for k in _KEYS)
            g = acc.setdefault(key, {k: 0 for k in (*_SUMS, "workers")})
            for k in (*_SUMS, "workers"):
                g[k] += int(b[k][i])
    keys = sorted(acc)
    raw: dict[str, Any] = {k: np.array([key[j] for key in keys], dtype=np.int32) for j, k in enumerate(_KEYS)}
    for k in _SUMS:
        raw[k] = [acc[key][k] for key in keys]
    raw["workers"] = np.array([acc[key]["workers"] for key in keys], dtype=np.int64)
    raw["amount_cents"] = np.array([(u + scale // 2) // scale for u in raw["amount_units"]], dtype=np.int64)
    return raw


def dask_budget(ddf: Any, years: tuple[int, int], scenarios: Mapping[str, Parameters], *, weights: Any,
                by: list[str], fraction: Any, absences: Any, threads: int) -> Any:
    import dask

    from . import _lde
    from .budget import _concat, _frame

    if weights is not None and not isinstance(weights, str):
        raise _error(InvalidArgumentError, "weights", "on a Dask DataFrame, weights must be a column name")
    if not isinstance(fraction, (int, float, str)) or isinstance(fraction, bool):
        raise _error(InvalidArgumentError, "fraction", "on a Dask DataFrame, fraction must be a number or a column name")
    if absences is not None and hasattr(absences, "compute"):
        absences = absences.compute()
    bits = 0
    for g in by:
        bits |= int(_lde._BUDGET_BY[g])
    lengths = ddf.map_partitions(len).compute()
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    tasks = [dask.delayed(_partition)(part, int(off), absences, years[0], years[1], bits, fraction, weights,
                                      dict(scenarios), threads)
             for part, off in zip(ddf.to_delayed(), offsets)]
    parts = list(dask.compute(*tasks))
    integral = all(p["integral"] for p in parts)
    frames = [_frame(_merge(parts, name), name, by, integral) for name in scenarios]
    return _concat(frames)
