"""Explore panel of ``07_optimizers``: optimizer paths over the contours of a 2-D cost.

The cost has two weights, so the whole surface fits in one contour plot: an elongated bowl
``J = 0.5 (a w1^2 + b w2^2)`` or a Rosenbrock-like curved valley (:mod:`helpers.surfaces`).
The controls choose the optimizer, its learning rate (:data:`LEARNING_RATES`, a log scale that
includes every rate the notebook quotes), the two averaging rates (``beta1`` is momentum's beta
and Adam's beta1; ``beta2`` is RMSProp's beta and Adam's beta2; both move over :data:`BETAS`,
evenly spaced in ``log(1 - beta)`` as notebook 09 teaches to sample them), the mini-batch size and
a learning-rate decay ``lr0 / (1 + decay * step)``. Each change reruns the optimizer from the same
start and redraws its path over the contours beside the cost at every step; the status line reads
``adam, lr 0.1: cost 3.1e-04 after 60 steps, 0.032 from the minimum``, or ``... diverged: the cost
rose from 25.6 to 1.2e+115 in 60 steps ...`` when the path ends higher than it started.

Mini-batches on a surface given by a formula are imitated: the gradient of a batch of ``B``
examples drawn from ``m = 256`` is the exact gradient plus Gaussian noise of standard deviation
:func:`batch_noise` ``(B, m, spread)``, the spread of a mean of ``B`` of ``m`` per-example
gradients. ``B = m`` is batch gradient descent (no noise).

Paths over contours are drawn with :func:`helpers.plots.draw_contours`, as the notebook's
:func:`helpers.plots.plot_paths` draws them.
"""
from __future__ import annotations

import math

import numpy as np

from ..plots import PATH_COLORS, draw_contours, set_curves, set_limits
from ..schedules import inverse_time_decay
from ..surfaces import make_surface, optimizer_path, surface_grid
from ..optimizers import make_optimizer
from ..validation import check_int, check_real
from ..widgets import Panel, choice_slider, dropdown, float_slider, log_choices, panel_figure

__all__ = ["BETAS", "EXAMPLES", "GRADIENT_SPREAD", "LEARNING_RATES", "STEPS", "batch_noise", "make_panel",
           "optimizer_options"]

EXAMPLES = 256
"""Size ``m`` of the imagined training set behind the panel's mini-batches."""

STEPS = {"bowl": 60, "valley": 300}
"""Optimizer steps drawn on each surface."""

GRADIENT_SPREAD = {"bowl": 4.0, "valley": 4.0}
"""Standard deviation of one example's gradient around the full gradient, per component."""

LEARNING_RATES = sorted({*log_choices(1e-3, 1.0, (1, 1.2, 1.5, 1.8, 2, 2.5, 3, 4, 5, 6, 7, 8, 9)), 0.099})
"""The learning-rate slider's values: 0.001 to 1, thirteen per decade, with the rates the notebook
quotes (0.018, 0.02, 0.05, 0.09, 0.099, 0.1, 0.15, 0.2, 0.5)."""

BETAS = tuple(round(1 - d, 3) for d in reversed(log_choices(1e-3, 1.0)))
"""The beta sliders' values, 0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999: ``1 - beta``
on a 1-2-5 log scale (1 to 0.001), so each step changes the averaging window ``1 / (1 - beta)``
by a similar factor; a linear slider would spend most of its length below 0.9."""

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


