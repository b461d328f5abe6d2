"""Exercises of ``01_logistic_regression``: logistic regression as one sigmoid unit.

Signatures follow the notebook (and the course): ``w`` is a column ``(n_x, 1)``, ``b`` a plain
number, ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``. ``propagate`` returns
``({"dw": (n_x, 1), "db": number}, cost)``; ``optimize`` returns ``({"w", "b"}, grads, costs)`` with
one cost per iteration (the course keeps one per 100 iterations, so only its final parameters and
gradients are compared with the course's printed values). The published values are the course's
check values; their inputs are written out below.
"""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid as _h_sigmoid
from ..activations import sigmoid_backward as _h_sigmoid_backward
from ..losses import compute_cost as _h_compute_cost
from .core import Case, Exercise, Mistake, compare

NOTEBOOK = "01_logistic_regression"


def _rng_array(seed, shape, low=-4.0, high=4.0):
    return np.random.default_rng(seed).uniform(low, high, shape)


# ---- sigmoid ----------------------------------------------------------------------------------

def sigmoid(z):
    return _h_sigmoid(np.asarray(z, dtype=float))


SIGMOID_CASES = [
    Case("course check values, z = [0, 2]", lambda: (np.array([0, 2]),), published={"s": [0.5, 0.88079708]}),
    Case("course check values, z = [1, 2, 3]", lambda: (np.array([1, 2, 3]),),
         published={"s": [0.73105858, 0.88079708, 0.95257413]}),
    Case("a (3, 4) array in [-4, 4]", lambda: (_rng_array(11, (3, 4)),)),
]

SIGMOID = Exercise(
    name="sigmoid", notebook=NOTEBOOK, reference=sigmoid, cases=SIGMOID_CASES, outputs=("s",),
    mistakes=[
        Mistake("sign in the exponent", lambda z: 1 / (1 + np.exp(z)),
                "the exponent is -z: sigma(z) = 1 / (1 + np.exp(-z)), so that large z gives values near 1"),
        Mistake("precedence", lambda z: 1 / 1 + np.exp(-z),
                "1 / 1 + np.exp(-z) divides 1 by 1 first; put the whole denominator in brackets: 1 / (1 + np.exp(-z))"),
        Mistake("minus in the denominator", lambda z: 1 / (1 - np.exp(-z)),
                "the denominator is 1 PLUS e^-z: 1 / (1 + np.exp(-z))"),
    ],
    hint="sigma(z) = 1 / (1 + np.exp(-z)), element by element, with no loop")


# ---- sigmoid_derivative -----------------------------------------------------------------------

def sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return _h_sigmoid_backward(np.ones_like(z), z)


SIGMOID_DERIVATIVE = Exercise(
    name="sigmoid_derivative", notebook=NOTEBOOK, reference=sigmoid_derivative,
    cases=[Case("course check values, z = [1, 2, 3]", lambda: (np.array([1, 2, 3]),),
                published={"ds": [0.19661193, 0.10499359, 0.04517666]}),
           Case("a (2, 5) array in [-4, 4]", lambda: (_rng_array(12, (2, 5)),))],
    outputs=("ds",),
    mistakes=[
        Mistake("z in place of s", lambda z: z * (1 - z),
                "the formula s (1 - s) needs s = sigmoid(z) first; z (1 - z) uses z itself"),
        Mistake("1 - z", lambda z: _h_sigmoid(z) * (1 - z),
                "both factors use s = sigmoid(z): s * (1 - s), not s * (1 - z)"),
        Mistake("plus", lambda z: _h_sigmoid(z) * (1 + _h_sigmoid(z)),
                "the second factor is (1 - s): sigma'(z) = s (1 - s), at most 1/4 (at z = 0)"),
    ],
    hint="s = sigmoid(z), then return s * (1 - s)")


# ---- initialize_with_zeros --------------------------------------------------------------------

def initialize_with_zeros(dim):
    return np.zeros((dim, 1)), 0.0


