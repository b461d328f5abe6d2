"""Exercises of ``09_batch_norm_and_tuning``: batch norm forward and backward, and the running averages.

The notebook's convention (the package's): ``Z`` is ``(n, m)``, ``gamma`` and ``beta`` ``(n, 1)``; the
forward pass returns ``(Z_tilde, cache)`` with ``cache = (Z_norm, inv_std, gamma)`` in that order
(``Z_norm`` (n, m), ``inv_std = 1 / sqrt(sigma^2 + epsilon)`` (n, 1), ``gamma`` (n, 1)); in the backward
pass ``dZ_tilde`` holds m times the per-example gradient (as ``dZ[L] = AL - Y`` does) and ``dgamma``,
``dbeta`` are means over the batch.
"""
from __future__ import annotations

import numpy as np

import helpers as h

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
    Z_tilde, cache = h.batchnorm_forward(Z, gamma, beta, epsilon=epsilon)
    return Z_tilde, (cache.Z_norm, cache.inv_std, cache.gamma)


def _normalized(Z, epsilon, axis=1, ddof=0, scale=lambda var, epsilon: 1.0 / np.sqrt(var + epsilon)):
    mu = Z.mean(axis=axis, keepdims=True)
    inv_std = scale(Z.var(axis=axis, keepdims=True, ddof=ddof), epsilon)
    return (Z - mu) * inv_std, inv_std


def _per_example(Z, gamma, beta, epsilon=1e-8):
    Z_norm, inv_std = _normalized(Z, epsilon, axis=0)
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma)


def _divided_by_the_variance(Z, gamma, beta, epsilon=1e-8):
    Z_norm, inv_std = _normalized(Z, epsilon, scale=lambda var, e: 1.0 / (var + e))
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma)


def _epsilon_outside(Z, gamma, beta, epsilon=1e-8):
    Z_norm, inv_std = _normalized(Z, epsilon, scale=lambda var, e: 1.0 / (np.sqrt(var) + e))
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma)


def _unbiased_variance(Z, gamma, beta, epsilon=1e-8):
    Z_norm, inv_std = _normalized(Z, epsilon, ddof=1)
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma)


def _gamma_and_beta_swapped(Z, gamma, beta, epsilon=1e-8):
    return batchnorm_forward(Z, beta, gamma, epsilon)[0], batchnorm_forward(Z, gamma, beta, epsilon)[1]


FORWARD = Exercise(
    key="batchnorm_forward", name="batchnorm_forward_ours", course_name="batchnorm forward", notebook=NOTEBOOK,
    reference=batchnorm_forward,
    cases=[Case("random layer (4, 16)", lambda: _layer(91, 4, 16)),
           Case("a unit constant over the batch (3, 8)", lambda: _layer(92, 3, 8, constant_row=True)),
           Case("random layer (5, 5)", lambda: _layer(93, 5, 5))],
    outputs=("Z_tilde", "cache"),
    mistakes=[
        Mistake("per example", _per_example,
                "normalize each UNIT over the batch: mean and variance along axis=1 (the examples), keepdims=True"),
        Mistake("divided by the variance", _divided_by_the_variance,
                "divide by the standard deviation sqrt(sigma^2 + epsilon), not by the variance"),
        Mistake("epsilon outside the root", _epsilon_outside, "epsilon goes inside the square root: 1 / sqrt(sigma^2 + epsilon)"),
        Mistake("unbiased variance", _unbiased_variance,
                "batch norm uses the batch's own variance, (1/m) sum (z - mu)^2, not the 1/(m-1) estimate"),
        Mistake("gamma and beta swapped", _gamma_and_beta_swapped, "gamma scales and beta shifts: gamma Z_norm + beta"),
    ],
    nudge="per unit (row), over the m examples of the batch: the mean mu and variance sigma^2; Z_norm = (Z - mu) / "
          "sqrt(sigma^2 + epsilon); return gamma Z_norm + beta and the cache (Z_norm, inv_std, gamma), inv_std being "
          "1 / sqrt(sigma^2 + epsilon) of shape (n, 1).")


# ---- backward ---------------------------------------------------------------------------------

def batchnorm_backward(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache
    n = Z_norm.shape[0]
    full = h.BatchNormCache(Z_norm, inv_std, gamma, np.zeros((n, 1)), np.zeros((n, 1)))  # mu, var: unused backward
    return tuple(h.batchnorm_backward(dZ_tilde, full))


def _backward_inputs(seed, n, m):
    Z, gamma, beta = _layer(seed, n, m)
    _, cache = batchnorm_forward(Z, gamma, beta)
    return np.random.default_rng(seed + 1).standard_normal((n, m)), cache


def _without(dZ_tilde, cache, mean_term=True, variance_term=True):
    Z_norm, inv_std, gamma = cache
    dZ, dgamma, dbeta = batchnorm_backward(dZ_tilde, cache)
    dZ_norm = gamma * dZ_tilde
    if not mean_term:
        dZ = dZ + inv_std * dZ_norm.mean(axis=1, keepdims=True)
    if not variance_term:
        dZ = dZ + inv_std * Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True)
    return dZ, dgamma, dbeta


