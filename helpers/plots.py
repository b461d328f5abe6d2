"""Matplotlib helpers: learning curves, decision boundaries, optimizer paths, image grids,
confusion matrices.

Every ``plot_*`` function draws on an ``ax`` (created if not given) and returns it; none calls
``plt.show()``, which stays the last line of the notebook cell.

The Explore panels (:mod:`helpers.widgets`) build their artists once and then only update them;
the pieces they share live here in pairs, one function that makes the artists and one that sets
their data: :class:`BoundaryArtists` (decision regions as an image, points as one scatter),
:func:`label_bars` / :func:`set_bars`, :func:`confusion_artists` / :func:`set_confusion`,
:func:`draw_contours` and :func:`set_log_y`. The notebooks' ``plot_*`` functions use the same
pieces, so a panel and a notebook figure look alike.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

from .surfaces import surface_grid

__all__ = [
    "CLASS_COLORS",
    "PATH_COLORS",
    "BoundaryArtists",
    "boundary_grid",
    "confusion_artists",
    "draw_contours",
    "grid_extent",
    "label_bars",
    "plot_confusion_matrix",
    "plot_costs",
    "plot_dataset",
    "plot_decision_boundary",
    "plot_paths",
    "set_bars",
    "set_confusion",
    "set_curves",
    "set_limits",
    "set_log_y",
    "show_images",
]

CLASS_COLORS = ("#d62728", "#1f77b4")  # class 0 red, class 1 blue
PATH_COLORS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e")
_REGION_CMAP = ListedColormap(["#f4b6b6", "#b5cde8"])
_PLAIN = FuncFormatter(lambda value, _: f"{value:g}")


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


def _grid_bounds(X, margin):
    """``(x0, x1, y0, y1)``: the data's range in both coordinates, widened by ``margin`` on every
    side and then out to the next multiple of 0.5 (so that a little more noise in the data does
    not move the axes)."""
    X = np.asarray(X, dtype=float)
    low, high = X.min(axis=1) - margin, X.max(axis=1) + margin
    low, high = np.floor(2 * low) / 2, np.ceil(2 * high) / 2
    return float(low[0]), float(high[0]), float(low[1]), float(high[1])


def boundary_grid(X, resolution=120, margin=0.5):
    """A ``resolution x resolution`` grid covering the data plus ``margin``.

    Returns ``(xx, yy, points)`` where ``points`` has shape ``(2, resolution**2)``, ready for a
    model's ``predict`` (row by row: ``x_1`` varies fastest).
    """
    x0, x1, y0, y1 = _grid_bounds(X, margin)
    xx, yy = np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution))
    return xx, yy, np.vstack([xx.ravel(), yy.ravel()])


def _minor_labels(mantissas):
    """A tick formatter writing plain numbers (0.2, not 2x10^-1) whose leading digit is in ``mantissas``."""
    def label(value, _):
        leading = int(round(value / 10 ** np.floor(np.log10(value)))) if value > 0 else 0
        return f"{value:g}" if leading in mantissas else ""
    return FuncFormatter(label)


_MINOR_ALL, _MINOR_2_3_5, _MINOR_2_5 = _minor_labels(range(1, 10)), _minor_labels((2, 3, 5)), _minor_labels((2, 5))
_MINOR_NONE = NullFormatter()


def _minor_formatter(decades):
    """Which minor ticks to label when the values span ``decades``: as many as fit without overlap.

    Below half a decade every one; up to 1.2 decades 2, 3 and 5 (the ticks 0.6 to 0.9 crowd
    together at the top of a decade); up to 2 decades 2 and 5; beyond that none.
    """
    if decades < 0.5:
        return _MINOR_ALL
    if decades < 1.2:
        return _MINOR_2_3_5
    return _MINOR_2_5 if decades < 2 else _MINOR_NONE


def set_log_y(ax, log=True, values=None):
    """Put the y axis of ``ax`` on a log (or linear) scale, with plain tick labels (0.2, not 2x10^-1).

    The scale and the formatters are set only when they differ: setting one marks the axes
    changed, and a panel then draws its whole figure again instead of only its curves. On a log scale the
    minor ticks are labelled as well when ``values`` span less than half a decade, those at 2,
    3 and 5 when they span up to 1.2 decades, and those at 2 and 5 up to two, so that every curve
    shows at least two labels and no two labels overlap.

    Parameters
    ----------
    ax : matplotlib Axes
    log : bool, default True
        Log scale (True) or linear (False).
    values : array-like, optional
        The values drawn (non-positive and non-finite ones are ignored); without them only the
        decades are labelled.

    Returns
    -------
    ax
    """
    if (ax.get_yscale() == "log") != bool(log):
        ax.set_yscale("log" if log else "linear")
    if log:
        finite = np.asarray(values if values is not None else [], dtype=float)
        finite = finite[np.isfinite(finite) & (finite > 0)]
        decades = np.log10(finite.max() / finite.min()) if finite.size else np.inf
        for formatter, get, set_ in ((_PLAIN, ax.yaxis.get_major_formatter, ax.yaxis.set_major_formatter),
                                     (_minor_formatter(decades), ax.yaxis.get_minor_formatter,
                                      ax.yaxis.set_minor_formatter)):
            if get() is not formatter:
                set_(formatter)
    return ax


def set_limits(ax, xlim=None, ylim=None):
    """Set ``ax``'s x and y limits (each optional) only where they differ from the current ones.

    Setting a limit marks the axes changed even when the value is the same, and a slider panel
    then draws its whole figure again instead of only what moves (see
    :class:`helpers.widgets.Blitter`); draw functions call this instead of ``set_xlim``/``set_ylim``.
    """
    for limits, get, set_ in ((xlim, ax.get_xlim, ax.set_xlim), (ylim, ax.get_ylim, ax.set_ylim)):
        if limits is not None and tuple(map(float, get())) != tuple(map(float, limits)):
            set_(*limits)


def round_limits(values, *, log=False, bottom=None, decades=1):
    """Limits enclosing ``values`` at round numbers: whole decades on a log scale, ticks on a linear one.

    A curve redrawn at a new setting keeps its axes as long as it stays inside them, so the eye
    compares settings on one scale (and a panel redraws only the curve). On a log scale the top
    is the decade above the largest value and the axis spans at least ``decades`` decades. On a
    linear scale from ``bottom`` the top is ``bottom`` plus 1, 2 or 5 times a power of ten;
    without ``bottom``, the limits are the outermost ticks ``MaxNLocator`` would put around the
    values (steps of 1, 2, 2.5 or 5 times a power of ten).

    Parameters
    ----------
    values : array-like of float (non-finite values, and on a log scale non-positive ones, ignored)
    log : bool, default False
    bottom : float, optional, the lower limit of a linear scale (for example 0)
    decades : int >= 1, default 1, the least span of a log scale

    Returns
    -------
    (low, high) : tuple of float, ``low < high``
    """
    values = np.asarray(values, dtype=float).ravel()
    values = values[np.isfinite(values) & ((values > 0) if log else True)]
    if log:
        if not values.size:
            return 0.1, 10.0
        high = np.ceil(np.log10(values.max()))
        low = min(np.floor(np.log10(values.min())), high - max(int(decades), 1))
        return float(10.0 ** low), float(10.0 ** high)
    low = float(values.min()) if values.size else 0.0
    high = float(values.max()) if values.size else 1.0
    if bottom is not None:
        low, high = float(bottom), max(high, float(bottom))
    if bottom is not None and high > bottom:
        # from the bottom up to 1, 2 or 5 times a power of ten: a curve from 0.69 down and one
        # from 0.95 down share the axis up to 1
        span = high - bottom
        power = 10.0 ** np.floor(np.log10(span))
        return float(bottom), float(bottom + next(m * power for m in (1, 2, 5, 10) if m * power >= span * (1 - 1e-12)))
    if high - low <= 1e-12 * max(abs(low), abs(high), 1.0):
        high = low + max(abs(low), 1.0)  # a flat curve: one unit of room above it
    ticks = MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]).tick_values(low, high)
    ticks_low, ticks_high = ticks[ticks <= low + 1e-12 * abs(low)], ticks[ticks >= high - 1e-12 * abs(high)]
    return (float(ticks_low.max()) if bottom is None and ticks_low.size else low,
            float(ticks_high.min()) if ticks_high.size else high)


def set_curves(ax, lines, curves, *, log=False, bottom=None, xlim=None):
    """Put one cost sequence in each of ``lines`` (x = 0, 1, 2, ...) and fit ``ax`` to them.

    The x axis runs from the first to the last x drawn (or over ``xlim``); the y axis is given
    round limits (:func:`round_limits`), on a log scale at least three decades (a cost falling a
    hundredfold fits, and most settings keep the axes); both are set only when they change
    (:func:`set_limits`).

    Parameters
    ----------
    ax : matplotlib Axes holding ``lines``
    lines : list of Line2D, one per curve
    curves : list of sequences of float, or of ``(x, y)`` tuples to draw at those x
    log : bool, default False
        Log-scale y axis, kept linear when a value is not positive (see :func:`set_log_y`).
    bottom : float, optional
        Lower y limit of a linear axis (for example 0).
    xlim : (float, float), optional
        The x axis's limits, for example ``(0, iterations)`` so that a run stopped early keeps
        the axis of the runs that were not.

    Returns
    -------
    ndarray : every value drawn, concatenated
    """
    values, xs = [], []
    for line, curve in zip(lines, curves):
        x, y = curve if isinstance(curve, tuple) else (None, curve)
        y = np.asarray(y, dtype=float)
        x = np.arange(len(y)) if x is None else np.asarray(x, dtype=float)
        line.set_data(x, y)
        values.append(y)
        xs.append(x)
    values = np.concatenate(values) if values else np.zeros(0)
    xs = np.concatenate(xs) if xs else np.zeros(0)
    log = bool(log and values.size and np.nanmin(values) > 0)
    ylim = round_limits(values, log=log, bottom=None if log else bottom, decades=3)
    set_log_y(ax, log, ylim)
    if xlim is None:
        x_low, x_high = (float(xs.min()), float(xs.max())) if xs.size else (0.0, 1.0)
        xlim = (x_low, max(x_high, x_low + 1))
    set_limits(ax, xlim=xlim, ylim=ylim)
    return values


def grid_extent(X, resolution=120, margin=0.5):
    """``(left, right, bottom, top)`` of an image whose pixel centres are :func:`boundary_grid`'s points."""
    x0, x1, y0, y1 = _grid_bounds(X, margin)
    half_x, half_y = (x1 - x0) / (2 * (resolution - 1)), (y1 - y0) / (2 * (resolution - 1))
    return (x0 - half_x, x1 + half_x, y0 - half_y, y1 + half_y)


