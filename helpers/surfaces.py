"""Two-dimensional cost surfaces and the paths optimizers take on them.

A network has thousands of weights, so its cost surface cannot be drawn. A cost of two weights
``w = (w1, w2)`` can: its contour lines show at a glance why plain gradient descent zigzags down a
narrow valley, how momentum damps the zigzag and how RMSProp and Adam rescale the axes.

Every surface is a small object with the same methods:

- ``surface.value(w1, w2)``: the cost ``J``, element by element on arrays of any (equal) shape;
- ``surface.gradient(w1, w2)``: the pair ``(dJ/dw1, dJ/dw2)``, same shapes;
- ``surface(w)``: for one point ``w`` of shape ``(2,)``, the pair ``(J, dw)`` with ``dw`` of
  shape ``(2,)``, ready for an optimizer.

:func:`optimizer_path` runs any optimizer of :mod:`helpers.optimizers` on the parameter dict
``{"w": w}`` with gradients ``{"dw": dw}`` and returns the points it visits;
:func:`surface_grid` evaluates a surface on a grid for contour plots. Introduced in
``07_optimizers``. NumPy only.
"""
from __future__ import annotations

import numpy as np

from .validation import TrainingDiverged, as_rng, check_array, check_choice, check_int, check_real

__all__ = ["SURFACES", "BowlSurface", "SaddleSurface", "Surface", "ValleySurface", "make_surface", "optimizer_path",
           "surface_grid"]


class Surface:
    """Base class: a cost ``J(w1, w2)`` with its gradient.

    Subclasses define ``value`` and ``gradient`` on arrays and set three attributes used by the
    plots: ``minimum`` (the point ``(w1, w2)`` of the global minimum, or None), ``extent``
    (``(w1_min, w1_max, w2_min, w2_max)``, a window that shows the interesting part) and
    ``start`` (a starting point that makes the surface's difficulty visible).
    """

    name = "surface"
    minimum = None
    extent = (-1.0, 1.0, -1.0, 1.0)
    start = (-1.0, 1.0)

    def value(self, w1, w2):
        raise NotImplementedError

    def gradient(self, w1, w2):
        raise NotImplementedError

    def __call__(self, w):
        """Cost and gradient at one point.

        Parameters
        ----------
        w : array-like of shape (2,)

        Returns
        -------
        cost : float
        dw : ndarray of shape (2,)
            ``(dJ/dw1, dJ/dw2)`` at ``w``.
        """
        w = _check_point("w", w)
        return self._evaluate(w)

    def _evaluate(self, w):
        # unchecked version for the optimizer loop; w is a float array of shape (2,)
        d1, d2 = self.gradient(w[0], w[1])
        return float(self.value(w[0], w[1])), np.array([d1, d2], dtype=np.float64)

    def __repr__(self):
        return self.name


class BowlSurface(Surface):
    """An elongated quadratic bowl, ``J(w) = 0.5 (a w1^2 + b w2^2)``, minimum 0 at the origin.

    Gradient: ``dJ/dw1 = a w1``, ``dJ/dw2 = b w2``. With ``b`` much larger than ``a`` the contour
    lines are long thin ellipses: the cost is steep across the bowl (along ``w2``) and shallow
    along it (along ``w1``). Gradient descent with learning rate ``lr`` multiplies each
    coordinate by a constant every step, ``w1 <- (1 - lr a) w1`` and ``w2 <- (1 - lr b) w2``,
    so it diverges once ``lr > 2 / b`` and zigzags across the bowl when ``1 / b < lr < 2 / b``,
    while crawling along it when ``lr a`` is small.

    Parameters
    ----------
    a : float > 0, default 0.25
        Curvature along ``w1``.
    b : float > 0, default 20.0
        Curvature along ``w2``; ``b / a`` is the condition number (how elongated the bowl is;
        80 by default, so gradient descent must keep ``lr < 0.1`` and then crawls along ``w1``).
    """

    name = "bowl"
    minimum = (0.0, 0.0)

    def __init__(self, a=0.25, b=20.0):
        self.a = check_real("a", a, low=0, low_open=True)
        self.b = check_real("b", b, low=0, low_open=True)
        self.extent = (-5.5, 1.5, -2.0, 2.0)
        self.start = (-5.0, 1.5)

    def value(self, w1, w2):
        return 0.5 * (self.a * np.square(w1) + self.b * np.square(w2))

    def gradient(self, w1, w2):
        return self.a * np.asarray(w1, dtype=np.float64), self.b * np.asarray(w2, dtype=np.float64)

    def __repr__(self):
        return f"BowlSurface(a={self.a:g}, b={self.b:g})"


