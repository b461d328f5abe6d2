"""Activation functions and their derivatives, each derivative written beside its formula.

Forward functions take ``Z`` (any shape, usually ``(n[l], m)``) and return ``A = g(Z)`` of the
same shape. Backward functions take ``(dA, Z)`` and return ``dZ = dA * g'(Z)`` (the chain rule,
element by element). ``softmax`` works on columns: each column of ``Z`` is one example.

Introduced in ``01_logistic_regression`` (sigmoid) and ``02_shallow_network`` (tanh, ReLU,
leaky ReLU); softmax in ``08_softmax``.
"""
from __future__ import annotations

import numpy as np

from .validation import check_real

__all__ = [
    "ACTIVATIONS",
    "leaky_relu",
    "leaky_relu_backward",
    "relu",
    "relu_backward",
    "sigmoid",
    "sigmoid_backward",
    "softmax",
    "softmax_backward",
    "tanh",
    "tanh_backward",
]


def _as_float(name, Z):
    if not isinstance(Z, np.ndarray):
        Z = np.asarray(Z, dtype=np.float64)
    if Z.dtype.kind != "f":
        if Z.dtype.kind not in "biu":
            raise TypeError(f"`{name}` must hold numbers; got an array of dtype {Z.dtype}")
        Z = Z.astype(np.float64)
    return Z


def _pair(dA, Z):
    dA = _as_float("dA", dA)
    Z = _as_float("Z", Z)
    if dA.shape != Z.shape:
        raise ValueError(f"`dA` must have the shape of Z {Z.shape}; got {dA.shape}")
    return dA, Z


# sigma(z) = 1 / (1 + e^-z) = (1 + tanh(z / 2)) / 2: the tanh form never overflows, for any z.
# sigma'(z) = sigma(z) (1 - sigma(z))
def sigmoid(Z):
    """Logistic sigmoid, ``1 / (1 + exp(-Z))``, element-wise, without overflow for any ``Z``.

    Parameters
    ----------
    Z : ndarray, any shape
        Pre-activations, for example ``(n[l], m)``.

    Returns
    -------
    A : ndarray, same shape as ``Z``, values in [0, 1]
    """
    Z = _as_float("Z", Z)
    return 0.5 * (1.0 + np.tanh(0.5 * Z))


def sigmoid_backward(dA, Z):
    """``dZ = dA * s (1 - s)`` with ``s = sigmoid(Z)``; ``dA`` and ``Z`` have the same shape."""
    dA, Z = _pair(dA, Z)
    s = 0.5 * (1.0 + np.tanh(0.5 * Z))
    return dA * s * (1.0 - s)


# tanh(z) = (e^z - e^-z) / (e^z + e^-z);  tanh'(z) = 1 - tanh(z)^2
def tanh(Z):
    """Hyperbolic tangent, element-wise; values in (-1, 1). ``Z`` any shape."""
    return np.tanh(_as_float("Z", Z))


def tanh_backward(dA, Z):
    """``dZ = dA * (1 - tanh(Z)^2)``; ``dA`` and ``Z`` have the same shape."""
    dA, Z = _pair(dA, Z)
    t = np.tanh(Z)
    return dA * (1.0 - t * t)


# relu(z) = max(0, z);  relu'(z) = 1 if z > 0 else 0 (we take 0 at z = 0, as the lectures do)
def relu(Z):
    """Rectified linear unit ``max(0, Z)``, element-wise. ``Z`` any shape."""
    return np.maximum(_as_float("Z", Z), 0.0)


def relu_backward(dA, Z):
    """``dZ = dA * [Z > 0]`` (derivative 0 at Z = 0); ``dA`` and ``Z`` have the same shape."""
    dA, Z = _pair(dA, Z)
    return dA * (Z > 0)


# leaky_relu(z) = z if z > 0 else slope * z;  derivative 1 or slope
def leaky_relu(Z, slope=0.01):
    """Leaky ReLU ``max(slope * Z, Z)`` for ``0 <= slope < 1`` (default 0.01). ``Z`` any shape."""
    slope = check_real("slope", slope, low=0, high=1, high_open=True)
    Z = _as_float("Z", Z)
    return np.where(Z > 0, Z, slope * Z)


def leaky_relu_backward(dA, Z, slope=0.01):
    """``dZ = dA`` where ``Z > 0`` and ``slope * dA`` elsewhere."""
    slope = check_real("slope", slope, low=0, high=1, high_open=True)
    dA, Z = _pair(dA, Z)
    return np.where(Z > 0, dA, slope * dA)


# softmax(z)_i = e^{z_i} / sum_j e^{z_j}, per column. Subtracting the column maximum first
# changes nothing mathematically and keeps every exponent <= 0, so nothing overflows.
# Jacobian: d a_i / d z_j = a_i (delta_ij - a_j), so dz = a * (da - sum_i a_i da_i).
def softmax(Z):
    """Column-wise softmax: each column of ``Z`` (shape ``(C, m)``) becomes a distribution.

    Parameters
    ----------
    Z : ndarray of shape (C, m)
        Logits, one column per example. A 1-D input is treated as one column.

    Returns
    -------
    A : ndarray of shape (C, m), non-negative, every column summing to 1
    """
    Z = _as_float("Z", Z)
    if Z.ndim == 1:
        return softmax(Z[:, None])[:, 0]
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def softmax_backward(dA, Z):
    """``dZ = A * (dA - sum over rows of A * dA)`` with ``A = softmax(Z)``; shapes ``(C, m)``.

    With the cross-entropy loss this simplifies to ``dZ = A - Y`` (see ``08_softmax``).
    """
    dA, Z = _pair(dA, Z)
    A = softmax(Z)
    return A * (dA - (A * dA).sum(axis=0, keepdims=True))


ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_backward),
    "tanh": (tanh, tanh_backward),
    "relu": (relu, relu_backward),
    "leaky_relu": (leaky_relu, leaky_relu_backward),
    "linear": (lambda Z: Z, lambda dA, Z: dA),
    "softmax": (softmax, softmax_backward),
}
"""Name -> (forward, backward). ``"linear"`` (the identity) is here for ``02_shallow_network``,
which shows that a network without non-linearities collapses to a linear model."""
