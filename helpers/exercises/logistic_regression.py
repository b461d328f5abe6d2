"""Exercises of ``01_logistic_regression``: logistic regression as one sigmoid unit.

Signatures follow the notebook (and the course): ``w`` is a column ``(n_x, 1)``, ``b`` a plain
number, ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``. ``propagate`` returns
``({"dw": (n_x, 1), "db": number}, cost)``; ``optimize`` returns ``({"w", "b"}, grads, costs)`` with
one cost per iteration (the course keeps one per 100 iterations: a deliberate difference, named
when a learner's function does so). ``model`` may return the notebook's dict (accuracies in %) or
the course's (``Y_prediction_train``, ``Y_prediction_test``). The published values are the
course's check values; their inputs are written out below.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from .compare import Difference, compare
from .core import Case, Exercise, Mistake
from .inputs import labels
from .plain import describe

NOTEBOOK = "01_logistic_regression"


def _uniform(seed, shape, low=-4.0, high=4.0):
    return np.random.default_rng(seed).uniform(low, high, shape)


# ---- sigmoid ----------------------------------------------------------------------------------

def sigmoid(z):
    return h.sigmoid(np.asarray(z, dtype=float))


def _exponent_sign(z):
    return sigmoid(-np.asarray(z, dtype=float))


def _precedence(z):
    return 1 / 1 + np.exp(-np.asarray(z, dtype=float))


def _minus_in_the_denominator(z):
    return 1 / (1 - np.exp(-np.asarray(z, dtype=float)))


SIGMOID = Exercise(
    key="sigmoid", name="sigmoid", notebook=NOTEBOOK, reference=sigmoid,
    cases=[Case("course check values, z = [0, 2]", lambda: (np.array([0, 2]),), published={"s": [0.5, 0.88079708]}),
           Case("course check values, z = [1, 2, 3]", lambda: (np.array([1, 2, 3]),),
                published={"s": [0.73105858, 0.88079708, 0.95257413]}),
           Case("a (3, 4) array in [-4, 4]", lambda: (_uniform(11, (3, 4)),)),
           Case("a number, z = -1.5", lambda: (-1.5,))],
    outputs=("s",),
    mistakes=[
        Mistake("sign in the exponent", _exponent_sign,
                "the exponent is -z: sigma(z) = 1 / (1 + e^-z), so that large z gives values near 1"),
        Mistake("precedence", _precedence,
                "1 / 1 + np.exp(-z) divides 1 by 1 first; put the whole denominator in brackets"),
        Mistake("minus in the denominator", _minus_in_the_denominator, "the denominator is 1 PLUS e^-z"),
    ],
    nudge="sigma(z) = 1 / (1 + e^-z), computed entry by entry on the whole array at once (NumPy's exponential "
          "works element-wise), so a number gives a number and an array an array of the same shape.")


# ---- sigmoid_derivative -----------------------------------------------------------------------

def sigmoid_derivative(z):
    z = np.asarray(z, dtype=float)
    return h.sigmoid_backward(np.ones_like(z), z)


def _z_in_place_of_s(z):
    return z * (1 - z)


def _one_minus_z(z):
    return sigmoid(z) * (1 - z)


def _plus(z):
    return sigmoid(z) * (1 + sigmoid(z))


SIGMOID_DERIVATIVE = Exercise(
    key="sigmoid_derivative", name="sigmoid_derivative", notebook=NOTEBOOK, reference=sigmoid_derivative,
    cases=[Case("course check values, z = [1, 2, 3]", lambda: (np.array([1, 2, 3]),),
                published={"ds": [0.19661193, 0.10499359, 0.04517666]}),
           Case("a (2, 5) array in [-4, 4]", lambda: (_uniform(12, (2, 5)),)),
           Case("z = [0, 10, -10]", lambda: (np.array([0.0, 10.0, -10.0]),))],
    outputs=("ds",),
    mistakes=[
        Mistake("z in place of s", _z_in_place_of_s,
                "the formula s (1 - s) needs s = sigmoid(z) first; z (1 - z) uses z itself"),
        Mistake("1 - z", _one_minus_z, "both factors use s = sigmoid(z): s * (1 - s), not s * (1 - z)"),
        Mistake("plus", _plus, "the second factor is (1 - s): sigma'(z) = s (1 - s), at most 1/4 (at z = 0)"),
    ],
    nudge="sigma'(z) = sigma(z) (1 - sigma(z)): compute s = sigmoid(z) once, then combine it with itself.")


# ---- initialize_with_zeros --------------------------------------------------------------------

def initialize_with_zeros(dim):
    w = h.initialize_parameters([dim, 1], "zeros")["W1"].T  # one unit: w is W1 transposed, (dim, 1)
    return w, 0.0


def _rank_one(dim):
    w, b = initialize_with_zeros(dim)
    return w.reshape(-1), b


def _row(dim):
    w, b = initialize_with_zeros(dim)
    return w.T, b


def _shape_not_a_tuple(dim):
    return np.zeros(dim, 1), 0.0


def _b_as_a_column(dim):
    w, _ = initialize_with_zeros(dim)
    return w, np.zeros_like(w)


INITIALIZE = Exercise(
    key="initialize_with_zeros", name="initialize_with_zeros", notebook=NOTEBOOK, reference=initialize_with_zeros,
    cases=[Case("course check values, dim = 2", lambda: (2,), published={"w": [[0.0], [0.0]], "b": 0.0}),
           Case("dim = 64", lambda: (64,)),
           Case("dim = 1", lambda: (1,))],
    outputs=("w", "b"),
    mistakes=[
        Mistake("rank-1 w", _rank_one,
                "np.zeros(dim) is a rank-1 array of shape (dim,); w must be a column of shape (dim, 1)"),
        Mistake("w as a row", _row, "w is a column of shape (dim, 1), one weight per row of X, not a row (1, dim)"),
        Mistake("shape not a tuple", _shape_not_a_tuple,
                "np.zeros takes the shape as ONE tuple, np.zeros((dim, 1)); its second argument is the dtype"),
        Mistake("b as a column", _b_as_a_column, "b is one number shared by all the weights, 0.0, not an array like w"),
    ],
    nudge="w holds one weight per input feature, as a column (dim, 1) of zeros; b is a single number, zero.")


# ---- propagate --------------------------------------------------------------------------------

def propagate(w, b, X, Y):
    AL, caches = h.model_forward(X, {"W1": w.T, "b1": np.array([[float(b)]])})  # one sigmoid unit
    grads = h.model_backward(AL, Y, caches)
    return {"dw": grads["dW1"].T, "db": float(grads["db1"][0, 0])}, float(h.compute_cost(AL, Y))


def _edit_propagate(w, b, X, Y, dw=lambda dw, m: dw, db=lambda db, m: db, cost=lambda cost, m: cost):
    grads, J = propagate(w, b, X, Y)
    m = X.shape[1]
    return {"dw": dw(grads["dw"], m), "db": db(grads["db"], m)}, cost(J, m)


def _dw_not_averaged(w, b, X, Y):
    return _edit_propagate(w, b, X, Y, dw=lambda dw, m: dw * m)


def _dw_as_a_row(w, b, X, Y):
    return _edit_propagate(w, b, X, Y, dw=lambda dw, m: dw.T)


def _db_not_averaged(w, b, X, Y):
    return _edit_propagate(w, b, X, Y, db=lambda db, m: db * m)


def _cost_sign(w, b, X, Y):
    return _edit_propagate(w, b, X, Y, cost=lambda cost, m: -cost)


def _cost_not_averaged(w, b, X, Y):
    return _edit_propagate(w, b, X, Y, cost=lambda cost, m: cost * m)


def _Y_minus_A(w, b, X, Y):
    return _edit_propagate(w, b, X, Y, dw=lambda dw, m: -dw, db=lambda db, m: -db)


def _course_propagate_inputs():
    return np.array([[1.0], [2.0]]), 2.0, np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1, 0, 1]])


def _random_logistic_inputs(seed, n_x, m):
    rng = np.random.default_rng(seed)
    w = 0.5 * rng.standard_normal((n_x, 1))
    b = float(rng.standard_normal())
    return w, b, rng.standard_normal((n_x, m)), labels(seed, m)


PROPAGATE = Exercise(
    key="propagate", name="propagate", notebook=NOTEBOOK, reference=propagate,
    cases=[Case("course check values (w = [[1], [2]], b = 2)", _course_propagate_inputs,
                published={"grads": {"dw": [[0.99845601], [2.39507239]], "db": 0.00145557813678},
                           "cost": 5.801545319394553}),
           Case("random, n_x = 5, m = 8", lambda: _random_logistic_inputs(21, 5, 8)),
           Case("random, n_x = 3, m = 1", lambda: _random_logistic_inputs(22, 3, 1))],
    outputs=("grads", "cost"),
    mistakes=[
        Mistake("dw without 1/m", _dw_not_averaged, "dw is an average over the examples: dw = X (A - Y)^T / m"),
        Mistake("dw as a row", _dw_as_a_row, "dw must have the shape of w, (n_x, 1): X (A - Y)^T, not (A - Y) X^T"),
        Mistake("db without 1/m", _db_not_averaged, "db is an average too: db = sum(A - Y) / m"),
        Mistake("cost sign", _cost_sign,
                "the cost has a minus sign in front: J = -(1/m) sum(Y log A + (1 - Y) log(1 - A)), a positive number"),
        Mistake("cost not averaged", _cost_not_averaged,
                "divide the summed loss by m: the cost is the mean loss over the examples"),
        Mistake("Y - A", _Y_minus_A,
                "the gradient of the cost with respect to z is A - Y (not Y - A): dw = X (A - Y)^T / m"),
    ],
    nudge="forward: A = sigmoid(w^T X + b), shape (1, m), and the cost, the mean cross-entropy over the m examples; "
          "backward: with dZ = A - Y, dw = (1/m) X dZ^T (the shape of w) and db = (1/m) times the sum of dZ (a number).")


# ---- optimize ---------------------------------------------------------------------------------

def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    step, costs = h.GradientDescent(learning_rate), []
    parameters = {"w": w, "b": b}
    for _ in range(num_iterations):
        grads, cost = propagate(parameters["w"], parameters["b"], X, Y)
        costs.append(cost)
        parameters = step.update(parameters, grads)
    return parameters, grads, costs


def _ascent(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for _ in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w, b = w + learning_rate * grads["dw"], b + learning_rate * grads["db"]
    return {"w": w, "b": b}, grads, costs


def _no_rate_on_b(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for _ in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w, b = w - learning_rate * grads["dw"], b - grads["db"]
    return {"w": w, "b": b}, grads, costs


def _b_not_updated(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for _ in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
    return {"w": w, "b": b}, grads, costs


def _gradients_once(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs, (grads, cost) = [], propagate(w, b, X, Y)
    for _ in range(num_iterations):
        costs.append(cost)
        w, b = w - learning_rate * grads["dw"], b - learning_rate * grads["db"]
    return {"w": w, "b": b}, grads, costs


def _every_hundredth_cost(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    parameters, grads, costs = optimize(w, b, X, Y, num_iterations, learning_rate)
    return parameters, grads, costs[::100]


def _costs_as_array(costs):
    try:
        values = np.asarray(costs, dtype=float)
    except (TypeError, ValueError):
        return None
    return values if values.ndim == 1 else None


def _compare_optimize(expected, got, exercise, args):
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return Difference("optimize", "length", f"your function should return 3 values (params, grads, costs); it "
                                                f"returned {describe(got)}", expected, got)
    for part, e, g in zip(("params", "grads"), expected[:2], got[:2]):
        difference = compare(e, g, part)
        if difference:
            return difference
    costs = _costs_as_array(got[2])
    if costs is None:
        return Difference("costs", "type", f"`costs` should be a list of {len(expected[2])} numbers, one per "
                                           f"iteration; got {describe(got[2])}", expected[2], got[2])
    return compare(np.asarray(expected[2], dtype=float), costs, "costs")


def _random_optimize_inputs(seed):
    return _random_logistic_inputs(seed, 4, 10)


OPTIMIZE = Exercise(
    key="optimize", name="optimize", notebook=NOTEBOOK, reference=optimize,
    cases=[Case("course check values, 100 iterations at learning rate 0.009", _course_propagate_inputs,
                kwargs={"num_iterations": 100, "learning_rate": 0.009},
                published={"params": {"w": [[0.19033591], [0.12259159]], "b": 1.92535983008},
                           "grads": {"dw": [[0.67752042], [1.41625495]], "db": 0.219194504541}}),
           Case("random, 40 iterations at learning rate 0.3", lambda: _random_optimize_inputs(31),
                kwargs={"num_iterations": 40, "learning_rate": 0.3}),
           Case("random, 3 iterations at learning rate 2", lambda: _random_optimize_inputs(32),
                kwargs={"num_iterations": 3, "learning_rate": 2.0})],
    outputs=("params", "grads", "costs"), compare=_compare_optimize,
    mistakes=[
        Mistake("plus", _ascent,
                "gradient DEscent steps against the gradient: w = w - learning_rate * dw (and the same for b)"),
        Mistake("no learning rate on b", _no_rate_on_b,
                "b's step is scaled by the learning rate too: b = b - learning_rate * db"),
        Mistake("b not updated", _b_not_updated, "update b as well as w in every iteration"),
        Mistake("gradients computed once", _gradients_once,
                "call propagate inside the loop, at the current w and b: the gradients change after every step"),
        Mistake("a cost every 100 iterations", _every_hundredth_cost,
                "this notebook records the cost of EVERY iteration (the course keeps one per 100): append it in "
                "every pass of the loop, before the `if print_cost` line"),
    ],
    nudge="num_iterations times: the gradients and the cost at the current w and b (propagate), the cost appended "
          "to the list, then one step of gradient descent on both w and b with the learning rate; return the "
          "final parameters, the last gradients and the list.")


# ---- predict ----------------------------------------------------------------------------------

def predict(w, b, X):
    return h.predict(X, {"W1": w.T, "b1": np.array([[float(b)]])})


def _probabilities(w, b, X):
    return h.predict_proba(X, {"W1": w.T, "b1": np.array([[float(b)]])})


def _no_sigmoid(w, b, X):
    return (w.T @ X + b > 0.5).astype(int)


def _inverted(w, b, X):
    return 1 - predict(w, b, X)


def _w_not_transposed(w, b, X):
    return (h.sigmoid(w @ X + b) > 0.5).astype(int)


def _random_predict_inputs(seed, n_x, m, b=1.5):
    w, _, X, _ = _random_logistic_inputs(seed, n_x, m)
    shift = (-b - np.median(w.T @ X) + 0.01) / float(np.sum(w ** 2))
    return w, b, X + shift * w  # about half of the labels 1, spread over the examples, and b far from 0


PREDICT = Exercise(
    key="predict", name="predict", notebook=NOTEBOOK, reference=predict,
    cases=[Case("course check values (w = [[0.1124579], [0.23106775]], b = -0.3)",
                lambda: (np.array([[0.1124579], [0.23106775]]), -0.3, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])),
                published={"Y_prediction": [[1.0, 1.0, 0.0]]}),
           Case("random, n_x = 4, m = 12", lambda: _random_predict_inputs(41, 4, 12)),
           Case("random, n_x = 2, m = 2 (square w.T X)", lambda: _random_predict_inputs(42, 2, 2))],
    outputs=("Y_prediction",),
    mistakes=[
        Mistake("probabilities", _probabilities, "return labels, not probabilities: 1 where A > 0.5, else 0"),
        Mistake("no sigmoid", _no_sigmoid,
                "compare the probability A = sigmoid(w^T X + b) with 0.5 (z itself would be compared with 0)"),
        Mistake("labels inverted", _inverted, "label 1 goes where A > 0.5 (the model thinks y = 1 is more likely), 0 elsewhere"),
        Mistake("w not transposed", _w_not_transposed,
                "w is a column (n_x, 1): the product with X (n_x, m) is w^T X, shape (1, m)"),
    ],
    nudge="the probabilities A = sigmoid(w^T X + b), shape (1, m), turned into labels: 1 where a > 0.5, else 0.")


# ---- model ------------------------------------------------------------------------------------

def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate)
    w, b = params["w"], params["b"]
    return {"w": w, "b": b, "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": h.accuracy_percent(predict(w, b, X_train), Y_train),
            "test_accuracy": h.accuracy_percent(predict(w, b, X_test), Y_test)}


def _model_edit(result, **changes):
    return {**result, **changes}


def _defaults_passed_on(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    return _model_edit(model(X_train, Y_train, X_test, Y_test), learning_rate=learning_rate)


def _test_on_train(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    result = model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)
    return _model_edit(result, test_accuracy=h.accuracy_percent(predict(result["w"], result["b"], X_train), Y_train))


def _fraction(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    result = model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)
    return _model_edit(result, train_accuracy=result["train_accuracy"] / 100, test_accuracy=result["test_accuracy"] / 100)


def _compare_model(expected, got, exercise, args):
    """The notebook's dict, or the course's (predictions instead of accuracies, a cost per 100 iterations)."""
    if not isinstance(got, dict):
        return Difference("result", "type", f"`result` should be a dict with keys {sorted(expected)}; got {describe(got)}",
                          expected, got)
    difference = compare({key: expected[key] for key in ("w", "b", "learning_rate")}, got, "result")
    if difference:
        return difference
    costs, expected_costs = _costs_as_array(got.get("costs")), np.asarray(expected["costs"], dtype=float)
    if costs is None or compare(expected_costs[::100], costs, "costs") is not None:  # the course keeps 1 per 100
        difference = compare(expected_costs, costs if costs is not None else got.get("costs"), 'result["costs"]')
        if difference:
            return difference
    if "Y_prediction_train" in got and "train_accuracy" not in got:  # the course's dict
        X_train, _, X_test, _ = args
        predictions = {"Y_prediction_train": predict(expected["w"], expected["b"], X_train),
                       "Y_prediction_test": predict(expected["w"], expected["b"], X_test)}
        return compare(predictions, got, "result")
    return compare({key: expected[key] for key in ("train_accuracy", "test_accuracy")}, got, "result")


def _model_inputs(seed, n_x, m, m_test):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m + m_test))
    Y = (X[:1] + 0.5 * X[1:2] + 0.8 * rng.standard_normal((1, m + m_test)) > 0).astype(int)
    return X[:, :m], Y[:, :m], X[:, m:], Y[:, m:]


MODEL = Exercise(
    key="model_logistic", name="model", notebook=NOTEBOOK, reference=model,
    cases=[Case("random, n_x = 3, 40 training and 25 test examples, 150 iterations at 0.3",
                lambda: _model_inputs(51, 3, 40, 25), kwargs={"num_iterations": 150, "learning_rate": 0.3}),
           Case("random, n_x = 2, 30 training and 20 test examples, 20 iterations at 2",
                lambda: _model_inputs(52, 2, 30, 20), kwargs={"num_iterations": 20, "learning_rate": 2.0})],
    outputs=("result",), compare=_compare_model,
    mistakes=[
        Mistake("defaults passed on", _defaults_passed_on,
                "pass num_iterations and learning_rate on to optimize; without them it runs with its own defaults"),
        Mistake("test accuracy on the training set", _test_on_train,
                "the test accuracy compares the predictions on X_test with Y_test"),
        Mistake("accuracy as a fraction", _fraction, "accuracies are percentages: 100 times the share of right labels"),
    ],
    nudge="zeros to start (initialize_with_zeros with the number of rows of X_train), optimize with the given "
          "num_iterations and learning_rate, then predict on both sets; each accuracy is the percentage of "
          "predictions equal to the labels.")

EXERCISES = [SIGMOID, SIGMOID_DERIVATIVE, INITIALIZE, PROPAGATE, OPTIMIZE, PREDICT, MODEL]
