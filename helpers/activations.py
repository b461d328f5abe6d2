"""Activation functions and their derivatives, each formula written once, beside its derivative.

Forward functions take ``Z`` (any shape, usually ``(n[l], m)``) and return ``A = g(Z)`` of the
same shape. Backward functions take ``(dA, Z)`` and return ``dZ = dA * g'(Z)`` (the chain rule,
element by element). ``softmax`` works on columns: each column of ``Z`` is one example.

The formulas live in the private functions below (``_sigmoid``, ``_sigmoid_backward``, ...) and
in the table :data:`ACTIVATIONS`, which every forward and backward pass of :mod:`helpers.layers`
uses. The public functions (``sigmoid``, ``sigmoid_backward``, ...) check their arguments and
then call the same formulas.

Introduced in ``01_logistic_regression`` (sigmoid) and ``02_shallow_network`` (tanh, ReLU,
leaky ReLU); softmax in ``08_softmax``.
"""
from __future__ import annotations

from functools import partial
from typing import Callable, NamedTuple

import numpy as np

from .validation import check_choice, check_real

__all__ = [
    "ACTIVATIONS",
    "Activation",
    "activation",
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

LEAKY_SLOPE = 0.01
"""Default slope of leaky ReLU for negative inputs."""


# ---- the formulas (unchecked; arrays in, arrays out) -------------------------------------------

# sigma(z) = 1 / (1 + e^-z) = (1 + tanh(z / 2)) / 2: the tanh form never overflows, for any z.
def _sigmoid(Z):
    return 0.5 * (1.0 + np.tanh(0.5 * Z))


# sigma'(z) = sigma(z) (1 - sigma(z))
def _sigmoid_backward(dA, Z):
    s = _sigmoid(Z)
    return dA * s * (1.0 - s)


# tanh'(z) = 1 - tanh(z)^2
def _tanh_backward(dA, Z):
    t = np.tanh(Z)
    return dA * (1.0 - t * t)


# relu(z) = max(0, z);  relu'(z) = 1 if z > 0 else 0 (0 at z = 0, as the lectures take it)
def _relu(Z):
    return np.maximum(Z, 0.0)


def _relu_backward(dA, Z):
    return dA * (Z > 0)


# leaky_relu(z) = z if z > 0 else slope * z;  derivative 1 or slope
def _leaky_relu(Z, slope=LEAKY_SLOPE):
    return np.where(Z > 0, Z, slope * Z)


def _leaky_relu_backward(dA, Z, slope=LEAKY_SLOPE):
    return np.where(Z > 0, dA, slope * dA)


# softmax(z)_i = e^{z_i} / sum_j e^{z_j}, per column. Subtracting the column maximum first
# changes nothing mathematically and keeps every exponent <= 0, so nothing overflows.
def _softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


# Jacobian: d a_i / d z_j = a_i (delta_ij - a_j), so dz = a * (da - sum_i a_i da_i).
def _softmax_backward(dA, Z):
    A = _softmax(Z)
    return A * (dA - (A * dA).sum(axis=0, keepdims=True))


def _identity(Z):
    return Z


def _identity_backward(dA, Z):
    return dA


class Activation(NamedTuple):
    """An activation ``g`` as a pair of formulas: ``forward(Z) -> A`` and ``backward(dA, Z) -> dZ``."""

    name: str
    forward: Callable
    backward: Callable
    leaky_slope: float = LEAKY_SLOPE  # the slope for z < 0 ("leaky_relu" only)


ACTIVATIONS = {
    "sigmoid": Activation("sigmoid", _sigmoid, _sigmoid_backward),
    "tanh": Activation("tanh", np.tanh, _tanh_backward),
    "relu": Activation("relu", _relu, _relu_backward),
    "leaky_relu": Activation("leaky_relu", _leaky_relu, _leaky_relu_backward),
    "linear": Activation("linear", _identity, _identity_backward),
    "softmax": Activation("softmax", _softmax, _softmax_backward),
}
"""Name -> :class:`Activation`. ``"linear"`` (the identity) is here for ``02_shallow_network``,
which shows that a network without non-linearities collapses to a linear model."""


def activation(name, leaky_slope=LEAKY_SLOPE):
    """The :class:`Activation` called ``name``; leaky ReLU gets its slope for negative inputs.

    Parameters
    ----------
    name : one of :data:`ACTIVATIONS`
    leaky_slope : float in [0, 1), default 0.01
        Used by ``"leaky_relu"`` only.
    """
    check_choice("activation", name, tuple(ACTIVATIONS))
    if name != "leaky_relu" or leaky_slope == LEAKY_SLOPE:
        return ACTIVATIONS[name]
    slope = check_real("leaky_slope", leaky_slope, low=0, high=1, high_open=True)
    return Activation(name, partial(_leaky_relu, slope=slope), partial(_leaky_relu_backward, slope=slope), slope)


# ---- the public, checked functions --------------------------------------------------------------

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
    return _sigmoid(_as_float("Z", Z))


def sigmoid_backward(dA, Z):
    """``dZ = dA * s (1 - s)`` with ``s = sigmoid(Z)``; ``dA`` and ``Z`` have the same shape."""
    return _sigmoid_backward(*_pair(dA, Z))


def tanh(Z):
    """Hyperbolic tangent, element-wise; values in (-1, 1). ``Z`` any shape."""
    return np.tanh(_as_float("Z", Z))


def tanh_backward(dA, Z):
    """``dZ = dA * (1 - tanh(Z)^2)``; ``dA`` and ``Z`` have the same shape."""
    return _tanh_backward(*_pair(dA, Z))


def relu(Z):
    """Rectified linear unit ``max(0, Z)``, element-wise. ``Z`` any shape."""
    return _relu(_as_float("Z", Z))


def relu_backward(dA, Z):
    """``dZ = dA * [Z > 0]`` (derivative 0 at Z = 0); ``dA`` and ``Z`` have the same shape."""
    return _relu_backward(*_pair(dA, Z))


def leaky_relu(Z, slope=LEAKY_SLOPE):
    """Leaky ReLU ``max(slope * Z, Z)`` for ``0 <= slope < 1`` (default 0.01). ``Z`` any shape."""
    slope = check_real("slope", slope, low=0, high=1, high_open=True)
    return _leaky_relu(_as_float("Z", Z), slope)


def leaky_relu_backward(dA, Z, slope=LEAKY_SLOPE):
    """``dZ = dA`` where ``Z > 0`` and ``slope * dA`` elsewhere."""
    slope = check_real("slope", slope, low=0, high=1, high_open=True)
    return _leaky_relu_backward(*_pair(dA, Z), slope)


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
        return _softmax(Z[:, None])[:, 0]
    return _softmax(Z)


def softmax_backward(dA, Z):
    """``dZ = A * (dA - sum over rows of A * dA)`` with ``A = softmax(Z)``; shapes ``(C, m)``.

    With the cross-entropy loss this simplifies to ``dZ = A - Y`` (see ``08_softmax``).
    """
    return _softmax_backward(*_pair(dA, Z))
