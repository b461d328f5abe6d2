"""Explore panel of ``04_initialization``: initialization method, weight scale, depth, activation.

Each change builds a network ``[2, 10, ..., 10, 1]`` with ``depth`` hidden layers of 10 units,
initializes it with the chosen method and trains it with batch gradient descent on the circles
set (300 training, 100 test points), from the chosen seed and at the chosen learning rate. The
figure shows, left to right: the size (standard
deviation) of every hidden layer's activations ``A[l]`` and of the gradient ``dA[l]`` that
backpropagation sends to it, at initialization; the learning curve; the decision boundary. The
status line reads ``he, depth 3, seed 0, lr 0.05: cost 0.7017 -> 0.0405, train 100.0 %, test 100.0 %``.
The seed slider shows how much a narrow deep network's fate depends on its start.

The scale slider is the ``scale`` of ``init="random"`` (weights ``N(0, 1) * scale``); the other
methods ignore it, and the panel caches their result once for every scale.
"""
from __future__ import annotations

import numpy as np

from ..activations import ACTIVATIONS
from ..datasets import load_planar
from ..initializers import INIT_METHODS, initialize_parameters, stack_dims
from ..layers import model_backward, model_forward, predict
from ..metrics import accuracy_percent
from ..plots import BoundaryArtists, boundary_grid, round_limits, set_curves, set_limits, set_log_y
from ..training import train
from ..validation import TrainingDiverged, check_choice
from ..widgets import Panel, choice_slider, dropdown, int_slider, log_choices, log_slider, panel_figure

__all__ = ["LEARNING_RATES", "SEEDS", "WIDTH", "layer_signals", "make_panel"]

WIDTH = 10
"""Units in every hidden layer of the panel's networks."""
SEEDS = 10
"""The seed slider offers seeds 0 .. SEEDS - 1."""
LEARNING_RATES = log_choices(1e-3, 1.0)
"""The learning-rate slider's values: 0.001, 0.002, 0.005, ..., 0.5, 1 (0.05 is the notebook's)."""


def layer_signals(X, Y, parameters, *, hidden_activation="relu"):
    """How big the forward and backward signals are in every hidden layer, at these parameters.

    Runs one forward pass (:func:`helpers.model_forward`, sigmoid output) and one backward pass
    (:func:`helpers.model_backward` with ``return_dA=True``), which sends the gradient of the
    cross-entropy cost back layer by layer::

        dZ[L] = A[L] - Y,   dA[l] = W[l+1]^T dZ[l+1],   dZ[l] = dA[l] * g'(Z[l])

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m), 0/1 labels
    parameters : dict ``W1, b1, ..., WL, bL`` (L >= 2, so there is at least one hidden layer)
    hidden_activation : {"relu", "tanh", "sigmoid", "leaky_relu", "linear"}, default "relu"

    Returns
    -------
    activations : ndarray of shape (L - 1,)
        Standard deviation of ``A[l]`` over all units and examples, for l = 1 .. L-1.
    gradients : ndarray of shape (L - 1,)
        Standard deviation of ``dA[l]`` (the cost's gradient with respect to ``A[l]``,
        without the 1/m of the mean: it is the signal each example sends back), l = 1 .. L-1.
        Values may be 0 (all units dead) or inf (overflow) for extreme weights.
    """
    check_choice("hidden_activation", hidden_activation, tuple(ACTIVATIONS))
    with np.errstate(over="ignore", invalid="ignore"):
        AL, caches = model_forward(X, parameters, hidden_activation=hidden_activation)
        L = len(caches)
        if L < 2:
            raise ValueError(f"`parameters` must describe at least one hidden layer (W1 and W2); got L = {L}")
        grads = model_backward(AL, Y, caches, return_dA=True)
        # caches[l].A_prev is A[l] (the input of layer l + 1); grads[f"dA{l}"] reaches A[l]
        activations = np.array([np.std(caches[l].A_prev) for l in range(1, L)])
        gradients = np.array([np.std(grads[f"dA{l}"]) for l in range(1, L)])
    return activations, gradients


