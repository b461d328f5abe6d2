"""Argument checks shared by every public entry point.

All messages follow one form, naming the argument, what was expected and what was received::

    `keep_prob` must be in (0, 1]; got 1.5

so that a learner's mistake is reported at the call they wrote, never as a NumPy broadcasting
error from deep inside a helper.
"""
from __future__ import annotations

import numbers

import numpy as np

__all__ = [
    "SettingError",
    "TrainingDiverged",
    "as_rng",
    "check_array",
    "check_choice",
    "check_int",
    "check_labels",
    "check_layer_dims",
    "check_parameters",
    "check_probabilities",
    "check_real",
    "layer_count",
]


class SettingError(ValueError):
    """A combination of settings an experiment cannot run (an explore panel raises it).

    A slider panel shows it as its status line ("cannot run this setting: ...") instead of a
    picture. Only this and :class:`TrainingDiverged` are shown that way: any other error in a
    panel is a bug and shows as a traceback.
    """


class TrainingDiverged(FloatingPointError):
    """Raised when the cost becomes nan or inf during training.

    The message names the iteration and suggests a smaller learning rate; widgets show it in
    their status line instead of a traceback.
    """

    def __init__(self, iteration, cost, learning_rate=None):
        self.iteration = iteration
        self.cost = cost
        self.learning_rate = learning_rate
        hint = "try a smaller learning rate"
        if learning_rate is not None:
            hint += f" (it was {learning_rate:g})"
        super().__init__(f"training diverged at iteration {iteration}: cost is {cost}; {hint}")


def _describe(value):
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check_real(name, value, *, low=None, high=None, low_open=False, high_open=False):
    """Return ``value`` as a float after checking that it is a finite real number in range.

    The range is written in interval notation in the message: ``(0, 1]`` for
    ``low=0, low_open=True, high=1``.
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"`{name}` must be a real number; got {_describe(value)}")
    value = float(value)
    left = "(" if low_open or low is None else "["
    right = ")" if high_open or high is None else "]"
    interval = f"{left}{'-inf' if low is None else f'{low:g}'}, {'inf' if high is None else f'{high:g}'}{right}"
    ok = np.isfinite(value)
    if ok and low is not None:
        ok = value > low if low_open else value >= low
    if ok and high is not None:
        ok = value < high if high_open else value <= high
    if not ok:
        raise ValueError(f"`{name}` must be in {interval}; got {value:g}")
    return value


def check_int(name, value, *, low=None, high=None):
    """Return ``value`` as an int after checking that it is an integer in ``[low, high]``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"`{name}` must be an integer; got {_describe(value)}")
    value = int(value)
    if (low is not None and value < low) or (high is not None and value > high):
        lo = "-inf" if low is None else low
        hi = "inf" if high is None else high
        raise ValueError(f"`{name}` must be an integer in [{lo}, {hi}]; got {value}")
    return value


def check_choice(name, value, choices):
    """Check that ``value`` is one of ``choices`` (strings) and return it."""
    if value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise ValueError(f"`{name}` must be one of {listed}; got {_describe(value)}")
    return value


def check_array(name, value, *, ndim=2, rows=None, finite=True):
    """Return ``value`` as a floating NumPy array with ``ndim`` dimensions.

    Integer and boolean input is converted to float64; float32 is kept. ``rows`` checks the
    first dimension. ``finite=True`` rejects nan and inf.
    """
    if not isinstance(value, np.ndarray):
        try:
            value = np.asarray(value)
        except Exception as exc:  # ragged lists and the like
            raise TypeError(f"`{name}` must be a NumPy array; got {_describe(value)}") from exc
    if value.dtype.kind not in "biuf":
        raise TypeError(f"`{name}` must hold numbers; got an array of dtype {value.dtype}")
    if value.dtype.kind != "f":
        value = value.astype(np.float64)
    if value.ndim != ndim:
        raise ValueError(f"`{name}` must be a {ndim}-D array; got shape {value.shape}")
    if rows is not None and value.shape[0] != rows:
        raise ValueError(f"`{name}` must have {rows} rows; got shape {value.shape}")
    if finite and not np.isfinite(value).all():
        raise ValueError(f"`{name}` must contain only finite numbers; got nan or inf")
    return value


def check_labels(name, Y, m, *, classes=None):
    """Check binary labels ``(1, m)`` or one-hot labels ``(C, m)``; return them as float.

    ``classes`` is the number of rows expected (1 for binary, C for one-hot), when known.
    """
    Y = check_array(name, Y, ndim=2)
    if Y.shape[1] != m:
        raise ValueError(f"`{name}` has {Y.shape[1]} columns but there are {m} examples; got shape {Y.shape}")
    if classes is not None and Y.shape[0] != classes:
        raise ValueError(f"`{name}` must have {classes} rows to match the output layer; got shape {Y.shape}")
    if Y.shape[0] == 1:
        if not np.all((Y == 0) | (Y == 1)):
            raise ValueError(f"`{name}` must contain only 0 and 1 for binary labels; got other values")
    elif not (np.all((Y == 0) | (Y == 1)) and np.all(Y.sum(axis=0) == 1)):
        raise ValueError(
            f"`{name}` with {Y.shape[0]} rows must be one-hot (one 1 per column); got other values"
        )
    return Y


