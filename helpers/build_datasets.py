"""Build the .h5 files of ``datasets/``: ``python -m helpers.build_datasets [--dir DIR] [--only ...]``.

Writes ``planar.h5`` (every set of :data:`PLANAR_SETS`, drawn with :mod:`helpers.generators`),
``digits.h5`` (from scikit-learn's copy of the UCI digits; needs scikit-learn) and
``sample_digit.png`` (the drawing of :func:`helpers.images.draw_sample_digit`), and prints their
SHA-256. The bytes are reproducible: the same code writes the same files.
"""
from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np

from .datasets import data_dir
from .generators import GENERATORS
from .images import draw_sample_digit

__all__ = ["PLANAR_SETS", "build", "build_digits", "build_planar", "build_sample_drawing", "sha256"]

# The frozen instances in planar.h5: (generator, m_train, m_test, options). Train and test are
# independent draws (seeds 1 and 2) from the same generator.
PLANAR_SETS = {
    "flower": ("flower", 400, 400, {}),
    "moons": ("moons", 300, 300, {"noise": 0.2}),
    "circles": ("circles", 300, 100, {"noise": 0.08}),
    "blobs": ("blobs", 400, 400, {}),
    "gaussian_quantiles": ("gaussian_quantiles", 400, 400, {}),
    "spirals": ("spirals", 400, 400, {}),
    "noisy_regions": ("noisy_regions", 200, 200, {}),
}


def sha256(path):
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write(handle, key, data):
    handle.create_dataset(key, data=data, track_times=False)


def build_planar(directory):
    """Write ``planar.h5`` (every set in ``PLANAR_SETS``) into ``directory``; return its path."""
    import h5py

    path = Path(directory) / "planar.h5"
    with h5py.File(path, "w", track_order=True) as handle:
        for name, (generator, m_train, m_test, options) in PLANAR_SETS.items():
            group = handle.create_group(name, track_order=True)
            for part, m, seed in (("train", m_train, 1), ("test", m_test, 2)):
                X, Y = GENERATORS[generator](m, seed=seed, **options)
                _write(group, f"X_{part}", X)
                _write(group, f"Y_{part}", Y.astype(np.uint8))
    return path


def _stratified_test_indices(labels, fraction, rng):
    test = []
    for c in np.unique(labels):
        members = np.flatnonzero(labels == c)
        test.extend(rng.choice(members, size=int(round(fraction * len(members))), replace=False))
    return np.sort(np.array(test))


def build_digits(directory, *, test_fraction=0.2, seed=0):
    """Write ``digits.h5`` from scikit-learn's copy of the UCI digits (needs scikit-learn)."""
    import h5py

    try:
        from sklearn.datasets import load_digits
    except ImportError:
        raise ImportError("building digits.h5 needs scikit-learn: pip install scikit-learn") from None
    digits = load_digits()
    images = digits.images.astype(np.uint8)  # values 0..16
    labels = digits.target.astype(np.uint8)
    test = _stratified_test_indices(labels, test_fraction, np.random.default_rng(seed))
    train = np.setdiff1d(np.arange(len(labels)), test)
    path = Path(directory) / "digits.h5"
    with h5py.File(path, "w", track_order=True) as handle:
        _write(handle, "train_set_x", images[train])
        _write(handle, "train_set_y", labels[train])
        _write(handle, "test_set_x", images[test])
        _write(handle, "test_set_y", labels[test])
        _write(handle, "list_classes", np.array([str(d).encode() for d in range(10)]))
    return path


def build_sample_drawing(directory):
    """Write ``sample_digit.png``, the drawing "classify your own image" uses in a headless run."""
    from PIL import Image

    path = Path(directory) / "sample_digit.png"
    Image.fromarray(draw_sample_digit()).save(path, format="PNG", optimize=False)
    return path


def _default_directory():
    try:
        return data_dir()
    except FileNotFoundError:
        return Path.cwd() / "datasets"


def build(directory=None, only=("planar", "digits", "sample")):
    """Build the requested files into ``directory`` (default :func:`helpers.datasets.data_dir`); return their paths."""
    directory = Path(directory or _default_directory())
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    if "planar" in only:
        paths.append(build_planar(directory))
    if "digits" in only:
        paths.append(build_digits(directory))
    if "sample" in only:
        paths.append(build_sample_drawing(directory))
    return paths


def _main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m helpers.build_datasets", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default=None, help="output folder (default: datasets/)")
    parser.add_argument("--only", choices=["planar", "digits", "sample"], action="append")
    args = parser.parse_args(argv)
    for path in build(args.dir, tuple(args.only or ("planar", "digits", "sample"))):
        print(f"{path.name}  {sha256(path)}")


if __name__ == "__main__":
    _main()
