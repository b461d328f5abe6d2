"""Exercises of ``03_deep_network``: the L-layer network built piece by piece.

Caches follow the notebook (and the course): ``linear_forward`` returns ``(Z, (A_prev, W, b))``;
``linear_activation_forward`` returns ``(A, ((A_prev, W, b), Z))``; the whole forward pass a list
of those. Published values are the course's check values, whose inputs ``np.random.RandomState``
rebuilds exactly.
"""
from __future__ import annotations

import numpy as np

from ..activations import activation as _activation
from ..activations import sigmoid as _sigmoid
from ..layers import linear_activation_backward as _h_linear_activation_backward
from ..layers import linear_forward as _h_linear_forward
from ..losses import compute_cost as _h_compute_cost
from .core import Case, Exercise, Mistake
from .core import course_randn as _randn

NOTEBOOK = "03_deep_network"


# ---- initialize_parameters_deep ---------------------------------------------------------------

def initialize_parameters_deep(layer_dims, seed=1, scale=lambda n_prev, n: np.sqrt(2.0 / n_prev), transpose=False):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        W = rng.standard_normal((n_prev, n) if transpose else (n, n_prev)) * scale(n_prev, n)
        parameters[f"W{l}"], parameters[f"b{l}"] = W, np.zeros((n, 1))
    return parameters


def _init_one_short(layer_dims, seed=1):
    return initialize_parameters_deep(layer_dims[:-1], seed)


INITIALIZE = Exercise(
    name="initialize_parameters_deep", course_name="initialize_parameters_deep", notebook=NOTEBOOK,
    reference=initialize_parameters_deep,
    cases=[Case("layer_dims [5, 4, 3], seed 1", lambda: ([5, 4, 3], 1)),
           Case("layer_dims [64, 20, 7, 5, 1], seed 3", lambda: ([64, 20, 7, 5, 1], 3)),
           Case("layer_dims [4, 4, 4], seed 0", lambda: ([4, 4, 4], 0))],
    outputs=("parameters",),
    mistakes=[
        Mistake("0.01 scale", lambda d, s=1: initialize_parameters_deep(d, s, lambda n_prev, n: 0.01),
                "that is randn * 0.01, the shallow network's start; here W[l] is scaled by sqrt(2 / n[l-1]) (He)"),
        Mistake("sqrt(1/n)", lambda d, s=1: initialize_parameters_deep(d, s, lambda n_prev, n: np.sqrt(1.0 / n_prev)),
                "that is sqrt(1 / n[l-1]) (Xavier); He initialization for ReLU uses sqrt(2 / n[l-1])"),
        Mistake("sqrt(2/n[l])", lambda d, s=1: initialize_parameters_deep(d, s, lambda n_prev, n: np.sqrt(2.0 / n)),
                "the scale uses the size of the layer BELOW: sqrt(2 / n[l-1]), i.e. layer_dims[l - 1]"),
        Mistake("W transposed", lambda d, s=1: initialize_parameters_deep(d, s, transpose=True),
                "W[l] has shape (n[l], n[l-1]): rows are the units of layer l, columns the inputs"),
        Mistake("last layer missing", _init_one_short,
                "the loop must run for l = 1 .. L, i.e. range(1, len(layer_dims))"),
    ],
    hint="draw W[l] = rng.standard_normal((n[l], n[l-1])) * sqrt(2 / n[l-1]) for l = 1, 2, ... in order, "
         "from one rng = np.random.default_rng(seed), and b[l] = zeros (n[l], 1)")


# ---- linear_forward ---------------------------------------------------------------------------

def linear_forward(A_prev, W, b):
    Z, cache = _h_linear_forward(A_prev, W, b)
    return Z, tuple(cache)


