"""The exercise checker, tested like any other code.

For every exercise of helpers.exercises:
- the reference passes its own check, and so does the worked notebook's solution;
- the notebook holds the exercise in nbgrader's format: a solution cell (markers, metadata) and
  right after it a locked grade cell that calls the checker;
- every catalogued mistake, planted into the notebook's own solution code as a small source edit
  (``tests/mutations_<module>.py``), makes the check fail WITH THAT MISTAKE'S HINT. The source edit
  and the wrong implementation in the catalogue are written independently, so this tests that the
  checker recognizes the mistake as a learner would make it;
- a stub that raises NotImplementedError gets the "not started yet" message, a function that
  raises another error gets a message naming it, never a traceback from inside helpers;
- the worked answers the package installs (solutions.json) are the notebooks' solution cells.
How long a check takes is measured by benchmarks/bench_checks.py, not here.
"""
import importlib
import json
import linecache
import re
from pathlib import Path

import nbformat
import numpy as np
import pytest

import helpers as h
from helpers.exercises import NOTEBOOKS, ExerciseFailed, all_exercises, check

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = all_exercises()
MODULE_OF = {stem: name.rsplit(".", 1)[1] for stem, name in NOTEBOOKS.items()}


def mutations_of(notebook):
    try:
        return importlib.import_module(f"mutations_{MODULE_OF[notebook]}").MUTATIONS
    except ModuleNotFoundError:
        return {}


def load(notebook):
    return nbformat.read(ROOT / "notebooks" / f"{notebook}.ipynb", as_version=4)


def solution_cells(nb):
    """``{grade_id: source}`` of the solution cells, in notebook order."""
    return {c.metadata["nbgrader"]["grade_id"]: c.source for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")}


def namespace_for(nb):
    """What the solution cells need: NumPy, helpers and the notebook's SEED."""
    setup = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    seed = re.search(r"^SEED = (\d+)", setup, re.M)
    return {"np": np, "h": h, "SEED": int(seed.group(1)) if seed else 0}


def run_solutions(nb, replace=None):
    """Execute every solution cell in order (one possibly edited); return the namespace."""
    ns = namespace_for(nb)
    for grade_id, source in solution_cells(nb).items():
        if replace and replace[0] == grade_id:
            source = replace[1]
        filename = f"<cell {grade_id}>"  # registered as IPython registers a cell, so messages can quote its lines
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), ns)
    return ns


NAMES = sorted(EXERCISES)
PLANTED = [(name, mistake.name) for name in NAMES for mistake in EXERCISES[name].mistakes]


@pytest.mark.parametrize("name", NAMES)
def test_reference_passes_its_own_check(name):
    result = check(name, EXERCISES[name].reference)
    n = len(EXERCISES[name].cases)
    assert result.passed and result.summary() == f"{name}: {n}/{n} checks passed"


@pytest.mark.parametrize("name", NAMES)
def test_the_worked_notebooks_solution_passes(name):
    exercise = EXERCISES[name]
    ns = run_solutions(load(exercise.notebook))
    result = check(name, ns[exercise.name])
    assert result.passed and result.variant is None, result


@pytest.mark.parametrize("name", NAMES)
def test_exercise_cells_are_in_nbgraders_format(name):
    exercise = EXERCISES[name]
    cells = load(exercise.notebook).cells
    index = next(i for i, c in enumerate(cells) if c.metadata.get("nbgrader", {}).get("grade_id") == f"ex_{name}")
    solution, grade = cells[index], cells[index + 1]
    assert solution.metadata["nbgrader"] == {"solution": True, "grade": False, "locked": False,
                                             "grade_id": f"ex_{name}", "schema_version": 3}
    assert solution.source.count("### BEGIN SOLUTION") == solution.source.count("### END SOLUTION") >= 1
    meta = grade.metadata["nbgrader"]
    assert meta["grade"] and meta["locked"] and not meta["solution"] and meta["points"] > 0
    assert meta["grade_id"] == f"check_{name}" and meta["schema_version"] == 3
    assert grade.source.strip() == f'check("{name}", {exercise.name})'


@pytest.mark.parametrize("name", NAMES)
def test_every_catalogued_mistake_has_a_planted_source_edit(name):
    edits = mutations_of(EXERCISES[name].notebook).get(name, {})  # keyed by the exercise's key
    assert sorted(edits) == sorted(m.name for m in EXERCISES[name].mistakes)