class _Figure:
    """The panel's figure: signal sizes at initialization, the learning curve, the decision boundary."""

    def __init__(self, X, Y, resolution):
        self.X, self.Y, self.resolution = X, Y, resolution

    def setup(self):
        fig, (self.ax_sig, self.ax_cost, ax_bound) = panel_figure((11, 3.6), 3, left=0.08, right=0.985, bottom=0.14,
                                                                  top=0.9, wspace=0.33)
        self._setup_signals(self.ax_sig)
        self.cost = self.ax_cost.plot([], [], animated=True)
        self.ax_cost.set_xlabel("iteration")
        self.ax_cost.set_ylabel("cost (log scale)")
        self.cost_title = self.ax_cost.set_title(" ", fontsize=10, y=1.0, animated=True)
        self.boundary = BoundaryArtists(ax_bound, resolution=self.resolution, s=8, animated=True)
        self.boundary_title = ax_bound.set_title(" ", fontsize=10, y=1.0, animated=True)
        self.diverged = [ax.text(0.5, 0.5, "training diverged", transform=ax.transAxes, ha="center", va="center")
                         for ax in (self.ax_cost, ax_bound)]
        return fig

    def _setup_signals(self, ax):
        # fixed title positions (y=1.0) skip a layout pass per redraw
        self.signals = [ax.plot([], [], "o-", markersize=4, animated=True)[0],
                        ax.plot([], [], "s--", markersize=4, animated=True)[0]]
        ax.legend(self.signals, ["activations A[l]", "gradients dA[l]"], fontsize=8, loc="upper right")
        self.all_zero = ax.text(0.5, 0.5, "every activation and gradient\nis exactly 0 (nothing to draw\non a log "
                                "scale)", transform=ax.transAxes, ha="center", va="center", fontsize=9)
        self.some_zero = ax.text(0.5, 0.04, "layers that are exactly 0 (or overflow) are not drawn",
                                 transform=ax.transAxes, ha="center", va="bottom", fontsize=8)
        ax.set_xlabel("hidden layer l")
        ax.set_ylabel("standard deviation")
        self.sig_title = ax.set_title(" ", fontsize=10, y=1.0, animated=True)
        set_log_y(ax)

    def _draw_signals(self, signals, depth):
        layers = np.arange(1, depth + 1)
        shown = []
        for line, values in zip(self.signals, signals):
            ok = np.isfinite(values) & (values > 0)
            line.set_data(layers[ok], values[ok])
            shown.append(values[ok])
        shown = np.concatenate(shown)
        self.all_zero.set_visible(shown.size == 0)
        self.some_zero.set_visible(0 < shown.size < 2 * depth)
        low, high = (shown.min(), shown.max()) if shown.size else (0.1, 10.0)
        if high < 100 * low:  # at least four decades, so steady signals look flat
            middle = np.sqrt(high * low)
            low, high = middle / 100, middle * 100
        set_limits(self.ax_sig, xlim=(0.5, depth + 0.5), ylim=round_limits([low / 1.5, high * 1.5], log=True))
        ticks = layers if depth <= 10 else layers[::2]
        if not np.array_equal(self.ax_sig.get_xticks(), ticks):
            self.ax_sig.set_xticks(ticks)

    def draw(self, result, method, scale, depth, activation, seed, learning_rate):
        name = f"random x {scale:.3g}" if method == "random" else method
        where = f"depth {depth}, seed {seed}, lr {learning_rate:g}"
        self._draw_signals(result["signals"], depth)
        self.sig_title.set_text(f"at initialization: {name}, {activation}")
        failed = result["error"] is not None
        for artist in self.diverged:
            artist.set_visible(failed)
        for artist in (*self.cost, self.boundary.image, self.boundary.points):
            artist.set_visible(not failed)
        for ax in (self.ax_cost, self.boundary.ax):
            if ax.axison == failed:
                ax.set_axis_off() if failed else ax.set_axis_on()
        if failed:
            self.cost_title.set_text("")
            self.boundary_title.set_text("")
            return f"{name}, {where}: diverged: {result['error']}"
        cost = result["cost"]
        set_curves(self.ax_cost, self.cost, [cost], log=True)
        self.cost_title.set_text(f"learning curve{', stuck: stopped early' if result['stopped'] else ''}")
        self.boundary.update(result["regions"], self.X, self.Y)
        self.boundary_title.set_text(f"train {result['train']:.1f} %, test {result['test']:.1f} %")
        return (f"{name}, {where}: cost {cost[0]:.4f} -> {cost[-1]:.4f}, "
                f"train {result['train']:.1f} %, test {result['test']:.1f} %")