LINEAR_FORWARD = Exercise(
    name="linear_forward", notebook=NOTEBOOK, reference=linear_forward,
    cases=[Case("course check values (RandomState(1))", lambda: _randn(1, (3, 2), (1, 3), (1, 1)),
                published={"Z": [[3.26295337, -1.23429987]]}),
           Case("random, W (4, 5), m = 3", lambda: _randn(11, (5, 3), (4, 5), (4, 1))),
           Case("one example", lambda: _randn(12, (3, 1), (2, 3), (2, 1)))],
    outputs=("Z", "cache"),
    mistakes=[
        Mistake("no bias", lambda A, W, b: (W @ A, (A, W, b)), "you left out the bias: Z = W A_prev + b"),
        Mistake("bias subtracted", lambda A, W, b: (W @ A - b, (A, W, b)), "the bias is added: Z = W A_prev + b"),
        Mistake("cache order", lambda A, W, b: (W @ A + b, (W, A, b)),
                "the cache must be (A_prev, W, b) in that order: linear_backward unpacks it so"),
    ],
    hint="Z = W @ A_prev + b: (n[l], n[l-1]) @ (n[l-1], m) + (n[l], 1) -> (n[l], m); cache = (A_prev, W, b)")


# ---- linear_activation_forward ----------------------------------------------------------------

def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    return _activation(activation).forward(Z), (linear_cache, Z)


def _swap(activation):
    return "sigmoid" if activation == "relu" else "relu"


def _laf_variant(A_prev, W, b, activation, *, sigmoid=_sigmoid, relu=lambda Z: np.maximum(0, Z), keep="Z"):
    Z = W @ A_prev + b
    A = relu(Z) if activation == "relu" else sigmoid(Z)
    return A, ((A_prev, W, b), Z if keep == "Z" else A)


LINEAR_ACTIVATION_FORWARD = Exercise(
    name="linear_activation_forward", notebook=NOTEBOOK, reference=linear_activation_forward,
    cases=[Case("course check values, sigmoid (RandomState(2))", lambda: _randn(2, (3, 2), (1, 3), (1, 1)) + ("sigmoid",),
                published={"A": [[0.96890023, 0.11013289]]}),
           Case("course check values, relu (RandomState(2))", lambda: _randn(2, (3, 2), (1, 3), (1, 1)) + ("relu",),
                published={"A": [[3.43896131, 0.0]]}),
           Case("random relu layer, (4, 5)", lambda: _randn(21, (5, 6), (4, 5), (4, 1)) + ("relu",)),
           Case("random sigmoid layer, (2, 5)", lambda: _randn(22, (5, 6), (2, 5), (2, 1)) + ("sigmoid",))],
    outputs=("A", "cache"),
    mistakes=[
        Mistake("activations swapped", lambda A, W, b, act: _laf_variant(A, W, b, _swap(act)),
                "the activations are swapped: 'relu' means max(0, Z), 'sigmoid' means 1 / (1 + exp(-Z))"),
        Mistake("sigmoid sign", lambda A, W, b, act: _laf_variant(A, W, b, act, sigmoid=lambda Z: 1 / (1 + np.exp(Z))),
                "the sigmoid is 1 / (1 + exp(-Z)), with a minus sign in the exponent"),
        Mistake("np.max for relu", lambda A, W, b, act: _laf_variant(A, W, b, act, relu=lambda Z: np.max(Z, 0)),
                "np.max(Z, 0) is the largest value of each column; ReLU is element-wise: np.maximum(0, Z)"),
        Mistake("A in the cache", lambda A, W, b, act: _laf_variant(A, W, b, act, keep="A"),
                "the cache keeps Z (the input of the activation), not A: the backward pass needs g'(Z)"),
    ],
    hint="A = g(Z) with Z from linear_forward; cache = (linear_cache, Z)")


# ---- the L-layer forward pass -----------------------------------------------------------------

def model_forward_deep(X, parameters, hidden="relu", output="sigmoid"):
    L = len(parameters) // 2
    caches, A = [], X
    for l in range(1, L + 1):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], hidden if l < L else output)
        caches.append(cache)
    return A, caches


def _course_forward_inputs():
    X, W1, b1, W2, b2, W3, b3 = _randn(6, (5, 4), (4, 5), (4, 1), (3, 4), (3, 1), (1, 3), (1, 1))
    return X, {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}