def _regions(predicted, resolution):
    """Labels on the grid as a ``(resolution, resolution)`` image; probabilities are thresholded at 0.5."""
    Z = np.asarray(predicted, dtype=float).reshape(resolution, resolution)
    if Z.min() >= 0 and Z.max() <= 1 and not np.all((Z == 0) | (Z == 1)):
        Z = (Z > 0.5).astype(float)
    return Z


class BoundaryArtists:
    """A decision-boundary plot whose regions and points can be replaced without new artists.

    The regions are an ``imshow`` image of the class predicted at every point of
    :func:`boundary_grid` (its array is swapped), the data one scatter coloured by label (its
    offsets and colours are swapped). Built empty by the constructor; :meth:`update` fills it.

    Parameters
    ----------
    ax : matplotlib Axes
    resolution : int, default 120
        Grid points per axis, as given to :func:`boundary_grid`.
    s : float, default 14
        Marker area of the data points.
    animated : bool, default False
        Make the regions and the points animated artists (a slider panel redraws only them).
    """

    def __init__(self, ax, *, resolution=120, s=14, animated=False):
        self.ax, self.resolution = ax, resolution
        self.image = ax.imshow(np.zeros((resolution, resolution)), cmap=_REGION_CMAP, vmin=0, vmax=1,
                               origin="lower", interpolation="nearest", aspect="auto", animated=animated)
        self.points = ax.scatter([], [], s=s, edgecolors="k", linewidths=0.3, animated=animated)
        ax.set_autoscale_on(False)  # the limits follow the grid (update), not each new artist
        ax.set_xlabel("$x_1$")
        ax.set_ylabel("$x_2$")

    def update(self, predicted, X, Y):
        """Show new regions and points.

        Parameters
        ----------
        predicted : ndarray of shape (1, resolution**2)
            Labels (or probabilities, thresholded at 0.5) at the points of
            ``boundary_grid(X, resolution)``.
        X : ndarray of shape (2, m), the points (also fixing the grid and the axis limits)
        Y : ndarray of shape (1, m), their 0/1 labels

        Returns
        -------
        self
        """
        self.image.set_data(_regions(predicted, self.resolution))
        extent = grid_extent(X, self.resolution)
        if tuple(self.image.get_extent()) != extent:
            self.image.set_extent(extent)
        half_x = (extent[1] - extent[0]) / (2 * self.resolution)
        half_y = (extent[3] - extent[2]) / (2 * self.resolution)
        set_limits(self.ax, xlim=(extent[0] + half_x, extent[1] - half_x), ylim=(extent[2] + half_y, extent[3] - half_y))
        X, y = np.asarray(X), np.asarray(Y).reshape(-1).astype(int)
        self.points.set_offsets(X.T)
        self.points.set_facecolor(np.asarray(CLASS_COLORS)[y])
        return self


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
    _, _, points = boundary_grid(X, resolution)
    ax.imshow(_regions(predict_fn(points), resolution), extent=grid_extent(X, resolution), cmap=_REGION_CMAP,
              vmin=0, vmax=1, origin="lower", interpolation="nearest", aspect="auto")
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


