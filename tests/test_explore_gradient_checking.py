"""The Explore panel of 06_gradient_checking: every control at its extremes gives a status line, never
a traceback; the epsilon curve gives hand-worked answers (the verdict buckets are tested with
helpers.gradcheck)."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from helpers.explore import gradient_checking as explore_gc  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return explore_gc.make_panel()


def check_status(status, setting):
    assert_status_line(status, setting)
    assert "difference" in status and status.endswith(" ms"), f"{setting}: {status}"


def test_default_setting_is_correct(panel):
    status = panel.run()
    assert status.startswith("tanh network: epsilon = 1e-07, difference ")
    assert "difference < 1e-7: correct" in status


def test_epsilon_at_its_min_and_max_for_every_case(panel):
    widget = panel.controls["epsilon"]
    for case in panel.controls["case"].options:
        for epsilon in (10.0 ** widget.min, 10.0 ** widget.max):
            check_status(panel.run(epsilon=epsilon, case=case), (epsilon, case))


def test_extremes_are_not_read_as_correct_and_the_bug_never_is(panel):
    # 1e-12: round-off; 1e-1: truncation (tanh) or a kink (ReLU)
    for case in ("tanh network", "ReLU network"):
        for epsilon in (1e-12, 1e-1):
            assert ": correct" not in panel.run(epsilon=epsilon, case=case)
    for epsilon in (1e-12, 1e-7, 1e-1):
        assert "probably a bug" in panel.run(epsilon=epsilon, case="ReLU network, db1 without 1/m")


def test_difference_curve_on_a_quadratic():
    # J = sum(W^2): the gradient is 2W. Two-sided differences of a quadratic are exact up to
    # round-off; a gradient of 3W is off by ||W|| / (3||W|| + 2||W||) = 1/5 at every epsilon.
    W = np.array([[0.5, -1.0], [2.0, 0.25]])

    def cost(p):
        return float(np.sum(p["W"] ** 2))

    epsilons = [1e-2, 1e-4, 1e-6]
    right = explore_gc.difference_curve(cost, {"W": W}, {"dW": 2 * W}, epsilons)
    wrong = explore_gc.difference_curve(cost, {"W": W}, {"dW": 3 * W}, epsilons)
    assert right.shape == wrong.shape == (3,)
    assert np.all(right < 1e-9)
    np.testing.assert_allclose(wrong, 0.2, rtol=1e-6)


def test_epsilon_grid():
    assert explore_gc.EPSILONS[0] == pytest.approx(1e-12)
    assert explore_gc.EPSILONS[-1] == pytest.approx(1e-1)
    assert len(explore_gc.EPSILONS) == 45
