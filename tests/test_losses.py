"""compute_cost and l2_penalty: hand-worked values, the L2 term recomputed independently, log(0)
never reached, and the gradient of the whole cost (L2 included) against central differences."""
import math

import numpy as np
import pytest

import helpers as h


def test_binary_cross_entropy_hand_value():
    # -(ln 0.8 + ln(1 - 0.4)) / 2 = (0.22314355 + 0.51082562) / 2 = 0.36698459
    AL = np.array([[0.8, 0.4]])
    Y = np.array([[1.0, 0.0]])
    assert h.compute_cost(AL, Y) == pytest.approx(0.36698459, abs=1e-8)
    assert h.compute_cost(AL, Y) == pytest.approx(-(math.log(0.8) + math.log(0.6)) / 2, rel=1e-14)


def test_binary_cross_entropy_of_one_half_is_ln_2():
    AL = np.full((1, 5), 0.5)
    Y = np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
    assert h.compute_cost(AL, Y) == pytest.approx(math.log(2.0), rel=1e-14)


def test_categorical_cross_entropy_hand_value():
    # Only the probability of the true class counts:
    # -(ln 0.7 + ln 0.3) / 2 = (0.35667494 + 1.20397280) / 2 = 0.78032387
    AL = np.array([[0.7, 0.2], [0.2, 0.5], [0.1, 0.3]])
    Y = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    assert h.compute_cost(AL, Y) == pytest.approx(0.78032387, abs=1e-8)
    assert h.compute_cost(AL, Y) == pytest.approx(-(math.log(0.7) + math.log(0.3)) / 2, rel=1e-14)


def test_categorical_with_two_rows_equals_the_binary_cost():
    # two-class softmax with rows (1 - a, a) is the binary cross-entropy of a
    a = np.array([[0.9, 0.2, 0.6]])
    y = np.array([[1.0, 0.0, 0.0]])
    two_rows = h.compute_cost(np.vstack([1 - a, a]), np.vstack([1 - y, y]))
    assert two_rows == pytest.approx(h.compute_cost(a, y), rel=1e-13)


def test_cost_is_a_python_float():
    assert type(h.compute_cost(np.array([[0.3]]), np.array([[1.0]]))) is float


def l2_by_hand(parameters, lambd, m):
    total = 0.0
    for key, W in parameters.items():
        if key.startswith("W"):
            total += sum(float(w) ** 2 for w in W.ravel())
    return lambd / (2 * m) * total


def test_l2_term_equals_lambd_over_2m_times_the_squared_weights():
    parameters = {"W1": np.array([[1.0, -2.0], [0.5, 0.0]]), "b1": np.array([[100.0], [100.0]]),
                  "W2": np.array([[3.0, 1.0]]), "b2": np.array([[-50.0]])}
    AL = np.array([[0.8, 0.4, 0.5]])
    Y = np.array([[1.0, 0.0, 1.0]])
    # sum of squares = 1 + 4 + 0.25 + 0 + 9 + 1 = 15.25 ; biases are not penalized
    expected_l2 = 0.6 / (2 * 3) * 15.25
    assert expected_l2 == pytest.approx(l2_by_hand(parameters, 0.6, 3))
    with_l2 = h.compute_cost(AL, Y, parameters=parameters, lambd=0.6)
    assert with_l2 - h.compute_cost(AL, Y) == pytest.approx(expected_l2, rel=1e-13)
    assert h.l2_penalty(parameters, 0.6, 3) == pytest.approx(expected_l2, rel=1e-13)


def test_l2_term_on_random_weights():
    rng = np.random.default_rng(0)
    parameters = {"W1": rng.normal(size=(4, 3)), "b1": rng.normal(size=(4, 1)),
                  "W2": rng.normal(size=(2, 4)), "b2": rng.normal(size=(2, 1)),
                  "W3": rng.normal(size=(1, 2)), "b3": rng.normal(size=(1, 1))}
    AL = rng.uniform(0.1, 0.9, size=(1, 7))
    Y = (rng.random((1, 7)) < 0.5).astype(float)
    difference = h.compute_cost(AL, Y, parameters=parameters, lambd=1.3) - h.compute_cost(AL, Y)
    assert difference == pytest.approx(l2_by_hand(parameters, 1.3, 7), rel=1e-12)


