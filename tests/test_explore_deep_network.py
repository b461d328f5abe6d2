"""The Explore panel of 03_deep_network: every control at its extremes, and the even-vs-odd data
it trains on."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers.explore import deep_network  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return deep_network.make_panel()


def test_default_setting_reports_train_and_test_accuracy(panel):
    status = panel.run()
    assert_status_line(status, "defaults")
    assert status.startswith("[64, 16, 16, 1] (3 layers): train ")


def test_zero_hidden_layers_is_logistic_regression(panel):
    status = panel.run(hidden_layers=0)
    assert status.startswith("[64, 1] (logistic regression)")


def test_even_odd_data_is_the_notebooks_subset():
    X, Y, X_test, Y_test = deep_network.even_odd_data()
    assert X.shape == (64, 300) and Y.shape == (1, 300)
    assert X_test.shape == (64, 359) and Y_test.shape == (1, 359)
    train_x, train_y, test_x, test_y, _ = h.load_image_dataset("digits")
    subset = np.random.default_rng(1).choice(1438, 300, replace=False)
    np.testing.assert_array_equal(X, train_x[subset].reshape(300, 64).T / 16.0)
    np.testing.assert_array_equal(Y, (train_y[:, subset] % 2 == 1).astype(int))
    np.testing.assert_array_equal(Y_test, test_y % 2)
    assert 0.0 <= X.min() and X.max() <= 1.0
    assert not X.flags.writeable
