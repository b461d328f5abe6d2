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
