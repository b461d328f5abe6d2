"""Re-execute notebooks top to bottom in a fresh kernel and store them clean (``make notebooks``).

Usage: ``python tests/regenerate_notebooks.py notebooks/01_logistic_regression.ipynb [...]``

Clean means: no widget state, no timing metadata, no outputs that only a live widget can show
(those cells are tagged ``nbval-ignore-output``; the live kernel redraws them), execution counts
1, 2, 3, ... An Explore panel or a playback displays one output holding both its widget view and
a static ``image/png`` of its picture (``helpers.widgets``): only the widget view is dropped, the
picture stays, so GitHub and nbviewer show what the panel draws. The hygiene tests in
``test_notebook_hygiene.py`` use :func:`problems` to check it.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import nbformat

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
TIMING_KEYS = ("execution", "ExecuteTime")
ABSOLUTE_PATH = re.compile(r"(/work/|/root/|/home/[^/\s]+/|/tmp/|/private/var/|[A-Z]:\\\\Users)")


def _without_widget_view(output):
    """``output`` without its widget view, or None when nothing but a text repr would remain."""
    data = output.get("data", {})
    if WIDGET_MIME not in data:
        return output
    data.pop(WIDGET_MIME)
    output.get("metadata", {}).pop(WIDGET_MIME, None)
    return output if set(data) - {"text/plain"} else None


def clean(nb):
    """Strip widget state, timing metadata and widget views, in place; return ``nb``.

    An output whose only other content is a text repr (``VBox(...)``) is dropped whole; one that
    also holds a picture (the static ``image/png`` of a panel) keeps the picture and its text.
    A cell that displayed a widget must be tagged ``nbval-ignore-output`` (nbval cannot compare a
    live widget); an untagged one raises ``ValueError``.
    """
    nb.metadata.pop("widgets", None)
    for index, cell in enumerate(nb.cells):
        for key in TIMING_KEYS:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            shows_widget = any(WIDGET_MIME in out.get("data", {}) for out in cell.outputs)
            if shows_widget and "nbval-ignore-output" not in cell.metadata.get("tags", []):
                raise ValueError(f"cell {index} displays a widget; tag it nbval-ignore-output")
            cell.outputs = [out for out in map(_without_widget_view, cell.outputs) if out is not None]
    return nb


def execute(path, timeout=600):
    """Run the notebook at ``path`` in a fresh kernel of this environment, clean and save it."""
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(clean(nb), path)
    return nb


def problems(nb):
    """A list of hygiene problems of a stored notebook (empty when it is clean)."""
    found = []
    if "kernelspec" not in nb.metadata:
        found.append("no kernelspec in the notebook metadata")
    if "widgets" in nb.metadata:
        found.append("widget state stored in the notebook metadata")
    expected = 1
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        where = f"cell {index}"
        if any(key in cell.metadata for key in TIMING_KEYS):
            found.append(f"{where}: timing metadata")
        if cell.execution_count != expected:
            found.append(f"{where}: execution_count {cell.execution_count}, expected {expected} (run top to bottom in one kernel)")
        expected += 1
        for out in cell.outputs:
            if out.output_type == "error":
                found.append(f"{where}: error output {out.get('ename')}")
            if out.output_type == "stream" and out.get("name") == "stderr":
                found.append(f"{where}: stderr output {out.get('text', '')[:80]!r}")
            if WIDGET_MIME in out.get("data", {}):
                found.append(f"{where}: stored widget view")
            text = out.get("text", "") + "".join(v for k, v in out.get("data", {}).items() if k.startswith("text/") and isinstance(v, str))
            if ABSOLUTE_PATH.search(text):
                found.append(f"{where}: absolute path in output {ABSOLUTE_PATH.search(text).group(0)!r}")
        if ABSOLUTE_PATH.search(cell.source):
            found.append(f"{where}: absolute path in source")
    return found


def main(paths):
    failed = False
    for name in paths:
        start = time.perf_counter()
        nb = execute(name)
        issues = problems(nb)
        print(f"{name}: executed in {time.perf_counter() - start:.1f} s" + ("" if not issues else f", {len(issues)} problems"))
        for issue in issues:
            print("   ", issue)
        failed |= bool(issues)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
