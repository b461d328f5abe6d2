"""Real-browser test: Chromium (Debian's, through Playwright) drives JupyterLab.

For every notebook: open it, run all cells, check that no cell shows an error and every widget
rendered, then press a key on the first slider of the Explore panel (the second where the default
setting ignores the first, :data:`SLIDER`) three times and time, in the page, from the key press
to the panel's new image (the ``src`` of its ``<img>`` changes when the kernel sends the new
PNG). The panel's result cache is emptied in the kernel before every press,
so each press trains, draws and renders for real. The same is measured first on a baseline: a
tiny panel (one slider, a 1.5 x 1 inch figure, no training) in a notebook the test writes, so
that the difference is what a notebook's panel adds to the unavoidable browser-kernel round
trip. Per notebook: the three latencies, their median, and the median minus the baseline's
(goal: at most 150 ms). Written to ``artifacts/browser_latency.json``; a screenshot of each
notebook goes to ``artifacts/screenshots/`` (both ignored by git).

The learner's path once: the learner version of notebook 01 opened in JupyterLab, a wrong sigmoid
typed into its exercise cell and run, the check's short message (no traceback, no answer), then a
right sigmoid typed and the check passing.

Run with ``make test-browser``. Needs ``/usr/bin/chromium`` (Debian package ``chromium``) and the
``playwright`` Python package (``pip install -e '.[browser]'``); no browser download.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from helpers.exercises import learner

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
RUN_TIMEOUT_MS = 120_000
PRESSES = 3
GOAL_OVER_BASELINE_MS = 150
BASELINE = "00_baseline_panel"
BASELINE_SOURCE = """\
from helpers.widgets import Panel, int_slider, panel_figure

def setup():
    global line
    figure, ax = panel_figure((1.5, 1.0))
    line, = ax.plot([0, 1], [0, 0])
    ax.set_ylim(0, 10)
    return figure

def draw(result, n):
    line.set_ydata([0, result])
    return f"n = {n}"

Panel(lambda n: n, draw, {"n": int_slider("n", 5, 0, 10)}, setup=setup).show()
"""
CLEAR_CACHES = """\
import gc as _gc
from helpers.widgets import Panel as _Panel
for _p in _gc.get_objects():
    if isinstance(_p, _Panel):
        _p.cache.clear()
del _gc, _Panel, _p
"""
LEARNER = "learner_01_logistic_regression"
LEARNER_CONFIG = ROOT / ".venv" / "learner-config"  # written by the Makefile for `make lab`
WRONG_SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"
RIGHT_SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n"
LATENCIES = {}  # notebook -> the latency of every press, ms
SLIDER = {"04_initialization": 1, "05_regularization": 1}
"""Which slider of the panel to press (default the first): in these two the first slider is one the
default setting ignores (the scale of the default "he" initialization; lambda while the L2 box is
unticked), so it leaves the picture as it is; the next one (depth; keep_prob) changes it."""

playwright_sync = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[browser]'")
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)", allow_module_level=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 with a random token, serving a copy of the notebooks
    (so that anything the browser saves never touches the repository)."""
    root = tmp_path_factory.mktemp("lab")
    for path in NOTEBOOKS:
        shutil.copy(path, root / path.name)
    write_baseline_notebook(root / f"{BASELINE}.ipynb")
    write_learner_notebook(root)
    # signed into the store the learner config names, as `make lab` (make exercises) signs them
    learner.trust(sorted(root.glob("*.ipynb")), LEARNER_CONFIG / "trust")
    port, token = free_port(), secrets.token_hex(16)
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
               "--LabApp.expose_app_in_browser=True", "--ServerApp.disable_check_xsrf=False"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    config = root / ".jupyter-config"
    (config / "labconfig").mkdir(parents=True)
    # no "news" pop-up over the screenshots (it would also try to reach the internet)
    (config / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}))
    # as `make lab` runs it for a learner: nbgrader's instructor extensions off (Makefile, LEARNER_CONFIG)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(config), OPENBLAS_NUM_THREADS="1",
               JUPYTER_CONFIG_PATH=str(LEARNER_CONFIG))
    log = open(root / "lab.log", "w")
    server = subprocess.Popen(command, cwd=root, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"jupyter lab exited: {(root / 'lab.log').read_text()[-2000:]}")
            time.sleep(0.5)
    else:
        server.kill()
        raise RuntimeError("jupyter lab did not start within 60 s")
    yield url, token, root / "lab.log"
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


def write_learner_notebook(root):
    """The learner version of notebook 01 (solutions stubbed), as `make lab` writes it."""
    import nbformat

    from helpers.exercises.learner import learner_version

    nb = learner_version(nbformat.read(ROOT / "notebooks" / "01_logistic_regression.ipynb", as_version=4))
    nbformat.write(nb, str(root / f"{LEARNER}.ipynb"))


