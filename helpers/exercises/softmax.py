"""Exercises of ``08_softmax``: the softmax (plain and stable), its cost and the gradient of the cost.

Shapes follow the notebook: logits ``Z`` and probabilities ``Y_hat`` are ``(C, m)``, one column per
example; labels ``Y`` are one-hot ``(C, m)``.
"""
from __future__ import annotations

import numpy as np

from ..activations import softmax as _h_softmax
from ..losses import compute_cost as _h_compute_cost
from ..metrics import one_hot
from .core import Case, Exercise, Mistake

NOTEBOOK = "08_softmax"


def _logits(seed, C, m, scale=3.0):
    return (scale * np.random.default_rng(seed).standard_normal((C, m)),)


def _labelled(seed, C, m):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((C, m)) * 2.0, one_hot(rng.integers(0, C, m), C)


def _normalize_rows(t):
    return t / t.sum(axis=1, keepdims=True)


# ---- the softmax, as written ------------------------------------------------------------------

def softmax_naive(Z):
    return _h_softmax(Z)


SOFTMAX_NAIVE = Exercise(
    name="softmax_naive", course_name="softmax", notebook=NOTEBOOK, reference=softmax_naive,
    cases=[Case("the lecture's logits [5, 2, -1, 3]", lambda: (np.array([[5.0], [2.0], [-1.0], [3.0]]),)),
           Case("random logits (4, 6)", lambda: _logits(81, 4, 6)),
           Case("random logits (3, 1)", lambda: _logits(82, 3, 1))],
    outputs=("Y_hat",),
    mistakes=[
        Mistake("rows", lambda Z: _normalize_rows(np.exp(Z)),
                "each COLUMN is one example: sum over axis=0 (the classes), with keepdims=True"),
        Mistake("no exp", lambda Z: Z / Z.sum(axis=0, keepdims=True),
                "take the exponential first: t = np.exp(Z), then divide by the column sums of t"),
        Mistake("whole matrix", lambda Z: np.exp(Z) / np.exp(Z).sum(),
                "divide by each column's own sum (axis=0, keepdims=True), not by the sum of the whole matrix"),
    ],
    hint="t = np.exp(Z); return t / t.sum(axis=0, keepdims=True): every column sums to 1")


# ---- the stable softmax -----------------------------------------------------------------------

def softmax_stable(Z):
    return _h_softmax(Z)


def _exp_then_divide(Z):
    return np.exp(Z) / np.exp(Z.max(axis=0, keepdims=True)) / (np.exp(Z) / np.exp(Z.max(axis=0, keepdims=True))).sum(axis=0, keepdims=True)


SOFTMAX_STABLE = Exercise(
    name="softmax_stable", notebook=NOTEBOOK, reference=softmax_stable,
    cases=[Case("random logits (4, 6)", lambda: _logits(83, 4, 6)),
           Case("large logits (up to about 1000)", lambda: (np.array([[1000.0, -3.0], [997.0, 2.0], [994.0, 710.0]]),)),
           Case("random logits x 1e4 (10, 5)", lambda: _logits(84, 10, 5, scale=1e4))],
    outputs=("Y_hat",),
    mistakes=[
        Mistake("row maximum", lambda Z: (lambda t: t / t.sum(axis=0, keepdims=True))(np.exp(Z - Z.max(axis=1, keepdims=True))),
                "subtract each column's maximum (axis=0): subtracting a row's maximum shifts the classes differently "
                "and changes the probabilities"),
        Mistake("rows", lambda Z: _normalize_rows(np.exp(Z - Z.max(axis=0, keepdims=True))),
                "each COLUMN is one example: divide by the column sums, t.sum(axis=0, keepdims=True)"),
        Mistake("exp before the shift", _exp_then_divide,
                "e^Z / e^max is the same number on paper but e^Z overflows first: subtract the maximum BEFORE "
                "taking the exponential, np.exp(Z - Z.max(axis=0, keepdims=True))"),
    ],
    hint="t = np.exp(Z - Z.max(axis=0, keepdims=True)); return t / t.sum(axis=0, keepdims=True)")