def _random_network(seed, dims, m):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.standard_normal((dims[l], 1))
    return rng.standard_normal((dims[0], m)), parameters


def _forward_without_output_layer(X, parameters):
    caches, A = [], X
    for l in range(1, len(parameters) // 2):  # the L-1 ReLU layers, and nothing after them
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        caches.append(cache)
    return A, caches


MODEL_FORWARD = Exercise(
    name="model_forward_deep", course_name="L_model_forward", notebook=NOTEBOOK, reference=model_forward_deep,
    cases=[Case("course check values (RandomState(6), 3 layers)", _course_forward_inputs,
                published={"AL": [[0.03921668, 0.70498921, 0.19734387, 0.04728177]]}),
           Case("random [3, 4, 1], m = 5", lambda: _random_network(31, [3, 4, 1], 5)),
           Case("random [6, 5, 4, 3, 1], m = 7", lambda: _random_network(32, [6, 5, 4, 3, 1], 7))],
    outputs=("AL", "caches"),
    mistakes=[
        Mistake("relu on the output", lambda X, p: model_forward_deep(X, p, output="relu"),
                "the output layer L uses the sigmoid; only layers 1 .. L-1 use ReLU"),
        Mistake("sigmoid everywhere", lambda X, p: model_forward_deep(X, p, hidden="sigmoid"),
                "the hidden layers 1 .. L-1 use ReLU, not the sigmoid"),
        Mistake("output layer skipped", _forward_without_output_layer,
                "the loop stops one layer early: after the L-1 ReLU layers comes LINEAR -> SIGMOID for layer L"),
    ],
    hint="A = X; for l = 1 .. L-1: A, cache = linear_activation_forward(A, W[l], b[l], 'relu'); "
         "then layer L with 'sigmoid'; keep every cache; L = len(parameters) // 2")


# ---- compute_cost -----------------------------------------------------------------------------

def compute_cost(AL, Y):
    return _h_compute_cost(AL, Y)


def _cost_sum(AL, Y, *, sign=-1.0, mean=True, both=True):
    terms = Y * np.log(AL) + ((1 - Y) * np.log(1 - AL) if both else 0.0)
    total = sign * float(np.sum(terms))
    return total / Y.shape[1] if mean else total


def _cost_inputs(seed, m):
    rng = np.random.default_rng(seed)
    return rng.uniform(0.05, 0.95, (1, m)), (rng.random((1, m)) < 0.5).astype(float)


COMPUTE_COST = Exercise(
    name="compute_cost", notebook=NOTEBOOK, reference=compute_cost,
    cases=[Case("course check values (0.8, 0.9, 0.4 for labels 1, 1, 0)",
                lambda: (np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])), published={"cost": 0.2797765635793422}),
           Case("random, m = 10", lambda: _cost_inputs(41, 10)),
           Case("random, m = 1", lambda: _cost_inputs(42, 1))],
    outputs=("cost",),
    mistakes=[
        Mistake("sign", lambda AL, Y: _cost_sum(AL, Y, sign=1.0), "the cost has a minus sign in front: J = -(1/m) sum(...)"),
        Mistake("no 1/m", lambda AL, Y: _cost_sum(AL, Y, mean=False), "divide the sum by m (the cost is a mean over the examples)"),
        Mistake("one term", lambda AL, Y: _cost_sum(AL, Y, both=False),
                "the (1 - y) log(1 - a) term is missing: it is what charges the examples with label 0"),
    ],
    hint="J = -(1/m) sum(Y log(AL) + (1 - Y) log(1 - AL)), m = Y.shape[1]; return a number")


# ---- linear_backward --------------------------------------------------------------------------

def linear_backward(dZ, cache):
    A_prev, W, _ = cache
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m


def _lb_variant(dZ, cache, *, dW_mean=True, db=lambda dZ, m: dZ.sum(axis=1, keepdims=True) / m, dW_transpose=True):
    A_prev, W, _ = cache
    m = A_prev.shape[1]
    dW = dZ @ (A_prev.T if dW_transpose else A_prev)
    return W.T @ dZ, dW / m if dW_mean else dW, db(dZ, m)


