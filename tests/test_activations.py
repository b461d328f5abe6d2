"""Activations and their derivatives: hand-worked values, central finite differences in float64,
numerical stability for |z| up to 1e4, shapes.

Every expected number below is worked out by hand (or with a second formula written here), never
copied from running helpers."""
import math

import numpy as np
import pytest

import helpers as h

ELEMENTWISE = {
    "sigmoid": (h.sigmoid, h.sigmoid_backward),
    "tanh": (h.tanh, h.tanh_backward),
    "relu": (h.relu, h.relu_backward),
    "leaky_relu": (h.leaky_relu, h.leaky_relu_backward),
}


def away_from_zero(shape, seed):
    """Random float64 values with |z| in [0.2, 3], so that no finite difference straddles relu's kink."""
    rng = np.random.default_rng(seed)
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(0.2, 3.0, size=shape)


def central_difference_of_sum(forward, Z, weights, eps=1e-6):
    """d/dZ of sum(weights * forward(Z)), entry by entry, by central differences (float64)."""
    grad = np.zeros_like(Z)
    for index in np.ndindex(*Z.shape):
        plus, minus = Z.copy(), Z.copy()
        plus[index] += eps
        minus[index] -= eps
        grad[index] = (np.sum(weights * forward(plus)) - np.sum(weights * forward(minus))) / (2 * eps)
    return grad


# ---- hand-worked values -----------------------------------------------------------------------

def test_sigmoid_hand_values():
    # sigma(0) = 1/2; sigma(ln 3) = 1 / (1 + 1/3) = 3/4; sigma(-ln 3) = 1/4
    Z = np.array([[0.0, math.log(3.0), -math.log(3.0)]])
    np.testing.assert_allclose(h.sigmoid(Z), [[0.5, 0.75, 0.25]], rtol=0, atol=1e-15)


def test_sigmoid_backward_hand_values():
    # sigma'(z) = s (1 - s): at 0 it is 1/4, at ln 3 it is 3/4 * 1/4 = 3/16; times dA
    Z = np.array([[0.0, math.log(3.0)]])
    dA = np.array([[2.0, -4.0]])
    np.testing.assert_allclose(h.sigmoid_backward(dA, Z), [[0.5, -0.75]], rtol=0, atol=1e-15)


def test_tanh_hand_values():
    # tanh(ln 2) = (2 - 1/2) / (2 + 1/2) = 0.6 ; tanh'(ln 2) = 1 - 0.36 = 0.64
    Z = np.array([[math.log(2.0), 0.0, -math.log(2.0)]])
    np.testing.assert_allclose(h.tanh(Z), [[0.6, 0.0, -0.6]], rtol=0, atol=1e-15)
    np.testing.assert_allclose(h.tanh_backward(np.ones((1, 3)), Z), [[0.64, 1.0, 0.64]], rtol=0, atol=1e-15)


def test_relu_hand_values():
    Z = np.array([[-2.0, 0.0, 3.5], [1.0, -0.5, 0.25]])
    np.testing.assert_array_equal(h.relu(Z), [[0.0, 0.0, 3.5], [1.0, 0.0, 0.25]])
    dA = np.array([[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]])
    # derivative 1 for z > 0, 0 for z < 0, and 0 at z = 0 (the lectures' convention)
    np.testing.assert_array_equal(h.relu_backward(dA, Z), [[0.0, 0.0, 30.0], [40.0, 0.0, 60.0]])


def test_leaky_relu_hand_values():
    Z = np.array([[-2.0, 0.0, 3.0]])
    np.testing.assert_allclose(h.leaky_relu(Z), [[-0.02, 0.0, 3.0]], rtol=0, atol=1e-15)
    np.testing.assert_allclose(h.leaky_relu(Z, slope=0.5), [[-1.0, 0.0, 3.0]], rtol=0, atol=1e-15)
    dA = np.array([[10.0, 10.0, 10.0]])
    np.testing.assert_allclose(h.leaky_relu_backward(dA, Z), [[0.1, 0.1, 10.0]], rtol=0, atol=1e-15)
    np.testing.assert_allclose(h.leaky_relu_backward(dA, Z, slope=0.5), [[5.0, 5.0, 10.0]], rtol=0, atol=1e-15)


