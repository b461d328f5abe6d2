"""Exercises of ``09_batch_norm_and_tuning``: batch norm forward and backward, and the running averages.

The notebook's convention (the package's): ``Z`` is ``(n, m)``, ``gamma`` and ``beta`` ``(n, 1)``; the
forward cache is ``(Z_norm, inv_std, gamma)``; in the backward pass ``dZ_tilde`` holds m times the
per-example gradient (as ``dZ[L] = AL - Y`` does) and ``dgamma``, ``dbeta`` are means over the batch.
"""
from __future__ import annotations

import numpy as np

from ..batchnorm import BatchNormCache
from ..batchnorm import batchnorm_backward as _h_backward
from ..batchnorm import batchnorm_forward as _h_forward
from .core import Case, Exercise, Mistake

NOTEBOOK = "09_batch_norm_and_tuning"


def _layer(seed, n, m, constant_row=False):
    rng = np.random.default_rng(seed)
    Z = 3.0 * rng.standard_normal((n, m)) + rng.uniform(-5, 5, (n, 1))
    if constant_row:
        Z[0] = 2.5  # a unit whose input does not change over the batch: variance 0
    return Z, rng.uniform(0.5, 2.0, (n, 1)), rng.standard_normal((n, 1))


# ---- forward ----------------------------------------------------------------------------------

def batchnorm_forward(Z, gamma, beta, epsilon=1e-8):
    Z_tilde, cache = _h_forward(Z, gamma, beta, epsilon=epsilon)
    return Z_tilde, (cache.Z_norm, cache.inv_std, cache.gamma)


def _bn_variant(Z, gamma, beta, epsilon=1e-8, *, axis=1, scale=lambda var, eps: 1.0 / np.sqrt(var + eps),
                ddof=0, swap=False):
    mu = Z.mean(axis=axis, keepdims=True)
    var = np.sum((Z - mu) ** 2, axis=axis, keepdims=True) / (Z.shape[axis] - ddof)
    inv_std = scale(var, epsilon)
    Z_norm = (Z - mu) * inv_std
    out = beta * Z_norm + gamma if swap else gamma * Z_norm + beta
    return out, (Z_norm, inv_std, gamma)


FORWARD = Exercise(
    name="batchnorm_forward_ours", key="batchnorm_forward", course_name="batchnorm forward", notebook=NOTEBOOK,
    reference=batchnorm_forward,
    cases=[Case("random layer (4, 16)", lambda: _layer(91, 4, 16)),
           Case("a unit constant over the batch (3, 8)", lambda: _layer(92, 3, 8, constant_row=True)),
           Case("random layer (5, 5)", lambda: _layer(93, 5, 5))],
    outputs=("Z_tilde", "cache"),
    mistakes=[
        Mistake("per example", lambda Z, g, b, e=1e-8: _bn_variant(Z, g, b, e, axis=0),
                "normalize each UNIT over the batch: mean and variance along axis=1 (the examples), keepdims=True"),
        Mistake("divided by the variance", lambda Z, g, b, e=1e-8: _bn_variant(Z, g, b, e, scale=lambda v, eps: 1.0 / (v + eps)),
                "divide by the standard deviation sqrt(sigma^2 + epsilon), not by the variance"),
        Mistake("epsilon outside the root", lambda Z, g, b, e=1e-8: _bn_variant(Z, g, b, e, scale=lambda v, eps: 1.0 / (np.sqrt(v) + eps)),
                "epsilon goes inside the square root: 1 / sqrt(sigma^2 + epsilon)"),
        Mistake("unbiased variance", lambda Z, g, b, e=1e-8: _bn_variant(Z, g, b, e, ddof=1),
                "batch norm uses the batch's own variance, (1/m) sum (z - mu)^2, not the 1/(m-1) estimate"),
        Mistake("gamma and beta swapped", lambda Z, g, b, e=1e-8: _bn_variant(Z, g, b, e, swap=True),
                "gamma scales and beta shifts: Z_tilde = gamma * Z_norm + beta"),
    ],
    hint="mu and sigma^2 per row (axis=1, keepdims=True); inv_std = 1 / sqrt(sigma^2 + epsilon); "
         "Z_norm = (Z - mu) * inv_std; return gamma * Z_norm + beta and the cache (Z_norm, inv_std, gamma)")


