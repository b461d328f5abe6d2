"""Optimizer updates recomputed independently with plain NumPy loops over several steps, from the
formulas in design.md; mini-batches as a shuffled partition."""
import math

import numpy as np
import pytest

import helpers as h

SHAPES = {"W1": (3, 2), "b1": (3, 1), "W2": (1, 3), "b2": (1, 1)}
STEPS = 6


def start_and_gradients(seed=0):
    rng = np.random.default_rng(seed)
    parameters = {k: rng.normal(size=s) for k, s in SHAPES.items()}
    gradients = [{"d" + k: rng.normal(size=s) for k, s in SHAPES.items()} for _ in range(STEPS)]
    return parameters, gradients


def run(optimizer, parameters, gradients):
    path = []
    for grads in gradients:
        parameters = optimizer.update(parameters, grads)
        path.append(parameters)
    return path


def assert_paths_equal(path, expected):
    assert len(path) == len(expected)
    for step, (got, want) in enumerate(zip(path, expected)):
        assert sorted(got) == sorted(want)
        for key in want:
            np.testing.assert_allclose(got[key], want[key], rtol=1e-12, atol=1e-15, err_msg=f"step {step + 1} {key}")


def test_gradient_descent_matches_the_formula():
    parameters, gradients = start_and_gradients()
    lr = 0.05
    w = {k: v.copy() for k, v in parameters.items()}
    expected = []
    for grads in gradients:
        for k in w:
            w[k] = w[k] - lr * grads["d" + k]
        expected.append({k: v.copy() for k, v in w.items()})
    assert_paths_equal(run(h.GradientDescent(lr), parameters, gradients), expected)


@pytest.mark.parametrize("beta", [0.0, 0.5, 0.9])
def test_momentum_matches_the_formula(beta):
    parameters, gradients = start_and_gradients(1)
    lr = 0.1
    w = {k: v.copy() for k, v in parameters.items()}
    v = {k: np.zeros(s) for k, s in SHAPES.items()}
    expected = []
    for grads in gradients:
        for k in w:
            v[k] = beta * v[k] + (1 - beta) * grads["d" + k]
            w[k] = w[k] - lr * v[k]
        expected.append({k: a.copy() for k, a in w.items()})
    assert_paths_equal(run(h.Momentum(lr, beta=beta), parameters, gradients), expected)


@pytest.mark.parametrize("beta, epsilon", [(0.999, 1e-8), (0.9, 1e-8), (0.5, 0.3)])
def test_rmsprop_matches_the_formula(beta, epsilon):
    parameters, gradients = start_and_gradients(2)
    lr = 0.01
    w = {k: v.copy() for k, v in parameters.items()}
    s = {k: np.zeros(sh) for k, sh in SHAPES.items()}
    expected = []
    for grads in gradients:
        for k in w:
            g = grads["d" + k]
            s[k] = beta * s[k] + (1 - beta) * g ** 2
            w[k] = w[k] - lr * g / (np.sqrt(s[k]) + epsilon)
        expected.append({k: a.copy() for k, a in w.items()})
    assert_paths_equal(run(h.RMSProp(lr, beta=beta, epsilon=epsilon), parameters, gradients), expected)


@pytest.mark.parametrize("beta1, beta2, epsilon", [(0.9, 0.999, 1e-8), (0.8, 0.95, 1e-8), (0.5, 0.6, 0.5)])
def test_adam_matches_the_formula(beta1, beta2, epsilon):
    parameters, gradients = start_and_gradients(3)
    lr = 0.02
    w = {k: v.copy() for k, v in parameters.items()}
    v = {k: np.zeros(sh) for k, sh in SHAPES.items()}
    s = {k: np.zeros(sh) for k, sh in SHAPES.items()}
    expected = []
    for t, grads in enumerate(gradients, start=1):
        for k in w:
            g = grads["d" + k]
            v[k] = beta1 * v[k] + (1 - beta1) * g
            s[k] = beta2 * s[k] + (1 - beta2) * g * g
            v_hat = v[k] / (1 - beta1 ** t)
            s_hat = s[k] / (1 - beta2 ** t)
            w[k] = w[k] - lr * v_hat / (np.sqrt(s_hat) + epsilon)
        expected.append({k: a.copy() for k, a in w.items()})
    optimizer = h.Adam(lr, beta1=beta1, beta2=beta2, epsilon=epsilon)
    assert_paths_equal(run(optimizer, parameters, gradients), expected)
    assert optimizer.t == STEPS


# ---- hand-worked single steps -----------------------------------------------------------------

def one_weight(value):
    return {"w": np.array([[value]])}


def test_first_momentum_step_starts_from_zero_velocity():
    # v1 = 0.9 * 0 + 0.1 * 4 = 0.4 ; w = 1 - 0.5 * 0.4 = 0.8
    new = h.Momentum(0.5, beta=0.9).update(one_weight(1.0), {"dw": np.array([[4.0]])})
    assert new["w"][0, 0] == pytest.approx(0.8, abs=1e-15)


def test_second_momentum_step_hand_value():
    # v1 = 0.4 ; v2 = 0.9 * 0.4 + 0.1 * (-2) = 0.16 ; w = 0.8 - 0.5 * 0.16 = 0.72
    optimizer = h.Momentum(0.5, beta=0.9)
    p = optimizer.update(one_weight(1.0), {"dw": np.array([[4.0]])})
    p = optimizer.update(p, {"dw": np.array([[-2.0]])})
    assert p["w"][0, 0] == pytest.approx(0.72, abs=1e-15)


