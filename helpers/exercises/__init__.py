"""Exercises: the learner writes each piece of the week, and ``check`` says at once what is wrong.

In a notebook, after the cell where you write ``linear_forward``::

    from helpers.exercises import check, hint, solution
    check("linear_forward", linear_forward)

shows ``linear_forward: 4/4 checks passed``, or stops with :class:`ExerciseFailed`: the case, what
differs, how the wrong value relates to the right one, the first wrong quantity and your line that
computed it, and a hint when a known mistake explains every case. It never shows the answer:
``hint("linear_forward")`` nudges you toward the formula, ``solution("linear_forward")`` prints a
worked answer when you ask for it.

One module per notebook holds its exercises (``EXERCISES`` of that module); :data:`NOTEBOOKS`
lists them. Importing this package needs only NumPy.
"""
from __future__ import annotations

import os

from .catalogue import NOTEBOOKS, all_exercises
from .compare import compare
from .core import Case, CheckResult, Exercise, ExerciseFailed, Failure, Mistake, Variant
from .runner import run_check

__all__ = ["Case", "CheckResult", "Exercise", "ExerciseFailed", "Failure", "Mistake", "NOTEBOOKS", "Variant",
           "all_exercises", "check", "course_values", "hint", "results", "solution"]

_RESULTS = {}


def _exercise(key):
    exercises = all_exercises()
    if key not in exercises:
        raise ExerciseFailed(f"there is no exercise called {key!r}; the exercises are {sorted(exercises)}")
    return exercises[key]


def check(key, fn):
    """Check the learner's function ``fn`` for the exercise ``key``.

    Returns
    -------
    CheckResult
        On success (shown in a notebook as one line, ``key: n/n checks passed``).

    Raises
    ------
    ExerciseFailed
        (an ``AssertionError``) with the case, what differs, where and a hint; ``.result`` holds
        the :class:`CheckResult`.
    """
    exercise = _exercise(key)
    result, outcomes, variant = run_check(exercise, fn)
    _RESULTS[key] = result
    if os.environ.get("NBGRADER_EXECUTION") == "autograde":  # nbgrader is grading: leave the outputs for it
        from .grading import show_record

        show_record(exercise, variant, outcomes)
    if not result.passed:
        raise ExerciseFailed(result.failure.message, result) from None
    return result


def results():
    """``{key: CheckResult.to_dict()}`` of the checks run in this kernel (``make progress`` reads it)."""
    return {key: result.to_dict() for key, result in _RESULTS.items()}


def hint(key):
    """Print a nudge toward the formula of exercise ``key`` (not the code)."""
    exercise = _exercise(key)
    print(f"{key}: {exercise.nudge}")


def solution(key):
    """Print a worked answer of exercise ``key``, as the notebook writes it."""
    from .solutions import solution_source

    source = solution_source(_exercise(key))
    print(source if source else f"{key}: no worked answer is installed with this package")


def course_values(key, fn):
    """Print the course's published check values beside what ``fn`` returns on the same inputs.

    The course builds its test inputs with NumPy's legacy seeded generator, which
    ``np.random.RandomState(seed)`` replays exactly, so the published numbers come out here too.
    Values are rounded to 8 decimals, as the course prints them.
    """
    from .runner import published_report

    exercise = _exercise(key)
    cases = [case for case in exercise.cases if case.published]
    if not cases:
        print(f"{key}: the course publishes no check values for this function")
    for case in cases:
        for line in published_report(exercise, case, fn):
            print(line)
