"""Gradient checking with two-sided differences.

For each parameter entry ``theta_i``::

    g_approx_i = (J(theta + eps e_i) - J(theta - eps e_i)) / (2 eps)        error O(eps^2)

and the whole check returns ``||g - g_approx|| / (||g|| + ||g_approx||)``. In float64 with
``eps = 1e-7`` expect about 1e-7 or below for a correct backward pass; around 1e-5 look again;
1e-3 or more is a bug. Introduced in ``06_gradient_checking``. Switch dropout off while checking.
"""
from __future__ import annotations

import numpy as np

from .validation import check_real

__all__ = [
    "THRESHOLDS",
    "dict_to_vector",
    "gradient_check",
    "gradient_check_verdict",
    "numerical_gradient",
    "relative_difference",
    "vector_to_dict",
]

THRESHOLDS = (1e-7, 1e-5, 1e-3)
"""Bucket limits of :func:`gradient_check_verdict` (the lecture's rule of thumb for float64 and epsilon = 1e-7)."""


def dict_to_vector(tensors, keys=None):
    """Flatten the arrays of a dict into one vector, in ``keys`` order (default: dict order).

    Returns ``(vector, layout)`` where ``layout`` is a list of ``(key, shape)`` for
    :func:`vector_to_dict`. Works for any keys and shapes.
    """
    keys = list(tensors) if keys is None else list(keys)
    layout = [(k, np.shape(tensors[k])) for k in keys]
    if not layout:
        return np.zeros(0), layout
    return np.concatenate([np.ravel(tensors[k]).astype(np.float64) for k in keys]), layout


def vector_to_dict(vector, layout):
    """Inverse of :func:`dict_to_vector`: cut ``vector`` back into arrays of the given shapes."""
    out, start = {}, 0
    for key, shape in layout:
        size = int(np.prod(shape))
        out[key] = np.asarray(vector[start:start + size]).reshape(shape)
        start += size
    if start != len(vector):
        raise ValueError(f"`vector` has {len(vector)} entries but the layout needs {start}")
    return out


def relative_difference(g, g_approx):
    """``||g - g_approx|| / (||g|| + ||g_approx||)``, 0 when both are zero."""
    g, g_approx = np.ravel(g), np.ravel(g_approx)
    denominator = np.linalg.norm(g) + np.linalg.norm(g_approx)
    return 0.0 if denominator == 0 else float(np.linalg.norm(g - g_approx) / denominator)


def numerical_gradient(cost_fn, parameters, *, epsilon=1e-7):
    """Two-sided finite-difference gradient of ``cost_fn`` at ``parameters``.

    Parameters
    ----------
    cost_fn : callable, ``cost_fn(parameters) -> float``
    parameters : dict of arrays
    epsilon : float > 0, default 1e-7

    Returns
    -------
    dict with a ``d``-prefixed key per parameter (``dW1`` for ``W1``), same shapes.
    """
    if not callable(cost_fn):
        raise TypeError(f"`cost_fn` must be a function of the parameters; got {type(cost_fn).__name__}")
    if not isinstance(parameters, dict):
        raise TypeError(f"`parameters` must be a dict of arrays; got {type(parameters).__name__}")
    epsilon = check_real("epsilon", epsilon, low=0, low_open=True)
    probe = {k: np.array(v, dtype=np.float64) for k, v in parameters.items()}
    approx = {}
    for key, theta in probe.items():
        g = np.zeros_like(theta)
        flat, gflat = theta.reshape(-1), g.reshape(-1)
        for i in range(flat.size):
            saved = flat[i]
            flat[i] = saved + epsilon
            plus = float(cost_fn(probe))
            flat[i] = saved - epsilon
            minus = float(cost_fn(probe))
            flat[i] = saved
            gflat[i] = (plus - minus) / (2.0 * epsilon)
        approx["d" + key] = g
    return approx


def _check_grads(parameters, grads):
    if not isinstance(grads, dict):
        raise TypeError(f"`grads` must be a dict like {{'dW1': ...}}; got {type(grads).__name__}")
    for key, p in parameters.items():
        g = grads.get("d" + key)
        if g is None:
            raise ValueError(f"`grads` is missing {'d' + key!r} for parameter {key!r}")
        if np.shape(g) != np.shape(p):
            raise ValueError(f"`grads[{'d' + key!r}]` must have shape {np.shape(p)}; got {np.shape(g)}")


def gradient_check(cost_fn, parameters, grads, *, epsilon=1e-7, by_parameter=False):
    """Compare analytic ``grads`` with two-sided differences of ``cost_fn`` over all parameters.

    Parameters
    ----------
    cost_fn : callable, ``cost_fn(parameters) -> float``
        The cost J as a function of the parameter dict (include the L2 term if the gradients
        include it; keep dropout off).
    parameters : dict of arrays, e.g. ``W1, b1, ...``
    grads : dict with ``dW1, db1, ...``, the analytic gradients to check
    epsilon : float > 0, default 1e-7
    by_parameter : bool, default False
        Also return the breakdown per tensor, ``{"W1": difference, "b1": ..., ...}``: each entry
        is the relative difference restricted to that tensor, so a wrong ``db1`` shows up as a
        large number under ``"b1"`` while the others stay near 1e-7 or below.

    Returns
    -------
    difference : float
        ``||g - g_approx|| / (||g|| + ||g_approx||)`` over all parameters together;
        ``(difference, breakdown)`` when ``by_parameter`` is true.
    """
    _check_grads(parameters, grads)
    approx = numerical_gradient(cost_fn, parameters, epsilon=epsilon)
    keys = list(parameters)
    g, _ = dict_to_vector({k: grads["d" + k] for k in keys})
    g_approx, _ = dict_to_vector({k: approx["d" + k] for k in keys})
    difference = relative_difference(g, g_approx)
    if by_parameter:
        breakdown = {k: relative_difference(grads["d" + k], approx["d" + k]) for k in keys}
        return difference, breakdown
    return difference


def gradient_check_verdict(difference):
    """The usual reading of a gradient-check difference: its bucket and what it means.

    ``difference < 1e-7: correct``, ``1e-7 <= difference < 1e-5: probably fine``,
    ``1e-5 <= difference < 1e-3: look again``, ``difference >= 1e-3: probably a bug``.
    Printing the bucket instead of the digits keeps notebook outputs identical across machines
    and BLAS thread counts.
    """
    difference = check_real("difference", difference, low=0)
    if difference < 1e-7:
        return "difference < 1e-7: correct"
    if difference < 1e-5:
        return "1e-7 <= difference < 1e-5: probably fine"
    if difference < 1e-3:
        return "1e-5 <= difference < 1e-3: look again"
    return "difference >= 1e-3: probably a bug"
