"""lde.plot.budget / difference / attribution, drawn headless (Agg)."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import lde  # noqa: E402


def _df():
    return pd.DataFrame({
        "scenario": ["baseline", "baseline", "reform A", "reform A", "reform B", "reform B"],
        "year": [2026, 2027] * 3,
        "amount_cents": np.array([100_000_000, 110_000_000, 120_000_000, 90_000_000, 100_000_000, 111_000_000]),
        "fte_days": 1.0, "fte_years": 1.0, "workers_compensated": 3,
    })


def test_budget_chart_colours_axes_and_labels():
    ax = lde.plot.budget(_df())
    colours = {t.get_text(): h.get_facecolor() for t, h in zip(ax.get_legend().get_texts(), ax.get_legend().legend_handles
                                                               if hasattr(ax.get_legend(), "legend_handles")
                                                               else ax.get_legend().legendHandles)}
    assert set(colours) == {"baseline", "reform A", "reform B"}
    assert ax.get_ylim()[0] == 0
    heights = sorted(round(p.get_height()) for p in ax.patches)
    assert heights == [900_000, 1_000_000, 1_000_000, 1_100_000, 1_110_000, 1_200_000]  # EUR, not cents
    ax.figure.canvas.draw()
    assert any("€" in t.get_text() for t in ax.get_yticklabels())
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026", "2027"]
    # The same scenario keeps its colour in the difference chart.
    d = lde.plot.difference(_df(), baseline="baseline")
    dcol = {t.get_text(): h.get_facecolor() for t, h in zip(d.get_legend().get_texts(), d.get_legend().legend_handles
                                                            if hasattr(d.get_legend(), "legend_handles")
                                                            else d.get_legend().legendHandles)}
    assert dcol["reform A"] == colours["reform A"] and dcol["reform B"] == colours["reform B"]
    lo, hi = d.get_ylim()
    assert lo <= 0 <= hi
    assert sorted(round(p.get_height()) for p in d.patches) == [-200_000, 0, 10_000, 200_000]
    assert matplotlib.colors.to_rgba(lde.plot.scenario_colours(["baseline"])["baseline"]) == colours["baseline"]


def test_attribution_chart():
    total = pd.DataFrame({"parameter": ["a", "b"], "contribution_cents": [150_00, -50_00]})
    ax = lde.plot.attribution(total)
    assert sorted(p.get_width() for p in ax.patches) == [-50.0, 150.0]
    lo, hi = ax.get_xlim()
    assert lo <= 0 <= hi
