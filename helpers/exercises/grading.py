"""Grades an instructor can trust: ``nbgrader autograde`` re-judges every check outside the student's kernel.

In a student's kernel anything can be rebound: a solution cell can redefine ``check``, replace the
checker's functions or NumPy's, or silence errors. So when nbgrader autogrades (it sets
``NBGRADER_EXECUTION=autograde`` for the kernel), :func:`helpers.exercises.check` also leaves in the
grade cell's output a record of what the student's function returned on every case, as plain data
(:mod:`.plain`: arrays as bytes, no pickles, no objects). The preprocessor :class:`VerifyExercises`
then runs in nbgrader's own process, after the notebook has been executed: it reads each grade
cell's record, judges every case again with :func:`helpers.exercises.runner.evaluate`, removes the
record, and when a case is wrong, or the record is missing (the grade cell did not reach the
checker), replaces the cell's outputs with an error, which nbgrader scores as zero.

Configure it in ``nbgrader_config.py``::

    from helpers.exercises.grading import autograde_preprocessors
    c.Autograde.autograde_preprocessors = autograde_preprocessors(only_exercises=True)

``only_exercises=True`` adds :class:`SkipExperiments`: nbgrader then executes only the cells the
checks need (nbgrader's own cells and the cells tagged ``exercise-setup``), not the experiments,
figures and panels, which are most of a notebook's execution time.

What in-kernel execution can never rule out (the README's instructor section says it too): a
solution that computes the right answer by calling code the student did not write (``h.sigmoid``,
the checker's reference, a copied solution), or a solution cell that rewrites the checker so that
the record holds a reference's outputs instead of the student's function's. The values in a record
are still computed in the kernel; only their judgement is out of the student's reach.
"""
from __future__ import annotations

import builtins
import json

from .plain import dumps, loads

__all__ = ["MIME", "SETUP_TAG", "SkipExperiments", "VerifyExercises", "autograde_preprocessors", "course_config",
           "needed_for_grading", "record_of", "show_record", "verify"]

MIME = "application/vnd.helpers.exercise-record+json"


def record_of(exercise, variant, outcomes):
    """The record of one check: ``{"key", "variant", "outputs": {case: JSON or None}, "errors": {...}}``."""
    return {"key": exercise.key, "variant": getattr(variant, "name", None),
            "outputs": {name: dumps(o.output) for name, o in outcomes.items() if o.error is None},
            "errors": {name: type(o.error).__name__ for name, o in outcomes.items() if o.error is not None}}


def show_record(exercise, variant, outcomes):
    """Display the record in the grade cell's output (only while nbgrader autogrades, in its IPython kernel)."""
    shell = getattr(builtins, "get_ipython", lambda: None)()
    if shell is not None:
        shell.display_pub.publish(data={MIME: record_of(exercise, variant, outcomes)}, metadata={})


def verify(key, record):
    """``None`` when every case of exercise ``key`` is right in ``record``, else why not."""
    from .catalogue import all_exercises
    from .runner import evaluate, variant_cases, variant_named

    exercise = all_exercises().get(key)
    if exercise is None:
        return f"there is no exercise called {key!r}"
    if not isinstance(record, dict) or record.get("key") != key:
        return "the grade cell did not run the checker for this exercise (no record of its cases)"
    try:
        variant = variant_named(exercise, record.get("variant"))
    except StopIteration:
        return f"the record names an unknown way of writing the function: {record.get('variant')!r}"
    outputs = record.get("outputs") or {}
    for case in variant_cases(exercise, variant):
        if case.name not in outputs:
            raised = (record.get("errors") or {}).get(case.name)
            return f"case '{case.name}': " + (f"the function raised {raised}" if raised else "no output recorded")
        try:
            output = loads(outputs[case.name])
        except (ValueError, KeyError, TypeError) as error:
            return f"case '{case.name}': the recorded output cannot be read ({type(error).__name__})"
        difference = evaluate(exercise, variant, case, output)
        if difference is not None:
            return f"case '{case.name}': {difference.text}"
    return None


def _records(cell):
    found = []
    for output in cell.get("outputs", []):
        data = output.get("data", {}) if output.get("output_type") in ("display_data", "execute_result") else {}
        if MIME in data:
            value = data[MIME]
            found.append(json.loads(value) if isinstance(value, str) else value)
    return found


def _without_records(cell):
    return [o for o in cell.get("outputs", []) if MIME not in o.get("data", {})]


def _error_output(message):
    from nbformat.v4 import new_output

    lines = message.splitlines() or [message]
    return new_output("error", ename="ExerciseFailed", evalue=lines[0],
                      traceback=[f"ExerciseFailed (judged outside the notebook's kernel): {lines[0]}", *lines[1:]])