def confusion_artists(ax, num_classes, *, class_names=None, animated=False):
    """An empty confusion-matrix plot on ``ax``: ``(image, texts)`` for :func:`set_confusion`.

    Rows are the true class, columns the predicted one; ``texts[i][j]`` will hold count ``(i, j)``.
    ``animated``: the image and the texts are animated artists (a slider panel redraws only them).
    """
    C = int(num_classes)
    image = ax.imshow(np.zeros((C, C)), cmap="Blues", vmin=0, vmax=1, animated=animated)
    names = class_names if class_names is not None else [str(i) for i in range(C)]
    ax.set_xticks(range(C), names)
    ax.set_yticks(range(C), names)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    texts = [[ax.text(j, i, "", ha="center", va="center", fontsize=7, animated=animated) for j in range(C)]
             for i in range(C)]
    return image, texts


def set_confusion(image, texts, counts):
    """Show ``counts (C, C)`` in the artists of :func:`confusion_artists`; zero counts stay blank."""
    counts = np.asarray(counts)
    image.set_data(counts)
    image.set_clim(0, max(int(counts.max()), 1))
    threshold = counts.max() / 2 if counts.size else 0
    for i, row in enumerate(texts):
        for j, text in enumerate(row):
            text.set_text(str(counts[i, j]) if counts[i, j] else "")
            text.set_color("white" if counts[i, j] > threshold else "black")


