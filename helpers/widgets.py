"""Slider panels for the notebooks' Explore sections, built on ipywidgets.

A panel splits the work in three:

- ``setup() -> Figure`` builds the figure and every artist in it once (axes, labels, empty
  lines, an empty decision-region image);
- ``compute(**values) -> result`` does the training; its result is cached by the control
  values, so returning to a setting already seen is instant;
- ``draw(result, **values) -> str`` only updates the artists ``setup`` made (``set_data``,
  ``set_offsets``, ``set_text``, axis limits) and returns a one-line summary.

The panel renders its one figure to PNG bytes (the Agg canvas, nothing through pyplot) and
shows them in an ``ipywidgets.Image`` whose bytes are swapped, so nothing flickers and no output
capture is involved; then one status line such as ``train 91.2 %, test 88.0 % - 84 ms``. Errors
a learner can cause by moving a slider (a diverging learning rate, a ``ValueError`` naming an
impossible combination) appear as that status line, never as a traceback; any other exception
is a bug and propagates.

Without ``setup`` the draw function may draw on a new pyplot figure instead (slower: the figure
is built for every setting).

``panel.run(**values)`` does the same without a browser and returns the status line; the
benchmarks and tests call it.
"""
from __future__ import annotations

import io
import time
from collections import OrderedDict
from typing import Any, NamedTuple

import ipywidgets as W
import matplotlib.pyplot as plt
from IPython.display import display
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from .validation import TrainingDiverged, check_int

__all__ = ["PNG_DPI", "Panel", "Playback", "choice_slider", "dropdown", "float_slider", "int_slider", "log_choices",
           "log_slider", "panel_figure", "png_size", "render_png", "upload_classifier"]

PNG_DPI = 90  # panels and playback frames are rendered at this resolution

SLIDER_ERRORS = (TrainingDiverged, ValueError)
"""What moving a control can legitimately cause; shown as the status line. Anything else is a bug."""

_LAYOUT = {"style": {"description_width": "initial"}, "layout": W.Layout(width="420px")}


def log_slider(description, value, min_exp, max_exp, step=0.25):
    """A log-scale slider over ``10**min_exp .. 10**max_exp`` (for learning rates, lambda, epsilon)."""
    return W.FloatLogSlider(value=value, base=10, min=min_exp, max=max_exp, step=step,
                            description=description, continuous_update=False, readout_format=".2g", **_LAYOUT)


def int_slider(description, value, min, max, step=1):
    """An integer slider that reports only when released."""
    return W.IntSlider(value=value, min=min, max=max, step=step, description=description,
                       continuous_update=False, **_LAYOUT)


def float_slider(description, value, min, max, step):
    """A float slider that reports only when released."""
    return W.FloatSlider(value=value, min=min, max=max, step=step, description=description,
                         continuous_update=False, readout_format=".2f", **_LAYOUT)


def log_choices(low, high, mantissas=(1, 2, 5)):
    """The values ``m * 10**k`` in ``[low, high]`` with ``m`` in ``mantissas``, ascending, as floats.

    ``log_choices(0.001, 1)`` is 0.001, 0.002, 0.005, 0.01, ..., 0.5, 1: evenly spread on a log
    scale (a 1-2-5 series), and every value a round number a learner can type or quote.
    """
    import numpy as np

    values = {float(f"{m * 10.0 ** k:.12g}") for k in range(int(np.floor(np.log10(low))) - 1,
                                                             int(np.ceil(np.log10(high))) + 1) for m in mantissas}
    return sorted(v for v in values if low * (1 - 1e-12) <= v <= high * (1 + 1e-12))


def choice_slider(description, values, value, fmt="{:g}"):
    """A slider over the listed ``values`` (in their order), its readout written with ``fmt``.

    For scales a plain slider cannot offer exactly: learning rates on a 1-2-5 series
    (:func:`log_choices`) that include the rates a notebook quotes, or averaging rates ``beta``
    spread evenly in ``log(1 - beta)``. ``value`` must be one of ``values``.
    """
    values = list(values)
    if value not in values:
        raise ValueError(f"`value` must be one of {values}; got {value!r}")
    return W.SelectionSlider(options=[(fmt.format(v), v) for v in values], value=value, description=description,
                             continuous_update=False, **_LAYOUT)


def dropdown(description, options, value=None):
    """A dropdown; ``options`` is a list of values or of ``(label, value)`` pairs."""
    widget = W.Dropdown(options=options, description=description, **_LAYOUT)
    if value is not None:
        widget.value = value
    return widget


