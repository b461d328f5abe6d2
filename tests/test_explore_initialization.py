"""The Explore panel of 04_initialization: every control at its extremes gives a status line, never a
traceback; its helpers give answers worked out independently."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers.explore import initialization as explore_init  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return explore_init.make_panel()


def check_status(status, setting):
    assert_status_line(status, setting)
    assert "train" in status or "diverged" in status, f"{setting}: {status}"


def test_default_setting_trains_and_reports_both_accuracies(panel):
    status = panel.run()
    assert status.startswith("he, depth 3, seed 0, lr 0.05: cost ")
    assert " train " in status and " test " in status


def test_seed_and_learning_rate_are_controls(panel):
    assert panel.controls["seed"].min == 0 and panel.controls["seed"].max == explore_init.SEEDS - 1
    assert 0.05 in explore_init.LEARNING_RATES and panel.controls["learning_rate"].value == 0.05
    assert min(explore_init.LEARNING_RATES) == 1e-3 and max(explore_init.LEARNING_RATES) == 1.0

    def strip(status):
        return status.rsplit(" - ", 1)[0].split(": ", 1)[1]

    base = strip(panel.run(method="he", depth=3, seed=0, learning_rate=0.05))
    assert strip(panel.run(method="he", depth=3, seed=1, learning_rate=0.05)) != base
    assert strip(panel.run(method="he", depth=3, seed=0, learning_rate=0.5)) != base
    assert panel.run(seed=4, learning_rate=0.2).startswith("he, depth 3, seed 4, lr 0.2: ")


def test_largest_rate_and_depth_give_a_line_for_every_method(panel):
    for method in ("zeros", "random", "xavier", "he"):
        for activation in ("relu", "tanh"):
            setting = dict(method=method, scale=1e2, depth=15, activation=activation, learning_rate=1.0, seed=9)
            check_status(panel.run(**setting), setting)


def test_random_at_its_extremes_and_deepest(panel):
    for scale in (1e-3, 1e2):
        for activation in ("relu", "tanh"):
            setting = dict(method="random", scale=scale, depth=15, activation=activation)
            check_status(panel.run(**setting), setting)


def test_zeros_stay_at_log_2(panel):
    status = panel.run(method="zeros", depth=3, activation="relu")
    assert "cost 0.6931 -> 0.6931" in status
    assert "train 50.0 %, test 50.0 %" in status


def test_scale_is_ignored_unless_the_method_is_random(panel):
    def strip(status):
        return status.rsplit(" - ", 1)[0]

    assert strip(panel.run(method="he", scale=1e-3)) == strip(panel.run(method="he", scale=1e2))
    assert strip(panel.run(method="random", scale=1e-3)) != strip(panel.run(method="random", scale=1.0))


def _data(n_x=3, m=7, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n_x, m)), (rng.random((1, m)) < 0.5).astype(float)


def test_layer_signals_zeros_init_gives_zero_signals():
    X, Y = _data()
    acts, grads = explore_init.layer_signals(X, Y, h.initialize_parameters([3, 4, 4, 1], "zeros"))
    assert acts.shape == grads.shape == (2,)
    assert np.all(acts == 0) and np.all(grads == 0)


def test_layer_signals_match_a_hand_written_backward_pass():
    X, Y = _data()
    p = h.initialize_parameters([3, 4, 5, 1], "he", seed=3)
    p["b1"] = np.full((4, 1), 0.1)
    Z1 = p["W1"] @ X + p["b1"]
    A1 = np.tanh(Z1)
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = np.tanh(Z2)
    AL = 1 / (1 + np.exp(-(p["W3"] @ A2 + p["b3"])))
    dA2 = p["W3"].T @ (AL - Y)
    dA1 = p["W2"].T @ (dA2 * (1 - A2 ** 2))
    acts, grads = explore_init.layer_signals(X, Y, p, hidden_activation="tanh")
    np.testing.assert_allclose(acts, [A1.std(), A2.std()], rtol=1e-12)
    np.testing.assert_allclose(grads, [dA1.std(), dA2.std()], rtol=1e-12)


def test_layer_signals_gradient_agrees_with_finite_differences():
    # dA[1] is the gradient of the summed loss with respect to A[1]: perturb A[1] and re-run the top.
    X, Y = _data(m=4)
    p = h.initialize_parameters([3, 4, 2, 1], "he", seed=5)
    A1 = np.maximum(p["W1"] @ X + p["b1"], 0)

    def top_loss(A1):
        A2 = np.maximum(p["W2"] @ A1 + p["b2"], 0)
        z = p["W3"] @ A2 + p["b3"]
        return float(np.sum(np.logaddexp(0, z) - Y * z))

    eps, numeric = 1e-6, np.zeros_like(A1)
    for idx in np.ndindex(A1.shape):
        plus, minus = A1.copy(), A1.copy()
        plus[idx] += eps
        minus[idx] -= eps
        numeric[idx] = (top_loss(plus) - top_loss(minus)) / (2 * eps)
    _, grads = explore_init.layer_signals(X, Y, p)
    assert grads[0] == pytest.approx(numeric.std(), rel=1e-6)


def test_he_keeps_a_deep_relu_stack_steady_and_small_weights_vanish():
    rng = np.random.default_rng(0)
    X, Y = rng.standard_normal((50, 200)), (rng.random((1, 200)) < 0.5).astype(float)
    dims = [50] * 11 + [1]
    he_acts, _ = explore_init.layer_signals(X, Y, h.initialize_parameters(dims, "he", seed=1))
    small_acts, small_grads = explore_init.layer_signals(X, Y, h.initialize_parameters(dims, "random", scale=0.01, seed=1))
    assert he_acts.max() / he_acts.min() < 10
    assert small_acts[-1] / small_acts[0] < 1e-9   # about 0.05 per layer over 9 layers
    assert small_grads[0] < 1e-9 * small_grads[-1]


def test_layer_signals_needs_a_hidden_layer():
    X, Y = _data()
    with pytest.raises(ValueError, match="hidden layer"):
        explore_init.layer_signals(X, Y, h.initialize_parameters([3, 1], "he"))
