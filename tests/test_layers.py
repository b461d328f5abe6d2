"""Linear and activation layers, the whole network's forward and backward passes, dropout, predict.

Gradients are compared with central differences computed here in float64 (not with
helpers.gradient_check), on small networks so that the loops stay fast."""
import math

import numpy as np
import pytest

import helpers as h

HIDDEN = ["relu", "tanh", "sigmoid", "leaky_relu", "linear"]


from finite_differences import central_differences as numerical_gradient


def numerical_parameter_gradients(cost_fn, parameters, eps=1e-6):
    keys = list(parameters)
    probe = {k: parameters[k].astype(np.float64).copy() for k in keys}
    grads = numerical_gradient(lambda: cost_fn(probe), [probe[k] for k in keys], eps)
    return {"d" + k: g for k, g in zip(keys, grads)}


def relative_error(a, b):
    a, b = np.ravel(a), np.ravel(b)
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


def assert_gradients_match(grads, approx, parameters):
    for key in parameters:
        assert grads["d" + key].shape == parameters[key].shape, key
        np.testing.assert_allclose(grads["d" + key], approx["d" + key], rtol=1e-5, atol=1e-8, err_msg=key)
    keys = ["d" + k for k in parameters]
    whole = relative_error(np.concatenate([grads[k].ravel() for k in keys]),
                           np.concatenate([approx[k].ravel() for k in keys]))
    assert whole < 1e-7


def random_network(dims, seed):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.normal(scale=0.8, size=(dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(scale=0.3, size=(dims[l], 1))
    return parameters


def binary_data(n_x, m, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n_x, m)), (rng.random((1, m)) < 0.5).astype(float)


def softmax_data(n_x, C, m, seed):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, C, size=m)
    Y = np.zeros((C, m))
    Y[labels, np.arange(m)] = 1.0
    return rng.normal(size=(n_x, m)), Y


# ---- linear_forward / linear_backward ---------------------------------------------------------

def test_linear_forward_hand_example():
    A_prev = np.array([[1.0, 0.0], [2.0, -1.0]])
    W = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])
    b = np.array([[0.5], [1.0], [-1.0]])
    # column 1: (1 + 4 + .5, -2 + 1, 3 + 2 - 1) ; column 2: (0 - 2 + .5, 1 + 1, 0 - 1 - 1)
    Z, cache = h.linear_forward(A_prev, W, b)
    np.testing.assert_array_equal(Z, [[5.5, -1.5], [-1.0, 2.0], [4.0, -2.0]])
    assert cache.A_prev is A_prev and cache.W is W and cache.b is b
    a, w, bias = cache  # and it unpacks in the course's order, (A_prev, W, b)
    assert a is A_prev and w is W and bias is b


def test_linear_backward_hand_example():
    A_prev = np.array([[1.0, 3.0], [2.0, 4.0]])
    W = np.array([[5.0, 6.0]])
    b = np.zeros((1, 1))
    dZ = np.array([[1.0, 2.0]])
    dA_prev, dW, db = h.linear_backward(dZ, (A_prev, W, b))
    # dW = dZ A^T / m = [1*1 + 2*3, 1*2 + 2*4] / 2 ; db = (1 + 2) / 2 ; dA_prev = W^T dZ
    np.testing.assert_array_equal(dW, [[3.5, 5.0]])
    np.testing.assert_array_equal(db, [[1.5]])
    np.testing.assert_array_equal(dA_prev, [[5.0, 10.0], [6.0, 12.0]])


