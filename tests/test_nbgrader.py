"""Class scale on nbgrader itself, in a temporary course directory configured as the README's instructor
section says: every check judged again outside the student's kernel (VerifyExercises) and only the
cells the exercises need executed (SkipExperiments).

- For every notebook, `generate_assignment` and `autograde` of two submissions: the worked notebook
  gets full points, the untouched learner version zero for every exercise, with the clean "not
  started" message and nothing else at each check cell.
- Submissions whose solution cell tries to fool the grader (one trick each): each scores nothing on
  that exercise, and a right answer scores its point.
- One notebook graded the default way (every cell executed) gets full points too.

nbgrader runs in this process through its Python API (``NbGraderAPI``), so no nbgrader process is
started per step; each submission still runs in a kernel of its own. The notebooks are graded in two
courses (two test classes), which ``make test`` grades on two processes.
"""
import os
import shutil
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.exercises.learner import learner_version

ROOT = Path(__file__).resolve().parent.parent
WORKED = sorted(p for p in (ROOT / "notebooks").glob("*.ipynb") if '"grade_id"' in p.read_text())
pytest.importorskip("nbgrader")


def course_api(course, only_exercises=True):
    from nbgrader.apps import NbGraderAPI

    from helpers.exercises.grading import course_config

    return NbGraderAPI(config=course_config(course, course_id="dl", only_exercises=only_exercises))


def succeed(result):
    assert result["success"], result.get("log", "")[-3000:] + str(result.get("error", ""))[-3000:]


def submit(course, student, assignment, name, notebook):
    folder = course / "submitted" / student / assignment
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / name)


def scores_of(course, notebook_id, assignment, student):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(notebook_id, assignment, student)
        return notebook.max_score, {grade.name: grade.auto_score for grade in notebook.grades}


def scores(course, assignment, student):
    return scores_of(course, assignment, assignment, student)


# nbgrader's gradebook code makes SQLAlchemy warn (SAWarning, a RuntimeWarning, which this project's
# pytest settings turn into errors); that is nbgrader's business, not ours
pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")