INITIALIZE = Exercise(
    name="initialize_with_zeros", notebook=NOTEBOOK, reference=initialize_with_zeros,
    cases=[Case("course check values, dim = 2", lambda: (2,), published={"w": [[0.0], [0.0]], "b": 0.0}),
           Case("dim = 64", lambda: (64,))],
    outputs=("w", "b"),
    mistakes=[
        Mistake("rank-1 w", lambda dim: (np.zeros(dim), 0.0),
                "np.zeros(dim) is a rank-1 array of shape (dim,); w must be a column: np.zeros((dim, 1))"),
        Mistake("w as a row", lambda dim: (np.zeros((1, dim)), 0.0),
                "w is a column of shape (dim, 1), one weight per row of X, not a row (1, dim)"),
        Mistake("shape not a tuple", lambda dim: (np.zeros(dim, 1), 0.0),
                "np.zeros takes the shape as ONE tuple: np.zeros((dim, 1)); its second argument is the dtype"),
        Mistake("b as a column", lambda dim: (np.zeros((dim, 1)), np.zeros((dim, 1))),
                "b is one number shared by all the weights, b = 0.0, not an array like w"),
    ],
    hint="w = np.zeros((dim, 1)) and b = 0.0; return w, b")


# ---- propagate --------------------------------------------------------------------------------

def propagate(w, b, X, Y):
    m = X.shape[1]
    A = _h_sigmoid(w.T @ X + b)
    dZ = A - Y
    return {"dw": X @ dZ.T / m, "db": float(np.sum(dZ) / m)}, float(_h_compute_cost(A, Y))


def _propagate_variant(w, b, X, Y, *, dw=lambda X, dZ, m: X @ dZ.T / m, db=lambda dZ, m: np.sum(dZ) / m,
                       cost=lambda A, Y, m: -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m, dZ_sign=1.0):
    m = X.shape[1]
    A = _h_sigmoid(w.T @ X + b)
    dZ = dZ_sign * (A - Y)
    return {"dw": dw(X, dZ, m), "db": float(db(dZ, m))}, float(cost(A, Y, m))


def _course_propagate_inputs():
    return (np.array([[1.0], [2.0]]), 2.0, np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]]))


def _random_logistic_inputs(seed, n_x, m):
    rng = np.random.default_rng(seed)
    w = 0.5 * rng.standard_normal((n_x, 1))
    X = rng.standard_normal((n_x, m))
    Y = (rng.random((1, m)) < 0.5).astype(float)
    return w, float(rng.standard_normal()), X, Y


PROPAGATE = Exercise(
    name="propagate", notebook=NOTEBOOK, reference=propagate,
    cases=[Case("course check values (w = [[1], [2]], b = 2)", _course_propagate_inputs,
                published={"grads": {"dw": [[0.99845601], [2.39507239]], "db": 0.00145557813678},
                           "cost": 5.801545319394553}),
           Case("random, n_x = 5, m = 8", lambda: _random_logistic_inputs(21, 5, 8)),
           Case("random, n_x = 3, m = 1", lambda: _random_logistic_inputs(22, 3, 1))],
    outputs=("grads", "cost"),
    mistakes=[
        Mistake("dw without 1/m", lambda w, b, X, Y: _propagate_variant(w, b, X, Y, dw=lambda X, dZ, m: X @ dZ.T),
                "dw is an average over the examples: dw = X (A - Y)^T / m"),
        Mistake("dw as a row", lambda w, b, X, Y: _propagate_variant(w, b, X, Y, dw=lambda X, dZ, m: dZ @ X.T / m),
                "dw must have the shape of w, (n_x, 1): dw = X @ (A - Y).T / m, not (A - Y) @ X.T"),
        Mistake("db without 1/m", lambda w, b, X, Y: _propagate_variant(w, b, X, Y, db=lambda dZ, m: np.sum(dZ)),
                "db is an average too: db = sum(A - Y) / m"),
        Mistake("cost sign", lambda w, b, X, Y: _propagate_variant(
            w, b, X, Y, cost=lambda A, Y, m: np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m),
                "the cost has a minus sign in front: J = -(1/m) sum(Y log A + (1 - Y) log(1 - A)), a positive number"),
        Mistake("cost not averaged", lambda w, b, X, Y: _propagate_variant(
            w, b, X, Y, cost=lambda A, Y, m: -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))),
                "divide the summed loss by m: the cost is the mean loss over the examples"),
        Mistake("Y - A", lambda w, b, X, Y: _propagate_variant(w, b, X, Y, dZ_sign=-1.0),
                "the gradient of the cost with respect to z is A - Y (not Y - A): dw = X (A - Y)^T / m"),
    ],
    hint="A = sigmoid(w.T @ X + b); cost = -(1/m) sum(Y log A + (1 - Y) log(1 - A)); "
         "dw = X @ (A - Y).T / m, db = sum(A - Y) / m; return {'dw': dw, 'db': db}, cost")