def test_linear_backward_matches_finite_differences():
    # J = sum(Z * R): dJ/dZ = R. The package's convention averages parameter gradients over the
    # m examples (dW = dZ A^T / m), while dA_prev = W^T dZ is per example.
    rng = np.random.default_rng(0)
    A_prev, W, b = rng.normal(size=(4, 5)), rng.normal(size=(3, 4)), rng.normal(size=(3, 1))
    R = rng.normal(size=(3, 5))
    m = A_prev.shape[1]

    def J():
        return float(np.sum(h.linear_forward(A_prev, W, b)[0] * R))

    num_A, num_W, num_b = numerical_gradient(J, [A_prev, W, b])
    _, cache = h.linear_forward(A_prev, W, b)
    dA_prev, dW, db = h.linear_backward(R, cache)
    np.testing.assert_allclose(dA_prev, num_A, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(dW, num_W / m, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(db, num_b / m, rtol=1e-7, atol=1e-9)


# ---- one layer with its activation ------------------------------------------------------------

def test_linear_activation_forward_hand_example():
    A_prev = np.array([[1.0, -1.0], [2.0, 0.5]])
    W = np.array([[1.0, 1.0], [1.0, -2.0]])
    b = np.array([[-3.0], [0.0]])
    # Z = [[0, -3.5], [-3, -2]]
    A, cache = h.linear_activation_forward(A_prev, W, b, "relu")
    np.testing.assert_array_equal(cache.Z, [[0.0, -3.5], [-3.0, -2.0]])
    assert cache.A_prev is A_prev and cache.W is W and cache.b is b and cache.activation == "relu"
    np.testing.assert_array_equal(A, np.zeros((2, 2)))
    A, _ = h.linear_activation_forward(A_prev, W, b, "sigmoid")
    np.testing.assert_allclose(A[0, 0], 0.5, atol=1e-15)
    np.testing.assert_allclose(A[1, 0], 1 / (1 + math.exp(3.0)), rtol=1e-13)
    A, _ = h.linear_activation_forward(A_prev, W, b, "tanh")
    np.testing.assert_allclose(A, np.tanh([[0.0, -3.5], [-3.0, -2.0]]), rtol=1e-14)


@pytest.mark.parametrize("activation", HIDDEN + ["softmax"])
def test_linear_activation_backward_matches_finite_differences(activation):
    rng = np.random.default_rng(1)
    A_prev, W, b = rng.normal(size=(3, 4)), rng.normal(size=(2, 3)), rng.normal(size=(2, 1))
    R = rng.normal(size=(2, 4))
    m = A_prev.shape[1]

    def J():
        return float(np.sum(h.linear_activation_forward(A_prev, W, b, activation)[0] * R))

    num_A, num_W, num_b = numerical_gradient(J, [A_prev, W, b])
    _, cache = h.linear_activation_forward(A_prev, W, b, activation)
    dA_prev, dW, db = h.linear_activation_backward(R, cache, activation)
    np.testing.assert_allclose(dA_prev, num_A, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(dW, num_W / m, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(db, num_b / m, rtol=1e-6, atol=1e-9)


# ---- the whole network ------------------------------------------------------------------------

def test_model_forward_hand_example():
    # relu layer: Z1 = [[1], [-2]] -> A1 = [[1], [0]] ; output: Z2 = 2*1 + 3*0 - 2 = 0 -> 0.5
    X = np.array([[1.0], [2.0]])
    parameters = {"W1": np.array([[1.0, 0.0], [0.0, -1.0]]), "b1": np.zeros((2, 1)),
                  "W2": np.array([[2.0, 3.0]]), "b2": np.array([[-2.0]])}
    AL, caches = h.model_forward(X, parameters)
    np.testing.assert_allclose(AL, [[0.5]], atol=1e-15)
    assert len(caches) == 2
    np.testing.assert_array_equal(caches[0].Z, [[1.0], [-2.0]])
    np.testing.assert_array_equal(caches[1].linear[0], [[1.0], [0.0]])  # A1 fed to layer 2


def test_model_forward_equals_a_loop_written_here():
    X, _ = binary_data(3, 6, seed=2)
    parameters = random_network([3, 5, 4, 1], seed=3)
    A = X
    for l in (1, 2):
        A = np.tanh(parameters[f"W{l}"] @ A + parameters[f"b{l}"])
    expected = 1 / (1 + np.exp(-(parameters["W3"] @ A + parameters["b3"])))
    AL, caches = h.model_forward(X, parameters, hidden_activation="tanh")
    np.testing.assert_allclose(AL, expected, rtol=1e-13)
    assert [c.Z.shape for c in caches] == [(5, 6), (4, 6), (1, 6)]


def test_logistic_regression_gradient_equals_the_lecture_formula():
    # one layer, sigmoid output: dw = X (A - Y)^T / m, db = mean(A - Y)
    X, Y = binary_data(4, 7, seed=4)
    parameters = random_network([4, 1], seed=5)
    AL, caches = h.model_forward(X, parameters)
    grads = h.model_backward(AL, Y, caches)
    A = 1 / (1 + np.exp(-(parameters["W1"] @ X + parameters["b1"])))
    np.testing.assert_allclose(grads["dW1"], ((A - Y) @ X.T) / 7, rtol=1e-12)
    np.testing.assert_allclose(grads["db1"], [[np.mean(A - Y)]], rtol=1e-12)


@pytest.mark.parametrize("hidden", HIDDEN)
def test_model_backward_sigmoid_output_matches_finite_differences(hidden):
    X, Y = binary_data(3, 5, seed=6)
    parameters = random_network([3, 4, 3, 1], seed=7)

    def cost(p):
        return h.compute_cost(h.model_forward(X, p, hidden_activation=hidden)[0], Y)

    AL, caches = h.model_forward(X, parameters, hidden_activation=hidden)
    grads = h.model_backward(AL, Y, caches)
    assert_gradients_match(grads, numerical_parameter_gradients(cost, parameters), parameters)


@pytest.mark.parametrize("hidden", HIDDEN)
def test_model_backward_softmax_output_matches_finite_differences(hidden):
    X, Y = softmax_data(3, 4, 6, seed=8)
    parameters = random_network([3, 5, 4], seed=9)
    options = {"hidden_activation": hidden, "output_activation": "softmax"}

    def cost(p):
        return h.compute_cost(h.model_forward(X, p, **options)[0], Y)

    AL, caches = h.model_forward(X, parameters, **options)
    grads = h.model_backward(AL, Y, caches)
    assert_gradients_match(grads, numerical_parameter_gradients(cost, parameters), parameters)


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_model_backward_with_l2_matches_finite_differences(output):
    if output == "sigmoid":
        X, Y = binary_data(3, 5, seed=10)
        parameters = random_network([3, 4, 1], seed=11)
    else:
        X, Y = softmax_data(3, 3, 5, seed=10)
        parameters = random_network([3, 4, 3], seed=11)
    lambd = 0.7

    def cost(p):
        return h.compute_cost(h.model_forward(X, p, output_activation=output)[0], Y, parameters=p, lambd=lambd)

    AL, caches = h.model_forward(X, parameters, output_activation=output)
    grads = h.model_backward(AL, Y, caches, lambd=lambd)
    assert_gradients_match(grads, numerical_parameter_gradients(cost, parameters), parameters)
    # and the L2 part is exactly (lambd / m) W on top of the unregularized gradient
    plain = h.model_backward(AL, Y, caches)
    np.testing.assert_allclose(grads["dW1"] - plain["dW1"], lambd / 5 * parameters["W1"], rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(grads["db1"], plain["db1"])


@pytest.mark.parametrize("hidden", ["relu", "tanh"])
@pytest.mark.parametrize("lambd", [0.0, 0.3])
def test_model_backward_with_dropout_matches_finite_differences(hidden, lambd):
    # The masks come from rng draws that do not depend on the parameters, so a fresh generator
    # with the same seed in the cost function fixes them.
    X, Y = binary_data(3, 6, seed=12)
    parameters = random_network([3, 6, 5, 1], seed=13)
    options = {"hidden_activation": hidden, "keep_prob": 0.6}

    def cost(p):
        AL, _ = h.model_forward(X, p, rng=np.random.default_rng(42), **options)
        return h.compute_cost(AL, Y, parameters=p, lambd=lambd)

    AL, caches = h.model_forward(X, parameters, rng=np.random.default_rng(42), **options)
    assert any(not c.mask.all() for c in caches[:-1]), "the seed should drop at least one unit"
    grads = h.model_backward(AL, Y, caches, lambd=lambd)
    assert_gradients_match(grads, numerical_parameter_gradients(cost, parameters), parameters)


def test_model_backward_softmax_with_dropout_matches_finite_differences():
    X, Y = softmax_data(4, 3, 5, seed=14)
    parameters = random_network([4, 5, 3], seed=15)
    options = {"output_activation": "softmax", "keep_prob": 0.5}

    def cost(p):
        return h.compute_cost(h.model_forward(X, p, rng=np.random.default_rng(7), **options)[0], Y)

    AL, caches = h.model_forward(X, parameters, rng=np.random.default_rng(7), **options)
    grads = h.model_backward(AL, Y, caches)
    assert_gradients_match(grads, numerical_parameter_gradients(cost, parameters), parameters)


def test_gradients_have_exactly_the_parameter_keys():
    X, Y = binary_data(2, 4, seed=16)
    parameters = random_network([2, 3, 3, 3, 1], seed=17)
    AL, caches = h.model_forward(X, parameters)
    grads = h.model_backward(AL, Y, caches)
    assert sorted(grads) == sorted("d" + k for k in parameters)


# ---- dropout ----------------------------------------------------------------------------------

def test_dropout_masks_are_boolean_and_only_on_hidden_layers():
    X, _ = binary_data(3, 10, seed=18)
    parameters = random_network([3, 8, 8, 1], seed=19)
    _, caches = h.model_forward(X, parameters, keep_prob=0.5, rng=0)
    for cache in caches[:-1]:
        assert cache.mask.dtype == bool
        assert cache.mask.shape == cache.Z.shape
        assert cache.keep_prob == 0.5
    assert caches[-1].mask is None  # the output layer is never dropped


def test_kept_fraction_is_close_to_keep_prob_on_a_large_layer():
    X, _ = binary_data(5, 400, seed=20)
    parameters = random_network([5, 1000, 1], seed=21)
    for keep_prob in (0.3, 0.8):
        _, caches = h.model_forward(X, parameters, keep_prob=keep_prob, rng=1)
        # 400 000 draws: the standard error of the fraction is below 0.001
        assert caches[0].mask.mean() == pytest.approx(keep_prob, abs=0.005)


def test_kept_activations_are_scaled_by_one_over_keep_prob_and_output_is_not_dropped():
    X, _ = binary_data(3, 20, seed=22)
    parameters = random_network([3, 10, 1], seed=23)
    keep_prob = 0.75
    AL, caches = h.model_forward(X, parameters, keep_prob=keep_prob, rng=2)
    mask = caches[0].mask
    A1 = np.maximum(parameters["W1"] @ X + parameters["b1"], 0.0)
    dropped = np.where(mask, A1 / keep_prob, 0.0)
    np.testing.assert_allclose(caches[1].linear[0], dropped, rtol=1e-14)
    expected_AL = 1 / (1 + np.exp(-(parameters["W2"] @ dropped + parameters["b2"])))
    np.testing.assert_allclose(AL, expected_AL, rtol=1e-13)


def test_keep_prob_one_leaves_no_mask():
    X, _ = binary_data(3, 5, seed=24)
    parameters = random_network([3, 4, 4, 1], seed=25)
    AL, caches = h.model_forward(X, parameters, keep_prob=1.0, rng=0)
    assert all(c.mask is None for c in caches)
    np.testing.assert_array_equal(AL, h.model_forward(X, parameters)[0])


def test_same_rng_seed_same_masks_different_seed_different_masks():
    X, _ = binary_data(3, 30, seed=26)
    parameters = random_network([3, 20, 1], seed=27)
    a = h.model_forward(X, parameters, keep_prob=0.5, rng=5)[1][0].mask
    b = h.model_forward(X, parameters, keep_prob=0.5, rng=np.random.default_rng(5))[1][0].mask
    c = h.model_forward(X, parameters, keep_prob=0.5, rng=6)[1][0].mask
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_dropout_keeps_the_expected_activation():
    # E[mask / keep_prob] = 1: averaged over many draws the dropped activation matches the full one
    X, _ = binary_data(2, 1, seed=28)
    parameters = random_network([2, 3, 1], seed=29)
    A1 = np.maximum(parameters["W1"] @ X + parameters["b1"], 0.0)
    rng = np.random.default_rng(8)
    draws = [h.model_forward(X, parameters, keep_prob=0.5, rng=rng)[1][1].linear[0] for _ in range(4000)]
    np.testing.assert_allclose(np.mean(draws, axis=0), A1, rtol=0.08, atol=1e-12)


# ---- predict ----------------------------------------------------------------------------------

def test_predict_binary_hand_example():
    # sigmoid(x1 - x2) > 0.5  <=>  x1 > x2
    X = np.array([[1.0, 0.0, 3.0, -1.0], [0.0, 2.0, 1.0, -2.0]])
    parameters = {"W1": np.array([[1.0, -1.0]]), "b1": np.zeros((1, 1))}
    labels = h.predict(X, parameters)
    np.testing.assert_array_equal(labels, [[1, 0, 1, 1]])
    assert labels.shape == (1, 4) and np.issubdtype(labels.dtype, np.integer)


def test_predict_softmax_gives_the_argmax_class():
    X = np.array([[3.0, 0.0, 1.0, 0.2], [1.0, 0.0, 5.0, 0.1], [2.0, 4.0, 0.0, 0.3]])
    parameters = {"W1": np.eye(3), "b1": np.zeros((3, 1))}
    labels = h.predict(X, parameters, output_activation="softmax")
    np.testing.assert_array_equal(labels, [[0, 2, 1, 2]])
    assert labels.shape == (1, 4) and np.issubdtype(labels.dtype, np.integer)


def test_predict_ignores_keep_prob():
    X, _ = binary_data(3, 50, seed=30)
    parameters = random_network([3, 16, 1], seed=31)
    plain = h.predict(X, parameters)
    np.testing.assert_array_equal(h.predict(X, parameters, keep_prob=0.3, rng=0), plain)
    np.testing.assert_array_equal(h.predict_proba(X, parameters, keep_prob=0.3, rng=0),
                                  h.model_forward(X, parameters)[0])


def test_predict_proba_returns_probabilities():
    X, _ = softmax_data(3, 4, 9, seed=32)
    parameters = random_network([3, 5, 4], seed=33)
    P = h.predict_proba(X, parameters, output_activation="softmax")
    assert P.shape == (4, 9)
    np.testing.assert_allclose(P.sum(axis=0), np.ones(9), atol=1e-12)


# ---- leaky ReLU's slope, named caches, dA on request ----------------------------------------------

@pytest.mark.parametrize("slope", [0.0, 0.2, 0.5])
def test_leaky_slope_reaches_the_forward_pass(slope):
    X, _ = binary_data(3, 7, seed=11)
    parameters = random_network([3, 4, 1], seed=12)
    _, caches = h.model_forward(X, parameters, hidden_activation="leaky_relu", leaky_slope=slope)
    Z1 = parameters["W1"] @ X + parameters["b1"]
    expected_A1 = np.where(Z1 > 0, Z1, slope * Z1)  # the formula, written here
    np.testing.assert_allclose(caches[1].A_prev, expected_A1, rtol=1e-14)
    assert caches[0].leaky_slope == slope


@pytest.mark.parametrize("slope", [0.05, 0.3])
def test_model_backward_with_a_leaky_slope_matches_finite_differences(slope):
    X, Y = binary_data(3, 6, seed=13)
    parameters = random_network([3, 4, 3, 1], seed=14)
    options = {"hidden_activation": "leaky_relu", "leaky_slope": slope}
    AL, caches = h.model_forward(X, parameters, **options)
    grads = h.model_backward(AL, Y, caches)
    approx = numerical_parameter_gradients(lambda p: h.compute_cost(h.model_forward(X, p, **options)[0], Y), parameters)
    assert_gradients_match(grads, approx, parameters)


def test_train_passes_the_leaky_slope_on():
    X, Y = binary_data(2, 40, seed=15)
    _, history = h.train(X, Y, [2, 3, 1], hidden_activation="leaky_relu", leaky_slope=0.2, num_iterations=2)
    assert history["forward_options"]["leaky_slope"] == 0.2
    bad = {"hidden_activation": "leaky_relu", "leaky_slope": 1.5}
    with pytest.raises(ValueError, match="`leaky_slope` must be in"):
        h.train(X, Y, [2, 3, 1], num_iterations=2, **bad)


def test_caches_are_named_and_the_same_type_for_one_layer_and_the_network():
    X, Y = binary_data(3, 5, seed=16)
    parameters = random_network([3, 4, 1], seed=17)
    _, layer_cache = h.linear_activation_forward(X, parameters["W1"], parameters["b1"], "tanh")
    _, caches = h.model_forward(X, parameters, hidden_activation="tanh")
    assert type(layer_cache) is type(caches[0]) is h.LayerCache
    for field in ("A_prev", "W", "b", "Z"):
        np.testing.assert_array_equal(getattr(layer_cache, field), getattr(caches[0], field))
    assert caches[1].A_prev.shape == (4, 5) and caches[1].W is parameters["W2"]
    assert caches[0].linear == (caches[0].A_prev, caches[0].W, caches[0].b)


def test_linear_backward_accepts_the_course_tuple_and_a_layer_cache():
    X, _ = binary_data(3, 5, seed=18)
    parameters = random_network([3, 2, 1], seed=19)
    dZ = np.arange(10.0).reshape(2, 5)
    _, cache = h.linear_activation_forward(X, parameters["W1"], parameters["b1"], "relu")
    from_tuple = h.linear_backward(dZ, (X, parameters["W1"], parameters["b1"]))
    from_cache = h.linear_backward(dZ, cache)
    for a, b in zip(from_tuple, from_cache):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("keep_prob", [1.0, 0.7])
def test_return_dA_gives_the_gradient_with_respect_to_each_layers_activations(keep_prob):
    # dA[l] (course convention, no 1/m) = m * d(mean cost)/d A[l]: perturb A[l] itself by running
    # the rest of the network forward from it, with the same dropout masks.
    X, Y = binary_data(3, 6, seed=20)
    parameters = random_network([3, 4, 3, 1], seed=21)
    AL, caches = h.model_forward(X, parameters, hidden_activation="tanh", keep_prob=keep_prob, rng=5)
    grads = h.model_backward(AL, Y, caches, return_dA=True)
    assert {f"dA{l}" for l in range(3)} <= set(grads)

    def cost_from_layer(l, A):  # run layers l+1 .. L on A (the output of layer l, before its dropout)
        for k in range(l + 1, 4):
            c = caches[k - 1]
            if k - 1 >= 1 and caches[k - 2].mask is not None:
                A = A * caches[k - 2].mask / keep_prob
            Z = c.W @ A + c.b
            A = np.tanh(Z) if k < 3 else 1 / (1 + np.exp(-Z))
        return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))

    m = X.shape[1]
    for l in (1, 2):
        A_l = np.tanh(caches[l - 1].Z)  # layer l's activations before dropout
        approx = numerical_gradient(lambda: cost_from_layer(l, A_l), [A_l])[0]
        np.testing.assert_allclose(grads[f"dA{l}"], m * approx, rtol=1e-5, atol=1e-8)
    A_0 = X.copy()  # dA0: the gradient with respect to the input
    approx = numerical_gradient(lambda: cost_from_layer(0, A_0), [A_0])[0]
    np.testing.assert_allclose(grads["dA0"], m * approx, rtol=1e-5, atol=1e-8)


def test_return_dA_off_by_default():
    X, Y = binary_data(3, 6, seed=22)
    parameters = random_network([3, 4, 1], seed=23)
    AL, caches = h.model_forward(X, parameters)
    assert not any(key.startswith("dA") for key in h.model_backward(AL, Y, caches))
