"""Explore panel of ``03_deep_network``: depth and width of a network on even-vs-odd digits.

The task is the one of ``01_logistic_regression`` and ``03_deep_network``: label 1 = odd digit,
trained on the 300 training images ``np.random.default_rng(1).choice(1438, 300, replace=False)``
and tested on all 359 test images. Controls: hidden layers (0 = logistic regression), units per
hidden layer, learning rate (log scale) and iterations. Each setting trains ``[64, n, ..., n, 1]``
(ReLU hidden layers, sigmoid output, He initialization, batch gradient descent) and draws the
learning curve beside the train and test accuracies, with logistic regression as a reference.
"""
from __future__ import annotations

from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np

from ..datasets import images_to_columns, load_image_dataset
from ..layers import predict
from ..metrics import accuracy
from ..plots import plot_costs
from ..training import train
from ..widgets import Panel, int_slider, log_slider

__all__ = ["architecture", "even_odd_data", "make_panel", "SUBSET_SEED", "SUBSET_SIZE"]

SUBSET_SEED = 1
SUBSET_SIZE = 300
REFERENCE = {"learning_rate": 0.05, "iterations": 1500}
"""Logistic regression as trained in the notebook, drawn as the dashed reference line."""


@lru_cache(maxsize=1)
def even_odd_data():
    """``(X, Y, X_test, Y_test)``: (64, 300), (1, 300), (64, 359), (1, 359); label 1 = odd digit."""
    train_x, train_y, test_x, test_y, _ = load_image_dataset("digits")
    subset = np.random.default_rng(SUBSET_SEED).choice(train_x.shape[0], SUBSET_SIZE, replace=False)
    arrays = (images_to_columns(train_x[subset]), train_y[:, subset] % 2, images_to_columns(test_x), test_y % 2)
    for array in arrays:
        array.flags.writeable = False  # shared by every cached result
    return arrays


def architecture(hidden_layers, units, n_x=64):
    """``layer_dims`` for ``hidden_layers`` hidden layers of ``units`` units: ``[n_x, units, ..., 1]``."""
    return [n_x] + [int(units)] * int(hidden_layers) + [1]


def _fit(layer_dims, learning_rate, iterations, seed, tol=None):
    X, Y, X_test, Y_test = even_odd_data()
    parameters, history = train(X, Y, layer_dims, learning_rate=learning_rate,
                                num_iterations=int(iterations), seed=seed, tol=tol)
    return {"cost": history["cost"], "epochs": history["epochs"], "stopped_early": history["stopped_early"],
            "train": accuracy(predict(X, parameters), Y), "test": accuracy(predict(X_test, parameters), Y_test)}


@lru_cache(maxsize=1)
def _reference(seed):
    return _fit([64, 1], REFERENCE["learning_rate"], REFERENCE["iterations"], seed)


TOL = 1e-5
"""Early stop once the cost moves less than this over 10 iterations (1e-4 stopped some runs on a
plateau they later left; 1e-5 did not in our sweeps)."""


def make_panel(*, seed=SUBSET_SEED, hidden_layers=2, units=16, learning_rate=0.1, iterations=500):
    """Build the panel; the keyword arguments are the controls' starting values.

    Parameters
    ----------
    seed : int, default 1
        Initialization seed (the data subset is fixed by ``SUBSET_SEED``).
    hidden_layers : int in [0, 4], default 2
        0 is logistic regression (``units`` is then ignored).
    units : int in [1, 32], default 16
        Units in every hidden layer.
    learning_rate : float in [1e-3, 1], default 0.1
    iterations : int in [100, 2000], default 500
    """

    def compute(hidden_layers, units, learning_rate, iterations):
        result = _fit(architecture(hidden_layers, units), learning_rate, iterations, seed, tol=TOL)
        result["reference"] = _reference(seed)["test"]
        return result

    def draw(result, hidden_layers, units, learning_rate, iterations):
        dims = architecture(hidden_layers, units)
        fig, (ax_cost, ax_acc) = plt.subplots(1, 2, figsize=(9, 3.6), gridspec_kw={"width_ratios": [3, 2]})
        fig.subplots_adjust(left=0.08, right=0.97, bottom=0.15, top=0.88, wspace=0.3)
        plot_costs(result["cost"], ax=ax_cost, title=f"training cost, layer_dims = {dims}")
        ax_cost.set_ylim(bottom=0)
        bars = ax_acc.bar(["train", "test"], [result["train"], result["test"]], color=["#8c8c8c", "#1f77b4"])
        ax_acc.bar_label(bars, fmt="%.1f %%")
        ax_acc.axhline(result["reference"], color="k", linestyle="--", linewidth=1,
                       label=f"logistic regression, test {result['reference']:.1f} %")
        ax_acc.set_ylim(50, 105)
        ax_acc.set_ylabel("accuracy (%)")
        ax_acc.legend(loc="lower center", fontsize=8)
        name = "logistic regression" if hidden_layers == 0 else f"{len(dims) - 1} layers"
        stop = f", stopped after {result['epochs']} iterations" if result["stopped_early"] else ""
        return f"{dims} ({name}): train {result['train']:.1f} %, test {result['test']:.1f} %{stop}"

    controls = {
        "hidden_layers": int_slider("hidden layers", hidden_layers, 0, 4),
        "units": int_slider("units per hidden layer", units, 1, 32),
        "learning_rate": log_slider("learning rate", learning_rate, -3, 0, step=0.1),
        "iterations": int_slider("iterations", iterations, 100, 2000, step=100),
    }
    return Panel(compute, draw, controls)