@pytest.fixture(scope="module", autouse=True)
def alembic_on_path():
    """nbgrader runs ``alembic`` (its gradebook's migrations) by name: the one beside this Python."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        yield


HALVES = (WORKED[0::2], WORKED[1::2])
"""The notebooks are graded in two courses, one per test class, so that pytest-xdist
(``make test``: ``--dist loadscope`` keeps a class on one process) grades them on two processes."""


def grade_course(course, paths):
    """Generate every notebook of ``paths`` as an assignment and autograde two submissions of each."""
    api = course_api(course)
    for path in paths:
        assignment = path.stem
        (course / "source" / assignment).mkdir(parents=True)
        shutil.copy(path, course / "source" / assignment / path.name)
        succeed(api.generate_assignment(assignment))
        submit(course, "worked", assignment, path.name, nbformat.read(path, as_version=4))
        submit(course, "untouched", assignment, path.name, learner_version(nbformat.read(path, as_version=4)))
        for student in ("worked", "untouched"):
            succeed(api.autograde(assignment, student))
    return course


def pytest_generate_tests(metafunc):
    # the per-notebook tests of a course class run over the notebooks of its half
    if "path" in metafunc.fixturenames and hasattr(metafunc.cls, "HALF"):
        paths = HALVES[metafunc.cls.HALF]
        metafunc.parametrize("path", paths, ids=[p.stem for p in paths])


class CourseTests:
    """The tests of one course (``HALF`` of the notebooks), graded once by the class fixture."""

    HALF = None

    @pytest.fixture(scope="class")
    @classmethod
    def course(cls, tmp_path_factory):
        return grade_course(tmp_path_factory.mktemp(f"course{cls.HALF}"), HALVES[cls.HALF])

    def test_worked_notebook_gets_full_points(self, course, path):
        max_score, grades = scores(course, path.stem, "worked")
        assert grades and max_score == sum(grades.values()) and max_score > 0

    def test_untouched_learner_version_gets_zero_for_every_code_exercise(self, course, path):
        _, grades = scores(course, path.stem, "untouched")
        assert grades and all(score == 0 for score in grades.values()), grades

    def test_every_check_of_an_untouched_version_says_not_started_and_nothing_else(self, course, path):
        graded = nbformat.read(course / "autograded" / "untouched" / path.stem / path.name, as_version=4)
        checks = [c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade_id", "").startswith("check_")]
        assert checks
        for cell in checks:
            assert len(cell.outputs) == 1, cell.outputs
            out = cell.outputs[0]
            assert out.output_type == "error" and out.ename == "ExerciseFailed", out
            lines = [line for line in out.traceback if line.strip()]
            assert len(lines) == 1 and "not started yet" in lines[0], lines  # the message, no stack trace

    def test_grading_ran_only_what_the_exercises_need_and_left_the_metadata_as_it_was(self, course, path):
        from helpers.exercises.grading import needed_for_grading

        graded = nbformat.read(course / "autograded" / "worked" / path.stem / path.name, as_version=4)
        source = nbformat.read(path, as_version=4)
        for cell, original in zip(graded.cells, source.cells):
            if cell.cell_type == "code":
                assert "skip-execution" not in cell.metadata.get("tags", [])  # the tags SkipExperiments added are gone
                assert bool(cell.outputs) <= needed_for_grading(original), cell.source[:80]
                # what ran had what it needed: no NameError from a skipped cell, no other error
                assert not [out for out in cell.outputs if out.output_type == "error"], cell.source[:80]


class TestFirstCourse(CourseTests):
    HALF = 0


class TestSecondCourse(CourseTests):
    HALF = 1


# ---- a solution cell that tries to fool the grader -------------------------------------------------

WRONG = "def sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"
TRICKS = {
    "right (control)": "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n",
    "wrong (control)": WRONG,
    "check redefined": WRONG + "def check(*args, **kwargs):\n    print('sigmoid: 4/4 checks passed')\n",
    "run_check replaced": WRONG + (
        "import helpers.exercises as _e, helpers.exercises.runner as _r\n"
        "from helpers.exercises.core import CheckResult as _C\n"
        "_e.run_check = _r.run_check = lambda ex, fn: (_C(ex.key, True, 4, 4), {}, None)\n"),
    "numpy's comparisons replaced": WRONG + (
        "import numpy\nnumpy.allclose = numpy.array_equal = lambda *a, **k: True\n"
        "numpy.isclose = lambda a, b, **k: numpy.ones(numpy.broadcast(a, b).shape, bool)\n"),
    "an ndarray subclass equal to everything": (
        "class _Yes(np.ndarray):\n    def __eq__(self, other):\n        return np.ones(self.shape, bool)\n"
        "def sigmoid(z):\n    return np.zeros(np.shape(z)).view(_Yes)\n"),
    "an object equal to everything": (
        "class _Eq:\n    def __eq__(self, other):\n        return True\n"
        "def sigmoid(z):\n    return _Eq()\n"),
    "showtraceback silenced": WRONG + "get_ipython().showtraceback = lambda *a, **k: None\n",
    "a custom exception handler": WRONG + (
        "get_ipython().set_custom_exc((BaseException,), lambda shell, etype, value, tb, tb_offset=None: None)\n"),
    "SystemExit in the solution cell": WRONG + "raise SystemExit\n",
}


def tricks_assignment():
    """The exercise setup cell and the sigmoid exercise of notebook 01 (the rest is not needed here)."""
    from helpers.exercises.grading import SETUP_TAG

    nb = nbformat.read(ROOT / "notebooks" / "01_logistic_regression.ipynb", as_version=4)
    start = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "ex_sigmoid")
    setup = [c for c in nb.cells[:start] if SETUP_TAG in c.metadata.get("tags", [])]
    assert len(setup) == 1
    nb.cells = setup + nb.cells[start:start + 2]
    return nb


@pytest.fixture(scope="module")
def tricked(tmp_path_factory):
    course = tmp_path_factory.mktemp("tricks")
    api = course_api(course, only_exercises=False)
    (course / "source" / "tricks").mkdir(parents=True)
    nbformat.write(tricks_assignment(), course / "source" / "tricks" / "tricks.ipynb")
    succeed(api.generate_assignment("tricks"))
    for k, body in enumerate(TRICKS.values()):
        nb = learner_version(tricks_assignment())
        next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex_sigmoid").source = body
        submit(course, f"student{k}", "tricks", "tricks.ipynb", nb)
        succeed(api.autograde("tricks", f"student{k}"))
    return course


@pytest.mark.parametrize("k, trick", list(enumerate(TRICKS)), ids=list(TRICKS))
def test_a_solution_cell_cannot_fool_the_grader(tricked, k, trick):
    _, grades = scores_of(tricked, "tricks", "tricks", f"student{k}")
    assert grades["check_sigmoid"] == (1 if trick == "right (control)" else 0), trick


def test_the_grader_says_why_it_gave_nothing(tricked):
    k = list(TRICKS).index("check redefined")
    graded = nbformat.read(tricked / "autograded" / f"student{k}" / "tricks" / "tricks.ipynb", as_version=4)
    cell = next(c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "check_sigmoid")
    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert errors and "did not run the checker" in errors[0].evalue
    assert not any("vnd.helpers.exercise-record" in str(o.get("data", {})) for o in cell.outputs)  # record removed


def test_the_default_grading_path_executes_every_cell_and_gives_full_points(tmp_path):
    from helpers.exercises.grading import needed_for_grading

    path = ROOT / "notebooks" / "06_gradient_checking.ipynb"
    api = course_api(tmp_path, only_exercises=False)
    (tmp_path / "source" / path.stem).mkdir(parents=True)
    shutil.copy(path, tmp_path / "source" / path.stem / path.name)
    succeed(api.generate_assignment(path.stem))
    submit(tmp_path, "worked", path.stem, path.name, nbformat.read(path, as_version=4))
    succeed(api.autograde(path.stem, "worked"))
    max_score, grades = scores(tmp_path, path.stem, "worked")
    assert max_score == sum(grades.values()) == 4
    graded = nbformat.read(tmp_path / "autograded" / "worked" / path.stem / path.name, as_version=4)
    source = nbformat.read(path, as_version=4)
    # the experiments ran too: every cell with a stored output has one after grading, and only those
    has_output = [[bool(c.outputs) for c in nb.cells if c.cell_type == "code"] for nb in (graded, source)]
    assert has_output[0] == has_output[1] and sum(has_output[0]) > sum(map(needed_for_grading, source.cells))
