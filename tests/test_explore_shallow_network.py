"""The Explore panel of 02_shallow_network: every control at its extremes, every dataset, and the
data it builds."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers.explore import shallow_network  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return shallow_network.make_panel()


def test_default_setting_reports_train_and_test_accuracy(panel):
    status = panel.run()
    assert_status_line(status, "defaults")
    assert status.startswith("flower (noise 0.20), 5 hidden units: train ")
    assert "test" in status and " %" in status


def test_choosing_a_dataset_moves_the_noise_to_its_own_and_trains_once():
    panel = shallow_network.make_panel()
    calls = []
    compute = panel.compute
    panel.compute = lambda **values: calls.append(values) or compute(**values)
    panel.controls["dataset"].value = "circles"
    assert panel.controls["noise"].value == shallow_network.DEFAULT_NOISE["circles"] == 0.08
    assert calls == [{**panel.values}]
    assert "circles (noise 0.08)" in panel.status.value
    panel.controls["noise"].value = 0.3  # the learner can still move it
    panel.controls["dataset"].value = "blobs"
    assert panel.controls["noise"].value == 0.6
    assert shallow_network.make_panel(dataset="moons").controls["noise"].value == 0.2
    assert shallow_network.make_panel(dataset="moons", noise=0.5).controls["noise"].value == 0.5


def test_own_noise_is_the_noise_of_the_frozen_sets():
    import inspect

    from helpers.build_datasets import PLANAR_SETS
    from helpers.generators import GENERATORS

    for name, noise in shallow_network.DEFAULT_NOISE.items():
        generator, m, _, options = PLANAR_SETS[name]
        default = inspect.signature(GENERATORS[generator]).parameters["noise"].default
        assert options.get("noise", default) == noise, name
        X, Y, _, _ = h.load_planar(name)  # the frozen training set is that generator at that noise
        np.testing.assert_array_equal(X, GENERATORS[generator](m, noise=noise, seed=1, **{
            k: v for k, v in options.items() if k != "noise"})[0])


def test_a_diverging_or_useless_setting_still_gives_a_line(panel):
    assert_status_line(panel.run(learning_rate=10.0, hidden_units=50, iterations=100), "large step")


def test_default_data_are_the_frozen_flower():
    frozen = h.load_planar("flower")
    for made, stored in zip(shallow_network.make_data("flower", 0.2), frozen):
        np.testing.assert_array_equal(made, stored)


@pytest.mark.parametrize("dataset", sorted(shallow_network.DATASETS))
def test_make_data_shapes_labels_and_seeds(dataset):
    X, Y, X_test, Y_test = shallow_network.make_data(dataset, 0.3, m=40, seed=5)
    assert X.shape == X_test.shape == (2, 40) and Y.shape == Y_test.shape == (1, 40)
    assert set(np.unique(Y)) == {0, 1}
    assert not np.array_equal(X, X_test)  # the test set is an independent draw
    again = shallow_network.make_data.__wrapped__(dataset, 0.3, m=40, seed=5)
    np.testing.assert_array_equal(X, again[0])
    assert not X.flags.writeable  # cached arrays cannot be changed by accident


def test_make_data_rejects_an_unknown_dataset():
    with pytest.raises(ValueError, match="`dataset` must be one of"):
        shallow_network.make_data.__wrapped__("spiral galaxy", 0.2)


def test_train_shallow_is_the_notebook_network():
    X, Y, _, _ = shallow_network.make_data("moons", 0.1, m=60, seed=3)
    parameters, history = shallow_network.train_shallow(X, Y, 3, 1.2, 50, seed=2)
    assert parameters["W1"].shape == (3, 2) and parameters["W2"].shape == (1, 3)
    assert history["forward_options"]["hidden_activation"] == "tanh"
    start = h.initialize_parameters([2, 3, 1], "random", scale=0.01, seed=2)
    same, _ = h.train(X, Y, [2, 3, 1], parameters=start, hidden_activation="tanh", learning_rate=1.2,
                      num_iterations=50)
    for key in parameters:
        np.testing.assert_allclose(parameters[key], same[key])
