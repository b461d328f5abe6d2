"""Parameter initialization for an L-layer network.

``layer_dims = [n0, n1, ..., nL]`` lists the units per layer, ``n0 = n_x`` being the input size.
Layer ``l`` gets ``W[l]`` of shape ``(n[l], n[l-1])`` and ``b[l]`` of shape ``(n[l], 1)``.
Introduced in ``03_deep_network``; the methods are compared in ``04_initialization``.
"""
from __future__ import annotations

import numbers

import numpy as np

from .validation import check_choice, check_real

__all__ = ["INIT_METHODS", "as_rng", "initialize_parameters"]

INIT_METHODS = ("zeros", "random", "xavier", "he")


def as_rng(seed, name="seed"):
    """Return a ``np.random.Generator`` from an int seed or an existing Generator."""
    if isinstance(seed, np.random.Generator):
        return seed
    if isinstance(seed, numbers.Integral) and not isinstance(seed, bool) and seed >= 0:
        return np.random.default_rng(int(seed))
    raise TypeError(f"`{name}` must be a non-negative int or a np.random.Generator; got {seed!r}")


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


def initialize_parameters(layer_dims, method="he", *, scale=0.01, seed=0, batch_norm=False):
    """Create ``{"W1", "b1", ..., "WL", "bL"}`` for the sizes in ``layer_dims``.

    Parameters
    ----------
    layer_dims : list of int, length L + 1
        ``[n_x, n1, ..., nL]``, every entry >= 1.
    method : {"zeros", "random", "xavier", "he"}, default "he"
        How the weights are drawn (biases always start at zero):

        - ``"zeros"``: all weights 0 (breaks nothing but symmetry: every unit stays identical);
        - ``"random"``: ``N(0, 1) * scale``, the course's ``np.random.randn(...) * 0.01``;
        - ``"xavier"``: ``N(0, 1) * sqrt(1 / n[l-1])``, suited to tanh;
        - ``"he"``: ``N(0, 1) * sqrt(2 / n[l-1])``, suited to ReLU (He et al., 2015).
    scale : float > 0, default 0.01
        Multiplier for ``method="random"`` only (``04_initialization`` uses 10 to show
        exploding activations).
    seed : int >= 0 or np.random.Generator, default 0
        Source of randomness; the same seed gives the same parameters.
    batch_norm : bool, default False
        Batch-normalize every hidden layer (``09_batch_norm_and_tuning``): those layers get
        ``gamma{l}`` (ones) and ``beta{l}`` (zeros) of shape ``(n[l], 1)`` and no ``b{l}``,
        since ``beta`` replaces the bias. The output layer keeps its bias.

    Returns
    -------
    parameters : dict of float64 arrays
        ``W{l}`` of shape ``(n[l], n[l-1])`` and ``b{l}`` of shape ``(n[l], 1)``.
    """
    dims = check_layer_dims(layer_dims)
    check_choice("method", method, INIT_METHODS)
    scale = check_real("scale", scale, low=0, low_open=True)
    rng = as_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        shape = (dims[l], dims[l - 1])
        if method == "zeros":
            W = np.zeros(shape)
        else:
            factor = {"random": scale, "xavier": np.sqrt(1.0 / dims[l - 1]), "he": np.sqrt(2.0 / dims[l - 1])}[method]
            W = rng.standard_normal(shape) * factor
        parameters[f"W{l}"] = W
        if batch_norm and l < len(dims) - 1:
            parameters[f"gamma{l}"] = np.ones((dims[l], 1))
            parameters[f"beta{l}"] = np.zeros((dims[l], 1))
        else:
            parameters[f"b{l}"] = np.zeros((dims[l], 1))
    return parameters