def write_baseline_notebook(path):
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(BASELINE_SOURCE)]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, str(path))


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def wait_until_idle(page, timeout_ms=RUN_TIMEOUT_MS):
    """Wait until no cell shows the running prompt [*] and the kernel is idle."""
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-InputArea-prompt')].map(e => e.textContent);
            const running = prompts.some(t => t.includes('*'));
            const app = window.jupyterapp;
            const widget = app && app.shell.currentWidget;
            const kernel = widget && widget.sessionContext && widget.sessionContext.session
                && widget.sessionContext.session.kernel;
            return !running && kernel && kernel.status === 'idle';
        }""",
        timeout=timeout_ms,
        polling=250,
    )


def open_and_run_all(page, url, token, name):
    """Open notebook ``name`` in a fresh workspace, run all cells, wait until idle; return its locator."""
    # ?reset: a fresh workspace, so only this notebook is open
    page.goto(f"{url}/lab/tree/{name}?reset&token={token}", wait_until="domcontentloaded")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget "
                           "&& window.jupyterapp.shell.currentWidget.sessionContext", timeout=60_000)
    page.wait_for_function("() => { const c = window.jupyterapp.shell.currentWidget.sessionContext;"
                           " return c.session && c.session.kernel && c.session.kernel.status === 'idle'; }",
                           timeout=60_000)
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_timeout(500)
    wait_until_idle(page)
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")


def check_outputs(notebook, name):
    errors = notebook.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert errors.count() == 0, f"{name}: error or stderr output: {errors.first.inner_text()[:500]}"
    assert notebook.get_by_text("Error displaying widget").count() == 0, f"{name}: a widget failed to render"
    assert notebook.get_by_text("Loading widget...").count() == 0, f"{name}: a widget never rendered"
    assert notebook.locator(".jupyter-widgets").count() > 0, f"{name}: no widget rendered"


def clear_panel_caches(page):
    """Empty every panel's result cache in the kernel, so that the next key press trains for real."""
    page.evaluate("""async (code) => {
        const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
        await kernel.requestExecute({code, silent: true, store_history: false}).done;
    }""", CLEAR_CACHES)


ARM = """([handle, image]) => {
    const record = window.__panelLatency = {down: null, image: null};
    handle.addEventListener('keydown', () => { if (record.down === null) record.down = performance.now(); },
                            {capture: true, once: true});
    const observer = new MutationObserver(() => {
        if (record.image === null) { record.image = performance.now(); observer.disconnect(); }
    });
    observer.observe(image, {attributes: true, attributeFilter: ['src']});
}"""


def press_and_time(page, handle, image, key):
    """Press ``key`` on the slider handle; ms from the keydown to the image's new ``src`` (timed in the page)."""
    page.evaluate(ARM, [handle.element_handle(), image.element_handle()])
    handle.focus()
    page.keyboard.press(key)
    page.wait_for_function("() => window.__panelLatency.image !== null", timeout=30_000, polling=20)
    return page.evaluate("() => window.__panelLatency.image - window.__panelLatency.down")


def measure_panel(page, notebook, name):
    """Press a slider (:data:`SLIDER`) of the notebook's first panel PRESSES times; return the latencies (ms)."""
    panel = notebook.locator(".explore-panel").first
    panel.wait_for(state="visible", timeout=30_000)
    status = panel.locator(".panel-status").first
    page.wait_for_function("(el) => el.textContent.trim().length > 0", arg=status.element_handle(), timeout=30_000)
    image = panel.locator("img.widget-image").first
    handle = panel.locator(".widget-slider .noUi-handle, .widget-hslider .noUi-handle").nth(SLIDER.get(name, 0))
    handle.scroll_into_view_if_needed()
    # right and back (left first if the slider starts at its maximum): two settings, caches emptied
    at_max = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
    keys = ("ArrowLeft", "ArrowRight") if at_max else ("ArrowRight", "ArrowLeft")
    latencies = []
    for press in range(PRESSES):
        before = status.inner_text()
        assert "Traceback" not in before
        clear_panel_caches(page)
        latencies.append(press_and_time(page, handle, image, keys[press % 2]))
        try:  # the status line follows the image in the same kernel reply
            page.wait_for_function("([el, old]) => el.textContent !== old", arg=[status.element_handle(), before],
                                   timeout=5_000)
        except playwright_sync.TimeoutError:
            pass
        after = status.inner_text()
        assert "Traceback" not in after and after.strip(), f"{name}: status after the key press: {after!r}"
        print(f"{name}: key press {press + 1} -> new image {latencies[-1]:.0f} ms; status {after!r}")
    return latencies


def run_notebook_and_measure(lab, browser, name):
    url, token, _ = lab
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    try:
        notebook = open_and_run_all(page, url, token, f"{name}.ipynb")
        check_outputs(notebook, name)
        LATENCIES[name] = measure_panel(page, notebook, name)
        (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
        notebook.locator(".explore-panel").first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "screenshots" / f"{name}.png"))
    finally:
        context.close()
        shut_down_kernels(url, token)


def test_baseline_panel(lab, browser):
    run_notebook_and_measure(lab, browser, BASELINE)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_panel_answers(lab, browser, path):
    run_notebook_and_measure(lab, browser, path.stem)


