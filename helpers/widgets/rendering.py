"""From a matplotlib figure to the PNG a panel shows, and that PNG into the notebook.

A panel's figure is built once (``setup``) and then only its changing artists are updated.
Those artists are made with ``animated=True``; :class:`Blitter` redraws the figure the way
matplotlib's blitting guide does (``canvas.copy_from_bbox``, ``canvas.restore_region``,
``Axes.draw_artist``, ``canvas.blit``): everything else (axes, ticks, labels, fixed artists) is
drawn once and kept as a copy of the pixels, and a redraw pastes that copy back and draws the
animated artists on it. When a fixed part did change (new axis limits, a new title), the figure
says so through matplotlib's ``stale`` flag and the copy is made again.
"""
from __future__ import annotations

import base64
import io

import matplotlib.image
import matplotlib.pyplot as plt
from IPython.display import display
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

__all__ = ["PNG_DPI", "Blitter", "display_with_png", "draw_and_render", "panel_figure", "png_size", "render_png",
           "set_limits", "show_png"]

PNG_DPI = 90  # panels and playback frames are rendered at this resolution

# zlib level 1: a panel's PNG is flat colours; MEASURE
_PNG_OPTIONS = {"pil_kwargs": {"compress_level": 1}}


def panel_figure(figsize, ncols=1, *, width_ratios=None, **margins):
    """A figure for a panel's ``setup``: ``(figure, axes)`` with ``ncols`` axes side by side.

    The figure is not registered with pyplot (so it is never shown by ``plt.show()`` nor left
    open), has its own Agg canvas and is made at :data:`PNG_DPI`, so :func:`render_png` prints
    it directly. ``margins`` go to ``figure.subplots_adjust`` (fixed margins instead of
    ``tight_layout``, which would move the axes, and so the blitting background, at every redraw).
    """
    figure = Figure(figsize=figsize, dpi=PNG_DPI)
    FigureCanvasAgg(figure)
    axes = figure.subplots(1, ncols, gridspec_kw={"width_ratios": width_ratios} if width_ratios else None)
    figure.subplots_adjust(**margins)
    return figure, axes


def set_limits(ax, xlim=None, ylim=None):
    """Set ``ax``'s x and y limits (each optional) only where they differ from the current ones.

    Setting a limit marks the axes changed (``stale``) even when the value is the same, which
    would make :class:`Blitter` draw the whole figure again; a draw function that keeps its axes
    for most settings calls this instead of ``set_xlim``/``set_ylim``.
    """
    for limits, get, set_ in ((xlim, ax.get_xlim, ax.set_xlim), (ylim, ax.get_ylim, ax.set_ylim)):
        if limits is not None and tuple(map(float, get())) != tuple(map(float, limits)):
            set_(*limits)


def _encode_png(canvas):
    buffer = io.BytesIO()
    matplotlib.image.imsave(buffer, canvas.buffer_rgba(), format="png", dpi=canvas.figure.dpi, **_PNG_OPTIONS)
    return buffer.getvalue()


def render_png(figure, dpi=PNG_DPI):
    """PNG bytes of ``figure`` at ``dpi``: the whole figure drawn once (``savefig`` for others)."""
    if isinstance(figure.canvas, FigureCanvasAgg) and figure.dpi == dpi:
        figure.canvas.draw()
        return _encode_png(figure.canvas)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, **_PNG_OPTIONS)
    return buffer.getvalue()


def _report_changes_to(artist):
    """Make the parts of ``artist`` (a legend's texts and handles) report a change to it.

    Matplotlib propagates a change (``stale``) from an artist to its axes and figure, except
    from an animated artist; a legend's parts report straight to the axes, so relabelling an
    animated legend would mark the fixed part of the figure changed. Sent to the animated legend
    instead, the change stops there.
    """
    def to_artist(_, changed):
        artist.stale = changed

    for part in artist.findobj(include_self=False):
        part.stale_callback = to_artist


