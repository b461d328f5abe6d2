"""Datasets: pure-NumPy generators for 2-D teaching sets, and the HDF5 files the notebooks read.

Two-dimensional sets are returned in the course's layout: ``X`` of shape ``(2, m)`` (float64),
``Y`` of shape ``(1, m)`` (int, 0 or 1). Every generator takes an explicit ``seed``.

The instances the notebooks use are frozen in ``datasets/planar.h5``, and the handwritten digits
(from scikit-learn's copy of the UCI data) in ``datasets/digits.h5``, so a library upgrade cannot
change a notebook's numbers. Rebuild both with::

    python -m helpers.build_datasets

Image files use the keys of the course's ``train_catvnoncat.h5``: ``train_set_x`` (m, h, w[, 3]),
``train_set_y`` (m,), ``test_set_x``, ``test_set_y``, ``list_classes``. A learner who has
``train_catvnoncat.h5`` and ``test_catvnoncat.h5`` can put them in ``datasets/`` and load them
with ``load_image_dataset("catvnoncat")``.
"""
from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path

import numpy as np

from .initializers import as_rng
from .validation import check_choice, check_int, check_real

__all__ = [
    "GENERATORS",
    "PLANAR_SETS",
    "build",
    "data_dir",
    "images_to_columns",
    "load_image_dataset",
    "load_planar",
    "make_blobs",
    "make_circles",
    "make_flower",
    "make_gaussian_quantiles",
    "make_moons",
    "make_noisy_regions",
    "make_seasonal_series",
    "make_spirals",
    "sha256",
]

REBUILD_HINT = "rebuild it with `python -m helpers.build_datasets` (from the repository root)"


def data_dir():
    """The folder holding the .h5 files: ``$HELPERS_DATA_DIR`` if set, else the repository's ``datasets/``."""
    env = os.environ.get("HELPERS_DATA_DIR")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "datasets"


# ---- generators -------------------------------------------------------------------------------

def _split_counts(m):
    m = check_int("m", m, low=2)
    return m // 2, m - m // 2


def _finish(points, labels, rng):
    order = rng.permutation(len(labels))
    return np.ascontiguousarray(points[order].T), labels[order].reshape(1, -1).astype(int)


