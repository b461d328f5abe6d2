"""The controls a panel is built from: sliders and dropdowns that report only when released."""
from __future__ import annotations

import ipywidgets as W
import numpy as np

__all__ = ["LAYOUT", "choice_slider", "dropdown", "float_slider", "int_slider", "log_choices", "log_slider"]

LAYOUT = {"style": {"description_width": "initial"}, "layout": W.Layout(width="420px")}
"""Keyword arguments every control gets: the whole description readable, one width for all."""


def log_slider(description, value, min_exp, max_exp, step=0.25):
    """A log-scale slider over ``10**min_exp .. 10**max_exp`` (for learning rates, lambda, epsilon)."""
    return W.FloatLogSlider(value=value, base=10, min=min_exp, max=max_exp, step=step,
                            description=description, continuous_update=False, readout_format=".2g", **LAYOUT)


def int_slider(description, value, min, max, step=1):
    """An integer slider that reports only when released."""
    return W.IntSlider(value=value, min=min, max=max, step=step, description=description,
                       continuous_update=False, **LAYOUT)


def float_slider(description, value, min, max, step):
    """A float slider that reports only when released."""
    return W.FloatSlider(value=value, min=min, max=max, step=step, description=description,
                         continuous_update=False, readout_format=".2f", **LAYOUT)


def log_choices(low, high, mantissas=(1, 2, 5)):
    """The values ``m * 10**k`` in ``[low, high]`` with ``m`` in ``mantissas``, ascending, as floats.

    ``log_choices(0.001, 1)`` is 0.001, 0.002, 0.005, 0.01, ..., 0.5, 1: evenly spread on a log
    scale (a 1-2-5 series), and every value a round number a learner can type or quote.
    """
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
                             continuous_update=False, **LAYOUT)


def dropdown(description, options, value=None):
    """A dropdown; ``options`` is a list of values or of ``(label, value)`` pairs."""
    widget = W.Dropdown(options=options, description=description, **LAYOUT)
    if value is not None:
        widget.value = value
    return widget


def sweep_values(widget, points=5):
    """The values a sweep of one control should try: its extremes and ``points`` in between.

    Sliders give ``points`` evenly spaced values from min to max (log-spaced for log sliders,
    snapped to the slider's step; for a :func:`choice_slider`, evenly spaced positions among its
    values); dropdowns every option; checkboxes both states; anything else its current value.
    """
    if isinstance(widget, W.SelectionSlider):
        options = [option[1] if isinstance(option, tuple) else option for option in widget.options]
        values = [options[int(i)] for i in np.round(np.linspace(0, len(options) - 1, points))]
    elif isinstance(widget, W.FloatLogSlider):
        exponents = np.linspace(widget.min, widget.max, points)
        exponents = widget.min + np.round((exponents - widget.min) / widget.step) * widget.step
        values = [float(widget.base ** e) for e in exponents]
    elif isinstance(widget, (W.IntSlider, W.FloatSlider)):
        raw = np.linspace(widget.min, widget.max, points)
        snapped = np.clip(widget.min + np.round((raw - widget.min) / widget.step) * widget.step, widget.min, widget.max)
        values = [int(v) for v in snapped] if isinstance(widget, W.IntSlider) else [float(v) for v in snapped]
    elif isinstance(widget, W.Checkbox):
        values = [False, True]
    elif hasattr(widget, "options"):
        values = [option[1] if isinstance(option, tuple) else option for option in widget.options]
    else:
        values = [widget.value]
    return list(dict.fromkeys(values))
