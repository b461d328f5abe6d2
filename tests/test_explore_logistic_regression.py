"""The Explore panel of 01_logistic_regression: every control at its extremes gives a status line,
never a traceback; its subsets give hand-checked answers."""
import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from helpers.explore import logistic_regression as explore_lr  # noqa: E402


@pytest.fixture(scope="module")
def panel():
    return explore_lr.make_panel()


def test_default_setting_reports_both_accuracies(panel):
    status = panel.run()
    assert status.startswith("300 images: train ")
    assert ", test " in status and ", cost " in status and status.endswith(" ms")


def test_the_status_matches_a_direct_computation(panel):
    # the panel's numbers are those of helpers.train on the same subset, recomputed here
    status = panel.run(learning_rate=1.0, num_iterations=200, train_size=50)
    X_all, Y_all, X_test, Y_test = h.load_digits("odd")
    keep = explore_lr.subset_indices(X_all.shape[1], 50, 0)
    parameters, history = h.train(X_all[:, keep], Y_all[:, keep], [64, 1], init="zeros",
                                  learning_rate=1.0, num_iterations=200)
    train_acc = h.accuracy_percent(h.predict(X_all[:, keep], parameters), Y_all[:, keep])
    test_acc = h.accuracy_percent(h.predict(X_test, parameters), Y_test)
    assert status.startswith(f"50 images: train {train_acc:.1f} %, test {test_acc:.1f} %, "
                             f"cost {history['cost'][-1]:.4f}")


def test_subset_indices_are_the_sorted_head_of_a_seeded_permutation():
    keep = explore_lr.subset_indices(20, 5, seed=3)
    assert keep.tolist() == sorted(np.random.default_rng(3).permutation(20)[:5].tolist())
    assert np.array_equal(keep, explore_lr.subset_indices(20, 5, seed=3))


def test_subset_indices_are_nested_and_cover_everything_at_full_size():
    small, large = explore_lr.subset_indices(100, 10), explore_lr.subset_indices(100, 40)
    assert set(small) <= set(large)
    assert explore_lr.subset_indices(7, 7, seed=1).tolist() == list(range(7))


@pytest.mark.parametrize("size", [0, 21])
def test_subset_indices_rejects_sizes_out_of_range(size):
    with pytest.raises(ValueError, match="size"):
        explore_lr.subset_indices(20, size)
