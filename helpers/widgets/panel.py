"""``Panel``: controls, a figure and a status line around one experiment."""
from __future__ import annotations

import html
import time
from collections import OrderedDict
from typing import Any, NamedTuple

import ipywidgets as W

from ..validation import SettingError, TrainingDiverged
from .controls import sweep_values
from .rendering import display_with_png, draw_and_render, show_png

__all__ = ["SLIDER_ERRORS", "Panel"]

SLIDER_ERRORS = (TrainingDiverged, SettingError)
"""What moving a control can legitimately cause; shown as the status line. Anything else is a bug."""


class _Entry(NamedTuple):
    result: Any
    message: str = ""
    png: bytes = b""


def status_html(text):
    """The status line as the panel shows it (monospace, escaped)."""
    return f"<code>{html.escape(str(text), quote=False)}</code>"


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
        Builds the panel's one figure (with :func:`panel_figure`) and its artists; called once,
        before the first draw. The figure is kept in ``self.figure``. Artists ``draw`` changes
        are made with ``animated=True``: only they are drawn again at each setting (blitting,
        see :class:`Blitter`). ``draw`` must set every artist that depends on the setting (not
        only what differs from the previous one): a cached PNG may be shown in between, so the
        figure's previous state is not what the learner last saw.
    cache_key : callable ``cache_key(values) -> hashable``, optional
        The key results (with their PNG) are cached under; default: every control's value.
        Settings that give the same result and the same picture may share one key (for example
        a control that the current choice of another one ignores).
    cache_size : int, default 128
        How many results (with their PNG) to keep.

    ``compute`` or ``draw`` raising :class:`~helpers.TrainingDiverged` or
    :class:`~helpers.SettingError` (the errors a slider setting can cause) gives a status line
    instead of a picture; any other exception is a bug and propagates as a traceback.
    """

    def __init__(self, compute, draw, controls, *, setup=None, cache_key=None, cache_size=128):
        self.compute, self.draw, self.controls, self.setup = compute, draw, dict(controls), setup
        self.cache_key = cache_key or (lambda values: tuple(sorted(values.items())))
        self.figure = self.blitter = None
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
        rendering it.
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
                message, png = draw_and_render(self, self.draw, entry.result, **values)
                entry = entry._replace(message=message, png=png)
                self._store(key, entry)
            message, self.png = entry.message, entry.png
        except TrainingDiverged as exc:
            message = f"diverged: {exc}"
        except SettingError as exc:
            message = f"cannot run this setting: {exc}"
        finally:
            self.last_seconds = time.perf_counter() - start
        return f"{message} - {1000 * self.last_seconds:.0f} ms"

    def sweep_values(self, points=5):
        """``{name: [values]}``: for each control, its extremes and ``points`` values in between.

        See :func:`~helpers.widgets.controls.sweep_values`. Used by ``benchmarks/bench_widgets.py``
        and the tests.
        """
        return {name: sweep_values(widget, points) for name, widget in self.controls.items()}

    def _refresh(self):
        text = self.run()
        show_png(self.image, self.png)
        self.status.value = status_html(text)
        return text

    def _on_change(self, change):
        self._refresh()

    def show(self):
        """Draw the current setting and display the panel.

        The output also holds the picture of that setting as a static ``image/png`` (see
        :func:`display_with_png`): a saved notebook shows it where no kernel draws the panel.
        """
        text = self._refresh()
        display_with_png(self.widget, self.png, text.rsplit(" - ", 1)[0])

    def _ipython_display_(self):
        self.show()
