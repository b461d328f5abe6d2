"""Explore panel of ``02_shallow_network``: a one-hidden-layer tanh network on a 2-D dataset.

Controls: hidden units, learning rate (log scale), iterations, the dataset and its noise; choosing
a dataset moves the noise slider to that dataset's own noise (:data:`DEFAULT_NOISE`, the noise of
its frozen copy in ``datasets/planar.h5``), from where it can be changed again. Every
setting regenerates the data with the dataset's generator and a fixed seed (training set from
``seed``, test set from ``seed + 1``), trains ``[2, n_h, 1]`` from ``randn * 0.01`` with batch
gradient descent, and draws the decision boundary beside the learning curve. The summary line
reads ``flower (noise 0.20), 5 hidden units: train 94.5 %, test 95.0 %``.
"""
from __future__ import annotations

from functools import lru_cache

from ..generators import GENERATORS
from ..layers import predict
from ..metrics import accuracy_percent
from ..plots import BoundaryArtists, boundary_grid, set_curves
from ..training import train
from ..widgets import Panel, dropdown, float_slider, int_slider, log_slider, panel_figure

__all__ = ["DATASETS", "DEFAULT_NOISE", "make_data", "make_panel", "train_shallow"]

DATASETS = {name: GENERATORS[name] for name in ("flower", "moons", "circles", "blobs", "gaussian_quantiles")}
"""Dropdown choices -> generator ``f(m, noise=..., seed=...) -> (X (2, m), Y (1, m))``."""

DEFAULT_NOISE = {"flower": 0.2, "moons": 0.2, "circles": 0.08, "blobs": 0.6, "gaussian_quantiles": 0.0}
"""Each dataset's own noise: its generator's default, the noise of the frozen sets of ``load_planar``."""


@lru_cache(maxsize=64)
def make_data(dataset, noise, m=400, seed=1):
    """Train and test sets of ``m`` points each: ``(X, Y, X_test, Y_test)``, read-only arrays."""
    if dataset not in DATASETS:
        raise ValueError(f"`dataset` must be one of {sorted(DATASETS)}; got {dataset!r}")
    X, Y = DATASETS[dataset](m, noise=float(noise), seed=seed)
    X_test, Y_test = DATASETS[dataset](m, noise=float(noise), seed=seed + 1)
    for array in (X, Y, X_test, Y_test):
        array.flags.writeable = False  # shared by every cached result
    return X, Y, X_test, Y_test


def train_shallow(X, Y, hidden_units, learning_rate, iterations, *, seed=1, tol=None):
    """The notebook's network: ``[2, n_h, 1]``, tanh hidden layer, ``randn * 0.01`` start, batch GD.

    Returns ``(parameters, history)`` from :func:`helpers.train`. ``tol`` (off by default) stops
    once the cost changes by less than ``tol`` over 10 iterations; the panel leaves it off
    because a ``randn * 0.01`` start sits on a nearly flat plateau (cost ~ 0.693) for the first
    few hundred iterations, which such a rule would mistake for convergence.
    """
    return train(X, Y, [X.shape[0], int(hidden_units), 1], hidden_activation="tanh",
                 init="random", init_scale=0.01, seed=seed, learning_rate=learning_rate,
                 num_iterations=int(iterations), tol=tol)


class _Figure:
    """The panel's figure: the decision boundary (left) and the learning curve (right)."""

    def __init__(self, resolution):
        self.resolution = resolution

    def setup(self):
        fig, (ax_boundary, self.ax_cost) = panel_figure((9, 3.8), 2, left=0.07, right=0.98, bottom=0.14,
                                                        top=0.9, wspace=0.25)
        self.boundary = BoundaryArtists(ax_boundary, resolution=self.resolution, s=10, animated=True)
        self.title = ax_boundary.set_title(" ", y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        self.cost = self.ax_cost.plot([], [], animated=True)
        self.ax_cost.set_xlabel("iteration")
        self.ax_cost.set_ylabel("cost")
        self.ax_cost.set_title("training cost", y=1.0)
        return fig

    def draw(self, result, hidden_units, learning_rate, iterations, dataset, noise):
        units = f"{hidden_units} hidden unit{'s' if hidden_units != 1 else ''}"
        # the regions were predicted in compute() on the grid of the data, so drawing needs no model
        self.boundary.update(result["regions"], result["X"], result["Y"])
        self.title.set_text(f"{dataset}, {units}")
        set_curves(self.ax_cost, self.cost, [result["cost"]], bottom=0, xlim=(0, iterations))
        stop = f", stopped after {result['epochs']} iterations" if result["stopped_early"] else ""
        return (f"{dataset} (noise {noise:.2f}), {units}: train {result['train']:.1f} %, "
                f"test {result['test']:.1f} %{stop}")


def make_panel(*, m=400, resolution=70, seed=1, hidden_units=5, learning_rate=1.2,
               iterations=1000, dataset="flower", noise=None):
    """Build the panel; the keyword arguments set the data size, grid resolution and defaults.

    Parameters
    ----------
    m : int, default 400
        Points in the training set and, independently drawn, in the test set. With the
        defaults (400 points, seed 1, flower, noise 0.2) the data are exactly the notebook's
        frozen ``load_planar("flower")`` train and test sets.
    resolution : int, default 70
        Boundary grid points per axis (a coarse grid keeps each redraw fast).
    seed : int, default 1
        Data seed (the test set uses ``seed + 1``) and initialization seed.
    hidden_units, learning_rate, iterations, dataset, noise
        Starting values of the controls; ``noise=None`` starts at the dataset's own noise
        (:data:`DEFAULT_NOISE`). Choosing another dataset moves the noise slider to that
        dataset's own noise.
    """
    if dataset not in DATASETS:
        raise ValueError(f"`dataset` must be one of {sorted(DATASETS)}; got {dataset!r}")
    noise = DEFAULT_NOISE[dataset] if noise is None else noise

    def compute(hidden_units, learning_rate, iterations, dataset, noise):
        X, Y, X_test, Y_test = make_data(dataset, round(float(noise), 2), m, seed)
        parameters, history = train_shallow(X, Y, hidden_units, learning_rate, iterations, seed=seed)
        options = history["forward_options"]
        _, _, points = boundary_grid(X, resolution)
        return {
            "X": X, "Y": Y, "regions": predict(points, parameters, **options), "cost": history["cost"],
            "epochs": history["epochs"], "stopped_early": history["stopped_early"],
            "train": accuracy_percent(predict(X, parameters, **options), Y),
            "test": accuracy_percent(predict(X_test, parameters, **options), Y_test),
        }

    controls = {
        "hidden_units": int_slider("hidden units", hidden_units, 1, 50),
        "learning_rate": log_slider("learning rate", learning_rate, -3, 1, step=0.1),
        "iterations": int_slider("iterations", iterations, 100, 2500, step=100),
        "dataset": dropdown("dataset", list(DATASETS), dataset),
        "noise": float_slider("noise", noise, 0.0, 1.0, 0.01),
    }

    def own_noise(change):
        # registered before the panel's own observers: the noise moves first, so the panel
        # trains once on the new dataset at its own noise (the dataset's event then hits the cache)
        controls["noise"].value = DEFAULT_NOISE[change["new"]]

    controls["dataset"].observe(own_noise, names="value")
    figure = _Figure(resolution)
    return Panel(compute, figure.draw, controls, setup=figure.setup)