# ---- the cost ---------------------------------------------------------------------------------

def softmax_cost(Y_hat, Y):
    return _h_compute_cost(Y_hat, Y)


def _probabilities(seed, C, m):
    Z, Y = _labelled(seed, C, m)
    return _h_softmax(Z), Y


SOFTMAX_COST = Exercise(
    name="softmax_cost", course_name="compute_cost (softmax)", notebook=NOTEBOOK, reference=softmax_cost,
    cases=[Case("the lecture's example: y_hat = [0.3, 0.2, 0.1, 0.4], true class 1",
                lambda: (np.array([[0.3], [0.2], [0.1], [0.4]]), np.array([[0.0], [1.0], [0.0], [0.0]]))),
           Case("random (4, 7)", lambda: _probabilities(85, 4, 7)),
           Case("random (10, 3)", lambda: _probabilities(86, 10, 3))],
    outputs=("cost",),
    mistakes=[
        Mistake("sign", lambda P, Y: float(np.sum(Y * np.log(P))) / Y.shape[1],
                "the cost is -(1/m) sum Y log(Y_hat): with the minus sign it is positive"),
        Mistake("no 1/m", lambda P, Y: -float(np.sum(Y * np.log(P))),
                "divide by m, the number of examples (columns): J is a mean over the examples"),
        Mistake("mean over all entries", lambda P, Y: -float(np.mean(Y * np.log(P))),
                "np.mean over the whole (C, m) array divides by C * m; divide the sum by m = Y.shape[1]"),
        Mistake("binary formula", lambda P, Y: -float(np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P))) / Y.shape[1],
                "the (1 - y) log(1 - y_hat) term belongs to the binary cost; with C classes the loss is "
                "-sum_k y_k log y_hat_k only"),
    ],
    hint="J = -np.sum(Y * np.log(Y_hat)) / m with m = Y.shape[1]; return a number")


# ---- the gradient of the cost with respect to the logits ------------------------------------

def softmax_cost_gradient(Z, Y):
    return (_h_softmax(Z) - Y) / Y.shape[1]


SOFTMAX_GRADIENT = Exercise(
    name="softmax_cost_gradient", course_name="dZ = Y_hat - Y (softmax backward)", notebook=NOTEBOOK,
    reference=softmax_cost_gradient,
    cases=[Case("random (4, 5)", lambda: _labelled(87, 4, 5)),
           Case("random (3, 8)", lambda: _labelled(88, 3, 8)),
           Case("one example (5, 1)", lambda: _labelled(89, 5, 1))],
    outputs=("dZ",),
    mistakes=[
        Mistake("no 1/m", lambda Z, Y: _h_softmax(Z) - Y,
                "the gradient of the MEAN cost has the 1/m: dZ = (Y_hat - Y) / m"),
        Mistake("sign", lambda Z, Y: (Y - _h_softmax(Z)) / Y.shape[1], "it is Y_hat - Y, not Y - Y_hat"),
        Mistake("diagonal of the Jacobian only", lambda Z, Y: -Y * (1 - _h_softmax(Z)) / Y.shape[1],
                "y_hat (1 - y_hat) is only the diagonal of the softmax Jacobian; with the off-diagonal terms "
                "-y_hat_i y_hat_j the chain rule gives exactly Y_hat - Y"),
        Mistake("sigmoid", lambda Z, Y: (1 / (1 + np.exp(-Z)) - Y) / Y.shape[1],
                "Y_hat is the softmax of Z (columns sum to 1), not the sigmoid of each entry"),
    ],
    hint="dZ = (softmax(Z) - Y) / m, shape (C, m)")

EXERCISES = [SOFTMAX_NAIVE, SOFTMAX_STABLE, SOFTMAX_COST, SOFTMAX_GRADIENT]
