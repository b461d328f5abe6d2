"""Where a learner stands: ``python -m helpers.exercises.progress [FOLDER]`` (``make progress``).

Runs every exercise notebook of ``FOLDER`` (default ``exercises/``) headless with nbclient, in
memory (the learner's files are only read, never written), with a time limit per notebook, and
prints one line per exercise: passed, failed (with the check's hint) or not started, then the
totals. A cell that errors does not stop the run (the checks after it still report).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

__all__ = ["exercise_results", "main", "notebook_results"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _text(outputs):
    parts = []
    for out in outputs:
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append("\n".join(out.get("traceback", [])) or f"{out.get('ename')}: {out.get('evalue')}")
    return _ANSI.sub("", "".join(parts))


def exercise_results(nb):
    """``[(key, status, detail)]`` for the check cells of an executed notebook.

    ``status`` is ``"passed"``, ``"not started"``, ``"failed"`` or ``"not run"``; ``detail`` is the
    hint (or the first line of the message) for a failure.
    """
    results = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("grade") or not meta.get("grade_id", "").startswith("check_"):
            continue
        key = meta["grade_id"][len("check_"):]
        text = _text(cell.get("outputs", []))
        if "checks passed" in text and "ExerciseFailed" not in text:
            results.append((key, "passed", ""))
        elif "not started yet" in text:
            results.append((key, "not started", ""))
        elif text.strip():
            hint = re.search(r"hint: (.*)", text)
            first = text.strip().splitlines()[0]
            results.append((key, "failed", hint.group(1).strip() if hint else first))
        else:
            results.append((key, "not run", ""))
    return results


def notebook_results(path, timeout=180):
    """Execute the notebook at ``path`` in memory and return :func:`exercise_results` of it."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(Path(path).parent)}})
    try:
        client.execute()
    except (CellTimeoutError, DeadKernelError, TimeoutError) as error:
        print(f"{Path(path).name}: stopped ({type(error).__name__}); the checks after that point did not run")
    return exercise_results(nb)


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
