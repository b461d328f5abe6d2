"""Explore panel of ``09_batch_norm_and_tuning``: a deep network with and without batch norm.

Three controls: the learning rate (log scale, 0.001 to 10), the mini-batch size (32 to 512) and
batch norm on or off. Each change trains ``[64, 32, 32, 32, 32, 32, 10]`` (five ReLU hidden
layers, softmax over the ten digits) with plain mini-batch gradient descent for a few epochs on
the 1,438 training digits, then draws

- left: the training cost and the test cost after every epoch;
- right: what enters the ReLU of hidden layer 3 for four of its units (the mean over a fixed
  batch of 256 training digits as a line, plus and minus one standard deviation as a band),
  after every epoch. With batch norm these are ``beta`` and ``gamma``, which move slowly; without
  it they follow every change of the layers below.

The status line reads ``batch norm on, lr 0.1, batch 64: train 99.4 %, test 96.4 %``.
"""
from __future__ import annotations

import numpy as np
from matplotlib.ticker import FormatStrFormatter

from ..datasets import load_digits
from ..initializers import initialize_parameters
from ..layers import HIDDEN_ACTIVATIONS, model_forward, predict
from ..metrics import accuracy, labels_of
from ..plots import set_curves
from ..training import train
from ..validation import check_choice, check_int, layer_count
from ..widgets import Panel, dropdown, int_slider, log_slider, panel_figure

__all__ = ["DEEP_DIMS", "UNIT_COLORS", "layer_input_statistics", "make_panel"]

DEEP_DIMS = [64, 32, 32, 32, 32, 32, 10]
"""The notebook's deep network: 64 pixels, five hidden layers of 32 units, ten classes."""

UNIT_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


def layer_input_statistics(X, parameters, layer, *, hidden_activation="relu", output_activation="softmax"):
    """Mean and standard deviation, per unit, of what enters hidden layer ``layer``'s activation.

    That is ``Z[l] = W[l] A[l-1] + b[l]`` in a plain network and ``Z_tilde[l] = gamma[l] Z_norm[l]
    + beta[l]`` in a batch-normalized one, computed over the columns of ``X``. Batch norm uses
    the statistics of ``X`` itself (training mode without running averages), so nothing is
    recorded anywhere.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    parameters : dict, as from :func:`helpers.initialize_parameters` (with or without batch norm)
    layer : int in [1, L - 1]
        A hidden layer.
    hidden_activation, output_activation : as in :func:`helpers.model_forward`

    Returns
    -------
    mean, std : ndarrays of shape (n[layer],)
    """
    L = layer_count(parameters)
    layer = check_int("layer", layer, low=1, high=L - 1)
    check_choice("hidden_activation", hidden_activation, HIDDEN_ACTIVATIONS)
    _, caches = model_forward(X, parameters, hidden_activation=hidden_activation,
                              output_activation=output_activation)
    Z = caches[layer - 1].Z
    return Z.mean(axis=1), Z.std(axis=1)