class Blitter:
    """Redraws one figure by blitting: its fixed part once, its animated artists every time.

    The artists drawn each time are those made with ``animated=True`` and, in an axes holding
    one, every artist a full draw would draw after it (a legend, a title, the spines, a line of
    the same zorder added later), so that artists cover each other as in a full draw.
    """

    def __init__(self, figure):
        if not isinstance(figure.canvas, FigureCanvasAgg):
            raise TypeError(f"`figure` must have an Agg canvas (made by panel_figure); got {type(figure.canvas).__name__}")
        self.figure = figure
        self.background = None
        self.full_draws = 0  # how often the fixed part was drawn (tests and benchmarks read it)

    def _animated(self):
        """Every artist to draw on top of the background, in drawing order."""
        out = []
        for ax in sorted(self.figure.axes, key=lambda ax: ax.get_zorder()):
            # the order Axes.draw uses: by zorder, ties in the order the artists were added
            order = sorted((a for a in ax.get_children() if a is not ax.patch), key=lambda a: a.get_zorder())
            first = next((k for k, artist in enumerate(order) if artist.get_animated()), None)
            if first is None:
                continue
            for artist in order[first:]:
                artist.set_animated(True)
            out += [artist for artist in order[first:] if artist.get_visible()]
        for artist in out:
            _report_changes_to(artist)
        out += [a for a in self.figure.get_children() if not isinstance(a, Axes) and a.get_animated()]
        return out

    def png(self):
        """PNG bytes of the figure as it is now."""
        canvas = self.figure.canvas
        animated = self._animated()
        if self.background is None or self.figure.stale:
            canvas.draw()  # every artist that is not animated
            self.background = canvas.copy_from_bbox(self.figure.bbox)
            self.full_draws += 1
        else:
            canvas.restore_region(self.background)
        for artist in animated:
            (artist.axes or self.figure).draw_artist(artist)
        canvas.blit(self.figure.bbox)
        # drawing a legend or an image lays out or caches parts of it, which marks the figure
        # changed; only what the draw function changes before the next call should count
        self.figure.stale = False
        return _encode_png(canvas)


def png_size(png):
    """``(width, height)`` in pixels of PNG bytes (read from the header); ``(0, 0)`` for no image."""
    png = bytes(png[:24])
    if len(png) < 24 or not png.startswith(b"\x89PNG"):
        return 0, 0
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def show_png(image, png):
    """Put ``png`` in the ``ipywidgets.Image`` ``image`` at its native pixel size.

    A flex column (``VBox``) stretches an image without a width to the whole column: a 90-dpi
    figure then shows up larger than drawn and blurry. An explicit width in pixels keeps it at
    one screen pixel per image pixel, sharp; ``max-width: 100%`` with ``height: auto`` lets a
    column narrower than the figure shrink it (keeping its proportions) instead of cutting it off.
    """
    image.value = png
    width, _ = png_size(png)
    if width:
        image.layout.width, image.layout.height, image.layout.max_width = f"{width}px", "auto", "100%"


def display_with_png(widget, png, text):
    """Display ``widget`` in one output that also holds ``png`` as a static ``image/png``.

    A live Jupyter front end renders the widget (its renderer ranks above images); a viewer
    without the kernel or the widget state (GitHub, nbviewer, a notebook whose widget state was
    stripped) falls back to the picture, so the saved notebook shows what the panel draws.
    ``text`` is the ``text/plain`` fallback (the status line).
    """
    bundle = dict(widget._repr_mimebundle_() or {})
    metadata = {}
    if png:
        bundle["image/png"] = base64.b64encode(png).decode("ascii")
        width, height = png_size(png)
        metadata = {"image/png": {"width": width, "height": height}}
    bundle["text/plain"] = text
    display(bundle, metadata=metadata, raw=True)


def _draw_with_pyplot(draw, *args, **kwargs):
    """Call ``draw``, which draws on pyplot's current figure; return ``(its return value, PNG)``.

    Every pyplot figure is closed before and after, also when ``draw`` raises.
    """
    plt.close("all")
    try:
        value = draw(*args, **kwargs)
        return value, (render_png(plt.gcf()) if plt.get_fignums() else b"")
    finally:
        plt.close("all")


def draw_and_render(owner, draw, *args, **kwargs):
    """Call ``draw`` and render what it drew: ``(its return value, PNG)``.

    ``owner`` (a ``Panel`` or ``Playback``) has ``setup``, ``figure`` and ``blitter``: with a
    ``setup``, ``draw`` updates the one figure it built (built on the first call) and the figure
    is redrawn by blitting; without, ``draw`` draws on a new pyplot figure.
    """
    if owner.setup is None:
        return _draw_with_pyplot(draw, *args, **kwargs)
    if owner.figure is None:
        owner.figure = owner.setup()
        owner.blitter = Blitter(owner.figure)
    value = draw(*args, **kwargs)
    return value, owner.blitter.png()
