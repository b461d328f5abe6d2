"""Exercises of ``02_shallow_network``: one tanh hidden layer and a sigmoid output, written by hand.

Signatures follow the notebook: ``forward_propagation(X, parameters) -> (A2, cache)`` with the cache
``{"Z1", "A1", "Z2", "A2"}``; ``backward_propagation(parameters, cache, X, Y) -> grads``. The names
``compute_cost``, ``update_parameters``, ``predict``, ``forward_propagation``,
``backward_propagation`` and ``initialize_parameters`` come back in other notebooks, so these
exercises have keys ending in ``_shallow``. Published values are the course's check values (inputs
rebuilt with ``np.random.RandomState`` where the course draws them, written out where it prints
them); the course's initializer uses the legacy global generator, ours a seeded
``np.random.default_rng``, so the initializer has no published values.
"""
from __future__ import annotations

import numpy as np

from ..activations import sigmoid as _h_sigmoid
from ..initializers import initialize_parameters as _h_initialize_parameters
from ..losses import compute_cost as _h_compute_cost
from .core import Case, Exercise, Mistake, compare

NOTEBOOK = "02_shallow_network"


# ---- layer_sizes ------------------------------------------------------------------------------

def layer_sizes(X, Y, n_h=4):
    return X.shape[0], n_h, Y.shape[0]


def _course_sizes_inputs():
    rng = np.random.RandomState(1)
    return rng.randn(5, 3), rng.randn(2, 3)


LAYER_SIZES = Exercise(
    name="layer_sizes", notebook=NOTEBOOK, reference=layer_sizes,
    cases=[Case("course check values (RandomState(1): X (5, 3), Y (2, 3))", _course_sizes_inputs,
                published={"n_x": 5, "n_h": 4, "n_y": 2}),
           Case("X (3, 7), Y (1, 7), n_h = 6", lambda: (np.zeros((3, 7)), np.zeros((1, 7))), kwargs={"n_h": 6})],
    outputs=("n_x", "n_h", "n_y"),
    mistakes=[
        Mistake("n_x from the columns", lambda X, Y, n_h=4: (X.shape[1], n_h, Y.shape[0]),
                "the columns of X are the m examples; n_x is the number of ROWS, X.shape[0]"),
        Mistake("n_y from the columns", lambda X, Y, n_h=4: (X.shape[0], n_h, Y.shape[1]),
                "n_y is the number of rows of Y, Y.shape[0] (Y.shape[1] is m)"),
        Mistake("n_h fixed", lambda X, Y, n_h=4: (X.shape[0], 4, Y.shape[0]),
                "return the n_h you were given (its default is 4), not a fixed 4"),
    ],
    hint="return X.shape[0], n_h, Y.shape[0]")


# ---- initialize_parameters --------------------------------------------------------------------

def initialize_parameters(n_x, n_h, n_y, seed=1):
    return _h_initialize_parameters([n_x, n_h, n_y], "random", scale=0.01, seed=seed)


def _init_variant(n_x, n_h, n_y, seed=1, *, scale=0.01, transpose=False, random_b=False, w2_first=False):
    rng = np.random.default_rng(seed)
    draw = (lambda r, c: rng.standard_normal((c, r)) * scale) if transpose else (lambda r, c: rng.standard_normal((r, c)) * scale)
    if w2_first:
        W2 = draw(n_y, n_h)
        W1 = draw(n_h, n_x)
        return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
    W1 = draw(n_h, n_x)
    b1 = rng.standard_normal((n_h, 1)) * 0.01 if random_b else np.zeros((n_h, 1))
    W2 = draw(n_y, n_h)
    b2 = rng.standard_normal((n_y, 1)) * 0.01 if random_b else np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


