"""Packaging and the locked environment: a built wheel ships every module of `helpers`, the
environment running the tests has exactly the versions of requirements.lock, the lock still
satisfies pyproject.toml, and environment.yml installs from the lock.

Run as a script (`python tests/test_packaging.py --compare requirements.lock`), it prints the
installed versions that differ from the lock; `make test-latest` does that before its tests.
"""
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
BROWSER_LOCK = ROOT / "requirements-browser.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)\s*(?:#.*)?$")


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path):
    """{canonical name: version} of every `name==version` line of a pip-compile lock file."""
    pins = {}
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"{Path(path).name}: not a `name==version` pin: {line!r}"
        pins[canonical(match.group(1))] = match.group(2)
    return pins


def differences(pins):
    """[(name, locked, installed or None)] for every pin the running environment does not match."""
    found = []
    for name, version in sorted(pins.items()):
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            found.append((name, version, installed))
    return found


def test_wheel_ships_every_module(tmp_path):
    # Build from a copy of the project files, so the test leaves no build/ in the work tree.
    source = tmp_path / "src"
    source.mkdir()
    for path in ROOT.iterdir():
        if path.is_file() and not path.name.startswith("."):
            shutil.copy2(path, source / path.name)
    shutil.copytree(ROOT / "helpers", source / "helpers",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path / "wheel"
    # Offline: no index, no build isolation (setuptools comes from the test extra).
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    expected = {path.relative_to(ROOT).as_posix() for path in (ROOT / "helpers").rglob("*.py")
                if ".ipynb_checkpoints" not in path.parts and "__pycache__" not in path.parts}
    assert "helpers/explore/__init__.py" in expected
    missing = sorted(expected - names)
    assert not missing, f"modules missing from {wheels[0].name}: {missing}"
    # the datasets are read from the repository, never shipped in the wheel
    assert not [name for name in names if name.endswith(".h5")]


def test_installed_versions_match_the_lock():
    if os.environ.get("HELPERS_UNLOCKED"):
        import pytest
        pytest.skip("HELPERS_UNLOCKED is set (make test-latest): newest releases, lock ignored")
    drift = differences(read_lock(LOCK))
    assert not drift, (
        "the environment differs from requirements.lock (run `make test` to reinstall, or "
        "`pip install -r requirements.lock`):\n"
        + "\n".join(f"  {name}: locked {locked}, installed {installed or 'nothing'}"
                    for name, locked, installed in drift))


def test_lock_satisfies_pyproject():
    """Every dependency of pyproject.toml (and of the test and browser extras) is pinned, to a
    version its specifier allows: editing pyproject.toml without `make lock` fails here."""
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    for lock, requirements in [
        (LOCK, project["dependencies"] + extras["test"]),
        (BROWSER_LOCK, project["dependencies"] + extras["test"] + extras["browser"]),
    ]:
        pins = read_lock(lock)
        for text in requirements:
            requirement = Requirement(text)
            name = canonical(requirement.name)
            assert name in pins, f"{text} is not in {lock.name}: run `make lock`"
            assert requirement.specifier.contains(pins[name], prereleases=True), (
                f"{lock.name} pins {name}=={pins[name]}, outside {text}: run `make lock`")


def test_browser_lock_agrees_with_the_main_lock():
    main, browser = read_lock(LOCK), read_lock(BROWSER_LOCK)
    assert not set(main) - set(browser), set(main) - set(browser)
    assert {name: browser[name] for name in main} == main
    assert "playwright" in browser


def test_environment_yml_installs_the_lock():
    import yaml

    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [dep for dep in env["dependencies"] if isinstance(dep, str)]
    pip = [dep for dep in env["dependencies"] if isinstance(dep, dict)]
    # conda gives only Python and pip, so no conda package can differ from the lock
    assert sorted(re.split(r"[=<>! ]", dep)[0] for dep in conda) == ["pip", "python"], conda
    assert len(pip) == 1 and pip[0]["pip"] == ["-r requirements.lock", "-e ."], pip
    # and the same Python minor version the lock was compiled with
    compiled = re.search(r"pip-compile with Python (\d+\.\d+)", LOCK.read_text()).group(1)
    assert f"python={compiled}" in conda, (conda, compiled)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--compare":
        sys.exit("usage: python tests/test_packaging.py --compare requirements.lock")
    drift = differences(read_lock(sys.argv[2]))
    print(f"{len(drift)} of the packages pinned in {sys.argv[2]} differ in this environment"
          + (":" if drift else "."))
    for name, locked, installed in drift:
        print(f"  {name}: locked {locked}, installed {installed or 'nothing'}")