def make_panel(*, method="he", scale=1.0, depth=3, activation="relu", iterations=500,
               learning_rate=0.05, resolution=60, seed=0):
    """The notebook's panel: method, scale and depth -> signals, learning curve, decision boundary.

    Parameters
    ----------
    method : {"zeros", "random", "xavier", "he"}, default "he"
        Starting value of the initialization dropdown.
    scale : float in [1e-3, 1e2], default 1.0
        Starting value of the (log) scale slider, used by ``method="random"`` only.
    depth : int in [1, 15], default 3
        Starting number of hidden layers (10 units each).
    activation : {"relu", "tanh"}, default "relu"
        Starting hidden activation.
    iterations : int >= 1, default 500
        Gradient-descent steps per training run (fixed; not a slider). Runs also stop early when
        the cost has changed by less than 1e-7 over 10 steps (a stuck network).
    learning_rate : one of :data:`LEARNING_RATES` (0.001 to 1), default 0.05
        Starting value of the learning-rate slider.
    resolution : int >= 10, default 60
        Grid points per axis of the decision boundary.
    seed : int in [0, 9], default 0
        Starting value of the seed slider (the seed of the initialization).
    """
    X, Y, X_test, Y_test = load_planar("circles")

    _, _, points = boundary_grid(X, resolution)

    def compute(method, scale, depth, activation, seed, learning_rate):
        dims = stack_dims(X.shape[0], WIDTH, depth)
        start = initialize_parameters(dims, method, scale=scale, seed=seed)
        out = {"dims": dims, "signals": layer_signals(X, Y, start, hidden_activation=activation), "error": None}
        try:
            parameters, history = train(X, Y, dims, parameters=start, hidden_activation=activation,
                                        learning_rate=learning_rate, num_iterations=iterations, tol=1e-7)
        except TrainingDiverged as exc:
            out["error"] = str(exc)
            return out
        options = history["forward_options"]
        out.update(cost=np.asarray(history["cost"]), stopped=history["stopped_early"],
                   regions=predict(points, parameters, **options),
                   train=accuracy_percent(predict(X, parameters, **options), Y),
                   test=accuracy_percent(predict(X_test, parameters, **options), Y_test))
        return out

    def cache_key(values):
        # only "random" reads the scale: the other methods share one result (and picture) for every scale
        return tuple((name, None if name == "scale" and values["method"] != "random" else value)
                     for name, value in sorted(values.items()))

    controls = {
        "method": dropdown("initialization", list(INIT_METHODS), method),
        "scale": log_slider("scale (random only)", scale, -3, 2, step=0.25),
        "depth": int_slider("hidden layers", depth, 1, 15),
        "activation": dropdown("hidden activation", ["relu", "tanh"], activation),
        "seed": int_slider("seed", seed, 0, SEEDS - 1),
        "learning_rate": choice_slider("learning rate", LEARNING_RATES, learning_rate),
    }
    figure = _Figure(X, Y, resolution)
    return Panel(compute, figure.draw, controls, setup=figure.setup, cache_key=cache_key)
