"""Charts of budgets: :func:`budget` (amounts per scenario and group) and :func:`difference`
(each reform minus the baseline). matplotlib is imported when a chart is drawn.

Every scenario keeps its colour across figures (:func:`scenario_colours`: the order in which
scenarios first appear, on matplotlib's ``tab10`` cycle, so "baseline" is always the first
colour when it comes first); amounts are shown in EUR (the exact cents divided by 100 only for
drawing) and the value axis starts at zero.
"""
from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

__all__ = ["budget", "difference", "attribution", "scenario_colours"]

_TIME = ("year", "quarter", "month")
_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
            "#17becf"]  # matplotlib's tab10
_registry: dict[str, str] = {}


def scenario_colours(names: Sequence[str]) -> dict[str, str]:
    """A colour per scenario, the same in every figure of the session (first come, first coloured)."""
    for n in names:
        if n not in _registry:
            _registry[n] = _PALETTE[len(_registry) % len(_PALETTE)]
    return {n: _registry[n] for n in names}


def _plt() -> Any:
    import matplotlib.pyplot as plt

    return plt


def _eur_axis(ax: Any, axis: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    def fmt(v: float, _pos: Any) -> str:
        a = abs(v)
        if a >= 1e9:
            return f"€{v / 1e9:,.1f} bn"
        if a >= 1e6:
            return f"€{v / 1e6:,.1f} m"
        if a >= 1e3:
            return f"€{v / 1e3:,.0f} k"
        return f"€{v:,.0f}"
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(FuncFormatter(fmt))


def _labels(df: Any) -> tuple[list[str], list[str]]:
    """The group columns of ``df`` and one label per row ("2026 Q1", "2026 03 lde", ...)."""
    keys = [c for c in ("year", "quarter", "month", "right_kind", "continuation") if c in df.columns]
    if not keys:
        return [], ["all years"] * len(df)
    labels = []
    for row in df[keys].itertuples(index=False):
        bits = []
        for k, v in zip(keys, row):
            bits.append(f"Q{int(v)}" if k == "quarter" else f"{int(v):02d}" if k == "month" else str(v))
        labels.append(" ".join(bits))
    return keys, labels


def _bars(df: Any, value: str, title: str, ax: Any, colours: Mapping[str, str], ylabel: str) -> Any:
    import numpy as np

    scen = list(dict.fromkeys(df["scenario"]))
    keys, labels = _labels(df)
    order = list(dict.fromkeys(labels))
    width = 0.8 / max(1, len(scen))
    x = np.arange(len(order))
    for i, s in enumerate(scen):
        part = df[df["scenario"] == s]
        _, lab = _labels(part)
        vals = dict(zip(lab, part[value].to_numpy()))
        heights = [vals.get(o, 0) / (100 if value == "amount_cents" else 1) for o in order]
        ax.bar(x + (i - (len(scen) - 1) / 2) * width, heights, width, label=s, color=colours[s])
    ax.set_xticks(x)
    ax.set_xticklabels(order, rotation=45 if len(order) > 8 else 0, ha="right" if len(order) > 8 else "center")
    ax.axhline(0, color="black", linewidth=0.8)
    lo, hi = ax.get_ylim()
    ax.set_ylim(min(0, lo), max(0, hi))  # the axis includes zero
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(frameon=False)
    return ax


def budget(df: Any, *, ax: Any = None, title: str = "Compensation budget") -> Any:
    """Bars of ``amount_cents`` (in EUR) per group, one colour per scenario; returns the Axes."""
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    colours = scenario_colours(list(dict.fromkeys(df["scenario"])))
    _bars(df, "amount_cents", title, ax, colours, "EUR")
    _eur_axis(ax)
    ax.set_ylim(0, max(ax.get_ylim()[1], 1))  # budgets are never negative: from zero up
    return ax


def difference(df: Any, baseline: Optional[str] = None, *, ax: Any = None,
               title: Optional[str] = None) -> Any:
    """Bars of each reform minus the baseline (EUR). ``df`` is a :func:`lde.budget_difference` table,
    or a budget table together with ``baseline``. Returns the Axes."""
    from .budget import budget_difference

    if "baseline" not in df.columns:
        if baseline is None:
            baseline = str(df["scenario"].iloc[0])
        df = budget_difference(df, baseline=baseline)
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    base = str(df["baseline"].iloc[0]) if len(df) else (baseline or "baseline")
    scenario_colours([base])  # the baseline keeps its colour even when it is not drawn
    colours = scenario_colours(list(dict.fromkeys(df["scenario"])))
    _bars(df, "amount_cents", title or f"Difference against {base}", ax, colours, "EUR")
    _eur_axis(ax)
    return ax


def attribution(total: Any, *, ax: Any = None, title: str = "Contribution of each changed parameter") -> Any:
    """Horizontal bars of an :func:`lde.attribution` total table (``parameter``, ``contribution_cents``)."""
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.6 * max(2, len(total)) + 1))
    vals = total["contribution_cents"].to_numpy() / 100
    ax.barh(list(total["parameter"]), vals, color=["#2ca02c" if v >= 0 else "#d62728" for v in vals])
    ax.axvline(0, color="black", linewidth=0.8)
    lo, hi = ax.get_xlim()
    ax.set_xlim(min(0, lo), max(0, hi))
    _eur_axis(ax, "x")
    ax.set_xlabel("EUR")
    ax.set_title(title)
    return ax