def plot_confusion_matrix(counts, *, ax=None, class_names=None, title=None):
    """Draw a confusion matrix (rows: true class, columns: predicted) with the counts written in."""
    counts = np.asarray(counts)
    ax = _ax(ax, figsize=(5, 4.5))
    set_confusion(*confusion_artists(ax, counts.shape[0], class_names=class_names), counts)
    if title:
        ax.set_title(title)
    return ax


def label_bars(ax, bars, *, fontsize=None):
    """One empty text above each bar of ``bars`` (from ``ax.bar``), for :func:`set_bars` to fill.

    The texts are animated when the bars are (a slider panel redraws only them).

    Returns
    -------
    list of Text, one per bar
    """
    return [ax.text(bar.get_x() + bar.get_width() / 2, 0, "", ha="center", va="bottom", fontsize=fontsize,
                    animated=bar.get_animated()) for bar in bars]


def set_bars(bars, heights, texts=None, fmt="{:.1f} %"):
    """Set the heights of ``bars`` and, if given, write each height above its bar.

    Parameters
    ----------
    bars : BarContainer, from ``ax.bar``
    heights : sequence of float, one per bar; nan draws no bar (height 0)
    texts : list of Text, optional
        From :func:`label_bars`; a bar too short to be seen gets its text at the bottom of the axes.
    fmt : str, default "{:.1f} %"
        Format of the written heights.
    """
    for k, (bar, height) in enumerate(zip(bars, heights)):
        height = float(height) if np.isfinite(height) else 0.0
        bar.set_height(height)
        if texts is not None:
            texts[k].set_y(max(height, bar.axes.get_ylim()[0]))
            texts[k].set_text(fmt.format(height))


