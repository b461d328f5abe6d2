"""gradient_check and friends on a quadratic cost defined here, whose exact gradient is known."""
import math

import numpy as np
import pytest

import helpers as h

RNG = np.random.default_rng(0)
PARAMETERS = {"W1": RNG.normal(size=(3, 2)), "b1": RNG.normal(size=(3, 1)),
              "W2": RNG.normal(size=(1, 3)), "b2": RNG.normal(size=(1, 1))}
COEFFICIENTS = {k: RNG.uniform(0.5, 2.0, size=v.shape) for k, v in PARAMETERS.items()}
LINEAR = {k: RNG.normal(size=v.shape) for k, v in PARAMETERS.items()}


def quadratic_cost(parameters):
    """J = sum_k sum_i (c_i / 2) p_i^2 + l_i p_i  ->  dJ/dp_i = c_i p_i + l_i."""
    return float(sum(np.sum(0.5 * COEFFICIENTS[k] * p ** 2 + LINEAR[k] * p) for k, p in parameters.items()))


def exact_gradient(parameters):
    return {"d" + k: COEFFICIENTS[k] * p + LINEAR[k] for k, p in parameters.items()}


def test_correct_gradient_gives_a_tiny_difference():
    difference = h.gradient_check(quadratic_cost, PARAMETERS, exact_gradient(PARAMETERS))
    assert 0 <= difference < 1e-7


@pytest.mark.parametrize("wrong_key", ["dW1", "db1", "dW2", "db2"])
def test_wrong_gradient_gives_a_large_difference(wrong_key):
    grads = exact_gradient(PARAMETERS)
    grads[wrong_key] = grads[wrong_key] * 2.0 + 0.5
    assert h.gradient_check(quadratic_cost, PARAMETERS, grads) > 1e-3


def test_forgotten_factor_is_caught():
    # A classic learner mistake: forgetting the 1/2 in the derivative of c p^2 / 2 (here: doubled)
    grads = {"d" + k: 2 * COEFFICIENTS[k] * p + LINEAR[k] for k, p in PARAMETERS.items()}
    assert h.gradient_check(quadratic_cost, PARAMETERS, grads) > 1e-3


@pytest.mark.parametrize("wrong", ["W1", "b1", "W2", "b2"])
def test_breakdown_names_the_wrong_tensor(wrong):
    grads = exact_gradient(PARAMETERS)
    grads["d" + wrong] = -grads["d" + wrong]
    _, breakdown = h.gradient_check(quadratic_cost, PARAMETERS, grads, by_parameter=True)
    assert set(breakdown) == set(PARAMETERS)
    assert breakdown[wrong] > 1e-3
    for key, value in breakdown.items():
        if key != wrong:
            assert value < 1e-7, key
    assert max(breakdown, key=breakdown.get) == wrong


def test_gradient_check_by_parameter_flag_returns_both():
    grads = exact_gradient(PARAMETERS)
    grads["db2"] = grads["db2"] + 1.0
    difference, breakdown = h.gradient_check(quadratic_cost, PARAMETERS, grads, by_parameter=True)
    assert difference > 1e-3
    assert breakdown["b2"] > 1e-3 and breakdown["W1"] < 1e-7


def test_gradient_check_does_not_modify_the_parameters():
    before = {k: v.copy() for k, v in PARAMETERS.items()}
    h.gradient_check(quadratic_cost, PARAMETERS, exact_gradient(PARAMETERS))
    for key in before:
        np.testing.assert_array_equal(PARAMETERS[key], before[key])


def test_numerical_gradient_of_a_known_function():
    # J(x, y) = x^2 y + sin(y): dJ/dx = 2 x y, dJ/dy = x^2 + cos(y)
    def J(p):
        x, y = p["x"][0, 0], p["y"][0, 0]
        return x * x * y + math.sin(y)

    approx = h.numerical_gradient(J, {"x": np.array([[1.5]]), "y": np.array([[0.3]])})
    assert approx["dx"][0, 0] == pytest.approx(2 * 1.5 * 0.3, abs=1e-7)
    assert approx["dy"][0, 0] == pytest.approx(1.5 ** 2 + math.cos(0.3), abs=1e-7)


def test_gradient_check_of_the_network_gradients():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2, 5))
    Y = (rng.random((1, 5)) < 0.5).astype(float)
    parameters = h.initialize_parameters([2, 3, 1], "xavier", seed=2)
    parameters["b1"] = rng.normal(size=(3, 1))

    def cost(p):
        return h.compute_cost(h.model_forward(X, p, hidden_activation="tanh")[0], Y, parameters=p, lambd=0.5)

    AL, caches = h.model_forward(X, parameters, hidden_activation="tanh")
    grads = h.model_backward(AL, Y, caches, lambd=0.5)
    assert h.gradient_check(cost, parameters, grads) < 1e-7
    grads_without_l2 = h.model_backward(AL, Y, caches)
    assert h.gradient_check(cost, parameters, grads_without_l2) > 1e-3


def test_relative_difference_hand_values():
    # ||g - a|| / (||g|| + ||a||): (3, 4) vs 0 -> 5 / 5 ; (1, 0) vs (0, 1) -> sqrt(2) / 2
    assert h.relative_difference(np.array([3.0, 4.0]), np.zeros(2)) == pytest.approx(1.0)
    assert h.relative_difference(np.array([1.0, 0.0]), np.array([0.0, 1.0])) == pytest.approx(math.sqrt(2) / 2)
    assert h.relative_difference(np.array([2.0, 2.0]), np.array([2.0, 2.0])) == 0.0
    assert h.relative_difference(np.zeros(3), np.zeros(3)) == 0.0


@pytest.mark.parametrize("shapes", [
    {"W1": (3, 2), "b1": (3, 1)},
    {"a": (4,), "b": (2, 3, 4), "c": (1, 1), "d": ()},
    {"only": (5, 7)},
])
def test_dict_to_vector_round_trip(shapes):
    rng = np.random.default_rng(3)
    tensors = {k: rng.normal(size=s) for k, s in shapes.items()}
    vector, layout = h.dict_to_vector(tensors)
    assert vector.shape == (sum(int(np.prod(s)) for s in shapes.values()),)
    first = next(iter(tensors))
    np.testing.assert_array_equal(vector[:tensors[first].size], tensors[first].ravel())
    back = h.vector_to_dict(vector, layout)
    assert list(back) == list(tensors)
    for key in tensors:
        assert back[key].shape == tensors[key].shape
        np.testing.assert_array_equal(back[key], tensors[key])


def test_dict_to_vector_follows_the_given_key_order():
    tensors = {"a": np.array([[1.0, 2.0]]), "b": np.array([[3.0]])}
    vector, layout = h.dict_to_vector(tensors, keys=["b", "a"])
    np.testing.assert_array_equal(vector, [3.0, 1.0, 2.0])
    assert [key for key, _ in layout] == ["b", "a"]


def test_vector_to_dict_rejects_a_vector_of_the_wrong_length():
    _, layout = h.dict_to_vector({"W": np.zeros((2, 2))})
    with pytest.raises(ValueError, match="vector"):
        h.vector_to_dict(np.zeros(5), layout)
