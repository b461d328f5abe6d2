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
import math

import matplotlib.image
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.spines import Spine
from matplotlib.transforms import Bbox

__all__ = ["PNG_DPI", "Blitter", "display_with_png", "draw_and_render", "panel_figure", "png_size", "render_png",
           "show_png"]

PNG_DPI = 90  # panels and playback frames are rendered at this resolution

# zlib level 1: a panel's PNG is flat colours. Measured on the nine panels' pictures (675-1125 px
# wide, 2026-12-06): level 1 writes one in 14-20 ms, the default level 6 in 19-28 ms, for files
# 3-10 % smaller. Encoding is then the largest single cost of a blitted redraw.
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


def _area(artist, renderer):
    """Where ``artist`` can put pixels, in display coordinates (``None``: nowhere that matters).

    An artist clipped to its axes (lines, images, bars) may cover the whole clip box whatever
    its data, so the clip box is taken; a spine lies on its axes' box; others (texts, legends)
    cover their window extent. An axis (ticks, tick labels, axis label) draws outside the
    plotting area unless it has grid lines, which cover the axes' box.
    """
    if isinstance(artist, Axis):
        grid = any(tick.gridline.get_visible() for tick in artist.get_major_ticks())
        return artist.axes.bbox if grid else None
    if isinstance(artist, Spine):
        return artist.axes.bbox
    clip = artist.get_clip_box() if artist.get_clip_on() else None
    if clip is not None:
        return clip
    try:
        return artist.get_window_extent(renderer)
    except (TypeError, NotImplementedError):  # an artist that cannot say: assume anywhere in the figure
        return artist.get_figure(root=True).bbox


def _pixels(bbox, figure, pad=2):
    """``bbox`` widened by ``pad`` pixels, rounded outwards to whole pixels, cut to the figure."""
    width, height = figure.canvas.get_width_height()
    return Bbox.from_extents(max(math.floor(bbox.x0) - pad, 0), max(math.floor(bbox.y0) - pad, 0),
                             min(math.ceil(bbox.x1) + pad, width), min(math.ceil(bbox.y1) + pad, height))


