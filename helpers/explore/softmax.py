"""Explore panel of ``08_softmax``: ten-digit classification with a softmax output.

Three sliders: hidden units (0 means no hidden layer, i.e. softmax regression ``[64, 10]``;
otherwise ``[64, n, 10]`` with ReLU), the Adam learning rate (log scale) and the number of
epochs. Each change trains on the 1,438 training digits with mini-batches and redraws the test
accuracy of every class beside the test confusion matrix; the status line reads
``[64, 16, 10]: train 99.2 %, test 97.5 %``.
"""
from __future__ import annotations

import numpy as np

from ..datasets import load_digits
from ..initializers import stack_dims
from ..layers import predict
from ..metrics import accuracy, confusion_matrix, labels_of
from ..plots import confusion_artists, set_bars, set_confusion
from ..training import train
from ..widgets import Panel, int_slider, log_slider, panel_figure

__all__ = ["make_panel", "per_class_accuracy"]


def per_class_accuracy(counts):
    """Percentage of each true class predicted correctly: ``100 * diag(counts) / row sums``.

    ``counts`` is a ``(C, C)`` confusion matrix (rows: true class). A class with no examples
    gets ``nan``.
    """
    counts = np.asarray(counts)
    if counts.ndim != 2 or counts.shape[0] != counts.shape[1]:
        raise ValueError(f"`counts` must be a square (C, C) confusion matrix; got shape {counts.shape}")
    totals = counts.sum(axis=1)
    out = np.full(counts.shape[0], np.nan)
    np.divide(100.0 * np.diag(counts), totals, out=out, where=totals > 0)
    return out


class _Figure:
    """The panel's figure: test accuracy of every digit (left), the test confusion matrix (right)."""

    def setup(self):
        fig, (left, right) = panel_figure((10, 4.2), 2, width_ratios=[1.1, 1], left=0.07, right=0.97, bottom=0.12,
                                          top=0.91, wspace=0.22)
        self.bars = left.bar(np.arange(10), np.zeros(10), color="#1f77b4")
        self.overall = left.axhline(0, color="k", linestyle="--", linewidth=1)
        self.legend = left.legend([self.overall], [" "], loc="lower right")
        left.set_xticks(range(10))
        left.set_xlabel("digit (true class)")
        left.set_ylabel("test accuracy (%)")
        left.set_ylim(0, 105)
        self.title = left.set_title(" ", y=1.0)  # a fixed y skips a layout pass per redraw
        self.confusion = confusion_artists(right, 10)
        right.set_title("test confusion matrix", y=1.0)
        return fig

    def draw(self, result, hidden_units, learning_rate, epochs):
        set_bars(self.bars, per_class_accuracy(result["counts"]))
        self.overall.set_ydata([result["test"]] * 2)
        self.legend.get_texts()[0].set_text(f"all test digits {result['test']:.1f} %")
        self.title.set_text(f"{result['dims']}, lr {learning_rate:.2g}, {epochs} epochs")
        set_confusion(*self.confusion, result["counts"])
        return f"{result['dims']}: train {result['train']:.1f} %, test {result['test']:.1f} %, cost {result['cost']:.4f}"


def make_panel(*, hidden_units=16, learning_rate=0.01, epochs=10, batch_size=64, seed=0):
    """The notebook's panel: hidden units, learning rate and epochs -> accuracies and confusion matrix.

    Parameters
    ----------
    hidden_units : int in [0, 64], default 16
        Starting value of the slider (step 8); 0 trains softmax regression.
    learning_rate : float in [1e-4, 1], default 0.01
        Starting Adam learning rate.
    epochs : int in [1, 30], default 10
        Starting number of passes over the training set.
    batch_size : int >= 1, default 64
        Mini-batch size (fixed; not a slider).
    seed : int >= 0, default 0
        Initialization and mini-batch shuffles.
    """
    X, Y, X_test, Y_test = load_digits("one_hot")
    train_y, test_y = labels_of(Y), labels_of(Y_test)

    def compute(hidden_units, learning_rate, epochs):
        dims = stack_dims(X.shape[0], max(int(hidden_units), 1), int(hidden_units > 0), Y.shape[0])
        parameters, history = train(X, Y, dims, optimizer="adam", learning_rate=learning_rate,
                                    batch_size=batch_size, num_epochs=epochs,
                                    output_activation="softmax", seed=seed)
        options = history["forward_options"]
        test_pred = predict(X_test, parameters, **options)
        return {
            "dims": dims,
            "train": accuracy(predict(X, parameters, **options), train_y),
            "test": accuracy(test_pred, test_y),
            "counts": confusion_matrix(test_pred, test_y, 10),
            "cost": history["cost"][-1],
        }

    controls = {
        "hidden_units": int_slider("hidden units (0 = softmax regression)", hidden_units, 0, 64, step=8),
        "learning_rate": log_slider("learning rate (Adam)", learning_rate, -4, 0),
        "epochs": int_slider("epochs", epochs, 1, 30),
    }
    figure = _Figure()
    return Panel(compute, figure.draw, controls, setup=figure.setup)
