"""Inputs the exercises of several notebooks are checked on: seeded networks, labels, probabilities.

Each function builds its arrays afresh from a seed, so a case's inputs are the same at every call
and a learner's function that changes its inputs in place cannot change the next case.
"""
from __future__ import annotations

import numpy as np

from .core import course_randn

__all__ = ["course_randn", "generator", "labels", "probabilities", "random_network"]


def random_network(seed, dims, m, bias=1.0):
    """``(X (dims[0], m), {"W1", "b1", ...})`` drawn from ``np.random.default_rng(seed)``."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = bias * rng.standard_normal((dims[l], 1))
    return rng.standard_normal((dims[0], m)), parameters


def labels(seed, m, rows=1):
    """0/1 labels of shape ``(rows, m)``, both classes present when m > 1."""
    Y = (np.random.default_rng(seed).random((rows, m)) < 0.5).astype(float)
    if m > 1:
        Y[0, 0], Y[0, 1] = 1.0, 0.0
    return Y


def probabilities(seed, m):
    """``(A (1, m) in [0.05, 0.95], Y (1, m) of 0/1)``."""
    rng = np.random.default_rng(seed)
    return rng.uniform(0.05, 0.95, (1, m)), labels(seed + 1000, m)


def generator(seed):
    """The generator an exercise's ``seed`` argument stands for: an int seeds ``np.random.default_rng``;
    a generator (a ``RandomState`` replaying the course's ``np.random.seed``) is used as it is."""
    return np.random.default_rng(seed) if isinstance(seed, (int, np.integer)) else seed