INITIALIZE = Exercise(
    name="initialize_parameters", key="initialize_parameters_shallow", notebook=NOTEBOOK,
    reference=initialize_parameters,
    cases=[Case("n_x = 2, n_h = 4, n_y = 1, seed 1", lambda: (2, 4, 1, 1)),
           Case("n_x = 5, n_h = 3, n_y = 2, seed 7", lambda: (5, 3, 2, 7))],
    outputs=("parameters",),
    mistakes=[
        Mistake("no 0.01", lambda *a: _init_variant(*a, scale=1.0),
                "scale the draws by 0.01: small weights keep tanh in its steep middle part"),
        Mistake("W transposed", lambda *a: _init_variant(*a, transpose=True),
                "W1 has shape (n_h, n_x) and W2 (n_y, n_h): rows are the units of the layer, columns its inputs"),
        Mistake("biases random", lambda *a: _init_variant(*a, random_b=True),
                "the biases start at zero, np.zeros((n_h, 1)) and np.zeros((n_y, 1)); only the weights are drawn"),
        Mistake("W2 drawn first", lambda *a: _init_variant(*a, w2_first=True),
                "draw W1 first, then W2, from the same rng: the order decides which numbers each one gets"),
    ],
    hint="rng = np.random.default_rng(seed); W1 = rng.standard_normal((n_h, n_x)) * 0.01; "
         "W2 = rng.standard_normal((n_y, n_h)) * 0.01; b1, b2 zeros of shape (n_h, 1), (n_y, 1)")


# ---- forward_propagation ----------------------------------------------------------------------

def forward_propagation(X, parameters, hidden=np.tanh, output=_h_sigmoid, bias1=True):
    Z1 = parameters["W1"] @ X + (parameters["b1"] if bias1 else 0.0)
    A1 = hidden(Z1)
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    A2 = output(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


_COURSE_W1 = [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747],
              [0.00502881, -0.01245288]]
_COURSE_W2 = [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]


def _course_forward_inputs():
    rng = np.random.RandomState(1)
    X, b1 = rng.randn(2, 3), rng.randn(4, 1)
    return X, {"W1": np.array(_COURSE_W1), "b1": b1, "W2": np.array(_COURSE_W2), "b2": np.array([[-1.3]])}


def _random_network(seed, n_x, n_h, n_y, m):
    rng = np.random.default_rng(seed)
    parameters = {"W1": rng.standard_normal((n_h, n_x)), "b1": rng.standard_normal((n_h, 1)),
                  "W2": rng.standard_normal((n_y, n_h)), "b2": rng.standard_normal((n_y, 1))}
    return rng.standard_normal((n_x, m)), parameters


FORWARD = Exercise(
    name="forward_propagation", key="forward_propagation_shallow", notebook=NOTEBOOK, reference=forward_propagation,
    cases=[Case("course check values (RandomState(1) for X and b1)", _course_forward_inputs,
                published={"A2": [[0.21292656, 0.21274673, 0.21295976]]}),
           Case("random, n_x = 3, n_h = 5, m = 6", lambda: _random_network(61, 3, 5, 1, 6))],
    outputs=("A2", "cache"),
    mistakes=[
        Mistake("sigmoid in the hidden layer", lambda X, p: forward_propagation(X, p, hidden=_h_sigmoid),
                "the hidden layer uses tanh: A1 = np.tanh(Z1); the sigmoid is for the output A2 only"),
        Mistake("relu in the hidden layer", lambda X, p: forward_propagation(X, p, hidden=lambda Z: np.maximum(0, Z)),
                "this network's hidden layer is tanh: A1 = np.tanh(Z1)"),
        Mistake("tanh at the output", lambda X, p: forward_propagation(X, p, output=np.tanh),
                "the output is a probability: A2 = sigmoid(Z2), not tanh(Z2)"),
        Mistake("no b1", lambda X, p: forward_propagation(X, p, bias1=False),
                "Z1 = W1 @ X + b1: the hidden layer's bias is missing"),
    ],
    hint="Z1 = W1 @ X + b1; A1 = np.tanh(Z1); Z2 = W2 @ A1 + b2; A2 = sigmoid(Z2); "
         "return A2, {'Z1': Z1, 'A1': A1, 'Z2': Z2, 'A2': A2}")


# ---- compute_cost -----------------------------------------------------------------------------

def compute_cost(A2, Y):
    return float(_h_compute_cost(A2, Y))


def _cost_variant(A2, Y, *, sign=-1.0, mean=True, both=True):
    terms = Y * np.log(A2) + ((1 - Y) * np.log(1 - A2) if both else 0.0)
    total = sign * float(np.sum(terms))
    return total / Y.shape[1] if mean else total