# ---- optimize ---------------------------------------------------------------------------------

def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False, *, sign=1.0, rate_on_b=True,
             update_b=True, frozen_grads=False, every=1):
    costs = []
    grads, cost = propagate(w, b, X, Y)
    for i in range(num_iterations):
        if i and not frozen_grads:
            grads, cost = propagate(w, b, X, Y)
        w = w - sign * learning_rate * grads["dw"]
        if update_b:
            b = b - sign * (learning_rate if rate_on_b else 1.0) * grads["db"]
        if i % every == 0:
            costs.append(cost)
    return {"w": w, "b": b}, grads, costs


def _as_float_array(values):
    try:
        return np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        return values


def _compare_optimize(expected, got, name):
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return "your function should return 3 values (params, grads, costs); got " + type(got).__name__
    for part, e, g in zip(("params", "grads"), expected[:2], got[:2]):
        problem = compare(e, g, part)
        if problem:
            return problem
    costs = _as_float_array(got[2])  # a list or an array of costs: both fine
    if not isinstance(costs, np.ndarray) or costs.ndim != 1:
        return f"`costs` should be a list of {len(expected[2])} numbers, one per iteration"
    return compare(np.asarray(expected[2]), costs, "costs")


def _random_optimize_inputs(seed):
    w, b, X, Y = _random_logistic_inputs(seed, 4, 10)
    return w, b, X, Y


OPTIMIZE = Exercise(
    name="optimize", notebook=NOTEBOOK, reference=optimize,
    cases=[Case("course check values, 100 iterations at learning rate 0.009", _course_propagate_inputs,
                kwargs={"num_iterations": 100, "learning_rate": 0.009},
                published={"params": {"w": [[0.19033591], [0.12259159]], "b": 1.92535983008},
                           "grads": {"dw": [[0.67752042], [1.41625495]], "db": 0.219194504541}}),
           Case("random, 250 iterations at learning rate 0.5", lambda: _random_optimize_inputs(31),
                kwargs={"num_iterations": 250, "learning_rate": 0.5})],
    outputs=("params", "grads", "costs"), compare=_compare_optimize,
    mistakes=[
        Mistake("plus", lambda *a, **k: optimize(*a, **k, sign=-1.0),
                "gradient DEscent steps against the gradient: w = w - learning_rate * dw (and the same for b)"),
        Mistake("no learning rate on b", lambda *a, **k: optimize(*a, **k, rate_on_b=False),
                "b's step is scaled by the learning rate too: b = b - learning_rate * db"),
        Mistake("b not updated", lambda *a, **k: optimize(*a, **k, update_b=False),
                "update b as well as w in every iteration: b = b - learning_rate * db"),
        Mistake("gradients computed once", lambda *a, **k: optimize(*a, **k, frozen_grads=True),
                "call propagate inside the loop, at the current w and b: the gradients change after every step"),
        Mistake("a cost every 100 iterations", lambda *a, **k: optimize(*a, **k, every=100),
                "this notebook records the cost of EVERY iteration (append before the `if print_cost` line)"),
    ],
    hint="in each of num_iterations iterations: grads, cost = propagate(w, b, X, Y); "
         "w = w - learning_rate * grads['dw']; b = b - learning_rate * grads['db']; costs.append(cost); "
         "return {'w': w, 'b': b}, grads, costs")


# ---- predict ----------------------------------------------------------------------------------

def predict(w, b, X):
    return (_h_sigmoid(w.T @ X + b) > 0.5).astype(int)


def _random_predict_inputs(seed, n_x, m):
    w, b, X, _ = _random_logistic_inputs(seed, n_x, m)
    return w, b, X