def _no_mean_term(dZ_tilde, cache):
    return _without(dZ_tilde, cache, mean_term=False)


def _no_variance_term(dZ_tilde, cache):
    return _without(dZ_tilde, cache, variance_term=False)


def _summed(dZ_tilde, cache):
    dZ, dgamma, dbeta = batchnorm_backward(dZ_tilde, cache)
    m = dZ_tilde.shape[1]
    return dZ, dgamma * m, dbeta * m


def _gamma_left_out(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache
    dZ, _, _ = batchnorm_backward(dZ_tilde, (Z_norm, inv_std, np.ones_like(gamma)))
    return (dZ,) + batchnorm_backward(dZ_tilde, cache)[1:]


BACKWARD = Exercise(
    key="batchnorm_backward", name="batchnorm_backward_ours", course_name="batchnorm backward", notebook=NOTEBOOK,
    reference=batchnorm_backward,
    cases=[Case("random layer (4, 16)", lambda: _backward_inputs(94, 4, 16)),
           Case("random layer (3, 6)", lambda: _backward_inputs(95, 3, 6))],
    outputs=("dZ", "dgamma", "dbeta"),
    mistakes=[
        Mistake("no mean term", _no_mean_term, "every z_i moves the batch mean mu: subtract the mean of dZ_norm over the batch"),
        Mistake("no variance term", _no_variance_term,
                "every z_i also moves the variance: subtract Z_norm * mean(dZ_norm * Z_norm) over the batch"),
        Mistake("summed instead of averaged", _summed,
                "in this notebook dZ_tilde holds m times the per-example gradient, so dgamma and dbeta are MEANS "
                "over the batch (like db = sum(dZ) / m)"),
        Mistake("gamma left out", _gamma_left_out, "the gradient reaches Z_norm through gamma: dZ_norm = gamma dZ_tilde"),
    ],
    nudge="dbeta and dgamma are means over the batch of dZ_tilde and of dZ_tilde * Z_norm; dZ_norm = gamma "
          "dZ_tilde; each z_i reaches the output directly and through the batch's mean and variance, which gives "
          "dZ = inv_std (dZ_norm - its mean - Z_norm times the mean of dZ_norm * Z_norm), means over axis 1.")


# ---- the running averages for test time -------------------------------------------------------

def update_running_average(running, batch, momentum=0.9):
    stats = h.BatchNormStats(momentum)
    if running is not None:
        stats.update(0, running, running)
    stats.update(0, batch, batch)
    return stats.mean[0]


def _weights_swapped(running, batch, momentum=0.9):
    return update_running_average(running, batch, 1 - momentum) if running is not None else batch.copy()


def _no_one_minus_k(running, batch, momentum=0.9):
    if running is None:
        return batch.copy()
    return update_running_average(running, batch / (1 - momentum), momentum)


def _starts_from_zero(running, batch, momentum=0.9):
    return update_running_average(np.zeros_like(batch) if running is None else running, batch, momentum)


def _running_inputs(seed, first=False, momentum=0.9):
    rng = np.random.default_rng(seed)
    return (None if first else rng.standard_normal((4, 1)), rng.standard_normal((4, 1)), momentum)


RUNNING = Exercise(
    key="update_running_average", name="update_running_average", notebook=NOTEBOOK, reference=update_running_average,
    cases=[Case("the first batch starts the average", lambda: _running_inputs(96, first=True)),
           Case("a later batch, momentum 0.9", lambda: _running_inputs(97)),
           Case("a later batch, momentum 0.5", lambda: _running_inputs(98, momentum=0.5))],
    outputs=("running",),
    mistakes=[
        Mistake("weights swapped", _weights_swapped, "the old average keeps the weight k (momentum) and the new batch gets 1 - k"),
        Mistake("no (1 - k)", _no_one_minus_k, "the batch's weight is (1 - momentum): running = k running + (1 - k) batch"),
        Mistake("starts from zero", _starts_from_zero,
                "the first batch sets the average itself (no zero start: there is no bias correction here)"),
    ],
    nudge="an exponentially weighted average: momentum of the old value plus (1 - momentum) of the new batch's; "
          "with no old value yet (None), the batch's value itself (a copy).")

EXERCISES = [FORWARD, BACKWARD, RUNNING]