@pytest.mark.parametrize("name, mistake", PLANTED, ids=[f"{n}-{m}" for n, m in PLANTED])
def test_a_planted_mistake_fails_with_its_hint(name, mistake):
    exercise = EXERCISES[name]
    nb = load(exercise.notebook)
    old, new = mutations_of(exercise.notebook)[name][mistake]
    source = solution_cells(nb)[f"ex_{name}"]
    assert source.count(old) == 1, f"the edit's text {old!r} must occur once in the solution of {name}"
    ns = run_solutions(nb, replace=(f"ex_{name}", source.replace(old, new)))
    hint = next(m.hint for m in exercise.mistakes if m.name == mistake)
    with pytest.raises(ExerciseFailed) as info:
        check(name, ns[exercise.name])
    assert hint in str(info.value), str(info.value)
    assert info.value.result.failure.mistake == mistake
    assert isinstance(info.value, AssertionError)  # nbgrader scores an AssertionError as failed


def test_there_are_at_least_three_mistakes_per_exercise_on_average():
    assert len(PLANTED) >= 3 * len(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_a_stub_is_not_started_and_shows_no_traceback(name):
    def stub(*args, **kwargs):
        raise NotImplementedError()

    with pytest.raises(ExerciseFailed, match="not started yet") as info:
        check(name, stub)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert info.value._render_traceback_()[0].endswith(str(info.value).splitlines()[0])


def test_an_error_in_the_learners_code_is_named():
    def broken(A_prev, W, b):
        return A_prev @ W + b, (A_prev, W, b)  # wrong order of the product

    with pytest.raises(ExerciseFailed, match=r"your function raised ValueError: matmul") as info:
        check("linear_forward", broken)
    assert "the shapes on that line do not fit together" in str(info.value) and info.value.__suppress_context__
    assert "A_prev @ W + b" in str(info.value)  # the learner's line


def test_a_wrong_type_is_named():
    with pytest.raises(ExerciseFailed, match=r"`Z` should be a NumPy array of shape \(1, 2\); got str"):
        check("linear_forward", lambda A_prev, W, b: ("Z", (A_prev, W, b)))


def test_a_wrong_value_names_the_case_the_values_and_no_solution():
    def off(A_prev, W, b):
        return W @ A_prev + 2 * b, (A_prev, W, b)  # not a catalogued mistake

    with pytest.raises(ExerciseFailed) as info:
        check("linear_forward", off)
    message = str(info.value)
    assert "case 'course check values (RandomState(1))'" in message
    assert re.search(r"2 of 2 values differ; first at \[0, 0\]: expected 3.26295, got", message)
    assert "hint:" not in message and 'hint("linear_forward")' in message
    assert EXERCISES["linear_forward"].nudge not in message


def test_a_correct_implementation_in_another_form_passes():
    # loops instead of matrix products, np.dot instead of @, another grouping of the sum
    def loops(A_prev, W, b):
        Z = np.zeros((W.shape[0], A_prev.shape[1]))
        for i in range(W.shape[0]):
            for j in range(A_prev.shape[1]):
                Z[i, j] = sum(W[i, k] * A_prev[k, j] for k in reversed(range(W.shape[1]))) + b[i, 0]
        return Z, (A_prev, W, b)

    def cost_by_mean(AL, Y):
        return -np.mean(np.log(np.where(Y == 1, AL, 1 - AL)))

    assert check("linear_forward", loops).passed
    assert check("compute_cost", cost_by_mean).passed
    assert check("linear_backward", lambda dZ, c: (np.dot(c[1].T, dZ), np.dot(dZ, c[0].T) / dZ.shape[1],
                                                    np.mean(dZ, axis=1, keepdims=True))).passed


def test_unknown_exercise_is_named():
    with pytest.raises(ExerciseFailed, match="there is no exercise called 'linear_forwrd'"):
        check("linear_forwrd", lambda: None)


def test_the_installed_worked_answers_are_the_notebooks_solution_cells():
    from helpers.exercises.solutions import FILE, build

    assert json.loads(FILE.read_text()) == json.loads(json.dumps(build(ROOT / "notebooks"))), \
        "run `python -m helpers.exercises.solutions` (make notebooks does) and commit helpers/exercises/solutions.json"


def test_the_readme_maps_every_course_function_to_its_notebook_and_exercise():
    text = (ROOT / "README.md").read_text()
    table = text.split("<!-- exercise table", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \| `([^`]+)` \|$", table, re.M)
    expected = [(e.course_name or e.name, e.notebook, key) for key, e in EXERCISES.items()]
    assert rows == expected


PUBLISHED = [key for key, e in EXERCISES.items() if any(case.published for case in e.cases)]


@pytest.mark.parametrize("name", PUBLISHED)
def test_course_values_come_out_the_same_from_the_reference(name, capsys):
    from helpers.exercises import course_values

    course_values(name, EXERCISES[name].reference)
    out = capsys.readouterr().out
    assert out.count("-> the same") == sum(len(c.published) for c in EXERCISES[name].cases if c.published)
    assert "DIFFERENT" not in out


def test_course_values_say_when_a_function_differs(capsys):
    from helpers.exercises import course_values

    course_values("linear_forward", lambda A_prev, W, b: (W @ A_prev, (A_prev, W, b)))
    assert "-> DIFFERENT" in capsys.readouterr().out
