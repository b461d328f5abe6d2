"""The notebooks' Explore panels, one module per notebook.

Each module defines ``make_panel(**options) -> helpers.widgets.Panel`` which loads its own data
(from ``datasets/``), so the same panel runs in the notebook, in ``benchmarks/bench_widgets.py``
and in the headless tests that move every control to its extremes. A notebook's Explore cell is
then two lines::

    from helpers.explore import logistic_regression
    logistic_regression.make_panel().show()

Each module follows one pattern: ``compute(**values)`` trains and returns a dict of plain
results (including anything drawn on a grid, such as predicted decision regions); a small
private ``_Figure`` class has ``setup()``, which builds the figure and its artists once, and
``draw(result, **values)``, which only updates them (data, limits, texts) and returns the status
line. ``make_panel`` wires them into ``Panel(compute, figure.draw, controls, setup=figure.setup)``.

Importing this package needs matplotlib and ipywidgets.
"""

PANELS = {
    "01_logistic_regression": "helpers.explore.logistic_regression",
    "02_shallow_network": "helpers.explore.shallow_network",
    "03_deep_network": "helpers.explore.deep_network",
    "04_initialization": "helpers.explore.initialization",
    "05_regularization": "helpers.explore.regularization",
    "06_gradient_checking": "helpers.explore.gradient_checking",
    "07_optimizers": "helpers.explore.optimizers",
    "08_softmax": "helpers.explore.softmax",
    "09_batch_norm_and_tuning": "helpers.explore.batch_norm",
}
"""Notebook name -> module holding its ``make_panel``."""