def test_softmax_hand_values():
    # e^5 = 148.4132, e^2 = 7.3891, e^-1 = 0.3679, e^3 = 20.0855; sum = 176.2557
    # -> 0.8420, 0.0419, 0.0021, 0.1140
    Z = np.array([[5.0], [2.0], [-1.0], [3.0]])
    expected = np.array([[0.842], [0.042], [0.002], [0.114]])
    np.testing.assert_allclose(h.softmax(Z), expected, atol=6e-4)
    # and to full precision from the definition, written out here
    e = np.array([math.exp(5), math.exp(2), math.exp(-1), math.exp(3)])
    np.testing.assert_allclose(h.softmax(Z)[:, 0], e / e.sum(), rtol=1e-14)


def test_softmax_works_per_column_not_over_the_whole_array():
    # Column 1: equal logits -> 1/2, 1/2. Column 2: logits ln 1, ln 3 -> 1/4, 3/4.
    Z = np.array([[7.0, 0.0], [7.0, math.log(3.0)]])
    np.testing.assert_allclose(h.softmax(Z), [[0.5, 0.25], [0.5, 0.75]], rtol=0, atol=1e-15)


def test_softmax_is_unchanged_by_a_constant_added_to_a_column():
    Z = away_from_zero((3, 4), seed=1)
    shifted = Z + np.array([[100.0, -50.0, 0.0, 700.0]])
    np.testing.assert_allclose(h.softmax(shifted), h.softmax(Z), rtol=1e-12, atol=1e-15)


def test_softmax_of_a_1d_vector_is_one_distribution():
    z = np.array([0.0, math.log(3.0)])
    np.testing.assert_allclose(h.softmax(z), [0.25, 0.75], rtol=0, atol=1e-15)


def test_softmax_backward_hand_value():
    # Two classes with a = (1/4, 3/4) and dA = (1, 0):
    # dz = a * (dA - sum a dA) = (1/4 * (1 - 1/4), 3/4 * (0 - 1/4)) = (3/16, -3/16)
    Z = np.array([[0.0], [math.log(3.0)]])
    np.testing.assert_allclose(h.softmax_backward(np.array([[1.0], [0.0]]), Z), [[3 / 16], [-3 / 16]], atol=1e-15)


def test_softmax_columns_sum_to_one_and_are_non_negative():
    Z = np.random.default_rng(3).normal(scale=20.0, size=(6, 50))
    A = h.softmax(Z)
    assert np.all(A >= 0)
    np.testing.assert_allclose(A.sum(axis=0), np.ones(50), rtol=0, atol=1e-12)


def test_integer_input_is_converted_to_float():
    np.testing.assert_allclose(h.sigmoid(np.array([[0, 0]])), [[0.5, 0.5]])
    np.testing.assert_allclose(h.relu(np.array([[-1, 2]])), [[0.0, 2.0]])


# ---- finite differences -----------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_elementwise_backward_matches_central_differences(name):
    forward, backward = ELEMENTWISE[name]
    Z = away_from_zero((3, 5), seed=10)
    dA = np.random.default_rng(11).normal(size=(3, 5))
    expected = central_difference_of_sum(forward, Z, dA)
    np.testing.assert_allclose(backward(dA, Z), expected, rtol=1e-7, atol=1e-9)


def test_leaky_relu_backward_with_another_slope_matches_central_differences():
    Z = away_from_zero((2, 6), seed=12)
    dA = np.random.default_rng(13).normal(size=(2, 6))
    expected = central_difference_of_sum(lambda z: h.leaky_relu(z, slope=0.3), Z, dA)
    np.testing.assert_allclose(h.leaky_relu_backward(dA, Z, slope=0.3), expected, rtol=1e-7, atol=1e-9)


