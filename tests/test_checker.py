"""The checker as a tutor (issue 15), tested with answers written here for the purpose:

- degenerate answers (zeros, a constant, an input echoed, the first case's answer memorised, state
  kept between calls) fail every exercise whose answer is not itself of that form;
- objects that would compare equal to anything cannot pass: outputs are judged as plain arrays;
- the course's own signatures and conventions pass where the mathematics is the same, and its
  deliberate differences from this project fail with the one line that names the difference;
- each kind of diagnosis says what it should: the learner's line, a factor, a transpose, a lost
  dimension, outputs swapped, a missing term, a loop run once too few, an input changed in place,
  state kept between calls, a signature, missing keys, the number of values, a seed not used;
- no message prints the worked answer; hint() and solution() print on request;
- nbgrader's out-of-kernel judgement (helpers.exercises.grading.verify) accepts a real record and
  rejects a forged or missing one.
"""
import copy
import linecache
import os
import re

import numpy as np
import pytest

import helpers as h
from helpers.exercises import ExerciseFailed, all_exercises, check, hint, solution
from helpers.exercises.grading import record_of, verify
from helpers.exercises.plain import Opaque, dumps, loads, plain
from helpers.exercises.runner import NOTEBOOK_WAY, evaluate, expected_output, run_check, variant_cases
from helpers.exercises.solutions import solution_source

EXERCISES = all_exercises()
NAMES = sorted(EXERCISES)


def failure(key, fn):
    with pytest.raises(ExerciseFailed) as info:
        check(key, fn)
    return info.value.result.failure


def define(source, name, namespace=None):
    """A function defined from source as a notebook cell defines it (its lines readable by the checker)."""
    filename = f"<test cell {name} {abs(hash(source))}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = dict(namespace or {}, np=np, h=h)
    exec(compile(source, filename, "exec"), namespace)
    return namespace[name]


# ---- degenerate answers ---------------------------------------------------------------------------

