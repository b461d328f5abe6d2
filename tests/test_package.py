"""The package itself: a NumPy-only import, a complete public API, and the floors of design.md
(a module imports only from its own floor or below; no import cycles)."""
import ast
import functools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import helpers

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "helpers"

# design.md's floors; batchnorm and metrics sit with the floor-1 building blocks, images with the
# data, build_datasets (a command line) above what it calls, explore/* (panels) on top. A module
# missing from this map is not checked itself, but every listed module that reaches it through
# its imports still is (the checks follow imports transitively).
FLOORS = {
    "helpers.validation": 1, "helpers.activations": 1, "helpers.initializers": 1, "helpers.schedules": 1,
    "helpers.batchnorm": 1, "helpers.metrics": 1, "helpers.generators": 1,
    "helpers.layers": 2, "helpers.losses": 2, "helpers.optimizers": 2, "helpers.gradcheck": 2,
    "helpers.datasets": 2, "helpers.images": 2, "helpers.surfaces": 2,
    "helpers.training": 3, "helpers.plots": 3, "helpers.build_datasets": 3, "helpers.experiments": 1,
    "helpers.widgets": 4,
}
EXPLORE_FLOOR = 5
EXERCISES_FLOOR = 3  # the checker and its catalogues: built on layers, losses and activations
DRAWING_LIBRARIES = ("matplotlib", "ipywidgets", "IPython")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if ".ipynb_checkpoints" not in p.parts}


def floor_of(name):
    if name.startswith("helpers.explore."):
        return EXPLORE_FLOOR
    if name == "helpers.exercises" or name.startswith("helpers.exercises."):
        return EXERCISES_FLOOR
    return FLOORS.get(name)