class _GlyphRecorder:
    """Stands in for Agg's C++ renderer while a text is drawn, keeping each glyph's coverage bitmap."""

    def __init__(self):
        self.glyphs = []

    def draw_text_image(self, image, x, y, angle, gc):
        self.glyphs.append((image.copy(), x, y, angle))


class _TextCachingRenderer(RendererAgg):
    """Agg renderer that rasterizes each distinct text once and then only pastes its glyphs.

    A panel redraws the same tick labels, axis labels and legends at every setting; shaping and
    rasterizing them glyph by glyph was about half of a redraw. Text is placed at whole pixels
    (a shift of at most half a pixel) so that a cached text can be pasted anywhere.
    """

    max_texts = 1000

    def __init__(self, width, height, dpi):
        super().__init__(width, height, dpi)
        self._texts = {}

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:  # mathtext may draw boxes (fraction bars) besides glyphs: not cached
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        x, y = round(x), round(y)
        key = (s, hash(prop), angle, gc.get_antialiased())
        if key not in self._texts:
            if len(self._texts) >= self.max_texts:
                self._texts.clear()
            renderer, self._renderer = self._renderer, _GlyphRecorder()
            try:
                super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
                self._texts[key] = (x, y, self._renderer.glyphs)
            finally:
                self._renderer = renderer
        x0, y0, glyphs = self._texts[key]
        for image, gx, gy, gangle in glyphs:
            self._renderer.draw_text_image(image, gx + x - x0, gy + y - y0, gangle, gc)


# the cache replays what RendererAgg draws glyph by glyph (matplotlib >= 3.11); older versions
# draw a text in one piece and keep the plain renderer
_RENDERER = _TextCachingRenderer if hasattr(RendererAgg, "_draw_text_glyphs_and_boxes") else RendererAgg


class _PanelCanvas(FigureCanvasAgg):
    """The Agg canvas of a panel's figure, drawing with :class:`_TextCachingRenderer`."""

    def get_renderer(self):
        key = (*self.figure.bbox.size, self.figure.dpi)
        if self._lastKey != key:
            self.renderer = _RENDERER(*key)
            self._lastKey = key
        return self.renderer


def panel_figure(figsize, ncols=1, *, width_ratios=None, **margins):
    """A figure for a panel's ``setup``: ``(figure, axes)`` with ``ncols`` axes side by side.

    The figure is not registered with pyplot (so it is never shown by ``plt.show()`` nor left
    open), has an Agg canvas that rasterizes each distinct text only once, and is made at
    :data:`PNG_DPI`, so :func:`render_png` prints it directly. ``margins`` go to ``figure.subplots_adjust`` (fixed margins instead of
    ``tight_layout``, which would cost a layout pass per redraw).
    """
    figure = Figure(figsize=figsize, dpi=PNG_DPI)
    _PanelCanvas(figure)
    axes = figure.subplots(1, ncols, gridspec_kw={"width_ratios": width_ratios} if width_ratios else None)
    figure.subplots_adjust(**margins)
    return figure, axes


def render_png(figure, dpi=PNG_DPI):
    """PNG bytes of ``figure`` at ``dpi``.

    A figure made for a panel (an Agg canvas, already at ``dpi``) is printed by its canvas
    directly, which skips ``savefig``'s bounding-box pass; others go through ``savefig``.
    zlib level 1: the figures are flat colours, so the file is only slightly larger than at
    the default level 6 and is written faster.
    """
    buffer = io.BytesIO()
    options = {"pil_kwargs": {"compress_level": 1}}
    if isinstance(figure.canvas, FigureCanvasAgg) and figure.dpi == dpi:
        figure.canvas.print_png(buffer, **options)
    else:
        figure.savefig(buffer, format="png", dpi=dpi, **options)
    return buffer.getvalue()


def png_size(png):
    """``(width, height)`` in pixels of PNG bytes (read from the header); ``(0, 0)`` for no image."""
    png = bytes(png[:24])
    if len(png) < 24 or not png.startswith(b"\x89PNG"):
        return 0, 0
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def _show_png(image, png):
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


