"""The Explore panel of 05_regularization: every control at its extremes, the L2 switch, and the
data and training run it shares with the notebook."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers.explore import regularization  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return regularization.make_panel()


def check(status, setting):
    assert_status_line(status, setting)
    assert "cannot run" not in status and "diverged" not in status, f"{setting}: {status}"
    assert "train " in status and "dev " in status and " %" in status, f"{setting}: {status}"


def test_default_setting_is_unregularized_and_reports_train_and_dev(panel):
    status = panel.run()
    check(status, "defaults")
    assert status.startswith("lambda 0, keep_prob 1.00, 600 iterations: train ")


def test_unticked_l2_means_lambda_exactly_zero(panel):
    # with the box unticked the slider value must not matter: same cached result, same status
    first = panel.run(use_l2=False, lambd=10.0, iterations=100)
    second = panel.run(use_l2=False, lambd=0.001, iterations=100)
    assert first.rsplit(" - ", 1)[0] == second.rsplit(" - ", 1)[0]
    assert first.startswith("lambda 0, ")
    ticked = panel.run(use_l2=True, lambd=10.0, iterations=100)
    assert ticked.startswith("lambda 10, ")


def test_l2_raises_dev_accuracy_on_the_default_run(panel):
    def dev_accuracy(status):
        return float(status.split("dev ")[1].split(" %")[0])

    plain = dev_accuracy(panel.run(use_l2=False, iterations=1000))
    regularized = dev_accuracy(panel.run(use_l2=True, lambd=10 ** -0.5, iterations=1000))
    assert regularized > plain + 1.0


def _cross_entropy_from_logits(Z, Y):
    """-(y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))), written with logaddexp: another formula than helpers'."""
    return float(np.mean(Y * np.logaddexp(0, -Z) + (1 - Y) * np.logaddexp(0, Z)))


def test_the_dev_curve_is_the_exact_cost_from_the_logits(panel):
    # from probabilities, the examples the over-fitted net gets confidently wrong would each cost
    # the floor of about 708; from the logits the cost is exact: checked against logaddexp
    X, Y, X_dev, Y_dev = regularization.load_data()
    parameters, history = regularization.train_noisy(X, Y, iterations=1000, X_dev=X_dev, Y_dev=Y_dev)
    exact = regularization.dev_cost(X_dev, Y_dev, parameters, history["forward_options"])
    _, caches = h.model_forward(X_dev, parameters, **history["forward_options"])
    assert exact == pytest.approx(_cross_entropy_from_logits(caches[-1].Z, Y_dev), rel=1e-10)
    assert exact == pytest.approx(history["dev_cost"][-1], rel=1e-12)
    AL, _ = h.model_forward(X_dev, parameters, **history["forward_options"])
    assert h.compute_cost(AL, Y_dev) > exact  # the probabilities' floor charges the saturated examples more


def test_the_panels_dev_curve_is_trains_dev_cost_every_fifth_epoch(panel):
    # the panel recomputes the dev cost from snapshots; train records it every epoch: the two must agree
    X, Y, X_dev, Y_dev = regularization.load_data()
    result = panel.compute(use_l2=False, lambd=0.7, keep_prob=1.0, iterations=1000)
    _, history = regularization.train_noisy(X, Y, iterations=1000, X_dev=X_dev, Y_dev=Y_dev)
    assert result["dev_epochs"][0] == 0 and result["dev_epochs"][-1] == 1000
    every_epoch = history["dev_cost"]  # dev_cost[e - 1] is the cost after e epochs
    for epoch, cost in zip(result["dev_epochs"][1:], result["dev_cost"][1:]):
        assert cost == pytest.approx(every_epoch[epoch - 1], rel=1e-12)
    lowest = result["dev_epochs"][int(np.argmin(result["dev_cost"]))]
    assert lowest < 1000 and min(result["dev_cost"]) < result["dev_cost"][-1]  # over-fitting: the curve turns up


def test_load_data_is_the_frozen_training_set_and_the_notebooks_dev_set():
    X, Y, X_dev, Y_dev = regularization.load_data()
    X_train, Y_train, _, _ = h.load_planar("noisy_regions")
    np.testing.assert_array_equal(X, X_train)
    np.testing.assert_array_equal(Y, Y_train)
    made = h.make_noisy_regions(1000, seed=3)
    np.testing.assert_array_equal(X_dev, made[0])
    np.testing.assert_array_equal(Y_dev, made[1])
    assert X_dev.shape == (2, 1000) and Y_dev.shape == (1, 1000)
    assert not X.flags.writeable and not X_dev.flags.writeable  # shared by every cached result


def test_train_noisy_is_the_notebooks_run():
    X, Y, _, _ = regularization.load_data()
    parameters, history = regularization.train_noisy(X, Y, lambd=0.3, keep_prob=0.9, iterations=40, seed=2)
    assert [parameters[f"W{l}"].shape for l in (1, 2, 3)] == [(20, 2), (3, 20), (1, 3)]
    same, same_history = h.train(X, Y, [2, 20, 3, 1], optimizer="adam", learning_rate=0.03, num_iterations=40,
                                 lambd=0.3, keep_prob=0.9, seed=2)
    for key in parameters:
        np.testing.assert_array_equal(parameters[key], same[key])
    assert history["cost"] == same_history["cost"]