def _course_linear_backward_inputs():
    dZ, A, W, b = _randn(1, (3, 4), (5, 4), (3, 5), (3, 1))
    return dZ, (A, W, b)


def _square_linear_backward_inputs():
    dZ, A, W, b = _randn(51, (3, 4), (4, 4), (3, 4), (3, 1))  # n[l-1] = m = 4: a forgotten transpose still fits
    return dZ, (A, W, b)


LINEAR_BACKWARD = Exercise(
    name="linear_backward", notebook=NOTEBOOK, reference=linear_backward,
    cases=[Case("course check values (RandomState(1))", _course_linear_backward_inputs,
                published={"dA_prev": [[-1.15171336, 0.06718465, -0.3204696, 2.09812712],
                                       [0.60345879, -3.72508701, 5.81700741, -3.84326836],
                                       [-0.4319552, -1.30987417, 1.72354705, 0.05070578],
                                       [-0.38981415, 0.60811244, -1.25938424, 1.47191593],
                                       [-2.52214926, 2.67882552, -0.67947465, 1.48119548]],
                           "dW": [[0.07313866, -0.0976715, -0.87585828, 0.73763362, 0.00785716],
                                  [0.85508818, 0.37530413, -0.59912655, 0.71278189, -0.58931808],
                                  [0.97913304, -0.24376494, -0.08839671, 0.55151192, -0.10290907]],
                           "db": [[-0.14713786], [-0.11313155], [-0.13209101]]}),
           Case("square A_prev (4, 4)", _square_linear_backward_inputs)],
    outputs=("dA_prev", "dW", "db"),
    mistakes=[
        Mistake("dW without 1/m", lambda dZ, c: _lb_variant(dZ, c, dW_mean=False), "dW needs the 1/m: dW = dZ A_prev^T / m"),
        Mistake("db without 1/m", lambda dZ, c: _lb_variant(dZ, c, db=lambda dZ, m: dZ.sum(axis=1, keepdims=True)),
                "db needs the 1/m: db = sum(dZ, axis=1, keepdims=True) / m"),
        Mistake("db without keepdims", lambda dZ, c: _lb_variant(dZ, c, db=lambda dZ, m: dZ.sum(axis=1) / m),
                "db must have the shape of b, (n[l], 1): sum with keepdims=True"),
        Mistake("db over axis 0", lambda dZ, c: _lb_variant(dZ, c, db=lambda dZ, m: dZ.sum(axis=0, keepdims=True) / m),
                "db sums over the examples, which are the columns: axis=1, not axis=0"),
        Mistake("dW missing transpose", lambda dZ, c: _lb_variant(dZ, c, dW_transpose=False),
                "dW = dZ @ A_prev.T / m: A_prev needs its transpose"),
    ],
    hint="dW = dZ @ A_prev.T / m, db = sum(dZ, axis=1, keepdims=True) / m, dA_prev = W.T @ dZ")


# ---- linear_activation_backward ---------------------------------------------------------------

def linear_activation_backward(dA, cache, activation):
    return tuple(_h_linear_activation_backward(dA, cache, activation))


def _lab_variant(dA, cache, activation, derivative):
    linear_cache, Z = cache
    return linear_backward(derivative(dA, Z, activation), linear_cache)


def _lab_inputs(seed, activation, shapes=((1, 2), (3, 2), (1, 3), (1, 1), (1, 2))):
    dA, A, W, b, Z = _randn(seed, *shapes)
    return dA, ((A, W, b), Z), activation


