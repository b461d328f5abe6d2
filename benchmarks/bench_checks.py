"""How long a check takes: every exercise, with a right answer and with a wrong one.

Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_checks.py`` (``make bench``). Asserts nothing;
prints, per exercise, the fastest of three cold runs (the expected outputs computed afresh, as in
a kernel's first check) of ``check`` on the reference (every case, no diagnosis) and on a wrong
answer, the first catalogued mistake (every case, then the diagnosis: relations, the tracer, the
catalogue; a wrong answer that itself trains longer, like ``model`` run with its default 1,000
iterations, is timed with its own run time), then the median and the worst over the exercises. A check should take well under a
second: it runs when the learner runs the cell.
"""
import statistics
import time

import numpy as np

from helpers.exercises import ExerciseFailed, all_exercises, check, runner


def _wrong(exercise):
    """The first catalogued mistake, or an answer of zeros when the catalogue is empty."""
    if exercise.mistakes:
        return exercise.mistakes[0].wrong
    return lambda *args, **kwargs: np.zeros(3)


def _timed(key, fn, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        runner._EXPECTED.clear()  # each run cold, as the first check of a kernel
        start = time.perf_counter()
        try:
            check(key, fn)
        except ExerciseFailed:
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main():
    rows = []
    for key, exercise in all_exercises().items():
        rows.append((key, len(exercise.cases), _timed(key, exercise.reference), _timed(key, _wrong(exercise))))
    print(f"{'exercise':<42} {'cases':>5} {'right (ms)':>11} {'wrong (ms)':>11}")
    for key, cases, right, wrong in rows:
        print(f"{key:<42} {cases:>5} {1000 * right:>11.1f} {1000 * wrong:>11.1f}")
    for label, column in (("right answer", 2), ("wrong answer, with the diagnosis", 3)):
        values = [row[column] * 1000 for row in rows]
        worst = max(rows, key=lambda row: row[column])
        print(f"{label}: median {statistics.median(values):.1f} ms, worst {max(values):.1f} ms ({worst[0]})")


if __name__ == "__main__":
    main()