class _Figure:
    """The panel's figure: the path over the surface's contours (left), the cost at every step (right).

    The contours of both surfaces are drawn once; a change of surface only shows the other set.
    """

    def __init__(self, surfaces):
        self.surfaces = surfaces

    def setup(self):
        fig, (self.ax_path, self.ax_cost) = panel_figure((10.5, 3.9), 2, width_ratios=[1.35, 1], left=0.07,
                                                         right=0.98, bottom=0.13, top=0.91, wspace=0.25)
        self.contours = {name: draw_contours(self.ax_path, s, grid=surface_grid(s, resolution=90))
                         for name, s in self.surfaces.items()}
        self.path, = self.ax_path.plot([], [], "-o", color=PATH_COLORS[0], markersize=3, linewidth=1.2, animated=True)
        self.start, = self.ax_path.plot([], [], "o", color=PATH_COLORS[0], markersize=8, markerfacecolor="none",
                                        animated=True)
        self.ax_path.set_xlabel("$w_1$")
        self.ax_path.set_ylabel("$w_2$")
        self.path_title = self.ax_path.set_title(" ", y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        self.cost = self.ax_cost.plot([], [], color=PATH_COLORS[0], animated=True)
        self.ax_cost.set_xlabel("step")
        self.ax_cost.set_ylabel("cost J(w)")
        self.ax_cost.set_title("cost at every step", y=1.0)
        return fig

    def draw(self, result, surface, optimizer, learning_rate, beta1, beta2, batch_size, decay):
        path, costs = result
        s = self.surfaces[surface]
        for name, artists in self.contours.items():
            for artist in artists:
                artist.set_visible(name == surface)
        self.path.set_data(path[:, 0], path[:, 1])
        self.start.set_data(path[:1, 0], path[:1, 1])
        set_limits(self.ax_path, xlim=s.extent[:2], ylim=s.extent[2:])
        batch = "batch GD" if batch_size == EXAMPLES else f"mini-batch {batch_size}"
        self.path_title.set_text(f"{_NAMES[optimizer]}, lr {learning_rate:.2g}, {batch}, decay {decay:g}")
        set_curves(self.ax_cost, self.cost, [costs], log=True)
        steps = len(costs) - 1
        if not costs[-1] <= costs[0]:  # ends higher than it started (or overflowed): no distance to print
            return (f"{optimizer}, lr {learning_rate:.2g}: diverged: the cost rose from {costs[0]:.3g} to "
                    f"{costs[-1]:.2g} in {steps} steps; try a smaller learning rate")
        distance = float(np.hypot(*(path[-1] - np.asarray(s.minimum))))
        return (f"{optimizer}, lr {learning_rate:.2g}: cost {costs[-1]:.1e} after {steps} steps, "
                f"{distance:.3f} from the minimum")


def make_panel(*, surface="bowl", optimizer="momentum", learning_rate=0.1, beta1=0.9, beta2=0.999,
               batch_size=EXAMPLES, decay=0.0, seed=0):
    """The notebook's panel: optimizer settings -> path over the contours and cost per step.

    Parameters
    ----------
    surface : {"bowl", "valley"}, default "bowl"
        ``BowlSurface()`` (``a = 0.25``, ``b = 20``, 60 steps) or ``ValleySurface()`` (``c = 10``, 300 steps).
    optimizer : {"gd", "momentum", "rmsprop", "adam"}, default "momentum"
    learning_rate : one of :data:`LEARNING_RATES` (0.001 to 1), default 0.1
        Starting value of the learning-rate slider.
    beta1 : one of :data:`BETAS` (0 to 0.999), default 0.9
        Momentum's beta and Adam's beta1.
    beta2 : one of :data:`BETAS`, default 0.999
        RMSProp's beta and Adam's beta2.
    batch_size : one of 1, 4, 16, 64, 256, default 256
        Mini-batch size out of ``m = 256``; 256 is batch gradient descent.
    decay : float in [0, 0.2], default 0
        ``decay_rate`` of ``lr = lr0 / (1 + decay_rate * step)`` (each step plays an epoch).
    seed : int >= 0, default 0
        Source of the mini-batch noise.
    """
    surfaces = {name: make_surface(name) for name in STEPS}

    def compute(surface, optimizer, learning_rate, beta1, beta2, batch_size, decay):
        s = surfaces[surface]
        opt = make_optimizer(optimizer, learning_rate, **optimizer_options(optimizer, beta1, beta2))
        path, costs = optimizer_path(
            s, opt, s.start, STEPS[surface],
            schedule=inverse_time_decay(decay) if decay > 0 else None,
            gradient_noise=batch_noise(batch_size, EXAMPLES, GRADIENT_SPREAD[surface]), seed=seed)
        return path, costs

    controls = {
        "surface": dropdown("surface", [("elongated bowl", "bowl"), ("curved valley", "valley")], surface),
        "optimizer": dropdown("optimizer", [(label, key) for key, label in _NAMES.items()], optimizer),
        "learning_rate": choice_slider("learning rate", LEARNING_RATES, learning_rate),
        "beta1": choice_slider("β momentum / β1 Adam", BETAS, beta1),
        "beta2": choice_slider("β RMSprop / β2 Adam", BETAS, beta2),
        "batch_size": dropdown("mini-batch size (of 256)", [1, 4, 16, 64, EXAMPLES], batch_size),
        "decay": float_slider("decay rate", decay, 0.0, 0.2, 0.01),
    }
    figure = _Figure(surfaces)
    return Panel(compute, figure.draw, controls, setup=figure.setup)