def _verify_cell(cell, log=None):
    """Re-judge one check cell from its record: remove the record; when the judgement fails, make sure an
    error is in the outputs (nbgrader scores a cell with an error as zero)."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    grade_id = meta.get("grade_id", "")
    if cell.get("cell_type") != "code" or not meta.get("grade") or not grade_id.startswith("check_"):
        return cell
    key = grade_id[len("check_"):]
    records = [r for r in _records(cell) if isinstance(r, dict) and r.get("key") == key]
    problem = verify(key, records[-1] if records else None)
    cell.outputs = _without_records(cell)
    if problem is not None:
        if log is not None:
            log.info("%s: %s", grade_id, problem.splitlines()[0])
        if not any(o.get("output_type") == "error" for o in cell.outputs):
            cell.outputs = [*cell.outputs, _error_output(f"{key}: {problem}")]
    return cell


SETUP_TAG = "exercise-setup"
"""Tag of the cells the exercises need besides their own (imports, ``SEED``): kept when grading runs
only what the exercises need."""
SKIP_TAG = "skip-execution"
"""The tag nbclient (and so nbgrader's ``Execute``) does not run a cell with."""
_ADDED = "helpers_skipped_for_grading"


def needed_for_grading(cell):
    """True for the cells an exercise check depends on: nbgrader's cells and the tagged setup cells."""
    meta = cell.get("metadata", {})
    nbgrader = meta.get("nbgrader", {})
    return bool(nbgrader.get("solution") or nbgrader.get("grade")) or SETUP_TAG in meta.get("tags", [])


def _skip_cell(cell):
    if cell.get("cell_type") == "code" and not needed_for_grading(cell):
        tags = cell.metadata.setdefault("tags", [])
        if SKIP_TAG not in tags:
            tags.append(SKIP_TAG)
            cell.metadata[_ADDED] = True
    return cell


def _unskip_cell(cell):
    if cell.get("metadata", {}).pop(_ADDED, False):
        cell.metadata["tags"].remove(SKIP_TAG)
        if not cell.metadata["tags"]:
            del cell.metadata["tags"]
    return cell


def _preprocessor_classes():
    from nbconvert.preprocessors import Preprocessor
    from traitlets import Bool

    class VerifyExercises(Preprocessor):
        """nbgrader autograde preprocessor: re-judge every check cell from its record (see the module
        docstring); also takes back the tags :class:`SkipExperiments` added."""

        enabled = Bool(True, help="nbconvert runs a preprocessor only when it is enabled").tag(config=True)

        def preprocess_cell(self, cell, resources, index):
            return _verify_cell(_unskip_cell(cell), self.log), resources

    class SkipExperiments(Preprocessor):
        """nbgrader autograde preprocessor, before ``Execute``: only the cells the exercises need run
        (nbgrader's cells and the cells tagged ``exercise-setup``); the experiments, figures and panels
        are left unexecuted (without outputs in the graded notebook)."""

        enabled = Bool(True, help="nbconvert runs a preprocessor only when it is enabled").tag(config=True)

        def preprocess_cell(self, cell, resources, index):
            return _skip_cell(cell), resources

    for cls in (VerifyExercises, SkipExperiments):
        cls.__module__, cls.__qualname__ = __name__, cls.__name__
    return VerifyExercises, SkipExperiments


def _classes():
    """``{name: class}`` of the two preprocessors, built on first use and then kept in the module.

    Not at import: a check in the student's kernel imports this module for :func:`show_record`, and
    nbconvert's import (jsonschema building its grammars) took 1.8 s of every graded notebook's
    kernel time when this module built them at import.
    """
    names = ("VerifyExercises", "SkipExperiments")
    if names[0] not in globals():
        globals().update(zip(names, _preprocessor_classes()))
    return {name: globals()[name] for name in names}


def __getattr__(name):  # ``grading.VerifyExercises``, ``from .grading import SkipExperiments``
    if name in ("VerifyExercises", "SkipExperiments"):
        return _classes()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def autograde_preprocessors(only_exercises=False):
    """nbgrader's default autograde preprocessors with :class:`VerifyExercises` right after ``Execute``;
    with ``only_exercises=True`` also :class:`SkipExperiments` right before it, so that grading runs
    only what the exercises need (see the README's instructor section for the time it saves)."""
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute

    default = list(Autograde.class_traits()["autograde_preprocessors"].default())
    at = default.index(Execute)
    classes = _classes()
    before = [classes["SkipExperiments"]] if only_exercises else []
    return default[:at] + before + [Execute, classes["VerifyExercises"]] + default[at + 1:]


def course_config(root, *, course_id="course", only_exercises=True, timeout=300):
    """A traitlets ``Config`` for nbgrader's Python API (``NbGraderAPI(config=...)``) on the course
    directory ``root``, graded as the README's instructor section says (:func:`autograde_preprocessors`).

    ``timeout``: seconds a cell may run before nbgrader gives up on it (nbgrader's default, 30, is
    enough for every cell of these notebooks; the tests and ``benchmarks/bench_grading.py``, which
    grade with this, allow more for a slow machine). An instructor's ``nbgrader_config.py`` needs
    only the preprocessors (the README's instructor section).
    """
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.root = str(root)
    config.CourseDirectory.course_id = course_id
    config.Autograde.autograde_preprocessors = autograde_preprocessors(only_exercises=only_exercises)
    config.ExecutePreprocessor.timeout = timeout
    return config
