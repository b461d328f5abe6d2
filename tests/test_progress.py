"""make progress (helpers.exercises.progress): runs a learner's notebook in memory and reports, per
exercise, passed / failed with the hint / not started; the learner's file is never written."""
import nbformat

from helpers.exercises.progress import exercise_results, main, notebook_results


def grade(key):
    return {"nbgrader": {"grade": True, "solution": False, "locked": True, "points": 1, "grade_id": f"check_{key}",
                         "schema_version": 3}}


def solution(key):
    return {"nbgrader": {"grade": False, "solution": True, "locked": False, "grade_id": f"ex_{key}",
                         "schema_version": 3}}


def learner_notebook():
    cells = [nbformat.v4.new_code_cell("import numpy as np\nfrom helpers.exercises import check")]
    bodies = {
        "linear_forward": "def linear_forward(A_prev, W, b):\n    return W @ A_prev, (A_prev, W, b)",  # the bias forgotten
        "compute_cost": "def compute_cost(AL, Y):\n    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / Y.shape[1])",
        "linear_backward": "def linear_backward(dZ, cache):\n    # YOUR CODE HERE\n    raise NotImplementedError()",
    }
    for key, body in bodies.items():
        cells.append(nbformat.v4.new_code_cell(body, metadata=solution(key)))
        cells.append(nbformat.v4.new_code_cell(f'check("{key}", {key})', metadata=grade(key)))
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def test_progress_runs_a_notebook_in_memory_and_reads_every_check(tmp_path):
    path = tmp_path / "03_deep_network.ipynb"
    nbformat.write(learner_notebook(), path)
    before = path.read_bytes()
    results = notebook_results(path, timeout=60)
    assert path.read_bytes() == before  # the learner's file is only read
    assert [(key, status) for key, status, _ in results] == [
        ("linear_forward", "failed"), ("compute_cost", "passed"), ("linear_backward", "not started")]
    assert results[0][2] == "you left out the bias: Z = W A_prev + b"  # the catalogued mistake, read from the result


def test_a_check_that_never_ran_is_reported_as_not_run():
    nb = learner_notebook()
    assert [status for _, status, _ in exercise_results(nb)] == ["not run"] * 3


def test_the_detail_of_a_failure_comes_from_the_structured_result():
    nb = learner_notebook()
    results = {"linear_forward": {"status": "failed", "failure": {"mistake": None, "relation": "`Z` is the transpose",
                                                                  "message": "linear_forward, case ..."}},
               "compute_cost": {"status": "passed", "failure": None}}
    assert exercise_results(nb, results) == [("linear_forward", "failed", "`Z` is the transpose"),
                                             ("compute_cost", "passed", ""), ("linear_backward", "not run", "")]


def test_the_table_has_totals(tmp_path, capsys):
    nbformat.write(learner_notebook(), tmp_path / "03_deep_network.ipynb")
    assert main([str(tmp_path), "--timeout", "60"]) == 0
    out = capsys.readouterr().out
    assert "03_deep_network              linear_forward" in out
    assert "1 of 3 exercises passed, 1 failed, 1 not started" in out


def test_an_empty_folder_says_what_to_do(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "make lab" in capsys.readouterr().out
