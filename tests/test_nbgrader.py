"""Class scale on nbgrader itself: in a temporary course directory, `nbgrader generate_assignment`
then `nbgrader autograde` of two submissions per notebook: the worked notebook (full points) and the
untouched learner version (zero points for every code exercise, and at each check cell the clean
"not started" message and nothing else)."""
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


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.root = {str(course)!r}\nc.CourseDirectory.course_id = 'dl'\n")
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


def scores(course, assignment, student):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(assignment, assignment, student)
        return notebook.max_score, {grade.name: grade.auto_score for grade in notebook.grades}


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
