"""The exercise checker: run a learner's function on seeded cases, compare, and name the mistake.

An :class:`Exercise` holds

- ``reference``: a correct implementation with the signature the notebook asks for (built on
  ``helpers``), which gives the expected output of every case;
- ``cases``: seeded inputs, among them the course's published check values where they exist (the
  course draws its test inputs with the legacy seeded generator, which ``np.random.RandomState``
  reproduces exactly); a case may carry ``published`` values, which are compared too;
- ``mistakes``: the mistakes learners actually make, each as a small wrong implementation and
  the hint to give when the learner's output equals that wrong implementation's output.

:func:`check` runs every case, compares outputs within tolerances that accept every correct
implementation (loops or vectorized, ``np.dot`` or ``@``, any grouping of the sums), prints one
line when all pass, and otherwise raises :class:`ExerciseFailed`, an ``AssertionError`` (so
nbgrader scores the cell as failed) whose message names the case, what was expected, what came
back and a hint. In Jupyter it shows as that message alone, without a stack trace.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

import numpy as np

__all__ = ["Case", "Exercise", "ExerciseFailed", "Mistake", "compare", "course_randn", "run_check"]

RTOL, ATOL = 1e-5, 1e-8
"""Default tolerances: far looser than any reordering of a sum in float64 (about 1e-15), far
tighter than any real mistake."""


def course_randn(seed, *shapes):
    """Arrays drawn as the course draws its test inputs (``np.random.seed(seed)``, then ``randn`` per
    shape, in order): ``np.random.RandomState(seed)`` replays exactly those numbers."""
    rng = np.random.RandomState(seed)
    return tuple(rng.randn(*shape) for shape in shapes)


class ExerciseFailed(AssertionError):
    """A check that did not pass; the message says which case, what differed and a hint."""

    def _render_traceback_(self):
        # IPython shows these lines instead of a traceback
        return [f"\x1b[1;31mExerciseFailed\x1b[0m: {line}" if i == 0 else line
                for i, line in enumerate(str(self).splitlines())]


@dataclass
class Case:
    """One seeded input of an exercise.

    Parameters
    ----------
    name : str
        Shown in messages, e.g. ``"course check values (RandomState(1))"``.
    inputs : callable ``() -> tuple``
        Builds the positional arguments afresh (the learner's function may modify them).
    published : dict, optional
        The course's printed output for these inputs, ``{output name: values}`` (names from
        :attr:`Exercise.outputs`); compared as well, to the printed digits (``published_atol``).
    kwargs : dict
        Keyword arguments passed along with the inputs.
    """

    name: str
    inputs: Callable[[], tuple]
    published: Any = None
    published_atol: float = 5e-8
    kwargs: dict = field(default_factory=dict)


@dataclass
class Mistake:
    """A mistake learners make: a wrong implementation with the exercise's signature, and its hint."""

    name: str
    wrong: Callable
    hint: str


@dataclass
class Exercise:
    """One exercise of a notebook: its reference, cases, output names and catalogue of mistakes.

    Parameters
    ----------
    name : str
        The function the learner writes (the nbgrader ``grade_id`` is ``"ex_" + name``).
    notebook : str
        Stem of the notebook, e.g. ``"03_deep_network"``.
    reference : callable
        Correct implementation, the notebook's signature.
    cases : list of Case
    outputs : sequence of str, optional
        Names of the parts of a tuple output (``("dA_prev", "dW", "db")``), or of a single output.
    mistakes : list of Mistake
    hint : str
        Said when the output is wrong and no catalogued mistake matches.
    compare : callable ``(expected, got, name) -> str or None``, optional
        Replaces :func:`compare` for outputs that need another rule (a gradient-check difference).
    course_name : str, optional
        The course's name of the function, when it differs (``"L_model_forward"``).
    key : str, optional
        The exercise's unique name for :func:`helpers.exercises.check` and nbgrader's ``grade_id``
        (``"ex_" + key``, ``"check_" + key``), when two notebooks ask for functions of the same
        name (``compute_cost`` in 02 and 03); default ``name``.
    """

    name: str
    notebook: str
    reference: Callable
    cases: Sequence[Case]
    outputs: Sequence[str] = ("output",)
    mistakes: Sequence[Mistake] = ()
    hint: str = "compare your code with the formula above, line by line"
    compare: Optional[Callable] = None
    course_name: Optional[str] = None
    key: Optional[str] = None
    rtol: float = RTOL
    atol: float = ATOL

    def __post_init__(self):
        if self.key is None:
            self.key = self.name


# ---- comparing outputs ----------------------------------------------------------------------------

def _describe(value):
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    if isinstance(value, dict):
        return f"a dict with keys {sorted(value)}"
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)} items"
    return f"{type(value).__name__} {value!r}"[:80]


def _first_difference(expected, got, rtol, atol):
    bad = ~np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
    index = tuple(int(i) for i in np.argwhere(bad)[0])
    where = f" at {list(index)}" if index else ""
    return (f"{int(bad.sum())} of {bad.size} values differ; first{where}: expected {expected[index]:.8g}, "
            f"got {got[index]:.8g}")