def test_softmax_backward_matches_central_differences_of_the_full_jacobian():
    # softmax couples the entries of a column, so every entry of Z is perturbed on its own
    Z = np.random.default_rng(14).normal(size=(4, 3))
    dA = np.random.default_rng(15).normal(size=(4, 3))
    expected = central_difference_of_sum(h.softmax, Z, dA)
    np.testing.assert_allclose(h.softmax_backward(dA, Z), expected, rtol=1e-6, atol=1e-9)


def test_sigmoid_derivative_equals_its_second_formula():
    # sigma'(z) = e^-z / (1 + e^-z)^2, written independently of s (1 - s)
    z = np.linspace(-6, 6, 25).reshape(1, -1)
    independent = np.exp(-z) / (1 + np.exp(-z)) ** 2
    np.testing.assert_allclose(h.sigmoid_backward(np.ones_like(z), z), independent, rtol=1e-12)


def test_tanh_derivative_equals_its_second_formula():
    # tanh'(z) = 1 / cosh(z)^2
    z = np.linspace(-5, 5, 21).reshape(1, -1)
    np.testing.assert_allclose(h.tanh_backward(np.ones_like(z), z), 1 / np.cosh(z) ** 2, rtol=1e-12)


# ---- stability and shapes ---------------------------------------------------------------------

LARGE = np.array([[-1e4, -1000.0, -745.0, -40.0, 0.0, 40.0, 745.0, 1000.0, 1e4]])


@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_no_warning_and_finite_for_large_inputs(name):
    # pyproject's filterwarnings turns any RuntimeWarning (overflow) into an error here
    forward, backward = ELEMENTWISE[name]
    A = forward(LARGE)
    dZ = backward(np.ones_like(LARGE), LARGE)
    assert np.isfinite(A).all() and np.isfinite(dZ).all()


def test_sigmoid_saturates_at_0_and_1_for_large_inputs():
    A = h.sigmoid(LARGE)
    assert A[0, 0] == 0.0 and A[0, -1] == 1.0
    assert np.all((A >= 0) & (A <= 1))
    assert np.all(np.diff(A[0]) >= 0)  # monotone


def test_softmax_no_warning_for_large_logits():
    Z = np.array([[1e4, -1e4, 0.0], [-1e4, 1e4, 0.0], [0.0, 0.0, 1e4]])
    A = h.softmax(Z)
    assert np.isfinite(A).all()
    np.testing.assert_allclose(A, np.eye(3), atol=1e-300)
    dZ = h.softmax_backward(np.ones_like(Z), Z)
    assert np.isfinite(dZ).all()


@pytest.mark.parametrize("shape", [(1,), (3, 1), (1, 7), (4, 5), (2, 3, 4)])
@pytest.mark.parametrize("name", sorted(ELEMENTWISE))
def test_shapes_are_preserved(name, shape):
    forward, backward = ELEMENTWISE[name]
    Z = np.random.default_rng(0).normal(size=shape)
    assert forward(Z).shape == shape
    assert backward(np.ones(shape), Z).shape == shape


@pytest.mark.parametrize("shape", [(2, 1), (5, 3), (10, 64)])
def test_softmax_shapes_are_preserved(shape):
    Z = np.random.default_rng(0).normal(size=shape)
    assert h.softmax(Z).shape == shape
    assert h.softmax_backward(np.ones(shape), Z).shape == shape


@pytest.mark.parametrize("backward", [h.sigmoid_backward, h.tanh_backward, h.relu_backward,
                                      h.leaky_relu_backward, h.softmax_backward])
def test_backward_rejects_dA_of_another_shape(backward):
    with pytest.raises(ValueError, match="dA"):
        backward(np.ones((2, 3)), np.zeros((3, 2)))
