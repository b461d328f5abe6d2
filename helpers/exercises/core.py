"""The pieces an exercise is made of, and what a check returns.

An :class:`Exercise` is built once and never modified. It holds

- ``reference``: a correct implementation with exactly the notebook's signature, built on
  ``helpers`` (no formula written a second time): the expected output of every case;
- ``cases``: the inputs it is checked on. Deterministic cases are compared value by value; a case
  marked ``random`` is judged by the exercise's ``properties`` (shapes, scale, the share kept, a
  partition), and, when also ``exact``, by the numbers of any accepted generator (the notebook's
  ``np.random.default_rng(seed)``, or the course's ``np.random.seed(seed)`` + ``randn``);
- ``variants``: other ways of writing the same function that are accepted, such as the course's
  signatures (see :class:`Variant`), and known conventions that are not (with the one line that
  names the difference);
- ``mistakes``: the catalogue: each a small named function one edit away from the reference, and
  the hint to give when the learner's function behaves like it on every case;
- ``nudge``: what :func:`helpers.exercises.hint` says, a push toward the formula, never the code.

:func:`helpers.exercises.check` returns a :class:`CheckResult`, or raises :class:`ExerciseFailed`
(an ``AssertionError``, so nbgrader scores the cell as failed) that carries it.
"""
from __future__ import annotations

import inspect
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Mapping, Optional, Sequence

import numpy as np

__all__ = ["Case", "CheckResult", "Exercise", "ExerciseFailed", "Failure", "Mistake", "Variant", "course_randn"]


def course_randn(seed, *shapes):
    """Arrays drawn as the course draws its test inputs (``np.random.seed(seed)``, then ``randn`` per
    shape, in order): ``np.random.RandomState(seed)`` replays exactly those numbers."""
    rng = np.random.RandomState(seed)
    return tuple(rng.randn(*shape) for shape in shapes)


@dataclass(frozen=True, eq=False)
class Case:
    """One input of an exercise.

    Parameters
    ----------
    name : str
        Shown in messages, e.g. ``"course check values (RandomState(1))"``.
    inputs : callable ``() -> tuple``
        Builds the positional arguments afresh (the learner's function may modify them).
    kwargs : mapping
        Keyword arguments passed along with the inputs.
    published : mapping, optional
        The course's printed output for these inputs, ``{output name: values}``; compared as well,
        to the printed digits (``published_atol``).
    random : bool
        The output is random (an initializer, dropout masks, a shuffle): the exercise's
        ``properties`` judge it; the seed is the argument named by ``Exercise.seed_argument``.
    exact : bool
        For a random case: also compare the numbers with those of the accepted generators.
    environment : mapping
        Names the learner's function sees in place of its own globals for this case: a planted
        wrong backward pass for a gradient check, a known starting point for a training loop.
    expected : callable ``() -> output``, optional
        The expected output, when the reference cannot give it (a planted environment).
    tags : frozenset of str
        For variants that run a subset of the cases (``"3 layers"``).
    """

    name: str
    inputs: Callable[[], tuple]
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    published: Optional[Mapping[str, Any]] = None
    published_atol: float = 5e-8
    random: bool = False
    exact: bool = False
    environment: Mapping[str, Callable] = field(default_factory=dict)
    expected: Optional[Callable[[], Any]] = None
    tags: frozenset = frozenset()


@dataclass(frozen=True, eq=False)
class Mistake:
    """A mistake learners make: a small function with the notebook's signature, and its hint."""

    name: str
    wrong: Callable
    hint: str


@dataclass(frozen=True, eq=False)
class Variant:
    """Another way of writing the exercise's function.

    Parameters
    ----------
    name : str
        Said when a check passes this way ("the course's signature, written for 3 layers").
    accepts : callable ``(FunctionInfo) -> bool``
        Whether the learner's function is written this way (read from its signature and code).
    call : callable ``(fn, args, kwargs) -> output``, optional
        How to call the learner's function with a case's canonical inputs; default ``fn(*args, **kwargs)``.
    normalize : callable ``(output, args) -> canonical output``, optional
        Turns what this way of writing returns into what the notebook's function returns; raises
        :class:`WrongOutput` with a message when the extra values are wrong.
    cases : sequence of Case, optional
        Cases of its own (other inputs), checked against ``reference``; default: the exercise's
        cases that carry every tag in ``tags``.
    reference : callable, optional
        The expected output for ``cases``, with this variant's signature.
    tags : frozenset of str
        Run only the exercise's cases that carry these tags.
    supply : mapping
        Names the function may use that the notebook does not define (the course's own helper
        functions, written here); given to it only when its globals lack them.
    reject : str, optional
        A convention this notebook does not take: the check fails with this line.
    """

    name: str
    accepts: Callable
    call: Optional[Callable] = None
    normalize: Optional[Callable] = None
    cases: Optional[Sequence[Case]] = None
    reference: Optional[Callable] = None
    tags: frozenset = frozenset()
    supply: Mapping[str, Callable] = field(default_factory=dict)
    reject: Optional[str] = None


class WrongOutput(ValueError):
    """Raised by a variant's ``normalize`` when the extra values it returns are wrong."""


