"""Explore panel of ``05_regularization``: L2, dropout and training length on the noisy regions.

Controls: a checkbox that switches L2 on, its strength lambda (log scale), the ``keep_prob`` of
inverted dropout, and the number of Adam iterations. Every setting trains the notebook's
over-fitting network ``[2, 20, 3, 1]`` (ReLU, He start, full-batch Adam with learning rate 0.03,
seed 0) on the frozen ``load_planar("noisy_regions")`` training set (200 points, some labels
flipped) and draws its decision boundary beside the training and dev cost curves. The dev set is
the notebook's: 1,000 fresh points from ``make_noisy_regions(1000, seed=3)``; its cost is measured
on snapshots taken every 5 iterations, from the logits (exact, as ``train`` records it).

The summary line reads ``lambda 0.7, keep_prob 1.00, 1000 iterations: train 92.5 %, dev 85.7 %
(gap 6.8 points)``.
"""
from __future__ import annotations

from functools import lru_cache

import ipywidgets as W
import numpy as np

from ..datasets import load_planar
from ..generators import make_noisy_regions
from ..layers import model_forward, predict
from ..losses import cost_from_logits
from ..metrics import accuracy_percent
from ..plots import BoundaryArtists, boundary_grid, set_curves
from ..training import train
from ..widgets import Panel, float_slider, int_slider, log_slider, panel_figure

__all__ = ["DEV_SEED", "DEV_SIZE", "LAYER_DIMS", "LEARNING_RATE", "dev_cost", "load_data", "make_panel", "train_noisy"]

LAYER_DIMS = (2, 20, 3, 1)
"""The network that over-fits the noisy regions (the lecture's ``[2, 20, 3, 1]``)."""
LEARNING_RATE = 0.03
"""Adam's learning rate: large enough that 1,000 full-batch steps over-fit visibly."""
DEV_SIZE, DEV_SEED = 1000, 3
"""The dev set: ``make_noisy_regions(DEV_SIZE, seed=DEV_SEED)``, same distribution as train and test."""


@lru_cache(maxsize=1)
def load_data():
    """``(X, Y, X_dev, Y_dev)``: the frozen 200 training points and the 1,000-point dev set (read-only)."""
    X, Y, _, _ = load_planar("noisy_regions")
    X_dev, Y_dev = make_noisy_regions(DEV_SIZE, seed=DEV_SEED)
    for array in (X, Y, X_dev, Y_dev):
        array.flags.writeable = False  # shared by every cached result
    return X, Y, X_dev, Y_dev


def train_noisy(X, Y, *, lambd=0.0, keep_prob=1.0, iterations=1000, seed=0, X_dev=None, Y_dev=None,
                snapshot_every=0):
    """The notebook's run: ``[2, 20, 3, 1]``, full-batch Adam (learning rate 0.03), He start.

    Parameters
    ----------
    X : (2, m) inputs, Y : (1, m) 0/1 labels
    lambd : float >= 0, default 0
        L2 strength (0 switches L2 off).
    keep_prob : float in (0, 1], default 1
        Inverted dropout on both hidden layers (1 switches it off).
    iterations : int >= 1, default 1000
    seed : int >= 0, default 0
        Initialization and dropout masks.
    X_dev, Y_dev : optional dev set whose cost is recorded every iteration
    snapshot_every : int >= 0, default 0
        Keep the parameters every so many iterations (for early stopping).

    Returns
    -------
    ``(parameters, history)`` from :func:`helpers.train`.
    """
    return train(X, Y, list(LAYER_DIMS), optimizer="adam", learning_rate=LEARNING_RATE,
                 num_iterations=int(iterations), lambd=float(lambd), keep_prob=float(keep_prob), seed=seed,
                 X_dev=X_dev, Y_dev=Y_dev, snapshot_every=snapshot_every)


def dev_cost(X_dev, Y_dev, parameters, forward_options):
    """The cross-entropy of ``parameters`` on the dev set, computed from the output layer's logits.

    From the probabilities (``compute_cost``), every example the over-fitted network gets
    confidently wrong would round to probability 0 and be charged the floor of about 708; from
    the logits (:func:`helpers.losses.cost_from_logits`) the cost is exact, as ``train`` records it.
    """
    _, caches = model_forward(X_dev, parameters, **forward_options)
    return cost_from_logits(caches[-1].Z, Y_dev, forward_options.get("output_activation", "sigmoid"))