PREDICT = Exercise(
    name="predict", notebook=NOTEBOOK, reference=predict,
    cases=[Case("course check values (w = [[0.1124579], [0.23106775]], b = -0.3)",
                lambda: (np.array([[0.1124579], [0.23106775]]), -0.3, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])),
                published={"Y_prediction": [[1.0, 1.0, 0.0]]}),
           Case("random, n_x = 4, m = 12", lambda: _random_predict_inputs(41, 4, 12)),
           Case("random, n_x = 2, m = 2 (square w.T X)", lambda: _random_predict_inputs(42, 2, 2))],
    outputs=("Y_prediction",),
    mistakes=[
        Mistake("probabilities", lambda w, b, X: _h_sigmoid(w.T @ X + b),
                "return labels, not probabilities: 1 where A > 0.5, else 0, e.g. (A > 0.5).astype(int)"),
        Mistake("no sigmoid", lambda w, b, X: (w.T @ X + b > 0.5).astype(int),
                "compare the probability A = sigmoid(w.T @ X + b) with 0.5 (z itself would be compared with 0)"),
        Mistake("labels inverted", lambda w, b, X: (_h_sigmoid(w.T @ X + b) < 0.5).astype(int),
                "label 1 goes where A > 0.5 (the model thinks y = 1 is more likely), 0 elsewhere"),
        Mistake("w not transposed", lambda w, b, X: (_h_sigmoid(w @ X + b) > 0.5).astype(int),
                "w is a column (n_x, 1): the product with X (n_x, m) is w.T @ X, shape (1, m)"),
    ],
    hint="A = sigmoid(w.T @ X + b), shape (1, m); return (A > 0.5).astype(int)")


# ---- model ------------------------------------------------------------------------------------

def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False, *,
          default_run=False, test_on_train=False, percent=True):
    w, b = initialize_with_zeros(X_train.shape[0])
    if default_run:
        params, _, costs = optimize(w, b, X_train, Y_train)
    else:
        params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate)
    w, b = params["w"], params["b"]
    scale = 100 if percent else 1
    X_t, Y_t = (X_train, Y_train) if test_on_train else (X_test, Y_test)
    return {"w": w, "b": b, "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": scale * np.mean(predict(w, b, X_train) == Y_train),
            "test_accuracy": scale * np.mean(predict(w, b, X_t) == Y_t)}


def _compare_model(expected, got, name):
    if not isinstance(got, dict):
        return f"`{name}` should be a dict with keys {sorted(expected)}; got {type(got).__name__}"
    got = dict(got)
    if "costs" in got:
        got["costs"] = _as_float_array(got["costs"])
    expected = dict(expected, costs=np.asarray(expected["costs"]))
    return compare(expected, got, name)


def _model_inputs(seed, n_x, m, m_test):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m + m_test))
    Y = (X[:1] + 0.5 * X[1:2] + 0.8 * rng.standard_normal((1, m + m_test)) > 0).astype(int)
    return X[:, :m], Y[:, :m], X[:, m:], Y[:, m:]


MODEL = Exercise(
    name="model", key="model_logistic", notebook=NOTEBOOK, reference=model,
    cases=[Case("random, n_x = 3, 40 training and 25 test examples, 150 iterations at 0.3",
                lambda: _model_inputs(51, 3, 40, 25), kwargs={"num_iterations": 150, "learning_rate": 0.3})],
    outputs=("result",), compare=_compare_model,
    mistakes=[
        Mistake("defaults passed on", lambda *a, **k: model(*a, **k, default_run=True),
                "pass num_iterations and learning_rate on to optimize; without them it runs with its own defaults"),
        Mistake("test accuracy on the training set", lambda *a, **k: model(*a, **k, test_on_train=True),
                "the test accuracy compares predict(w, b, X_test) with Y_test"),
        Mistake("accuracy as a fraction", lambda *a, **k: model(*a, **k, percent=False),
                "accuracies are percentages: 100 * np.mean(predictions == labels)"),
    ],
    hint="w, b = initialize_with_zeros(n_x); params, grads, costs = optimize(w, b, X_train, Y_train, "
         "num_iterations, learning_rate, print_cost); then predict on both sets; accuracies in %")

EXERCISES = [SIGMOID, SIGMOID_DERIVATIVE, INITIALIZE, PROPAGATE, OPTIMIZE, PREDICT, MODEL]
