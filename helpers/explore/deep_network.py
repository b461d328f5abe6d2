"""Explore panel of ``03_deep_network``: depth and width of a network on even-vs-odd digits.

The task is the one of ``01_logistic_regression`` and ``03_deep_network``: label 1 = odd digit,
trained on the 300 training images ``draw_subset(1438, 300, 1)`` (as the notebook) and tested on
all 359 test images. Controls: hidden layers (0 = logistic regression), units per
hidden layer, learning rate (log scale) and iterations. Each setting trains ``[64, n, ..., n, 1]``
(ReLU hidden layers, sigmoid output, He initialization, batch gradient descent) and draws the
learning curve beside the train and test accuracies, with logistic regression as a reference.
"""
from __future__ import annotations

from functools import lru_cache

from ..datasets import draw_subset, load_digits
from ..initializers import stack_dims
from ..layers import predict
from ..metrics import accuracy_percent
from ..plots import label_bars, set_bars, set_curves
from ..training import train
from ..widgets import Panel, int_slider, log_slider, panel_figure

__all__ = ["even_odd_data", "make_panel", "SUBSET_SEED", "SUBSET_SIZE"]

SUBSET_SEED = 1
SUBSET_SIZE = 300
REFERENCE = {"learning_rate": 0.05, "iterations": 1500}
"""Logistic regression as trained in the notebook, drawn as the dashed reference line."""


@lru_cache(maxsize=1)
def even_odd_data():
    """The notebook's subset of :func:`helpers.datasets.load_digits` ``("odd")``: ``(X, Y, X_test, Y_test)``.

    Shapes (64, 300), (1, 300), (64, 359), (1, 359); label 1 = odd digit. The 300 training
    images are ``draw_subset(1438, SUBSET_SIZE, SUBSET_SEED)``, the notebook's.
    """
    X_all, Y_all, X_test, Y_test = load_digits("odd")
    subset = draw_subset(X_all.shape[1], SUBSET_SIZE, SUBSET_SEED)
    arrays = (X_all[:, subset], Y_all[:, subset], X_test, Y_test)
    for array in arrays:
        array.flags.writeable = False  # shared by every cached result
    return arrays


def _fit(layer_dims, learning_rate, iterations, seed, tol=None):
    X, Y, X_test, Y_test = even_odd_data()
    parameters, history = train(X, Y, layer_dims, learning_rate=learning_rate,
                                num_iterations=int(iterations), seed=seed, tol=tol)
    return {"cost": history["cost"], "epochs": history["epochs"], "stopped_early": history["stopped_early"],
            "train": accuracy_percent(predict(X, parameters), Y), "test": accuracy_percent(predict(X_test, parameters), Y_test)}


@lru_cache(maxsize=1)
def _reference(seed):
    return _fit([64, 1], REFERENCE["learning_rate"], REFERENCE["iterations"], seed)


TOL = 1e-5
"""Early stop once the cost moves less than this over 10 iterations (1e-4 stopped some runs on a
plateau they later left; 1e-5 did not in our sweeps)."""


class _Figure:
    """The panel's figure: the learning curve (left), train and test accuracy against logistic regression (right)."""

    def setup(self):
        fig, (self.ax_cost, ax_acc) = panel_figure((9, 3.6), 2, width_ratios=[3, 2], left=0.08, right=0.97,
                                                   bottom=0.15, top=0.88, wspace=0.3)
        self.cost = self.ax_cost.plot([], [], animated=True)
        self.ax_cost.set_xlabel("iteration")
        self.ax_cost.set_ylabel("cost")
        self.title = self.ax_cost.set_title(" ", y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        self.bars = ax_acc.bar(["train", "test"], [0, 0], color=["#8c8c8c", "#1f77b4"], animated=True)
        self.bar_texts = label_bars(ax_acc, self.bars)
        self.reference = ax_acc.axhline(0, color="k", linestyle="--", linewidth=1, animated=True)
        ax_acc.set_ylim(50, 106)  # room for a label above a bar at 100 %
        ax_acc.set_yticks(range(50, 101, 10))
        ax_acc.set_ylabel("accuracy (%)")
        # the reference in the title, not in a legend: a legend inside the axes would cover the
        # animated bars and be drawn again at every change (about 10 ms of text with matplotlib 3.11);
        # the title is drawn once, its text being the same for every setting
        self.acc_title = ax_acc.set_title(" ", y=1.0, fontsize=10)
        return fig

    def draw(self, result, hidden_layers, units, learning_rate, iterations):
        dims = stack_dims(64, units, hidden_layers)
        set_curves(self.ax_cost, self.cost, [result["cost"]], bottom=0, xlim=(0, iterations))
        self.title.set_text(f"training cost, layer_dims = {dims}")
        set_bars(self.bars, [result["train"], result["test"]], self.bar_texts)
        self.reference.set_ydata([result["reference"]] * 2)
        self.acc_title.set_text(f"dashed: logistic regression, test {result['reference']:.1f} %")
        name = "logistic regression" if hidden_layers == 0 else f"{len(dims) - 1} layers"
        stop = f", stopped after {result['epochs']} iterations" if result["stopped_early"] else ""
        return f"{dims} ({name}): train {result['train']:.1f} %, test {result['test']:.1f} %{stop}"


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
        result = _fit(stack_dims(64, units, hidden_layers), learning_rate, iterations, seed, tol=TOL)
        result["reference"] = _reference(seed)["test"]
        return result

    controls = {
        "hidden_layers": int_slider("hidden layers", hidden_layers, 0, 4),
        "units": int_slider("units per hidden layer", units, 1, 32),
        "learning_rate": log_slider("learning rate", learning_rate, -3, 0, step=0.1),
        "iterations": int_slider("iterations", iterations, 100, 2000, step=100),
    }
    figure = _Figure()
    return Panel(compute, figure.draw, controls, setup=figure.setup)
