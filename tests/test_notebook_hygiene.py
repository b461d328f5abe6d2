"""Every stored notebook is clean: executed in order in one kernel, no errors, no stderr, no widget
state, a kernelspec, no absolute paths of the machine that ran it."""
from pathlib import Path

import nbformat
import pytest

from regenerate_notebooks import clean, problems

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no .ipynb file"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_clean(path):
    nb = nbformat.read(path, as_version=4)
    assert problems(nb) == []


def test_clean_strips_widget_state_and_timing():
    nb = nbformat.v4.new_notebook()
    nb.metadata["widgets"] = {"state": {}}
    cell = nbformat.v4.new_code_cell("x")
    cell.metadata["execution"] = {"iopub.execute_input": "2026-01-01"}
    cell.metadata["tags"] = ["nbval-ignore-output"]
    cell.outputs = [nbformat.v4.new_output("display_data", data={"application/vnd.jupyter.widget-view+json": {}, "text/plain": "VBox()"}),
                    nbformat.v4.new_output("stream", name="stdout", text="kept\n")]
    nb.cells = [cell]
    clean(nb)
    assert "widgets" not in nb.metadata
    assert "execution" not in cell.metadata
    assert [o.output_type for o in cell.outputs] == ["stream"]


def test_clean_keeps_the_static_png_of_a_panel_and_drops_only_its_widget_view():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("panel.show()")
    cell.metadata["tags"] = ["nbval-ignore-output"]
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "application/vnd.jupyter.widget-view+json": {"model_id": "abc", "version_major": 2, "version_minor": 0},
        "image/png": "iVBORw0KGgo=", "text/plain": "train 90.0 %"}, metadata={"image/png": {"width": 90, "height": 60}})]
    nb.cells = [cell]
    clean(nb)
    out, = cell.outputs
    assert set(out.data) == {"image/png", "text/plain"}
    assert out.metadata["image/png"] == {"width": 90, "height": 60}
    cell.execution_count = 1
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    assert problems(nb) == []


def test_clean_refuses_an_untagged_widget_cell():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("panel")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"application/vnd.jupyter.widget-view+json": {}})]
    nb.cells = [cell]
    with pytest.raises(ValueError, match="nbval-ignore-output"):
        clean(nb)


def _names(source):
    """(names a cell reads, names it binds), from its syntax tree (IPython magics left out)."""
    import ast

    tree = ast.parse("\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))))
    read, bound = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return read, bound


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_the_cells_grading_runs_need_no_other_cell(path):
    # nbgrader with SkipExperiments runs only nbgrader's cells and the cells tagged exercise-setup: every
    # name those cells read must be bound by one of them (or be a builtin), never by a skipped cell
    import builtins

    from helpers.exercises.grading import SETUP_TAG, needed_for_grading

    cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    assert sum(SETUP_TAG in c.metadata.get("tags", []) for c in cells) == 1
    bound_so_far, missing = set(), []
    for cell in cells:
        read, bound = _names(cell.source)
        if needed_for_grading(cell):
            unbound = {name for name in read - bound - bound_so_far if not hasattr(builtins, name)}
            missing += [(name, cell.source.splitlines()[0]) for name in sorted(unbound)]
            bound_so_far |= bound
    assert missing == []
