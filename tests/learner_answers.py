"""Running the independent learner answers of tests/learner_code/ through the checker.

``tests/learner_code/nbNN.py`` hold answers written, without reading the checker, as learners write
them: correct ones in many styles (the notebook's signatures and the course's, loops and vectorized,
``np.random.seed`` + ``randn``), wrong ones with realistic mistakes (each labelled with the mistake, the
first wrong line and the first wrong quantity), and the course's deliberate differences. Each answer
is run as a learner's cell would be: its source executed in the notebook's namespace (NumPy,
helpers, SEED and the notebook's other worked functions), registered in ``linecache`` as IPython
registers a cell.
"""
from __future__ import annotations

import copy
import importlib
import linecache
import math
import sys
from pathlib import Path

import numpy as np

import helpers as h
from helpers.exercises import ExerciseFailed, all_exercises, check
from helpers.exercises.solutions import _table

HERE = Path(__file__).resolve().parent
EXERCISES = all_exercises()
_STEMS = {stem[:2]: stem for stem in {e.notebook for e in EXERCISES.values()}}


def answers():
    """Every answer, each with its notebook stem and a stable id."""
    sys.path.insert(0, str(HERE))
    found = []
    for number in sorted(_STEMS):
        module = importlib.import_module(f"learner_code.nb{number}")
        for k, answer in enumerate(module.ANSWERS):
            found.append(dict(answer, notebook=_STEMS[number], id=f"nb{number}-{k:03d}-{answer['key']}"))
    return found


def _worked_namespace(notebook):
    entry = _table()[notebook]
    namespace = {"np": np, "h": h, "math": math, "copy": copy, "SEED": entry["seed"]}
    for cell in entry["cells"]:
        exec(compile(cell["source"], f"<worked {cell['grade_id']}>", "exec"), namespace)
    return namespace


def learner_function(answer):
    """The answer's function, defined in a namespace like its notebook's (the other worked functions in it)."""
    exercise = EXERCISES[answer["key"]]
    namespace = _worked_namespace(answer["notebook"])
    namespace.pop(exercise.name, None)  # the learner writes this one
    filename = f"<learner cell {answer['id']}>"
    source = answer["source"]
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)
    return namespace[answer["function"]]


_RUNS = {}


def run(answer):
    """``(passed, CheckResult)`` of the answer's check (run once per answer)."""
    if answer["id"] not in _RUNS:
        try:
            _RUNS[answer["id"]] = True, check(answer["key"], learner_function(answer))
        except ExerciseFailed as failure:
            _RUNS[answer["id"]] = False, failure.result
    return _RUNS[answer["id"]]


SPECIFIC = {"shape", "keys", "length", "type", "nan", "scale", "unseeded", "seed", "convention", "InputChanged"}
"""Differences whose sentence itself says what is wrong: a shape, missing keys, the number of values, a type,
a measured scale, draws that ignore the seed, another convention, an input changed in place."""


def names_the_mistake(answer, result):
    """How the message points at the real mistake, or None.

    "quantity": the first line of the message names the first wrong quantity (``s["dW1"]`` for ``s``);
    "line": it quotes the learner's wrong line (the tracer's first wrong value, or the line that raised);
    "catalogue": a catalogued mistake behaves like the learner's function on every case; "relation":
    an exact relation of the wrong value to the right one (a factor, a transpose, a missing term, an
    input passed back, a loop run once too often, a measured property); "specific": the difference
    itself says what is wrong (see SPECIFIC); "signature": the learner's signature or convention is named.
    """
    failure = result.failure
    wrong_line = " ".join(answer.get("wrong_line", "").split())
    if failure.line and wrong_line and " ".join(failure.line.split()) == wrong_line:
        return "line"
    if failure.mistake:
        return "catalogue"
    if failure.relation:
        return "relation"
    if failure.kind in ("signature", "convention"):
        return "signature"
    if failure.detail in SPECIFIC:
        return "specific"
    quantity = answer.get("wrong_quantity") or ""
    shown = failure.message.split(": ", 1)[-1].split("`")[1] if "`" in failure.message.splitlines()[0] else ""
    if quantity and shown and (shown == quantity or shown.startswith(quantity + "[") or shown.startswith(quantity + '["')):
        return "quantity"
    return None
