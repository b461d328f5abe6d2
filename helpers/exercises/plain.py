"""What a learner's function returned, as plain data, and that data as JSON for the grading record.

:func:`plain` turns an output into built-in containers, plain ``np.ndarray`` and plain numbers, using
the base classes' own methods: an ``np.ndarray`` subclass becomes a view of its actual buffer, a
``float`` or ``dict`` subclass its actual value, so an object that overrides ``__eq__``, ``__iter__``
or the comparison methods cannot make a wrong answer look right. Anything else (an object of the
learner's own class, a function) becomes :class:`Opaque`, which equals nothing.

:func:`dumps` / :func:`loads` carry plain data through JSON (arrays as base64 of their bytes), so
that ``nbgrader autograde`` can compare what the kernel computed in a process the learner's code
never ran in (:mod:`helpers.exercises.grading`).
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass

import numpy as np

__all__ = ["Opaque", "describe", "dumps", "loads", "plain"]

_MAX_DEPTH = 8


@dataclass(frozen=True)
class Opaque:
    """An output that is not plain data: only its type's name is kept (not a tuple, not an array)."""

    type_name: str


def plain(value, _depth=0):
    """``value`` as dicts, tuples, lists, plain arrays and numbers (see the module docstring)."""
    if _depth > _MAX_DEPTH:
        return Opaque("nested too deeply")
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, np.ndarray):
        return np.array(np.ndarray.view(value, np.ndarray), copy=True)
    if isinstance(value, np.generic):
        return np.array(value)[()]
    if isinstance(value, bool):
        return bool(int.__int__(value))
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, dict):
        return {plain(key, _depth + 1): plain(item, _depth + 1) for key, item in dict.items(value)}
    if isinstance(value, tuple):
        return tuple(plain(item, _depth + 1) for item in tuple.__iter__(value))
    if isinstance(value, list):
        return [plain(item, _depth + 1) for item in list.__iter__(value)]
    return Opaque(type(value).__name__)


def describe(value):
    """A few words for a plain value: ``an array of shape (3, 1)``, ``a dict with keys [...]``."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}" if value.ndim else f"a 0-d array ({value.item()!r})"
    if isinstance(value, dict):
        return f"a dict with keys {sorted(map(str, value))}"
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)} items"
    if isinstance(value, Opaque):
        return f"an object of type {value.type_name}"
    if value is None:
        return "None"
    return f"{type(value).__name__} {value!r}"[:80]


# ---- JSON for the grading record -------------------------------------------------------------------

def _encode(value):
    if isinstance(value, Opaque):
        return {"opaque": value.type_name}
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biuf":
            return {"opaque": f"array of {value.dtype}"}
        data = np.array(value, order="C", copy=True)  # (ascontiguousarray would turn a 0-d array into 1-d)
        return {"array": data.dtype.str, "shape": list(data.shape), "data": base64.b64encode(data.tobytes()).decode()}
    if isinstance(value, np.generic):
        return _encode(np.array(value)) | {"scalar": True}
    if isinstance(value, dict):
        return {"dict": [[_encode(key), _encode(item)] for key, item in value.items()]}
    if isinstance(value, (tuple, list)):
        return {type(value).__name__: [_encode(item) for item in value]}
    if value is None or isinstance(value, (bool, int, float, str)):
        return {"value": value}
    return {"opaque": type(value).__name__}


def _decode(node):
    if "array" in node:
        array = np.frombuffer(base64.b64decode(node["data"]), dtype=np.dtype(node["array"])).reshape(node["shape"])
        array = array.copy()
        return array[()] if node.get("scalar") else array
    if "dict" in node:
        return {_decode(key): _decode(item) for key, item in node["dict"]}
    if "tuple" in node:
        return tuple(_decode(item) for item in node["tuple"])
    if "list" in node:
        return [_decode(item) for item in node["list"]]
    if "opaque" in node:
        return Opaque(str(node["opaque"]))
    return node["value"]


def dumps(value):
    """Plain data as a JSON string (arrays of numbers and booleans keep dtype, shape and bytes)."""
    return json.dumps(_encode(plain(value)))


def loads(text):
    """The plain data :func:`dumps` wrote."""
    return _decode(json.loads(text))
