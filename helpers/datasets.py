"""Loading the HDF5 files the notebooks read: the frozen 2-D sets and the handwritten digits.

The files live in the repository's ``datasets/`` folder (they are not part of the installed
package): ``planar.h5`` holds the 2-D sets of :mod:`helpers.generators` as the notebooks use them,
``digits.h5`` the UCI handwritten digits (from scikit-learn's copy). Both are written by
``python -m helpers.build_datasets``, whose bytes are reproducible.

Image files use the keys of the course's ``train_catvnoncat.h5``: ``train_set_x`` (m, h, w[, 3]),
``train_set_y`` (m,), ``test_set_x``, ``test_set_y``, ``list_classes``. A learner who has
``train_catvnoncat.h5`` and ``test_catvnoncat.h5`` can put them in ``datasets/`` and load them
with ``load_image_dataset("catvnoncat")``.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .metrics import one_hot
from .validation import check_choice, check_int, check_real

__all__ = [
    "DIGIT_LABELS",
    "PLANAR_NAMES",
    "data_dir",
    "draw_subset",
    "images_to_columns",
    "load_digits",
    "load_image_dataset",
    "load_planar",
]

REBUILD_HINT = "rebuild it with `python -m helpers.build_datasets` (from the repository root)"

PLANAR_NAMES = ("flower", "moons", "circles", "blobs", "gaussian_quantiles", "spirals", "noisy_regions")
"""The groups of ``planar.h5``, one per 2-D set."""

_MARKERS = ("planar.h5", "digits.h5", "README.md")


def data_dir():
    """The folder holding the .h5 files.

    ``$HELPERS_DATA_DIR`` if set; otherwise the repository's ``datasets/`` folder, found beside the
    ``helpers`` source (an editable install or a checkout) or in the working directory or one of
    its parents (a notebook run from ``notebooks/`` after a regular ``pip install .``).

    Raises
    ------
    FileNotFoundError
        When no ``datasets/`` folder is found: the data are read from the repository, not shipped
        inside the installed package.
    """
    env = os.environ.get("HELPERS_DATA_DIR")
    if env:
        return Path(env)
    here = Path.cwd()
    candidates = [Path(__file__).resolve().parent.parent / "datasets"] + [p / "datasets" for p in (here, *here.parents)]
    for folder in candidates:
        if folder.is_dir() and any((folder / marker).exists() for marker in _MARKERS):
            return folder
    raise FileNotFoundError(
        "the repository's datasets/ folder was not found (the .h5 files are read from the repository, "
        "not installed with the package): run from inside the repository or set HELPERS_DATA_DIR "
        "to the folder that holds planar.h5 and digits.h5")


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
    name : one of ``PLANAR_NAMES`` ("flower", "moons", "circles", "blobs", "gaussian_quantiles",
        "spirals", "noisy_regions")

    Returns
    -------
    X_train : (2, m_train) float64, Y_train : (1, m_train) int,
    X_test : (2, m_test) float64, Y_test : (1, m_test) int
    """
    check_choice("name", name, PLANAR_NAMES)
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


DIGIT_LABELS = ("digit", "odd", "one_hot")


def draw_subset(m, size, seed):
    """Indices of ``size`` of ``m`` examples drawn at random without repetition, in the order drawn.

    ``np.random.default_rng(seed).choice(m, size, replace=False)``: notebook 03 trains on
    ``draw_subset(1438, 300, 1)`` of the training digits, and its Explore panel on the same images.
    """
    m = check_int("m", m, low=1)
    size = check_int("size", size, low=1, high=m)
    return np.random.default_rng(check_int("seed", seed, low=0)).choice(m, size, replace=False)


def load_digits(labels="digit", *, directory=None):
    """The handwritten digits as the notebooks use them: one 8x8 image per column, pixels / 16.

    Parameters
    ----------
    labels : {"digit", "odd", "one_hot"}, default "digit"
        ``"digit"``: the digit itself, ``(1, m)`` ints 0..9; ``"odd"``: the even-versus-odd task
        of notebooks 01 and 03, ``(1, m)`` with 1 for an odd digit; ``"one_hot"``: ``(10, m)``
        one-hot columns for softmax (notebooks 08 and 09).
    directory : path, optional
        Folder holding ``digits.h5`` (default :func:`data_dir`).

    Returns
    -------
    X_train : (64, 1438) float64 in [0, 1], Y_train : labels of the 1,438 training images,
    X_test : (64, 359) float64, Y_test : labels of the 359 test images
    """
    check_choice("labels", labels, DIGIT_LABELS)
    train_x, train_y, test_x, test_y, _ = load_image_dataset("digits", directory=directory)
    convert = {"digit": lambda y: y, "odd": lambda y: y % 2, "one_hot": lambda y: one_hot(y, 10)}[labels]
    return images_to_columns(train_x, 16), convert(train_y), images_to_columns(test_x, 16), convert(test_y)

