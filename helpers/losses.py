"""Cross-entropy costs and the L2 penalty.

Binary labels ``Y`` have shape ``(1, m)`` with values 0/1; multi-class labels are one-hot,
``(C, m)``. ``AL`` is the network's output, the same shape as ``Y``.
Introduced in ``01_logistic_regression`` (binary), ``05_regularization`` (L2) and
``08_softmax`` (categorical).
"""
from __future__ import annotations

import numpy as np

from .validation import check_real, layer_count

__all__ = ["compute_cost", "cost_from_logits", "l2_penalty"]


_TINY = {"d": np.finfo(np.float64).tiny, "f": np.finfo(np.float32).tiny}


def _check_output(AL, Y):
    if not isinstance(AL, np.ndarray) or AL.ndim != 2:
        raise ValueError(f"`AL` (or `ZL`) must be a 2-D array of shape (n_y, m); got {getattr(AL, 'shape', type(AL).__name__)}")
    if not isinstance(Y, np.ndarray):
        Y = np.asarray(Y, dtype=AL.dtype)
    if Y.shape != AL.shape:
        raise ValueError(f"`Y` must have the shape of AL {AL.shape}; got {Y.shape}")
    return Y


def l2_penalty(parameters, lambd, m):
    """``lambd / (2 m) * sum_l ||W[l]||_F^2``, the L2 term of the cost (biases are not penalized)."""
    total = 0.0
    for l in range(1, layer_count(parameters) + 1):
        W = parameters[f"W{l}"]
        total += float(np.vdot(W, W))
    return lambd / (2.0 * m) * total


def compute_cost(AL, Y, *, parameters=None, lambd=0.0):
    """Mean cross-entropy of predictions ``AL`` against labels ``Y``, plus an optional L2 term.

    .. math::

        J = -\\frac{1}{m} \\sum_{i=1}^{m} \\big(y^{(i)} \\log a^{(i)} + (1 - y^{(i)}) \\log(1 - a^{(i)})\\big)
        \\quad\\text{(one row)}, \\qquad
        J = -\\frac{1}{m} \\sum_{i} \\sum_{k} y_k^{(i)} \\log a_k^{(i)} \\quad\\text{(C rows)}

        J_{L2} = J + \\frac{\\lambda}{2m} \\sum_l \\lVert W^{[l]} \\rVert_F^2

    Parameters
    ----------
    AL : ndarray of shape (1, m) or (C, m)
        Predicted probabilities (sigmoid or softmax output), values in [0, 1].
    Y : ndarray, same shape as AL
        Labels: 0/1 for one row, one-hot columns otherwise.
    parameters : dict, optional
        Needed when ``lambd > 0``: the weights ``W1 ... WL`` that are penalized.
    lambd : float >= 0, default 0
        L2 strength lambda (``lambda`` is a Python keyword, hence the spelling).

    Returns
    -------
    cost : float
        Probabilities are floored at the smallest positive float, so the log is never log(0): a
        confident wrong answer costs about 708 per example instead of inf.
    """
    Y = _check_output(AL, Y)
    if lambd != 0.0:
        lambd = check_real("lambd", lambd, low=0)
    m = AL.shape[1]
    if m == 0:
        raise ValueError("`AL` must have at least one column (example); got shape " + str(AL.shape))
    tiny = _TINY.get(AL.dtype.char) or np.finfo(AL.dtype).tiny
    if AL.shape[0] == 1:
        cost = -(np.dot(Y, np.log(np.maximum(AL, tiny)).T) + np.dot(1.0 - Y, np.log(np.maximum(1.0 - AL, tiny)).T))
        cost = float(cost[0, 0]) / m
    else:
        cost = -float(np.vdot(Y, np.log(np.maximum(AL, tiny)))) / m
    if lambd > 0:
        if parameters is None:
            raise ValueError("`parameters` must be given when lambd > 0 (the L2 term needs the weights); got None")
        cost += l2_penalty(parameters, lambd, m)
    return cost


def cost_from_logits(ZL, Y, output_activation="sigmoid"):
    """The same cross-entropy as :func:`compute_cost`, computed from the output layer's ``Z``.

    Working from the logits is exact where the probabilities round to 0 or 1 in floating point
    (``compute_cost`` then charges its floor of about 708 per example)::

        sigmoid:  J = (1/m) sum_i [ log(1 + e^{z_i}) - y_i z_i ]
        softmax:  J = (1/m) sum_i [ logsumexp_k(z_ki) - sum_k y_ki z_ki ]

    :func:`helpers.train` records its costs this way. No L2 term (add :func:`l2_penalty`).

    Parameters
    ----------
    ZL : ndarray of shape (1, m) or (C, m)
    Y : ndarray, same shape
    output_activation : {"sigmoid", "softmax"}, default "sigmoid"
    """
    Y = _check_output(ZL, Y)
    m = ZL.shape[1]
    if output_activation == "sigmoid":
        return float(np.sum(np.logaddexp(0.0, ZL)) - np.vdot(Y, ZL)) / m
    top = ZL.max(axis=0, keepdims=True)
    log_norm = np.log(np.exp(ZL - top).sum(axis=0, keepdims=True)) + top
    return float(np.sum(log_norm) - np.vdot(Y, ZL)) / m
