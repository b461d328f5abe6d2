"""Execute every notebook in a fresh kernel and print its wall-clock time (goal: <= 15 s each).

The kernel start-up (about 1 s) is included, as a learner's "Restart and run all" would.
Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_notebooks.py`` (``make bench``). Asserts nothing;
does not modify the notebooks.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def run(path):
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    return time.perf_counter() - start


def main(names):
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    if names:
        paths = [p for p in paths if p.stem in names or p.name in names]
    total = 0.0
    for path in paths:
        seconds = run(path)
        total += seconds
        print(f"{path.name:<36}{seconds:>7.1f} s")
    print(f"{'total':<36}{total:>7.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