def _display_with_png(widget, png, text):
    """Display ``widget`` in one output that also holds ``png`` as a static ``image/png``.

    A live Jupyter front end renders the widget (its renderer ranks above images); a viewer
    without the kernel or the widget state (GitHub, nbviewer, a notebook whose widget state was
    stripped) falls back to the picture, so the saved notebook shows what the panel draws.
    ``text`` is the ``text/plain`` fallback (the status line).
    """
    import base64

    bundle = dict(widget._repr_mimebundle_() or {})
    if png:
        bundle["image/png"] = base64.b64encode(png).decode("ascii")
        width, height = png_size(png)
        metadata = {"image/png": {"width": width, "height": height}}
    else:
        metadata = {}
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


def _draw_and_render(owner, draw, *args, **kwargs):
    """Call ``draw`` and render what it drew: ``(its return value, PNG)``.

    ``owner`` (a :class:`Panel` or :class:`Playback`) has ``setup`` and ``figure``: with a
    ``setup``, ``draw`` updates the one figure it built (built on the first call); without,
    ``draw`` draws on a new pyplot figure.
    """
    if owner.setup is None:
        return _draw_with_pyplot(draw, *args, **kwargs)
    first = owner.figure is None
    if first:
        owner.figure = owner.setup()
    value = draw(*args, **kwargs)
    png = render_png(owner.figure)
    if first:
        _pin_x_labels(owner.figure)
    return value, png


def _pin_x_labels(figure):
    """Keep every x-axis label where the first draw put it.

    Matplotlib places an axis label below the tick labels' bounding boxes, measured at every
    draw; tick labels on a horizontal axis are one line high whatever they say, so the first
    answer holds, and pinning it (``set_label_coords``) saves that measuring at every redraw.
    """
    renderer = figure.canvas.get_renderer()
    for ax in figure.axes:
        label = ax.xaxis.label
        if ax.get_visible() and ax.axison and label.get_text():
            _, y = ax.transAxes.inverted().transform(label.get_window_extent(renderer).get_points()[1])
            label.set_verticalalignment("top")
            ax.xaxis.set_label_coords(0.5, y)


class _Entry(NamedTuple):
    result: Any
    message: str = ""
    png: bytes = b""


