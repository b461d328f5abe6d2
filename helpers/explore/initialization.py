"""Explore panel of ``04_initialization``: initialization method, weight scale, depth, activation.

Each change builds a network ``[2, 10, ..., 10, 1]`` with ``depth`` hidden layers of 10 units,
initializes it with the chosen method and trains it with batch gradient descent on the circles
set (300 training, 100 test points). The figure shows, left to right: the size (standard
deviation) of every hidden layer's activations ``A[l]`` and of the gradient ``dA[l]`` that
backpropagation sends to it, at initialization; the learning curve; the decision boundary. The
status line reads ``he, depth 3: cost 0.7017 -> 0.0405, train 100.0 %, test 100.0 %``.

The scale slider is the ``scale`` of ``init="random"`` (weights ``N(0, 1) * scale``); the other
methods ignore it, and their results are cached once for every scale.
"""
from __future__ import annotations

from functools import lru_cache

import matplotlib.pyplot as plt
import numpy as np

from ..activations import ACTIVATIONS
from ..datasets import load_planar
from ..initializers import INIT_METHODS, initialize_parameters
from ..layers import model_forward, predict
from ..metrics import accuracy
from ..plots import plot_decision_boundary
from ..training import train
from ..validation import TrainingDiverged, check_choice, check_int
from ..widgets import Panel, dropdown, int_slider, log_slider

__all__ = ["layer_dims_for", "layer_signals", "make_panel"]

WIDTH = 10
"""Units in every hidden layer of the panel's networks."""


def layer_dims_for(depth, width=WIDTH, n_x=2):
    """``[n_x, width, ..., width, 1]`` with ``depth`` hidden layers (``depth >= 1``)."""
    depth = check_int("depth", depth, low=1)
    width = check_int("width", width, low=1)
    return [n_x] + [width] * depth + [1]