@functools.lru_cache(maxsize=None)
def imports_of(name, top_level_only=False):
    """(helpers modules, third-party top-level names) imported by module ``name``, as frozensets."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    internal, external = set(), set()

    def add(target):
        if target in MODULES:
            internal.add(target)
        elif target.startswith("helpers."):
            parent = target.rpartition(".")[0]
            if parent in MODULES:
                internal.add(parent)
        elif target != "helpers":
            external.add(target.split(".")[0])

    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(base_parts)
            else:
                base = ""
            target = ".".join(p for p in (base, node.module) if p)
            for alias in node.names:
                if f"{target}.{alias.name}" in MODULES:
                    add(f"{target}.{alias.name}")
                else:
                    add(target)
    internal.discard(name)
    return frozenset(internal), frozenset(external)


def reachable(name):
    """Every helpers module reachable from ``name`` through its imports (lazy ones included)."""
    seen, stack = set(), [name]
    while stack:
        for other in imports_of(stack.pop())[0]:
            if other not in seen:
                seen.add(other)
                stack.append(other)
    seen.discard(name)
    return seen


def run_python(code):
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


# ---- import -----------------------------------------------------------------------------------

def test_import_helpers_needs_only_numpy():
    code = (
        "import json, sys\n"
        "import helpers\n"
        "heavy = ('matplotlib', 'ipywidgets', 'IPython', 'PIL', 'h5py', 'sklearn', 'scipy')\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
    )
    assert json.loads(run_python(code)) == []


def test_import_does_not_touch_the_global_random_state():
    code = (
        "import numpy as np\n"
        "before = np.random.get_state()[1].copy()\n"
        "import helpers\n"
        "print(bool((np.random.get_state()[1] == before).all()))\n"
    )
    assert run_python(code).strip() == "True"


def test_import_prints_nothing():
    assert run_python("import helpers") == ""


# ---- public API -------------------------------------------------------------------------------

def test_every_name_in_all_exists():
    missing = [name for name in helpers.__all__ if not hasattr(helpers, name)]
    assert missing == []


def test_all_has_no_duplicates_and_covers_the_design_api():
    assert len(helpers.__all__) == len(set(helpers.__all__))
    design_api = {
        "sigmoid", "relu", "tanh", "leaky_relu", "softmax",
        "sigmoid_backward", "relu_backward", "tanh_backward", "leaky_relu_backward",
        "initialize_parameters", "linear_forward", "linear_backward", "model_forward", "compute_cost",
        "model_backward", "predict", "gradient_check", "GradientDescent", "Momentum", "RMSProp", "Adam",
        "random_mini_batches", "train",
    }
    assert design_api <= set(helpers.__all__)


@pytest.mark.parametrize("name", helpers.__all__)
def test_every_public_name_is_documented(name):
    obj = getattr(helpers, name)
    if callable(obj):
        assert (obj.__doc__ or "").strip(), f"{name} has no docstring"


def test_version_matches_pyproject():
    pyproject = (ROOT / "pyproject.toml").read_text()
    version = re.search(r'^version = "([^"]+)"', pyproject, re.M).group(1)
    assert helpers.__version__ == version


def test_build_datasets_command_line_has_help():
    result = subprocess.run([sys.executable, "-m", "helpers.build_datasets", "--help"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and "--dir" in result.stdout


# ---- floors -----------------------------------------------------------------------------------

def test_the_import_scanner_sees_known_imports():
    # guards the tests below against a scanner that finds nothing
    assert "helpers.activations" in imports_of("helpers.layers")[0]
    assert "helpers.validation" in imports_of("helpers.activations")[0]
    assert "numpy" in imports_of("helpers.layers")[1]
    assert "matplotlib" in imports_of("helpers.plots")[1]
    assert "helpers.activations" in reachable("helpers.training")  # through layers
    assert "helpers.images" in reachable("helpers.widgets")  # an import inside a function counts


def find_cycle(graph):
    """One import cycle of ``graph`` (name -> names it imports) as a list of names, or None."""
    state = {}

    def visit(node, path):
        state[node] = "active"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "active":
                return path + [nxt]
            if nxt not in state:
                cycle = visit(nxt, path + [nxt])
                if cycle:
                    return cycle
        state[node] = "done"
        return None

    for name in sorted(graph):
        if name not in state:
            cycle = visit(name, [name])
            if cycle:
                return cycle
    return None


def test_the_cycle_check_sees_a_cycle():
    # guards test_no_import_cycles against a graph walk that cannot fail
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("name", sorted(n for n in MODULES if floor_of(n) is not None))
def test_no_module_imports_from_a_higher_floor(name):
    higher = sorted(other for other in reachable(name)
                    if floor_of(other) is not None and floor_of(other) > floor_of(name))
    assert higher == [], f"{name} (floor {floor_of(name)}) reaches {higher}"


@pytest.mark.parametrize("name", ["helpers.layers", "helpers.losses", "helpers.activations", "helpers.optimizers"])
def test_layers_do_not_reach_training_plots_or_widgets(name):
    assert not reachable(name) & {"helpers.training", "helpers.plots", "helpers.widgets"}


@pytest.mark.parametrize("name", ["helpers"] + sorted(n for n in MODULES if (floor_of(n) or 99) < 3
                                                     or n.startswith("helpers.exercises")))
def test_nothing_below_floor_3_imports_drawing_libraries(name):
    external = set(imports_of(name)[1])
    for other in reachable(name):
        external |= imports_of(other)[1]
    assert not external & set(DRAWING_LIBRARIES), f"{name} imports {external & set(DRAWING_LIBRARIES)}"


@pytest.mark.parametrize("top_level_only", [True, False], ids=["module-level imports", "all imports"])
def test_no_import_cycles(top_level_only):
    # "all imports" includes the ones inside functions: a lazy import that closes a cycle is a
    # tangle too, even if Python happens to resolve it at run time.
    graph = {name: imports_of(name, top_level_only=top_level_only)[0] - {"helpers"} for name in MODULES}
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


# ---- functions a learner can hold in their head --------------------------------------------------

LONG_FUNCTION_LINES = 60


def code_lines(node):
    """Lines of a function's code, its docstring left out."""
    body = node.body
    first = body[0]
    if isinstance(first, ast.Expr) and isinstance(getattr(first, "value", None), ast.Constant) \
            and isinstance(first.value.value, str) and len(body) > 1:
        first = body[1]
    return node.end_lineno - first.lineno + 1


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_function_is_longer_than_sixty_lines(name):
    tree = ast.parse(MODULES[name].read_text())
    long = [f"{node.name} ({code_lines(node)} lines)" for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and code_lines(node) > LONG_FUNCTION_LINES]
    assert long == [], f"{name}: {long}"
