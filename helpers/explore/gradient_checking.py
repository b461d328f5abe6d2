"""Explore panel of ``06_gradient_checking``: the gradient-check difference against epsilon.

A small network ``[2, 5, 3, 1]`` on 20 examples of the moons set is checked with two-sided
differences, :func:`helpers.gradient_check`, at the epsilon of the slider. The plot shows the
difference over the whole range of epsilons (1e-12 .. 1e-1), the current one marked: too large an
epsilon leaves truncation error (and, for ReLU, steps across kinks), too small an epsilon drowns
the difference of two nearly equal costs in round-off. The status line reads
``tanh network: epsilon = 1e-07, difference 5.1e-09 -> difference < 1e-7: correct``.

The case dropdown picks the hidden activation (tanh or ReLU) or a ReLU network whose backward
pass forgets the 1/m in ``db1``: a real bug stays large at every epsilon.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..datasets import load_planar
from ..gradcheck import THRESHOLDS, gradient_check, gradient_check_verdict
from ..initializers import initialize_parameters
from ..layers import model_backward, model_forward
from ..losses import compute_cost
from ..plots import set_limits
from ..widgets import Panel, dropdown, log_slider, panel_figure

__all__ = ["CASES", "EPSILONS", "difference_curve", "make_panel"]

CASES = ("tanh network", "ReLU network", "ReLU network, db1 without 1/m")
EPSILONS = 10.0 ** np.arange(-12.0, -0.75, 0.25)
"""The epsilons of the drawn curve: 1e-12 .. 1e-1 in quarter decades (45 values)."""

def difference_curve(cost_fn, parameters, grads, epsilons=EPSILONS):
    """:func:`helpers.gradient_check` at every epsilon of ``epsilons``; returns an array of the same length."""
    return np.array([gradient_check(cost_fn, parameters, grads, epsilon=float(eps)) for eps in epsilons])


def _case(case, X, Y, seed):
    activation = "tanh" if case.startswith("tanh") else "relu"
    parameters = initialize_parameters([X.shape[0], 5, 3, 1], "he", seed=seed)

    def cost_fn(params):
        AL, _ = model_forward(X, params, hidden_activation=activation)
        return compute_cost(AL, Y)

    AL, caches = model_forward(X, parameters, hidden_activation=activation)
    grads = model_backward(AL, Y, caches)
    if case.endswith("without 1/m"):
        grads["db1"] = grads["db1"] * X.shape[1]  # the planted bug: a sum where a mean belongs
    return cost_fn, parameters, grads


FLOOR = 1e-17
"""Differences of exactly 0 are drawn here: 0 cannot sit on a log axis."""


class _Figure:
    """The panel's figure: the difference against epsilon on log-log axes, the current epsilon marked."""

    def setup(self):
        fig, self.ax = panel_figure((7.5, 4.2), left=0.12, right=0.97, bottom=0.13, top=0.9)
        ax = self.ax
        self.curve, = ax.loglog(EPSILONS, np.ones_like(EPSILONS), "o-", markersize=3, color="#1f77b4", animated=True)
        self.marker, = ax.loglog([1e-7], [1.0], "o", markersize=10, color="#d62728", animated=True)
        self.legend = ax.legend([self.curve, self.marker], ["difference", " "], loc="upper center", fontsize=8)
        for limit, style in zip(THRESHOLDS, (":", "--", "-.")):
            ax.axhline(limit, color="gray", linestyle=style, linewidth=1)
            ax.text(EPSILONS[0], limit * 1.3, f"{limit:.0e}".replace("e-0", "e-"), fontsize=8, color="gray")
        ax.text(0.03, 0.04, "<- round-off", transform=ax.transAxes, fontsize=9)
        ax.text(0.97, 0.04, "truncation ->", transform=ax.transAxes, fontsize=9, ha="right")
        ax.set_xlabel("epsilon (log)")
        ax.set_ylabel("||g - g_approx|| / (||g|| + ||g_approx||)")
        self.title = ax.set_title(" ", fontsize=10, y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        return fig

    def draw(self, result, epsilon, case):
        curve = np.maximum(result["curve"], FLOOR)
        d = result["difference"]
        self.curve.set_ydata(curve)
        self.marker.set_data([epsilon], [max(d, FLOOR)])
        self.legend.get_texts()[1].set_text(f"epsilon = {epsilon:.0e}")
        best = EPSILONS[int(np.argmin(curve))]
        self.title.set_text(f"{case}: smallest difference near epsilon = {best:.0e}")
        # room for the legend above a difference of 1; whole decades, so most settings keep the axes
        set_limits(self.ax, ylim=(10.0 ** np.floor(np.log10(min(1e-12, curve.min() / 3))), 1e3))
        return f"{case}: epsilon = {epsilon:.0e}, difference {d:.1e} -> {gradient_check_verdict(d)}"


def make_panel(*, epsilon=1e-7, case="tanh network", examples=20, seed=0):
    """The notebook's panel: epsilon (log slider) and the checked case -> difference against epsilon.

    Parameters
    ----------
    epsilon : float in [1e-12, 1e-1], default 1e-7
        Starting value of the slider (half-decade steps).
    case : one of :data:`CASES`, default "tanh network"
    examples : int >= 1, default 20
        How many moons training examples the cost uses (fixed; small keeps a check to milliseconds).
    seed : int >= 0, default 0
        Seed of the He initialization of ``[2, 5, 3, 1]``.
    """
    X_all, Y_all, _, _ = load_planar("moons")
    X, Y = X_all[:, :examples], Y_all[:, :examples].astype(float)

    @lru_cache(maxsize=None)
    def setup(case):
        cost_fn, parameters, grads = _case(case, X, Y, seed)
        return cost_fn, parameters, grads, difference_curve(cost_fn, parameters, grads)

    def compute(epsilon, case):
        cost_fn, parameters, grads, curve = setup(case)
        return {"curve": curve, "difference": gradient_check(cost_fn, parameters, grads, epsilon=float(epsilon))}

    controls = {
        "epsilon": log_slider("epsilon", epsilon, -12, -1, step=0.5),
        "case": dropdown("checked network", list(CASES), case),
    }
    figure = _Figure()
    return Panel(compute, figure.draw, controls, setup=figure.setup)
