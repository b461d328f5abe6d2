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


def test_temperature_rescales_the_logits_without_retraining(panel):
    def parts(status):
        accuracies, temperature = status.rsplit(" - ", 1)[0].split("; ")
        return accuracies, float(temperature.split("test cost ")[1].split(",")[0]), \
            float(temperature.split("mean top probability ")[1])

    cold, base, hot = (parts(panel.run(temperature=T)) for T in (0.1, 1.0, 100.0))
    assert cold[0] == base[0] == hot[0]  # the predicted classes, hence the accuracies, do not move
    assert cold[2] > base[2] > hot[2]  # sharper at T < 1, flatter at T > 1
    assert hot[2] == pytest.approx(0.1, abs=0.02) and hot[1] == pytest.approx(np.log(10), abs=0.1)
    a = panel.compute(hidden_units=16, learning_rate=0.01, epochs=10, temperature=1.0)
    b = panel.compute(hidden_units=16, learning_rate=0.01, epochs=10, temperature=5.0)
    assert a["logits"] is b["logits"]  # one training for every temperature
    np.testing.assert_allclose(b["shown"].sum(), 1.0)
    assert 1.0 in explore_softmax.TEMPERATURES and 0.1 in explore_softmax.TEMPERATURES


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
