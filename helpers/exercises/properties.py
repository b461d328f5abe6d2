"""Judging random outputs by their properties, so that any generator's draws pass.

An initializer is right when its dicts have the right keys and shapes, the biases are zero, every
layer is drawn afresh, and the spread of the weights is the formula's (measured on a layer large
enough that the sampling error is small: with N draws the sample standard deviation is within
``5 / sqrt(2 N)`` of the true one except once in millions). A dropout mask is right when it keeps
about ``keep_prob`` of the units and the layer's activations are ``relu(Z) * D / keep_prob`` for the
learner's own mask. Mini-batches are right when they partition the shuffled examples, X and Y moved
by one permutation, in blocks of ``batch_size`` with a smaller last one.

Each function returns ``None`` or a :class:`~helpers.exercises.compare.Difference` whose text names
what is wrong (a measured scale next to the named scales it could be, which layer repeats another).
"""
from __future__ import annotations

import numpy as np

from .compare import Difference
from .plain import describe

__all__ = ["initializer", "mini_batches", "dropout_masks"]

_SIGMAS = 5.0


def _scale_names(n_prev, n):
    return [("sqrt(2 / n[l-1]) (He)", np.sqrt(2.0 / n_prev)), ("sqrt(1 / n[l-1]) (Xavier)", np.sqrt(1.0 / n_prev)),
            ("0.01 (the small random start)", 0.01), ("1 (no scale)", 1.0), ("10 (the large random start)", 10.0),
            ("2 / n[l-1] (a variance, not a standard deviation)", 2.0 / n_prev),
            ("sqrt(2 / n[l]) (the fan-out, not the fan-in)", np.sqrt(2.0 / n)),
            ("sqrt(2) / n[l-1]", np.sqrt(2.0) / n_prev)]


def _closest_name(measured, n_prev, n, N):
    tolerance = _SIGMAS / np.sqrt(2 * N)
    for name, value in _scale_names(n_prev, n):
        if abs(measured / value - 1) <= tolerance:
            return name
    return None


def _shapes(layer_dims, parameters):
    if not isinstance(parameters, dict):
        return Difference("parameters", "type", f"`parameters` should be a dict with keys W1, b1, ...; got "
                                                f"{describe(parameters)}", None, parameters)
    for l in range(1, len(layer_dims)):
        for key, shape in ((f"W{l}", (layer_dims[l], layer_dims[l - 1])), (f"b{l}", (layer_dims[l], 1))):
            if key not in parameters:
                return Difference("parameters", "keys", f"`parameters` has no key {key!r} (its keys: "
                                                        f"{sorted(map(str, parameters))}); layer_dims {list(layer_dims)} "
                                                        f"has {len(layer_dims) - 1} layers", None, parameters)
            value, path = parameters[key], f'parameters["{key}"]'
            if not isinstance(value, np.ndarray) or value.dtype.kind not in "biuf":
                return Difference(path, "type", f"`{path}` should be an array of shape {shape}; got {describe(value)}",
                                  None, value)
            if value.shape != shape:
                why = (": rows are the units of layer l, columns its inputs, (n[l], n[l-1])"
                       if value.shape == shape[::-1] else "")
                return Difference(path, "shape", f"`{path}` has shape {value.shape}; expected {shape}{why}", None, value)
    return None


def initializer(scale, name):
    """Properties of an initializer that draws ``W[l] ~ N(0, 1) * scale(n_prev, n)`` (``scale=None``: zeros)."""

    def properties(args, parameters):
        layer_dims = list(args[0])
        problem = _shapes(layer_dims, parameters)
        if problem:
            return problem
        for l in range(1, len(layer_dims)):
            b = parameters[f"b{l}"]
            if np.any(b != 0):
                return Difference(f'parameters["b{l}"]', "values", f'`parameters["b{l}"]` should start at zero; '
                                                                   f"it holds {np.count_nonzero(b)} non-zero values", None, b)
        weights = [np.asarray(parameters[f"W{l}"], dtype=float) for l in range(1, len(layer_dims))]
        if scale is None:
            for l, W in enumerate(weights, start=1):
                if np.any(W != 0):
                    return Difference(f'parameters["W{l}"]', "values", f'`parameters["W{l}"]` should be all zeros', None, W)
            return None
        return _draws(layer_dims, weights, scale, name)

    return properties


