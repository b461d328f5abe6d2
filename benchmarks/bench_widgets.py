"""Time every Explore panel's callback over a sweep of slider values, without a browser.

For each notebook's panel (``helpers.explore.PANELS``) and each control, move that one control
to each value of ``Panel.sweep_values()`` (extremes included) from the default setting, with
the panel's cache emptied first so every call trains for real, and time ``panel.run``. Prints, per
notebook, the median and worst of the compute (training) alone and of the whole callback
(compute + drawing + rendering the PNG the learner sees). Goal: compute median <= 150 ms, worst
<= 500 ms. Asserts nothing.

Run: ``python benchmarks/bench_widgets.py [notebook-name ...]`` (``make bench``).
"""
from __future__ import annotations

import importlib
import statistics
import sys

import matplotlib

matplotlib.use("Agg")

from helpers.explore import PANELS  # noqa: E402


def sweep(module_name):
    panel = importlib.import_module(module_name).make_panel()
    defaults = panel.values
    times, compute, worst_setting = [], [], None
    panel.run()  # warm-up: imports, first figure
    for name, values in panel.sweep_values().items():
        for value in values:
            panel.cache.clear()
            status = panel.run(**{name: value})
            times.append(panel.last_seconds * 1000)
            compute.append((panel.last_compute_seconds or panel.last_seconds) * 1000)
            if times[-1] == max(times):
                worst_setting = (name, value, status)
    return defaults, times, compute, worst_setting


def main(names):
    print(f"{'':<36}{'compute ms':>17}{'whole callback ms':>20}")
    print(f"{'notebook':<28}{'changes':>8}{'median':>9}{'worst':>8}{'median':>10}{'worst':>10}  slowest setting")
    for notebook, module_name in PANELS.items():
        if names and notebook not in names:
            continue
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError:
            print(f"{notebook:<28}  (no panel yet)")
            continue
        _, times, compute, worst = sweep(module_name)
        print(f"{notebook:<28}{len(times):>8}{statistics.median(compute):>9.0f}{max(compute):>8.0f}"
              f"{statistics.median(times):>10.0f}{max(times):>10.0f}  {worst[0]}={worst[1]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