def layer_count(parameters):
    """Return L, the number of layers, from a parameter dict ``{"W1", "b1", ..., "WL", "bL"}``."""
    if not isinstance(parameters, dict):
        raise TypeError(f"`parameters` must be a dict of W1, b1, ...; got {_describe(parameters)}")
    L = 0
    while f"W{L + 1}" in parameters:
        L += 1
    if L == 0:
        raise ValueError("`parameters` must contain W1, b1, ...; got keys " + repr(sorted(parameters)))
    return L


def check_parameters(parameters, n_x=None):
    """Check a parameter dict for missing keys and inconsistent shapes; return L.

    ``n_x`` is the number of input features, when known, checked against ``W1``.
    """
    L = layer_count(parameters)
    n_prev = None
    for l in range(1, L + 1):
        batch_norm = f"gamma{l}" in parameters or f"beta{l}" in parameters
        keys = (f"W{l}", f"gamma{l}", f"beta{l}") if batch_norm else (f"W{l}", f"b{l}")
        for key in keys:
            if key not in parameters:
                raise ValueError(f"`parameters` is missing {key!r} (it has W1 ... W{L})")
            if not isinstance(parameters[key], np.ndarray) or parameters[key].ndim != 2:
                raise ValueError(f"`parameters[{key!r}]` must be a 2-D array; got {_describe(parameters[key])}")
            if not np.isfinite(parameters[key]).all():
                raise ValueError(f"`parameters[{key!r}]` must contain only finite numbers; got nan or inf")
        W = parameters[f"W{l}"]
        for key in keys[1:]:
            if parameters[key].shape != (W.shape[0], 1):
                raise ValueError(f"`parameters[{key!r}]` must have shape {(W.shape[0], 1)} to match W{l}; got {parameters[key].shape}")
        if n_prev is not None and W.shape[1] != n_prev:
            raise ValueError(
                f"`parameters[{'W%d' % l!r}]` must have {n_prev} columns (rows of W{l - 1}); got shape {W.shape}"
            )
        n_prev = W.shape[0]
    if n_x is not None and parameters["W1"].shape[1] != n_x:
        raise ValueError(
            f"X has {n_x} rows but W1 expects {parameters['W1'].shape[1]} (layer_dims[0])"
        )
    return L


def as_rng(seed, name="seed"):
    """Return a generator from an int seed, an existing ``np.random.Generator`` or a ``np.random.RandomState``.

    A ``RandomState`` is NumPy's legacy generator, the one the course seeds with ``np.random.seed``:
    its ``standard_normal``, ``random`` and ``permutation`` give the numbers of the course's
    ``np.random.randn``, ``np.random.rand`` and ``np.random.permutation``, so
    ``initialize_parameters([3, 2, 1], "he", seed=np.random.RandomState(3))`` reproduces the course's
    printed weights.
    """
    if isinstance(seed, (np.random.Generator, np.random.RandomState)):
        return seed
    if isinstance(seed, numbers.Integral) and not isinstance(seed, bool) and seed >= 0:
        return np.random.default_rng(int(seed))
    raise TypeError(f"`{name}` must be a non-negative int, a np.random.Generator or a np.random.RandomState; "
                    f"got {seed!r}")


def check_layer_dims(layer_dims):
    """Return ``layer_dims`` as a list of positive ints with at least two entries."""
    if isinstance(layer_dims, (str, bytes)) or not hasattr(layer_dims, "__len__"):
        raise TypeError(f"`layer_dims` must be a list of layer sizes like [2, 4, 1]; got {layer_dims!r}")
    dims = list(layer_dims)
    if len(dims) < 2:
        raise ValueError(f"`layer_dims` must list at least the input and output sizes; got {dims!r}")
    for n in dims:
        if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 1:
            raise ValueError(f"`layer_dims` must contain positive integers; got {dims!r}")
    return [int(n) for n in dims]


def check_probabilities(name, A):
    """Check that ``A`` holds probabilities: values in [0, 1] and, with several rows, columns summing to 1.

    The usual slip is to pass the logits ``Z[L]`` (or a network's raw output) where ``A[L]`` is
    expected; the message says so.
    """
    low, high = float(A.min(initial=0.0)), float(A.max(initial=0.0))
    if not (np.isfinite(low) and np.isfinite(high)):
        raise ValueError(f"`{name}` must contain only finite numbers; got nan or inf")
    if low < 0.0 or high > 1.0:
        raise ValueError(f"`{name}` must hold probabilities in [0, 1] (the output of sigmoid or softmax); "
                         f"got values from {low:.4g} to {high:.4g}. Logits Z[L] go to cost_from_logits instead")
    if A.shape[0] > 1 and A.shape[1] and not np.allclose(A.sum(axis=0), 1.0, rtol=0, atol=1e-6):
        worst = float(np.abs(A.sum(axis=0) - 1.0).max())
        raise ValueError(f"`{name}` with {A.shape[0]} rows must have columns summing to 1 (a softmax output); "
                         f"got a column sum off by {worst:.3g}")
