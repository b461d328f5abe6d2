"""Exercises of ``03_deep_network``: the L-layer network built piece by piece.

Caches follow the notebook (and the course): ``linear_forward`` returns ``(Z, (A_prev, W, b))``;
``linear_activation_forward`` returns ``(A, ((A_prev, W, b), Z))``; the whole forward pass a list
of those, one per layer. ``grads`` holds ``dA{l-1}``, ``dW{l}``, ``db{l}`` for every layer l.
Published values are the course's check values, whose inputs ``np.random.RandomState`` rebuilds.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from . import properties
from .calling import mentions
from .compare import compare
from .core import Case, Exercise, Mistake, Variant
from .inputs import course_randn, generator, labels, random_network

NOTEBOOK = "03_deep_network"


# ---- initialize_parameters_deep ---------------------------------------------------------------

def initialize_parameters_deep(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "he", seed=seed)


def _init_xavier(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "xavier", seed=seed)


def _init_small(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "random", scale=0.01, seed=seed)


def _init_fan_out(layer_dims, seed=1):
    parameters = h.initialize_parameters(layer_dims, "he", seed=generator(seed))
    return {key: (value * np.sqrt(value.shape[1] / value.shape[0]) if key[0] == "W" else value)
            for key, value in parameters.items()}  # sqrt(2 / n[l]) instead of sqrt(2 / n[l-1])


def _init_transposed(layer_dims, seed=1):
    rng, parameters = generator(seed), {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def _init_one_layer_short(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims[:-1], "he", seed=seed)


def _he(n_prev, n):
    return np.sqrt(2.0 / n_prev)


INITIALIZE = Exercise(
    key="initialize_parameters_deep", name="initialize_parameters_deep", notebook=NOTEBOOK,
    reference=initialize_parameters_deep,
    cases=[Case("layer_dims [5, 4, 3], seed 1", lambda: ([5, 4, 3], 1), random=True, exact=True),
           Case("layer_dims [4, 4, 4], seed 0 (two layers of one shape)", lambda: ([4, 4, 4], 0), random=True, exact=True),
           Case("layer_dims [500, 20, 1], seed 3 (a layer of 10,000 weights, to measure their scale)",
                lambda: ([500, 20, 1], 3), random=True, exact=True)],
    outputs=("parameters",), seed_argument="seed", course_seeds=(3,),
    properties=properties.initializer(_he, "He's sqrt(2 / n[l-1]), this notebook's choice (the course's "
                                           "step-by-step assignment uses 0.01)"),
    variants=[Variant("the course's signature: layer_dims only, drawing with np.random.randn",
                      accepts=lambda info: len(info.parameters) == 1 and not info.takes("seed"),
                      call=lambda fn, args, kwargs: fn(args[0]))],
    mistakes=[
        Mistake("0.01 scale", _init_small,
                "that is randn * 0.01, the course's small start; here W[l] is scaled by sqrt(2 / n[l-1]) (He)"),
        Mistake("sqrt(1/n)", _init_xavier,
                "that is sqrt(1 / n[l-1]) (Xavier); He initialization for ReLU uses sqrt(2 / n[l-1])"),
        Mistake("sqrt(2/n[l])", _init_fan_out,
                "the scale uses the size of the layer BELOW: sqrt(2 / n[l-1]), i.e. layer_dims[l - 1]"),
        Mistake("W transposed", _init_transposed,
                "W[l] has shape (n[l], n[l-1]): rows are the units of layer l, columns the inputs"),
        Mistake("last layer missing", _init_one_layer_short,
                "the loop must run for l = 1 .. L, i.e. range(1, len(layer_dims))"),
    ],
    nudge="for each layer l = 1 .. L, W[l] has one row per unit of layer l and one column per unit of layer l-1, "
          "standard normal draws scaled by He's sqrt(2 / n[l-1]); b[l] is a column of zeros. Draw from one "
          "generator made once from the seed, layer after layer.")


# ---- linear_forward ---------------------------------------------------------------------------

def linear_forward(A_prev, W, b):
    Z, cache = h.linear_forward(A_prev, W, b)
    return Z, tuple(cache)


def _no_bias(A_prev, W, b):
    return linear_forward(A_prev, W, 0 * b)[0], (A_prev, W, b)


def _bias_subtracted(A_prev, W, b):
    return linear_forward(A_prev, W, -b)[0], (A_prev, W, b)


def _cache_in_another_order(A_prev, W, b):
    Z, (A_prev, W, b) = linear_forward(A_prev, W, b)
    return Z, (W, A_prev, b)


LINEAR_FORWARD = Exercise(
    key="linear_forward", name="linear_forward", notebook=NOTEBOOK, reference=linear_forward,
    cases=[Case("course check values (RandomState(1))", lambda: course_randn(1, (3, 2), (1, 3), (1, 1)),
                published={"Z": [[3.26295337, -1.23429987]]}),
           Case("random, W (4, 5), m = 3", lambda: course_randn(11, (5, 3), (4, 5), (4, 1))),
           Case("one example", lambda: course_randn(12, (3, 1), (2, 3), (2, 1)))],
    outputs=("Z", "cache"),
    mistakes=[
        Mistake("no bias", _no_bias, "you left out the bias: Z = W A_prev + b"),
        Mistake("bias subtracted", _bias_subtracted, "the bias is added: Z = W A_prev + b"),
        Mistake("cache order", _cache_in_another_order,
                "the cache must be (A_prev, W, b) in that order: linear_backward unpacks it so"),
    ],
    nudge="Z = W A_prev + b: W is (n[l], n[l-1]) and A_prev (n[l-1], m), so their product is (n[l], m); b (n[l], 1) "
          "is added to every column. Keep the three inputs in the cache, in the order (A_prev, W, b).")


# ---- linear_activation_forward ----------------------------------------------------------------

def linear_activation_forward(A_prev, W, b, activation):
    A, cache = h.linear_activation_forward(A_prev, W, b, activation)
    return A, (tuple(cache.linear), cache.Z)


def _swapped(activation):
    return "sigmoid" if activation == "relu" else "relu"


def _activations_swapped(A_prev, W, b, activation):
    return linear_activation_forward(A_prev, W, b, _swapped(activation))


def _sigmoid_sign(A_prev, W, b, activation):
    A, cache = linear_activation_forward(A_prev, W, b, activation)
    return (1 - A if activation == "sigmoid" else A), cache  # 1 / (1 + e^z) = 1 - sigmoid(z)


def _column_max_for_relu(A_prev, W, b, activation):
    A, cache = linear_activation_forward(A_prev, W, b, activation)
    return (np.max(cache[1], 0) if activation == "relu" else A), cache


def _A_in_the_cache(A_prev, W, b, activation):
    A, (linear_cache, _) = linear_activation_forward(A_prev, W, b, activation)
    return A, (linear_cache, A)


LINEAR_ACTIVATION_FORWARD = Exercise(
    key="linear_activation_forward", name="linear_activation_forward", notebook=NOTEBOOK,
    reference=linear_activation_forward,
    cases=[Case("course check values, sigmoid (RandomState(2))",
                lambda: course_randn(2, (3, 2), (1, 3), (1, 1)) + ("sigmoid",), published={"A": [[0.96890023, 0.11013289]]}),
           Case("course check values, relu (RandomState(2))",
                lambda: course_randn(2, (3, 2), (1, 3), (1, 1)) + ("relu",), published={"A": [[3.43896131, 0.0]]}),
           Case("random relu layer, (4, 5)", lambda: course_randn(21, (5, 6), (4, 5), (4, 1)) + ("relu",)),
           Case("random sigmoid layer, (2, 5)", lambda: course_randn(22, (5, 6), (2, 5), (2, 1)) + ("sigmoid",))],
    outputs=("A", "cache"),
    error_notes=[(("sigmoid", "relu"), "the course's dnn_utils sigmoid(Z) and relu(Z) return two values, (A, Z); in "
                                       "this notebook they return A alone, and the activation's cache is Z itself")],
    mistakes=[
        Mistake("activations swapped", _activations_swapped,
                "the activations are swapped: 'relu' means max(0, Z), 'sigmoid' means 1 / (1 + exp(-Z))"),
        Mistake("sigmoid sign", _sigmoid_sign, "the sigmoid is 1 / (1 + exp(-Z)), with a minus sign in the exponent"),
        Mistake("np.max for relu", _column_max_for_relu,
                "np.max(Z, 0) is the largest value of each column; ReLU is element-wise: np.maximum(0, Z)"),
        Mistake("A in the cache", _A_in_the_cache,
                "the cache keeps Z (the input of the activation), not A: the backward pass needs g'(Z)"),
    ],
    nudge="the layer is the linear part (linear_forward) followed by the activation g applied entry by entry: "
          "A = g(Z), ReLU max(0, z) or the sigmoid 1 / (1 + e^-z). The cache pairs the linear part's cache with Z.")


# ---- the L-layer forward pass -----------------------------------------------------------------

def model_forward_deep(X, parameters):
    AL, caches = h.model_forward(X, parameters)
    return AL, [(tuple(c.linear), c.Z) for c in caches]


def _relu_on_the_output(X, parameters):
    AL, caches = model_forward_deep(X, parameters)
    return np.maximum(caches[-1][1], 0), caches


def _sigmoid_everywhere(X, parameters):
    AL, caches = h.model_forward(X, parameters, hidden_activation="sigmoid")
    return AL, [(tuple(c.linear), c.Z) for c in caches]


def _output_layer_skipped(X, parameters):
    _, caches = model_forward_deep(X, parameters)
    return caches[-1][0][0], caches[:-1]


def _course_forward_inputs():
    X, W1, b1, W2, b2, W3, b3 = course_randn(6, (5, 4), (4, 5), (4, 1), (3, 4), (3, 1), (1, 3), (1, 1))
    return X, {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}


MODEL_FORWARD = Exercise(
    key="model_forward_deep", name="model_forward_deep", course_name="L_model_forward", notebook=NOTEBOOK,
    reference=model_forward_deep,
    cases=[Case("course check values (RandomState(6), 3 layers)", _course_forward_inputs,
                published={"AL": [[0.03921668, 0.70498921, 0.19734387, 0.04728177]]}),
           Case("random [3, 4, 1], m = 5", lambda: random_network(31, [3, 4, 1], 5)),
           Case("random [6, 5, 4, 3, 1], m = 7", lambda: random_network(32, [6, 5, 4, 3, 1], 7))],
    outputs=("AL", "caches"),
    mistakes=[
        Mistake("relu on the output", _relu_on_the_output,
                "the output layer L uses the sigmoid; only layers 1 .. L-1 use ReLU"),
        Mistake("sigmoid everywhere", _sigmoid_everywhere, "the hidden layers 1 .. L-1 use ReLU, not the sigmoid"),
        Mistake("output layer skipped", _output_layer_skipped,
                "the loop stops one layer early: after the L-1 ReLU layers comes LINEAR -> SIGMOID for layer L"),
    ],
    nudge="L = len(parameters) // 2 layers: L-1 times LINEAR -> RELU, each taking the previous layer's A, then once "
          "LINEAR -> SIGMOID; keep each layer's cache in a list, in layer order.")


# ---- compute_cost -----------------------------------------------------------------------------

def compute_cost(AL, Y):
    return float(h.compute_cost(AL, Y))


def _cost_sign(AL, Y):
    return -compute_cost(AL, Y)


def _cost_not_averaged(AL, Y):
    return compute_cost(AL, Y) * Y.shape[1]


def _label_one_term_only(AL, Y):
    return compute_cost(AL, np.ones_like(AL)) if np.all(Y == 1) else -float(np.sum(Y * np.log(AL))) / Y.shape[1]


COMPUTE_COST = Exercise(
    key="compute_cost", name="compute_cost", notebook=NOTEBOOK, reference=compute_cost,
    cases=[Case("course check values (0.8, 0.9, 0.4 for labels 1, 1, 0)",
                lambda: (np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])), published={"cost": 0.2797765635793422}),
           Case("random, m = 10", lambda: (np.random.default_rng(41).uniform(0.05, 0.95, (1, 10)), labels(41, 10))),
           Case("random, m = 1", lambda: (np.array([[0.3]]), np.array([[0.0]])))],
    outputs=("cost",),
    mistakes=[
        Mistake("sign", _cost_sign, "the cost has a minus sign in front: J = -(1/m) sum(...)"),
        Mistake("no 1/m", _cost_not_averaged, "divide the sum by m (the cost is a mean over the examples)"),
        Mistake("one term", _label_one_term_only,
                "the (1 - y) log(1 - a) term is missing: it is what charges the examples with label 0"),
    ],
    nudge="the cost is the mean over the m examples of the loss -(y log a + (1 - y) log(1 - a)); m is the number of "
          "columns of Y; return one number.")


# ---- linear_backward --------------------------------------------------------------------------

def linear_backward(dZ, cache):
    return tuple(h.linear_backward(dZ, cache))


def _dW_not_averaged(dZ, cache):
    dA_prev, dW, db = linear_backward(dZ, cache)
    return dA_prev, dW * dZ.shape[1], db


def _db_not_averaged(dZ, cache):
    dA_prev, dW, db = linear_backward(dZ, cache)
    return dA_prev, dW, db * dZ.shape[1]


def _db_without_keepdims(dZ, cache):
    dA_prev, dW, db = linear_backward(dZ, cache)
    return dA_prev, dW, db.reshape(-1)


def _db_over_the_units(dZ, cache):
    dA_prev, dW, _ = linear_backward(dZ, cache)
    return dA_prev, dW, dZ.sum(axis=0, keepdims=True) / dZ.shape[1]


def _dW_without_transpose(dZ, cache):
    A_prev, W, b = cache
    dA_prev, _, db = linear_backward(dZ, cache)
    return dA_prev, dZ @ A_prev / dZ.shape[1], db


def _course_linear_backward_inputs():
    dZ, A, W, b = course_randn(1, (3, 4), (5, 4), (3, 5), (3, 1))
    return dZ, (A, W, b)


def _square_linear_backward_inputs():
    dZ, A, W, b = course_randn(51, (3, 4), (4, 4), (3, 4), (3, 1))  # n[l-1] = m = 4: a forgotten transpose still fits
    return dZ, (A, W, b)


LINEAR_BACKWARD = Exercise(
    key="linear_backward", name="linear_backward", notebook=NOTEBOOK, reference=linear_backward,
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
           Case("square A_prev (4, 4)", _square_linear_backward_inputs),
           Case("one unit, one example", lambda: (np.array([[2.0]]), course_randn(52, (3, 1), (1, 3), (1, 1))))],
    outputs=("dA_prev", "dW", "db"),
    mistakes=[
        Mistake("dW without 1/m", _dW_not_averaged, "dW needs the 1/m: dW = dZ A_prev^T / m"),
        Mistake("db without 1/m", _db_not_averaged, "db needs the 1/m: db = sum(dZ, axis=1, keepdims=True) / m"),
        Mistake("db without keepdims", _db_without_keepdims,
                "db must have the shape of b, (n[l], 1): sum with keepdims=True"),
        Mistake("db over axis 0", _db_over_the_units,
                "db sums over the examples, which are the columns: axis=1, not axis=0"),
        Mistake("dW missing transpose", _dW_without_transpose, "dW = dZ A_prev^T / m: A_prev needs its transpose"),
    ],
    nudge="with m examples: dW = (1/m) dZ A_prev^T, shaped like W; db = (1/m) times the sum of dZ over the examples, "
          "shaped like b (n[l], 1); dA_prev = W^T dZ, shaped like A_prev.")


# ---- linear_activation_backward ---------------------------------------------------------------

def linear_activation_backward(dA, cache, activation):
    return tuple(h.linear_activation_backward(dA, cache, activation))


def _derivatives_swapped(dA, cache, activation):
    return linear_activation_backward(dA, cache, _swapped(activation))


def _sigmoid_derivative_at_the_cache(dA, cache, activation):
    linear_cache, Z = cache
    if activation != "sigmoid":
        return linear_activation_backward(dA, cache, activation)
    return linear_backward(dA * Z * (1 - Z), linear_cache)  # s (1 - s) with Z in place of s = sigmoid(Z)


def _relu_derivative_as_relu(dA, cache, activation):
    linear_cache, Z = cache
    if activation != "relu":
        return linear_activation_backward(dA, cache, activation)
    return linear_backward(dA * h.relu(Z), linear_cache)


def _lab_inputs(seed, activation, shapes=((1, 2), (3, 2), (1, 3), (1, 1), (1, 2))):
    dA, A, W, b, Z = course_randn(seed, *shapes)
    return dA, ((A, W, b), Z), activation


LINEAR_ACTIVATION_BACKWARD = Exercise(
    key="linear_activation_backward", name="linear_activation_backward", notebook=NOTEBOOK,
    reference=linear_activation_backward,
    cases=[Case("course check values, sigmoid (RandomState(2))", lambda: _lab_inputs(2, "sigmoid"),
                published={"dA_prev": [[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]],
                           "dW": [[0.10266786, 0.09778551, -0.01968084]], "db": [[-0.05729622]]}),
           Case("course check values, relu (RandomState(2))", lambda: _lab_inputs(2, "relu"),
                published={"dA_prev": [[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]],
                           "dW": [[0.44513824, 0.37371418, -0.10478989]], "db": [[-0.20837892]]}),
           Case("random relu layer (4, 3), m = 5", lambda: _lab_inputs(61, "relu", ((4, 5), (3, 5), (4, 3), (4, 1), (4, 5)))),
           Case("random sigmoid layer (2, 3), m = 4", lambda: _lab_inputs(62, "sigmoid", ((2, 4), (3, 4), (2, 3), (2, 1), (2, 4))))],
    outputs=("dA_prev", "dW", "db"),
    mistakes=[
        Mistake("activations swapped", _derivatives_swapped,
                "the derivatives are swapped: 'relu' uses dA * (Z > 0), 'sigmoid' uses dA * s (1 - s) with s = sigmoid(Z)"),
        Mistake("sigmoid' at A", _sigmoid_derivative_at_the_cache,
                "sigma'(z) = s (1 - s) with s = sigmoid(Z): the cache holds Z, not A, so compute s first"),
        Mistake("relu' as Z", _relu_derivative_as_relu,
                "ReLU's derivative is 1 where Z > 0 and 0 elsewhere: dZ = dA * (Z > 0), not dA * relu(Z)"),
    ],
    nudge="first dZ = dA * g'(Z), entry by entry, with Z from the cache (ReLU': 1 where z > 0, else 0; sigmoid': "
          "s (1 - s) with s = sigmoid(z)); then the linear part's backward pass with the linear cache.")


# ---- the L-layer backward pass ----------------------------------------------------------------

def model_backward_deep(AL, Y, caches):
    L = len(caches)
    grads = {}
    dA = -(Y / AL - (1 - Y) / (1 - AL))  # dA[L], the lecture's starting point
    for l in range(L, 0, -1):
        activation = "sigmoid" if l == L else "relu"
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = h.linear_activation_backward(dA, caches[l - 1], activation)
        dA = grads[f"dA{l - 1}"]
    return grads


def _backward_from(AL, Y, caches, dA, output="sigmoid", hidden="relu"):
    L = len(caches)
    grads = {}
    for l in range(L, 0, -1):
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = h.linear_activation_backward(
            dA, caches[l - 1], output if l == L else hidden)
        dA = grads[f"dA{l - 1}"]
    return grads


def _dAL_sign(AL, Y, caches):
    return _backward_from(AL, Y, caches, Y / AL - (1 - Y) / (1 - AL))


def _AL_minus_Y_through_the_sigmoid(AL, Y, caches):
    return _backward_from(AL, Y, caches, AL - Y)


def _relu_for_the_output(AL, Y, caches):
    return _backward_from(AL, Y, caches, -(Y / AL - (1 - Y) / (1 - AL)), output="relu")


def _sigmoid_for_the_hidden_layers(AL, Y, caches):
    return _backward_from(AL, Y, caches, -(Y / AL - (1 - Y) / (1 - AL)), hidden="sigmoid")


def _course_backward_inputs():
    AL, A1, W1, b1, Z1, A2, W2, b2, Z2 = course_randn(3, (1, 2), (4, 2), (3, 4), (3, 1), (3, 2), (3, 2), (1, 3), (1, 1), (1, 2))
    return AL, np.array([[1, 0]]), [((A1, W1, b1), Z1), ((A2, W2, b2), Z2)]


def _network_backward_inputs(seed, dims, m):
    X, parameters = random_network(seed, dims, m)
    AL, caches = model_forward_deep(X, parameters)
    return AL, labels(seed + 1, m), caches


def _compare_grads(expected, got, exercise, args):
    """The lecture's route from dA[L]; or the shortcut dZ[L] = AL - Y, the same thing whenever AL = sigmoid(Z[L]),
    which the course's check inputs (a random AL) are not."""
    difference = compare(expected, got, "grads")
    if difference is None:
        return None
    AL, Y, caches = args
    L = len(caches)
    shortcut = {}
    shortcut[f"dA{L - 1}"], shortcut[f"dW{L}"], shortcut[f"db{L}"] = h.linear_backward(AL - Y, caches[L - 1][0])
    shortcut.update(_backward_from(AL, Y, caches[:L - 1], shortcut[f"dA{L - 1}"], output="relu"))
    return None if compare(shortcut, got, "grads") is None else difference


