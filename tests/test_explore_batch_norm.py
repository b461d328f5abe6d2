"""The Explore panel of 09_batch_norm_and_tuning: every control at its extremes and every dropdown
choice gives a status line, never a traceback; its helpers give answers worked out another way."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers.explore import batch_norm as explore_bn  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return explore_bn.make_panel()


def check(status, setting):
    assert_status_line(status, setting)
    assert "train" in status or "diverged" in status or "cannot run" in status, f"{setting}: {status}"


def test_default_setting_reports_train_and_dev_accuracy(panel):
    status = panel.run()
    check(status, "defaults")
    assert status.startswith("batch norm on, lr 0.1, batch 64: train ")
    assert "dev " in status and "test" not in status and status.endswith(" ms")
    assert "random on a log scale: " in status and "of 16 rates per decade" in status


def test_changing_the_sampler_does_not_retrain(panel):
    first = panel.compute(learning_rate=0.1, batch_size=256, batch_norm=True, sampler="grid-linear")
    second = panel.compute(learning_rate=0.1, batch_size=256, batch_norm=True, sampler="random-log")
    assert first["cost"] is second["cost"]
    assert not np.array_equal(first["rates"], second["rates"])
    status = panel.run(learning_rate=0.1, batch_size=256, batch_norm=True, sampler="grid-linear")
    assert "a grid on a linear scale: 1, 0, 1, 14 of 16 rates per decade" in status


def test_search_rates_by_hand():
    np.testing.assert_allclose(explore_bn.search_rates("grid-linear", 3, 1.0, 9.0), [1.0, 5.0, 9.0])
    np.testing.assert_allclose(explore_bn.search_rates("grid-log", 4, 1e-3, 1.0), [1e-3, 1e-2, 1e-1, 1.0])
    for sampler in explore_bn.SAMPLERS:
        rates = explore_bn.search_rates(sampler)
        assert rates.shape == (explore_bn.SEARCH_POINTS,)
        assert np.all(np.diff(rates) >= 0) and rates.min() >= 1e-3 and rates.max() <= 10.0
    # uniform on [0.001, 10]: about 90 % of the draws in the top decade; 10**uniform: a quarter
    many_linear = explore_bn.search_rates("random-linear", 10_000)
    many_log = explore_bn.search_rates("random-log", 10_000)
    assert 0.88 < np.mean(many_linear >= 1.0) < 0.92
    assert 0.23 < np.mean(many_log >= 1.0) < 0.27
    np.testing.assert_array_equal(explore_bn.search_rates("random-log", seed=3),
                                  explore_bn.search_rates("random-log", seed=3))


def test_search_rates_rejects_an_unknown_sampler():
    with pytest.raises(ValueError, match="`sampler` must be one of"):
        explore_bn.search_rates("sobol")


def test_result_holds_one_point_per_epoch_and_the_initialization(panel):
    result = panel.compute(learning_rate=0.1, batch_size=512, batch_norm=True, sampler="grid-log")
    epochs = len(result["cost"])
    assert epochs == 6 and len(result["dev_cost"]) == epochs
    assert result["mean"].shape == (epochs + 1, len(explore_bn.UNIT_COLORS))
    assert result["std"].shape == result["mean"].shape
    # at initialization gamma = 1 and beta = 0: layer 4 passes on relu(z) of a z with mean 0 and
    # std 1 over the probe, so its mean is below the 1 / sqrt(2 pi) of a normal z only by the shape
    # of the distribution, and never 0 or the 0 and 1 of what enters the ReLU
    assert np.all((result["mean"][0] > 0.2) & (result["mean"][0] < 0.6))
    assert np.all((result["std"][0] > 0.3) & (result["std"][0] < 0.9))


def test_the_panel_trains_on_the_notebooks_fit_digits_and_scores_its_dev_digits():
    fit, dev = explore_bn.fit_dev_split(1438, seed=0)
    order = np.random.default_rng(0).permutation(1438)     # the notebook's split
    np.testing.assert_array_equal(fit, order[:1150])
    np.testing.assert_array_equal(dev, order[1150:])
    assert len(np.intersect1d(fit, dev)) == 0
    with pytest.raises(ValueError, match="dev_size"):
        explore_bn.fit_dev_split(10, dev_size=10)


def test_layer_input_statistics_without_batch_norm_is_the_plain_z():
    rng = np.random.default_rng(3)
    X = rng.standard_normal((4, 30))
    p = h.initialize_parameters([4, 5, 3, 2], seed=1)
    p["b1"] = rng.standard_normal((5, 1))
    A1 = np.maximum(p["W1"] @ X + p["b1"], 0.0)
    Z2 = p["W2"] @ A1 + p["b2"]
    mean, std = explore_bn.layer_input_statistics(X, p, 2)
    np.testing.assert_allclose(mean, Z2.mean(axis=1))
    np.testing.assert_allclose(std, np.sqrt(((Z2 - Z2.mean(axis=1, keepdims=True)) ** 2).mean(axis=1)))


def test_layer_input_statistics_with_batch_norm_are_beta_and_gamma():
    rng = np.random.default_rng(4)
    X = rng.standard_normal((4, 50))
    p = h.initialize_parameters([4, 6, 5, 3], seed=2, batch_norm=True)
    p["gamma2"] = rng.uniform(0.5, 2.0, (5, 1))
    p["beta2"] = rng.standard_normal((5, 1))
    mean, std = explore_bn.layer_input_statistics(X, p, 2)
    np.testing.assert_allclose(mean, p["beta2"].ravel(), atol=1e-10)
    np.testing.assert_allclose(std, p["gamma2"].ravel(), rtol=1e-6)


def test_layer_output_statistics_is_what_the_next_layer_is_fed():
    rng = np.random.default_rng(5)
    X = rng.standard_normal((4, 40))
    p = h.initialize_parameters([4, 6, 5, 3], seed=2)
    p["b1"] = rng.standard_normal((6, 1))
    A1 = np.maximum(p["W1"] @ X + p["b1"], 0.0)
    mean, std = explore_bn.layer_output_statistics(X, p, 1)
    np.testing.assert_allclose(mean, A1.mean(axis=1))
    np.testing.assert_allclose(std, A1.std(axis=1))
    # with batch norm: relu(gamma (z - mu) / sqrt(var + eps) + beta) by hand, over the batch X
    q = h.initialize_parameters([4, 6, 5, 3], seed=2, batch_norm=True)
    q["gamma1"] = rng.uniform(0.5, 2.0, (6, 1))
    q["beta1"] = rng.standard_normal((6, 1))
    Z = q["W1"] @ X
    Z_norm = (Z - Z.mean(axis=1, keepdims=True)) / np.sqrt(Z.var(axis=1, keepdims=True) + 1e-8)
    A1 = np.maximum(q["gamma1"] * Z_norm + q["beta1"], 0.0)
    mean, std = explore_bn.layer_output_statistics(X, q, 1)
    np.testing.assert_allclose(mean, A1.mean(axis=1), rtol=1e-6)
    np.testing.assert_allclose(std, A1.std(axis=1), rtol=1e-6)
    # unlike the ReLU's input, its mean is not beta
    assert not np.allclose(mean, q["beta1"].ravel())


def test_layer_input_statistics_rejects_the_output_layer():
    p = h.initialize_parameters([4, 3, 2], seed=0)
    with pytest.raises(ValueError, match="layer"):
        explore_bn.layer_input_statistics(np.zeros((4, 5)), p, 2)
