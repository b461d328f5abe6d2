"""Real-browser test: Chromium (Debian's, through Playwright) drives JupyterLab.

For every notebook: open it, run all cells, check that no cell shows an error and every widget
rendered, then move the first slider of the Explore panel and wait until the panel's status line
changes. The slider-to-status latency is printed and written to ``artifacts/browser_latency.json``
and a screenshot of each notebook to ``artifacts/screenshots/`` (both ignored by git).

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

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
RUN_TIMEOUT_MS = 120_000
LATENCIES = {}

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
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(config), OPENBLAS_NUM_THREADS="1")
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
    yield url, token
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_panel_answers(lab, browser, path):
    url, token = lab
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    try:
        # ?reset: a fresh workspace, so only this notebook is open
        page.goto(f"{url}/lab/tree/{path.name}?reset&token={token}", wait_until="domcontentloaded")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget "
                               "&& window.jupyterapp.shell.currentWidget.sessionContext", timeout=60_000)
        page.wait_for_function("() => { const c = window.jupyterapp.shell.currentWidget.sessionContext;"
                               " return c.session && c.session.kernel && c.session.kernel.status === 'idle'; }",
                               timeout=60_000)
        page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_timeout(500)
        wait_until_idle(page)

        notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        errors = notebook.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
        assert errors.count() == 0, f"{path.name}: error or stderr output: {errors.first.inner_text()[:500]}"
        assert notebook.get_by_text("Error displaying widget").count() == 0, f"{path.name}: a widget failed to render"
        assert notebook.get_by_text("Loading widget...").count() == 0, f"{path.name}: a widget never rendered"
        assert notebook.locator(".jupyter-widgets").count() > 0, f"{path.name}: no widget rendered"

        panel = notebook.locator(".explore-panel").first
        panel.wait_for(state="visible", timeout=30_000)
        status = panel.locator(".panel-status").first
        page.wait_for_function("(el) => el.textContent.trim().length > 0", arg=status.element_handle(), timeout=30_000)
        before = status.inner_text()
        assert "Traceback" not in before

        handle = panel.locator(".widget-slider .noUi-handle, .widget-hslider .noUi-handle").first
        handle.scroll_into_view_if_needed()
        handle.focus()
        start = time.perf_counter()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("([el, old]) => el.textContent !== old && el.textContent.trim().length > 0",
                               arg=[status.element_handle(), before], timeout=30_000)
        latency_ms = 1000 * (time.perf_counter() - start)
        after = status.inner_text()
        assert "Traceback" not in after
        LATENCIES[path.stem] = round(latency_ms)
        print(f"{path.stem}: slider-to-status {latency_ms:.0f} ms; status {after!r}")

        (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
        panel.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "screenshots" / f"{path.stem}.png"))
    finally:
        context.close()
        shut_down_kernels(url, token)


def shut_down_kernels(url, token):
    """Stop every kernel the test started, so notebooks do not pile up in memory."""
    request = urllib.request.Request(f"{url}/api/sessions?token={token}")
    for session in json.load(urllib.request.urlopen(request, timeout=10)):
        delete = urllib.request.Request(f"{url}/api/sessions/{session['id']}?token={token}", method="DELETE")
        urllib.request.urlopen(delete, timeout=30).close()


def teardown_module(module):
    if LATENCIES:
        ARTIFACTS.mkdir(exist_ok=True)
        values = sorted(LATENCIES.values())
        summary = {"per_notebook_ms": LATENCIES, "median_ms": statistics.median(values), "worst_ms": values[-1]}
        (ARTIFACTS / "browser_latency.json").write_text(json.dumps(summary, indent=2))
        print(f"\nslider-to-status latency: median {summary['median_ms']:.0f} ms, worst {summary['worst_ms']} ms")
