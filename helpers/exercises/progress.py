"""Where a learner stands: ``python -m helpers.exercises.progress [FOLDER]`` (``make progress``).

Runs every exercise notebook of ``FOLDER`` (default ``exercises/``) headless with nbclient, in
memory (the learner's files are only read, never written), with a time limit per notebook, and
prints one line per exercise: passed, failed (with what the checker found) or not started, then the
totals. A cell that errors does not stop the run (the checks after it still report).

Nothing here reads the checker's printed messages: one cell added at the end of the in-memory copy
displays :func:`helpers.exercises.results`, the structured result of every check the kernel ran.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

__all__ = ["RESULTS_MIME", "exercise_results", "main", "notebook_results"]

RESULTS_MIME = "application/vnd.helpers.check-results+json"
_REPORT = ("from IPython.display import display as _display\nimport helpers.exercises as _exercises\n"
           f"_display({{{RESULTS_MIME!r}: _exercises.results()}}, raw=True)")


def _check_keys(nb):
    keys = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and meta.get("grade_id", "").startswith("check_"):
            keys.append(meta["grade_id"][len("check_"):])
    return keys


def _detail(key, result):
    """One line for a failed check: the catalogued hint, else the relation, else where it first goes wrong."""
    failure = result.get("failure") or {}
    if failure.get("mistake"):
        from .catalogue import all_exercises

        mistakes = {m.name: m.hint for m in all_exercises()[key].mistakes}
        return mistakes.get(failure["mistake"], failure["mistake"])
    if failure.get("relation"):
        return failure["relation"]
    if failure.get("quantity") and failure.get("line_number"):
        return f"`{failure['quantity']}` first differs at line {failure['line_number']}: {failure.get('line') or ''}".strip()
    return (failure.get("message") or "").splitlines()[0] if failure.get("message") else ""


def exercise_results(nb, results=None):
    """``[(key, status, detail)]`` for the check cells of a notebook, from the kernel's check results.

    ``status`` is ``"passed"``, ``"not started"``, ``"failed"`` or ``"not run"``; ``detail`` says what
    the checker found for a failure.
    """
    results = results or {}
    rows = []
    for key in _check_keys(nb):
        result = results.get(key)
        if result is None:
            rows.append((key, "not run", ""))
        else:
            rows.append((key, result["status"], _detail(key, result) if result["status"] == "failed" else ""))
    return rows


def notebook_results(path, timeout=180):
    """Execute the notebook at ``path`` in memory and return :func:`exercise_results` of it."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    report = nbformat.v4.new_code_cell(_REPORT)
    nb.cells.append(report)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(Path(path).parent)}})
    try:
        client.execute()
    except (CellTimeoutError, DeadKernelError, TimeoutError) as error:
        print(f"{Path(path).name}: stopped ({type(error).__name__}); the checks after that point did not run")
    results = next((o["data"][RESULTS_MIME] for o in report.get("outputs", [])
                    if RESULTS_MIME in o.get("data", {})), {})
    return exercise_results(nb, results)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m helpers.exercises.progress", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="exercises", help="the folder of your exercise notebooks")
    parser.add_argument("--timeout", type=int, default=180, help="seconds per cell before giving up (default 180)")
    args = parser.parse_args(argv)
    paths = sorted(p for p in Path(args.folder).glob("*.ipynb") if not p.name.endswith(".new.ipynb"))
    if not paths:
        print(f"no exercise notebooks in {args.folder}/ (run `make lab` or `python -m helpers.exercises.learner`)")
        return 1
    totals, start = {"passed": 0, "failed": 0, "not started": 0, "not run": 0}, time.perf_counter()
    print(f"{'notebook':<28} {'exercise':<38} result")
    for path in paths:
        for key, status, detail in notebook_results(path, args.timeout):
            totals[status] += 1
            shown = status if not detail else f"{status}: {detail[:110]}"
            print(f"{path.stem:<28} {key:<38} {shown}")
    done = sum(totals.values())
    print(f"\n{totals['passed']} of {done} exercises passed, {totals['failed']} failed, "
          f"{totals['not started']} not started" + (f", {totals['not run']} not run" if totals["not run"] else "")
          + f" ({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
