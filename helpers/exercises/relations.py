"""What a wrong value is, compared with the right one: the relations that name a mistake without a catalogue.

:func:`relation` looks at one wrong output part ``got`` against the ``expected`` value and returns a
sentence when one simple relation explains it:

- a shape relation: the transpose; the same numbers with a dimension lost or added (``keepdims``,
  ``squeeze``, ``(n,)`` against ``(n, 1)``); a plain number where a ``(1, 1)`` array belongs;
- a constant factor: -1 (a sign), 2 or 1/2, m or 1/m, or another number of the case
  (``keep_prob``, ``learning_rate``, ...) by name;
- another quantity: the value another output should have (outputs swapped), the answer of another
  case (state kept between calls), every k-th entry of a list;
- a missing term: the reference's value with one input (or one entry of an input dict) set to zero.

Each test is exact up to the checker's tolerance, so a relation is reported only when it holds for
every entry, never as a guess.
"""
from __future__ import annotations

import copy
from typing import Any, Callable, Mapping, NamedTuple, Optional, Sequence

import numpy as np

from .compare import compare, is_number

__all__ = ["Context", "default_inputs", "relation", "zeroed_inputs"]

_isclose, _allclose = np.isclose, np.allclose


class Context(NamedTuple):
    """What :func:`relation` may use besides the two values."""

    numbers: Mapping[str, float]  # named numbers of the case: {"m": 5, "keep_prob": 0.7, ...}
    other_parts: Mapping[str, Any]  # the expected values of the other outputs of this case
    other_cases: Mapping[str, Any]  # case name -> expected value of this part in that case
    zeroed: Callable[[], Sequence[tuple]]  # () -> [(description, expected value of this part), ...]
    inputs: Mapping[str, Any] = {}  # "the input `grads["dW1"]`" -> array: an input passed back unchanged
    defaults: Callable[[], Sequence[tuple]] = lambda: ()  # as zeroed, with an argument at its default instead


def _array(value):
    if is_number(value):
        return np.asarray(float(value))
    if isinstance(value, np.ndarray) and value.dtype.kind in "biuf":
        return value.astype(float)
    if isinstance(value, (list, tuple)):
        try:
            return np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            return None
    return None


def _close(a, b):
    return a.shape == b.shape and bool(_allclose(a, b, rtol=1e-5, atol=1e-8))


def _shape_relation(expected, got, name):
    if got.ndim == 0 and expected.size == 1 and expected.ndim > 0:
        if _close(got.reshape(expected.shape), expected):
            return (f"`{name}` has the right value but as a plain number: an array of shape {expected.shape} is "
                    f"expected (np.squeeze, float() or a sum without keepdims removed its dimensions)")
    if got.size == expected.size and got.shape != expected.shape:
        if got.ndim == 2 and got.shape == expected.shape[::-1] and _close(got.T, expected):
            return f"`{name}` is the transpose of the expected value: shape {got.shape} instead of {expected.shape}"
        if _close(got.reshape(expected.shape), expected):
            lost = "lost a dimension" if got.ndim < expected.ndim else "has an extra dimension"
            return (f"`{name}` holds the right numbers but {lost}: shape {got.shape} instead of {expected.shape} "
                    f"(keepdims=True in the sum, or a reshape)")
    return None


def _factor_name(c, numbers):
    candidates = [("-1", -1.0, "the opposite sign"), ("2", 2.0, "twice"), ("1/2", 0.5, "half")]
    for label, value in numbers.items():
        if value not in (0, 1, -1):
            candidates += [(label, float(value), f"{label} = {value:g} times"),
                           (f"1/{label}", 1.0 / float(value), f"1/{label} = 1/{value:g} times")]
            if value > 0:
                candidates += [(f"sqrt({label})", np.sqrt(value), f"sqrt({label}) times")]
    candidates += [("sqrt(2)", np.sqrt(2.0), "sqrt(2) times"), ("1/sqrt(2)", np.sqrt(0.5), "1/sqrt(2) times")]
    for _, value, words in candidates:
        if _isclose(c, value, rtol=1e-6, atol=0):
            return words
    return None


def _factor_relation(expected, got, name, numbers):
    norm = float(np.vdot(expected, expected))
    if norm == 0 or not np.isfinite(norm):
        return None
    c = float(np.vdot(expected, got)) / norm
    if not np.isfinite(c) or _isclose(c, 1.0, rtol=1e-6, atol=0) or not _close(c * expected, got):
        return None
    words = _factor_name(c, numbers)
    if expected.size == 1 and not words:
        return None  # one number is always some multiple of another: only a named factor says something
    if words == "the opposite sign":
        return f"`{name}` has the opposite sign of the expected value (every entry is -1 times the right one)"
    if words:
        return f"`{name}` is {words} the expected value, entry by entry"
    return f"`{name}` is the expected value times {c:.6g}, entry by entry"


