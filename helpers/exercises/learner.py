"""Learner versions of the worked notebooks: ``python -m helpers.exercises.learner [SOURCE] [TARGET]``.

Each solution region (between ``### BEGIN SOLUTION`` and ``### END SOLUTION``) becomes
``# YOUR CODE HERE`` / ``raise NotImplementedError()`` by nbgrader's own ``ClearSolutions``
preprocessor, and the outputs of the exercise and check cells are cleared by nbconvert's
``ClearOutputPreprocessor``; everything else (prose, data, experiments and their outputs, panels)
is kept. ``make lab`` runs this before opening JupyterLab, so the learner finds the exercise
notebooks in ``exercises/`` with no further step (and Binder's ``postBuild`` does the same).

A learner's work is never overwritten. ``exercises/.generated.json`` records the SHA-256 of every
file as it was generated; a notebook whose bytes no longer match (the learner edited it) is left
alone; when the worked notebook has changed since, the fresh version is written beside it as
``NN_name.new.ipynb``, so neither the learner's work nor the update is lost.

With ``--trust-dir DIR`` the notebooks written (and the worked ones) are also signed, as
``jupyter trust`` would, into the signature store in ``DIR``; ``make lab`` points JupyterLab's
``NotebookNotary.data_dir`` at the same folder, so the learner opens trusted notebooks (their
stored figures and widget outputs shown, no "not trusted" warning in the log).
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
from pathlib import Path

__all__ = ["MANIFEST", "generate", "is_exercise_cell", "learner_version", "trust"]

MANIFEST = ".generated.json"


def is_exercise_cell(cell):
    """True for nbgrader solution and grade cells (the learner's code and its checks)."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("solution") or meta.get("grade"))


def learner_version(nb):
    """A copy of notebook ``nb`` (nbformat node) with solutions stubbed and exercise outputs cleared."""
    from nbconvert.preprocessors import ClearOutputPreprocessor
    from nbgrader.preprocessors import ClearSolutions

    nb = copy.deepcopy(nb)
    nb, _ = ClearSolutions().preprocess(nb, {})
    clear = ClearOutputPreprocessor()
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and is_exercise_cell(cell):
            clear.preprocess_cell(cell, {}, index)
    return nb


def _digest(data):
    return hashlib.sha256(data).hexdigest()


def _write_one(source, target, manifest):
    """Write the learner version of ``source`` to ``target`` unless the learner edited it; say what happened."""
    import nbformat

    data = (nbformat.writes(learner_version(nbformat.read(source, as_version=4))) + "\n").encode()
    new, last = _digest(data), manifest.get(target.name)  # ``last``: what this tool wrote there before
    if target.exists() and _digest(target.read_bytes()) != last:  # edited by the learner: never touched
        if new == last:
            return "kept (edited by you)"
        newer = target.with_name(target.stem + ".new.ipynb")
        newer.write_bytes(data)
        return f"kept (edited by you); the updated exercises are in {newer.name}"
    if target.exists() and new == last:
        return "up to date"
    target.write_bytes(data)
    manifest[target.name] = new
    return "written"


def generate(source_dir, target_dir, *, verbose=True):
    """Write learner versions of every ``source_dir/*.ipynb`` with exercises into ``target_dir``.

    Returns ``{notebook name: what happened}`` ("written", "up to date", "kept (edited by you)", ...).
    """
    source_dir, target_dir = Path(source_dir), Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = target_dir / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    report = {}
    for source in sorted(source_dir.glob("*.ipynb")):
        if '"grade_id"' not in source.read_text():
            continue  # no exercises in this notebook
        report[source.name] = _write_one(source, target_dir / source.name, manifest)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    if verbose:
        for name, what in report.items():
            if what != "up to date":
                print(f"{target_dir.name}/{name}: {what}")
    return report


def trust(paths, data_dir):
    """Sign the notebooks at ``paths`` into the signature store in ``data_dir`` (``NotebookNotary``)."""
    import nbformat
    from nbformat.sign import NotebookNotary

    Path(data_dir).mkdir(parents=True, exist_ok=True)
    notary = NotebookNotary(data_dir=str(data_dir))
    for path in paths:
        nb = nbformat.read(str(path), as_version=4)
        if not notary.check_signature(nb):
            notary.sign(nb)


def _main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m helpers.exercises.learner", description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default="notebooks", help="folder of the worked notebooks")
    parser.add_argument("target", nargs="?", default="exercises", help="folder for the learner versions")
    parser.add_argument("--trust-dir", help="sign the notebooks into this signature store (make lab's)")
    args = parser.parse_args(argv)
    report = generate(args.source, args.target)
    if args.trust_dir:
        target = Path(args.target)
        written = [target / name for name, what in report.items() if what in ("written", "up to date")]
        updates = [target / (Path(name).stem + ".new.ipynb") for name, what in report.items() if ".new.ipynb" in what]
        trust(written + updates + sorted(Path(args.source).glob("*.ipynb")), args.trust_dir)


if __name__ == "__main__":
    _main()
