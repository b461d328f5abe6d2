"""Explore panel of ``09_batch_norm_and_tuning``: a deep network with and without batch norm.

Four controls: the learning rate (log scale, 0.001 to 10), the mini-batch size (32 to 512),
batch norm on or off, and a search sampler. Each change of the first three trains
``[64, 32, 32, 32, 32, 32, 10]`` (five ReLU hidden layers, softmax over the ten digits) with
plain mini-batch gradient descent for a few epochs on the notebook's 1,150 "fit" digits (the
training digits without its 288 dev digits, :func:`fit_dev_split`), then draws

- left: the training cost and the dev cost after every epoch;
- middle: what hidden layer 4 passes on to layer 5, ``A[4] = relu(Z_tilde[4])``, for four of its
  units (the mean over a fixed batch of 256 fit digits as a solid line, plus and minus one
  standard deviation as thin dashed lines), after every epoch: the quantity section 4 of the
  notebook watches. (What enters the ReLU would prove nothing with batch norm on: over the batch
  it is normalized with, its mean and spread are ``beta`` and ``gamma`` by construction.);
- right: where a search would put :data:`SEARCH_POINTS` learning rates over the slider's range,
  on a grid or at random, uniform on a linear or on a log scale (:func:`search_rates`), drawn on
  a linear axis and on a log axis, with the slider's rate as a red line. Changing the sampler
  does not retrain.

The status line reads ``batch norm on, lr 0.1, batch 64: train 97.0 %, dev 91.0 %; random on a
log scale: 5, 1, 5, 5 of 16 rates per decade`` (four decades, 0.001 to 10). Choose on the dev
accuracy; the test digits are not used.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from matplotlib.ticker import FormatStrFormatter, LogLocator, NullFormatter

from ..datasets import load_digits
from ..initializers import initialize_parameters
from ..layers import HIDDEN_ACTIVATIONS, model_forward, predict
from ..metrics import accuracy_percent, labels_of
from ..plots import round_limits, set_curves, set_limits
from ..training import train
from ..validation import check_choice, check_int, layer_count
from ..widgets import Panel, dropdown, int_slider, log_slider, panel_figure

__all__ = ["DEEP_DIMS", "DEV_SIZE", "RATE_RANGE", "SAMPLERS", "SEARCH_POINTS", "UNIT_COLORS", "fit_dev_split",
           "layer_input_statistics", "layer_output_statistics", "make_panel", "search_rates"]

DEEP_DIMS = [64, 32, 32, 32, 32, 32, 10]
"""The notebook's deep network: 64 pixels, five hidden layers of 32 units, ten classes."""

UNIT_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")

DEV_SIZE = 288
"""Training digits held out as the dev set, as in the notebook (1,438 = 1,150 fit + 288 dev)."""

RATE_RANGE = (1e-3, 10.0)
"""The learning-rate slider's range, over which the search sampler spreads its points."""
SEARCH_POINTS = 16
"""Learning rates a search tries (a 4 x 4 grid in two hyperparameters gives this many runs)."""
SAMPLERS = {"grid-linear": "a grid on a linear scale", "random-linear": "random on a linear scale",
            "grid-log": "a grid on a log scale", "random-log": "random on a log scale"}
"""The sampler dropdown: key -> how the status line and the plot name it."""


def search_rates(sampler, n=SEARCH_POINTS, low=RATE_RANGE[0], high=RATE_RANGE[1], *, seed=0):
    """The ``n`` learning rates a search in ``[low, high]`` tries, sorted.

    ``"grid-linear"``: evenly spaced values; ``"random-linear"``: uniform draws; ``"grid-log"``:
    evenly spaced exponents ``10**r``; ``"random-log"``: ``10**r`` with ``r`` uniform in
    ``[log10(low), log10(high)]`` (notebook 09, section 6.2). On a linear scale almost every point
    lands in the top decade; on a log scale every decade gets its share.

    Parameters
    ----------
    sampler : one of :data:`SAMPLERS`
    n : int >= 1, default 16
    low, high : floats with 0 < low < high
    seed : int >= 0, default 0 (the random samplers)

    Returns
    -------
    ndarray of shape (n,)
    """
    check_choice("sampler", sampler, tuple(SAMPLERS))
    n = check_int("n", n, low=1)
    kind, scale = sampler.split("-")
    a, b = (np.log10(low), np.log10(high)) if scale == "log" else (low, high)
    u = np.linspace(0, 1, n) if kind == "grid" else np.random.default_rng(seed).random(n)
    values = a + (b - a) * u
    return np.sort(10.0 ** values if scale == "log" else values)


def fit_dev_split(m, seed=0, dev_size=DEV_SIZE):
    """Column indices ``(fit, dev)`` of a shuffled split of ``m`` training examples, as notebook 09 makes it.

    ``order = default_rng(seed).permutation(m)``; the first ``m - dev_size`` are fit, the rest dev.
    """
    order = np.random.default_rng(check_int("seed", seed, low=0)).permutation(check_int("m", m, low=2))
    dev_size = check_int("dev_size", dev_size, low=1, high=m - 1)
    return order[:m - dev_size], order[m - dev_size:]


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