def _course_cost_inputs():
    rng = np.random.RandomState(1)
    Y = (rng.randn(1, 3) > 0).astype(int)
    return np.array([[0.5002307, 0.49985831, 0.50023963]]), Y


def _cost_inputs(seed, m):
    rng = np.random.default_rng(seed)
    return rng.uniform(0.05, 0.95, (1, m)), (rng.random((1, m)) < 0.5).astype(float)


COMPUTE_COST = Exercise(
    name="compute_cost", key="compute_cost_shallow", notebook=NOTEBOOK, reference=compute_cost,
    cases=[Case("course check values (RandomState(1) for Y)", _course_cost_inputs,
                published={"cost": 0.6930587610394646}),
           Case("random, m = 10", lambda: _cost_inputs(71, 10)),
           Case("random, m = 1", lambda: _cost_inputs(72, 1))],
    outputs=("cost",),
    mistakes=[
        Mistake("sign", lambda A2, Y: _cost_variant(A2, Y, sign=1.0),
                "the cost has a minus sign in front: J = -(1/m) sum(...), a positive number"),
        Mistake("no 1/m", lambda A2, Y: _cost_variant(A2, Y, mean=False),
                "divide the sum by m = Y.shape[1]: the cost is a mean over the examples"),
        Mistake("one term", lambda A2, Y: _cost_variant(A2, Y, both=False),
                "the (1 - Y) log(1 - A2) term is missing: it charges the examples with label 0"),
    ],
    hint="J = -(1/m) sum(Y log(A2) + (1 - Y) log(1 - A2)), m = Y.shape[1]; return a number")


# ---- backward_propagation ---------------------------------------------------------------------

def backward_propagation(parameters, cache, X, Y, *, derivative=lambda A1: 1 - A1 ** 2, dW1_mean=True,
                         db1=lambda dZ1, m: np.sum(dZ1, axis=1, keepdims=True) / m):
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (parameters["W2"].T @ dZ2) * derivative(A1)
    dW1 = dZ1 @ X.T / (m if dW1_mean else 1)
    return {"dW1": dW1, "db1": db1(dZ1, m), "dW2": dW2, "db2": db2}


_COURSE_A1 = [[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
              [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]
_COURSE_A2 = [[0.5002307, 0.49985831, 0.50023963]]


def _course_backward_inputs():
    rng = np.random.RandomState(1)
    X, Y = rng.randn(2, 3), (rng.randn(1, 3) > 0).astype(int)
    A1, A2 = np.array(_COURSE_A1), np.array(_COURSE_A2)
    parameters = {"W1": np.array(_COURSE_W1), "b1": np.zeros((4, 1)), "W2": np.array(_COURSE_W2), "b2": np.zeros((1, 1))}
    cache = {"Z1": np.arctanh(A1), "A1": A1, "Z2": np.log(A2 / (1 - A2)), "A2": A2}  # Z consistent with A
    return parameters, cache, X, Y


def _random_backward_inputs(seed, n_x, n_h, m):
    X, parameters = _random_network(seed, n_x, n_h, 1, m)
    _, cache = forward_propagation(X, parameters)
    Y = (np.random.default_rng(seed + 1).random((1, m)) < 0.5).astype(float)
    return parameters, cache, X, Y


BACKWARD = Exercise(
    name="backward_propagation", key="backward_propagation_shallow", notebook=NOTEBOOK,
    reference=backward_propagation,
    cases=[Case("course check values (RandomState(1) for X and Y)", _course_backward_inputs,
                published={"grads": {"dW1": [[0.00301023, -0.00747267], [0.00257968, -0.00641288],
                                             [-0.00156892, 0.003893], [-0.00652037, 0.01618243]],
                                     "db1": [[0.00176201], [0.00150995], [-0.00091736], [-0.00381422]],
                                     "dW2": [[0.00078841, 0.01765429, -0.00084166, -0.01022527]],
                                     "db2": [[-0.16655712]]}}),
           Case("random, n_x = 3, n_h = 5, m = 7", lambda: _random_backward_inputs(81, 3, 5, 7))],
    outputs=("grads",),
    mistakes=[
        Mistake("tanh' without the square", lambda *a: backward_propagation(*a, derivative=lambda A1: 1 - A1),
                "tanh'(z) = 1 - tanh(z)^2: multiply by (1 - A1 ** 2), with the square"),
        Mistake("tanh' forgotten", lambda *a: backward_propagation(*a, derivative=lambda A1: 1.0),
                "dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2): the hidden layer's derivative tanh' is missing"),
        Mistake("sigmoid' in the hidden layer", lambda *a: backward_propagation(*a, derivative=lambda A1: A1 * (1 - A1)),
                "A1 (1 - A1) is the sigmoid's derivative; the hidden layer is tanh, whose derivative is 1 - A1 ** 2"),
        Mistake("dW1 without 1/m", lambda *a: backward_propagation(*a, dW1_mean=False),
                "dW1 needs the 1/m too: dW1 = dZ1 @ X.T / m"),
        Mistake("db1 without keepdims", lambda *a: backward_propagation(
            *a, db1=lambda dZ1, m: np.sum(dZ1, axis=1) / m),
                "db1 must have the shape of b1, (n_h, 1): np.sum(dZ1, axis=1, keepdims=True) / m"),
    ],
    hint="dZ2 = A2 - Y; dW2 = dZ2 @ A1.T / m; db2 = sum(dZ2, axis=1, keepdims=True) / m; "
         "dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2); dW1 = dZ1 @ X.T / m; db1 = sum(dZ1, axis=1, keepdims=True) / m")


# ---- update_parameters ------------------------------------------------------------------------

def update_parameters(parameters, grads, learning_rate=1.2):
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in parameters}


def _course_update_inputs():
    parameters = {"W1": np.array([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545],
                                  [0.00935436, -0.05018221]]),
                  "b1": np.array([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]),
                  "W2": np.array([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]),
                  "b2": np.array([[9.14954378e-05]])}
    grads = {"dW1": np.array([[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636],
                              [-0.00092857, 0.00809933]]),
             "db1": np.array([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]),
             "dW2": np.array([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]),
             "db2": np.array([[-1.08923140e-05]])}
    return parameters, grads