class _Figure:
    """The panel's figure: training and test cost per epoch (left), the probed layer's ReLU inputs (right)."""

    def __init__(self, probe_layer):
        self.probe_layer = probe_layer

    def setup(self):
        fig, (self.left, self.right) = panel_figure((10.5, 3.8), 2, left=0.08, right=0.98, bottom=0.14, top=0.91,
                                                    wspace=0.25)
        self.costs = [self.left.plot([], [], "-o", markersize=3)[0], self.left.plot([], [], "--s", markersize=3)[0]]
        self.left.legend(self.costs, ["training cost (mean over the epoch)", "test cost (end of the epoch)"],
                         loc="upper right", fontsize=8)
        self.left.set_xlabel("epoch")
        self.left.set_ylabel("cost")
        self.title = self.left.set_title(" ", y=1.0)  # a fixed y skips a layout pass per redraw
        self.means, self.bands = [], []
        for k, color in enumerate(UNIT_COLORS):
            self.means += self.right.plot([], [], color=color, label=f"unit {k + 1}")
            self.bands.append(self.right.fill_between([0, 1], [0, 0], [0, 0], color=color, alpha=0.12, linewidth=0))
        self.right.axhline(0.0, color="0.5", linewidth=0.6)
        # 3e+67, not an offset "1e67" written over the title when a run blows up
        self.right.yaxis.set_major_formatter(FormatStrFormatter("%g"))
        self.right.set_xlabel("epoch (0 = initialization)")
        self.right.set_ylabel("input to the ReLU")
        self.right.set_title(f"hidden layer {self.probe_layer}: mean ± std over 256 digits", y=1.0)
        self.right.legend(loc="upper left", fontsize=8, ncol=2)
        return fig

    def draw(self, result, learning_rate, batch_size, batch_norm):
        state = "on" if batch_norm else "off"
        epochs = np.arange(1, len(result["cost"]) + 1)
        set_curves(self.left, self.costs, [(epochs, result["cost"]), (epochs, result["test_cost"])], log=True)
        self.title.set_text(f"batch norm {state}, lr {learning_rate:.2g}, batch {batch_size}")
        steps = np.arange(len(result["mean"]))
        for k, (line, band) in enumerate(zip(self.means, self.bands)):
            mean, std = result["mean"][:, k], result["std"][:, k]
            line.set_data(steps, mean)
            band.set_data(steps, mean - std, mean + std)
        low, high = np.nanmin(result["mean"] - result["std"]), np.nanmax(result["mean"] + result["std"])
        pad = 0.05 * (high - low) if np.isfinite(high - low) and high > low else 1.0
        self.right.set_ylim(min(low, 0) - pad, max(high, 0) + 4 * pad)  # room above for the legend
        self.right.set_xlim(0, steps[-1])
        return (f"batch norm {state}, lr {learning_rate:.2g}, batch {batch_size}: "
                f"train {result['train']:.1f} %, test {result['test']:.1f} %")


def make_panel(*, learning_rate=0.1, batch_size=64, batch_norm=True, epochs=6, probe_layer=3, seed=0):
    """The notebook's panel: learning rate, batch size, batch norm -> cost curves and layer statistics.

    Parameters
    ----------
    learning_rate : float in [1e-3, 10], default 0.1
        Starting value of the log-scale slider (gradient descent's learning rate).
    batch_size : int in [32, 512], default 64
        Starting mini-batch size (slider step 32).
    batch_norm : bool, default True
        Starting choice of the batch-norm dropdown.
    epochs : int >= 1, default 6
        Passes over the training set (fixed; not a slider).
    probe_layer : int in [1, 5], default 3
        Hidden layer whose inputs to the ReLU are drawn on the right.
    seed : int >= 0, default 0
        Initialization and mini-batch shuffles.
    """
    X, Y, X_test, Y_test = load_digits("one_hot")
    y, y_test = labels_of(Y), labels_of(Y_test)
    probe = X[:, :256]
    epochs = check_int("epochs", epochs, low=1)
    probe_layer = check_int("probe_layer", probe_layer, low=1, high=len(DEEP_DIMS) - 2)
    units = list(range(len(UNIT_COLORS)))

    def compute(learning_rate, batch_size, batch_norm):
        means, stds = [], []

        def record(parameters):
            try:
                mean, std = layer_input_statistics(probe, parameters, probe_layer)
            except ValueError:  # nan parameters: the run is diverging; train() will say so
                mean = std = np.full(DEEP_DIMS[probe_layer], np.nan)
            means.append(mean[units])
            stds.append(std[units])

        record(initialize_parameters(DEEP_DIMS, seed=seed, batch_norm=batch_norm))
        parameters, history = train(X, Y, DEEP_DIMS, learning_rate=learning_rate, batch_size=batch_size,
                                    num_epochs=epochs, batch_norm=batch_norm, X_dev=X_test, Y_dev=Y_test,
                                    seed=seed, callback=lambda epoch, p, cost: record(p))
        options = history["forward_options"]
        return {
            "cost": history["cost"],
            "test_cost": history["dev_cost"],
            "mean": np.array(means),
            "std": np.array(stds),
            "train": accuracy(predict(X, parameters, **options), y),
            "test": accuracy(predict(X_test, parameters, **options), y_test),
        }

    controls = {
        "learning_rate": log_slider("learning rate", learning_rate, -3, 1),
        "batch_size": int_slider("mini-batch size", batch_size, 32, 512, step=32),
        "batch_norm": dropdown("batch norm", [("on", True), ("off", False)], bool(batch_norm)),
    }
    figure = _Figure(probe_layer)
    return Panel(compute, figure.draw, controls, setup=figure.setup)
