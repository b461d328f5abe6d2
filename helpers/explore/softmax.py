"""Explore panel of ``08_softmax``: ten-digit classification with a softmax output.

Four sliders: hidden units (0 means no hidden layer, i.e. softmax regression ``[64, 10]``;
otherwise ``[64, n, 10]`` with ReLU), the Adam learning rate (log scale), the number of epochs and
a softmax temperature ``T``. Each change of the first three trains on the 1,438 training digits
with mini-batches; the figure shows the test accuracy of every class, the test confusion matrix,
and the probabilities ``softmax(z / T)`` the trained network gives one test digit. The
temperature only rescales the trained network's logits (no retraining): it sharpens (``T < 1``)
or flattens (``T > 1``) every distribution, changes the test cost and the confidence, and never
the predicted class, so the accuracies stay. The status line reads ``[64, 16, 10]: train 99.2 %,
test 97.5 %; T 1: test cost 0.0934, mean top probability 0.962``.
"""
from __future__ import annotations

import numpy as np

from functools import lru_cache

from ..activations import softmax
from ..datasets import load_digits
from ..initializers import stack_dims
from ..layers import model_forward, predict
from ..losses import cost_from_logits
from ..metrics import accuracy_percent, confusion_matrix, labels_of
from ..plots import confusion_artists, set_bars, set_confusion
from ..training import train
from ..widgets import Panel, choice_slider, int_slider, log_choices, log_slider, panel_figure

__all__ = ["TEMPERATURES", "make_panel", "per_class_accuracy"]

TEMPERATURES = log_choices(0.1, 100.0)
"""The temperature slider's values: 0.1, 0.2, 0.5, 1, 2, 5, ..., 100 (1 is the ordinary softmax)."""

SHOWN_DIGIT = 0
"""Index of the test digit whose probabilities the right-hand plot shows."""


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
        fig, (left, right, probs) = panel_figure((11, 4.0), 3, width_ratios=[1.1, 1, 0.9], left=0.06, right=0.985,
                                                 bottom=0.12, top=0.91, wspace=0.25)
        self.bars = left.bar(np.arange(10), np.zeros(10), color="#1f77b4", animated=True)
        self.overall = left.axhline(0, color="k", linestyle="--", linewidth=1, animated=True)
        self.legend = left.legend([self.overall], [" "], loc="lower right")
        left.set_xticks(range(10))
        left.set_xlabel("digit (true class)")
        left.set_ylabel("test accuracy (%)")
        left.set_ylim(0, 105)
        self.title = left.set_title(" ", y=1.0, animated=True)  # a fixed y skips a layout pass per redraw
        self.confusion = confusion_artists(right, 10, animated=True)
        right.set_title("test confusion matrix", y=1.0)
        self.probs = probs.bar(np.arange(10), np.zeros(10), color="#1f77b4", animated=True)
        probs.axhline(0.1, color="gray", linestyle=":", linewidth=1, label="uniform 1/10")
        probs.legend(loc="upper right", fontsize=8)
        probs.set_xticks(range(10))
        probs.set_xlabel("class")
        probs.set_ylabel("probability")
        probs.set_ylim(0, 1.05)
        self.probs_title = probs.set_title(" ", y=1.0, animated=True)
        return fig

    def draw(self, result, hidden_units, learning_rate, epochs, temperature):
        set_bars(self.bars, per_class_accuracy(result["counts"]))
        self.overall.set_ydata([result["test"]] * 2)
        self.legend.get_texts()[0].set_text(f"all test digits {result['test']:.1f} %")
        self.title.set_text(f"{result['dims']}, lr {learning_rate:.2g}, {epochs} epochs")
        set_confusion(*self.confusion, result["counts"])
        set_bars(self.probs, result["shown"])
        self.probs_title.set_text(f"test digit no. {SHOWN_DIGIT} (a {result['shown_label']}): softmax(z / {temperature:g})")
        return (f"{result['dims']}: train {result['train']:.1f} %, test {result['test']:.1f} %; "
                f"T {temperature:g}: test cost {result['test_cost']:.4f}, "
                f"mean top probability {result['confidence']:.3f}")


def make_panel(*, hidden_units=16, learning_rate=0.01, epochs=10, temperature=1.0, batch_size=64, seed=0):
    """The notebook's panel: hidden units, learning rate, epochs, temperature -> accuracies, confusions, probabilities.

    Parameters
    ----------
    hidden_units : int in [0, 64], default 16
        Starting value of the slider (step 8); 0 trains softmax regression.
    learning_rate : float in [1e-4, 1], default 0.01
        Starting Adam learning rate.
    epochs : int in [1, 30], default 10
        Starting number of passes over the training set.
    temperature : one of :data:`TEMPERATURES` (0.1 to 100), default 1
        Starting temperature ``T`` of ``softmax(z / T)`` applied to the trained network's logits.
    batch_size : int >= 1, default 64
        Mini-batch size (fixed; not a slider).
    seed : int >= 0, default 0
        Initialization and mini-batch shuffles.
    """
    X, Y, X_test, Y_test = load_digits("one_hot")
    train_y, test_y = labels_of(Y), labels_of(Y_test)

    @lru_cache(maxsize=32)
    def fit(hidden_units, learning_rate, epochs):
        dims = stack_dims(X.shape[0], max(int(hidden_units), 1), int(hidden_units > 0), Y.shape[0])
        parameters, history = train(X, Y, dims, optimizer="adam", learning_rate=learning_rate,
                                    batch_size=batch_size, num_epochs=epochs,
                                    output_activation="softmax", seed=seed)
        options = history["forward_options"]
        _, caches = model_forward(X_test, parameters, **options)
        test_pred = predict(X_test, parameters, **options)
        return {
            "dims": dims,
            "train": accuracy_percent(predict(X, parameters, **options), train_y),
            "test": accuracy_percent(test_pred, test_y),
            "counts": confusion_matrix(test_pred, test_y, 10),
            "cost": history["cost"][-1],
            "logits": caches[-1].Z,
        }

    def compute(hidden_units, learning_rate, epochs, temperature):
        result = dict(fit(hidden_units, learning_rate, epochs))  # a new temperature does not retrain
        scaled = result["logits"] / float(temperature)
        probabilities = softmax(scaled)
        result.update(test_cost=cost_from_logits(scaled, Y_test, "softmax"),
                      confidence=float(probabilities.max(axis=0).mean()),
                      shown=probabilities[:, SHOWN_DIGIT], shown_label=int(test_y.ravel()[SHOWN_DIGIT]))
        return result

    controls = {
        "hidden_units": int_slider("hidden units (0 = softmax regression)", hidden_units, 0, 64, step=8),
        "learning_rate": log_slider("learning rate (Adam)", learning_rate, -4, 0),
        "epochs": int_slider("epochs", epochs, 1, 30),
        "temperature": choice_slider("temperature T", TEMPERATURES, temperature),
    }
    figure = _Figure()
    return Panel(compute, figure.draw, controls, setup=figure.setup)