MODEL_BACKWARD = Exercise(
    key="model_backward_deep", name="model_backward_deep", course_name="L_model_backward", notebook=NOTEBOOK,
    reference=model_backward_deep,
    cases=[Case("course check values (RandomState(3), 2 layers)", _course_backward_inputs,
                published={"grads": {"dW1": [[0.41010002, 0.07807203, 0.13798444, 0.10502167], [0.0, 0.0, 0.0, 0.0],
                                             [0.05283652, 0.01005865, 0.01777766, 0.0135308]],
                                     "db1": [[-0.22007063], [0.0], [-0.02835349]],
                                     "dA1": [[0.12913162, -0.44014127], [-0.14175655, 0.48317296],
                                             [0.01663708, -0.05670698]]}}),
           Case("a [4, 3, 2, 1] network, m = 5", lambda: _network_backward_inputs(71, [4, 3, 2, 1], 5)),
           Case("a [3, 2, 1] network, m = 4", lambda: _network_backward_inputs(72, [3, 2, 1], 4))],
    outputs=("grads",), compare=_compare_grads,
    mistakes=[
        Mistake("sign of dAL", _dAL_sign, "dA[L] = -(Y / AL - (1 - Y) / (1 - AL)): check the sign"),
        Mistake("AL - Y through the sigmoid again", _AL_minus_Y_through_the_sigmoid,
                "AL - Y is already dZ[L]; passing it through sigmoid_backward multiplies by s (1 - s) a second time. "
                "Start from dA[L] = -(Y / AL - (1 - Y) / (1 - AL)) (or skip the activation for layer L)"),
        Mistake("relu for the output layer", _relu_for_the_output,
                "layer L's activation is the sigmoid: use 'sigmoid' for caches[L - 1], 'relu' below it"),
        Mistake("sigmoid for the hidden layers", _sigmoid_for_the_hidden_layers,
                "the hidden layers 1 .. L-1 are ReLU layers: use 'relu' for caches[l - 1], l < L"),
    ],
    nudge="start from dA[L] = -(Y / AL - (1 - Y) / (1 - AL)); go down the layers from L to 1, each time "
          "linear_activation_backward with that layer's cache (caches[l - 1]) and its activation (sigmoid for "
          "layer L, ReLU below); store dA[l-1], dW[l], db[l] under the keys 'dA{l-1}', 'dW{l}', 'db{l}'.")