# ---- backward ---------------------------------------------------------------------------------

def batchnorm_backward(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache
    n = Z_norm.shape[0]
    full = BatchNormCache(Z_norm, inv_std, gamma, np.zeros((n, 1)), np.zeros((n, 1)))  # mu, var: unused backward
    return tuple(_h_backward(dZ_tilde, full))


def _backward_inputs(seed, n, m):
    Z, gamma, beta = _layer(seed, n, m)
    _, cache = batchnorm_forward(Z, gamma, beta)
    return np.random.default_rng(seed + 1).standard_normal((n, m)), cache


def _bn_back_variant(dZ_tilde, cache, *, mean_term=True, var_term=True, reduce=np.mean):
    Z_norm, inv_std, gamma = cache
    dgamma = reduce(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dbeta = reduce(dZ_tilde, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = dZ_norm - (dZ_norm.mean(axis=1, keepdims=True) if mean_term else 0.0)
    if var_term:
        dZ = dZ - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True)
    return inv_std * dZ, dgamma, dbeta


BACKWARD = Exercise(
    name="batchnorm_backward_ours", key="batchnorm_backward", course_name="batchnorm backward", notebook=NOTEBOOK,
    reference=batchnorm_backward,
    cases=[Case("random layer (4, 16)", lambda: _backward_inputs(94, 4, 16)),
           Case("random layer (3, 6)", lambda: _backward_inputs(95, 3, 6))],
    outputs=("dZ", "dgamma", "dbeta"),
    mistakes=[
        Mistake("no mean term", lambda d, c: _bn_back_variant(d, c, mean_term=False),
                "every z_i moves the batch mean mu: subtract the mean of dZ_norm over the batch"),
        Mistake("no variance term", lambda d, c: _bn_back_variant(d, c, var_term=False),
                "every z_i also moves the variance: subtract Z_norm * mean(dZ_norm * Z_norm) over the batch"),
        Mistake("summed instead of averaged", lambda d, c: _bn_back_variant(d, c, reduce=np.sum),
                "in this notebook dZ_tilde holds m times the per-example gradient, so dgamma and dbeta are MEANS "
                "over the batch (like db = sum(dZ) / m)"),
        Mistake("gamma left out", lambda d, c: _bn_back_variant(d, (c[0], c[1], np.ones_like(c[2]))),
                "the gradient reaches Z_norm through gamma: dZ_norm = gamma * dZ_tilde"),
    ],
    hint="dbeta = mean(dZ_tilde), dgamma = mean(dZ_tilde * Z_norm) over axis=1; dZ_norm = gamma * dZ_tilde; "
         "dZ = inv_std * (dZ_norm - mean(dZ_norm) - Z_norm * mean(dZ_norm * Z_norm))")


# ---- the running averages for test time -------------------------------------------------------

def update_running_average(running, batch, momentum=0.9):
    return batch.copy() if running is None else momentum * running + (1.0 - momentum) * batch


def _running_inputs(seed, first=False, momentum=0.9):
    rng = np.random.default_rng(seed)
    return (None if first else rng.standard_normal((4, 1)), rng.standard_normal((4, 1)), momentum)


RUNNING = Exercise(
    name="update_running_average", notebook=NOTEBOOK, reference=update_running_average,
    cases=[Case("the first batch starts the average", lambda: _running_inputs(96, first=True)),
           Case("a later batch, momentum 0.9", lambda: _running_inputs(97)),
           Case("a later batch, momentum 0.5", lambda: _running_inputs(98, momentum=0.5))],
    outputs=("running",),
    mistakes=[
        Mistake("weights swapped", lambda r, b, k=0.9: b.copy() if r is None else k * b + (1 - k) * r,
                "the old average keeps the weight k (momentum) and the new batch gets 1 - k"),
        Mistake("no (1 - k)", lambda r, b, k=0.9: b.copy() if r is None else k * r + b,
                "the batch's weight is (1 - momentum): running = k running + (1 - k) batch"),
        Mistake("starts from zero", lambda r, b, k=0.9: (1 - k) * b if r is None else k * r + (1 - k) * b,
                "the first batch sets the average itself (no zero start: there is no bias correction here)"),
    ],
    hint="return batch.copy() when running is None, else momentum * running + (1 - momentum) * batch")

EXERCISES = [FORWARD, BACKWARD, RUNNING]
