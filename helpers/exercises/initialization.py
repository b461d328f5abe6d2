"""Exercises of ``04_initialization``: the lecture's three initializers, zeros, large random and He.

Each takes ``layer_dims = [n0, n1, ..., nL]`` and returns ``{"W1", "b1", ..., "WL", "bL"}`` with
``W[l]`` of shape ``(n[l], n[l-1])`` and ``b[l]`` zeros of shape ``(n[l], 1)``. The notebook's random
initializers draw from ``np.random.default_rng(seed)``, layer by layer,
``rng.standard_normal((n[l], n[l-1]))`` times the scale, as ``helpers.initialize_parameters`` does.
They are judged by their properties (shapes, zero biases, the scale measured on a layer of 10,000
weights, every layer drawn afresh), so the course's own functions, which take ``layers_dims`` only
and call ``np.random.seed(3)`` and ``np.random.randn``, pass too; the exact numbers are compared
with those of either generator.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from . import properties
from .core import Case, Exercise, Mistake, Variant
from .inputs import generator

NOTEBOOK = "04_initialization"

_DIMS = [("layer_dims [2, 10, 5, 1] (the notebook's network)", [2, 10, 5, 1]),
         ("layer_dims [3, 2, 1] (the course's check)", [3, 2, 1]),
         ("layer_dims [4, 4, 4] (two layers of one shape)", [4, 4, 4]),
         ("layer_dims [1000, 10, 1] (10,000 weights in W1, to measure their scale)", [1000, 10, 1])]


def _seeded_cases(seeds):
    return [Case(f"{name}, seed {seed}", (lambda dims=dims, seed=seed: (dims, seed)), random=True, exact=True)
            for (name, dims), seed in zip(_DIMS, seeds)]


def _course_way(name):
    return Variant(f"the course's {name}(layers_dims), drawing with np.random.randn",
                   accepts=lambda info: len(info.parameters) == 1 and not info.takes("seed"),
                   call=lambda fn, args, kwargs: fn(args[0]))


def _draws(layer_dims, seed, scale, *, transposed=False, uniform=False, random_b=False):
    """A mistaken initializer: draws like the notebook's, with one thing changed."""
    rng, parameters = generator(seed), {}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        shape = (n_prev, n) if transposed else (n, n_prev)
        parameters[f"W{l}"] = (rng.random(shape) if uniform else rng.standard_normal(shape)) * scale(n_prev, n)
        parameters[f"b{l}"] = rng.standard_normal((n, 1)) * scale(n_prev, n) if random_b else np.zeros((n, 1))
    return parameters


# ---- zeros ------------------------------------------------------------------------------------

def initialize_parameters_zeros(layer_dims):
    return h.initialize_parameters(layer_dims, "zeros")


def _zeros_transposed(layer_dims):
    return {k: (v.T if k[0] == "W" else v) for k, v in initialize_parameters_zeros(layer_dims).items()}


def _zeros_rank_one_b(layer_dims):
    return {k: (v.reshape(-1) if k[0] == "b" else v) for k, v in initialize_parameters_zeros(layer_dims).items()}


def _zeros_last_layer_missing(layer_dims):
    return initialize_parameters_zeros(layer_dims[:-1]) if len(layer_dims) > 2 else {}


ZEROS = Exercise(
    key="initialize_parameters_zeros", name="initialize_parameters_zeros", notebook=NOTEBOOK,
    reference=initialize_parameters_zeros,
    cases=[Case(name, (lambda dims=dims: (dims,))) for name, dims in _DIMS[:3]],
    outputs=("parameters",),
    mistakes=[
        Mistake("W transposed", _zeros_transposed, "W[l] has shape (n[l], n[l-1]): rows are the units of layer l"),
        Mistake("b rank-1", _zeros_rank_one_b,
                "b[l] is a column of shape (n[l], 1), not a rank-1 array of shape (n[l],)"),
        Mistake("last layer missing", _zeros_last_layer_missing,
                "the loop must run for l = 1 .. L, i.e. range(1, len(layer_dims))"),
    ],
    nudge="for every layer l = 1 .. L: W[l] zeros of shape (n[l], n[l-1]), b[l] zeros of shape (n[l], 1).")