def _filled(value, fill):
    if isinstance(value, dict):
        return {key: _filled(item, fill) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return type(value)(_filled(item, fill) for item in value)
    if isinstance(value, np.ndarray):
        return np.full(value.shape, fill, dtype=float)
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        return fill
    return value


def degenerate_answers(exercise):
    first = variant_cases(exercise, NOTEBOOK_WAY)[0]
    answer = expected_output(exercise, NOTEBOOK_WAY, first)
    calls = []

    def stateful(*args, **kwargs):
        calls.append(exercise.reference(*args, **kwargs))
        return copy.deepcopy(calls[0])

    return {"zeros": lambda *a, **k: _filled(answer, 0.0),
            "a constant": lambda *a, **k: _filled(answer, 0.5),
            "the first input echoed": lambda *a, **k: a[0],
            "the first case's answer memorised": lambda *a, **k: copy.deepcopy(answer),
            "state kept between calls": stateful}


def _is_right_everywhere(exercise, fn):
    """True when ``fn`` happens to be a right answer (zeros for the zeros initializer, x for dJ/dtheta)."""
    for case in variant_cases(exercise, NOTEBOOK_WAY):
        try:
            if evaluate(exercise, NOTEBOOK_WAY, case, plain(fn(*case.inputs(), **case.kwargs))) is not None:
                return False
        except Exception:
            return False
    return True


DEGENERATE = [(name, kind) for name in NAMES for kind in degenerate_answers(EXERCISES[name])]


@pytest.mark.parametrize("name, kind", DEGENERATE, ids=[f"{n}-{k}" for n, k in DEGENERATE])
def test_a_degenerate_answer_fails(name, kind):
    exercise = EXERCISES[name]
    fn = degenerate_answers(exercise)[kind]
    if _is_right_everywhere(exercise, degenerate_answers(exercise)[kind]):
        assert kind in ("zeros", "the first input echoed")  # zeros initializers, dJ/dtheta = x
        return
    result, _, _ = run_check(exercise, fn)
    assert not result.passed, (name, kind)


def test_state_kept_between_calls_is_named():
    calls = []

    def keeps(A_prev, W, b):
        calls.append(h.linear_forward(A_prev, W, b)[0])
        return calls[0], (A_prev, W, b)

    found = failure("linear_forward", keeps)
    assert "right answer for another case" in found.message and "keep something between calls" in found.message


# ---- objects that would compare equal to anything -------------------------------------------------

class AlwaysEqual(np.ndarray):
    def __eq__(self, other):
        return np.ones(self.shape, bool)

    def __ne__(self, other):
        return np.zeros(self.shape, bool)


class EqualsAnything:
    def __eq__(self, other):
        return True

    def __array__(self, *args, **kwargs):
        return np.zeros(3)


def test_an_ndarray_subclass_is_judged_by_its_numbers():
    found = failure("sigmoid", lambda z: np.zeros(np.shape(z)).view(AlwaysEqual))
    assert "values differ" in found.message


def test_an_object_equal_to_anything_is_not_an_array():
    found = failure("sigmoid", lambda z: EqualsAnything())
    assert "should be an array of shape (2,); got an object of type EqualsAnything" in found.message


def test_a_float_subclass_is_its_value():
    class Liar(float):
        def __eq__(self, other):
            return True

    found = failure("compute_cost", lambda AL, Y: Liar(0.0))
    assert "expected 0.27977656, got 0" in found.message


def test_replacing_numpys_comparisons_after_import_changes_nothing(monkeypatch):
    monkeypatch.setattr(np, "allclose", lambda *a, **k: True)
    monkeypatch.setattr(np, "isclose", lambda a, b, **k: np.ones(np.broadcast(a, b).shape, bool))
    monkeypatch.setattr(np, "array_equal", lambda *a, **k: True)
    failure("sigmoid", lambda z: 1 / (1 + np.exp(z)))


def test_plain_data_round_trips_through_the_grading_record():
    value = ({"W1": np.arange(6.0).reshape(2, 3), "b1": np.zeros((2, 1))}, [1.5, 2], (np.float64(3.0), None, "x"),
             np.array([True, False]))
    assert repr(loads(dumps(value))) == repr(plain(value))
    assert loads(dumps(EqualsAnything())) == Opaque("EqualsAnything")
    assert type(plain(np.zeros(2).view(AlwaysEqual))) is np.ndarray


# ---- the course's signatures and conventions -------------------------------------------------------

COURSE = {
    "initialize_parameters_he": ("initialize_parameters_he", '''
def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2. / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
''', "the course's initialize_parameters_he(layers_dims)"),
    "initialize_parameters_shallow": ("initialize_parameters", '''
def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
''', "no seed"),
    "random_mini_batches": ("random_mini_batches", '''
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    mini_batches = []
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        mini_batches.append((shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    if m % mini_batch_size != 0:
        mini_batches.append((shuffled_X[:, num_complete * mini_batch_size:], shuffled_Y[:, num_complete * mini_batch_size:]))
    return mini_batches
''', None),
    "initialize_velocity": ("initialize_adam", '''
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(L):
        v["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
        s["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
        s["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v, s
''', None),
    "update_parameters_with_adam": ("update_parameters_with_adam", '''
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    v_corrected, s_corrected = {}, {}
    for l in range(L):
        for p in ("W", "b"):
            k = "d" + p + str(l + 1)
            v[k] = beta1 * v[k] + (1 - beta1) * grads[k]
            v_corrected[k] = v[k] / (1 - np.power(beta1, t))
            s[k] = beta2 * s[k] + (1 - beta2) * np.power(grads[k], 2)
            s_corrected[k] = s[k] / (1 - np.power(beta2, t))
            parameters[p + str(l + 1)] = parameters[p + str(l + 1)] - learning_rate * v_corrected[k] / (np.sqrt(s_corrected[k]) + epsilon)
    return parameters, v, s, v_corrected, s_corrected
''', None),
    "nn_model": ("nn_model", '''
def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
    np.random.seed(3)
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
    return parameters
''', "returning the parameters"),
    "compute_cost_shallow": ("compute_cost", '''
def compute_cost(A2, Y, parameters):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = -1 / m * np.sum(logprobs)
    return float(np.squeeze(cost))
''', "older compute_cost"),
    "compute_cost_with_regularization": ("compute_cost_with_regularization", '''
def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1, W2, W3 = parameters["W1"], parameters["W2"], parameters["W3"]
    cross_entropy_cost = compute_cost(A3, Y)
    L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))
    return cross_entropy_cost + L2_regularization_cost
''', "written for 3 layers"),
    "backward_propagation_with_regularization": ("backward_propagation_with_regularization", '''
def backward_propagation_with_regularization(X, Y, cache, lambd):
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T) + lambd / m * W3
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T) + lambd / m * W2
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T) + lambd / m * W1
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
            "dZ1": dZ1, "dW1": dW1, "db1": db1}
''', "backward_propagation_with_regularization(X, Y, cache, lambd)"),
    "forward_propagation_with_dropout": ("forward_propagation_with_dropout", '''
def forward_propagation_with_dropout(X, parameters, keep_prob=0.5):
    np.random.seed(1)
    W1, b1, W2, b2, W3, b3 = (parameters[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3"))
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    D1 = (np.random.rand(A1.shape[0], A1.shape[1]) < keep_prob).astype(int)
    A1 = A1 * D1 / keep_prob
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    D2 = (np.random.rand(A2.shape[0], A2.shape[1]) < keep_prob).astype(int)
    A2 = A2 * D2 / keep_prob
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    return A3, (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
''', "forward_propagation_with_dropout(X, parameters, keep_prob)"),
    "backward_propagation_with_dropout": ("backward_propagation_with_dropout", '''
def backward_propagation_with_dropout(X, Y, cache, keep_prob):
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3) * D2 / keep_prob
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2) * D1 / keep_prob
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}
''', "backward_propagation_with_dropout(X, Y, cache, keep_prob)"),
    "gradient_check_1d": ("gradient_check", '''
def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    theta_plus, theta_minus = theta + epsilon, theta - epsilon
    J_plus, J_minus = forward_propagation(x, theta_plus), forward_propagation(x, theta_minus)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation(x, theta)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
''', None),
    "gradient_check_n": ("gradient_check_n", '''
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        thetaplus = np.copy(parameters_values)
        thetaplus[i][0] = thetaplus[i][0] + epsilon
        J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(thetaplus))
        thetaminus = np.copy(parameters_values)
        thetaminus[i][0] = thetaminus[i][0] - epsilon
        J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(thetaminus))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
''', "gradient_check_n(parameters, gradients, X, Y)"),
    "model_logistic": ("model", '''
def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    parameters, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w, b = parameters["w"], parameters["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    return {"costs": costs[::100], "Y_prediction_test": Y_prediction_test, "Y_prediction_train": Y_prediction_train,
            "w": w, "b": b, "learning_rate": learning_rate, "num_iterations": num_iterations}
''', None),
}


def _notebook_namespace(key):
    from helpers.exercises.solutions import _namespace

    namespace = dict(_namespace(EXERCISES[key].notebook))
    namespace.pop(EXERCISES[key].name, None)
    return namespace


@pytest.mark.parametrize("key", sorted(COURSE))
def test_the_courses_way_of_writing_it_passes(key):
    name, source, way = COURSE[key]
    result = check(key, define(source, name, _notebook_namespace(key)))
    assert result.passed
    if way:
        assert way in result.summary(), result.summary()


def test_course_helpers_the_notebook_lacks_are_named_when_the_check_gives_them():
    name, source, _ = COURSE["compute_cost_with_regularization"]
    result = check("compute_cost_with_regularization", define(source, name))
    assert "it calls `compute_cost`, which this notebook does not define" in result.summary()


@pytest.mark.parametrize("key, name, source, words", [
    ("layer_sizes", "layer_sizes", "def layer_sizes(X, Y):\n    return X.shape[0], 4, Y.shape[0]\n",
     "the course's version has no n_h and fixes it at 4"),
    ("optimize", "optimize", '''
def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, grads, costs
''', "this notebook records the cost of EVERY iteration (the course keeps one per 100)"),
    ("initialize_parameters_deep", "initialize_parameters_deep", '''
def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
''', "the course's step-by-step assignment uses 0.01"),
])
def test_a_deliberate_difference_from_the_course_is_named_in_one_line(key, name, source, words):
    found = failure(key, define(source, name, _notebook_namespace(key)))
    assert words in found.message, found.message


# ---- the kinds of diagnosis ---------------------------------------------------------------------------

DIAGNOSES = {
    "the learner's line": ("backward_propagation_shallow", "backward_propagation", '''
def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
''', [r"is `dZ1`, computed at line 9:\n      dZ1 = W2.T @ dZ2 \* \(1 - A1\)", r"first at \[0, 0\]"]),
    "a factor m": ("linear_backward", "linear_backward", '''
def linear_backward(dZ, cache):
    A_prev, W, b = cache
    return W.T @ dZ, dZ @ A_prev.T, np.mean(dZ, axis=1, keepdims=True)
''', [r"`dW` is m = 4 times the expected value", r"`dA_prev` and `db` are right"]),
    "the opposite sign": ("softmax_cost_gradient", "softmax_cost_gradient", '''
def softmax_cost_gradient(Z, Y):
    t = np.exp(Z - Z.max(axis=0, keepdims=True))
    return (Y - t / t.sum(axis=0, keepdims=True)) / Y.shape[1]
''', [r"`dZ` has the opposite sign of the expected value"]),
    "a transpose": ("predict", "predict", '''
def predict(w, b, X):
    return (1 / (1 + np.exp(-(w.T @ X + b))) > 0.5).astype(int).T
''', [r"`Y_prediction` is the transpose of the expected value"]),
    "a lost dimension": ("linear_backward", "linear_backward", '''
def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.squeeze(np.sum(dZ, axis=1) / m)
''', [r"`db` has shape \(3,\); expected \(3, 1\)", r"holds the right numbers but lost a dimension"]),
    "outputs swapped": ("layer_sizes", "layer_sizes", '''
def layer_sizes(X, Y, n_h=4):
    return X.shape[0], Y.shape[0], n_h
''', [r"`n_h` holds what `n_y` should hold \(two outputs swapped\?\)"]),
    "a missing term": ("compute_cost_with_regularization", "cost_with_l2", '''
def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)
''', [r"`cost` is what the formula gives with `lambd` = 0: a term is missing"]),
    "an argument not used": ("update_parameters_shallow", "update_parameters", '''
def update_parameters(parameters, grads, learning_rate=1.2):
    return {k: v - 1.2 * grads["d" + k] for k, v in parameters.items()}
''', [r"with `learning_rate` = 1.2, its default: is that argument used\?"]),
    "a loop run once too few": ("optimize", "optimize", '''
def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    grads, cost = propagate(w, b, X, Y)
    for i in range(1, num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        costs.append(cost)
    return {"w": w, "b": b}, grads, costs
''', [r"your function computes `w` 99 times, the worked solution 100 times: does a loop run once too often, or once "
      r"too few\?"]),
    "an input changed in place": ("update_parameters", "update_parameters", '''
def update_parameters(parameters, grads, learning_rate):
    for key in parameters:
        parameters[key] -= learning_rate * grads["d" + key]
    return parameters
''', [r"your function changed its input `parameters\[\"W1\"\]` in place", r"compute new arrays"]),
    "a signature": ("linear_forward", "linear_forward", "def linear_forward(A_prev, W):\n    return W @ A_prev\n",
                    [r"this exercise calls linear_forward\(A_prev, W, b\); yours is linear_forward\(A_prev, W\)"]),
    "missing keys": ("initialize_velocity", "initialize_state", '''
def initialize_state(parameters):
    return {"dw" + key[1:]: np.zeros_like(value) for key, value in parameters.items() if key[0] == "W"}
''', [r"`state` has no key\(s\) \['dW1', 'db1', 'dW2', 'db2'\]"]),
    "the number of values": ("linear_backward", "linear_backward", '''
def linear_backward(dZ, cache):
    A_prev, W, b = cache
    return W.T @ dZ, dZ @ A_prev.T / A_prev.shape[1]
''', [r"your function should return 3 values \(dA_prev, dW, db\); it returned a tuple of 2 items"]),
    "a key the case does not have": ("update_parameters", "update_parameters", '''
def update_parameters(parameters, grads, learning_rate):
    L = len(parameters)
    return {k: parameters[k] - learning_rate * grads["d" + k] for k in [f"{p}{l}" for l in range(1, L + 1) for p in "Wb"]}
''', [r"a dict has no key 'W3'\. The dicts of this case have the keys W1, b1, W2, b2"]),
    "a seed not used": ("initialize_parameters_he", "initialize_parameters_he", '''
def initialize_parameters_he(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
''', [r"your function does not use its `seed` argument"]),
    "another seed": ("initialize_parameters_he", "initialize_parameters_he", '''
def initialize_parameters_he(layer_dims, seed=1):
    rng = np.random.default_rng(5)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
''', [r"these are the draws of seed 5, not of the case's `seed` \(1\)"]),
    "a measured scale": ("initialize_parameters_he", "initialize_parameters_he", '''
def initialize_parameters_he(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) / layer_dims[l - 1]
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
''', [r"have standard deviation 0\.001\d* \(measured over its 10,000 draws\); He's sqrt\(2 / n\[l-1\]\) needs 0\.04472"]),
    "a gradient check that never calls the backward pass": ("gradient_check_1d", "gradient_check_1d", '''
def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = x
    return abs(grad - gradapprox) / (abs(grad) + abs(gradapprox))
''', [r"case 'J = x theta\^2 and a planted wrong backward pass"]),
}


@pytest.mark.parametrize("kind", sorted(DIAGNOSES))
def test_each_kind_of_diagnosis(kind):
    key, name, source, patterns = DIAGNOSES[kind]
    found = failure(key, define(source, name, _notebook_namespace(key)))
    for pattern in patterns:
        assert re.search(pattern, found.message), f"{kind}: {pattern!r} not in\n{found.message}"


def test_the_course_name_is_recognised_when_the_notebooks_is_a_stub():
    stub = define("def model_forward_deep(X, parameters):\n    raise NotImplementedError()\n", "model_forward_deep",
                  {"L_model_forward": lambda X, parameters: None})
    assert "You defined `L_model_forward`, the course's name" in failure("model_forward_deep", stub).message


def test_a_call_of_a_function_not_written_yet_is_named():
    def forward(X, parameters):
        raise NotImplementedError()

    fn = define("def predict(parameters, X):\n    A2, _ = forward_propagation(X, parameters)\n    return A2 > 0.5\n",
                "predict", {"forward_propagation": forward})
    assert "calls `forward`, which is not written yet" in failure("predict_shallow", fn).message


# ---- hints and solutions --------------------------------------------------------------------------

def _solution_lines(exercise):
    source = solution_source(exercise) or ""
    return [line.strip() for line in source.splitlines()[1:]
            if len(line.strip()) > 20 and not line.strip().startswith(("#", '"""', "return"))]


@pytest.mark.parametrize("name", NAMES)
def test_no_message_prints_the_worked_answer(name):
    exercise = EXERCISES[name]
    for kind, fn in degenerate_answers(exercise).items():
        result, _, _ = run_check(exercise, fn)
        if not result.passed:
            for line in _solution_lines(exercise):
                assert line not in result.failure.message, (kind, line)


@pytest.mark.parametrize("name", NAMES)
def test_hint_and_solution_print_on_request(name, capsys):
    hint(name)
    nudge = capsys.readouterr().out
    assert nudge.startswith(f"{name}: ") and len(nudge) > 40
    solution(name)
    shown = capsys.readouterr().out
    assert f"def {EXERCISES[name].name}(" in shown and "### BEGIN SOLUTION" not in shown


# ---- the out-of-kernel judgement of nbgrader ------------------------------------------------------

def _record(key, fn):
    exercise = EXERCISES[key]
    _, outcomes, variant = run_check(exercise, fn)
    return record_of(exercise, variant, outcomes)


def test_a_real_record_of_a_right_function_is_accepted():
    assert verify("linear_backward", _record("linear_backward", EXERCISES["linear_backward"].reference)) is None


def test_a_record_of_a_wrong_function_is_rejected_whatever_the_kernel_said():
    problem = verify("sigmoid", _record("sigmoid", lambda z: 1 / (1 + np.exp(z))))
    assert problem and "values differ" in problem


def test_a_forged_record_is_judged_on_its_values():
    record = _record("sigmoid", EXERCISES["sigmoid"].reference)
    case = next(iter(record["outputs"]))
    record["outputs"][case] = dumps(np.zeros(2))
    assert "values differ" in verify("sigmoid", record)


def test_a_missing_or_foreign_record_is_rejected():
    assert "did not run the checker" in verify("sigmoid", None)
    assert "did not run the checker" in verify("sigmoid", _record("sigmoid_derivative", EXERCISES["sigmoid_derivative"].reference))
    record = _record("sigmoid", EXERCISES["sigmoid"].reference)
    record["variant"] = "a way nobody wrote"
    assert "unknown way" in verify("sigmoid", record)
    del record["outputs"][next(iter(record["outputs"]))]
    record["variant"] = None
    assert "no output recorded" in verify("sigmoid", record)


def test_a_check_while_nbgrader_grades_imports_nothing_of_nbconvert():
    """In the student's kernel a graded check only writes its record: importing nbconvert there (for
    the preprocessor classes) once cost every graded notebook 1.8 s of jsonschema start-up."""
    import subprocess
    import sys

    code = ("import sys, numpy as np\nfrom helpers.exercises import check\n"
            "check('sigmoid', lambda z: 1 / (1 + np.exp(-z)))\n"
            "print(sorted(m for m in ('nbconvert', 'nbformat', 'nbgrader', 'jsonschema') if m in sys.modules))\n"
            "import helpers.exercises.grading as g\ng.VerifyExercises\nprint('nbconvert' in sys.modules)\n")
    env = dict(os.environ, NBGRADER_EXECUTION="autograde")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    # nothing imported by the check; the preprocessor class, once asked for, does import nbconvert
    assert out.split() == ["[]", "True"], out
