"""Cross-entropy costs and the L2 penalty.

Binary labels ``Y`` have shape ``(1, m)`` with values 0/1; multi-class labels are one-hot,
``(C, m)``. ``AL`` is the network's output, the same shape as ``Y``.
Introduced in ``01_logistic_regression`` (binary), ``05_regularization`` (L2) and
``08_softmax`` (categorical).
"""
from __future__ import annotations

import numpy as np

from .validation import check_array, check_choice, check_int, check_labels, check_probabilities, check_real, layer_count

__all__ = ["compute_cost", "cost_from_logits", "l2_penalty"]


# ---- the formulas (unchecked) --------------------------------------------------------------------

def _l2_penalty(parameters, lambd, m, L):
    # lambda / (2 m) * sum_l ||W[l]||_F^2  (biases are not penalized)
    return lambd / (2.0 * m) * sum(float(np.sum(parameters[f"W{l}"] ** 2)) for l in range(1, L + 1))


def _cross_entropy(AL, Y):
    # J = -(1/m) sum [y log a + (1 - y) log(1 - a)]  (one row);  -(1/m) sum y_k log a_k  (C rows).
    # Probabilities are floored at the smallest positive float, so the log is never log(0).
    tiny = np.finfo(AL.dtype).tiny
    m = AL.shape[1]
    if AL.shape[0] == 1:
        return -float(np.vdot(Y, np.log(np.maximum(AL, tiny))) + np.vdot(1.0 - Y, np.log(np.maximum(1.0 - AL, tiny)))) / m
    return -float(np.vdot(Y, np.log(np.maximum(AL, tiny)))) / m


def _cost_from_logits(ZL, Y, output_activation="sigmoid"):
    # sigmoid: J = (1/m) sum [log(1 + e^z) - y z];  softmax: J = (1/m) sum [logsumexp(z) - sum_k y_k z_k]
    m = ZL.shape[1]
    if output_activation == "sigmoid":
        return float(np.logaddexp(0.0, ZL).sum() - np.vdot(Y, ZL)) / m
    top = ZL.max(axis=0, keepdims=True)
    log_norm = np.log(np.exp(ZL - top).sum(axis=0, keepdims=True)) + top
    return float(log_norm.sum() - np.vdot(Y, ZL)) / m


# ---- public, checked -----------------------------------------------------------------------------

def _check_output(name, AL, Y):
    AL = check_array(name, AL)
    if AL.shape[1] == 0:
        raise ValueError(f"`{name}` must have at least one column (example); got shape {AL.shape}")
    Y = check_labels("Y", Y, AL.shape[1], classes=AL.shape[0])
    return AL, Y


def l2_penalty(parameters, lambd, m):
    """``lambd / (2 m) * sum_l ||W[l]||_F^2``, the L2 term of the cost (biases are not penalized).

    Parameters
    ----------
    parameters : dict ``W1, b1, ..., WL, bL``
    lambd : float >= 0
    m : int >= 1, the number of examples the cost averages over
    """
    L = layer_count(parameters)
    lambd = check_real("lambd", lambd, low=0)
    m = check_int("m", m, low=1)
    return _l2_penalty(parameters, lambd, m, L)


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
        Predicted probabilities (sigmoid or softmax output): values in [0, 1], and with C rows
        every column sums to 1. Logits (``Z[L]``) are refused with a message pointing to
        :func:`cost_from_logits`.
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
    AL, Y = _check_output("AL", AL, Y)
    check_probabilities("AL", AL)
    lambd = check_real("lambd", lambd, low=0)
    cost = _cross_entropy(AL, Y)
    if lambd > 0:
        if parameters is None:
            raise ValueError("`parameters` must be given when lambd > 0 (the L2 term needs the weights); got None")
        cost += _l2_penalty(parameters, lambd, AL.shape[1], layer_count(parameters))
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
    Y : ndarray, same shape: 0/1 labels or one-hot columns
    output_activation : {"sigmoid", "softmax"}, default "sigmoid"
    """
    check_choice("output_activation", output_activation, ("sigmoid", "softmax"))
    ZL, Y = _check_output("ZL", ZL, Y)
    if output_activation == "sigmoid" and ZL.shape[0] != 1:
        raise ValueError(f"`ZL` must have one row for a sigmoid output; got shape {ZL.shape}")
    return _cost_from_logits(ZL, Y, output_activation)
