"""Explore panel of ``01_logistic_regression``: odd versus even digits with one sigmoid neuron.

Logistic regression is the network ``layer_dims = [64, 1]`` started from zeros. Three sliders
retrain it: the learning rate (log scale), the number of iterations and the size of the training
set (a seeded subset of the 1,438 training digits; at 300 it is the notebook's subset). The plot
shows the training and test cost at every iteration beside the learned weights drawn as an 8x8
picture; the status line reads ``300 images: train 94.3 %, test 88.9 %, cost 0.1400``.
"""
from __future__ import annotations

import numpy as np

from ..datasets import load_digits
from ..layers import predict
from ..metrics import accuracy_percent
from ..plots import set_curves
from ..training import train
from ..validation import check_int
from ..widgets import Panel, int_slider, log_choices, log_slider, panel_figure

__all__ = ["make_panel", "subset_indices"]


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


class _Figure:
    """The panel's figure: train and test cost per iteration (left), the weights as an 8x8 picture (right)."""

    def __init__(self, test_size):
        self.test_size = test_size

    def setup(self):
        fig, (self.costs, weights) = panel_figure((9.5, 3.6), 2, width_ratios=[2.2, 1], left=0.09, right=0.96,
                                                  bottom=0.14, top=0.86, wspace=0.2)
        self.lines = self.costs.plot([], [], [], [], animated=True)
        self.costs.set_xlabel("iteration")
        self.costs.set_ylabel("cost (log scale)")
        self.legend = self.costs.legend(self.lines, ["train", "test"], loc="upper right")
        self.title = self.costs.set_title(" ", y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        self.weights = weights.imshow(np.zeros((8, 8)), cmap="RdBu", vmin=-1, vmax=1, animated=True)
        weights.set_title("weights w\n(blue pushes towards odd)", fontsize=9)
        weights.set_xticks([])
        weights.set_yticks([])
        fig.colorbar(self.weights, ax=weights, fraction=0.046, pad=0.04)
        return fig

    def draw(self, result, learning_rate, num_iterations, train_size):
        set_curves(self.costs, self.lines, [result["cost"], result["test_cost"]], log=True, xlim=(0, num_iterations))
        train_label, test_label = self.legend.get_texts()
        train_label.set_text(f"train ({result['m']} images)")
        test_label.set_text(f"test ({self.test_size} images)")
        self.title.set_text(f"learning rate {learning_rate:.2g}, {num_iterations} iterations")
        # the colour scale (and its colour bar) at 1, 2 or 5 times a power of ten: it changes only
        # when the weights outgrow it, not at every setting
        limit = next(v for v in log_choices(1e-6, 1e6) if v >= np.abs(result["w"]).max()) if result["w"].any() else 1.0
        self.weights.set_data(result["w"])
        if self.weights.get_clim() != (-limit, limit):
            self.weights.set_clim(-limit, limit)
        return (f"{result['m']} images: train {result['train']:.1f} %, test {result['test']:.1f} %, "
                f"cost {result['cost'][-1]:.4f}")


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
    X_all, Y_all, X_test, Y_test = load_digits("odd", directory=directory)
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
            "train": accuracy_percent(predict(X, parameters), Y),
            "test": accuracy_percent(predict(X_test, parameters), Y_test),
        }

    controls = {
        "learning_rate": log_slider("learning rate", learning_rate, -3, 1),
        "num_iterations": int_slider("iterations", num_iterations, 100, 3000, step=100),
        "train_size": int_slider("training images", train_size, 10, m_all),
    }
    figure = _Figure(X_test.shape[1])
    return Panel(compute, figure.draw, controls, setup=figure.setup)