def draw_contours(ax, surface, *, grid=None, levels=14):
    """Contour lines of a 2-D ``surface`` and its minimum (a star); returns the artists drawn.

    Parameters
    ----------
    surface : helpers.surfaces.Surface
    grid : (W1, W2, J), optional
        A precomputed :func:`helpers.surfaces.surface_grid` (saves time when redrawing).
    levels : int or sequence of float, default 14
        Number of contour lines, spaced evenly in log scale above the lowest cost shown (so the
        lines crowd where the surface is steep, like a map of a steep hillside); or the costs
        at which to draw them.

    Returns
    -------
    list of artists: the contour set, then the minimum's marker if the surface has one
    """
    W1, W2, J = surface_grid(surface, resolution=100) if grid is None else grid
    if np.ndim(levels) == 0:
        low = float(J.min())
        heights = np.geomspace(1e-2, float(J.max()) - low, int(levels)) + low
    else:
        heights = np.asarray(levels, dtype=float)
    artists = [ax.contour(W1, W2, J, levels=heights, colors="0.6", linewidths=0.7)]
    if surface.minimum is not None:
        artists += ax.plot(*surface.minimum, marker="*", color="k", markersize=11, linestyle="none",
                           label="minimum")
    return artists


def plot_paths(surface, paths, labels=None, *, ax=None, grid=None, levels=14, title=None, colors=PATH_COLORS,
               markersize=3):
    """Draw optimizer paths over the contour lines of a 2-D surface.

    Parameters
    ----------
    surface : helpers.surfaces.Surface
    paths : list of ndarrays of shape (steps + 1, 2)
        As returned by :func:`helpers.surfaces.optimizer_path`; each is drawn from its start
        (a circle) through every step (dots).
    labels : list of str, optional, one per path
    ax : matplotlib Axes, optional
    grid, levels : as in :func:`draw_contours`
    colors : sequence of colours, cycled over the paths
    markersize : float, default 3
    """
    ax = _ax(ax, figsize=(5.5, 4))
    draw_contours(ax, surface, grid=grid, levels=levels)
    labels = labels or [None] * len(paths)
    for k, (path, label) in enumerate(zip(paths, labels)):
        color = colors[k % len(colors)]
        ax.plot(path[:, 0], path[:, 1], "-o", color=color, markersize=markersize, linewidth=1.2, label=label)
        ax.plot(path[0, 0], path[0, 1], "o", color=color, markersize=8, markerfacecolor="none")
    x0, x1, y0, y1 = surface.extent
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("$w_1$")
    ax.set_ylabel("$w_2$")
    if title:
        ax.set_title(title)
    if any(labels):
        ax.legend(loc="lower right", fontsize=8)
    return ax