def make_flower(m=400, *, petals=4, noise=0.2, radius=4.0, seed=0):
    """A flower of ``petals`` petals whose neighbouring petals belong to alternating classes.

    Points are spread inside the rose curve ``r = radius * |sin(petals * theta / 2)|`` and
    labelled by petal (even petals 0, odd petals 1), then moved by Gaussian noise of standard
    deviation ``noise``. No straight line separates the classes (``02_shallow_network``).

    Parameters
    ----------
    m : int >= 2, default 400
    petals : even int >= 2, default 4
    noise : float >= 0, default 0.2
    radius : float > 0, default 4.0
    seed : int or np.random.Generator, default 0

    Returns
    -------
    X : (2, m) float64, Y : (1, m) int
    """
    m = check_int("m", m, low=2)
    petals = check_int("petals", petals, low=2)
    if petals % 2:
        raise ValueError(f"`petals` must be even so that the classes alternate; got {petals}")
    noise = check_real("noise", noise, low=0)
    radius = check_real("radius", radius, low=0, low_open=True)
    rng = as_rng(seed)
    k = petals / 2.0
    sector = np.pi / k  # angular width of one petal
    labels = np.repeat([0, 1], _split_counts(m))
    petal = 2 * rng.integers(0, petals // 2, size=m) + labels  # even petals class 0, odd class 1
    theta = (petal + rng.uniform(0.05, 0.95, size=m)) * sector
    r = radius * np.abs(np.sin(k * theta)) * np.sqrt(rng.uniform(0.1, 1.0, size=m))
    points = np.column_stack([r * np.cos(theta), r * np.sin(theta)]) + noise * rng.standard_normal((m, 2))
    return _finish(points, labels, rng)


def make_moons(m=400, *, noise=0.2, seed=0):
    """Two interleaving half circles: class 0 on the upper arc, class 1 on the lower, shifted one."""
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    n0, n1 = _split_counts(m)
    t0, t1 = rng.uniform(0, np.pi, n0), rng.uniform(0, np.pi, n1)
    upper = np.column_stack([np.cos(t0), np.sin(t0)])
    lower = np.column_stack([1.0 - np.cos(t1), 0.5 - np.sin(t1)])
    points = np.vstack([upper, lower]) + noise * rng.standard_normal((n0 + n1, 2))
    return _finish(points, np.repeat([0, 1], (n0, n1)), rng)


def make_circles(m=400, *, noise=0.08, factor=0.5, seed=0):
    """Two concentric circles: class 0 on the outer one (radius 1), class 1 on the inner (``factor``)."""
    noise = check_real("noise", noise, low=0)
    factor = check_real("factor", factor, low=0, high=1, low_open=True, high_open=True)
    rng = as_rng(seed)
    n0, n1 = _split_counts(m)
    angle = rng.uniform(0, 2 * np.pi, n0 + n1)
    r = np.where(np.arange(n0 + n1) < n0, 1.0, factor)
    points = np.column_stack([r * np.cos(angle), r * np.sin(angle)]) + noise * rng.standard_normal((n0 + n1, 2))
    return _finish(points, np.repeat([0, 1], (n0, n1)), rng)


def make_blobs(m=400, *, noise=0.6, seed=0):
    """Four Gaussian blobs at the corners of a square; diagonal corners share a class (XOR-like).

    ``noise`` is the standard deviation of each blob around its centre (corners at +-2).
    """
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    m = check_int("m", m, low=4)
    centres = np.array([[-2.0, -2.0], [2.0, 2.0], [-2.0, 2.0], [2.0, -2.0]])
    which = np.arange(m) % 4
    points = centres[which] + noise * rng.standard_normal((m, 2))
    return _finish(points, (which >= 2).astype(int), rng)


def make_gaussian_quantiles(m=400, *, noise=0.0, seed=0):
    """A round Gaussian cloud cut at its median radius: class 1 inside, class 0 outside.

    ``noise`` moves the points after labelling (standard deviation), blurring the boundary.
    """
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    m = check_int("m", m, low=2)
    points = rng.standard_normal((m, 2))
    radius = np.hypot(points[:, 0], points[:, 1])
    labels = (radius < np.median(radius)).astype(int)
    points = points + noise * rng.standard_normal((m, 2))
    return _finish(points, labels, rng)


def make_spirals(m=400, *, noise=0.2, turns=1.5, seed=0):
    """Two interleaved spiral arms, one per class, each turning ``turns`` times around the centre."""
    noise = check_real("noise", noise, low=0)
    turns = check_real("turns", turns, low=0, low_open=True)
    rng = as_rng(seed)
    n0, n1 = _split_counts(m)
    labels = np.repeat([0, 1], (n0, n1))
    s = np.sqrt(rng.uniform(0.02, 1.0, n0 + n1))  # position along the arm, denser near the end
    angle = 2 * np.pi * turns * s + np.pi * labels
    r = 4.0 * s
    points = np.column_stack([r * np.cos(angle), r * np.sin(angle)]) + noise * rng.standard_normal((n0 + n1, 2))
    return _finish(points, labels, rng)


def make_noisy_regions(m=200, *, noise=0.1, flip=0.08, seed=0):
    """Two regions split by a wavy line, with label noise: the over-fitting set of ``05_regularization``.

    Points are uniform in the square [-1, 1]^2; class 1 lies above ``y = 0.35 sin(2.5 x) - 0.1 x``.
    Then a fraction ``flip`` of the labels is flipped (these act like mislabelled examples that
    a flexible network learns by heart) and the points are jittered by ``noise``.
    """
    noise = check_real("noise", noise, low=0)
    flip = check_real("flip", flip, low=0, high=0.5)
    rng = as_rng(seed)
    m = check_int("m", m, low=2)
    points = rng.uniform(-1.0, 1.0, size=(m, 2))
    labels = (points[:, 1] > 0.35 * np.sin(2.5 * points[:, 0]) - 0.1 * points[:, 0]).astype(int)
    flipped = rng.random(m) < flip
    labels = np.where(flipped, 1 - labels, labels)
    points = points + noise * rng.standard_normal((m, 2))
    return _finish(points, labels, rng)


def make_seasonal_series(n=365, *, noise=4.0, seed=0):
    """A noisy seasonal series (daily temperatures over a year) for exponentially weighted averages.

    ``theta_t = 12 - 10 cos(2 pi t / n) + 2 sin(6 pi t / n) + N(0, noise^2)`` for ``t = 0 .. n-1``,
    in degrees. Returns a 1-D float64 array of length ``n``. Introduced in ``07_optimizers``.
    """
    n = check_int("n", n, low=2)
    noise = check_real("noise", noise, low=0)
    rng = as_rng(seed)
    t = np.arange(n)
    return 12.0 - 10.0 * np.cos(2 * np.pi * t / n) + 2.0 * np.sin(6 * np.pi * t / n) + noise * rng.standard_normal(n)


GENERATORS = {
    "flower": make_flower,
    "moons": make_moons,
    "circles": make_circles,
    "blobs": make_blobs,
    "gaussian_quantiles": make_gaussian_quantiles,
    "spirals": make_spirals,
    "noisy_regions": make_noisy_regions,
}

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


# ---- HDF5 files -------------------------------------------------------------------------------

def sha256(path):
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _open(path):
    import h5py

    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; {REBUILD_HINT}")
    try:
        return h5py.File(path, "r")
    except OSError as exc:
        raise ValueError(f"{path} is not a readable HDF5 file ({exc}); {REBUILD_HINT}") from None


def _read(handle, key, *, dtype_kind, ndim, path):
    if key not in handle:
        raise ValueError(f"{path} has no {key!r} dataset (it has {sorted(handle.keys())}); {REBUILD_HINT}")
    data = handle[key][()]
    if data.dtype.kind not in dtype_kind or data.ndim not in ndim:
        raise ValueError(
            f"{path}: {key!r} must be {ndim[0]}-D of kind {dtype_kind!r}; got dtype {data.dtype}, shape {data.shape}; {REBUILD_HINT}"
        )
    return data


def load_planar(name, *, directory=None):
    """Load a frozen 2-D set from ``planar.h5``.

    Parameters
    ----------
    name : one of ``PLANAR_SETS`` ("flower", "moons", "circles", "blobs", "gaussian_quantiles",
        "spirals", "noisy_regions")

    Returns
    -------
    X_train : (2, m_train) float64, Y_train : (1, m_train) int,
    X_test : (2, m_test) float64, Y_test : (1, m_test) int
    """
    check_choice("name", name, tuple(PLANAR_SETS))
    path = Path(directory or data_dir()) / "planar.h5"
    with _open(path) as handle:
        if name not in handle:
            raise ValueError(f"{path} has no group {name!r}; {REBUILD_HINT}")
        group = handle[name]
        out = []
        for part in ("train", "test"):
            X = _read(group, f"X_{part}", dtype_kind="f", ndim=(2,), path=path)
            Y = _read(group, f"Y_{part}", dtype_kind="iu", ndim=(2,), path=path)
            if X.shape[0] != 2 or Y.shape != (1, X.shape[1]):
                raise ValueError(f"{path}: {name}/X_{part} {X.shape} and Y_{part} {Y.shape} do not match; {REBUILD_HINT}")
            out += [X.astype(np.float64), Y.astype(int)]
    return tuple(out)


IMAGE_FILES = {
    "digits": ("digits.h5", "digits.h5"),
    "catvnoncat": ("train_catvnoncat.h5", "test_catvnoncat.h5"),
}


def load_image_dataset(name="digits", *, directory=None):
    """Load an image dataset stored with the course's keys.

    Parameters
    ----------
    name : {"digits", "catvnoncat"}, default "digits"
        ``"digits"``: the 8x8 handwritten digits (16 grey levels, values 0..16) in
        ``digits.h5``. ``"catvnoncat"``: the course's cat pictures, if the learner has put
        ``train_catvnoncat.h5`` and ``test_catvnoncat.h5`` into ``datasets/`` (not shipped).

    Returns
    -------
    train_x : (m_train, h, w) or (m_train, h, w, 3) uint8 images
    train_y : (1, m_train) int labels
    test_x, test_y : the same for the test set
    classes : 1-D array of class names (bytes)
    """
    check_choice("name", name, tuple(IMAGE_FILES))
    directory = Path(directory or data_dir())
    train_file, test_file = IMAGE_FILES[name]
    if name == "catvnoncat" and not (directory / train_file).exists():
        raise FileNotFoundError(
            f"{directory / train_file} is not here: the course's cat pictures are not shipped with this "
            "project. Copy train_catvnoncat.h5 and test_catvnoncat.h5 into datasets/ to use them."
        )
    out = {}
    for part, filename in (("train", train_file), ("test", test_file)):
        path = directory / filename
        with _open(path) as handle:
            x = _read(handle, f"{part}_set_x", dtype_kind="u", ndim=(3, 4), path=path)
            y = _read(handle, f"{part}_set_y", dtype_kind="iu", ndim=(1, 2), path=path).reshape(-1)
            if y.shape[0] != x.shape[0]:
                raise ValueError(f"{path}: {x.shape[0]} images but {y.shape[0]} labels; {REBUILD_HINT}")
            out[part] = (x, y.reshape(1, -1).astype(int))
            if part == "train" or "list_classes" not in out:
                out["list_classes"] = _read(handle, "list_classes", dtype_kind="SUO", ndim=(1,), path=path)
    return out["train"][0], out["train"][1], out["test"][0], out["test"][1], out["list_classes"]


def images_to_columns(images, scale=None):
    """Flatten ``(m, h, w[, c])`` images into the course's ``(h*w*c, m)`` columns, as float64.

    ``scale`` divides the pixels (16 for the digits, 255 for 8-bit photos); default: the
    largest value the dtype can hold if it is uint8 and the largest pixel is above 16, else 16.
    """
    images = np.asarray(images)
    if images.ndim < 3:
        raise ValueError(f"`images` must have shape (m, h, w) or (m, h, w, c); got {images.shape}")
    if scale is None:
        scale = 255.0 if images.max(initial=0) > 16 else 16.0
    scale = check_real("scale", scale, low=0, low_open=True)
    return images.reshape(images.shape[0], -1).T.astype(np.float64) / scale


# ---- the builder ------------------------------------------------------------------------------

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

    from .images import draw_sample_digit

    path = Path(directory) / "sample_digit.png"
    Image.fromarray(draw_sample_digit()).save(path, format="PNG", optimize=False)
    return path


def build(directory=None, only=("planar", "digits", "sample")):
    """Build the requested .h5 files into ``directory`` (default :func:`data_dir`); return their paths."""
    directory = Path(directory or data_dir())
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


