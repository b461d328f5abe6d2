"""The plotting helpers the panels redraw with: round limits, limits set only when they change,
curves fitted to their axes, the decision-boundary artists."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from helpers import plots  # noqa: E402
from helpers.widgets import panel_figure, render_png  # noqa: E402


@pytest.mark.parametrize("values, decades, expected", [
    ([0.69, 0.05], 1, (0.01, 1.0)),      # 0.05 lies in the decade [0.01, 0.1), 0.69 in [0.1, 1)
    ([0.69, 0.05], 3, (0.001, 1.0)),     # at least three decades below the top one
    ([0.69, 0.3], 1, (0.1, 1.0)),        # one decade holds both
    ([2.5, 1e-5], 3, (1e-5, 10.0)),      # wider than three decades: the values decide
    ([1.0, 0.5], 1, (0.1, 1.0)),         # a value on a power of ten is its own top
    ([0.0, -1.0, np.nan, 0.2], 1, (0.1, 1.0)),  # non-positive and non-finite values ignored
    ([], 1, (0.1, 10.0)),                # nothing to show
])
def test_round_limits_on_a_log_scale_are_whole_decades(values, decades, expected):
    assert plots.round_limits(values, log=True, decades=decades) == pytest.approx(expected)


@pytest.mark.parametrize("values, bottom, expected", [
    ([0.69, 0.14], 0, (0.0, 1.0)),       # from 0 up to 1, 2 or 5 times a power of ten
    ([0.39, 0.10], 0, (0.0, 0.5)),
    ([1.3, 0.2], 0, (0.0, 2.0)),
    ([12.0, 11.0], 10, (10.0, 12.0)),    # 2 above the bottom
    ([3.2, 1.1], None, (1.0, 3.5)),      # no bottom: MaxNLocator's ticks, 3.2 - 1.1 = 2.1 in 5 bins -> steps of 0.5
    ([5.0, 5.0], None, (5.0, 10.0)),     # a flat curve gets one unit of room per unit of value
])
def test_round_limits_on_a_linear_scale_are_ticks(values, bottom, expected):
    low, high = plots.round_limits(values, bottom=bottom)
    assert (low, high) == pytest.approx(expected)
    assert low <= min(values) and high >= max(values)


def test_set_limits_marks_the_axes_changed_only_when_a_limit_changes():
    figure, ax = panel_figure((3, 2))
    ax.set_xlim(0, 5)
    render_png(figure)
    assert not figure.stale
    plots.set_limits(ax, xlim=(0, 5), ylim=ax.get_ylim())
    assert not figure.stale
    plots.set_limits(ax, ylim=(0, 3))
    assert figure.stale and ax.get_ylim() == (0, 3) and ax.get_xlim() == (0, 5)


def test_set_curves_fits_the_axes_and_leaves_them_when_nothing_changes():
    figure, ax = panel_figure((3, 2))
    lines = ax.plot([], [], [], [], animated=True)
    cost = 0.7 * np.exp(-np.arange(100) / 30)               # 0.7 down to 0.026: two decades
    plots.set_curves(ax, lines, [cost, (np.arange(0, 100, 10), cost[::10] * 1.2)], log=True, xlim=(0, 120))
    assert ax.get_yscale() == "log" and ax.get_ylim() == pytest.approx((1e-3, 1.0))
    assert ax.get_xlim() == (0, 120)
    assert np.array_equal(lines[1].get_xdata(), np.arange(0, 100, 10))
    render_png(figure)
    plots.set_curves(ax, lines, [cost * 0.9, cost], log=True, xlim=(0, 120))  # same decades, same axes
    assert not figure.stale
    plots.set_curves(ax, lines, [cost * 20, cost], log=True, xlim=(0, 120))   # up to 14: a new top decade
    assert figure.stale and ax.get_ylim() == pytest.approx((0.01, 100.0))
    plots.set_curves(ax, lines, [cost - 0.5, cost], log=True)   # a value below 0: a linear axis
    assert ax.get_yscale() == "linear" and ax.get_xlim() == (0, 99)


def test_set_log_y_sets_a_formatter_only_when_another_is_needed():
    figure, ax = panel_figure((3, 2))
    plots.set_log_y(ax, True, [0.1, 0.9])
    major, minor = ax.yaxis.get_major_formatter(), ax.yaxis.get_minor_formatter()
    render_png(figure)
    plots.set_log_y(ax, True, [0.1, 0.8])  # the same span class: nothing set, nothing changed
    assert not figure.stale
    assert ax.yaxis.get_major_formatter() is major and ax.yaxis.get_minor_formatter() is minor
    plots.set_log_y(ax, True, [1e-4, 1.0])  # four decades: no minor labels
    assert figure.stale and ax.yaxis.get_minor_formatter() is not minor


def test_boundary_artists_keep_the_axes_while_the_data_stay_inside_them():
    figure, ax = panel_figure((3, 3))
    boundary = plots.BoundaryArtists(ax, resolution=20, animated=True)
    X = np.array([[0.1, 1.0, 1.9], [0.2, 0.9, 0.6]])
    Y = np.array([[0, 1, 1]])
    _, _, points = plots.boundary_grid(X, 20)
    boundary.update((points[0] > 1).astype(float)[None, :], X, Y)
    # the data's range plus 0.5 (x: -0.4 to 2.4, y: -0.3 to 1.4), out to multiples of 0.5
    assert ax.get_xlim() == pytest.approx((-0.5, 2.5)) and ax.get_ylim() == pytest.approx((-0.5, 1.5))
    render_png(figure)
    boundary.update((points[1] > 0.5).astype(float)[None, :], X + 0.05, Y)  # new regions, a little noise
    assert not figure.stale  # only the animated image and points changed
    boundary.update((points[1] > 0.5).astype(float)[None, :], X * 2, Y)  # x up to 4.3, y up to 2.3
    assert figure.stale and ax.get_xlim() == pytest.approx((-0.5, 4.5)) and ax.get_ylim() == pytest.approx((-0.5, 2.5))
