"""Calling a learner's function as it was written.

The checker reads the learner's signature and code (:class:`FunctionInfo`), picks the way of writing
it belongs to (the notebook's, or one of the exercise's :class:`~helpers.exercises.core.Variant`),
gives it the names that way of writing expects (the course's helper functions, a planted backward
pass) in a copy of its globals, seeds NumPy's legacy global generator the way the course does (and
puts the learner's generator state back afterwards), and records what came back: a plain output, or
the error and the learner's line that raised it.
"""
from __future__ import annotations

import contextlib
import copy
import dis
import inspect
import io
import linecache
import os
import types
import warnings
from typing import Any, NamedTuple, Optional

import numpy as np

from .plain import plain

__all__ = ["FunctionInfo", "InputChanged", "Outcome", "call_case", "function_info", "learner_line", "mentions", "with_globals"]

_LIBRARY_DIRS = tuple(os.path.dirname(m.__file__) + os.sep for m in (np, os, inspect))
_HELPERS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


class FunctionInfo(NamedTuple):
    """What the checker reads off a learner's function before calling it."""

    fn: Any
    parameters: tuple  # names of the positional parameters, in order
    required: int  # how many of them have no default
    keywords: frozenset  # every parameter name, keyword-only ones included
    var_positional: bool
    strings: frozenset  # string constants anywhere in its code ("W3", "dW1", ...)
    names: frozenset  # global names its code refers to (functions it calls, ...)
    local_names: frozenset = frozenset()  # its local variables (activation_cache, v_corrected, ...)

    def takes(self, name):
        return name in self.keywords


def _code_constants(code):
    """String constants and GLOBAL names (not attribute names, which co_names holds as well) of ``code``."""
    strings = set()
    names = {i.argval for i in dis.get_instructions(code) if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for const in code.co_consts:
        if isinstance(const, str):
            strings.add(const)
        elif isinstance(const, types.CodeType):
            inner_strings, inner_names = _code_constants(const)
            strings |= inner_strings
            names |= inner_names
    return strings, names


def function_info(fn):
    """A :class:`FunctionInfo` of ``fn`` (builtins and callables without a signature get empty fields)."""
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return FunctionInfo(fn, (), 0, frozenset(), True, frozenset(), frozenset())
    positional = [p for p in signature.parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    code = getattr(fn, "__code__", None)
    strings, names = _code_constants(code) if code is not None else (set(), set())
    return FunctionInfo(fn, tuple(p.name for p in positional),
                        sum(p.default is p.empty for p in positional),
                        frozenset(signature.parameters),
                        any(p.kind == p.VAR_POSITIONAL for p in signature.parameters.values()),
                        frozenset(strings), frozenset(names),
                        frozenset(code.co_varnames) if code is not None else frozenset())


def mentions(*texts):
    """A ``Variant.accepts`` test: the function's code contains every string constant in ``texts``."""
    return lambda info: all(text in info.strings for text in texts)


def with_globals(fn, overrides=None, supply=None):
    """``fn`` with a copy of its globals in which ``overrides`` replace names and ``supply`` fills missing ones."""
    if not (overrides or supply) or not isinstance(fn, types.FunctionType):
        return fn
    namespace = dict(fn.__globals__)
    builtins = namespace.get("__builtins__", {})
    builtins = builtins if isinstance(builtins, dict) else vars(builtins)
    for name, value in (supply or {}).items():
        if name not in namespace and name not in builtins:
            namespace[name] = value
    namespace.update(overrides or {})
    copy_ = types.FunctionType(fn.__code__, namespace, fn.__name__, fn.__defaults__, fn.__closure__)
    copy_.__kwdefaults__ = fn.__kwdefaults__
    return copy_


class Outcome(NamedTuple):
    """What one call of the learner's function gave: a plain output, or an error and where it was raised."""

    output: Any = None
    error: Optional[BaseException] = None
    line_number: Optional[int] = None
    line: Optional[str] = None
    in_function: Optional[str] = None  # the learner's function whose line raised it


def _is_learner_file(filename):
    path = os.path.abspath(filename) if not filename.startswith("<") else filename
    return not (path.startswith(_LIBRARY_DIRS) or path.startswith(_HELPERS_DIR))


def learner_line(error):
    """``(line number, line text, function name)`` of the deepest frame of ``error`` in the learner's code."""
    found = (None, None, None)
    tb = error.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if _is_learner_file(code.co_filename):
            text = linecache.getline(code.co_filename, tb.tb_lineno).strip()
            found = (tb.tb_lineno, text or None, code.co_name)
        tb = tb.tb_next
    return found


class InputChanged(Exception):
    """The learner's function changed one of its input arrays in place."""


def _arrays(value, path, found):
    if isinstance(value, np.ndarray):
        found.append((path, value, value.copy()))
    elif isinstance(value, dict):
        for key, item in value.items():
            _arrays(item, f'{path}["{key}"]', found)
    elif isinstance(value, (list, tuple)):
        for k, item in enumerate(value):
            _arrays(item, f"{path}[{k}]", found)


def _changed(watched):
    for path, array, before in watched:
        if array.shape != before.shape or not np.array_equal(array, before, equal_nan=True):
            return path
    return None


def call_case(fn, args, kwargs, *, call=None, legacy_seed=None, names=(), may_change=()):
    """Call ``fn`` on deep copies of the case's inputs and return an :class:`Outcome`.

    ``legacy_seed``: seed NumPy's global generator first, as the course's tests do before calling
    a function that draws with ``np.random.randn`` (the learner's generator state is put back).
    ``names``: the parameters' names; an input array changed in place (``W -= ...``) is an error,
    :class:`InputChanged`, unless its parameter is in ``may_change`` (an optimizer's state).
    """
    args, kwargs = copy.deepcopy(args), copy.deepcopy(dict(kwargs))
    watched = []
    for k, value in enumerate(args):
        name = names[k] if k < len(names) else f"argument {k + 1}"
        if name not in may_change:
            _arrays(value, name, watched)
    for name, value in kwargs.items():
        if name not in may_change:
            _arrays(value, name, watched)
    state = np.random.get_state()
    try:
        if legacy_seed is not None:
            np.random.seed(legacy_seed)
        # the learner's prints and warnings stay out of the check's output (nbgrader scores any stderr as 0)
        with np.errstate(all="ignore"), warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            raw = call(fn, args, kwargs) if call is not None else fn(*args, **kwargs)
    except (Exception, SystemExit) as error:  # the learner's code: any error becomes a message
        number, text, where = learner_line(error)
        return Outcome(error=error, line_number=number, line=text, in_function=where)
    finally:
        np.random.set_state(state)
    changed = _changed(watched)
    if changed is not None:
        return Outcome(error=InputChanged(f"your function changed its input `{changed}` in place"))
    return Outcome(output=plain(raw))
