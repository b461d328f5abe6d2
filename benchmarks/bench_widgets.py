"""Time every Explore panel's callback over a sweep of slider values, without a browser.

For each notebook's panel (``helpers.explore.PANELS``) and each control, move that one control
to each value of ``Panel.sweep_values()`` (extremes included) from the default setting, with
the panel's cache emptied first so every call trains, draws and renders for real, and time
``panel.run``. The whole sweep is run ``--repeat`` times (default 3), each time on a new panel
(so work a panel caches inside, such as the gradient-check curve of each case, is redone), and
each change keeps its fastest time, as ``timeit`` does: on a shared machine the slower runs
measure the other processes. Prints, per notebook, the number of changes, the median and worst of the compute
(training) alone and of the whole callback (compute + updating the figure + rendering the PNG
the learner sees), and whether the goal is met: whole callback median <= 120 ms and worst
<= 300 ms. Asserts nothing.

``--against REF`` measures the same sweeps on the code of git revision ``REF`` too (checked out in
a temporary worktree, run in a subprocess with that checkout first on ``sys.path``), panel by
panel, alternating the two so that a change of the machine's load hits both, and prints the
ratio of the whole-callback medians and worsts (this code / ``REF``): absolute milliseconds differ
threefold between machines, the ratio much less.

Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_widgets.py [--repeat N] [--against REF] [notebook-name ...]``
(``make bench``).
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from helpers.explore import PANELS  # noqa: E402

GOAL_MEDIAN_MS, GOAL_WORST_MS = 120, 300


def sweep(module_name):
    """One sweep on a new panel: ``[(setting, compute ms, whole-callback ms)]``, one item per change."""
    panel = importlib.import_module(module_name).make_panel()
    panel.run()  # warm-up: building the figure, the default setting's data
    out = []
    for name, values in panel.sweep_values().items():
        for value in values:
            panel.cache.clear()
            panel.run(**{name: value})
            compute = (panel.last_compute_seconds or panel.last_seconds) * 1000
            out.append((f"{name}={value!r}", compute, panel.last_seconds * 1000))
    return out


def fastest(module_name, repeat):
    """``(compute ms, whole ms, slowest setting)``: every change's fastest time over ``repeat`` sweeps."""
    sweeps = [sweep(module_name) for _ in range(repeat)]
    compute = [min(run[k][1] for run in sweeps) for k in range(len(sweeps[0]))]
    times = [min(run[k][2] for run in sweeps) for k in range(len(sweeps[0]))]
    slowest = sweeps[0][times.index(max(times))][0]
    return compute, times, slowest


def main(names, repeat):
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"fastest of {repeat} sweeps per change; load average {load}; "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")
    print(f"{'':<36}{'compute ms':>17}{'whole callback ms':>20}")
    print(f"{'notebook':<28}{'changes':>8}{'median':>9}{'worst':>8}{'median':>10}{'worst':>10}  goal  slowest setting")
    for notebook, module_name in PANELS.items():
        if names and notebook not in names:
            continue
        compute, times, slowest = fastest(module_name, repeat)
        median, worst = statistics.median(times), max(times)
        met = "met" if median <= GOAL_MEDIAN_MS and worst <= GOAL_WORST_MS else "MISSED"
        print(f"{notebook:<28}{len(times):>8}{statistics.median(compute):>9.0f}{max(compute):>8.0f}"
              f"{median:>10.0f}{worst:>10.0f}  {met:<7}{slowest}", flush=True)


def measure_in(checkout, notebook, repeat):
    """``[whole-callback median ms, worst ms, drawing median ms]`` of one panel with the helpers of ``checkout``.

    Drawing is the callback without the compute: updating the figure and rendering its PNG.
    """
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, __file__, "--json", "--repeat", str(repeat), notebook], env=env,
                         cwd=checkout, check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def compare(names, repeat, ref):
    """Each panel measured on this checkout and on ``ref``, alternately; the ratios printed."""
    here = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(here), "worktree", "add", "--detach", "-q", str(other), ref], check=True)
        try:
            load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
            print(f"whole callback ms, fastest of {repeat} sweeps per change; this checkout against {ref}; "
                  f"load average {load}")
            print(f"{'':<28}{'whole callback, median':>30}{'whole callback, worst':>30}{'drawing alone, median':>30}")
            print(f"{'notebook':<28}" + f"{'now':>9}{ref:>14}{'ratio':>7}" * 3)
            for notebook in PANELS:
                if names and notebook not in names:
                    continue
                before1 = measure_in(other, notebook, repeat)
                after1 = measure_in(here, notebook, repeat)
                after2 = measure_in(here, notebook, repeat)
                before2 = measure_in(other, notebook, repeat)
                before = [min(a, b) for a, b in zip(before1, before2)]
                after = [min(a, b) for a, b in zip(after1, after2)]
                print(f"{notebook:<28}" + "".join(f"{a:>9.0f}{b:>14.0f}{a / b:>7.2f}" for a, b in zip(after, before)),
                      flush=True)
        finally:
            subprocess.run(["git", "-C", str(here), "worktree", "remove", "--force", str(other)], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="notebook names (default: every panel)")
    parser.add_argument("--repeat", type=int, default=3, help="sweeps; each change keeps its fastest time")
    parser.add_argument("--against", metavar="REF", help="also measure git revision REF and print the ratios")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one panel, for --against
    args = parser.parse_args()
    if args.json:
        compute, times, _ = fastest(PANELS[args.notebooks[0]], args.repeat)
        drawing = [whole - part for whole, part in zip(times, compute)]
        print(json.dumps([statistics.median(times), max(times), statistics.median(drawing)]))
    elif args.against:
        compare(args.notebooks, args.repeat, args.against)
    else:
        main(args.notebooks, args.repeat)