def _named_match(got, named, words):
    for label, value in named.items():
        value = _array(value)
        if value is not None and _close(got, value):
            return words.format(label=label)
    return None


def _subsampled(expected, got, name):
    if expected.ndim != 1 or got.ndim != 1 or not 0 < got.size < expected.size:
        return None
    for k in range(2, expected.size + 1):
        picked = expected[::k]
        if picked.size == got.size and _close(picked, got):
            return f"`{name}` holds one value per {k} (entries 0, {k}, {2 * k}, ...) of the {expected.size} expected"
    return None


def relation(expected, got, name, context):
    """A sentence naming the relation of ``got`` to ``expected`` (one output part), or ``None``."""
    e, g = _array(expected), _array(got)
    if e is None or g is None:
        return None
    with np.errstate(all="ignore"):
        found = (_shape_relation(e, g, name) or _subsampled(e, g, name)
                 or _named_match(g, context.other_cases, f"`{name}` is the right answer for another case, "
                                                         f"'{{label}}': does your function keep something between "
                                                         f"calls (a global, a default argument that is a list or "
                                                         f"dict, an input changed in place)?"))
        if found or g.shape != e.shape or not np.all(np.isfinite(g)):
            return found
        if g.ndim == 2 and g.shape[0] == g.shape[1] > 1 and _close(g, e.T):
            return f"`{name}` is the transpose of the expected value"
        if not np.any(g) and np.any(e):
            return f"`{name}` is all zeros"
        if e.size > 1 and np.all((e > 0) & (e < 1)) and np.any((e > 1e-3) & (e < 1 - 1e-3)) and _close(g, 1 - e):
            return f"`{name}` is 1 minus the expected value, entry by entry (a sign in an exponent?)"
        found = (_named_match(g, context.other_parts, f"`{name}` holds what `{{label}}` should hold (two outputs swapped?)")
                 or _named_match(g, context.inputs, f"`{name}` equals {{label}}, unchanged"))
        if found:
            return found
        if e.size > 1:
            found = _factor_relation(e, g, name, context.numbers)
            if found:
                return found
        for description, value in context.zeroed():
            value = _array(value)
            if value is not None and value.shape == g.shape and not _close(value, e) and _close(g, value):
                return f"`{name}` is what the formula gives with {description}: a term is missing"
        for description, value in context.defaults():
            value = _array(value)
            if value is not None and value.shape == g.shape and not _close(value, e) and _close(g, value):
                return f"`{name}` is what the formula gives with {description}: is that argument used?"
        if e.size == 1:
            return _factor_relation(e, g, name, context.numbers)
    return None


def default_inputs(reference, args, kwargs):
    """``[(description, output)]`` with each numeric argument replaced by its default (an argument ignored)."""
    import inspect

    found = []
    parameters = list(inspect.signature(reference).parameters.values())
    for i, value in enumerate(args):
        if i >= len(parameters):
            break
        default = parameters[i].default
        if not isinstance(default, float) or not is_number(value) or value == default:
            continue  # rates and strengths; an iteration count at its default would mean a long run here
        changed = list(args)
        changed[i] = default
        try:
            with np.errstate(all="ignore"):
                found.append((f"`{parameters[i].name}` = {default}, its default", reference(*changed, **dict(kwargs))))
        except Exception:  # the reference may reject the default here: then no such relation
            continue
    return found


def zeroed_inputs(reference, args, kwargs, part, parameter_names):
    """``[(description, expected part)]`` with each input, and each entry of an input dict, set to zero."""
    found = []
    for i, value in enumerate(args):
        label = parameter_names[i] if i < len(parameter_names) else f"argument {i + 1}"
        variants = []
        if isinstance(value, np.ndarray) and value.dtype.kind == "f":
            variants.append((f"`{label}` = 0", i, None, np.zeros_like(value)))
        elif is_number(value) and not isinstance(value, bool) and float(value) != 0:
            variants.append((f"`{label}` = 0", i, None, 0.0 * value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, np.ndarray) and item.dtype.kind == "f":
                    variants.append((f'`{label}["{key}"]` = 0', i, key, np.zeros_like(item)))
        for description, index, key, zero in variants:
            changed = copy.deepcopy(list(args))
            if key is None:
                changed[index] = zero
            else:
                changed[index][key] = zero
            try:
                with np.errstate(all="ignore"):
                    found.append((description, part(reference(*changed, **dict(kwargs)))))
            except Exception:  # the reference may reject a zero (a division by it): then no such relation
                continue
    return found