def compare(expected, got, name="output", rtol=RTOL, atol=ATOL):
    """Return ``None`` if ``got`` matches ``expected`` (arrays, numbers, tuples, dicts), else why not."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return f"`{name}` should be a dict with keys {sorted(expected)}; got {_describe(got)}"
        missing = sorted(set(expected) - set(got))
        if missing:
            return f"`{name}` is missing the key(s) {missing} (it has {sorted(got)})"
        for key in expected:
            problem = compare(expected[key], got[key], key, rtol, atol)
            if problem:
                return problem
        return None
    if isinstance(expected, (tuple, list)):
        if not isinstance(got, (tuple, list)) or len(got) != len(expected):
            return f"`{name}` should be a {type(expected).__name__} of {len(expected)} items; got {_describe(got)}"
        for k, (e, g) in enumerate(zip(expected, got)):
            problem = compare(e, g, f"{name}[{k}]", rtol, atol)
            if problem:
                return problem
        return None
    if isinstance(expected, np.ndarray):
        if isinstance(got, (list, tuple, int, float)) or (isinstance(got, np.generic) and expected.ndim == 0):
            got = np.asarray(got)
        if not isinstance(got, np.ndarray):
            return f"`{name}` should be a NumPy array of shape {expected.shape}; got {_describe(got)}"
        if got.shape != expected.shape:
            return f"`{name}` has shape {got.shape}; expected {expected.shape}"
        if expected.dtype == bool or got.dtype.kind not in "biuf":
            if not np.array_equal(got, expected):
                return f"`{name}` differs: expected {expected!r}, got {got!r}"[:300]
            return None
        if not np.allclose(got, expected, rtol=rtol, atol=atol, equal_nan=True):  # nan only matches nan
            return f"`{name}`: " + _first_difference(expected, got.astype(float), rtol, atol)
        return None
    if isinstance(expected, (float, np.floating, int, np.integer)) and not isinstance(expected, bool):
        try:
            value = float(np.asarray(got).reshape(()))
        except (TypeError, ValueError):
            return f"`{name}` should be a number; got {_describe(got)}"
        if not np.isclose(value, float(expected), rtol=rtol, atol=atol):
            return f"`{name}`: expected {float(expected):.8g}, got {value:.8g}"
        return None
    if got != expected:
        return f"`{name}`: expected {expected!r}, got {got!r}"
    return None


# ---- running a check ------------------------------------------------------------------------------

def _call(fn, case):
    args = case.inputs()
    return args, fn(*copy.deepcopy(args), **case.kwargs)


def _compare_with(exercise, expected, got):
    name = exercise.outputs[0] if len(exercise.outputs) == 1 else exercise.name
    if exercise.compare is not None:
        return exercise.compare(expected, got, name)
    if isinstance(expected, tuple) and len(exercise.outputs) == len(expected):
        if not isinstance(got, (tuple, list)) or len(got) != len(expected):
            return f"your function should return {len(expected)} values ({', '.join(exercise.outputs)}); got {_describe(got)}"
        for part, e, g in zip(exercise.outputs, expected, got):
            problem = compare(e, g, part, exercise.rtol, exercise.atol)
            if problem:
                return problem
        return None
    return compare(expected, got, name, exercise.rtol, exercise.atol)


def _diagnose(exercise, case, got):
    """The hint of the first catalogued mistake whose output equals the learner's, else the generic hint."""
    for mistake in exercise.mistakes:
        try:
            with np.errstate(all="ignore"):
                _, wrong = _call(mistake.wrong, case)
        except Exception:  # a wrong implementation may fail on some inputs: then it is not this one
            continue
        if _compare_with(exercise, wrong, got) is None:
            return mistake.hint
    return exercise.hint


def _same_error(exercise, case, error):
    """The hint of a catalogued mistake that raises the same error on this case, if one does."""
    for mistake in exercise.mistakes:
        try:
            with np.errstate(all="ignore"):
                _call(mistake.wrong, case)
        except Exception as other:
            if type(other) is type(error) and str(other) == str(error):
                return mistake.hint
    return None


def _raised(exercise, case, error):
    if isinstance(error, NotImplementedError):
        return (f"{exercise.name}: not started yet. Write your code between the `### BEGIN SOLUTION` "
                f"and `### END SOLUTION` lines (or in place of `raise NotImplementedError()`), run that "
                f"cell, then run this check again.")
    text = str(error).splitlines()[0][:200] if str(error) else ""
    hint = _same_error(exercise, case, error) or (
        f"check the shapes of the arrays on that line against the shapes written in the text above; {exercise.hint}")
    return f"{exercise.name}, case '{case.name}': your function raised {type(error).__name__}: {text}\n  hint: {hint}"


def _as_arrays(values):
    if isinstance(values, dict):
        return {key: _as_arrays(value) for key, value in values.items()}
    return np.asarray(values, dtype=float) if isinstance(values, list) else values


def _compare_published(exercise, case, got):
    parts = dict(zip(exercise.outputs, got)) if len(exercise.outputs) > 1 else {exercise.outputs[0]: got}
    for part, values in case.published.items():
        problem = compare(_as_arrays(values), parts[part], part, rtol=0, atol=case.published_atol)
        if problem:
            return "the course's published values differ: " + problem
    return None


def run_check(exercise, fn):
    """Run every case of ``exercise`` on ``fn``; return the number passed or raise ExerciseFailed."""
    if not callable(fn):
        raise ExerciseFailed(f"{exercise.name}: pass your function itself, e.g. check({exercise.key!r}, "
                             f"{exercise.name}); got {_describe(fn)}")
    for case in exercise.cases:
        try:
            with np.errstate(all="ignore"):
                args, got = _call(fn, case)
        except Exception as error:  # the learner's code: any error becomes a message, not a traceback
            raise ExerciseFailed(_raised(exercise, case, error)) from None
        _, expected = _call(exercise.reference, case)
        problem = _compare_with(exercise, expected, got)
        if problem is None and case.published:
            problem = _compare_published(exercise, case, got)
        if problem:
            hint = _diagnose(exercise, case, got)
            raise ExerciseFailed(f"{exercise.name}, case '{case.name}': {problem}\n  hint: {hint}")
    return len(exercise.cases)
