"""Pure-NumPy generators of the 2-D teaching sets (and one seasonal series).

Two-dimensional sets are returned in the course's layout: ``X`` of shape ``(2, m)`` (float64),
``Y`` of shape ``(1, m)`` (int, 0 or 1). Every generator takes an explicit ``seed``. The instances
the notebooks use are frozen in ``datasets/planar.h5`` (see :mod:`helpers.build_datasets`), so a
NumPy upgrade cannot change a notebook's numbers; the panels call the generators directly so that
sliders can vary the noise and size.
"""
from __future__ import annotations

import numpy as np

from .validation import as_rng, check_int, check_real

__all__ = [
    "GENERATORS",
    "make_blobs",
    "make_circles",
    "make_flower",
    "make_gaussian_quantiles",
    "make_moons",
    "make_noisy_regions",
    "make_daily_temperatures",
    "make_spirals",
]


def _split_counts(m):
    m = check_int("m", m, low=2)
    return m // 2, m - m // 2


def _finish(points, labels, rng):
    order = rng.permutation(len(labels))
    return np.ascontiguousarray(points[order].T), labels[order].reshape(1, -1).astype(int)


def make_flower(m=400, *, petals=4, noise=0.2, radius=4.0, seed=0):
    """A flower of ``petals`` petals whose neighbouring petals belong to alternating classes.

    Points are spread inside the rose curve ``r = radius * |sin(petals * theta / 2)|`` and
    labelled by petal (even petals 0, odd petals 1), then moved by Gaussian noise of standard
    deviation ``noise``. No straight line separates the classes (``02_shallow_network``).

    Parameters
    ----------
    m : int >= 2, default 400
    petals : even int >= 2, default 4
    noise : float >= 0, default 0.2
    radius : float > 0, default 4.0
    seed : int or np.random.Generator, default 0

    Returns
    -------
    X : (2, m) float64, Y : (1, m) int
    """
    m = check_int("m", m, low=2)
    petals = check_int("petals", petals, low=2)
    if petals % 2:
        raise ValueError(f"`petals` must be even so that the classes alternate; got {petals}")
    noise = check_real("noise", noise, low=0)
    radius = check_real("radius", radius, low=0, low_open=True)
    rng = as_rng(seed)
    k = petals / 2.0
    sector = np.pi / k  # angular width of one petal
    labels = np.repeat([0, 1], _split_counts(m))
    petal = 2 * rng.integers(0, petals // 2, size=m) + labels  # even petals class 0, odd class 1
    theta = (petal + rng.uniform(0.05, 0.95, size=m)) * sector
    r = radius * np.abs(np.sin(k * theta)) * np.sqrt(rng.uniform(0.1, 1.0, size=m))
    points = np.column_stack([r * np.cos(theta), r * np.sin(theta)]) + noise * rng.standard_normal((m, 2))
    return _finish(points, labels, rng)


def make_moons(m=400, *, noise=0.2, seed=0):
    """Two interleaving half circles: class 0 on the upper arc, class 1 on the lower, shifted one."""
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    n0, n1 = _split_counts(m)
    t0, t1 = rng.uniform(0, np.pi, n0), rng.uniform(0, np.pi, n1)
    upper = np.column_stack([np.cos(t0), np.sin(t0)])
    lower = np.column_stack([1.0 - np.cos(t1), 0.5 - np.sin(t1)])
    points = np.vstack([upper, lower]) + noise * rng.standard_normal((n0 + n1, 2))
    return _finish(points, np.repeat([0, 1], (n0, n1)), rng)


def make_circles(m=400, *, noise=0.08, factor=0.5, seed=0):
    """Two concentric circles: class 0 on the outer one (radius 1), class 1 on the inner (``factor``)."""
    noise = check_real("noise", noise, low=0)
    factor = check_real("factor", factor, low=0, high=1, low_open=True, high_open=True)
    rng = as_rng(seed)
    n0, n1 = _split_counts(m)
    angle = rng.uniform(0, 2 * np.pi, n0 + n1)
    r = np.where(np.arange(n0 + n1) < n0, 1.0, factor)
    points = np.column_stack([r * np.cos(angle), r * np.sin(angle)]) + noise * rng.standard_normal((n0 + n1, 2))
    return _finish(points, np.repeat([0, 1], (n0, n1)), rng)


def make_blobs(m=400, *, noise=0.6, seed=0):
    """Four Gaussian blobs at the corners of a square; diagonal corners share a class (XOR-like).

    ``noise`` is the standard deviation of each blob around its centre (corners at +-2).
    """
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    m = check_int("m", m, low=4)
    centres = np.array([[-2.0, -2.0], [2.0, 2.0], [-2.0, 2.0], [2.0, -2.0]])
    which = np.arange(m) % 4
    points = centres[which] + noise * rng.standard_normal((m, 2))
    return _finish(points, (which >= 2).astype(int), rng)


def make_gaussian_quantiles(m=400, *, noise=0.0, seed=0):
    """A round Gaussian cloud cut at its median radius: class 1 inside, class 0 outside.

    ``noise`` moves the points after labelling (standard deviation), blurring the boundary.
    """
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    m = check_int("m", m, low=2)
    points = rng.standard_normal((m, 2))
    radius = np.hypot(points[:, 0], points[:, 1])
    labels = (radius < np.median(radius)).astype(int)
    points = points + noise * rng.standard_normal((m, 2))
    return _finish(points, labels, rng)


def make_spirals(m=400, *, noise=0.2, turns=1.5, seed=0):
    """Two interleaved spiral arms, one per class, each turning ``turns`` times around the centre."""
    noise = check_real("noise", noise, low=0)
    turns = check_real("turns", turns, low=0, low_open=True)
    rng = as_rng(seed)
    n0, n1 = _split_counts(m)
    labels = np.repeat([0, 1], (n0, n1))
    s = np.sqrt(rng.uniform(0.02, 1.0, n0 + n1))  # position along the arm, denser near the end
    angle = 2 * np.pi * turns * s + np.pi * labels
    r = 4.0 * s
    points = np.column_stack([r * np.cos(angle), r * np.sin(angle)]) + noise * rng.standard_normal((n0 + n1, 2))
    return _finish(points, labels, rng)


def make_noisy_regions(m=200, *, noise=0.1, flip=0.08, seed=0):
    """Two regions split by a wavy line, with label noise: the over-fitting set of ``05_regularization``.

    Points are uniform in the square [-1, 1]^2; class 1 lies above ``y = 0.35 sin(2.5 x) - 0.1 x``.
    Then a fraction ``flip`` of the labels is flipped (these act like mislabelled examples that
    a flexible network learns by heart) and the points are jittered by ``noise``.
    """
    noise = check_real("noise", noise, low=0)
    flip = check_real("flip", flip, low=0, high=0.5)
    rng = as_rng(seed)
    m = check_int("m", m, low=2)
    points = rng.uniform(-1.0, 1.0, size=(m, 2))
    labels = (points[:, 1] > 0.35 * np.sin(2.5 * points[:, 0]) - 0.1 * points[:, 0]).astype(int)
    flipped = rng.random(m) < flip
    labels = np.where(flipped, 1 - labels, labels)
    points = points + noise * rng.standard_normal((m, 2))
    return _finish(points, labels, rng)


def make_daily_temperatures(n=365, *, noise=4.0, seed=0):
    """A noisy seasonal series (daily temperatures over a year) for exponentially weighted averages.

    ``theta_t = 12 - 10 cos(2 pi t / n) + 2 sin(6 pi t / n) + N(0, noise^2)`` for ``t = 0 .. n-1``,
    in degrees. Returns a 1-D float64 array of length ``n``. Introduced in ``07_optimizers``.
    """
    n = check_int("n", n, low=2)
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    t = np.arange(n)
    return 12.0 - 10.0 * np.cos(2 * np.pi * t / n) + 2.0 * np.sin(6 * np.pi * t / n) + noise * rng.standard_normal(n)


GENERATORS = {
    "flower": make_flower,
    "moons": make_moons,
    "circles": make_circles,
    "blobs": make_blobs,
    "gaussian_quantiles": make_gaussian_quantiles,
    "spirals": make_spirals,
    "noisy_regions": make_noisy_regions,
}
