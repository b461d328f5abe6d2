"""Explore panel of ``07_optimizers``: optimizer paths over the contours of a 2-D cost.

The cost has two weights, so the whole surface fits in one contour plot: an elongated bowl
``J = 0.5 (a w1^2 + b w2^2)`` or a Rosenbrock-like curved valley (:mod:`helpers.surfaces`).
The controls choose the optimizer, its learning rate (log scale), the two averaging rates
(``beta1`` is momentum's beta and Adam's beta1; ``beta2`` is RMSProp's beta and Adam's beta2),
the mini-batch size and a learning-rate decay ``lr0 / (1 + decay * step)``. Each change reruns
the optimizer from the same start and redraws its path over the contours beside the cost at
every step; the status line reads ``adam, lr 0.1: cost 3.1e-04 after 60 steps, 0.032 from the minimum``.

Mini-batches on a surface given by a formula are imitated: the gradient of a batch of ``B``
examples drawn from ``m = 256`` is the exact gradient plus Gaussian noise of standard deviation
:func:`batch_noise` ``(B, m, spread)``, the spread of a mean of ``B`` of ``m`` per-example
gradients. ``B = m`` is batch gradient descent (no noise).

:func:`plot_paths` draws paths over contours; the notebook uses it too.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

from ..schedules import inverse_time_decay
from ..surfaces import make_surface, optimizer_path, surface_grid
from ..training import make_optimizer
from ..validation import check_int, check_real
from ..widgets import Panel, dropdown, float_slider, log_slider

__all__ = ["EXAMPLES", "GRADIENT_SPREAD", "PATH_COLORS", "STEPS", "batch_noise", "make_panel", "optimizer_options", "plot_paths"]

EXAMPLES = 256
"""Size ``m`` of the imagined training set behind the panel's mini-batches."""

STEPS = {"bowl": 60, "valley": 300}
"""Optimizer steps drawn on each surface."""

GRADIENT_SPREAD = {"bowl": 4.0, "valley": 4.0}
"""Standard deviation of one example's gradient around the full gradient, per component."""

PATH_COLORS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e")

_NAMES = {"gd": "gradient descent", "momentum": "momentum", "rmsprop": "RMSprop", "adam": "Adam"}


def batch_noise(batch_size, m, spread):
    """Standard deviation of the mean of ``batch_size`` of ``m`` values whose spread is ``spread``.

    Drawing without replacement (a shuffled partition, as ``random_mini_batches`` does)::

        spread * sqrt((m - B) / (B (m - 1)))

    which is ``spread`` for ``B = 1``, shrinks like ``1 / sqrt(B)``, and is 0 for ``B = m``
    (the whole training set: the exact gradient).

    Parameters
    ----------
    batch_size : int in [1, m]
    m : int >= 2
    spread : float >= 0
    """
    m = check_int("m", m, low=2)
    batch_size = check_int("batch_size", batch_size, low=1, high=m)
    spread = check_real("spread", spread, low=0)
    return spread * math.sqrt((m - batch_size) / (batch_size * (m - 1)))


def optimizer_options(name, beta1=0.9, beta2=0.999):
    """The keyword arguments of optimizer ``name`` taken from the panel's two beta sliders.

    ``beta1`` is momentum's ``beta`` and Adam's ``beta1``; ``beta2`` is RMSProp's ``beta`` and
    Adam's ``beta2``; gradient descent takes none.
    """
    return {"gd": {}, "momentum": {"beta": beta1}, "rmsprop": {"beta": beta2},
            "adam": {"beta1": beta1, "beta2": beta2}}[name]


