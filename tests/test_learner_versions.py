"""Learner versions (helpers.exercises.learner): stubs where the solutions were, exercise outputs
cleared, everything else kept; putting the solutions back gives the worked notebook; a learner's
edited notebook is never overwritten."""
import json
from pathlib import Path

import nbformat
import pytest

from helpers.exercises.learner import MANIFEST, _main, generate, is_exercise_cell, learner_version

ROOT = Path(__file__).resolve().parent.parent
WORKED = sorted(p for p in (ROOT / "notebooks").glob("*.ipynb") if '"grade_id"' in p.read_text())
STUB = "# YOUR CODE HERE\nraise NotImplementedError()"


def test_some_notebooks_have_exercises():
    assert WORKED


@pytest.mark.parametrize("path", WORKED, ids=[p.stem for p in WORKED])
def test_learner_version_stubs_solutions_and_keeps_the_rest(path):
    worked = nbformat.read(path, as_version=4)
    learner = learner_version(worked)
    assert len(learner.cells) == len(worked.cells)
    for before, after in zip(worked.cells, learner.cells):
        solution = before.metadata.get("nbgrader", {}).get("solution")
        if solution:
            assert "### BEGIN SOLUTION" not in after.source and "raise NotImplementedError()" in after.source
            assert after.source.count("raise NotImplementedError()") == before.source.count("### BEGIN SOLUTION")
        else:
            assert after.source == before.source
        if before.cell_type == "code":
            if is_exercise_cell(before):
                assert after.outputs == []
            else:
                assert after.outputs == before.outputs  # experiments, figures and prose stay


def _put_solutions_back(learner, worked):
    regions = {}
    for cell in worked.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            regions[cell.metadata["nbgrader"]["grade_id"]] = cell.source
    for cell in learner.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in regions:
            cell.source = regions[grade_id]
    return learner


@pytest.mark.parametrize("path", WORKED, ids=[p.stem for p in WORKED])
def test_putting_the_solutions_back_gives_the_worked_notebook(path):
    # the worked notebook passes strict nbval (every check passes), so the round trip does too
    worked = nbformat.read(path, as_version=4)
    restored = _put_solutions_back(learner_version(worked), worked)
    assert [c.source for c in restored.cells] == [c.source for c in worked.cells]
    assert [c.metadata for c in restored.cells] == [c.metadata for c in worked.cells]


def _one_notebook_source(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    (source / WORKED[0].name).write_bytes(WORKED[0].read_bytes())
    return source


def test_generate_writes_then_is_idempotent(tmp_path):
    source, target = _one_notebook_source(tmp_path), tmp_path / "exercises"
    assert generate(source, target, verbose=False) == {WORKED[0].name: "written"}
    assert generate(source, target, verbose=False) == {WORKED[0].name: "up to date"}
    assert WORKED[0].name in json.loads((target / MANIFEST).read_text())


def test_generate_never_overwrites_a_learners_edits(tmp_path):
    source, target = _one_notebook_source(tmp_path), tmp_path / "exercises"
    generate(source, target, verbose=False)
    mine = target / WORKED[0].name
    nb = nbformat.read(mine, as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    cell.source = cell.source.replace("raise NotImplementedError()", "return 42  # my work")
    nbformat.write(nb, mine)
    edited = mine.read_bytes()

    assert generate(source, target, verbose=False) == {WORKED[0].name: "kept (edited by you)"}
    assert mine.read_bytes() == edited

    worked = nbformat.read(source / WORKED[0].name, as_version=4)  # the course changes its notebook
    worked.cells[0].source += "\n\nA new sentence."
    nbformat.write(worked, source / WORKED[0].name)
    report = generate(source, target, verbose=False)
    assert report[WORKED[0].name].startswith("kept (edited by you); the updated exercises are in")
    assert mine.read_bytes() == edited
    newer = target / (mine.stem + ".new.ipynb")
    assert "A new sentence." in newer.read_text()


def test_generate_leaves_a_file_it_did_not_write(tmp_path):
    source, target = _one_notebook_source(tmp_path), tmp_path / "exercises"
    target.mkdir()
    (target / WORKED[0].name).write_text("{}")
    assert generate(source, target, verbose=False)[WORKED[0].name].startswith("kept (edited by you)")
    assert (target / WORKED[0].name).read_text() == "{}"


def test_trust_dir_signs_what_it_wrote_into_that_store_only(tmp_path):
    """`make lab` signs the notebooks into the store its server reads: a notary on that store finds
    every written notebook trusted; one on another store, or the notebook once edited, does not."""
    from nbformat.sign import NotebookNotary

    source = tmp_path / "worked"
    source.mkdir()
    for path in WORKED[:2]:
        (source / path.name).write_bytes(path.read_bytes())
    _main([str(source), str(tmp_path / "exercises"), "--trust-dir", str(tmp_path / "trust")])
    ours, other = NotebookNotary(data_dir=str(tmp_path / "trust")), NotebookNotary(data_dir=str(tmp_path / "other"))
    (tmp_path / "other").mkdir()
    for folder in ("worked", "exercises"):
        for path in WORKED[:2]:
            nb = nbformat.read(tmp_path / folder / path.name, as_version=4)
            assert ours.check_signature(nb), (folder, path.name)
            assert not other.check_signature(nb)
            nb.cells[0].source += " edited"
            assert not ours.check_signature(nb)


def test_trust_dir_signs_the_update_written_beside_an_edited_notebook_not_the_edit(tmp_path):
    from nbformat.sign import NotebookNotary

    source, target = tmp_path / "worked", tmp_path / "exercises"
    source.mkdir()
    (source / WORKED[0].name).write_bytes(WORKED[0].read_bytes())
    _main([str(source), str(target), "--trust-dir", str(tmp_path / "trust")])
    edited = nbformat.read(target / WORKED[0].name, as_version=4)
    edited.cells[0].source += " (my note)"
    nbformat.write(edited, target / WORKED[0].name)
    worked = nbformat.read(source / WORKED[0].name, as_version=4)
    worked.cells[0].source += " (updated)"
    nbformat.write(worked, source / WORKED[0].name)
    _main([str(source), str(target), "--trust-dir", str(tmp_path / "trust")])
    notary = NotebookNotary(data_dir=str(tmp_path / "trust"))
    update = target / (WORKED[0].stem + ".new.ipynb")
    assert notary.check_signature(nbformat.read(update, as_version=4))
    assert not notary.check_signature(nbformat.read(target / WORKED[0].name, as_version=4))
