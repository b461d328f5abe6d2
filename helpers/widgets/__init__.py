"""Slider panels for the notebooks' Explore sections, built on ipywidgets.

One module per job:

- :mod:`.controls`: the sliders and dropdowns (they report only when released);
- :mod:`.panel`: :class:`Panel`, controls + one figure + a status line around one experiment;
- :mod:`.playback`: :class:`Playback`, a play button and a scrub slider over one run's snapshots;
- :mod:`.upload`: :func:`upload_classifier`, a picture of a digit in, a prediction out;
- :mod:`.rendering`: the figure to PNG (redrawn by blitting) and the PNG into the notebook.

A panel splits the work in three:

- ``setup() -> Figure`` builds the figure (:func:`panel_figure`) and every artist in it once
  (axes, labels, empty lines, an empty decision-region image); the artists that change with the
  setting are made with ``animated=True``;
- ``compute(**values) -> result`` does the training; its result is cached by the control
  values, so returning to a setting already seen is instant;
- ``draw(result, **values) -> str`` only updates the artists ``setup`` made (``set_data``,
  ``set_offsets``, ``set_text``, axis limits through :func:`helpers.plots.set_limits`) and
  returns a one-line summary.

The panel shows its figure as PNG bytes in an ``ipywidgets.Image`` whose bytes are swapped, so
nothing flickers and no output capture is involved; then one status line such as
``train 91.2 %, test 88.0 % - 84 ms``. The errors a learner can cause by moving a slider
(:class:`~helpers.TrainingDiverged`, :class:`~helpers.SettingError`) appear as that status line;
any other exception is a bug and shows as a traceback.

Without ``setup`` the draw function may draw on a new pyplot figure instead (slower: the figure
is built and drawn whole for every setting).

``panel.run(**values)`` does the same without a browser and returns the status line; the
benchmarks and tests call it.
"""
from .controls import choice_slider, dropdown, float_slider, int_slider, log_choices, log_slider
from .panel import SLIDER_ERRORS, Panel
from .playback import Playback
from .rendering import PNG_DPI, Blitter, panel_figure, png_size, render_png
from .upload import upload_classifier

__all__ = ["PNG_DPI", "SLIDER_ERRORS", "Blitter", "Panel", "Playback", "choice_slider", "dropdown", "float_slider",
           "int_slider", "log_choices", "log_slider", "panel_figure", "png_size", "render_png", "upload_classifier"]
