"""Time every Explore panel's callback over a sweep of slider values, without a browser.

For each notebook's panel (``helpers.explore.PANELS``) and each control, move that one control
to each value of ``Panel.sweep_values()`` (extremes included) from the default setting, with
the panel's cache emptied first so every call trains, draws and renders for real, and time
``panel.run``. Prints, per notebook, the number of changes, the median and worst of the compute
(training) alone and of the whole callback (compute + updating the figure + rendering the PNG
the learner sees), and whether the goal is met: whole callback median <= 120 ms and worst
<= 300 ms. Asserts nothing.

Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_widgets.py [notebook-name ...]``
(``make bench``).
"""
from __future__ import annotations

import importlib
import statistics
import sys

import matplotlib

matplotlib.use("Agg")

from helpers.explore import PANELS  # noqa: E402

GOAL_MEDIAN_MS, GOAL_WORST_MS = 120, 300


def sweep(module_name):
    """``(compute ms, whole-callback ms, slowest setting)`` over one panel's sweep."""
    panel = importlib.import_module(module_name).make_panel()
    times, compute, slowest = [], [], None
    panel.run()  # warm-up: imports, building the figure
    for name, values in panel.sweep_values().items():
        for value in values:
            panel.cache.clear()
            panel.run(**{name: value})
            times.append(panel.last_seconds * 1000)
            compute.append((panel.last_compute_seconds or panel.last_seconds) * 1000)
            if times[-1] == max(times):
                slowest = f"{name}={value!r}"
    return compute, times, slowest


def main(names):
    print(f"{'':<36}{'compute ms':>17}{'whole callback ms':>20}")
    print(f"{'notebook':<28}{'changes':>8}{'median':>9}{'worst':>8}{'median':>10}{'worst':>10}  goal  slowest setting")
    for notebook, module_name in PANELS.items():
        if names and notebook not in names:
            continue
        compute, times, slowest = sweep(module_name)
        median, worst = statistics.median(times), max(times)
        met = "met" if median <= GOAL_MEDIAN_MS and worst <= GOAL_WORST_MS else "MISSED"
        print(f"{notebook:<28}{len(times):>8}{statistics.median(compute):>9.0f}{max(compute):>8.0f}"
              f"{median:>10.0f}{worst:>10.0f}  {met:<6}{slowest}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
