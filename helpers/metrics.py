"""Label utilities: one-hot encoding, accuracy and the confusion matrix.

Labels are row vectors of shape ``(1, m)`` (0/1 or a class index); one-hot labels are ``(C, m)``.
"""
from __future__ import annotations

import numpy as np

from .validation import check_int

__all__ = ["accuracy_percent", "confusion_matrix", "labels_of", "one_hot"]


def labels_of(Y):
    """Class indices ``(1, m)`` from binary ``(1, m)`` or one-hot ``(C, m)`` labels."""
    Y = np.asarray(Y)
    if Y.ndim == 1:
        Y = Y.reshape(1, -1)
    if Y.ndim != 2:
        raise ValueError(f"`Y` must be a (1, m) or (C, m) array; got shape {Y.shape}")
    return Y.astype(int) if Y.shape[0] == 1 else Y.argmax(axis=0).reshape(1, -1)


def one_hot(labels, num_classes):
    """One-hot matrix ``(C, m)`` from integer labels of shape ``(m,)`` or ``(1, m)``."""
    num_classes = check_int("num_classes", num_classes, low=2)
    labels = np.asarray(labels).reshape(-1)
    if labels.size and (labels.dtype.kind not in "iub" or labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError(f"`labels` must be integers in [0, {num_classes - 1}]; got values from {labels.min()} to {labels.max()}")
    out = np.zeros((num_classes, labels.size))
    out[labels, np.arange(labels.size)] = 1.0
    return out


def accuracy_percent(predictions, Y):
    """Percentage of columns where ``predictions`` (``(1, m)`` labels) match ``Y`` (labels or one-hot)."""
    predictions = np.asarray(predictions)
    if predictions.dtype.kind == "f" and np.any(predictions != np.round(predictions)):
        raise ValueError("`predictions` must be labels (0/1 or class indices), not probabilities; "
                         "got non-integer values (use helpers.predict)")
    p, y = labels_of(predictions), labels_of(Y)
    if p.shape != y.shape:
        raise ValueError(f"`predictions` must have shape {y.shape} to match Y; got {p.shape}")
    return 100.0 * float(np.mean(p == y))


def confusion_matrix(predictions, Y, num_classes=None):
    """``counts[i, j]`` = number of examples of true class ``i`` predicted as class ``j``."""
    p, y = labels_of(predictions).ravel(), labels_of(Y).ravel()
    if p.shape != y.shape:
        raise ValueError(f"`predictions` must have {y.size} labels to match Y; got {p.size}")
    C = int(max(p.max(initial=0), y.max(initial=0)) + 1) if num_classes is None else num_classes
    if p.size and (min(p.min(), y.min()) < 0 or max(p.max(), y.max()) >= C):
        raise ValueError(f"`predictions` and `Y` must hold class indices in [0, {C - 1}]; "
                         f"got values from {min(p.min(), y.min())} to {max(p.max(), y.max())}")
    counts = np.zeros((C, C), dtype=int)
    np.add.at(counts, (y, p), 1)
    return counts
