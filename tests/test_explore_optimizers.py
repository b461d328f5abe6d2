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
from helpers.surfaces import BowlSurface, SaddleSurface  # noqa: E402
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
    lowest = {"learning_rate": 1e-3, "beta1": 0.0, "beta2": 0.0, "batch_size": 1, "decay": 0.0}
    highest = {"learning_rate": 1.0, "beta1": 0.99, "beta2": 0.999, "batch_size": 256, "decay": 0.2}
    for values in (lowest, highest):
        check_status(panel.run(surface=surface, optimizer=optimizer, **values), values)


def test_a_diverging_rate_reports_the_message(panel):
    status = panel.run(surface="valley", optimizer="gd", learning_rate=1.0, batch_size=256, decay=0.0)
    assert status.startswith("diverged: training diverged at iteration")
    assert "try a smaller learning rate" in status


def test_a_path_that_climbs_says_diverged_not_a_distance(panel):
    status = panel.run(surface="bowl", optimizer="gd", learning_rate=0.5, batch_size=256, decay=0.0)
    summary = status.rsplit(" - ", 1)[0]
    assert summary.startswith("gd, lr 0.5: diverged: the cost rose from 25.6 to ")
    assert "try a smaller learning rate" in summary and "from the minimum" not in summary
    assert max(len(word) for word in summary.split()) <= 12  # no 25-digit distance
    # at exactly 2 / b = 0.1 gradient descent swings with constant size: not diverged
    assert "from the minimum" in panel.run(surface="bowl", optimizer="gd", learning_rate=0.1, batch_size=256)


def test_the_rates_and_betas_the_notebook_quotes_are_on_the_sliders(panel):
    rates = [option[1] for option in panel.controls["learning_rate"].options]
    for rate in (0.018, 0.02, 0.05, 0.09, 0.099, 0.1, 0.15, 0.2, 0.5, 0.001, 1.0):
        assert rate in rates, rate
    betas = [option[1] for option in panel.controls["beta1"].options]
    assert betas == [option[1] for option in panel.controls["beta2"].options] == list(explore_optimizers.BETAS)
    for beta in (0.0, 0.5, 0.9, 0.98, 0.999):
        assert beta in betas, beta
    # evenly spread in log(1 - beta): neighbouring windows 1 / (1 - beta) differ by a factor 2 to 2.5
    windows = 1 / (1 - np.array(betas))
    assert np.all((windows[1:] / windows[:-1] > 1.9) & (windows[1:] / windows[:-1] < 2.6))
    assert panel.controls["beta1"].label == "0.9" and panel.controls["beta2"].label == "0.999"


def test_the_try_it_prompts_give_the_measured_answers(panel):
    # Try it 6 and 7 of the notebook
    def tail(**values):
        return panel.run(surface="bowl", batch_size=256, decay=0.0, **values).rsplit(" - ", 1)[0].split(": ", 1)[1]

    assert tail(optimizer="gd", learning_rate=0.099).startswith("cost 2.1e+00 after 60 steps")
    assert tail(optimizer="momentum", learning_rate=0.2, beta1=0.9).startswith("cost 1.5e-02")
    assert tail(optimizer="momentum", learning_rate=0.2, beta1=0.5).startswith("cost 5.2e-03")
    adam = dict(surface="bowl", optimizer="adam", learning_rate=0.1, beta1=0.9, beta2=0.999, batch_size=1)
    assert "3.294 from the minimum" in panel.run(**adam, decay=0.0)
    assert "4.287 from the minimum" in panel.run(**adam, decay=0.1)


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
    ax = plot_paths(BowlSurface(), [path, path * 0.5], ["a", "b"])
    lines = [line for line in ax.get_lines() if line.get_label() in ("a", "b")]
    assert len(lines) == 2
    np.testing.assert_array_equal(lines[0].get_xydata(), path)
    assert any(line.get_label() == "minimum" for line in ax.get_lines())
    assert ax.get_xlim() == BowlSurface().extent[:2]
    plt.close("all")


def test_plot_paths_accepts_explicit_levels_on_a_surface_without_minimum():
    ax = plot_paths(SaddleSurface(), [np.zeros((2, 2))], levels=np.linspace(-1, 1, 5))
    assert not any(line.get_label() == "minimum" for line in ax.get_lines())
    plt.close("all")