def shut_down_kernels(url, token):
    """Stop every kernel the test started, so notebooks do not pile up in memory."""
    request = urllib.request.Request(f"{url}/api/sessions?token={token}")
    for session in json.load(urllib.request.urlopen(request, timeout=10)):
        delete = urllib.request.Request(f"{url}/api/sessions/{session['id']}?token={token}", method="DELETE")
        urllib.request.urlopen(delete, timeout=30).close()


def teardown_module(module):
    if not LATENCIES:
        return
    medians = {name: round(statistics.median(values)) for name, values in LATENCIES.items()}
    baseline = medians.pop(BASELINE, None)
    over = {name: value - baseline for name, value in medians.items()} if baseline is not None else {}
    summary = {
        "presses_ms": {name: [round(v) for v in values] for name, values in LATENCIES.items()},
        "baseline_ms": baseline,
        "per_notebook_ms": medians,
        "over_baseline_ms": over,
        "goal_over_baseline_ms": GOAL_OVER_BASELINE_MS,
        "goal_met": bool(over) and max(over.values()) <= GOAL_OVER_BASELINE_MS,
        "median_ms": statistics.median(medians.values()) if medians else None,
        "worst_ms": max(medians.values()) if medians else None,
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "browser_latency.json").write_text(json.dumps(summary, indent=2))
    print(f"\nkey press -> new image, median of {PRESSES} presses (baseline panel: {baseline} ms)")
    for name, value in medians.items():
        extra = f"{over[name]:+5d} ms over the baseline" if over else ""
        print(f"  {name:<28}{value:>6d} ms  {extra}")


def _cell_index(page, starts_with):
    return page.evaluate("""(start) => {
        const cells = window.jupyterapp.shell.currentWidget.content.widgets;
        return cells.findIndex(c => c.model.sharedModel.getSource().startsWith(start));
    }""", starts_with)


def _type_into_cell(page, notebook, index, text):
    """Click into the cell's editor, select everything and type ``text`` (inserted as typed text, so that
    the editor's automatic indentation does not add to the indentation it already holds)."""
    editor = notebook.locator(".jp-Cell").nth(index).locator(".cm-content")
    editor.scroll_into_view_if_needed()
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)


def _run_cell_and_check(page, notebook, index):
    """Shift+Enter in the exercise cell, then in the check cell below it; the check cell's output text."""
    for _ in range(2):
        page.keyboard.press("Shift+Enter")
        page.wait_for_timeout(300)
        wait_until_idle(page)
    return notebook.locator(".jp-Cell").nth(index + 1).locator(".jp-OutputArea").inner_text()


def test_a_learner_types_a_wrong_then_a_right_body_and_the_check_says_so(lab, browser):
    """The learner's path: the learner version in JupyterLab, a wrong sigmoid typed into its exercise cell,
    the check's short message (no traceback), then a right one and the check passes."""
    url, token, _ = lab
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{url}/lab/tree/{LEARNER}.ipynb?reset&token={token}", wait_until="domcontentloaded")
        page.wait_for_function("() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
                               " const c = w && w.sessionContext; return c && c.session && c.session.kernel"
                               " && c.session.kernel.status === 'idle'; }", timeout=60_000)
        notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        index = _cell_index(page, "def sigmoid(")
        assert index > 0
        page.evaluate("(i) => { window.jupyterapp.shell.currentWidget.content.activeCellIndex = i; }", index)
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-above')")
        page.wait_for_timeout(500)
        wait_until_idle(page)

        _type_into_cell(page, notebook, index, WRONG_SIGMOID)
        wrong = _run_cell_and_check(page, notebook, index)
        print(f"wrong sigmoid -> {wrong!r}")
        assert "ExerciseFailed: sigmoid, case" in wrong and "values differ" in wrong
        assert "1 minus the expected value" in wrong  # the relation names the mistake
        assert "Traceback" not in wrong and "File " not in wrong and "---->" not in wrong  # the message only
        assert "1 / (1 + np.exp(-z))" not in wrong  # no answer given away

        _type_into_cell(page, notebook, index, RIGHT_SIGMOID)
        right = _run_cell_and_check(page, notebook, index)
        print(f"right sigmoid -> {right!r}")
        assert right.strip() == "sigmoid: 4/4 checks passed"
        (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "screenshots" / "learner_check.png"))
    finally:
        context.close()
        shut_down_kernels(url, token)


def test_the_learners_lab_has_no_instructor_menus_and_logs_no_warning(lab, browser):
    url, token, log = lab
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{url}/lab?reset&token={token}", wait_until="domcontentloaded")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started", timeout=60_000)
        page.wait_for_timeout(1000)
        menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
        assert menus and "Nbgrader" not in menus and "nbgrader" not in [m.lower() for m in menus], menus
        assert not page.evaluate("() => window.jupyterapp.hasPlugin && "
                                 "[...window.jupyterapp.listPlugins()].some(p => p.startsWith('@jupyter/nbgrader')"
                                 " && window.jupyterapp.isPluginActivated(p))")
    finally:
        context.close()
    text = log.read_text()
    assert "nbgrader" not in text.lower(), [line for line in text.splitlines() if "nbgrader" in line.lower()]
    assert not [line for line in text.splitlines() if line.startswith("[W")], text