LINEAR_ACTIVATION_BACKWARD = Exercise(
    name="linear_activation_backward", notebook=NOTEBOOK, reference=linear_activation_backward,
    cases=[Case("course check values, sigmoid (RandomState(2))", lambda: _lab_inputs(2, "sigmoid"),
                published={"dA_prev": [[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]],
                           "dW": [[0.10266786, 0.09778551, -0.01968084]], "db": [[-0.05729622]]}),
           Case("course check values, relu (RandomState(2))", lambda: _lab_inputs(2, "relu"),
                published={"dA_prev": [[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]],
                           "dW": [[0.44513824, 0.37371418, -0.10478989]], "db": [[-0.20837892]]}),
           Case("random relu layer (4, 3), m = 5", lambda: _lab_inputs(61, "relu", ((4, 5), (3, 5), (4, 3), (4, 1), (4, 5))))],
    outputs=("dA_prev", "dW", "db"),
    mistakes=[
        Mistake("activations swapped",
                lambda dA, c, act: linear_activation_backward(dA, c, _swap(act)),
                "the derivatives are swapped: 'relu' uses dA * (Z > 0), 'sigmoid' uses dA * s (1 - s) with s = sigmoid(Z)"),
        Mistake("sigmoid' at A", lambda dA, c, act: _lab_variant(
            dA, c, act, lambda dA, Z, a: dA * Z * (1 - Z) if a == "sigmoid" else dA * (Z > 0)),
                "sigma'(z) = s (1 - s) with s = sigmoid(Z): the cache holds Z, not A, so compute s first"),
        Mistake("relu' as Z", lambda dA, c, act: _lab_variant(
            dA, c, act, lambda dA, Z, a: dA * np.maximum(0, Z) if a == "relu" else dA * _sigmoid(Z) * (1 - _sigmoid(Z))),
                "ReLU's derivative is 1 where Z > 0 and 0 elsewhere: dZ = dA * (Z > 0), not dA * relu(Z)"),
    ],
    hint="dZ = dA * g'(Z) with Z from the cache, then linear_backward(dZ, linear_cache)")


# ---- the L-layer backward pass ----------------------------------------------------------------

def model_backward_deep(AL, Y, caches, output="sigmoid", hidden="relu", sign=1.0):
    L = len(caches)
    grads = {}
    dAL = -sign * (Y / AL - (1 - Y) / (1 - AL))
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = linear_activation_backward(dAL, caches[L - 1], output)
    for l in range(L - 1, 0, -1):
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(grads[f"dA{l}"], caches[l - 1], hidden)
    return grads


def _course_backward_inputs():
    AL, A1, W1, b1, Z1, A2, W2, b2, Z2 = _randn(3, (1, 2), (4, 2), (3, 4), (3, 1), (3, 2), (3, 2), (1, 3), (1, 1), (1, 2))
    return AL, np.array([[1, 0]]), [((A1, W1, b1), Z1), ((A2, W2, b2), Z2)]


def _network_backward_inputs(seed, dims, m):
    X, parameters = _random_network(seed, dims, m)
    AL, caches = model_forward_deep(X, parameters)
    Y = (np.random.default_rng(seed + 1).random((1, m)) < 0.5).astype(float)
    return AL, Y, caches


def _backward_from_dZ(AL, Y, caches):
    # dZ[L] = AL - Y computed, then passed through the sigmoid's derivative a second time
    L = len(caches)
    grads = {}
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = linear_activation_backward(AL - Y, caches[L - 1], "sigmoid")
    for l in range(L - 1, 0, -1):
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(grads[f"dA{l}"], caches[l - 1], "relu")
    return grads


def _compare_grads(expected, got, name):
    from .core import compare

    if isinstance(got, dict):  # compare the keys the course asks for, dW/db for every layer and dA
        missing = sorted(set(expected) - set(got))
        if missing:
            return f"`grads` is missing the key(s) {missing} (it has {sorted(got)}); store dA{{l-1}}, dW{{l}}, db{{l}} for every layer"
    return compare(expected, got, "grads")


