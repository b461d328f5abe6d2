"""Batch normalization of a layer's pre-activations ``Z`` (shape ``(n[l], m)``), forward and backward.

Training mode, over the m examples of the mini-batch, per unit (row)::

    mu      = (1/m) sum_i z_i                           (n[l], 1)
    sigma^2 = (1/m) sum_i (z_i - mu)^2                  (n[l], 1)
    z_norm  = (z - mu) / sqrt(sigma^2 + epsilon)        (n[l], m)
    z_tilde = gamma * z_norm + beta                     (n[l], m)   gamma, beta: (n[l], 1), learned

``beta`` does the job of the bias ``b[l]``, which is dropped: any constant added to ``Z`` is
removed again by subtracting ``mu``. At test time ``mu`` and ``sigma^2`` are replaced by running
averages kept during training (:class:`BatchNormStats`), so one example is normalized exactly as
it would be inside any batch.

Backward, in this package's convention where ``dZ`` holds m times the per-example gradient
(``dZ[L] = AL - Y``) and parameter gradients are averaged over the batch::

    dgamma = (1/m) sum_i dz_tilde_i * z_norm_i
    dbeta  = (1/m) sum_i dz_tilde_i
    dz_norm = gamma * dz_tilde
    dz = (dz_norm - mean_i(dz_norm) - z_norm * mean_i(dz_norm * z_norm)) / sqrt(sigma^2 + epsilon)

Introduced in ``09_batch_norm_and_tuning``.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .validation import check_real

__all__ = ["BatchNormCache", "BatchNormStats", "batchnorm_backward", "batchnorm_forward"]


class BatchNormStats:
    """Running averages of each batch-normalized layer's mean and variance, for test time.

    Parameters
    ----------
    momentum : float in [0, 1), default 0.9
        ``running = momentum * running + (1 - momentum) * batch_value`` after every training
        batch; the first batch initializes the averages directly.
    epsilon : float > 0, default 1e-8
        Added to the variance before the square root, in training and test mode alike.

    Attributes
    ----------
    mean, var : dict ``l -> ndarray (n[l], 1)``
    """

    def __init__(self, momentum=0.9, epsilon=1e-8):
        self.momentum = check_real("momentum", momentum, low=0, high=1, high_open=True)
        self.epsilon = check_real("epsilon", epsilon, low=0, low_open=True)
        self.mean, self.var = {}, {}

    def update(self, l, mu, var):
        if l not in self.mean:
            self.mean[l], self.var[l] = mu.copy(), var.copy()
        else:
            k = self.momentum
            self.mean[l] = k * self.mean[l] + (1.0 - k) * mu
            self.var[l] = k * self.var[l] + (1.0 - k) * var

    def __repr__(self):
        return f"BatchNormStats(momentum={self.momentum:g}, epsilon={self.epsilon:g}, layers={sorted(self.mean)})"


class BatchNormCache(NamedTuple):
    """What :func:`batchnorm_forward` keeps for :func:`batchnorm_backward`, by name."""

    Z_norm: np.ndarray  # (n, m), the normalized Z
    inv_std: np.ndarray  # (n, 1), 1 / sqrt(sigma^2 + epsilon)
    gamma: np.ndarray  # (n, 1)
    mu: np.ndarray  # (n, 1), the mean used (the batch's, or the running average in test mode)
    var: np.ndarray  # (n, 1), the variance used
    training: bool = True  # False: running averages were used, there is nothing to back-propagate


def _check_column(name, value, n):
    if not isinstance(value, np.ndarray) or value.shape != (n, 1):
        raise ValueError(f"`{name}` must be an array of shape {(n, 1)}, one value per row of Z; "
                         f"got {getattr(value, 'shape', type(value).__name__)}")


def batchnorm_forward(Z, gamma, beta, *, epsilon=1e-8, mean=None, var=None):
    """Normalize ``Z`` per row, then scale by ``gamma`` and shift by ``beta``.

    Parameters
    ----------
    Z : ndarray of shape (n, m)
    gamma, beta : ndarrays of shape (n, 1)
    epsilon : float > 0, default 1e-8
    mean, var : ndarrays of shape (n, 1), optional
        Test mode: use these (the running averages) instead of the batch's statistics; ``var``
        must be non-negative.

    Returns
    -------
    Z_tilde : ndarray of shape (n, m)
    cache : :class:`BatchNormCache` for :func:`batchnorm_backward`
    """
    if not isinstance(Z, np.ndarray) or Z.ndim != 2:
        raise ValueError(f"`Z` must be a 2-D array of shape (n, m); got {getattr(Z, 'shape', type(Z).__name__)}")
    for name, value in (("gamma", gamma), ("beta", beta)):
        _check_column(name, value, Z.shape[0])
    epsilon = check_real("epsilon", epsilon, low=0, low_open=True)
    if (mean is None) != (var is None):
        raise ValueError("give both `mean` and `var` (test mode), or neither (training mode)")
    if mean is not None:
        _check_column("mean", mean, Z.shape[0])
        _check_column("var", var, Z.shape[0])
        if np.any(var < 0):
            raise ValueError(f"`var` must be non-negative (a variance); got a minimum of {float(var.min()):.4g}")
    elif Z.shape[1] == 0:
        raise ValueError("`Z` must have at least one column (example) in training mode; got shape " + str(Z.shape))
    return _batchnorm_forward(Z, gamma, beta, epsilon, mean, var)


def _batchnorm_forward(Z, gamma, beta, epsilon, mean=None, var=None):
    if mean is None:  # training: the batch's own statistics
        mu = Z.mean(axis=1, keepdims=True)
        centred = Z - mu
        var = np.mean(centred * centred, axis=1, keepdims=True)
    else:  # test: the running averages
        mu, centred = mean, Z - mean
    inv_std = 1.0 / np.sqrt(var + epsilon)
    Z_norm = centred * inv_std
    return gamma * Z_norm + beta, BatchNormCache(Z_norm=Z_norm, inv_std=inv_std, gamma=gamma, mu=mu, var=var,
                                                 training=mean is None)


def batchnorm_backward(dZ_tilde, cache):
    """Backward pass of :func:`batchnorm_forward` in training mode.

    Parameters
    ----------
    dZ_tilde : ndarray of shape (n, m)
    cache : :class:`BatchNormCache` from a training-mode :func:`batchnorm_forward`

    Returns
    -------
    ``(dZ, dgamma, dbeta)`` with shapes ``(n, m)``, ``(n, 1)``, ``(n, 1)``.
    """
    if not isinstance(cache, BatchNormCache):
        raise TypeError(f"`cache` must be the BatchNormCache returned by batchnorm_forward; got {type(cache).__name__}")
    if not cache.training:
        raise ValueError("`cache` comes from test mode (running averages); back-propagate through a training-mode pass")
    if not isinstance(dZ_tilde, np.ndarray) or dZ_tilde.shape != cache.Z_norm.shape:
        raise ValueError(f"`dZ_tilde` must have the shape of Z {cache.Z_norm.shape}; "
                         f"got {getattr(dZ_tilde, 'shape', type(dZ_tilde).__name__)}")
    return _batchnorm_backward(dZ_tilde, cache)


def _batchnorm_backward(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache.Z_norm, cache.inv_std, cache.gamma
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - dZ_norm.mean(axis=1, keepdims=True)
                    - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True))
    return dZ, dgamma, dbeta
