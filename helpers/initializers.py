"""Parameter initialization for an L-layer network.

``layer_dims = [n0, n1, ..., nL]`` lists the units per layer, ``n0 = n_x`` being the input size.
Layer ``l`` gets ``W[l]`` of shape ``(n[l], n[l-1])`` and ``b[l]`` of shape ``(n[l], 1)``.
Introduced in ``03_deep_network``; the methods are compared in ``04_initialization``.
"""
from __future__ import annotations

import numpy as np

from .validation import as_rng, check_choice, check_int, check_layer_dims, check_real

__all__ = ["INIT_METHODS", "initialize_parameters", "stack_dims"]

INIT_METHODS = ("zeros", "random", "xavier", "he")


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


def stack_dims(n_x, units, depth, n_y=1):
    """``[n_x, units, ..., units, n_y]`` with ``depth`` hidden layers of ``units`` units each.

    ``depth = 0`` gives ``[n_x, n_y]``, a model without hidden layers (logistic or softmax
    regression). The panels of notebooks 03, 04 and 08 build their networks with it.
    """
    depth = check_int("depth", depth, low=0)
    units = check_int("units", units, low=1)
    return check_layer_dims([n_x] + [units] * depth + [n_y])
