"""Exercises of ``02_shallow_network``: one tanh hidden layer and a sigmoid output, written by hand.

Signatures follow the notebook: ``forward_propagation(X, parameters) -> (A2, cache)`` with the cache
``{"Z1", "A1", "Z2", "A2"}``; ``backward_propagation(parameters, cache, X, Y) -> grads``. The names
``compute_cost``, ``update_parameters``, ``predict``, ``forward_propagation``,
``backward_propagation`` and ``initialize_parameters`` come back in other notebooks, so these
exercises have keys ending in ``_shallow``. Published values are the course's check values (inputs
rebuilt with ``np.random.RandomState`` where the course draws them, written out where it prints
them). The course's own ways of writing some of these are accepted: an initializer without a seed
that draws with ``np.random.randn``, the older ``compute_cost(A2, Y, parameters)``, and ``nn_model``
without a learning rate that returns the parameters only.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from . import properties
from .compare import Difference, compare
from .core import Case, Exercise, Mistake, Variant, WrongOutput
from .inputs import course_randn, generator, labels
from .plain import describe

NOTEBOOK = "02_shallow_network"


# ---- layer_sizes ------------------------------------------------------------------------------

def layer_sizes(X, Y, n_h=4):
    return X.shape[0], n_h, Y.shape[0]


def _n_x_from_the_columns(X, Y, n_h=4):
    return X.shape[1], n_h, Y.shape[0]


def _n_y_from_the_columns(X, Y, n_h=4):
    return X.shape[0], n_h, Y.shape[1]


def _n_h_fixed(X, Y, n_h=4):
    return X.shape[0], 4, Y.shape[0]


LAYER_SIZES = Exercise(
    key="layer_sizes", name="layer_sizes", notebook=NOTEBOOK, reference=layer_sizes,
    cases=[Case("course check values (RandomState(1): X (5, 3), Y (2, 3))", lambda: course_randn(1, (5, 3), (2, 3)),
                published={"n_x": 5, "n_h": 4, "n_y": 2}),
           Case("X (3, 7), Y (1, 7), n_h = 6", lambda: (np.zeros((3, 7)), np.zeros((1, 7))), kwargs={"n_h": 6}),
           Case("X (2, 1), Y (1, 1), n_h = 9", lambda: (np.ones((2, 1)), np.ones((1, 1)), 9))],
    outputs=("n_x", "n_h", "n_y"),
    variants=[Variant("the course's layer_sizes(X, Y)", accepts=lambda info: len(info.parameters) == 2 and not info.var_positional,
                      reject="here layer_sizes takes n_h as a third argument, layer_sizes(X, Y, n_h=4), and returns it; "
                             "the course's version has no n_h and fixes it at 4")],
    mistakes=[
        Mistake("n_x from the columns", _n_x_from_the_columns,
                "the columns of X are the m examples; n_x is the number of ROWS of X"),
        Mistake("n_y from the columns", _n_y_from_the_columns, "n_y is the number of rows of Y (its columns are the m examples)"),
        Mistake("n_h fixed", _n_h_fixed, "return the n_h you were given (its default is 4), not a fixed 4"),
    ],
    nudge="examples are columns: the sizes of the input and output layers are the numbers of ROWS of X and Y; n_h "
          "is the argument, returned as it is.")


# ---- initialize_parameters --------------------------------------------------------------------

def initialize_parameters(n_x, n_h, n_y, seed=1):
    return h.initialize_parameters([n_x, n_h, n_y], "random", scale=0.01, seed=seed)


def _unscaled(n_x, n_h, n_y, seed=1):
    return h.initialize_parameters([n_x, n_h, n_y], "random", scale=1.0, seed=seed)


def _transposed(n_x, n_h, n_y, seed=1):
    rng = generator(seed)
    W1, W2 = rng.standard_normal((n_x, n_h)) * 0.01, rng.standard_normal((n_h, n_y)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def _random_biases(n_x, n_h, n_y, seed=1):
    rng = generator(seed)
    W1, b1 = rng.standard_normal((n_h, n_x)) * 0.01, rng.standard_normal((n_h, 1)) * 0.01
    W2, b2 = rng.standard_normal((n_y, n_h)) * 0.01, rng.standard_normal((n_y, 1)) * 0.01
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def _W2_drawn_first(n_x, n_h, n_y, seed=1):
    rng = generator(seed)
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


_SMALL = properties.initializer(lambda n_prev, n: 0.01, "the small random start, 0.01")


INITIALIZE = Exercise(
    key="initialize_parameters_shallow", name="initialize_parameters", notebook=NOTEBOOK,
    reference=initialize_parameters,
    cases=[Case("n_x = 2, n_h = 4, n_y = 1, seed 1", lambda: (2, 4, 1, 1), random=True, exact=True),
           Case("n_x = 5, n_h = 3, n_y = 2, seed 7", lambda: (5, 3, 2, 7), random=True, exact=True),
           Case("n_x = 1000, n_h = 10, n_y = 1, seed 2 (10,000 weights in W1, to measure their scale)",
                lambda: (1000, 10, 1, 2), random=True, exact=True)],
    outputs=("parameters",), seed_argument="seed", course_seeds=(2,),
    properties=lambda args, output: _SMALL((list(args[:3]),), output),
    variants=[Variant("the course's signature: no seed, drawing with np.random.randn",
                      accepts=lambda info: len(info.parameters) == 3 and not info.takes("seed"),
                      call=lambda fn, args, kwargs: fn(*args[:3]))],
    mistakes=[
        Mistake("no 0.01", _unscaled, "scale the draws by 0.01: small weights keep tanh in its steep middle part"),
        Mistake("W transposed", _transposed,
                "W1 has shape (n_h, n_x) and W2 (n_y, n_h): rows are the units of the layer, columns its inputs"),
        Mistake("biases random", _random_biases, "the biases start at zero; only the weights are drawn"),
        Mistake("W2 drawn first", _W2_drawn_first,
                "draw W1 first, then W2, from the same generator: the order decides which numbers each one gets"),
    ],
    nudge="W1 (n_h, n_x) and W2 (n_y, n_h) are standard normal draws times 0.01, W1 first, from one generator "
          "made from the seed; b1 (n_h, 1) and b2 (n_y, 1) are zeros.")


# ---- forward_propagation ----------------------------------------------------------------------

def forward_propagation(X, parameters):
    A2, (layer1, layer2) = h.model_forward(X, parameters, hidden_activation="tanh")
    return A2, {"Z1": layer1.Z, "A1": layer2.A_prev, "Z2": layer2.Z, "A2": A2}


def _with_hidden(X, parameters, activation):
    A2, (layer1, layer2) = h.model_forward(X, parameters, hidden_activation=activation)
    return A2, {"Z1": layer1.Z, "A1": layer2.A_prev, "Z2": layer2.Z, "A2": A2}


def _sigmoid_hidden(X, parameters):
    return _with_hidden(X, parameters, "sigmoid")


def _relu_hidden(X, parameters):
    return _with_hidden(X, parameters, "relu")


def _tanh_output(X, parameters):
    A2, cache = forward_propagation(X, parameters)
    return np.tanh(cache["Z2"]), {**cache, "A2": np.tanh(cache["Z2"])}


def _no_b1(X, parameters):
    return forward_propagation(X, {**parameters, "b1": 0 * parameters["b1"]})


_COURSE_W1 = [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747],
              [0.00502881, -0.01245288]]
_COURSE_W2 = [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]


def _course_forward_inputs():
    X, b1 = course_randn(1, (2, 3), (4, 1))
    return X, {"W1": np.array(_COURSE_W1), "b1": b1, "W2": np.array(_COURSE_W2), "b2": np.array([[-1.3]])}


def _random_network(seed, n_x, n_h, n_y, m):
    rng = np.random.default_rng(seed)
    parameters = {"W1": rng.standard_normal((n_h, n_x)), "b1": rng.standard_normal((n_h, 1)),
                  "W2": rng.standard_normal((n_y, n_h)), "b2": rng.standard_normal((n_y, 1))}
    return rng.standard_normal((n_x, m)), parameters


FORWARD = Exercise(
    key="forward_propagation_shallow", name="forward_propagation", notebook=NOTEBOOK, reference=forward_propagation,
    cases=[Case("course check values (RandomState(1) for X and b1)", _course_forward_inputs,
                published={"A2": [[0.21292656, 0.21274673, 0.21295976]]}),
           Case("random, n_x = 3, n_h = 5, m = 6", lambda: _random_network(61, 3, 5, 1, 6)),
           Case("random, n_x = 2, n_h = 2, m = 1", lambda: _random_network(62, 2, 2, 1, 1))],
    outputs=("A2", "cache"),
    mistakes=[
        Mistake("sigmoid in the hidden layer", _sigmoid_hidden,
                "the hidden layer uses tanh: A1 = tanh(Z1); the sigmoid is for the output A2 only"),
        Mistake("relu in the hidden layer", _relu_hidden, "this network's hidden layer is tanh: A1 = tanh(Z1)"),
        Mistake("tanh at the output", _tanh_output, "the output is a probability: A2 = sigmoid(Z2), not tanh(Z2)"),
        Mistake("no b1", _no_b1, "Z1 = W1 X + b1: the hidden layer's bias is missing"),
    ],
    nudge="Z1 = W1 X + b1 and A1 = tanh(Z1), shape (n_h, m); Z2 = W2 A1 + b2 and A2 = sigmoid(Z2), shape (n_y, m); "
          "return A2 and the four arrays in a dict under their names.")


# ---- compute_cost -----------------------------------------------------------------------------

def compute_cost(A2, Y):
    return float(h.compute_cost(A2, Y))


def _cost_sign(A2, Y):
    return -compute_cost(A2, Y)


def _cost_not_averaged(A2, Y):
    return compute_cost(A2, Y) * Y.shape[1]


def _one_term(A2, Y):
    return -float(np.sum(Y * np.log(A2))) / Y.shape[1]


def _course_cost_inputs():
    (Y,) = course_randn(1, (1, 3))
    return np.array([[0.5002307, 0.49985831, 0.50023963]]), (Y > 0).astype(int)


COMPUTE_COST = Exercise(
    key="compute_cost_shallow", name="compute_cost", notebook=NOTEBOOK, reference=compute_cost,
    cases=[Case("course check values (RandomState(1) for Y)", _course_cost_inputs, published={"cost": 0.6930587610394646}),
           Case("random, m = 10", lambda: (np.random.default_rng(71).uniform(0.05, 0.95, (1, 10)), labels(71, 10))),
           Case("random, m = 1", lambda: (np.array([[0.8]]), np.array([[0.0]])))],
    outputs=("cost",),
    variants=[Variant("the course's older compute_cost(A2, Y, parameters)",
                      accepts=lambda info: len(info.parameters) == 3 and info.required == 3,
                      call=lambda fn, args, kwargs: fn(*args, {}))],
    mistakes=[
        Mistake("sign", _cost_sign, "the cost has a minus sign in front: J = -(1/m) sum(...), a positive number"),
        Mistake("no 1/m", _cost_not_averaged, "divide the sum by m, the number of columns of Y: the cost is a mean"),
        Mistake("one term", _one_term, "the (1 - Y) log(1 - A2) term is missing: it charges the examples with label 0"),
    ],
    nudge="the mean over the m examples of -(y log a + (1 - y) log(1 - a)), with m the number of columns of Y; "
          "return one number.")


# ---- backward_propagation ---------------------------------------------------------------------

def backward_propagation(parameters, cache, X, Y):
    caches = [h.LayerCache(X, parameters["W1"], parameters["b1"], cache["Z1"], "tanh"),
              h.LayerCache(cache["A1"], parameters["W2"], parameters["b2"], cache["Z2"], "sigmoid")]
    return h.model_backward(cache["A2"], Y, caches)


def _with_dZ1(parameters, cache, X, Y, derivative, dW1_scale=1.0):
    grads = backward_propagation(parameters, cache, X, Y)
    m = X.shape[1]
    dZ1 = (parameters["W2"].T @ (cache["A2"] - Y)) * derivative(cache["A1"])
    return {**grads, "dW1": dW1_scale * dZ1 @ X.T / m, "db1": dZ1.sum(axis=1, keepdims=True) / m}


def _tanh_derivative_unsquared(parameters, cache, X, Y):
    return _with_dZ1(parameters, cache, X, Y, lambda A1: 1 - A1)


def _tanh_derivative_forgotten(parameters, cache, X, Y):
    return _with_dZ1(parameters, cache, X, Y, lambda A1: 1.0)


def _sigmoid_derivative_hidden(parameters, cache, X, Y):
    return _with_dZ1(parameters, cache, X, Y, lambda A1: A1 * (1 - A1))


def _dW1_not_averaged(parameters, cache, X, Y):
    grads = backward_propagation(parameters, cache, X, Y)
    return {**grads, "dW1": grads["dW1"] * X.shape[1]}


def _db1_without_keepdims(parameters, cache, X, Y):
    grads = backward_propagation(parameters, cache, X, Y)
    return {**grads, "db1": grads["db1"].reshape(-1)}


_COURSE_A1 = [[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
              [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]
_COURSE_A2 = [[0.5002307, 0.49985831, 0.50023963]]


def _course_backward_inputs():
    X, Y = course_randn(1, (2, 3), (1, 3))
    A1, A2 = np.array(_COURSE_A1), np.array(_COURSE_A2)
    parameters = {"W1": np.array(_COURSE_W1), "b1": np.zeros((4, 1)), "W2": np.array(_COURSE_W2), "b2": np.zeros((1, 1))}
    cache = {"Z1": np.arctanh(A1), "A1": A1, "Z2": np.log(A2 / (1 - A2)), "A2": A2}  # Z consistent with A
    return parameters, cache, X, (Y > 0).astype(int)


def _random_backward_inputs(seed, n_x, n_h, m):
    X, parameters = _random_network(seed, n_x, n_h, 1, m)
    _, cache = forward_propagation(X, parameters)
    return parameters, cache, X, labels(seed + 1, m)


BACKWARD = Exercise(
    key="backward_propagation_shallow", name="backward_propagation", notebook=NOTEBOOK, reference=backward_propagation,
    cases=[Case("course check values (RandomState(1) for X and Y)", _course_backward_inputs,
                published={"grads": {"dW1": [[0.00301023, -0.00747267], [0.00257968, -0.00641288],
                                             [-0.00156892, 0.003893], [-0.00652037, 0.01618243]],
                                     "db1": [[0.00176201], [0.00150995], [-0.00091736], [-0.00381422]],
                                     "dW2": [[0.00078841, 0.01765429, -0.00084166, -0.01022527]],
                                     "db2": [[-0.16655712]]}}),
           Case("random, n_x = 3, n_h = 5, m = 7", lambda: _random_backward_inputs(81, 3, 5, 7)),
           Case("random, n_x = 2, n_h = 3, m = 2", lambda: _random_backward_inputs(82, 2, 3, 2))],
    outputs=("grads",),
    mistakes=[
        Mistake("tanh' without the square", _tanh_derivative_unsquared,
                "tanh'(z) = 1 - tanh(z)^2: multiply by (1 - A1^2), with the square"),
        Mistake("tanh' forgotten", _tanh_derivative_forgotten,
                "dZ1 = (W2^T dZ2) * (1 - A1^2): the hidden layer's derivative tanh' is missing"),
        Mistake("sigmoid' in the hidden layer", _sigmoid_derivative_hidden,
                "A1 (1 - A1) is the sigmoid's derivative; the hidden layer is tanh, whose derivative is 1 - A1^2"),
        Mistake("dW1 without 1/m", _dW1_not_averaged, "dW1 needs the 1/m too: dW1 = dZ1 X^T / m"),
        Mistake("db1 without keepdims", _db1_without_keepdims,
                "db1 must have the shape of b1, (n_h, 1): sum with keepdims=True"),
    ],
    nudge="the gradient table, from the top: dZ2 = A2 - Y; dW2 = (1/m) dZ2 A1^T; db2 = (1/m) sum of dZ2 over the "
          "examples (shape of b2); dZ1 = (W2^T dZ2) * (1 - A1^2), tanh' written with A1; dW1 = (1/m) dZ1 X^T; "
          "db1 like db2.")


# ---- update_parameters ------------------------------------------------------------------------

def update_parameters(parameters, grads, learning_rate=1.2):
    return h.GradientDescent(learning_rate).update(parameters, grads)


def _ascent(parameters, grads, learning_rate=1.2):
    return {key: 2 * parameters[key] - value for key, value in update_parameters(parameters, grads, learning_rate).items()}


def _no_learning_rate(parameters, grads, learning_rate=1.2):
    return update_parameters(parameters, grads, 1.0)


def _biases_kept(parameters, grads, learning_rate=1.2):
    updated = update_parameters(parameters, grads, learning_rate)
    return {key: value if key.startswith("W") else parameters[key] for key, value in updated.items()}


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
    key="update_parameters_shallow", name="update_parameters", notebook=NOTEBOOK, reference=update_parameters,
    cases=[Case("course check values, learning rate 1.2", lambda: _course_update_inputs() + (1.2,),
                published={"parameters": {
                    "W1": [[-0.00643025, 0.01936718], [-0.02410458, 0.03978052], [-0.01653973, -0.02096177],
                           [0.01046864, -0.05990141]],
                    "b1": [[-1.02420756e-06], [1.27373948e-05], [8.32996807e-07], [-3.20136836e-06]],
                    "W2": [[-0.01041081, -0.04463285, 0.01758031, 0.04747113]],
                    "b2": [[0.00010457]]}}),
           Case("random, learning rate 0.5", lambda: _random_update_inputs(91)),
           Case("random, the default learning rate", lambda: _random_update_inputs(93)[:2])],
    outputs=("parameters",),
    mistakes=[
        Mistake("plus", _ascent, "gradient DEscent subtracts: W = W - learning_rate * dW"),
        Mistake("no learning rate", _no_learning_rate, "multiply each gradient by the learning rate"),
        Mistake("biases not updated", _biases_kept, "update the biases too: b = b - learning_rate * db"),
    ],
    nudge="each of W1, b1, W2, b2 moves against its gradient: the parameter minus the learning rate times "
          "grads['d' + its name].")


# ---- nn_model ---------------------------------------------------------------------------------

def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=1, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters, step, costs = initialize_parameters(n_x, n_h, n_y, seed), h.GradientDescent(learning_rate), []
    for _ in range(num_iterations):
        parameters, cost = h.train_epoch(X, Y, parameters, step, hidden_activation="tanh")
        costs.append(cost)
    return parameters, costs


def _n_h_not_passed_on(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=1, print_every=0):
    return nn_model(X, Y, 4, num_iterations, learning_rate, seed)


def _initialized_in_the_loop(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=1, print_every=0):
    start, costs = initialize_parameters(X.shape[0], n_h, Y.shape[0], seed), []
    for _ in range(num_iterations):
        parameters, cost = h.train_epoch(X, Y, start, h.GradientDescent(learning_rate), hidden_activation="tanh")
        costs.append(cost)
    return parameters, costs


def _seed_not_passed_on(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=1, print_every=0):
    return nn_model(X, Y, n_h, num_iterations, learning_rate)


def _rate_not_passed_on(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=1, print_every=0):
    return nn_model(X, Y, n_h, num_iterations, 1.2, seed)


def _compare_nn_model(expected, got, exercise, args):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return Difference("nn_model", "length", f"your function should return 2 values (parameters, costs); it "
                                                f"returned {describe(got)}", expected, got)
    difference = compare(expected[0], got[0], "parameters")
    if difference or expected[1] is None:  # the course's nn_model returns no costs
        return difference
    try:
        costs = np.asarray(got[1], dtype=float)
    except (TypeError, ValueError):
        return Difference("costs", "type", "`costs` should be a list of numbers, one per iteration", expected[1], got[1])
    return compare(np.asarray(expected[1], dtype=float), costs, "costs")


def _course_nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
    return nn_model(X, Y, n_h, num_iterations, 1.2)[0], None


def _parameters_only(output, args):
    if not isinstance(output, dict):
        raise WrongOutput(f"the course's nn_model returns the trained parameters, a dict; yours returned {describe(output)}")
    return output, None


def _model_inputs(seed, m):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((2, m))
    return X, (X[0] * X[1] > 0).astype(float).reshape(1, m)


_START = {"initialize_parameters": initialize_parameters}  # a known start: nn_model is checked on its own

NN_MODEL = Exercise(
    key="nn_model", name="nn_model", notebook=NOTEBOOK, reference=nn_model,
    cases=[Case("XOR-like points, m = 40, n_h = 3, 60 iterations at 0.5, seed 2", lambda: _model_inputs(101, 40) + (3,),
                kwargs={"num_iterations": 60, "learning_rate": 0.5, "seed": 2}, environment=_START),
           Case("XOR-like points, m = 12, n_h = 5, 8 iterations at 2, seed 3", lambda: _model_inputs(102, 12) + (5,),
                kwargs={"num_iterations": 8, "learning_rate": 2.0, "seed": 3}, environment=_START)],
    outputs=("parameters", "costs"), compare=_compare_nn_model,
    variants=[Variant("the course's nn_model(X, Y, n_h, num_iterations, print_cost), learning rate 1.2, "
                      "returning the parameters", accepts=lambda info: not info.takes("learning_rate") and
                      len(info.parameters) >= 3 and info.parameters[3:4] in ((), ("num_iterations",)),
                      call=lambda fn, args, kwargs: fn(*args, num_iterations=kwargs["num_iterations"]),
                      normalize=_parameters_only, reference=_course_nn_model,
                      cases=[Case("XOR-like points, m = 40, n_h = 3, 30 iterations", lambda: _model_inputs(101, 40) + (3,),
                                  kwargs={"num_iterations": 30}, environment=_START),
                             Case("XOR-like points, m = 12, n_h = 5, 8 iterations", lambda: _model_inputs(102, 12) + (5,),
                                  kwargs={"num_iterations": 8}, environment=_START)])],
    mistakes=[
        Mistake("n_h not passed on", _n_h_not_passed_on,
                "pass n_h on to layer_sizes(X, Y, n_h); without it the default of 4 units is used"),
        Mistake("initialized in the loop", _initialized_in_the_loop,
                "initialize once, before the loop; inside it, every iteration would start again from scratch"),
        Mistake("seed not passed on", _seed_not_passed_on, "pass the seed on: initialize_parameters(n_x, n_h, n_y, seed)"),
        Mistake("learning rate not passed on", _rate_not_passed_on,
                "pass the learning rate on: update_parameters(parameters, grads, learning_rate)"),
    ],
    nudge="sizes from layer_sizes (with n_h), the start from initialize_parameters (with the seed), then "
          "num_iterations times: forward pass, the cost appended to the list, backward pass, update with the "
          "learning rate; return the parameters and the list of costs.")


# ---- predict ----------------------------------------------------------------------------------

def predict(parameters, X):
    return h.predict(X, parameters, hidden_activation="tanh")


def _probabilities(parameters, X):
    return forward_propagation(X, parameters)[0]


def _labels_inverted(parameters, X):
    return 1 - predict(parameters, X)


def _Z2_thresholded(parameters, X):
    return (forward_propagation(X, parameters)[1]["Z2"] > 0.5).astype(int)


def _small_network(seed, m):
    X, parameters = _random_network(seed, 2, 4, 1, m)
    parameters = {key: 0.3 * value for key, value in parameters.items()}
    Z2 = forward_propagation(X, parameters)[1]["Z2"] - parameters["b2"]
    parameters["b2"] = np.array([[0.25 - np.median(Z2)]])  # half of the Z2 between 0 and 0.5 or so
    return parameters, X


PREDICT = Exercise(
    key="predict_shallow", name="predict", notebook=NOTEBOOK, reference=predict,
    cases=[Case("random network, n_x = 2, n_h = 4, m = 12", lambda: _random_network(111, 2, 4, 1, 12)[::-1]),
           Case("small weights, outputs near 0.5, m = 20", lambda: _small_network(113, 20)),
           Case("random network, n_x = 3, n_h = 2, m = 9", lambda: _random_network(112, 3, 2, 1, 9)[::-1])],
    outputs=("predictions",),
    mistakes=[
        Mistake("probabilities", _probabilities, "return labels, not probabilities: 1 where A2 > 0.5, else 0"),
        Mistake("labels inverted", _labels_inverted, "label 1 goes where A2 > 0.5, label 0 elsewhere"),
        Mistake("Z2 thresholded", _Z2_thresholded, "threshold the probability A2 at 0.5 (Z2 itself would be compared with 0)"),
    ],
    nudge="run the forward pass and turn the probabilities A2, shape (1, m), into labels: 1 where a > 0.5, else 0.")

EXERCISES = [LAYER_SIZES, INITIALIZE, FORWARD, COMPUTE_COST, BACKWARD, UPDATE, NN_MODEL, PREDICT]