class Blitter:
    """Redraws one figure by blitting: its fixed part once, its animated artists every time.

    The artists drawn each time (the foreground) are those made with ``animated=True`` and, in an
    axes holding one, every artist a full draw would draw after an animated one and that can
    cover it (a legend or a text inside the plot, the spines, a line of the same zorder added
    later), so that artists cover each other as in a full draw. What lies beside the plotting
    area (titles, tick labels, axis labels) stays in the background.

    When the fixed part of some axes changed (new limits, a relabelled legend that is not
    animated), only those axes are drawn again, on their own patch of the background, if that
    patch overlaps no other axes' patch; otherwise the whole figure is drawn again.

    The picture equals a one-pass draw of the figure as long as no axes reaches into another
    (tick labels included): the foreground of one axes is drawn over everything fixed, also over
    the parts of a neighbour that a one-pass draw would put on top of it.
    """

    def __init__(self, figure):
        if not isinstance(figure.canvas, FigureCanvasAgg):
            raise TypeError(f"`figure` must have an Agg canvas (made by panel_figure); got {type(figure.canvas).__name__}")
        self.figure = figure
        self.background = None  # the pixels of everything not in the foreground
        self.blank = None  # the pixels of the figure's own background (its patch) alone
        self.areas = {}  # axes -> the pixels it covers (decorations included), None -> the figure's own artists'
        self.foreground = {}  # axes -> the artists drawn each time, in drawing order; None -> the figure's own
        self._raised = {}  # axes -> artists animated here (not by the figure's author), undone at the next plan
        self.full_draws = 0  # how often the whole fixed part was drawn (tests and benchmarks read these)
        self.axes_draws = 0  # how often the fixed part of one axes was drawn alone

    def _plan(self, axes):
        """Choose the foreground of each of ``axes`` (before its fixed part is drawn)."""
        renderer = self.figure.canvas.get_renderer()
        for ax in axes:
            for artist in self._raised.pop(ax, []):
                artist.set_animated(False)
            raised, foreground, covered = [], [], []  # covered: the foreground's areas, 2 pixels wider
            # the order Axes.draw uses: by zorder, ties in the order the artists were added
            for artist in sorted((a for a in ax.get_children() if a is not ax.patch), key=lambda a: a.get_zorder()):
                if not artist.get_animated():
                    if not covered:
                        continue
                    area = _area(artist, renderer)
                    if area is None or not any(area.overlaps(other) for other in covered):
                        continue
                    artist.set_animated(True)
                    raised.append(artist)
                area = _area(artist, renderer)
                if area is not None:
                    covered.append(area.padded(2))
                foreground.append(artist)
                _report_changes_to(artist)
            self._raised[ax], self.foreground[ax] = raised, foreground
        self.foreground[None] = [a for a in self._figure_artists() if a.get_animated()]
        for artist in self.foreground[None]:
            _report_changes_to(artist)

    def _figure_artists(self):
        return [a for a in self.figure.get_children() if not isinstance(a, Axes) and a is not self.figure.patch]

    def _draw_all(self):
        canvas = self.figure.canvas
        self._plan(self.figure.axes)
        if self.blank is None:  # the figure's patch alone, to clear an axes' area with
            renderer = canvas.get_renderer()
            renderer.clear()
            self.figure.patch.draw(renderer)
            self.blank = canvas.copy_from_bbox(self.figure.bbox)
        canvas.draw()  # every artist that is not animated
        renderer = canvas.get_renderer()
        self.areas = {ax: _pixels(ax.get_tightbbox(renderer), self.figure) for ax in self.figure.axes}
        self.areas[None] = [_pixels(a.get_window_extent(renderer), self.figure)
                            for a in self._figure_artists() if a.get_visible() and not a.get_animated()]
        self.full_draws += 1

    def _draw_axes(self, axes):
        """Draw the fixed part of ``axes`` again on the background; False if it cannot be done alone."""
        if set(self.areas) - {None} != set(self.figure.axes) or any(a.stale for a in self._figure_artists()):
            return False  # axes added or removed, or a change outside every axes
        others = [area for ax, area in self.areas.items() if ax is not None and ax not in axes] + self.areas[None]
        if any(self.areas[ax].overlaps(other) for ax in axes for other in others):
            return False
        canvas, renderer = self.figure.canvas, self.figure.canvas.get_renderer()
        width, height = canvas.get_width_height()
        self._plan(axes)
        canvas.restore_region(self.background)
        for ax in axes:
            # a region's pixels count rows from the top; xy is where the whole saved figure goes
            x0, y0, x1, y1 = self.areas[ax].extents
            canvas.restore_region(self.blank, bbox=(x0, height - y1, x1, height - y0), xy=(0, 0))
        pixels = np.asarray(canvas.buffer_rgba())
        for ax in axes:
            before = pixels.copy()
            ax.draw(renderer)
            # the new area: the pixels this draw changed (measuring the decorations again would
            # lay out every tick label a second time)
            rows, columns = np.nonzero((pixels != before).any(axis=2))
            if rows.size:
                drawn = Bbox.from_extents(columns.min(), height - rows.max() - 1, columns.max() + 1, height - rows.min())
                self.areas[ax] = _pixels(drawn, self.figure)
            if any(self.areas[ax].overlaps(other) for other in others):
                return False  # it grew into a neighbour: the caller draws everything
        self.axes_draws += len(axes)
        return True

    def png(self):
        """PNG bytes of the figure as it is now."""
        canvas = self.figure.canvas
        if self.background is not None and not self.figure.stale:
            canvas.restore_region(self.background)
        else:
            changed = [ax for ax in self.figure.axes if ax.stale]
            if self.background is None or not (changed and self._draw_axes(changed)):
                self._draw_all()
            self.background = canvas.copy_from_bbox(self.figure.bbox)
        for owner in (*self.figure.axes, None):
            for artist in self.foreground.get(owner, ()):
                if artist.get_visible():
                    (owner or self.figure).draw_artist(artist)
        canvas.blit(self.figure.bbox)
        # drawing a legend or an image lays out or caches parts of it, which marks it changed;
        # only what the draw function changes before the next call should count
        for artist in (*self.figure.axes, *self._figure_artists(), self.figure):
            artist.stale = False
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