# ---- large random -----------------------------------------------------------------------------

def initialize_parameters_random(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "random", scale=10, seed=seed)


def _ten(n_prev, n):
    return 10.0


def _random_unscaled(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "random", scale=1.0, seed=generator(seed))


def _random_uniform(layer_dims, seed=1):
    return _draws(layer_dims, seed, _ten, uniform=True)


def _random_biases(layer_dims, seed=1):
    return _draws(layer_dims, seed, _ten, random_b=True)


def _random_transposed(layer_dims, seed=1):
    return _draws(layer_dims, seed, _ten, transposed=True)


RANDOM = Exercise(
    key="initialize_parameters_random", name="initialize_parameters_random", notebook=NOTEBOOK,
    reference=initialize_parameters_random, cases=_seeded_cases([1, 3, 0, 2]),
    outputs=("parameters",), seed_argument="seed", course_seeds=(3,),
    properties=properties.initializer(_ten, "the lecture's large start, 10"),
    variants=[_course_way("initialize_parameters_random")],
    mistakes=[
        Mistake("no x10", _random_unscaled, "this start is the lecture's LARGE one: multiply the standard normal draws by 10"),
        Mistake("uniform draws", _random_uniform,
                "uniform draws from [0, 1) are all positive; draw from the standard normal distribution"),
        Mistake("biases random", _random_biases, "the biases start at zero; only the weights are drawn"),
        Mistake("W transposed", _random_transposed, "W[l] has shape (n[l], n[l-1]): rows are the units of layer l"),
    ],
    nudge="one generator from the seed; for l = 1 .. L in order, W[l] of shape (n[l], n[l-1]) is standard normal "
          "draws times 10, b[l] zeros (n[l], 1).")


# ---- He ---------------------------------------------------------------------------------------

def initialize_parameters_he(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "he", seed=seed)


def _he(n_prev, n):
    return np.sqrt(2.0 / n_prev)


def _he_xavier(layer_dims, seed=1):
    return h.initialize_parameters(layer_dims, "xavier", seed=generator(seed))


def _he_fan_out(layer_dims, seed=1):
    return _draws(layer_dims, seed, lambda n_prev, n: np.sqrt(2.0 / n))


def _he_variance(layer_dims, seed=1):
    return _draws(layer_dims, seed, lambda n_prev, n: 2.0 / n_prev)


def _he_biases(layer_dims, seed=1):
    return _draws(layer_dims, seed, _he, random_b=True)


def _he_transposed(layer_dims, seed=1):
    return _draws(layer_dims, seed, _he, transposed=True)


HE = Exercise(
    key="initialize_parameters_he", name="initialize_parameters_he", notebook=NOTEBOOK,
    reference=initialize_parameters_he, cases=_seeded_cases([1, 3, 0, 2]),
    outputs=("parameters",), seed_argument="seed", course_seeds=(3,),
    properties=properties.initializer(_he, "He's sqrt(2 / n[l-1])"),
    variants=[_course_way("initialize_parameters_he")],
    mistakes=[
        Mistake("sqrt(1/n)", _he_xavier, "sqrt(1 / n[l-1]) is Xavier's scale; He, made for ReLU, uses sqrt(2 / n[l-1])"),
        Mistake("scale from the wrong layer", _he_fan_out,
                "the scale uses the fan-in, the size of the layer BELOW: sqrt(2 / n[l-1])"),
        Mistake("variance, not std", _he_variance,
                "2 / n[l-1] is the VARIANCE; the draws are multiplied by the standard deviation, sqrt(2 / n[l-1])"),
        Mistake("biases random", _he_biases, "the biases start at zero; only the weights are drawn"),
        Mistake("W transposed", _he_transposed, "W[l] has shape (n[l], n[l-1]): rows are the units of layer l"),
    ],
    nudge="one generator from the seed; for l = 1 .. L in order, W[l] of shape (n[l], n[l-1]) is standard normal "
          "draws times the standard deviation He derived for ReLU, sqrt(2 / n[l-1]) (the fan-in); b[l] zeros.")

EXERCISES = [ZEROS, RANDOM, HE]