def test_first_rmsprop_step_hand_value():
    # s1 = 0.25 * 2^2 = 1 ; w = 3 - 0.1 * 2 / (sqrt(1) + 1) = 2.9
    new = h.RMSProp(0.1, beta=0.75, epsilon=1.0).update(one_weight(3.0), {"dw": np.array([[2.0]])})
    assert new["w"][0, 0] == pytest.approx(2.9, abs=1e-15)


def test_first_adam_step_is_bias_corrected_with_epsilon_outside_the_sqrt():
    # t = 1: v_hat = g = 4, s_hat = g^2 = 16 ; step = 0.1 * 4 / (sqrt(16) + 1) = 0.08
    # (epsilon inside the root would give 0.1 * 4 / sqrt(17) = 0.0970; no bias correction would
    # give 0.1 * 0.4 / (sqrt(0.016) + 1) = 0.0345)
    new = h.Adam(0.1, beta1=0.9, beta2=0.999, epsilon=1.0).update(one_weight(1.0), {"dw": np.array([[4.0]])})
    assert new["w"][0, 0] == pytest.approx(0.92, abs=1e-14)


def test_adam_first_step_is_about_the_learning_rate_times_the_sign():
    new = h.Adam(0.01).update({"w": np.array([[0.0, 0.0]])}, {"dw": np.array([[3.0, -0.002]])})
    np.testing.assert_allclose(new["w"], [[-0.01, 0.01]], rtol=1e-4)


@pytest.mark.parametrize("make", [
    lambda: h.GradientDescent(0.1), lambda: h.Momentum(0.1), lambda: h.RMSProp(0.1), lambda: h.Adam(0.1),
])
def test_update_does_not_modify_its_inputs(make):
    parameters, gradients = start_and_gradients(4)
    before_p = {k: v.copy() for k, v in parameters.items()}
    before_g = {k: v.copy() for k, v in gradients[0].items()}
    optimizer = make()
    new = optimizer.update(parameters, gradients[0])
    optimizer.update(new, gradients[1])
    for key in parameters:
        np.testing.assert_array_equal(parameters[key], before_p[key])
        np.testing.assert_array_equal(gradients[0]["d" + key], before_g["d" + key])
        assert new[key] is not parameters[key]


def test_learning_rate_attribute_can_change_between_steps():
    optimizer = h.GradientDescent(0.5)
    p = optimizer.update(one_weight(1.0), {"dw": np.array([[1.0]])})
    optimizer.learning_rate = 0.25
    p = optimizer.update(p, {"dw": np.array([[1.0]])})
    assert p["w"][0, 0] == pytest.approx(1.0 - 0.5 - 0.25)


def test_state_is_kept_per_parameter_name():
    # Momentum on two tensors with different gradients: each has its own velocity
    optimizer = h.Momentum(1.0, beta=0.5)
    p = optimizer.update({"a": np.zeros((1, 1)), "b": np.zeros((1, 1))},
                         {"da": np.array([[2.0]]), "db": np.array([[-4.0]])})
    # v_a = 1, v_b = -2
    assert (p["a"][0, 0], p["b"][0, 0]) == (-1.0, 2.0)


# ---- mini-batches -----------------------------------------------------------------------------

def labelled_columns(m):
    # Y is a function of X's column, so alignment after shuffling can be checked
    X = np.vstack([np.arange(m, dtype=float), np.arange(m, dtype=float) ** 2])
    Y = 3.0 * X[:1] + 1.0
    return X, Y


@pytest.mark.parametrize("m, batch_size", [(148, 64), (128, 64), (10, 3), (5, 7), (1, 1)])
def test_mini_batches_are_a_partition_with_aligned_labels(m, batch_size):
    X, Y = labelled_columns(m)
    batches = h.random_mini_batches(X, Y, batch_size, seed=1)
    assert len(batches) == math.ceil(m / batch_size)
    sizes = [b[0].shape[1] for b in batches]
    last = m % batch_size or batch_size
    assert sizes == [batch_size] * (len(batches) - 1) + [min(last, m)]
    columns = np.concatenate([b[0][0] for b in batches])
    np.testing.assert_array_equal(np.sort(columns), np.arange(m))  # every column exactly once
    for X_t, Y_t in batches:
        assert X_t.shape[0] == 2 and Y_t.shape == (1, X_t.shape[1])
        np.testing.assert_array_equal(Y_t, 3.0 * X_t[:1] + 1.0)
        np.testing.assert_array_equal(X_t[1], X_t[0] ** 2)


def test_mini_batches_are_shuffled():
    X, Y = labelled_columns(148)
    columns = np.concatenate([b[0][0] for b in h.random_mini_batches(X, Y, 64, seed=0)])
    assert not np.array_equal(columns, np.arange(148))


def test_mini_batches_are_deterministic_for_a_seed_and_differ_between_seeds():
    X, Y = labelled_columns(100)
    first = [b[0] for b in h.random_mini_batches(X, Y, 32, seed=5)]
    again = [b[0] for b in h.random_mini_batches(X, Y, 32, seed=5)]
    other = [b[0] for b in h.random_mini_batches(X, Y, 32, seed=6)]
    for a, b in zip(first, again):
        np.testing.assert_array_equal(a, b)
    assert not all(np.array_equal(a, b) for a, b in zip(first, other))


def test_one_hot_labels_stay_aligned():
    m = 30
    X = np.arange(m, dtype=float).reshape(1, -1)
    Y = np.zeros((3, m))
    Y[np.arange(m) % 3, np.arange(m)] = 1.0
    for X_t, Y_t in h.random_mini_batches(X, Y, 8, seed=2):
        np.testing.assert_array_equal(Y_t.argmax(axis=0), X_t[0].astype(int) % 3)
