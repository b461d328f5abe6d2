"""Comparing plain outputs (:func:`helpers.exercises.plain.plain`) with the expected ones.

:func:`compare` returns ``None`` when ``got`` matches ``expected`` within the tolerances, else a
:class:`Difference` that says where (``grads["dW1"]``, ``cache[0]``), what kind of difference (a
type, a shape, missing keys, values) and, for values, the first entry that differs. The tolerances
(``rtol = 1e-5``, ``atol = 1e-8``) are far looser than any reordering of a sum in float64 (about
1e-15) and far tighter than any real mistake, so loops, ``np.dot`` or ``@`` and any grouping of a
sum all pass.

The NumPy functions used here are bound when this module is imported, so code that later replaces
``numpy.isclose`` or ``numpy.allclose`` does not change what a comparison says.
"""
from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from .plain import Opaque, describe

__all__ = ["ATOL", "RTOL", "Difference", "compare", "first_difference", "is_number"]

RTOL, ATOL = 1e-5, 1e-8

_isclose, _argwhere, _asarray, _isnan, _array_equal = np.isclose, np.argwhere, np.asarray, np.isnan, np.array_equal


class Difference(NamedTuple):
    """Where and how an output differs from the expected one."""

    path: str
    kind: str  # "type" | "shape" | "keys" | "length" | "values" | "nan"
    text: str
    expected: Any = None
    got: Any = None


def is_number(value):
    return (isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)) or (
        isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "biuf")


def _numeric(array):
    return isinstance(array, np.ndarray) and array.dtype.kind in "biuf"


def first_difference(expected, got, rtol=RTOL, atol=ATOL):
    """``(index, count)`` of the first entry of ``got`` not close to ``expected`` (same shapes)."""
    with np.errstate(all="ignore"):
        bad = ~_isclose(got.astype(float), expected.astype(float), rtol=rtol, atol=atol, equal_nan=True)
    if not bad.any():
        return None, 0
    return tuple(int(i) for i in _argwhere(bad)[0]), int(bad.sum())


def _values_text(path, expected, got, rtol, atol):
    index, count = first_difference(expected, got, rtol, atol)
    if index is None:
        return None
    where = f" at {list(index)}" if index else ""
    share = f"{count} of {expected.size} values differ; first" if expected.size > 1 else "the value differs"
    return Difference(path, "values", f"`{path}`: {share}{where}: expected {float(expected[index]):.6g}, got "
                                      f"{float(got[index]):.6g}", expected, got)


def _compare_array(expected, got, path, rtol, atol):
    if is_number(got) and expected.ndim > 0:
        return Difference(path, "shape", f"`{path}` is a single number; expected an array of shape {expected.shape}",
                          expected, got)
    if isinstance(got, (list, tuple)):
        try:
            got = _asarray(got, dtype=float)
        except (TypeError, ValueError):
            return Difference(path, "type", f"`{path}` should be an array of shape {expected.shape}; got {describe(got)}",
                              expected, got)
    if not _numeric(got) and not (isinstance(got, np.ndarray) and got.dtype == bool):
        return Difference(path, "type", f"`{path}` should be a NumPy array of shape {expected.shape}; got "
                                        f"{describe(got)}", expected, got)
    if got.shape != expected.shape:
        return Difference(path, "shape", f"`{path}` has shape {got.shape}; expected {expected.shape}", expected, got)
    if got.dtype.kind == "f" and expected.dtype.kind == "f" and not _array_equal(_isnan(got), _isnan(expected)):
        return Difference(path, "nan", f"`{path}` holds NaN where numbers are expected (a square root of a negative "
                                       f"number, or 0 / 0?)", expected, got)
    return _values_text(path, expected, got, rtol, atol)


def _compare_number(expected, got, path, rtol, atol):
    if isinstance(got, np.ndarray) and got.size == 1 and got.ndim > 0 and _numeric(got):
        return Difference(path, "shape", f"`{path}` is an array of shape {got.shape}; a plain number is expected "
                                         f"(np.squeeze, float() or .item() give one)", expected, got)
    if not is_number(got):
        return Difference(path, "type", f"`{path}` should be a number; got {describe(got)}", expected, got)
    value = float(got)
    if not bool(_isclose(value, float(expected), rtol=rtol, atol=atol, equal_nan=True)):
        return Difference(path, "values", f"`{path}`: expected {float(expected):.8g}, got {value:.8g}",
                          np.asarray(float(expected)), np.asarray(value))
    return None


def _item_path(path, key):
    return f"{path}[{key!r}]".replace("'", '"') if isinstance(key, str) else f"{path}[{key}]"


def compare(expected, got, path="output", rtol=RTOL, atol=ATOL):
    """``None`` if plain ``got`` matches ``expected`` (arrays, numbers, tuples, lists, dicts), else a Difference."""
    if isinstance(got, Opaque):
        return Difference(path, "type", f"`{path}` should be {describe(expected)}; got {describe(got)}", expected, got)
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return Difference(path, "type", f"`{path}` should be a dict with keys {sorted(expected)}; got {describe(got)}",
                              expected, got)
        missing = [key for key in expected if key not in got]
        if missing:
            return Difference(path, "keys", f"`{path}` has no key(s) {missing} (its keys: {sorted(map(str, got))})",
                              expected, got)
        for key in expected:
            difference = compare(expected[key], got[key], _item_path(path, key), rtol, atol)
            if difference:
                return difference
        return None
    if isinstance(expected, (tuple, list)):
        if not isinstance(got, (tuple, list)) or len(got) != len(expected):
            return Difference(path, "length", f"`{path}` should be a {type(expected).__name__} of {len(expected)} "
                                              f"items; got {describe(got)}", expected, got)
        for k, (e, g) in enumerate(zip(expected, got)):
            difference = compare(e, g, f"{path}[{k}]", rtol, atol)
            if difference:
                return difference
        return None
    if isinstance(expected, np.ndarray) and expected.ndim > 0:
        return _compare_array(expected, got, path, rtol, atol)
    if is_number(expected):
        return _compare_number(expected, got, path, rtol, atol)
    if expected is None:
        return None if got is None else Difference(path, "type", f"`{path}` should be None; got {describe(got)}",
                                                   expected, got)
    if type(got) is not type(expected) or got != expected:
        return Difference(path, "values", f"`{path}`: expected {expected!r}, got {describe(got)}", expected, got)
    return None