class ValleySurface(Surface):
    """A curved valley like Rosenbrock's, ``J(w) = (1 - w1)^2 + c (w2 - w1^2)^2``.

    The valley floor follows the parabola ``w2 = w1^2``; its walls get steeper with ``c``
    (Rosenbrock's original uses ``c = 100``; ``c = 10`` keeps the learning rates of the bowl
    usable). The minimum is 0 at ``(1, 1)``.

    Gradient::

        dJ/dw1 = -2 (1 - w1) - 4 c w1 (w2 - w1^2)
        dJ/dw2 =  2 c (w2 - w1^2)

    Parameters
    ----------
    c : float > 0, default 10.0
        Steepness of the valley walls.
    """

    name = "valley"
    minimum = (1.0, 1.0)

    def __init__(self, c=10.0):
        self.c = check_real("c", c, low=0, low_open=True)
        self.extent = (-2.0, 2.0, -1.0, 3.0)
        self.start = (-1.5, 2.5)

    def value(self, w1, w2):
        return np.square(1.0 - w1) + self.c * np.square(w2 - np.square(w1))

    def gradient(self, w1, w2):
        w1 = np.asarray(w1, dtype=np.float64)
        w2 = np.asarray(w2, dtype=np.float64)
        floor = w2 - w1 * w1  # height above the valley floor w2 = w1^2
        return -2.0 * (1.0 - w1) - 4.0 * self.c * w1 * floor, 2.0 * self.c * floor

    def __repr__(self):
        return f"ValleySurface(c={self.c:g})"


class SaddleSurface(Surface):
    """The saddle ``J(w) = w1^2 - w2^2``: a minimum along ``w1``, a maximum along ``w2``.

    Gradient: ``dJ/dw1 = 2 w1``, ``dJ/dw2 = -2 w2``; it vanishes at the origin, which is neither
    a minimum nor a maximum. Started close to the ``w1`` axis, gradient descent first slides down
    to the origin and then lingers there, where the gradient is tiny, before it leaves along
    ``w2``. There is no minimum: the cost falls without bound along ``w2``.
    """

    name = "saddle"
    minimum = None

    def __init__(self):
        self.extent = (-1.2, 1.2, -1.2, 1.2)
        self.start = (1.0, 1e-3)

    def value(self, w1, w2):
        return np.square(w1) - np.square(w2)

    def gradient(self, w1, w2):
        return 2.0 * np.asarray(w1, dtype=np.float64), -2.0 * np.asarray(w2, dtype=np.float64)

    def __repr__(self):
        return "SaddleSurface()"


SURFACES = {"bowl": BowlSurface, "valley": ValleySurface, "saddle": SaddleSurface}
"""Surface name -> class."""


def make_surface(name, **options):
    """Build a surface from its name: ``"bowl"``, ``"valley"`` or ``"saddle"``.

    ``options`` go to the class (``a``, ``b`` for the bowl; ``c`` for the valley).
    """
    check_choice("surface", name, tuple(SURFACES))
    return SURFACES[name](**options)


def _check_point(name, w):
    w = check_array(name, w, ndim=1)
    if w.shape != (2,):
        raise ValueError(f"`{name}` must have shape (2,), one value per weight; got shape {w.shape}")
    return w.astype(np.float64)


def _check_surface(surface):
    if not isinstance(surface, Surface):
        raise TypeError(f"`surface` must be a helpers.surfaces.Surface such as BowlSurface(); got {surface!r}")
    return surface