def layer_signals(X, Y, parameters, *, hidden_activation="relu"):
    """How big the forward and backward signals are in every hidden layer, at these parameters.

    Runs one forward pass (:func:`helpers.model_forward`, sigmoid output) and sends the gradient
    of the cross-entropy cost back, layer by layer::

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
    Y = np.asarray(Y, dtype=float)
    AL, caches = model_forward(X, parameters, hidden_activation=hidden_activation)
    L = len(caches)
    if L < 2:
        raise ValueError(f"`parameters` must describe at least one hidden layer (W1 and W2); got L = {L}")
    backward = ACTIVATIONS[hidden_activation][1]
    with np.errstate(over="ignore", invalid="ignore"):
        activations = np.array([np.std(caches[l].linear[0]) for l in range(1, L)])
        gradients = np.zeros(L - 1)
        dZ = AL - Y
        for l in range(L, 1, -1):  # layer l sends dA[l-1] down to the hidden layer below it
            dA = caches[l - 1].linear[1].T @ dZ
            gradients[l - 2] = np.std(dA)
            dZ = backward(dA, caches[l - 2].Z)
    return activations, gradients


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
    learning_rate : float > 0, default 0.05
    resolution : int >= 10, default 60
        Grid points per axis of the decision boundary.
    seed : int >= 0, default 0
        Seed of the initialization.
    """
    X, Y, X_test, Y_test = load_planar("circles")

    @lru_cache(maxsize=256)
    def run(method, scale, depth, activation):
        dims = layer_dims_for(depth)
        start = initialize_parameters(dims, method, scale=scale or 0.01, seed=seed)
        signals = layer_signals(X, Y, start, hidden_activation=activation)
        out = {"dims": dims, "signals": signals, "parameters": None, "cost": None, "error": None}
        try:
            parameters, history = train(X, Y, dims, parameters=start, hidden_activation=activation,
                                        learning_rate=learning_rate, num_iterations=iterations, tol=1e-7)
        except TrainingDiverged as exc:
            out["error"] = str(exc)
            return out
        options = history["forward_options"]
        out.update(parameters=parameters, cost=np.asarray(history["cost"]), stopped=history["stopped_early"],
                   train=accuracy(predict(X, parameters, **options), Y),
                   test=accuracy(predict(X_test, parameters, **options), Y_test))
        return out

    def compute(method, scale, depth, activation):
        # only "random" reads the scale: the other methods share one cached result for every scale
        return run(method, float(scale) if method == "random" else None, int(depth), activation)

    def draw(result, method, scale, depth, activation):
        name = f"random x {scale:.3g}" if method == "random" else method
        fig, (ax_sig, ax_cost, ax_bound) = plt.subplots(1, 3, figsize=(13, 3.8))
        fig.subplots_adjust(left=0.085, right=0.98, bottom=0.14, top=0.9, wspace=0.33)  # fixed: tight_layout costs ~0.1 s
        layers = np.arange(1, depth + 1)
        acts, grads = result["signals"]
        drawn = False
        for values, label, style in ((acts, "activations A[l]", "o-"), (grads, "gradients dA[l]", "s--")):
            ok = np.isfinite(values) & (values > 0)
            if ok.any():
                ax_sig.plot(layers[ok], values[ok], style, label=label, markersize=4)
                drawn = True
        if drawn:
            ax_sig.set_yscale("log")
            ax_sig.legend(fontsize=8)
            shown = np.r_[acts, grads]
            shown = shown[np.isfinite(shown) & (shown > 0)]
            if shown.max() < 100 * shown.min():  # at least four decades, so steady signals look flat
                middle = np.sqrt(shown.max() * shown.min())
                ax_sig.set_ylim(middle / 100, middle * 100)
        if not drawn:
            ax_sig.text(0.5, 0.5, "every activation and gradient\nis exactly 0 (nothing to draw\non a log scale)",
                        transform=ax_sig.transAxes, ha="center", va="center", fontsize=9)
        elif not np.all(np.isfinite(np.r_[acts, grads]) & (np.r_[acts, grads] > 0)):
            ax_sig.text(0.5, 0.04, "layers that are exactly 0 (or overflow) are not drawn",
                        transform=ax_sig.transAxes, ha="center", va="bottom", fontsize=8)
        ax_sig.set_xlabel("hidden layer l")
        ax_sig.set_ylabel("standard deviation")
        ax_sig.set_title(f"at initialization: {name}, {activation}", fontsize=10)
        ax_sig.set_xticks(layers if depth <= 10 else layers[::2])

        if result["error"] is not None:
            for ax in (ax_cost, ax_bound):
                ax.text(0.5, 0.5, "training diverged", transform=ax.transAxes, ha="center", va="center")
                ax.set_xticks([])
                ax.set_yticks([])
            return f"{name}, depth {depth}: diverged: {result['error']}"

        cost = result["cost"]
        ax_cost.plot(np.arange(len(cost)), cost)
        ax_cost.set_yscale("log")
        if 0 < cost.min() and cost.max() < 3 * cost.min():  # a nearly flat curve should look flat
            ax_cost.set_ylim(cost.min() / 2, cost.max() * 2)
        ax_cost.set_xlabel("iteration")
        ax_cost.set_ylabel("cost (log scale)")
        stopped = ", stuck: stopped early" if result["stopped"] else ""
        ax_cost.set_title(f"learning curve{stopped}", fontsize=10)

        parameters = result["parameters"]
        plot_decision_boundary(lambda P: predict(P, parameters, hidden_activation=activation), X, Y,
                               ax=ax_bound, resolution=resolution, s=8)
        ax_bound.set_title(f"train {result['train']:.1f} %, test {result['test']:.1f} %", fontsize=10)
        return (f"{name}, depth {depth}: cost {cost[0]:.4f} -> {cost[-1]:.4f}, "
                f"train {result['train']:.1f} %, test {result['test']:.1f} %")

    controls = {
        "method": dropdown("initialization", list(INIT_METHODS), method),
        "scale": log_slider("scale (random only)", scale, -3, 2, step=0.25),
        "depth": int_slider("hidden layers", depth, 1, 15),
        "activation": dropdown("hidden activation", ["relu", "tanh"], activation),
    }
    return Panel(compute, draw, controls)
