"""Exercises of ``04_initialization``: the lecture's three initializers, zeros, large random and He.

Each takes ``layer_dims = [n0, n1, ..., nL]`` and returns ``{"W1", "b1", ..., "WL", "bL"}`` with
``W[l]`` of shape ``(n[l], n[l-1])`` and ``b[l]`` zeros of shape ``(n[l], 1)``. The random ones draw
from ``np.random.default_rng(seed)``, layer by layer, ``rng.standard_normal((n[l], n[l-1]))`` times
the scale, which is what ``helpers.initialize_parameters`` does; the course draws from the legacy
global generator, so its printed weights are not comparable and no case carries published values.
"""
from __future__ import annotations

import numpy as np

from ..initializers import initialize_parameters as _h_initialize_parameters
from .core import Case, Exercise, Mistake

NOTEBOOK = "04_initialization"


def _draw(layer_dims, seed=1, *, scale=lambda n_prev, n: 1.0, transpose=False, random_b=False, uniform=False,
          last=True):
    rng = np.random.default_rng(seed)
    parameters = {}
    stop = len(layer_dims) if last else len(layer_dims) - 1
    for l in range(1, stop):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        shape = (n_prev, n) if transpose else (n, n_prev)
        W = rng.random(shape) if uniform else rng.standard_normal(shape)
        parameters[f"W{l}"] = W * scale(n_prev, n)
        parameters[f"b{l}"] = rng.standard_normal((n, 1)) * scale(n_prev, n) if random_b else np.zeros((n, 1))
    return parameters


_CASES_DIMS = [("layer_dims [2, 10, 5, 1] (the notebook's network)", [2, 10, 5, 1]),
               ("layer_dims [3, 2, 1] (the course's check)", [3, 2, 1]),
               ("layer_dims [4, 6, 3, 2]", [4, 6, 3, 2])]


def _seeded_cases(seeds):
    return [Case(f"{name}, seed {seed}", (lambda dims=dims, seed=seed: (dims, seed))) for (name, dims), seed in
            zip(_CASES_DIMS, seeds)]


# ---- zeros ------------------------------------------------------------------------------------

def initialize_parameters_zeros(layer_dims):
    return _h_initialize_parameters(layer_dims, "zeros")


def _zeros_variant(layer_dims, *, transpose=False, rank1_b=False, last=True):
    parameters = {}
    stop = len(layer_dims) if last else len(layer_dims) - 1
    for l in range(1, stop):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        parameters[f"W{l}"] = np.zeros((n_prev, n) if transpose else (n, n_prev))
        parameters[f"b{l}"] = np.zeros(n) if rank1_b else np.zeros((n, 1))
    return parameters


ZEROS = Exercise(
    name="initialize_parameters_zeros", notebook=NOTEBOOK, reference=initialize_parameters_zeros,
    cases=[Case(name, (lambda dims=dims: (dims,))) for name, dims in _CASES_DIMS],
    outputs=("parameters",),
    mistakes=[
        Mistake("W transposed", lambda d: _zeros_variant(d, transpose=True),
                "W[l] has shape (n[l], n[l-1]): np.zeros((layer_dims[l], layer_dims[l - 1]))"),
        Mistake("b rank-1", lambda d: _zeros_variant(d, rank1_b=True),
                "b[l] is a column of shape (n[l], 1): np.zeros((layer_dims[l], 1)), not np.zeros(layer_dims[l])"),
        Mistake("last layer missing", lambda d: _zeros_variant(d, last=False),
                "the loop must run for l = 1 .. L, i.e. range(1, len(layer_dims))"),
    ],
    hint="for l in range(1, len(layer_dims)): W[l] = np.zeros((layer_dims[l], layer_dims[l - 1])), "
         "b[l] = np.zeros((layer_dims[l], 1))")


# ---- large random -----------------------------------------------------------------------------

def initialize_parameters_random(layer_dims, seed=1):
    return _h_initialize_parameters(layer_dims, "random", scale=10, seed=seed)


def _ten(n_prev, n):
    return 10.0


RANDOM = Exercise(
    name="initialize_parameters_random", notebook=NOTEBOOK, reference=initialize_parameters_random,
    cases=_seeded_cases([1, 3, 0]),
    outputs=("parameters",),
    mistakes=[
        Mistake("no x10", lambda d, s=1: _draw(d, s),
                "this start is the lecture's LARGE one: multiply the standard normal draws by 10"),
        Mistake("uniform draws", lambda d, s=1: _draw(d, s, scale=_ten, uniform=True),
                "rng.random draws uniformly from [0, 1), all positive; draw from the normal distribution, "
                "rng.standard_normal((n[l], n[l-1]))"),
        Mistake("biases random", lambda d, s=1: _draw(d, s, scale=_ten, random_b=True),
                "the biases start at zero, np.zeros((n[l], 1)); only the weights are drawn"),
        Mistake("W transposed", lambda d, s=1: _draw(d, s, scale=_ten, transpose=True),
                "W[l] has shape (n[l], n[l-1]): rng.standard_normal((layer_dims[l], layer_dims[l - 1]))"),
    ],
    hint="rng = np.random.default_rng(seed); for l = 1 .. L: W[l] = rng.standard_normal((n[l], n[l-1])) * 10, "
         "b[l] = zeros (n[l], 1)")


# ---- He ---------------------------------------------------------------------------------------

def initialize_parameters_he(layer_dims, seed=1):
    return _h_initialize_parameters(layer_dims, "he", seed=seed)


def _he(n_prev, n):
    return np.sqrt(2.0 / n_prev)


HE = Exercise(
    name="initialize_parameters_he", notebook=NOTEBOOK, reference=initialize_parameters_he,
    cases=_seeded_cases([1, 3, 0]),
    outputs=("parameters",),
    mistakes=[
        Mistake("sqrt(1/n)", lambda d, s=1: _draw(d, s, scale=lambda n_prev, n: np.sqrt(1.0 / n_prev)),
                "sqrt(1 / n[l-1]) is Xavier's scale; He, made for ReLU, uses sqrt(2 / n[l-1])"),
        Mistake("scale from the wrong layer", lambda d, s=1: _draw(d, s, scale=lambda n_prev, n: np.sqrt(2.0 / n)),
                "the scale uses the fan-in, the size of the layer BELOW: sqrt(2 / layer_dims[l - 1])"),
        Mistake("variance, not std", lambda d, s=1: _draw(d, s, scale=lambda n_prev, n: 2.0 / n_prev),
                "2 / n[l-1] is the VARIANCE; the draws are multiplied by the standard deviation, sqrt(2 / n[l-1])"),
        Mistake("biases random", lambda d, s=1: _draw(d, s, scale=_he, random_b=True),
                "the biases start at zero, np.zeros((n[l], 1)); only the weights are drawn"),
        Mistake("W transposed", lambda d, s=1: _draw(d, s, scale=_he, transpose=True),
                "W[l] has shape (n[l], n[l-1]): rng.standard_normal((layer_dims[l], layer_dims[l - 1]))"),
    ],
    hint="rng = np.random.default_rng(seed); for l = 1 .. L: W[l] = rng.standard_normal((n[l], n[l-1])) "
         "* np.sqrt(2 / n[l-1]), b[l] = zeros (n[l], 1)")

EXERCISES = [ZEROS, RANDOM, HE]
