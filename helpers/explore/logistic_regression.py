"""Explore panel of ``01_logistic_regression``: odd versus even digits with one sigmoid neuron.

Logistic regression is the network ``layer_dims = [64, 1]`` started from zeros. Three sliders
retrain it: the learning rate (log scale), the number of iterations and the size of the training
set (a seeded subset of the 1,438 training digits; at 300 it is the notebook's subset). The plot
shows the training and test cost at every iteration beside the learned weights drawn as an 8x8
picture; the status line reads ``300 images: train 94.3 %, test 88.9 %, cost 0.1400``.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import FuncFormatter, NullFormatter

from ..datasets import images_to_columns, load_image_dataset
from ..layers import predict
from ..metrics import accuracy
from ..plots import plot_costs
from ..training import train
from ..validation import check_int
from ..widgets import Panel, int_slider, log_slider

__all__ = ["even_odd_labels", "load_even_odd", "make_panel", "subset_indices"]


def even_odd_labels(digits):
    """Binary labels ``(1, m)``: 1 for an odd digit, 0 for an even one.

    ``digits`` holds digit values 0..9, shape ``(m,)`` or ``(1, m)``.
    """
    digits = np.asarray(digits)
    if digits.dtype.kind not in "iu":
        raise TypeError(f"`digits` must hold integer digit values; got an array of dtype {digits.dtype}")
    if digits.size and (digits.min() < 0 or digits.max() > 9):
        raise ValueError(f"`digits` must be in [0, 9]; got values from {digits.min()} to {digits.max()}")
    return (digits.reshape(1, -1) % 2).astype(int)


def subset_indices(m, size, seed=0):
    """Sorted indices of a seeded random subset of ``size`` examples out of ``m``.

    They are the first ``size`` entries of ``np.random.default_rng(seed).permutation(m)``, so a
    larger subset always contains a smaller one drawn with the same seed, and the notebook's
    ``np.sort(rng.permutation(m)[:300])`` is the panel's subset at 300.

    Parameters
    ----------
    m : int >= 1, size of the full training set
    size : int in [1, m]
    seed : int >= 0, default 0
    """
    m = check_int("m", m, low=1)
    size = check_int("size", size, low=1, high=m)
    seed = check_int("seed", seed, low=0)
    return np.sort(np.random.default_rng(seed).permutation(m)[:size])


def load_even_odd(directory=None):
    """The digits as an odd-versus-even task, in the course's layout.

    Returns
    -------
    X_train : (64, 1438) float64, pixels scaled to [0, 1] (divided by 16)
    Y_train : (1, 1438) int, 1 = odd digit
    X_test : (64, 359) float64
    Y_test : (1, 359) int
    """
    train_x, train_y, test_x, test_y, _ = load_image_dataset("digits", directory=directory)
    return (images_to_columns(train_x, 16), even_odd_labels(train_y),
            images_to_columns(test_x, 16), even_odd_labels(test_y))


def _plain_log_labels(ax, values):
    # 0.2, 0.3 instead of 2x10^-1; minor ticks labelled only when the curves span under a decade
    plain = FuncFormatter(lambda value, _: f"{value:g}")
    ax.yaxis.set_major_formatter(plain)
    values = np.asarray(values, dtype=float)
    ax.yaxis.set_minor_formatter(plain if values.max() < 10 * values.min() else NullFormatter())


def make_panel(*, learning_rate=1.0, num_iterations=1000, train_size=300, seed=0, directory=None):
    """The notebook's panel: learning rate, iterations, training-set size -> learning curves.

    Parameters
    ----------
    learning_rate : float in [1e-3, 10], default 1.0
        Starting value of the log-scale slider (steps of 10**0.25).
    num_iterations : int in [100, 3000], default 1000
        Starting number of gradient-descent iterations (full batch, slider step 100).
    train_size : int in [10, 1438], default 300
        Starting number of training images (slider step 1).
    seed : int >= 0, default 0
        Chooses the training subsets (see :func:`subset_indices`); the notebook's ``SEED``.
    directory : path, optional
        Folder holding ``digits.h5`` (default: the repository's ``datasets/``).
    """
    X_all, Y_all, X_test, Y_test = load_even_odd(directory)
    m_all = X_all.shape[1]

    def compute(learning_rate, num_iterations, train_size):
        keep = subset_indices(m_all, train_size, seed)
        X, Y = X_all[:, keep], Y_all[:, keep]
        parameters, history = train(X, Y, [X.shape[0], 1], init="zeros", learning_rate=learning_rate,
                                    num_iterations=num_iterations, X_dev=X_test, Y_dev=Y_test)
        return {
            "m": X.shape[1],
            "cost": history["cost"],
            "test_cost": history["dev_cost"],
            "w": parameters["W1"].reshape(8, 8),
            "train": accuracy(predict(X, parameters), Y),
            "test": accuracy(predict(X_test, parameters), Y_test),
        }

    def draw(result, learning_rate, num_iterations, train_size):
        fig, (left, right) = plt.subplots(1, 2, figsize=(9.5, 3.6), gridspec_kw={"width_ratios": [2.2, 1]})
        plot_costs([result["cost"], result["test_cost"]],
                   [f"train ({result['m']} images)", f"test ({X_test.shape[1]} images)"], ax=left, log=True,
                   ylabel="cost (log scale)",
                   title=f"learning rate {learning_rate:.2g}, {num_iterations} iterations")
        _plain_log_labels(left, result["cost"] + result["test_cost"])
        limit = float(np.abs(result["w"]).max()) or 1.0
        image = right.imshow(result["w"], cmap="RdBu", vmin=-limit, vmax=limit)
        right.set_title("weights w\n(blue pushes towards odd)", fontsize=9)
        right.set_xticks([])
        right.set_yticks([])
        fig.colorbar(image, ax=right, fraction=0.046, pad=0.04)
        fig.subplots_adjust(left=0.09, right=0.96, bottom=0.14, top=0.86, wspace=0.2)  # tight_layout costs ~50 ms
        return (f"{result['m']} images: train {result['train']:.1f} %, test {result['test']:.1f} %, "
                f"cost {result['cost'][-1]:.4f}")

    controls = {
        "learning_rate": log_slider("learning rate", learning_rate, -3, 1),
        "num_iterations": int_slider("iterations", num_iterations, 100, 3000, step=100),
        "train_size": int_slider("training images", train_size, 10, m_all),
    }
    return Panel(compute, draw, controls)
