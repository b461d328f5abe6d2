"""The Explore panel of 07_optimizers: every control at its extremes and every dropdown option
gives a status line, never a traceback; its small helpers give hand-worked answers."""
import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from helpers.explore import optimizers as explore_optimizers  # noqa: E402
from helpers.plots import plot_paths  # noqa: E402
from helpers.surfaces import Bowl, Saddle  # noqa: E402
from panel_checks import assert_status_line  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return explore_optimizers.make_panel()


def check_status(status, setting):
    assert_status_line(status, setting)
    assert "cannot run" not in status, f"{setting}: {status}"


def test_default_setting_draws_a_path(panel):
    status = panel.run()
    assert status.startswith("momentum, lr 0.1: cost ")
    assert "after 60 steps" in status and "from the minimum" in status


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "rmsprop", "adam"])
@pytest.mark.parametrize("surface", ["bowl", "valley"])
def test_all_extremes_together_for_every_optimizer_and_surface(panel, optimizer, surface):
    lowest = {"learning_rate": 1e-3, "beta1": 0.0, "beta2": 0.5, "batch_size": 1, "decay": 0.0}
    highest = {"learning_rate": 1.0, "beta1": 0.99, "beta2": 0.999, "batch_size": 256, "decay": 0.2}
    for values in (lowest, highest):
        check_status(panel.run(surface=surface, optimizer=optimizer, **values), values)


def test_a_diverging_rate_reports_the_message(panel):
    status = panel.run(surface="valley", optimizer="gd", learning_rate=1.0, batch_size=256, decay=0.0)
    assert status.startswith("diverged: training diverged at iteration")
    assert "try a smaller learning rate" in status


def test_the_mini_batch_noise_moves_the_path(panel):
    exact = panel.compute(**{**panel.values, "batch_size": 256})[0]
    noisy = panel.compute(**{**panel.values, "batch_size": 1})[0]
    assert exact.shape == noisy.shape == (61, 2)
    assert not np.allclose(exact, noisy)


def test_batch_noise_by_hand():
    assert explore_optimizers.batch_noise(256, 256, 4.0) == 0.0
    assert explore_optimizers.batch_noise(1, 256, 4.0) == pytest.approx(4.0)
    assert explore_optimizers.batch_noise(64, 256, 4.0) == pytest.approx(4.0 * math.sqrt(192 / (64 * 255)))
    # the spread of the mean of 2 of the 3 values {0, 3, 6} (std 6^0.5): means 1.5, 3, 4.5 -> std 1.5^0.5
    values = np.array([0.0, 3.0, 6.0])
    assert explore_optimizers.batch_noise(2, 3, values.std()) == pytest.approx(np.std([1.5, 3.0, 4.5]))


@pytest.mark.parametrize("args, message", [
    ((0, 256, 1.0), r"`batch_size` must be an integer in \[1, 256\]; got 0"),
    ((300, 256, 1.0), r"`batch_size` must be an integer in \[1, 256\]; got 300"),
    ((4, 1, 1.0), r"`m` must be an integer in \[2, inf\]; got 1"),
    ((4, 256, -1.0), r"`spread` must be in \[0, inf\); got -1"),
])
def test_batch_noise_rejects_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        explore_optimizers.batch_noise(*args)


def test_optimizer_options_map_the_two_beta_sliders():
    options = explore_optimizers.optimizer_options
    assert options("gd", 0.8, 0.99) == {}
    assert options("momentum", 0.8, 0.99) == {"beta": 0.8}
    assert options("rmsprop", 0.8, 0.99) == {"beta": 0.99}
    assert options("adam", 0.8, 0.99) == {"beta1": 0.8, "beta2": 0.99}


def test_plot_paths_draws_every_path_and_the_minimum():
    path = np.array([[-5.0, 1.5], [-4.0, 0.5], [-3.0, 0.0]])
    ax = plot_paths(Bowl(), [path, path * 0.5], ["a", "b"])
    lines = [line for line in ax.get_lines() if line.get_label() in ("a", "b")]
    assert len(lines) == 2
    np.testing.assert_array_equal(lines[0].get_xydata(), path)
    assert any(line.get_label() == "minimum" for line in ax.get_lines())
    assert ax.get_xlim() == Bowl().extent[:2]
    plt.close("all")


def test_plot_paths_accepts_explicit_levels_on_a_surface_without_minimum():
    ax = plot_paths(Saddle(), [np.zeros((2, 2))], levels=np.linspace(-1, 1, 5))
    assert not any(line.get_label() == "minimum" for line in ax.get_lines())
    plt.close("all")
