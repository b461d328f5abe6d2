"""Explore panel of ``08_softmax``: ten-digit classification with a softmax output.

Three sliders: hidden units (0 means no hidden layer, i.e. softmax regression ``[64, 10]``;
otherwise ``[64, n, 10]`` with ReLU), the Adam learning rate (log scale) and the number of
epochs. Each change trains on the 1,438 training digits with mini-batches and redraws the test
accuracy of every class beside the test confusion matrix; the status line reads
``[64, 16, 10]: train 99.2 %, test 97.5 %``.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from ..datasets import images_to_columns, load_image_dataset
from ..layers import predict
from ..metrics import accuracy, confusion_matrix, one_hot
from ..plots import plot_confusion_matrix
from ..training import train
from ..widgets import Panel, int_slider, log_slider

__all__ = ["layer_dims_for", "make_panel", "per_class_accuracy"]


def layer_dims_for(hidden_units, n_x=64, n_classes=10):
    """``[n_x, n_classes]`` when ``hidden_units`` is 0 (softmax regression), else ``[n_x, hidden_units, n_classes]``."""
    hidden_units = int(hidden_units)
    if hidden_units < 0:
        raise ValueError(f"`hidden_units` must be >= 0; got {hidden_units}")
    return [n_x, n_classes] if hidden_units == 0 else [n_x, hidden_units, n_classes]


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
    train_x, train_y, test_x, test_y, _ = load_image_dataset("digits")
    X, X_test = images_to_columns(train_x), images_to_columns(test_x)
    Y = one_hot(train_y, 10)

    def compute(hidden_units, learning_rate, epochs):
        dims = layer_dims_for(hidden_units, X.shape[0], Y.shape[0])
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

    def draw(result, hidden_units, learning_rate, epochs):
        fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2), gridspec_kw={"width_ratios": [1.1, 1]})
        per_class = per_class_accuracy(result["counts"])
        left.bar(np.arange(10), per_class, color="#1f77b4")
        left.axhline(result["test"], color="k", linestyle="--", linewidth=1, label=f"all test digits {result['test']:.1f} %")
        left.set_xticks(range(10))
        left.set_xlabel("digit (true class)")
        left.set_ylabel("test accuracy (%)")
        left.set_ylim(0, 105)
        left.legend(loc="lower right")
        left.set_title(f"{result['dims']}, lr {learning_rate:.2g}, {epochs} epochs")
        plot_confusion_matrix(result["counts"], ax=right, title="test confusion matrix")
        fig.tight_layout()
        return f"{result['dims']}: train {result['train']:.1f} %, test {result['test']:.1f} %, cost {result['cost']:.4f}"

    controls = {
        "hidden_units": int_slider("hidden units (0 = softmax regression)", hidden_units, 0, 64, step=8),
        "learning_rate": log_slider("learning rate (Adam)", learning_rate, -4, 0),
        "epochs": int_slider("epochs", epochs, 1, 30),
    }
    return Panel(compute, draw, controls)