def layer_output_statistics(X, parameters, layer, *, hidden_activation="relu", output_activation="softmax"):
    """Mean and standard deviation, per unit, of hidden layer ``layer``'s output ``A[l]``: the next layer's input.

    ``A[l] = g(Z[l])`` in a plain network and ``g(Z_tilde[l])`` in a batch-normalized one, over the
    columns of ``X`` (batch norm with the statistics of ``X`` itself, nothing recorded). Unlike
    :func:`layer_input_statistics`, whose mean and spread are ``beta`` and ``gamma`` by
    construction when batch norm is on, these depend on the whole distribution of ``Z_tilde``:
    notebook 09, section 4 watches ``A[4]`` this way.

    Parameters and returns as :func:`layer_input_statistics`.
    """
    L = layer_count(parameters)
    layer = check_int("layer", layer, low=1, high=L - 1)
    check_choice("hidden_activation", hidden_activation, HIDDEN_ACTIVATIONS)
    _, caches = model_forward(X, parameters, hidden_activation=hidden_activation,
                              output_activation=output_activation)
    A = caches[layer].A_prev                               # what layer + 1 is fed
    return A.mean(axis=1), A.std(axis=1)


class _Figure:
    """The panel's figure: training and dev cost per epoch (left), the probed layer's outputs (middle), the search (right)."""

    def __init__(self, probe_layer):
        self.probe_layer = probe_layer

    def setup(self):
        fig, (self.left, self.right) = panel_figure((10, 4.0), 2, left=0.075, right=0.695, bottom=0.13, top=0.91,
                                                    wspace=0.36)
        self.costs = [self.left.plot([], [], "-o", markersize=3, animated=True)[0],
                      self.left.plot([], [], "--s", markersize=3, animated=True)[0]]
        self.left.legend(self.costs, ["training cost (epoch mean)", "dev cost (end of epoch)"],
                         loc="upper right", fontsize=7)
        self.left.set_xlabel("epoch")
        self.left.set_ylabel("cost")
        self.title = self.left.set_title(" ", fontsize=10, y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        # thin dashed lines for mean +- std: four translucent bands on top of each other blend to grey
        self.means, self.spreads = [], []
        for k, color in enumerate(UNIT_COLORS):
            self.means += self.right.plot([], [], color=color, label=f"unit {k + 1}", animated=True)
            self.spreads.append(self.right.plot([], [], [], [], color=color, linestyle="--", linewidth=0.8, animated=True))
        self.right.axhline(0.0, color="0.5", linewidth=0.6)
        # 3e+67, not an offset "1e67" written over the title when a run blows up
        self.right.yaxis.set_major_formatter(FormatStrFormatter("%g"))
        self.right.set_xlabel("epoch (0 = initialization)")
        self.right.set_ylabel(f"$A^{{[{self.probe_layer}]}}$, the input of layer {self.probe_layer + 1}")
        self.right.set_title(f"layer {self.probe_layer} output: mean, ± std (dashed)", fontsize=10, y=1.0)
        self.right.legend(loc="upper left", fontsize=7, ncol=2)
        self._setup_search(fig)
        return fig

    def _setup_search(self, fig):
        self.strips, self.search_points, self.current = [], [], []
        for y, scale in ((0.6, "linear"), (0.2, "log")):
            ax = fig.add_axes([0.75, y, 0.23, 0.1])
            ax.set_xscale(scale)
            ax.set_xlim(*RATE_RANGE)
            ax.set_ylim(-1, 1)
            ax.set_yticks([])
            if scale == "log":
                ax.xaxis.set_major_locator(LogLocator(numticks=6))
                ax.xaxis.set_minor_formatter(NullFormatter())
            else:
                ax.set_xticks([0, 2, 4, 6, 8, 10])
            ax.set_xlabel(f"learning rate, {scale} axis", fontsize=9, labelpad=2)
            ax.tick_params(labelsize=8)
            self.search_points.append(ax.plot([], [], "|", color="k", markersize=14, markeredgewidth=1.5,
                                              animated=True)[0])
            self.current.append(ax.axvline(0.1, color="#d62728", linewidth=1.5, animated=True))
            self.strips.append(ax)
        self.search_title = self.strips[0].set_title(" ", fontsize=9, y=1.25, animated=True)

    def _draw_search(self, rates, sampler, learning_rate):
        for points, line in zip(self.search_points, self.current):
            points.set_data(rates, np.zeros_like(rates))
            line.set_xdata([learning_rate, learning_rate])
        self.search_title.set_text(f"{len(rates)} rates, {SAMPLERS[sampler]}")

    def draw(self, result, learning_rate, batch_size, batch_norm, sampler):
        state = "on" if batch_norm else "off"
        epochs = np.arange(1, len(result["cost"]) + 1)
        set_curves(self.left, self.costs, [(epochs, result["cost"]), (epochs, result["dev_cost"])], log=True)
        self.title.set_text(f"batch norm {state}, lr {learning_rate:.2g}, batch {batch_size}")
        steps = np.arange(len(result["mean"]))
        for k, (line, (lower, upper)) in enumerate(zip(self.means, self.spreads)):
            mean, std = result["mean"][:, k], result["std"][:, k]
            line.set_data(steps, mean)
            lower.set_data(steps, mean - std)
            upper.set_data(steps, mean + std)
        low, high = np.nanmin(result["mean"] - result["std"]), np.nanmax(result["mean"] + result["std"])
        pad = 0.05 * (high - low) if np.isfinite(high - low) and high > low else 1.0
        # round limits (room above for the legend): a setting that stays inside them keeps the axes
        low, high = round_limits([min(low, 0) - pad, max(high, 0) + 4 * pad])
        set_limits(self.right, xlim=(0, steps[-1]), ylim=(low, high))
        self._draw_search(result["rates"], sampler, learning_rate)
        decades = np.histogram(np.log10(result["rates"]), bins=np.arange(-3, 2))[0]
        return (f"batch norm {state}, lr {learning_rate:.2g}, batch {batch_size}: "
                f"train {result['train']:.1f} %, dev {result['dev']:.1f} %; {SAMPLERS[sampler]}: "
                f"{', '.join(map(str, decades))} of {len(result['rates'])} rates per decade")


def make_panel(*, learning_rate=0.1, batch_size=64, batch_norm=True, sampler="random-log", epochs=6, probe_layer=4,
               seed=0):
    """The notebook's panel: learning rate, batch size, batch norm -> cost curves and layer statistics.

    Parameters
    ----------
    learning_rate : float in [1e-3, 10], default 0.1
        Starting value of the log-scale slider (gradient descent's learning rate).
    batch_size : int in [32, 512], default 64
        Starting mini-batch size (slider step 32).
    batch_norm : bool, default True
        Starting choice of the batch-norm dropdown.
    sampler : one of :data:`SAMPLERS`, default "random-log"
        Starting choice of the search-sampler dropdown (see :func:`search_rates`).
    epochs : int >= 1, default 6
        Passes over the training set (fixed; not a slider).
    probe_layer : int in [1, 5], default 4
        Hidden layer whose output (the next layer's input) is drawn in the middle.
    seed : int >= 0, default 0
        The fit/dev split (:func:`fit_dev_split`), initialization, mini-batch shuffles and the
        random samplers; the notebook's ``SEED`` gives its split.
    """
    X_all, Y_all, _, _ = load_digits("one_hot")
    fit_columns, dev_columns = fit_dev_split(X_all.shape[1], seed)
    X, Y, X_dev, Y_dev = X_all[:, fit_columns], Y_all[:, fit_columns], X_all[:, dev_columns], Y_all[:, dev_columns]
    y, y_dev = labels_of(Y), labels_of(Y_dev)
    probe = X[:, :256]
    epochs = check_int("epochs", epochs, low=1)
    probe_layer = check_int("probe_layer", probe_layer, low=1, high=len(DEEP_DIMS) - 2)
    units = list(range(len(UNIT_COLORS)))

    @lru_cache(maxsize=64)
    def fit(learning_rate, batch_size, batch_norm):
        means, stds = [], []

        def record(parameters):
            try:
                mean, std = layer_output_statistics(probe, parameters, probe_layer)
            except ValueError:  # nan parameters: the run is diverging; train() will say so
                mean = std = np.full(DEEP_DIMS[probe_layer], np.nan)
            means.append(mean[units])
            stds.append(std[units])

        record(initialize_parameters(DEEP_DIMS, seed=seed, batch_norm=batch_norm))
        parameters, history = train(X, Y, DEEP_DIMS, learning_rate=learning_rate, batch_size=batch_size,
                                    num_epochs=epochs, batch_norm=batch_norm, X_dev=X_dev, Y_dev=Y_dev,
                                    seed=seed, callback=lambda epoch, p, cost: record(p))
        options = history["forward_options"]
        return {
            "cost": history["cost"],
            "dev_cost": history["dev_cost"],
            "mean": np.array(means),
            "std": np.array(stds),
            "train": accuracy_percent(predict(X, parameters, **options), y),
            "dev": accuracy_percent(predict(X_dev, parameters, **options), y_dev),
        }

    def compute(learning_rate, batch_size, batch_norm, sampler):
        # a new sampler does not retrain; a diverging run raises again from fit (not cached)
        return {**fit(learning_rate, batch_size, batch_norm), "rates": search_rates(sampler, seed=seed)}

    controls = {
        "learning_rate": log_slider("learning rate", learning_rate, -3, 1),
        "batch_size": int_slider("mini-batch size", batch_size, 32, 512, step=32),
        "batch_norm": dropdown("batch norm", [("on", True), ("off", False)], bool(batch_norm)),
        "sampler": dropdown("search sampler", [(label, key) for key, label in SAMPLERS.items()], sampler),
    }
    figure = _Figure(probe_layer)
    return Panel(compute, figure.draw, controls, setup=figure.setup)
