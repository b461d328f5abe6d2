"""The Explore panel of 08_softmax: every control at its extremes gives a status line, never a
traceback; its two small helpers give hand-worked answers."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from helpers.explore import softmax as explore_softmax  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return explore_softmax.make_panel()


def test_default_setting_trains_and_reports_both_accuracies(panel):
    status = panel.run()
    assert status.startswith("[64, 16, 10]: train ")
    assert "test " in status and status.endswith(" ms")


def test_zero_hidden_units_is_softmax_regression(panel):
    status = panel.run(hidden_units=0)
    assert status.startswith("[64, 10]: ")


def test_per_class_accuracy_by_hand():
    # class 0: 3 of 4 right; class 1: 2 of 2; class 2: no examples
    counts = np.array([[3, 1, 0],
                       [0, 2, 0],
                       [0, 0, 0]])
    result = explore_softmax.per_class_accuracy(counts)
    assert result[:2].tolist() == [75.0, 100.0]
    assert np.isnan(result[2])


def test_per_class_accuracy_rejects_a_non_square_matrix():
    with pytest.raises(ValueError, match="square"):
        explore_softmax.per_class_accuracy(np.ones((2, 3)))
