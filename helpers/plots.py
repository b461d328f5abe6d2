"""Matplotlib helpers: learning curves, decision boundaries, image grids, confusion matrices.

Every function draws on an ``ax`` (created if not given) and returns it; none calls
``plt.show()``, which stays the last line of the notebook cell.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap

__all__ = [
    "CLASS_COLORS",
    "boundary_grid",
    "plot_confusion_matrix",
    "plot_costs",
    "plot_dataset",
    "plot_decision_boundary",
    "show_images",
]

CLASS_COLORS = ("#d62728", "#1f77b4")  # class 0 red, class 1 blue
_REGION_CMAP = ListedColormap(["#f4b6b6", "#b5cde8"])


def _ax(ax, figsize=(5, 4)):
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


def plot_costs(costs, labels=None, *, ax=None, xlabel="iteration", ylabel="cost", title=None, every=1, log=False):
    """Learning curves: one line per cost sequence.

    Parameters
    ----------
    costs : sequence of floats, a training history dict (its ``"cost"``), or a list of either
    labels : list of str, optional, one per curve
    every : int, default 1
        Spacing of the recorded costs on the x axis (e.g. 100 if one cost was kept per 100 iterations).
    log : bool, default False
        Log-scale y axis.
    """
    ax = _ax(ax)
    if isinstance(costs, dict) or (len(costs) and np.isscalar(costs[0])):
        costs = [costs]
    labels = labels or [None] * len(costs)
    for curve, label in zip(costs, labels):
        values = np.asarray(curve["cost"] if isinstance(curve, dict) else curve, dtype=float)
        ax.plot(np.arange(len(values)) * every, values, label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if log:
        ax.set_yscale("log")
    if title:
        ax.set_title(title)
    if any(labels):
        ax.legend()
    return ax


def plot_dataset(X, Y, *, ax=None, title=None, s=14):
    """Scatter a 2-D dataset ``X (2, m)`` coloured by its labels ``Y (1, m)``."""
    ax = _ax(ax)
    X, y = np.asarray(X), np.asarray(Y).reshape(-1)
    for c in (0, 1):
        ax.scatter(X[0, y == c], X[1, y == c], s=s, c=CLASS_COLORS[c], edgecolors="k", linewidths=0.3, label=f"y = {c}")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    if title:
        ax.set_title(title)
    return ax


def boundary_grid(X, resolution=120, margin=0.5):
    """A ``resolution x resolution`` grid covering the data plus ``margin``.

    Returns ``(xx, yy, points)`` where ``points`` has shape ``(2, resolution**2)``, ready for a
    model's ``predict``.
    """
    X = np.asarray(X)
    x0, x1 = X[0].min() - margin, X[0].max() + margin
    y0, y1 = X[1].min() - margin, X[1].max() + margin
    xx, yy = np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution))
    return xx, yy, np.vstack([xx.ravel(), yy.ravel()])


def plot_decision_boundary(predict_fn, X, Y, *, ax=None, title=None, resolution=120, s=14):
    """Shade the regions a classifier assigns to each class and scatter the data on top.

    Parameters
    ----------
    predict_fn : callable, ``predict_fn(points (2, k)) -> labels (1, k)`` (or probabilities,
        which are thresholded at 0.5)
    X : (2, m) data, Y : (1, m) labels
    resolution : int, default 120
        Grid points per axis; the whole grid is predicted in one vectorized call.
    """
    ax = _ax(ax)
    xx, yy, points = boundary_grid(X, resolution)
    Z = np.asarray(predict_fn(points), dtype=float).reshape(xx.shape)
    if Z.min() >= 0 and Z.max() <= 1 and not np.all((Z == 0) | (Z == 1)):
        Z = (Z > 0.5).astype(float)
    ax.contourf(xx, yy, Z, levels=[-0.5, 0.5, 1.5], cmap=_REGION_CMAP)
    plot_dataset(X, Y, ax=ax, title=title, s=s)
    return ax


def show_images(images, titles=None, *, ncols=10, cmap="gray_r", size=1.0, suptitle=None):
    """A grid of small images (``(k, h, w)`` or ``(k, h, w, 3)``) with optional titles.

    Returns the figure. ``gray_r`` draws the digits' ink dark on white.
    """
    images = np.asarray(images)
    k = len(images)
    ncols = max(1, min(ncols, k))
    nrows = max(1, int(np.ceil(k / ncols)))
    fig, axes = plt.subplots(nrows, ncols, figsize=(size * ncols, size * nrows * 1.25), squeeze=False)
    for i, ax in enumerate(axes.ravel()):
        ax.axis("off")
        if i < k:
            ax.imshow(images[i], cmap=cmap if images[i].ndim == 2 else None)
            if titles is not None:
                ax.set_title(str(titles[i]), fontsize=8)
    if suptitle:
        fig.suptitle(suptitle)
    fig.tight_layout()
    return fig


def plot_confusion_matrix(counts, *, ax=None, class_names=None, title=None):
    """Draw a confusion matrix (rows: true class, columns: predicted) with the counts written in."""
    counts = np.asarray(counts)
    ax = _ax(ax, figsize=(5, 4.5))
    ax.imshow(counts, cmap="Blues")
    C = counts.shape[0]
    names = class_names if class_names is not None else [str(i) for i in range(C)]
    ax.set_xticks(range(C), names)
    ax.set_yticks(range(C), names)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    threshold = counts.max() / 2 if counts.size else 0
    for i in range(C):
        for j in range(C):
            if counts[i, j]:
                ax.text(j, i, str(counts[i, j]), ha="center", va="center", fontsize=7,
                        color="white" if counts[i, j] > threshold else "black")
    if title:
        ax.set_title(title)
    return ax
