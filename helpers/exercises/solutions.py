"""The worked answers, as the notebooks write them: what :func:`helpers.exercises.solution` shows and what
the tracer compares a learner's intermediates with.

The worked notebooks are the one source. ``python -m helpers.exercises.solutions [NOTEBOOKS]`` (run
by ``make notebooks``) copies the code of every solution cell, in notebook order, and each
notebook's ``SEED`` into ``solutions.json`` beside this file, so an installed package has them
without the notebooks; ``tests/test_exercises.py`` fails when the file no longer matches them.
"""
from __future__ import annotations

import argparse
import functools
import json
import linecache
import math
import copy
import re
from pathlib import Path

import numpy as np

__all__ = ["FILE", "build", "model_function", "solution_source"]

FILE = Path(__file__).with_name("solutions.json")
_SEED = re.compile(r"^SEED = (\d+)", re.M)
_MARKERS = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n", re.M)


def build(notebooks_dir):
    """``{notebook stem: {"seed": SEED, "cells": [{"grade_id", "source"}, ...]}}`` of the worked notebooks."""
    import nbformat

    table = {}
    for path in sorted(Path(notebooks_dir).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        cells = [{"grade_id": c.metadata["nbgrader"]["grade_id"], "source": c.source} for c in nb.cells
                 if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]
        if cells:
            code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
            seed = _SEED.search(code)
            table[path.stem] = {"seed": int(seed.group(1)) if seed else 0, "cells": cells}
    return table


@functools.lru_cache(maxsize=1)
def _table():
    return json.loads(FILE.read_text()) if FILE.exists() else {}


def _cell_source(notebook, key):
    for cell in _table().get(notebook, {}).get("cells", []):
        if cell["grade_id"] == f"ex_{key}":
            return cell["source"]
    return None


def _function_source(source, name):
    """The definition of ``name`` in ``source`` (a cell may define helpers beside it)."""
    lines = source.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(rf"def {re.escape(name)}\(", line)), None)
    if start is None:
        return source
    end = next((j for j in range(start + 1, len(lines)) if lines[j] and not lines[j][0].isspace()
                and not lines[j].startswith(")")), len(lines))
    return "\n".join(lines[start:end]).rstrip() + "\n"


def solution_source(exercise):
    """The worked answer of ``exercise`` as the notebook writes it, without nbgrader's markers."""
    source = _cell_source(exercise.notebook, exercise.key)
    if source is None:
        return None
    return _MARKERS.sub("", _function_source(source, exercise.name))


@functools.lru_cache(maxsize=16)
def _namespace(notebook):
    import helpers as h

    entry = _table().get(notebook)
    if entry is None:
        return None
    namespace = {"np": np, "h": h, "math": math, "copy": copy, "SEED": entry["seed"]}
    for cell in entry["cells"]:
        filename = f"<worked solution {notebook} {cell['grade_id']}>"
        linecache.cache[filename] = (len(cell["source"]), None, cell["source"].splitlines(True), filename)
        exec(compile(cell["source"], filename, "exec"), namespace)  # our own worked answers, nothing else
    return namespace


def model_function(exercise):
    """The worked answer of ``exercise`` as a function (the notebook's solution cells run in order)."""
    namespace = _namespace(exercise.notebook)
    return None if namespace is None else namespace.get(exercise.name)


def _main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m helpers.exercises.solutions", description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="?", default="notebooks", help="folder of the worked notebooks")
    args = parser.parse_args(argv)
    FILE.write_text(json.dumps(build(args.notebooks), indent=1, sort_keys=True) + "\n")
    print(f"wrote {FILE}")


if __name__ == "__main__":
    _main()