class Panel:
    """Controls, a plot and a status line around one experiment.

    Parameters
    ----------
    compute : callable ``compute(**values) -> result``
        The expensive part (training). Results are cached by the control values.
    draw : callable ``draw(result, **values) -> str``
        Updates the figure built by ``setup`` and returns the summary line. Without ``setup``,
        it draws on a new pyplot figure instead.
    controls : dict name -> widget
        Each widget's ``value`` is passed to ``compute`` and ``draw`` under its name.
    setup : callable ``setup() -> matplotlib.figure.Figure``, optional
        Builds the panel's one figure and its artists; called once, before the first draw. The
        figure is kept in ``self.figure``. ``draw`` must then set every artist that depends on
        the setting (not only what differs from the previous one): a cached PNG may be shown
        in between, so the figure's previous state is not what the learner last saw.
    cache_key : callable ``cache_key(values) -> hashable``, optional
        The key results (with their PNG) are cached under; default: every control's value.
        Settings that give the same result and the same picture may share one key (for example
        a control that the current choice of another one ignores).
    cache_size : int, default 128
        How many results (with their PNG) to keep.
    """

    def __init__(self, compute, draw, controls, *, setup=None, cache_key=None, cache_size=128):
        self.compute, self.draw, self.controls, self.setup = compute, draw, dict(controls), setup
        self.cache_key = cache_key or (lambda values: tuple(sorted(values.items())))
        self.figure = None
        self.cache = OrderedDict()
        self.cache_size = cache_size
        self.image = W.Image(format="png")
        self.png = b""
        self.status = W.HTML(value="")
        self.status.add_class("panel-status")
        self.last_seconds = None  # compute + draw + render, as in the status line
        self.last_compute_seconds = None  # compute (training) alone
        for widget in self.controls.values():
            widget.observe(self._on_change, names="value")
        self.widget = W.VBox([W.VBox(list(self.controls.values())), self.image, self.status])
        self.widget.add_class("explore-panel")

    @property
    def values(self):
        return {name: widget.value for name, widget in self.controls.items()}

    def _entry(self, key, values):
        if key in self.cache:
            self.cache.move_to_end(key)
            return self.cache[key]
        entry = _Entry(self.compute(**values))
        self._store(key, entry)
        return entry

    def _store(self, key, entry):
        self.cache[key] = entry
        if len(self.cache) > self.cache_size:
            self.cache.popitem(last=False)

    def run(self, **values):
        """Compute and draw for ``values`` (default: the controls' current values); return the status line.

        The rendered figure is kept as PNG bytes in ``self.png`` (empty when the setting could
        not be drawn) and cached with the result; the time in the status line includes
        rendering it. ``TrainingDiverged`` and ``ValueError`` become the status line; any other
        exception propagates.
        """
        values = {**self.values, **values}
        key = self.cache_key(values)
        start = time.perf_counter()
        self.png = b""
        self.last_compute_seconds = None
        try:
            entry = self._entry(key, values)
            self.last_compute_seconds = time.perf_counter() - start
            if not entry.png:
                message, png = _draw_and_render(self, self.draw, entry.result, **values)
                entry = entry._replace(message=message, png=png)
                self._store(key, entry)
            message, self.png = entry.message, entry.png
        except TrainingDiverged as exc:
            message = f"diverged: {exc}"
        except ValueError as exc:
            message = f"cannot run this setting: {exc}"
        finally:
            self.last_seconds = time.perf_counter() - start
        return f"{message} - {1000 * self.last_seconds:.0f} ms"

    def sweep_values(self, points=5):
        """For each control, the values a sweep should try: its extremes and ``points`` in between.

        Sliders give ``points`` evenly spaced values from min to max (log-spaced for log
        sliders, snapped to the slider's step; for a :func:`choice_slider`, evenly spaced
        positions among its values); dropdowns every option; checkboxes both states.
        Returns ``{name: [values]}``. Used by ``benchmarks/bench_widgets.py`` and the tests.
        """
        import numpy as np

        out = {}
        for name, widget in self.controls.items():
            if isinstance(widget, W.SelectionSlider):
                options = [option[1] if isinstance(option, tuple) else option for option in widget.options]
                values = [options[int(i)] for i in np.round(np.linspace(0, len(options) - 1, points))]
            elif isinstance(widget, W.FloatLogSlider):
                exponents = np.linspace(widget.min, widget.max, points)
                exponents = widget.min + np.round((exponents - widget.min) / widget.step) * widget.step
                values = [float(widget.base ** e) for e in exponents]
            elif isinstance(widget, (W.IntSlider, W.FloatSlider)):
                raw = np.linspace(widget.min, widget.max, points)
                snapped = widget.min + np.round((raw - widget.min) / widget.step) * widget.step
                snapped = np.clip(snapped, widget.min, widget.max)
                values = [int(v) for v in snapped] if isinstance(widget, W.IntSlider) else [float(v) for v in snapped]
            elif isinstance(widget, W.Checkbox):
                values = [False, True]
            elif hasattr(widget, "options"):
                values = [option[1] if isinstance(option, tuple) else option for option in widget.options]
            else:
                values = [widget.value]
            out[name] = list(dict.fromkeys(values))
        return out

    def _refresh(self):
        text = self.run()
        _show_png(self.image, self.png)
        self.status.value = f"<code>{_escape(text)}</code>"
        return text

    def _on_change(self, change):
        self._refresh()

    def show(self):
        """Draw the current setting and display the panel.

        The output also holds the picture of that setting as a static ``image/png`` (see
        :func:`_display_with_png`): a saved notebook shows it where no kernel draws the panel.
        """
        text = self._refresh()
        _display_with_png(self.widget, self.png, text.rsplit(" - ", 1)[0])

    def _ipython_display_(self):
        self.show()