# ---- update_parameters ------------------------------------------------------------------------

def update_parameters(parameters, grads, learning_rate):
    return h.GradientDescent(learning_rate).update(parameters, grads)


def _ascent(parameters, grads, learning_rate):
    descent = update_parameters(parameters, grads, learning_rate)
    return {key: 2 * parameters[key] - value for key, value in descent.items()}  # p + lr g


def _no_learning_rate(parameters, grads, learning_rate):
    return update_parameters(parameters, grads, 1.0)


def _biases_not_updated(parameters, grads, learning_rate):
    updated = update_parameters(parameters, grads, learning_rate)
    return {key: (value if key.startswith("W") else parameters[key]) for key, value in updated.items()}


def _course_update_inputs(learning_rate):
    W1, b1, W2, b2 = course_randn(2, (3, 4), (3, 1), (1, 3), (1, 1))
    dW1, db1, dW2, db2 = course_randn(3, (3, 4), (3, 1), (1, 3), (1, 1))
    return ({"W1": W1, "b1": b1, "W2": W2, "b2": b2}, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}, learning_rate)


UPDATE = Exercise(
    key="update_parameters", name="update_parameters", notebook=NOTEBOOK, reference=update_parameters,
    cases=[Case("course check values (RandomState(2) and (3)), learning rate 0.1", lambda: _course_update_inputs(0.1),
                published={"parameters": {
                    "W1": [[-0.59562069, -0.09991781, -2.14584584, 1.82662008],
                           [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
                           [-1.0535704, -0.86128581, 0.68284052, 2.20374577]],
                    "b1": [[-0.04659241], [-1.28888275], [0.53405496]],
                    "W2": [[-0.55569196, 0.0354055, 1.32964895]], "b2": [[-0.84610769]]}}),
           Case("the same, learning rate 0.5", lambda: _course_update_inputs(0.5)),
           Case("a [3, 4, 2, 1] network, learning rate 0.01",
                lambda: (random_network(81, [3, 4, 2, 1], 1)[1],
                         {"d" + k: v for k, v in random_network(82, [3, 4, 2, 1], 1)[1].items()}, 0.01))],
    outputs=("parameters",),
    mistakes=[
        Mistake("plus", _ascent, "gradient DEscent subtracts: W = W - learning_rate * dW"),
        Mistake("no learning rate", _no_learning_rate, "multiply the gradient by the learning rate: W = W - learning_rate * dW"),
        Mistake("biases not updated", _biases_not_updated, "update the biases too: b[l] = b[l] - learning_rate * db[l]"),
    ],
    nudge="gradient descent moves every parameter a step against its gradient: parameter minus the learning rate "
          "times the gradient stored under 'd' + its key; every layer, weights and biases.")

EXERCISES = [INITIALIZE, LINEAR_FORWARD, LINEAR_ACTIVATION_FORWARD, MODEL_FORWARD, COMPUTE_COST, LINEAR_BACKWARD,
             LINEAR_ACTIVATION_BACKWARD, MODEL_BACKWARD, UPDATE]
