"""Exercises of ``08_softmax``: the softmax (plain and stable), its cost and the gradient of the cost.

Shapes follow the notebook: logits ``Z`` and probabilities ``Y_hat`` are ``(C, m)``, one column per
example; labels ``Y`` are one-hot ``(C, m)``.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from .core import Case, Exercise, Mistake

NOTEBOOK = "08_softmax"


def _logits(seed, C, m, scale=3.0):
    return (scale * np.random.default_rng(seed).standard_normal((C, m)),)


def _labelled(seed, C, m):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((C, m)) * 2.0, h.one_hot(rng.integers(0, C, m), C)


def _normalize_rows(t):
    return t / t.sum(axis=1, keepdims=True)


# ---- the softmax, as written ------------------------------------------------------------------

def softmax_naive(Z):
    return h.softmax(Z)


def _rows(Z):
    return _normalize_rows(np.exp(Z))


def _no_exp(Z):
    return Z / Z.sum(axis=0, keepdims=True)


def _whole_matrix(Z):
    return np.exp(Z) / np.exp(Z).sum()


SOFTMAX_NAIVE = Exercise(
    key="softmax_naive", name="softmax_naive", course_name="softmax", notebook=NOTEBOOK, reference=softmax_naive,
    cases=[Case("the lecture's logits [5, 2, -1, 3]", lambda: (np.array([[5.0], [2.0], [-1.0], [3.0]]),)),
           Case("random logits (4, 6)", lambda: _logits(81, 4, 6)),
           Case("random logits (3, 1)", lambda: _logits(82, 3, 1))],
    outputs=("Y_hat",),
    mistakes=[
        Mistake("rows", _rows, "each COLUMN is one example: normalize over the classes, axis=0"),
        Mistake("no exp", _no_exp, "take the exponential first, then divide by the column sums"),
        Mistake("whole matrix", _whole_matrix,
                "divide by each column's own sum (axis=0, keepdims=True), not by the sum of the whole matrix"),
    ],
    nudge="each column z becomes e^z divided by the sum of e^z over that column's C entries, so every column "
          "sums to 1; the result has the shape of Z.")


# ---- the stable softmax -----------------------------------------------------------------------

def softmax_stable(Z):
    return h.softmax(Z)


def _row_maximum(Z):
    t = np.exp(Z - Z.max(axis=1, keepdims=True))
    return t / t.sum(axis=0, keepdims=True)


def _stable_rows(Z):
    return _normalize_rows(np.exp(Z - Z.max(axis=0, keepdims=True)))


def _exp_before_the_shift(Z):
    t = np.exp(Z) / np.exp(Z.max(axis=0, keepdims=True))
    return t / t.sum(axis=0, keepdims=True)


SOFTMAX_STABLE = Exercise(
    key="softmax_stable", name="softmax_stable", notebook=NOTEBOOK, reference=softmax_stable,
    cases=[Case("random logits (4, 6)", lambda: _logits(83, 4, 6)),
           Case("large logits (up to about 1000)", lambda: (np.array([[1000.0, -3.0], [997.0, 2.0], [994.0, 710.0]]),)),
           Case("random logits x 1e4 (10, 5)", lambda: _logits(84, 10, 5, scale=1e4))],
    outputs=("Y_hat",),
    mistakes=[
        Mistake("row maximum", _row_maximum,
                "subtract each column's maximum (axis=0): a row's maximum shifts the classes differently"),
        Mistake("rows", _stable_rows, "each COLUMN is one example: divide by the column sums"),
        Mistake("exp before the shift", _exp_before_the_shift,
                "e^z / e^max is the same number on paper but e^z overflows first: subtract the maximum BEFORE "
                "taking the exponential"),
    ],
    nudge="the same softmax after subtracting each column's largest logit from that column (it changes nothing "
          "on paper, and every exponent is then <= 0, so nothing overflows).")


# ---- the cost ---------------------------------------------------------------------------------

def softmax_cost(Y_hat, Y):
    return float(h.compute_cost(Y_hat, Y))


def _cost_sign(Y_hat, Y):
    return -softmax_cost(Y_hat, Y)


def _cost_not_averaged(Y_hat, Y):
    return softmax_cost(Y_hat, Y) * Y.shape[1]


def _mean_over_entries(Y_hat, Y):
    return softmax_cost(Y_hat, Y) / Y.shape[0]


def _binary_formula(Y_hat, Y):
    return -float(np.sum(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat))) / Y.shape[1]


def _probabilities(seed, C, m):
    Z, Y = _labelled(seed, C, m)
    return h.softmax(Z), Y


SOFTMAX_COST = Exercise(
    key="softmax_cost", name="softmax_cost", course_name="compute_cost (softmax)", notebook=NOTEBOOK,
    reference=softmax_cost,
    cases=[Case("the lecture's example: y_hat = [0.3, 0.2, 0.1, 0.4], true class 1",
                lambda: (np.array([[0.3], [0.2], [0.1], [0.4]]), np.array([[0.0], [1.0], [0.0], [0.0]]))),
           Case("random (4, 7)", lambda: _probabilities(85, 4, 7)),
           Case("random (10, 3)", lambda: _probabilities(86, 10, 3))],
    outputs=("cost",),
    mistakes=[
        Mistake("sign", _cost_sign, "the cost is -(1/m) sum Y log(Y_hat): with the minus sign it is positive"),
        Mistake("no 1/m", _cost_not_averaged, "divide by m, the number of examples (columns): J is a mean"),
        Mistake("mean over all entries", _mean_over_entries,
                "a mean over the whole (C, m) array divides by C m; divide the sum by m, the number of columns"),
        Mistake("binary formula", _binary_formula,
                "the (1 - y) log(1 - y_hat) term belongs to the binary cost; with C classes the loss is "
                "-sum_k y_k log y_hat_k only"),
    ],
    nudge="for each example the loss is -log of the probability given to its true class (the one-hot Y picks it "
          "out of the column); the cost is the mean over the m columns, one number.")


# ---- the gradient of the cost with respect to the logits ------------------------------------

def softmax_cost_gradient(Z, Y):
    return (h.softmax(Z) - Y) / Y.shape[1]


def _gradient_not_averaged(Z, Y):
    return softmax_cost_gradient(Z, Y) * Y.shape[1]


def _gradient_sign(Z, Y):
    return -softmax_cost_gradient(Z, Y)


def _diagonal_only(Z, Y):
    return -Y * (1 - h.softmax(Z)) / Y.shape[1]


def _sigmoid_in_place(Z, Y):
    return (h.sigmoid(Z) - Y) / Y.shape[1]


SOFTMAX_GRADIENT = Exercise(
    key="softmax_cost_gradient", name="softmax_cost_gradient", course_name="dZ = Y_hat - Y (softmax backward)",
    notebook=NOTEBOOK, reference=softmax_cost_gradient,
    cases=[Case("random (4, 5)", lambda: _labelled(87, 4, 5)),
           Case("random (3, 8)", lambda: _labelled(88, 3, 8)),
           Case("one example (5, 1)", lambda: _labelled(89, 5, 1))],
    outputs=("dZ",),
    mistakes=[
        Mistake("no 1/m", _gradient_not_averaged, "the gradient of the MEAN cost has the 1/m"),
        Mistake("sign", _gradient_sign, "it is Y_hat - Y, not Y - Y_hat"),
        Mistake("diagonal of the Jacobian only", _diagonal_only,
                "y_hat (1 - y_hat) is only the diagonal of the softmax Jacobian; with the off-diagonal terms "
                "-y_hat_i y_hat_j the chain rule gives exactly Y_hat - Y"),
        Mistake("sigmoid", _sigmoid_in_place, "Y_hat is the softmax of Z (columns sum to 1), not the sigmoid of each entry"),
    ],
    nudge="the chain rule through the softmax and the cross-entropy collapses to a simple difference between "
          "the predicted probabilities and the one-hot labels, divided by m for the mean cost; shape (C, m).")

EXERCISES = [SOFTMAX_NAIVE, SOFTMAX_STABLE, SOFTMAX_COST, SOFTMAX_GRADIENT]
