"""initialize_parameters: shapes, zero biases, the spread of each method, reproducibility."""
import math

import numpy as np
import pytest

import helpers as h

METHODS = ["zeros", "random", "xavier", "he"]


@pytest.mark.parametrize("method", METHODS)
def test_shapes_follow_layer_dims(method):
    dims = [5, 4, 3, 1]
    parameters = h.initialize_parameters(dims, method, seed=0)
    assert sorted(parameters) == ["W1", "W2", "W3", "b1", "b2", "b3"]
    for l in range(1, len(dims)):
        assert parameters[f"W{l}"].shape == (dims[l], dims[l - 1])
        assert parameters[f"b{l}"].shape == (dims[l], 1)
        assert parameters[f"W{l}"].dtype == np.float64


@pytest.mark.parametrize("method", METHODS)
def test_biases_start_at_zero(method):
    parameters = h.initialize_parameters([3, 6, 2], method, seed=4)
    assert not parameters["b1"].any() and not parameters["b2"].any()


def test_zeros_method_gives_all_zero_weights():
    parameters = h.initialize_parameters([4, 3, 2], "zeros")
    assert all(not p.any() for p in parameters.values())


def test_one_layer_network():
    parameters = h.initialize_parameters([7, 1], "he", seed=0)
    assert sorted(parameters) == ["W1", "b1"]
    assert parameters["W1"].shape == (1, 7)


# Large layers so that the empirical standard deviation is within a few per cent:
# with N = 500 * 400 draws its relative standard error is about 1 / sqrt(2N) = 0.16 %.
@pytest.mark.parametrize(
    "method, expected_std",
    [
        ("random", lambda n_prev: 0.01),
        ("xavier", lambda n_prev: math.sqrt(1.0 / n_prev)),
        ("he", lambda n_prev: math.sqrt(2.0 / n_prev)),
    ],
)
def test_weight_spread_matches_the_method(method, expected_std):
    dims = [500, 400, 300]
    parameters = h.initialize_parameters(dims, method, seed=1)
    for l in (1, 2):
        W = parameters[f"W{l}"]
        assert abs(W.mean()) < 0.05 * expected_std(dims[l - 1])
        assert W.std() == pytest.approx(expected_std(dims[l - 1]), rel=0.03)


def test_random_method_uses_scale():
    parameters = h.initialize_parameters([400, 300], "random", scale=10.0, seed=2)
    assert parameters["W1"].std() == pytest.approx(10.0, rel=0.03)


def test_xavier_and_he_differ_by_sqrt_2_for_the_same_seed():
    # Both draw N(0, 1) and multiply: he / xavier = sqrt(2 / n) / sqrt(1 / n) = sqrt(2) exactly.
    xavier = h.initialize_parameters([30, 20, 10], "xavier", seed=5)
    he = h.initialize_parameters([30, 20, 10], "he", seed=5)
    for key in ("W1", "W2"):
        np.testing.assert_allclose(he[key], math.sqrt(2.0) * xavier[key], rtol=1e-12)


def test_same_seed_same_parameters():
    a = h.initialize_parameters([6, 5, 1], "he", seed=7)
    b = h.initialize_parameters([6, 5, 1], "he", seed=7)
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])


def test_different_seeds_different_weights():
    a = h.initialize_parameters([6, 5, 1], "he", seed=7)
    b = h.initialize_parameters([6, 5, 1], "he", seed=8)
    assert not np.array_equal(a["W1"], b["W1"])


def test_generator_can_be_passed_as_seed():
    a = h.initialize_parameters([6, 5, 1], "he", seed=np.random.default_rng(3))
    b = h.initialize_parameters([6, 5, 1], "he", seed=3)
    np.testing.assert_array_equal(a["W1"], b["W1"])


def test_initialization_does_not_touch_global_random_state():
    state = np.random.get_state()[1].copy()
    h.initialize_parameters([10, 10, 1], "he", seed=0)
    np.testing.assert_array_equal(np.random.get_state()[1], state)


def test_batch_norm_layers_get_gamma_and_beta_instead_of_b():
    parameters = h.initialize_parameters([3, 4, 2, 1], "he", seed=0, batch_norm=True)
    assert sorted(parameters) == ["W1", "W2", "W3", "b3", "beta1", "beta2", "gamma1", "gamma2"]
    np.testing.assert_array_equal(parameters["gamma1"], np.ones((4, 1)))
    np.testing.assert_array_equal(parameters["beta2"], np.zeros((2, 1)))
