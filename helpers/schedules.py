"""Learning-rate schedules that plug into :func:`helpers.train`.

Each function returns a schedule: a callable ``schedule(learning_rate0, epoch) -> learning_rate``
with ``epoch`` counted from 0. ``train`` calls it at the start of every epoch and sets the
optimizer's ``learning_rate``. Introduced in ``07_optimizers``.
"""
from __future__ import annotations

import math

from .validation import check_int, check_real

__all__ = ["constant_rate", "exponential_decay", "inverse_sqrt_decay", "inverse_time_decay", "staircase_decay"]


class Schedule:
    """A named schedule; calling it gives the learning rate of an epoch."""

    def __init__(self, name, fn):
        self.name, self._fn = name, fn

    def __call__(self, learning_rate0, epoch):
        return self._fn(learning_rate0, epoch)

    def __repr__(self):
        return self.name


def constant_rate():
    """``lr = lr0`` at every epoch."""
    return Schedule("constant_rate()", lambda lr0, epoch: lr0)


def inverse_time_decay(decay_rate=1.0):
    """``lr = lr0 / (1 + decay_rate * epoch)``; ``decay_rate >= 0``."""
    decay_rate = check_real("decay_rate", decay_rate, low=0)
    return Schedule(f"inverse_time_decay({decay_rate:g})", lambda lr0, epoch: lr0 / (1.0 + decay_rate * epoch))


def exponential_decay(base=0.95):
    """``lr = lr0 * base ** epoch``; ``base`` in (0, 1]."""
    base = check_real("base", base, low=0, high=1, low_open=True)
    return Schedule(f"exponential_decay({base:g})", lambda lr0, epoch: lr0 * base ** epoch)


def inverse_sqrt_decay(k=1.0):
    """``lr = lr0 * k / sqrt(epoch + 1)`` (the lecture's ``k / sqrt(epoch_num)`` with epochs from 1)."""
    k = check_real("k", k, low=0, low_open=True)
    return Schedule(f"inverse_sqrt_decay({k:g})", lambda lr0, epoch: lr0 * k / math.sqrt(epoch + 1))


def staircase_decay(decay_rate=1.0, time_interval=1000):
    """Fixed-interval decay: ``lr = lr0 / (1 + decay_rate * floor(epoch / time_interval))``.

    The rate stays constant for ``time_interval`` epochs, then drops, like a staircase.
    """
    decay_rate = check_real("decay_rate", decay_rate, low=0)
    time_interval = check_int("time_interval", time_interval, low=1)
    return Schedule(
        f"staircase_decay({decay_rate:g}, {time_interval})",
        lambda lr0, epoch: lr0 / (1.0 + decay_rate * (epoch // time_interval)),
    )
