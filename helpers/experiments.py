"""Comparisons that hold across seeds: run each method with several seeds and tabulate the spread.

A claim such as "L2 beats no regularization on the dev set" rests on one training run only if the
seed happened to favour it. :func:`over_seeds` runs every method once per seed and returns a
:class:`SeedStudy`, whose :meth:`~SeedStudy.table` prints each method's value per seed with its mean,
standard deviation and range, and whose :meth:`~SeedStudy.wins` and :meth:`~SeedStudy.always`
say on how many seeds one method came first or beat another. Printed numbers are rounded, so a
notebook's stored output does not depend on the BLAS thread count.

Example::

    study = over_seeds({"none": lambda seed: run(seed, lambd=0.0),
                        "L2, lambda 0.7": lambda seed: run(seed, lambd=0.7)}, seeds=range(1, 6))
    print(study.table("dev"))
    study.always("L2, lambda 0.7", "none", "dev")      # True if L2 is at least as good on every seed

Introduced in ``05_regularization``; used wherever a notebook ranks methods.
"""
from __future__ import annotations

import numpy as np

from .validation import check_choice

__all__ = ["SeedStudy", "over_seeds"]


class SeedStudy:
    """The results of :func:`over_seeds`: ``results[method][seed] -> {metric: value}``."""

    def __init__(self, results, seeds):
        self.results, self.seeds = results, list(seeds)

    @property
    def methods(self):
        return list(self.results)

    def values(self, method, metric):
        """The metric of ``method`` for every seed, in seed order, as an array."""
        check_choice("method", method, tuple(self.results))
        return np.array([float(self.results[method][seed][metric]) for seed in self.seeds])

    def table(self, metric, *, digits=1, unit=" %"):
        """One row per method: the value per seed, then mean +- std (population) and min-max."""
        width = max(len(m) for m in self.methods)
        head = f"{'':<{width}}  " + "".join(f"{'seed ' + str(s):>{8 + digits}}" for s in self.seeds)
        lines = [head + f"{'mean +- std':>{14 + 2 * digits}}{'min - max':>{14 + 2 * digits}}"]
        for method in self.methods:
            v = self.values(method, metric)
            cells = "".join(f"{x:>{8 + digits}.{digits}f}" for x in v)
            lines.append(f"{method:<{width}}  {cells}{v.mean():>{8 + digits}.{digits}f} +- {v.std():.{digits}f}"
                         f"{v.min():>{8 + digits}.{digits}f} - {v.max():.{digits}f}{unit}")
        return "\n".join(lines)

    def wins(self, metric, *, higher=True):
        """``{method: number of seeds on which it had the best value}`` (ties count for each)."""
        stacked = np.vstack([self.values(m, metric) for m in self.methods])
        best = stacked.max(axis=0) if higher else stacked.min(axis=0)
        return {m: int(np.sum(stacked[i] == best)) for i, m in enumerate(self.methods)}

    def always(self, a, b, metric, *, higher=True, strictly=False):
        """True when method ``a`` is at least as good as ``b`` (better, if ``strictly``) on every seed."""
        va, vb = self.values(a, metric), self.values(b, metric)
        diff = va - vb if higher else vb - va
        return bool(np.all(diff > 0) if strictly else np.all(diff >= 0))

    def differences(self, a, b, metric):
        """``a - b`` seed by seed, as an array (points, when the metric is an accuracy)."""
        return self.values(a, metric) - self.values(b, metric)


def over_seeds(runs, seeds):
    """Run every method with every seed.

    Parameters
    ----------
    runs : dict ``name -> callable(seed) -> dict``
        Each callable trains and evaluates one method with the given seed and returns its
        metrics, e.g. ``{"train": 95.5, "dev": 88.3}``.
    seeds : iterable of int
        At least two; five or more for a claim.

    Returns
    -------
    SeedStudy
    """
    seeds = list(seeds)
    if len(seeds) < 2:
        raise ValueError(f"`seeds` must hold at least two seeds to show a spread; got {seeds}")
    if not isinstance(runs, dict) or not runs or not all(callable(f) for f in runs.values()):
        raise TypeError("`runs` must be a dict of name -> function(seed) returning a dict of metrics")
    results = {name: {} for name in runs}
    for name, run in runs.items():
        for seed in seeds:
            metrics = run(seed)
            if not isinstance(metrics, dict):
                raise TypeError(f"the run {name!r} must return a dict of metrics; got {type(metrics).__name__}")
            results[name][seed] = metrics
    return SeedStudy(results, seeds)