MODEL_BACKWARD = Exercise(
    name="model_backward_deep", course_name="L_model_backward", notebook=NOTEBOOK, reference=model_backward_deep,
    cases=[Case("course check values (RandomState(3), 2 layers)", _course_backward_inputs,
                published={"grads": {"dW1": [[0.41010002, 0.07807203, 0.13798444, 0.10502167], [0.0, 0.0, 0.0, 0.0],
                                             [0.05283652, 0.01005865, 0.01777766, 0.0135308]],
                                     "db1": [[-0.22007063], [0.0], [-0.02835349]],
                                     "dA1": [[0.12913162, -0.44014127], [-0.14175655, 0.48317296],
                                             [0.01663708, -0.05670698]]}}),
           Case("a [4, 3, 2, 1] network, m = 5", lambda: _network_backward_inputs(71, [4, 3, 2, 1], 5))],
    outputs=("grads",), compare=_compare_grads,
    mistakes=[
        Mistake("sign of dAL", lambda AL, Y, c: model_backward_deep(AL, Y, c, sign=-1.0),
                "dA[L] = -(Y / AL - (1 - Y) / (1 - AL)): check the sign"),
        Mistake("AL - Y through the sigmoid again", _backward_from_dZ,
                "AL - Y is already dZ[L]; passing it through sigmoid_backward multiplies by s (1 - s) a second time. "
                "Start from dA[L] = -(Y / AL - (1 - Y) / (1 - AL)) (or skip the activation for layer L)"),
        Mistake("relu for the output layer", lambda AL, Y, c: model_backward_deep(AL, Y, c, output="relu"),
                "layer L's activation is the sigmoid: use 'sigmoid' for caches[L - 1], 'relu' below it"),
        Mistake("sigmoid for the hidden layers", lambda AL, Y, c: model_backward_deep(AL, Y, c, hidden="sigmoid"),
                "the hidden layers 1 .. L-1 are ReLU layers: use 'relu' for caches[l - 1], l < L"),
    ],
    hint="dA[L] = -(Y / AL - (1 - Y) / (1 - AL)); layer L with 'sigmoid' and caches[L - 1]; then for "
         "l = L-1 .. 1 with 'relu' and caches[l - 1]; store grads['dA{l-1}'], grads['dW{l}'], grads['db{l}']")


# ---- update_parameters ------------------------------------------------------------------------

def update_parameters(parameters, grads, learning_rate):
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in parameters}


def _course_update_inputs():
    W1, b1, W2, b2 = _randn(2, (3, 4), (3, 1), (1, 3), (1, 1))
    dW1, db1, dW2, db2 = _randn(3, (3, 4), (3, 1), (1, 3), (1, 1))
    return ({"W1": W1, "b1": b1, "W2": W2, "b2": b2}, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}, 0.1)


UPDATE = Exercise(
    name="update_parameters", notebook=NOTEBOOK, reference=update_parameters,
    cases=[Case("course check values (RandomState(2) and (3)), learning rate 0.1", _course_update_inputs),
           Case("the same, learning rate 0.5", lambda: _course_update_inputs()[:2] + (0.5,))],
    outputs=("parameters",),
    mistakes=[
        Mistake("plus", lambda p, g, lr: {k: p[k] + lr * g["d" + k] for k in p},
                "gradient DEscent subtracts: W = W - learning_rate * dW"),
        Mistake("no learning rate", lambda p, g, lr: {k: p[k] - g["d" + k] for k in p},
                "multiply the gradient by the learning rate: W = W - learning_rate * dW"),
        Mistake("biases not updated", lambda p, g, lr: {k: p[k] - lr * g["d" + k] if k.startswith("W") else p[k] for k in p},
                "update the biases too: b[l] = b[l] - learning_rate * db[l]"),
    ],
    hint="for every key of parameters: parameters[key] - learning_rate * grads['d' + key]")
UPDATE.cases[0].published = {"parameters": {
    "W1": [[-0.59562069, -0.09991781, -2.14584584, 1.82662008], [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
           [-1.0535704, -0.86128581, 0.68284052, 2.20374577]],
    "b1": [[-0.04659241], [-1.28888275], [0.53405496]],
    "W2": [[-0.55569196, 0.0354055, 1.32964895]], "b2": [[-0.84610769]]}}

EXERCISES = [INITIALIZE, LINEAR_FORWARD, LINEAR_ACTIVATION_FORWARD, MODEL_FORWARD, COMPUTE_COST, LINEAR_BACKWARD,
             LINEAR_ACTIVATION_BACKWARD, MODEL_BACKWARD, UPDATE]
