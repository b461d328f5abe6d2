"""Where a learner's function first goes wrong: its intermediates against the worked solution's.

:func:`record` runs a function under ``sys.settrace`` and notes, line by line, every value it
assigns: local variables (``Z1``, ``dZ2``, ``v_corrected``) and the entries of local dicts
(``v["dW1"]``, ``grads["db2"]``), each with the line that computed it. Only the function's own frame
is traced (not NumPy, not helpers), and only names in ``names`` are kept, so a check stays fast.

:func:`first_wrong` compares the learner's record with the worked solution's on the same inputs:
the first value (in the order the learner computed them) whose name the solution also uses and that
equals none of the solution's values of that name is the first wrong quantity. Matching any value
of the same name keeps loops in another order, or a name reused for each layer, from being blamed;
names the solution does not use are skipped, so a learner who names things differently simply gets
no line (the relation of the outputs still speaks).
"""
from __future__ import annotations

import ast
import inspect
import linecache
import sys
import textwrap
from collections import Counter, defaultdict
from typing import Any, NamedTuple, Optional

import numpy as np

from .calling import Outcome, call_case
from .compare import compare
from .plain import plain

__all__ = ["Assignment", "Trace", "count_difference", "first_wrong", "loop_variables", "record"]

_MAX_EVENTS = 5000
_MAX_SIZE = 100_000
_NUMBER = (int, float, np.integer, np.floating)


class Assignment(NamedTuple):
    """A value the traced function computed: its name, a plain copy and the line that computed it."""

    name: str
    value: Any
    line_number: int
    line: str


class Trace(NamedTuple):
    assignments: list
    return_line: Optional[tuple]  # (number, text) of the line that returned
    outcome: Outcome


def _trackable(value):
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "biuf" and value.size <= _MAX_SIZE
    return isinstance(value, _NUMBER) and not isinstance(value, bool)


class _Recorder:
    def __init__(self, code, names):
        self.code, self.names = code, names
        self.assignments, self.seen, self.return_line = [], {}, None
        self.line = None

    def _changed(self, label, value):
        before = self.seen.get(label)
        if before is not None and before[0] is value:
            if not isinstance(value, np.ndarray) or np.array_equal(before[1], value):
                return False
        self.seen[label] = (value, np.array(value, copy=True) if isinstance(value, np.ndarray) else value)
        return True

    def _note(self, label, value):
        if len(self.assignments) < _MAX_EVENTS and _trackable(value) and self._changed(label, value):
            text = linecache.getline(self.code.co_filename, self.line).strip() if self.line else ""
            self.assignments.append(Assignment(label, plain(value), self.line, text))

    def _diff(self, frame):
        for name, value in list(frame.f_locals.items()):
            if isinstance(value, dict):
                for key, item in list(value.items())[:64]:
                    label = f'{name}["{key}"]'
                    if isinstance(key, str) and label in self.names:
                        self._note(label, item)
            elif name in self.names:
                self._note(name, value)

    def _start(self, frame):
        """The arguments as the function received them: known, not computed."""
        for name, value in list(frame.f_locals.items()):
            items = value.items() if isinstance(value, dict) else [(None, value)]
            for key, item in list(items)[:64]:
                label = name if key is None else f'{name}["{key}"]'
                if label in self.names and _trackable(item):
                    self._changed(label, item)

    def local(self, frame, event, arg):
        if event in ("line", "return"):
            if self.line is None:
                self._start(frame)
            else:
                self._diff(frame)
            if event == "return" and self.line is not None:
                self.return_line = (self.line, linecache.getline(self.code.co_filename, self.line).strip())
            self.line = frame.f_lineno
        return self.local

    def tracer(self, frame, event, arg):
        return self.local if frame.f_code is self.code else None


def record(fn, args, kwargs, names, *, call=None, legacy_seed=None):
    """Run ``fn`` on the inputs under a tracer; return a :class:`Trace` of the values named in ``names``.

    ``names`` holds plain names (``"dZ1"``) and dict entries (``'v["dW1"]'``); ``None`` keeps every name.
    """
    code = getattr(fn, "__code__", None)
    if code is None:
        return Trace([], None, call_case(fn, args, kwargs, call=call, legacy_seed=legacy_seed))
    recorder = _Recorder(code, names if names is not None else _Everything())
    previous = sys.gettrace()
    sys.settrace(recorder.tracer)
    try:
        outcome = call_case(fn, args, kwargs, call=call, legacy_seed=legacy_seed)
    finally:
        sys.settrace(previous)
    return Trace(recorder.assignments, recorder.return_line, outcome)


class _Everything:
    def __contains__(self, name):
        return True


def _same(a, b, rtol, atol):
    return compare(b, a, "value", rtol, atol) is None


def first_wrong(learner, solution, rtol=1e-5, atol=1e-8):
    """``(assignment, solution value)`` of the learner's first value that none of the solution's matches."""
    values = defaultdict(list)
    for item in solution:
        values[item.name].append(item.value)
    for item in learner:
        candidates = values.get(item.name)
        if not candidates or any(_same(item.value, value, rtol, atol) for value in candidates):
            continue
        shaped = [v for v in candidates if np.shape(v) == np.shape(item.value)]
        return item, (shaped or candidates)[0]
    return None


def loop_variables(fn):
    """Names ``fn`` uses as loop counters (``for l in ...``): they step through other values in another
    loop order, so they are not compared."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError, IndentationError):
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.comprehension)):
            names |= {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
    return names


def count_difference(learner, solution):
    """``(name, learner's count, solution's count, learner's last assignment)`` for the first name the two
    compute a different number of times (a loop that runs once too often or too few), or None."""
    mine, theirs = Counter(a.name for a in learner), Counter(a.name for a in solution)
    if len(learner) >= _MAX_EVENTS or len(solution) >= _MAX_EVENTS:
        return None  # a record was cut short: counts say nothing
    for item in learner:
        if item.name in theirs and mine[item.name] != theirs[item.name] and min(mine[item.name], theirs[item.name]) > 1:
            last = [a for a in learner if a.name == item.name][-1]
            return item.name, mine[item.name], theirs[item.name], last
    return None
