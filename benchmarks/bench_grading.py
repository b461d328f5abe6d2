"""What grading costs an instructor, per notebook: ``nbgrader autograde`` of one submission (the worked
notebook) the default way (every cell executed) and with ``autograde_preprocessors(only_exercises=True)``
(only nbgrader's cells and the ``exercise-setup`` cell run), each as a ratio to executing the notebook
top to bottom in a fresh kernel (``benchmarks/bench_notebooks.py``'s measure).

Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_grading.py [NOTEBOOK ...]`` (``make bench``).
Prints seconds, asserts nothing; works in a temporary course directory, never in the repository.
Both ways of grading include VerifyExercises (every check judged again outside the kernel).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_notebooks import NOTEBOOKS, run as execute  # noqa: E402


def course_api(course, only_exercises):
    from nbgrader.apps import NbGraderAPI

    from helpers.exercises.grading import course_config

    return NbGraderAPI(config=course_config(course, course_id="bench", only_exercises=only_exercises, timeout=600))


def grade_seconds(path, only_exercises):
    """Seconds of one ``autograde`` call on the worked notebook submitted by one student."""
    with tempfile.TemporaryDirectory() as folder:
        course = Path(folder)
        api = course_api(course, only_exercises)
        (course / "source" / path.stem).mkdir(parents=True)
        shutil.copy(path, course / "source" / path.stem / path.name)
        assert api.generate_assignment(path.stem)["success"]
        submitted = course / "submitted" / "student" / path.stem
        submitted.mkdir(parents=True)
        shutil.copy(path, submitted / path.name)
        start = time.perf_counter()
        result = api.autograde(path.stem, "student")
        seconds = time.perf_counter() - start
        assert result["success"], result.get("log", "")[-2000:]
        return seconds


def main(names):
    import warnings

    warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy warnings
    # nbgrader runs ``alembic`` (its gradebook's migrations) by name: the one beside this Python
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    paths = [p for p in sorted(NOTEBOOKS.glob("*.ipynb")) if '"grade_id"' in p.read_text()]
    if names:
        paths = [p for p in paths if p.stem in names or p.name in names]
    print("seconds per graded notebook (one submission); ratio = seconds / executing the notebook")
    print(f"{'notebook':<30}{'execute':>9}{'default':>9}{'ratio':>7}{'only exercises':>16}{'ratio':>7}")
    totals = [0.0, 0.0, 0.0]
    for path in paths:
        nbformat.read(path, as_version=4)  # fail early on a broken file
        figures = [execute(path), grade_seconds(path, False), grade_seconds(path, True)]
        totals = [t + f for t, f in zip(totals, figures)]
        run, default, only = figures
        print(f"{path.stem:<30}{run:>8.1f}s{default:>8.1f}s{default / run:>7.2f}{only:>15.1f}s{only / run:>7.2f}")
    run, default, only = totals
    print(f"{'all':<30}{run:>8.1f}s{default:>8.1f}s{default / run:>7.2f}{only:>15.1f}s{only / run:>7.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