def test_lambd_zero_needs_no_parameters():
    AL, Y = np.array([[0.8]]), np.array([[1.0]])
    assert h.compute_cost(AL, Y, lambd=0.0) == pytest.approx(-math.log(0.8))


@pytest.mark.parametrize("AL, Y", [
    (np.array([[0.0, 1.0]]), np.array([[1.0, 0.0]])),   # confidently wrong both ways
    (np.array([[0.0], [1.0]]), np.array([[1.0], [0.0]])),  # softmax, true class gets 0
])
def test_confidently_wrong_output_is_finite_and_large(AL, Y):
    cost = h.compute_cost(AL, Y)
    assert np.isfinite(cost)
    # log of the smallest positive float64 is about -708
    assert 500 < cost < 1000


def test_confidently_right_output_costs_nothing():
    assert h.compute_cost(np.array([[0.0, 1.0]]), np.array([[0.0, 1.0]])) == 0.0
    assert h.compute_cost(np.array([[1.0], [0.0]]), np.array([[1.0], [0.0]])) == 0.0


def test_float32_output_at_zero_is_finite():
    cost = h.compute_cost(np.array([[0.0, 1.0]], dtype=np.float32), np.array([[1.0, 0.0]], dtype=np.float32))
    assert np.isfinite(cost) and cost > 50


def test_cost_gradient_including_l2_matches_finite_differences():
    """model_backward gives the gradient of exactly compute_cost(..., lambd), checked here by hand."""
    rng = np.random.default_rng(3)
    X = rng.normal(size=(3, 6))
    Y = (rng.random((1, 6)) < 0.5).astype(float)
    parameters = {"W1": rng.normal(size=(4, 3)), "b1": rng.normal(size=(4, 1)),
                  "W2": rng.normal(size=(1, 4)), "b2": rng.normal(size=(1, 1))}
    lambd, eps = 2.0, 1e-6

    def cost(p):
        return h.compute_cost(h.model_forward(X, p, hidden_activation="tanh")[0], Y, parameters=p, lambd=lambd)

    AL, caches = h.model_forward(X, parameters, hidden_activation="tanh")
    grads = h.model_backward(AL, Y, caches, lambd=lambd)
    for key, value in parameters.items():
        numeric = np.zeros_like(value)
        for index in np.ndindex(*value.shape):
            plus = {k: v.copy() for k, v in parameters.items()}
            minus = {k: v.copy() for k, v in parameters.items()}
            plus[key][index] += eps
            minus[key][index] -= eps
            numeric[index] = (cost(plus) - cost(minus)) / (2 * eps)
        np.testing.assert_allclose(grads["d" + key], numeric, rtol=1e-6, atol=1e-9, err_msg=key)


def test_cost_from_logits_is_exact_where_probabilities_saturate():
    # z = -50 with y = 1 and z = 60 with y = 0: each loss is log(1 + e^50) ~ 50 and log(1 + e^60) ~ 60
    Z = np.array([[-50.0, 60.0]])
    Y = np.array([[1.0, 0.0]])
    expected = (50.0 + np.log1p(np.exp(-50.0)) + 60.0 + np.log1p(np.exp(-60.0))) / 2
    assert h.cost_from_logits(Z, Y) == pytest.approx(expected, rel=1e-12)


def test_cost_from_logits_equals_compute_cost_away_from_saturation():
    rng = np.random.default_rng(3)
    Z = rng.normal(size=(1, 7))
    Y = (rng.random((1, 7)) > 0.5).astype(float)
    assert h.cost_from_logits(Z, Y) == pytest.approx(h.compute_cost(h.sigmoid(Z), Y), rel=1e-10)
    Zc = rng.normal(size=(4, 7))
    Yc = np.eye(4)[:, rng.integers(0, 4, 7)]
    # softmax cross-entropy written out: -sum y log(e^z / sum e^z)
    P = np.exp(Zc) / np.exp(Zc).sum(axis=0)
    assert h.cost_from_logits(Zc, Yc, "softmax") == pytest.approx(-np.sum(Yc * np.log(P)) / 7, rel=1e-10)