def plot_paths(surface, paths, labels=None, *, ax=None, grid=None, levels=14, title=None, colors=PATH_COLORS,
               markersize=3):
    """Draw optimizer paths over the contour lines of a 2-D surface.

    Parameters
    ----------
    surface : helpers.surfaces.Surface
    paths : list of ndarrays of shape (steps + 1, 2)
        As returned by :func:`helpers.surfaces.optimizer_path`; each is drawn from its start
        (a circle) through every step (dots).
    labels : list of str, optional, one per path
    ax : matplotlib Axes, optional
    grid : (W1, W2, J), optional
        A precomputed :func:`helpers.surfaces.surface_grid` (saves time when redrawing).
    levels : int or sequence of float, default 14
        Number of contour lines, spaced evenly in log scale above the lowest cost shown (so the
        lines crowd where the surface is steep, like a map of a steep hillside); or the costs
        at which to draw them.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(5.5, 4))
    W1, W2, J = surface_grid(surface, resolution=100) if grid is None else grid
    if np.ndim(levels) == 0:
        low = float(J.min())
        heights = np.geomspace(1e-2, float(J.max()) - low, int(levels)) + low
    else:
        heights = np.asarray(levels, dtype=float)
    ax.contour(W1, W2, J, levels=heights, colors="0.6", linewidths=0.7)
    if surface.minimum is not None:
        ax.plot(*surface.minimum, marker="*", color="k", markersize=11, linestyle="none", label="minimum")
    labels = labels or [None] * len(paths)
    for k, (path, label) in enumerate(zip(paths, labels)):
        color = colors[k % len(colors)]
        ax.plot(path[:, 0], path[:, 1], "-o", color=color, markersize=markersize, linewidth=1.2, label=label)
        ax.plot(path[0, 0], path[0, 1], "o", color=color, markersize=8, markerfacecolor="none")
    x0, x1, y0, y1 = surface.extent
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("$w_1$")
    ax.set_ylabel("$w_2$")
    if title:
        ax.set_title(title)
    if any(labels):
        ax.legend(loc="lower right", fontsize=8)
    return ax


def make_panel(*, surface="bowl", optimizer="momentum", learning_rate=0.1, beta1=0.9, beta2=0.999,
               batch_size=EXAMPLES, decay=0.0, seed=0):
    """The notebook's panel: optimizer settings -> path over the contours and cost per step.

    Parameters
    ----------
    surface : {"bowl", "valley"}, default "bowl"
        ``Bowl()`` (``a = 0.25``, ``b = 20``, 60 steps) or ``Valley()`` (``c = 10``, 300 steps).
    optimizer : {"gd", "momentum", "rmsprop", "adam"}, default "momentum"
    learning_rate : float in [1e-3, 1], default 0.1
        Starting value of the log-scale slider.
    beta1 : float in [0, 0.99], default 0.9
        Momentum's beta and Adam's beta1.
    beta2 : float in [0.5, 0.999], default 0.999
        RMSProp's beta and Adam's beta2.
    batch_size : one of 1, 4, 16, 64, 256, default 256
        Mini-batch size out of ``m = 256``; 256 is batch gradient descent.
    decay : float in [0, 0.2], default 0
        ``decay_rate`` of ``lr = lr0 / (1 + decay_rate * step)`` (each step plays an epoch).
    seed : int >= 0, default 0
        Source of the mini-batch noise.
    """
    surfaces = {name: make_surface(name) for name in STEPS}
    grids = {name: surface_grid(s, resolution=90) for name, s in surfaces.items()}

    def compute(surface, optimizer, learning_rate, beta1, beta2, batch_size, decay):
        s = surfaces[surface]
        opt = make_optimizer(optimizer, learning_rate, **optimizer_options(optimizer, beta1, beta2))
        path, costs = optimizer_path(
            s, opt, s.start, STEPS[surface],
            schedule=inverse_time_decay(decay) if decay > 0 else None,
            gradient_noise=batch_noise(batch_size, EXAMPLES, GRADIENT_SPREAD[surface]), seed=seed)
        return path, costs

    def draw(result, surface, optimizer, learning_rate, beta1, beta2, batch_size, decay):
        path, costs = result
        s = surfaces[surface]
        fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 3.9), gridspec_kw={"width_ratios": [1.35, 1]})
        batch = "batch GD" if batch_size == EXAMPLES else f"mini-batch {batch_size}"
        plot_paths(s, [path], ax=left, grid=grids[surface],
                   title=f"{_NAMES[optimizer]}, lr {learning_rate:.2g}, {batch}, decay {decay:g}")
        right.plot(np.arange(len(costs)), costs, color=PATH_COLORS[0])
        if costs.min() > 0:
            right.set_yscale("log")
        right.set_xlabel("step")
        right.set_ylabel("cost J(w)")
        right.set_title("cost at every step")
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.13, top=0.91, wspace=0.25)
        distance = float(np.hypot(*(path[-1] - np.asarray(s.minimum))))
        return (f"{optimizer}, lr {learning_rate:.2g}: cost {costs[-1]:.1e} after {len(costs) - 1} steps, "
                f"{distance:.3f} from the minimum")

    controls = {
        "surface": dropdown("surface", [("elongated bowl", "bowl"), ("curved valley", "valley")], surface),
        "optimizer": dropdown("optimizer", [(label, key) for key, label in _NAMES.items()], optimizer),
        "learning_rate": log_slider("learning rate", learning_rate, -3, 0),
        "beta1": float_slider("β momentum / β1 Adam", beta1, 0.0, 0.99, 0.01),
        "beta2": float_slider("β RMSprop / β2 Adam", beta2, 0.5, 0.999, 0.001),
        "batch_size": dropdown("mini-batch size (of 256)", [1, 4, 16, 64, EXAMPLES], batch_size),
        "decay": float_slider("decay rate", decay, 0.0, 0.2, 0.01),
    }
    controls["beta2"].readout_format = ".3f"
    return Panel(compute, draw, controls)