def _draws(layer_dims, weights, scale, name):
    for l, W in enumerate(weights, start=1):
        n_prev, n = layer_dims[l - 1], layer_dims[l]
        sigma, N = scale(n_prev, n), W.size
        if not np.all(np.isfinite(W)):
            return Difference(f'parameters["W{l}"]', "nan", f'`parameters["W{l}"]` holds non-finite values', None, W)
        if N > 1 and np.all(W == W.flat[0]):
            return Difference(f'parameters["W{l}"]', "values", f'every entry of `parameters["W{l}"]` is the same '
                                                                f"number: the weights must be drawn at random", None, W)
        if N >= 1000:
            measured = float(W.std())
            if abs(measured / sigma - 1) > _SIGMAS / np.sqrt(2 * N):
                known = _closest_name(measured, n_prev, n, N)
                what = f", which is {known}" if known else ""
                return Difference(f'parameters["W{l}"]', "scale",
                                  f'the entries of `parameters["W{l}"]` have standard deviation {measured:.4g} '
                                  f"(measured over its {N:,} draws){what}; {name} needs {sigma:.4g} for this layer",
                                  None, W)
            if abs(float(W.mean())) > _SIGMAS * sigma / np.sqrt(N):
                return Difference(f'parameters["W{l}"]', "scale",
                                  f'the entries of `parameters["W{l}"]` have mean {float(W.mean()):.4g}, not 0: they '
                                  f"should come from a normal distribution centred on 0 (rand draws from [0, 1))",
                                  None, W)
    for l in range(2, len(weights) + 1):
        for k in range(1, l):
            a = weights[k - 1].ravel() / scale(layer_dims[k - 1], layer_dims[k])
            b = weights[l - 1].ravel() / scale(layer_dims[l - 1], layer_dims[l])
            n = min(a.size, b.size)  # a generator made again gives the same first draws, whatever the shapes
            if n >= 2 and np.allclose(a[:n], b[:n]):
                return Difference(f'parameters["W{l}"]', "values",
                                  f'`parameters["W{l}"]` repeats the draws of W{k}: the generator was seeded again '
                                  f"for layer {l}; seed it once, before the loop over the layers", None, weights[l - 1])
    return None


def mini_batches(X, Y, batch_size, batches):
    """Properties of ``random_mini_batches``: a shuffled partition of the columns, X and Y together."""
    m = X.shape[1]
    if not isinstance(batches, (list, tuple)) or not all(isinstance(b, (list, tuple)) and len(b) == 2 for b in batches):
        return Difference("mini_batches", "type", f"`mini_batches` should be a list of (X_t, Y_t) pairs; got "
                                                  f"{describe(batches)}", None, batches)
    sizes = [int(np.shape(x)[1]) if np.ndim(x) == 2 else -1 for x, _ in batches]
    expected_sizes = [min(batch_size, m - k) for k in range(0, m, batch_size)]
    for t, (x, y) in enumerate(batches):
        if np.ndim(x) != 2 or np.shape(x)[0] != X.shape[0] or np.ndim(y) != 2 or np.shape(y)[0] != Y.shape[0]:
            return Difference(f"mini_batches[{t}]", "shape", f"mini-batch {t} has X_t {np.shape(x)} and Y_t "
                                                            f"{np.shape(y)}; expected ({X.shape[0]}, B) and ({Y.shape[0]}, B)",
                              None, (x, y))
    if sizes != expected_sizes:
        return Difference("mini_batches", "length", f"the mini-batches have {sizes} columns; with m = {m} and batch "
                                                    f"size {batch_size} they should have {expected_sizes}", None, batches)
    X_all = np.concatenate([np.asarray(x, dtype=float) for x, _ in batches], axis=1)
    Y_all = np.concatenate([np.asarray(y, dtype=float) for _, y in batches], axis=1)
    order = _matching_columns(X, X_all)
    if order is None:
        return Difference("mini_batches", "values", "the columns of the X_t are not the columns of X, each once: "
                                                    "shuffle whole columns (examples), X[:, permutation]", None, batches)
    if not np.array_equal(Y_all, Y[:, order]):
        return Difference("mini_batches", "values", "the labels Y_t no longer belong to their examples: X and Y "
                                                    "must be shuffled with ONE permutation", None, batches)
    if m >= 20 and np.array_equal(order, np.arange(m)):
        return Difference("mini_batches", "values", "the examples are in their original order: shuffle them first",
                          None, batches)
    return None


def _matching_columns(X, X_all):
    """The permutation p with X_all == X[:, p], or None (the columns of X are distinct in the cases)."""
    if X_all.shape != X.shape:
        return None
    lookup = {X[:, j].tobytes(): j for j in range(X.shape[1])}
    order = [lookup.get(np.ascontiguousarray(X_all[:, j]).tobytes()) for j in range(X.shape[1])]
    if None in order or len(set(order)) != len(order):
        return None
    return np.array(order)


def dropout_masks(masks, shapes, keep_prob):
    """Properties of the learner's dropout masks (0/1 or boolean arrays of the layers' shapes)."""
    total, kept = 0, 0
    for l, (D, shape) in enumerate(zip(masks, shapes), start=1):
        if not isinstance(D, np.ndarray) or D.shape != shape:
            return Difference(f"D{l}", "shape", f"the mask of hidden layer {l} should be an array of shape {shape} (one "
                                                f"entry per unit and example); got {describe(D)}", None, D)
        if not np.all((D == 0) | (D == 1)):
            return Difference(f"D{l}", "values", f"the mask of hidden layer {l} should hold only 0/1 (or False/True); "
                                                 f"compare the uniform draw with keep_prob: rand(...) < keep_prob", None, D)
        total, kept = total + D.size, kept + int(np.count_nonzero(D))
    if total >= 1000 and keep_prob < 1:
        share, spread = kept / total, np.sqrt(keep_prob * (1 - keep_prob) / total)
        if abs(share - keep_prob) > _SIGMAS * spread:
            return Difference("D", "values", f"the masks keep {share:.3f} of the units (measured over {total:,}); "
                                             f"with keep_prob = {keep_prob} they should keep about {keep_prob}: draw "
                                             f"from the uniform distribution and keep where the draw is below keep_prob",
                              None, None)
    return None