def optimizer_path(surface, optimizer, start, steps, *, schedule=None, gradient_noise=0.0, seed=0):
    """Run ``optimizer`` on a 2-D surface; return the points it visits and their costs.

    The weights are the parameter dict ``{"w": w}`` with ``w`` of shape ``(2,)``; every step
    computes ``grads = {"dw": dJ/dw}`` at the current point and calls
    ``parameters = optimizer.update(parameters, grads)``, exactly as :func:`helpers.train` does
    for a network.

    Parameters
    ----------
    surface : Surface
        For example ``BowlSurface()``, ``ValleySurface()`` or ``SaddleSurface()``.
    optimizer : helpers optimizer
        ``GradientDescent``, ``Momentum``, ``RMSProp`` or ``Adam`` (anything with
        ``update(parameters, grads)`` and a ``learning_rate`` attribute). Pass a fresh one: its
        state (velocities, step count) moves on with the path, and a ``schedule`` leaves its
        ``learning_rate`` at the last value used.
    start : array-like of shape (2,)
        Starting point ``w_0``.
    steps : int >= 0
        Number of updates.
    schedule : callable ``schedule(learning_rate0, step) -> learning_rate``, optional
        Called before every step with ``step = 0, 1, ...``; the schedules of
        :mod:`helpers.schedules` fit (each step plays the part of an epoch).
    gradient_noise : float >= 0, default 0.0
        Standard deviation of Gaussian noise added to each gradient component, a stand-in for
        the error of a mini-batch gradient (0: the exact gradient, i.e. batch gradient descent).
    seed : int >= 0 or np.random.Generator, default 0
        Source of the noise (unused when ``gradient_noise`` is 0).

    Returns
    -------
    path : ndarray of shape (steps + 1, 2)
        ``path[t]`` is ``w_t``; ``path[0]`` is ``start``.
    costs : ndarray of shape (steps + 1,)
        The exact cost ``J(w_t)`` at every point (without noise).

    Raises
    ------
    TrainingDiverged
        When the cost or the weights become nan or inf (a learning rate too large for the
        surface); the message names the step.
    """
    surface = _check_surface(surface)
    if not callable(getattr(optimizer, "update", None)) or not hasattr(optimizer, "learning_rate"):
        raise TypeError(f"`optimizer` must be a helpers optimizer such as GradientDescent(0.1); got {optimizer!r}")
    w = _check_point("start", start)
    steps = check_int("steps", steps, low=0)
    if schedule is not None and not callable(schedule):
        raise TypeError(f"`schedule` must be a function (learning_rate0, step) -> learning_rate; got {schedule!r}")
    gradient_noise = check_real("gradient_noise", gradient_noise, low=0)
    rng = as_rng(seed) if gradient_noise > 0 else None
    learning_rate0 = optimizer.learning_rate

    path = np.empty((steps + 1, 2))
    costs = np.empty(steps + 1)
    parameters = {"w": w}
    with np.errstate(over="ignore", invalid="ignore"):
        cost, dw = surface._evaluate(w)
        path[0], costs[0] = w, cost
        for t in range(steps):
            if schedule is not None:
                optimizer.learning_rate = float(schedule(learning_rate0, t))
            if rng is not None:
                dw = dw + gradient_noise * rng.standard_normal(2)
            parameters = optimizer.update(parameters, {"dw": dw})
            w = parameters["w"]
            cost, dw = surface._evaluate(w)
            if not (np.isfinite(cost) and np.isfinite(w).all() and np.isfinite(dw).all()):
                raise TrainingDiverged(t + 1, cost, optimizer.learning_rate)
            path[t + 1], costs[t + 1] = w, cost
    return path, costs


def surface_grid(surface, extent=None, resolution=100):
    """Evaluate a surface on a regular grid, for ``plt.contour(W1, W2, J)``.

    Parameters
    ----------
    surface : Surface
    extent : (w1_min, w1_max, w2_min, w2_max), optional
        The window; default ``surface.extent``.
    resolution : int >= 2, default 100
        Grid points along each axis.

    Returns
    -------
    W1, W2, J : ndarrays of shape (resolution, resolution)
        ``W1[i, j]`` and ``W2[i, j]`` are the coordinates of grid point ``(i, j)`` (rows follow
        ``w2``, columns ``w1``, as ``np.meshgrid`` makes them) and ``J[i, j]`` its cost.
    """
    surface = _check_surface(surface)
    resolution = check_int("resolution", resolution, low=2)
    extent = surface.extent if extent is None else extent
    extent = check_array("extent", extent, ndim=1)
    if extent.shape != (4,):
        raise ValueError(f"`extent` must be (w1_min, w1_max, w2_min, w2_max); got shape {extent.shape}")
    if not (extent[0] < extent[1] and extent[2] < extent[3]):
        raise ValueError(f"`extent` must have w1_min < w1_max and w2_min < w2_max; got {tuple(float(e) for e in extent)}")
    W1, W2 = np.meshgrid(np.linspace(extent[0], extent[1], resolution),
                         np.linspace(extent[2], extent[3], resolution))
    return W1, W2, surface.value(W1, W2)