def _escape(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def upload_classifier(classify):
    """An upload button that turns a picture into an 8x8 digit and shows ``classify(digit)``.

    Parameters
    ----------
    classify : callable ``classify(digit (8, 8) uint8) -> str``
        Returns the text to show (for example ``"predicted: odd (p = 0.93)"``); it may draw.

    Unreadable, empty or huge uploads give a one-line message instead of a traceback.
    """
    from .images import image_to_digit

    upload = W.FileUpload(accept="image/*", multiple=False, description="Upload a picture")
    output = W.Output()
    status = W.HTML(value="Choose a photo or drawing of one digit.")

    def on_upload(change):
        files = change["new"]
        if not files:
            return
        item = files[0]
        with output:
            output.clear_output(wait=True)
            try:
                digit = image_to_digit(item["content"])
                status.value = _escape(classify(digit))
            except (ValueError, TypeError) as exc:
                status.value = _escape(f"{item.get('name', 'upload')}: {exc}")
            plt.show()
            plt.close("all")

    upload.observe(on_upload, names="value")
    box = W.VBox([upload, output, status])
    box.add_class("upload-classifier")
    return box


def _frame_label(frame, index):
    """The readout of a frame: a number itself, or the number a ``(number, ...)`` frame starts with."""
    import numbers

    if isinstance(frame, numbers.Number) and not isinstance(frame, bool):
        return f"{frame:g}"
    if isinstance(frame, (tuple, list)) and frame and isinstance(frame[0], numbers.Number) \
            and not isinstance(frame[0], bool):
        return f"{frame[0]:g}"
    return str(index)


class Playback:
    """Replay snapshots of one training run with a play button and a scrub slider.

    The training happens once, before (for example ``train(..., snapshot_every=50)``); each frame
    is drawn the first time it is shown, kept as a PNG, and shown again instantly after that, at
    its native size (sharp, not stretched to the column).

    Parameters
    ----------
    frames : list
        One item per frame (for example the ``(epoch, parameters)`` pairs of
        ``history["snapshots"]``, or the step numbers themselves).
    draw_frame : callable ``draw_frame(frame) -> str``
        Draws one frame with matplotlib on a new figure and returns its caption
        (for example ``"epoch 400 - train 88.5 %"``); with ``setup``, updates the figure
        ``setup`` built instead.
    setup : callable ``setup() -> matplotlib.figure.Figure``, optional
        Builds one figure for every frame, as for :class:`Panel` (faster: nothing is rebuilt).
    interval : int, default 400
        Milliseconds between frames when playing.
    description : str, default "frame"
        Label of the scrub slider.
    labels : list of str, optional, one per frame
        What the slider's readout shows for each frame (the iteration or step it holds). By
        default a frame that is a number shows that number, a frame ``(number, ...)`` (such as
        ``(epoch, parameters)``) its first element, any other frame its index.
    start : int, default 0
        Index of the frame shown first, which is also the static picture a saved notebook keeps;
        negative counts from the end (``-1``: the last frame, where a replay has drawn everything).
        Pressing play at the last frame starts again from the first.
    """

    def __init__(self, frames, draw_frame, *, setup=None, interval=400, description="frame", labels=None, start=0):
        self.frames = list(frames)
        if not self.frames:
            raise ValueError("`frames` must hold at least one frame; got none")
        if labels is None:
            labels = [_frame_label(frame, k) for k, frame in enumerate(self.frames)]
        self.labels = [str(label) for label in labels]
        if len(self.labels) != len(self.frames):
            raise ValueError(f"`labels` must hold one label per frame ({len(self.frames)}); got {len(self.labels)}")
        self.draw_frame, self.setup, self.figure = draw_frame, setup, None
        self._png, self._captions = {}, {}
        last = len(self.frames) - 1
        start = check_int("start", start, low=-len(self.frames), high=last) % len(self.frames)
        self.play = W.Play(value=start, min=0, max=last, step=1, interval=interval, description="play")
        # the slider moves over frame indices; its readout is the frame's label, not the index
        self.slider = W.IntSlider(value=start, min=0, max=last, description=description, continuous_update=True,
                                  readout=False, **_LAYOUT)
        self.readout = W.Label(value=self.labels[start])
        W.jslink((self.play, "value"), (self.slider, "value"))
        self.image = W.Image(format="png")
        self.status = W.HTML(value="")
        self.status.add_class("panel-status")
        self.slider.observe(lambda change: self.show_frame(change["new"]), names="value")
        self.widget = W.VBox([W.HBox([self.play, self.slider, self.readout]), self.image, self.status])
        self.widget.add_class("playback-panel")

    def render(self, index):
        """PNG bytes and caption of frame ``index`` (drawn once, then cached).

        ``TrainingDiverged`` and ``ValueError`` become the caption (with no image); any other
        exception propagates.
        """
        if index not in self._png:
            try:
                caption, png = _draw_and_render(self, self.draw_frame, self.frames[index])
            except SLIDER_ERRORS as exc:
                caption, png = f"cannot draw this frame: {exc}", b""
            self._png[index], self._captions[index] = png, caption
        return self._png[index], self._captions[index]

    def show_frame(self, index):
        """Display frame ``index``; return its caption."""
        png, caption = self.render(index)
        _show_png(self.image, png)
        self.readout.value = self.labels[index]
        self.status.value = f"<code>{_escape(caption)}</code>"
        return caption

    def show(self):
        """Display the player at its current frame (with that frame as a static ``image/png`` too)."""
        caption = self.show_frame(self.slider.value)
        _display_with_png(self.widget, self.render(self.slider.value)[0], caption)

    def _ipython_display_(self):
        self.show()
