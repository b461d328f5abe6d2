"""Exercises: the learner writes each piece of the week, and ``check`` says at once what is wrong.

In a notebook, after the cell where you write ``linear_forward``::

    from helpers.exercises import check
    check("linear_forward", linear_forward)

prints ``linear_forward: 4/4 checks passed``, or stops with :class:`ExerciseFailed` naming the
case, what was expected, what your function returned and a hint for the likely mistake.

One module per notebook holds its exercises (``EXERCISES`` of that module); :data:`NOTEBOOKS`
lists them. Importing this package needs only NumPy.
"""
from __future__ import annotations

import importlib

import numpy as np

from .core import Case, Exercise, ExerciseFailed, Mistake, _as_arrays, compare, run_check

__all__ = ["Case", "Exercise", "ExerciseFailed", "Mistake", "NOTEBOOKS", "all_exercises", "check", "course_values"]

NOTEBOOKS = {
    "01_logistic_regression": "helpers.exercises.logistic_regression",
    "02_shallow_network": "helpers.exercises.shallow_network",
    "03_deep_network": "helpers.exercises.deep_network",
    "04_initialization": "helpers.exercises.initialization",
    "05_regularization": "helpers.exercises.regularization",
    "06_gradient_checking": "helpers.exercises.gradient_checking",
    "07_optimizers": "helpers.exercises.optimizers",
    "08_softmax": "helpers.exercises.softmax",
    "09_batch_norm_and_tuning": "helpers.exercises.batch_norm",
}
"""Notebook stem -> module whose ``EXERCISES`` list holds that notebook's exercises."""


def all_exercises():
    """Every exercise, ``{key: Exercise}``, in notebook order (the key is usually the function's name)."""
    table = {}
    for module_name in NOTEBOOKS.values():
        for exercise in importlib.import_module(module_name).EXERCISES:
            if exercise.key in table:
                raise RuntimeError(f"two exercises have the key {exercise.key!r}")
            table[exercise.key] = exercise
    return table


def check(name, fn):
    """Check the learner's function ``fn`` for the exercise ``name`` (its key); print one line if it passes.

    Raises
    ------
    ExerciseFailed
        (an ``AssertionError``) with the case, what was expected, what came back and a hint.
    """
    exercises = all_exercises()
    if name not in exercises:
        raise ExerciseFailed(f"there is no exercise called {name!r}; the exercises are {sorted(exercises)}")
    passed = run_check(exercises[name], fn)
    print(f"{name}: {passed}/{passed} checks passed")


def _rounded(value):
    if isinstance(value, dict):
        return {key: _rounded(v) for key, v in value.items()}
    return np.round(np.asarray(value, dtype=float), 8).tolist()


def course_values(name, fn):
    """Print the course's published check values beside what ``fn`` returns on the same inputs.

    The course builds its test inputs with NumPy's legacy seeded generator, which
    ``np.random.RandomState(seed)`` replays exactly, so the published numbers come out here too.
    Values are rounded to 8 decimals, as the course prints them.
    """
    exercise = all_exercises()[name]
    cases = [case for case in exercise.cases if case.published]
    if not cases:
        print(f"{name}: the course publishes no check values for this function")
    for case in cases:
        got = fn(*case.inputs(), **case.kwargs)
        parts = dict(zip(exercise.outputs, got)) if len(exercise.outputs) > 1 else {exercise.outputs[0]: got}
        for part, published in case.published.items():
            same = compare(_as_arrays(published), parts[part], part, rtol=0, atol=case.published_atol) is None
            print(f"{case.name}\n  {part} = {_rounded(parts[part])}\n  course:  {_rounded(published)}"
                  f"  -> {'the same' if same else 'DIFFERENT'}")

