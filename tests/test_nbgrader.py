"""Class scale on nbgrader itself: in a temporary course directory configured as the README's instructor
section says (helpers.exercises.grading re-judges every check outside the student's kernel),
`nbgrader generate_assignment` then `nbgrader autograde` of two submissions per notebook: the worked
notebook (full points) and the untouched learner version (zero points for every code exercise, and
at each check cell the clean "not started" message and nothing else). Then submissions whose
solution cell tries to fool the grader: each scores nothing on that exercise."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.exercises.learner import learner_version

ROOT = Path(__file__).resolve().parent.parent
WORKED = sorted(p for p in (ROOT / "notebooks").glob("*.ipynb") if '"grade_id"' in p.read_text())
pytest.importorskip("nbgrader")


def nbgrader(course, *args):
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
               OPENBLAS_NUM_THREADS="1")
    result = subprocess.run([sys.executable, "-m", "nbgrader", *args, "--force"], cwd=course, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def write_config(course):
    (course / "nbgrader_config.py").write_text(
        "from helpers.exercises.grading import autograde_preprocessors\n"
        f"c = get_config()\nc.CourseDirectory.root = {str(course)!r}\nc.CourseDirectory.course_id = 'dl'\n"
        "c.Autograde.autograde_preprocessors = autograde_preprocessors()\n")


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    write_config(course)
    for path in WORKED:
        assignment = path.stem
        (course / "source" / assignment).mkdir(parents=True)
        shutil.copy(path, course / "source" / assignment / path.name)
        nbgrader(course, "generate_assignment", assignment)
        for student, notebook in (("worked", nbformat.read(path, as_version=4)),
                                  ("untouched", learner_version(nbformat.read(path, as_version=4)))):
            folder = course / "submitted" / student / assignment
            folder.mkdir(parents=True)
            nbformat.write(notebook, folder / path.name)
        nbgrader(course, "autograde", assignment, "--create")
    return course


def scores_of(course, notebook_id, assignment, student):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(notebook_id, assignment, student)
        return notebook.max_score, {grade.name: grade.auto_score for grade in notebook.grades}


def scores(course, assignment, student):
    return scores_of(course, assignment, assignment, student)


@pytest.mark.parametrize("path", WORKED, ids=[p.stem for p in WORKED])
def test_worked_notebook_gets_full_points(course, path):
    max_score, grades = scores(course, path.stem, "worked")
    assert grades and max_score == sum(grades.values()) and max_score > 0


@pytest.mark.parametrize("path", WORKED, ids=[p.stem for p in WORKED])
def test_untouched_learner_version_gets_zero_for_every_code_exercise(course, path):
    _, grades = scores(course, path.stem, "untouched")
    assert grades and all(score == 0 for score in grades.values()), grades


@pytest.mark.parametrize("path", WORKED, ids=[p.stem for p in WORKED])
def test_every_check_of_an_untouched_version_says_not_started_and_nothing_else(course, path):
    graded = nbformat.read(course / "autograded" / "untouched" / path.stem / path.name, as_version=4)
    checks = [c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade_id", "").startswith("check_")]
    assert checks
    for cell in checks:
        assert len(cell.outputs) == 1, cell.outputs
        out = cell.outputs[0]
        assert out.output_type == "error" and out.ename == "ExerciseFailed", out
        lines = [line for line in out.traceback if line.strip()]
        assert len(lines) == 1 and "not started yet" in lines[0], lines  # the message, no stack trace


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
    """The setup cells and the sigmoid exercise of notebook 01 (the whole notebook is not needed here)."""
    nb = nbformat.read(ROOT / "notebooks" / "01_logistic_regression.ipynb", as_version=4)
    start = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "ex_sigmoid")
    setup = [c for c in nb.cells[:start] if c.cell_type == "code" and "import" in c.source]
    nb.cells = setup + nb.cells[start:start + 2]
    return nb


@pytest.fixture(scope="module")
def tricked(tmp_path_factory):
    course = tmp_path_factory.mktemp("tricks")
    write_config(course)
    (course / "source" / "tricks").mkdir(parents=True)
    nbformat.write(tricks_assignment(), course / "source" / "tricks" / "tricks.ipynb")
    nbgrader(course, "generate_assignment", "tricks")
    for k, body in enumerate(TRICKS.values()):
        nb = learner_version(tricks_assignment())
        next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ex_sigmoid").source = body
        folder = course / "submitted" / f"student{k}" / "tricks"
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / "tricks.ipynb")
    nbgrader(course, "autograde", "tricks", "--create")
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