def _random_update_inputs(seed):
    _, parameters = _random_network(seed, 3, 4, 1, 1)
    _, grads = _random_network(seed + 1, 3, 4, 1, 1)
    return parameters, {"d" + key: value for key, value in grads.items()}, 0.5


UPDATE = Exercise(
    name="update_parameters", key="update_parameters_shallow", notebook=NOTEBOOK, reference=update_parameters,
    cases=[Case("course check values, learning rate 1.2", lambda: _course_update_inputs() + (1.2,),
                published={"parameters": {
                    "W1": [[-0.00643025, 0.01936718], [-0.02410458, 0.03978052], [-0.01653973, -0.02096177],
                           [0.01046864, -0.05990141]],
                    "b1": [[-1.02420756e-06], [1.27373948e-05], [8.32996807e-07], [-3.20136836e-06]],
                    "W2": [[-0.01041081, -0.04463285, 0.01758031, 0.04747113]],
                    "b2": [[0.00010457]]}}),
           Case("random, learning rate 0.5", lambda: _random_update_inputs(91))],
    outputs=("parameters",),
    mistakes=[
        Mistake("plus", lambda p, g, lr=1.2: {k: p[k] + lr * g["d" + k] for k in p},
                "gradient DEscent subtracts: W = W - learning_rate * dW"),
        Mistake("no learning rate", lambda p, g, lr=1.2: {k: p[k] - g["d" + k] for k in p},
                "multiply each gradient by the learning rate: W = W - learning_rate * dW"),
        Mistake("biases not updated", lambda p, g, lr=1.2: {k: p[k] - lr * g["d" + k] if k.startswith("W") else p[k] for k in p},
                "update the biases too: b = b - learning_rate * db"),
    ],
    hint="for every key of parameters: parameters[key] - learning_rate * grads['d' + key]")


# ---- nn_model ---------------------------------------------------------------------------------

def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=1, print_every=0, *,
             fixed_n_h=False, init_each_step=False, default_seed=False, default_rate=False):
    n_x, n_h, n_y = layer_sizes(X, Y, 4 if fixed_n_h else n_h)
    start_seed = 1 if default_seed else seed
    parameters = initialize_parameters(n_x, n_h, n_y, start_seed)
    costs = []
    for _ in range(num_iterations):
        if init_each_step:
            parameters = initialize_parameters(n_x, n_h, n_y, start_seed)
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, 1.2 if default_rate else learning_rate)
    return parameters, costs