@dataclass(frozen=True, eq=False)
class Exercise:
    """One exercise of a notebook (see the module docstring).

    Parameters
    ----------
    key : str
        Unique name for :func:`helpers.exercises.check` and nbgrader's ``grade_id``
        (``"ex_" + key``, ``"check_" + key``).
    name : str
        The notebook's name of the function the learner writes.
    notebook : str
        Stem of the notebook, e.g. ``"03_deep_network"``.
    reference : callable
        Correct implementation with the notebook's signature, built on helpers.
    cases : sequence of Case
    outputs : sequence of str
        Names of the parts of a tuple output (``("dA_prev", "dW", "db")``), or one name.
    nudge : str
        What :func:`helpers.exercises.hint` says: a push toward the formula, not the code.
    mistakes, variants : sequences
    properties : callable ``(args, output) -> Difference or None``, optional
        Judges the output of a random case.
    seed_argument : str, optional
        The notebook's name of the argument that seeds a random exercise (``"seed"``, ``"rng"``).
    course_seeds : tuple of int
        Seeds the course's own code sets inside the function (``np.random.seed(3)``): draws from
        them are accepted as well.
    compare : callable ``(expected, got, exercise, args) -> Difference or None``, optional
        Replaces the part-by-part comparison (a gradient-check difference, a list of costs).
    course_name : str, optional
        The course's name of the function, when it differs (``"L_model_forward"``).
    supply : mapping
        Names the learner's function may call that the notebook does not define (the course's own
        helpers, under the course's names, written here); given only when its globals lack them.
    normalize : callable ``(output, args) -> output``, optional
        Accepts other return conventions of the same function (the course's Adam returning five
        values): turns them into the notebook's, or raises :class:`WrongOutput` naming what is wrong.
    may_change : tuple of str
        Arguments whose arrays the function may change in place (an optimizer's state ``v``, ``s``);
        changing any other input array is an error (the notebook reuses its inputs).
    error_notes : tuple of ``(names, text)``
        Said when the learner's function raises on a line that calls one of ``names`` (the course's
        helpers that return other things than the notebook's).
    """

    key: str
    name: str
    notebook: str
    reference: Callable
    cases: Sequence[Case]
    outputs: Sequence[str]
    nudge: str
    mistakes: Sequence[Mistake] = ()
    variants: Sequence[Variant] = ()
    properties: Optional[Callable] = None
    seed_argument: Optional[str] = None
    course_seeds: tuple = ()
    compare: Optional[Callable] = None
    course_name: Optional[str] = None
    supply: Mapping[str, Callable] = field(default_factory=dict)
    normalize: Optional[Callable] = None
    may_change: tuple = ()
    error_notes: tuple = ()
    rtol: float = 1e-5
    atol: float = 1e-8

    @property
    def signature(self):
        """The notebook's signature, e.g. ``linear_forward(A_prev, W, b)``."""
        return f"{self.name}{inspect.signature(self.reference)}"


@dataclass
class Failure:
    """The first failing case of a check and what the checker found about it."""

    case: str
    kind: str  # "not started" | "signature" | "raised" | "output" | "convention"
    quantity: Optional[str] = None  # the first wrong output part or intermediate, e.g. "dW" or "dZ1"
    line_number: Optional[int] = None  # the learner's line that computed it (numbered as in the cell)
    line: Optional[str] = None
    relation: Optional[str] = None  # what the wrong value is: "the transpose of the expected value", a measured scale, ...
    mistake: Optional[str] = None  # the catalogued mistake that explains every case, if one does
    message: str = ""
    detail: Optional[str] = None  # the kind of difference ("values", "shape", "keys", ...) or the error's type


@dataclass
class CheckResult:
    """What :func:`helpers.exercises.check` found: returned on success, carried by ExerciseFailed otherwise."""

    key: str
    passed: bool
    cases_passed: int
    cases_total: int
    variant: Optional[str] = None
    failure: Optional[Failure] = None
    supplied: tuple = ()  # names the function uses that the notebook does not define, given by the check

    @property
    def status(self):
        if self.passed:
            return "passed"
        return "not started" if self.failure and self.failure.kind == "not started" else "failed"

    def summary(self):
        """One line: ``linear_forward: 3/3 checks passed``, or the first line of the failure."""
        if self.passed:
            notes = [self.variant] if self.variant else []
            if self.supplied:
                names = " and ".join(f"`{name}`" for name in self.supplied)
                notes.append(f"it calls {names}, which this notebook does not define: the check gave the course's; "
                             f"define {'it' if len(self.supplied) == 1 else 'them'} before using the function here")
            way = f" ({'; '.join(notes)})" if notes else ""
            return f"{self.key}: {self.cases_passed}/{self.cases_total} checks passed{way}"
        return self.failure.message.splitlines()[0]

    def to_dict(self):
        return asdict(self) | {"status": self.status}

    def _ipython_display_(self):
        print(self.summary())


class ExerciseFailed(AssertionError):
    """A check that did not pass; the message says which case, what differs, where, and a hint."""

    def __init__(self, message, result=None):
        super().__init__(message)
        self.result = result

    def _render_traceback_(self):
        # IPython shows these lines instead of a traceback
        return [f"\x1b[1;31mExerciseFailed\x1b[0m: {line}" if i == 0 else line
                for i, line in enumerate(str(self).splitlines())]
