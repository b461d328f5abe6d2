"""``Playback``: replay the snapshots of one training run with a play button and a scrub slider."""
from __future__ import annotations

import numbers

import ipywidgets as W

from ..validation import check_int
from .controls import LAYOUT
from .panel import SLIDER_ERRORS, status_html
from .rendering import display_with_png, draw_and_render, show_png

__all__ = ["Playback"]


def _frame_label(frame, index):
    """The readout of a frame: a number itself, or the number a ``(number, ...)`` frame starts with."""
    def is_number(value):
        return isinstance(value, numbers.Number) and not isinstance(value, bool)

    if is_number(frame):
        return f"{frame:g}"
    if isinstance(frame, (tuple, list)) and frame and is_number(frame[0]):
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
        Builds one figure for every frame, as for ``Panel`` (faster: nothing is rebuilt, and
        only the artists made with ``animated=True`` are drawn again).
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
        self.draw_frame, self.setup = draw_frame, setup
        self.figure = self.blitter = None
        self._png, self._captions = {}, {}
        last = len(self.frames) - 1
        start = check_int("start", start, low=-len(self.frames), high=last) % len(self.frames)
        self.play = W.Play(value=start, min=0, max=last, step=1, interval=interval, description="play")
        # the slider moves over frame indices; its readout is the frame's label, not the index
        self.slider = W.IntSlider(value=start, min=0, max=last, description=description, continuous_update=True,
                                  readout=False, **LAYOUT)
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

        ``TrainingDiverged`` and ``SettingError`` become the caption (with no image); any other
        exception propagates.
        """
        if index not in self._png:
            try:
                caption, png = draw_and_render(self, self.draw_frame, self.frames[index])
            except SLIDER_ERRORS as exc:
                caption, png = f"cannot draw this frame: {exc}", b""
            self._png[index], self._captions[index] = png, caption
        return self._png[index], self._captions[index]

    def show_frame(self, index):
        """Display frame ``index``; return its caption."""
        png, caption = self.render(index)
        show_png(self.image, png)
        self.readout.value = self.labels[index]
        self.status.value = status_html(caption)
        return caption

    def show(self):
        """Display the player at its current frame (with that frame as a static ``image/png`` too)."""
        caption = self.show_frame(self.slider.value)
        display_with_png(self.widget, self.render(self.slider.value)[0], caption)

    def _ipython_display_(self):
        self.show()