def _compare_nn_model(expected, got, name):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return "your function should return 2 values (parameters, costs)"
    problem = compare(expected[0], got[0], "parameters")
    if problem:
        return problem
    try:
        costs = np.asarray(got[1], dtype=float)  # a list or an array: both fine
    except (TypeError, ValueError):
        return "`costs` should be a list of numbers, one per iteration"
    return compare(np.asarray(expected[1]), costs, "costs")


def _model_inputs(seed, m):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((2, m))
    return X, (X[0] * X[1] > 0).astype(float).reshape(1, m)


NN_MODEL = Exercise(
    name="nn_model", notebook=NOTEBOOK, reference=nn_model,
    cases=[Case("XOR-like points, m = 40, n_h = 3, 60 iterations at 0.5, seed 2", lambda: _model_inputs(101, 40) + (3,),
                kwargs={"num_iterations": 60, "learning_rate": 0.5, "seed": 2})],
    outputs=("parameters", "costs"), compare=_compare_nn_model,
    mistakes=[
        Mistake("n_h not passed on", lambda *a, **k: nn_model(*a, **k, fixed_n_h=True),
                "pass n_h on: layer_sizes(X, Y, n_h); without it the default of 4 units is used"),
        Mistake("initialized in the loop", lambda *a, **k: nn_model(*a, **k, init_each_step=True),
                "initialize once, before the loop; inside it, every iteration would start again from scratch"),
        Mistake("seed not passed on", lambda *a, **k: nn_model(*a, **k, default_seed=True),
                "pass the seed on: initialize_parameters(n_x, n_h, n_y, seed)"),
        Mistake("learning rate not passed on", lambda *a, **k: nn_model(*a, **k, default_rate=True),
                "pass the learning rate on: update_parameters(parameters, grads, learning_rate)"),
    ],
    hint="sizes from layer_sizes(X, Y, n_h), parameters from initialize_parameters(n_x, n_h, n_y, seed); "
         "then per iteration: forward_propagation, costs.append(compute_cost(A2, Y)), backward_propagation, "
         "update_parameters(..., learning_rate)")


# ---- predict ----------------------------------------------------------------------------------

def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(int)


def _small_network(seed, m):
    X, parameters = _random_network(seed, 2, 4, 1, m)
    parameters = {key: 0.3 * value for key, value in parameters.items()}
    Z2 = forward_propagation(X, parameters)[1]["Z2"] - parameters["b2"]
    parameters["b2"] = np.array([[0.25 - np.median(Z2)]])  # half of the Z2 between 0 and 0.5 or so
    return parameters, X


PREDICT = Exercise(
    name="predict", key="predict_shallow", notebook=NOTEBOOK, reference=predict,
    cases=[Case("random network, n_x = 2, n_h = 4, m = 12", lambda: _random_network(111, 2, 4, 1, 12)[::-1]),
           Case("small weights, outputs near 0.5, m = 20", lambda: _small_network(113, 20)),
           Case("random network, n_x = 3, n_h = 2, m = 9", lambda: _random_network(112, 3, 2, 1, 9)[::-1])],
    outputs=("predictions",),
    mistakes=[
        Mistake("probabilities", lambda p, X: forward_propagation(X, p)[0],
                "return labels, not probabilities: (A2 > 0.5).astype(int)"),
        Mistake("labels inverted", lambda p, X: (forward_propagation(X, p)[0] < 0.5).astype(int),
                "label 1 goes where A2 > 0.5, label 0 elsewhere"),
        Mistake("Z2 thresholded", lambda p, X: (forward_propagation(X, p)[1]["Z2"] > 0.5).astype(int),
                "threshold the probability A2 at 0.5 (Z2 itself would be compared with 0)"),
    ],
    hint="A2, _ = forward_propagation(X, parameters); return (A2 > 0.5).astype(int)")

EXERCISES = [LAYER_SIZES, INITIALIZE, FORWARD, COMPUTE_COST, BACKWARD, UPDATE, NN_MODEL, PREDICT]