class _Figure:
    """The panel's figure: the decision boundary (left), training and dev cost (right)."""

    def __init__(self, X, Y, resolution):
        self.X, self.Y, self.resolution = X, Y, resolution

    def setup(self):
        fig, (ax_boundary, self.ax_cost) = panel_figure((9, 3.8), 2, left=0.07, right=0.98, bottom=0.14,
                                                        top=0.9, wspace=0.25)
        self.boundary = BoundaryArtists(ax_boundary, resolution=self.resolution, s=10, animated=True)
        self.boundary_title = ax_boundary.set_title(" ", y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        self.costs = self.ax_cost.plot([], [], [], [], animated=True)
        self.best = self.ax_cost.axvline(0, color="gray", linestyle=":", linewidth=1, animated=True)
        self.legend = self.ax_cost.legend([*self.costs, self.best], ["train (with the L2 term)", "dev", " "],
                                          loc="upper center", fontsize=8)
        self.ax_cost.set_xlabel("iteration")
        self.ax_cost.set_ylabel("cost")
        self.cost_title = self.ax_cost.set_title(" ", y=1.0, animated=True)
        return fig

    def draw(self, result, use_l2, lambd, keep_prob, iterations):
        setting = f"lambda {result['lambd']:.2g}, keep_prob {keep_prob:.2f}"
        self.boundary.update(result["regions"], self.X, self.Y)
        self.boundary_title.set_text(setting)
        # log scale: an over-fitted network's dev cost grows by orders of magnitude
        set_curves(self.ax_cost, self.costs, [result["cost"], (result["dev_epochs"], result["dev_cost"])], log=True,
                   xlim=(0, iterations))
        best = result["dev_epochs"][int(np.argmin(result["dev_cost"]))]
        self.best.set_xdata([best, best])
        self.legend.get_texts()[2].set_text(f"lowest dev cost ({best})")
        self.cost_title.set_text(f"{iterations} Adam iterations")
        return (f"{setting}, {iterations} iterations: train {result['train']:.1f} %, dev {result['dev']:.1f} % "
                f"(gap {result['train'] - result['dev']:.1f} points)")


def make_panel(*, use_l2=False, lambd=0.7, keep_prob=1.0, iterations=600, seed=0, resolution=70, dev_every=5):
    """Build the panel; the keyword arguments set the starting values and the grid resolution.

    Parameters
    ----------
    use_l2 : bool, default False
        Start with L2 off (the checkbox), so the first picture is the over-fitted boundary.
    lambd : float in [0.001, 10], default 0.7
        Starting lambda of the log slider; it counts only while the checkbox is ticked, which
        is how the panel offers lambda = 0 exactly.
    keep_prob : float in [0.5, 1], default 1.0
    iterations : int in [100, 2000], default 600
        Fewer than the notebook's 1,000 so that the first answer comes quickly.
    seed : int, default 0
        Initialization and dropout masks.
    resolution : int, default 70
        Boundary grid points per axis.
    dev_every : int, default 5
        The dev cost is measured on snapshots taken every so many iterations (the training cost
        is recorded at every one); 5 finds the notebook's lowest dev cost at step 55.
    """
    X, Y, X_dev, Y_dev = load_data()
    _, _, points = boundary_grid(X, resolution)

    def compute(use_l2, lambd, keep_prob, iterations):
        lambd = float(lambd) if use_l2 else 0.0
        parameters, history = train_noisy(X, Y, lambd=lambd, keep_prob=keep_prob, iterations=iterations,
                                           seed=seed, snapshot_every=dev_every)
        options = history["forward_options"]
        snapshots = history["snapshots"]
        return {
            "lambd": lambd,
            "regions": predict(points, parameters, **options),
            "cost": history["cost"],
            "dev_epochs": [epoch for epoch, _ in snapshots],
            "dev_cost": [dev_cost(X_dev, Y_dev, p, options) for _, p in snapshots],
            "train": accuracy_percent(predict(X, parameters, **options), Y),
            "dev": accuracy_percent(predict(X_dev, parameters, **options), Y_dev),
        }

    controls = {
        "use_l2": W.Checkbox(value=bool(use_l2), description="use L2 (lambda below)",
                             style={"description_width": "initial"}, layout=W.Layout(width="420px")),
        "lambd": log_slider("lambda", lambd, -3, 1, step=0.25),
        "keep_prob": float_slider("keep_prob", keep_prob, 0.5, 1.0, 0.05),
        "iterations": int_slider("iterations", iterations, 100, 2000, step=100),
    }
    figure = _Figure(X, Y, resolution)
    return Panel(compute, figure.draw, controls, setup=figure.setup)
