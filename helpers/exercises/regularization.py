"""Exercises of ``05_regularization``: the L2 term, its cost and gradient, inverted dropout.

Keys are the course's function names (``compute_cost_with_regularization``, ...); the functions
are the notebook's (``cost_with_l2``, ...), written for any number of layers. Dropout masks are
drawn as ``rng.random(Z.shape) < keep_prob``, hidden layer by hidden layer, from the generator the
case passes, so a correct implementation is deterministic. The published cost is the course's
check value, whose inputs ``np.random.RandomState(1)`` rebuilds exactly.
"""
from __future__ import annotations

import numpy as np

from ..layers import LayerCache as _LayerCache
from ..layers import model_backward as _h_model_backward
from ..layers import model_forward as _h_model_forward
from ..losses import compute_cost as _h_compute_cost
from ..losses import l2_penalty as _h_l2_penalty
from .core import Case, Exercise, Mistake, course_randn

NOTEBOOK = "05_regularization"


def _random_network(seed, dims, m, bias=0.5):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = bias * rng.standard_normal((dims[l], 1))
    return rng.standard_normal((dims[0], m)), parameters


def _course_cost_inputs():
    W1, b1, W2, b2, W3, b3 = course_randn(1, (2, 3), (2, 1), (3, 2), (3, 1), (1, 3), (1, 1))
    AL = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    Y = np.array([[1, 1, 0, 1, 0]])
    return AL, Y, {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}, 0.1


# ---- l2_cost_term -----------------------------------------------------------------------------

def l2_cost_term(parameters, lambd, m):
    return _h_l2_penalty(parameters, lambd, m)


def _l2_variant(parameters, lambd, m, *, factor=lambda lambd, m: lambd / (2 * m), keys="W", power=2):
    total = sum(np.sum(value ** 2) for key, value in parameters.items() if key[0] in keys)
    return factor(lambd, m) * (total if power == 2 else np.sqrt(total))


def _l2_inputs(seed, dims, lambd, m):
    return _random_network(seed, dims, 1)[1], lambd, m


L2_TERM = Exercise(
    name="l2_cost_term", notebook=NOTEBOOK, reference=l2_cost_term,
    cases=[Case("course check network (RandomState(1)), lambda 0.1, m 5", lambda: _course_cost_inputs()[2:] + (5,)),
           Case("random [4, 3, 2, 1], lambda 0.7, m 200", lambda: _l2_inputs(51, [4, 3, 2, 1], 0.7, 200)),
           Case("random [2, 5, 1], lambda 2, m 8", lambda: _l2_inputs(52, [2, 5, 1], 2.0, 8))],
    outputs=("L2 term",),
    mistakes=[
        Mistake("no 1/(2m)", lambda p, lambd, m: _l2_variant(p, lambd, m, factor=lambda lambd, m: lambd),
                "the sum of squares is scaled by lambda / (2 m), not by lambda alone"),
        Mistake("1/m", lambda p, lambd, m: _l2_variant(p, lambd, m, factor=lambda lambd, m: lambd / m),
                "the factor is lambda / (2 m): the 2 makes its derivative come out as (lambda / m) W"),
        Mistake("biases penalized", lambda p, lambd, m: _l2_variant(p, lambd, m, keys="Wb"),
                "only the weight matrices W1 .. WL are penalized; leave the biases b1 .. bL out of the sum"),
        Mistake("norm not squared", lambda p, lambd, m: _l2_variant(p, lambd, m, power=1),
                "the term uses the SQUARED Frobenius norm: the sum of the squares of all entries, "
                "np.sum(W ** 2), with no square root"),
    ],
    hint="lambd / (2 * m) * (np.sum(W1 ** 2) + ... + np.sum(WL ** 2)), with L = len(parameters) // 2")


# ---- compute_cost_with_regularization ---------------------------------------------------------

def cost_with_l2(AL, Y, parameters, lambd):
    return _h_compute_cost(AL, Y, parameters=parameters, lambd=lambd)


def _cost_variant(AL, Y, parameters, lambd, *, m=None, l2=True, mean=True):
    m_true = Y.shape[1]
    terms = np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cross_entropy = -terms / m_true if mean else -terms
    return float(cross_entropy + (_h_l2_penalty(parameters, lambd, m or m_true) if l2 else 0.0))


def _cost_inputs(seed, dims, m, lambd):
    rng = np.random.default_rng(seed)
    parameters = _random_network(seed, dims, 1)[1]
    return rng.uniform(0.05, 0.95, (1, m)), (rng.random((1, m)) < 0.5).astype(float), parameters, lambd


COST = Exercise(
    name="cost_with_l2", course_name="compute_cost_with_regularization", key="compute_cost_with_regularization",
    notebook=NOTEBOOK, reference=cost_with_l2,
    cases=[Case("course check values (RandomState(1)), lambda 0.1", _course_cost_inputs,
                published={"cost": 1.78648594516}, published_atol=5e-11),
           Case("random [3, 4, 1], m 10, lambda 0.7", lambda: _cost_inputs(53, [3, 4, 1], 10, 0.7)),
           Case("random [2, 3, 3, 1], m 7, lambda 3", lambda: _cost_inputs(54, [2, 3, 3, 1], 7, 3.0))],
    outputs=("cost",),
    mistakes=[
        Mistake("L2 term left out", lambda AL, Y, p, lambd: _cost_variant(AL, Y, p, lambd, l2=False),
                "add the L2 term, l2_cost_term(parameters, lambd, m), to the cross-entropy"),
        Mistake("m from the wrong axis", lambda AL, Y, p, lambd: _cost_variant(AL, Y, p, lambd, m=Y.shape[0]),
                "m is the number of examples, the columns of Y: m = Y.shape[1] (Y.shape[0] is 1)"),
        Mistake("cross-entropy summed", lambda AL, Y, p, lambd: _cost_variant(AL, Y, p, lambd, mean=False),
                "the cross-entropy is a mean over the m examples: divide its sum by m"),
    ],
    hint="-(1/m) sum(Y log(AL) + (1 - Y) log(1 - AL)) + l2_cost_term(parameters, lambd, m), m = Y.shape[1]")


# ---- backward_propagation_with_regularization -------------------------------------------------

def add_l2_gradients(grads, parameters, lambd, m):
    out = dict(grads)
    for l in range(1, len(parameters) // 2 + 1):
        out[f"dW{l}"] = grads[f"dW{l}"] + (lambd / m) * parameters[f"W{l}"]
    return out


def _grad_variant(grads, parameters, lambd, m, *, factor=lambda lambd, m: lambd / m, biases=False):
    out = dict(grads)
    for l in range(1, len(parameters) // 2 + 1):
        out[f"dW{l}"] = grads[f"dW{l}"] + factor(lambd, m) * parameters[f"W{l}"]
        if biases:
            out[f"db{l}"] = grads[f"db{l}"] + factor(lambd, m) * parameters[f"b{l}"]
    return out


def _grad_inputs(seed, dims, lambd, m):
    X, parameters = _random_network(seed, dims, m)
    Y = (np.random.default_rng(seed + 1).random((1, m)) < 0.5).astype(float)
    AL, caches = _h_model_forward(X, parameters)
    return _h_model_backward(AL, Y, caches), parameters, lambd, m


GRADIENT = Exercise(
    name="add_l2_gradients", course_name="backward_propagation_with_regularization",
    key="backward_propagation_with_regularization", notebook=NOTEBOOK, reference=add_l2_gradients,
    cases=[Case("random [3, 4, 2, 1], m 5, lambda 0.7", lambda: _grad_inputs(55, [3, 4, 2, 1], 0.7, 5)),
           Case("random [2, 3, 1], m 6, lambda 2", lambda: _grad_inputs(56, [2, 3, 1], 2.0, 6))],
    outputs=("grads",),
    mistakes=[
        Mistake("term missing", lambda g, p, lambd, m: dict(g),
                "add (lambd / m) * W[l] to every dW[l]: the derivative of the L2 term of the cost"),
        Mistake("1/(2m)", lambda g, p, lambd, m: _grad_variant(g, p, lambd, m, factor=lambda lambd, m: lambd / (2 * m)),
                "the derivative of (lambda / (2m)) ||W||^2 is (lambda / m) W: the 2 of the square cancels the 1/2"),
        Mistake("no 1/m", lambda g, p, lambd, m: _grad_variant(g, p, lambd, m, factor=lambda lambd, m: lambd),
                "the added term is (lambd / m) * W[l], with the 1/m"),
        Mistake("biases regularized", lambda g, p, lambd, m: _grad_variant(g, p, lambd, m, biases=True),
                "the biases are not in the L2 term, so db[l] stays as back-propagation gave it"),
    ],
    hint="copy grads, then for l = 1 .. L: dW[l] = dW[l] + (lambd / m) * W[l]; leave db[l] alone")


# ---- forward_propagation_with_dropout ---------------------------------------------------------

def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if masks is not None or keep_prob == 1:  # helpers draws no mask at keep_prob 1; the notebook draws all-True ones
        return _forward_variant(X, parameters, keep_prob, rng, masks)
    AL, caches = _h_model_forward(X, parameters, keep_prob=keep_prob, rng=rng)
    return AL, [(c.A_prev, c.W, c.Z, c.mask) for c in caches]


def _forward_variant(X, parameters, keep_prob, rng=None, masks=None, *, draw="uniform", scale=True, output=False):
    L = len(parameters) // 2
    A, cache = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        if l == L and not output:
            cache.append((A, W, Z, None))
            return 1 / (1 + np.exp(-Z)), cache
        if masks is not None:
            D = masks[l - 1]
        elif draw == "uniform":
            D = rng.random(Z.shape) < keep_prob
        elif draw == "normal":
            D = rng.standard_normal(Z.shape) < keep_prob
        else:
            D = rng.random(Z.shape) > keep_prob
        cache.append((A, W, Z, D))
        A = (1 / (1 + np.exp(-Z)) if l == L else np.maximum(Z, 0)) * D
        if scale:
            A = A / keep_prob
    return A, cache


def _dropout_inputs(seed, dims, m, keep_prob):
    X, parameters = _random_network(seed, dims, m)
    return X, parameters, keep_prob, np.random.default_rng(seed)


FORWARD = Exercise(
    name="forward_with_dropout", course_name="forward_propagation_with_dropout",
    key="forward_propagation_with_dropout", notebook=NOTEBOOK, reference=forward_with_dropout,
    cases=[Case("random [3, 5, 4, 1], m 6, keep_prob 0.7", lambda: _dropout_inputs(57, [3, 5, 4, 1], 6, 0.7)),
           Case("random [2, 8, 1], m 10, keep_prob 0.5", lambda: _dropout_inputs(58, [2, 8, 1], 10, 0.5)),
           Case("keep_prob 1 (no unit dropped)", lambda: _dropout_inputs(59, [3, 4, 3, 1], 5, 1.0))],
    outputs=("AL", "cache"),
    mistakes=[
        Mistake("mask drawn with randn", lambda X, p, kp, rng=None, masks=None: _forward_variant(X, p, kp, rng, draw="normal"),
                "draw the mask from the UNIFORM distribution, rng.random(Z.shape) < keep_prob; a normal draw "
                "(randn / standard_normal) keeps the wrong fraction of units"),
        Mistake("mask > keep_prob", lambda X, p, kp, rng=None, masks=None: _forward_variant(X, p, kp, rng, draw="above"),
                "a unit is KEPT with probability keep_prob: D = rng.random(Z.shape) < keep_prob (with > you keep "
                "only 1 - keep_prob of them)"),
        Mistake("not rescaled", lambda X, p, kp, rng=None, masks=None: _forward_variant(X, p, kp, rng, scale=False),
                "inverted dropout divides the masked activations by keep_prob, so that their expected value stays A"),
        Mistake("dropout on the output layer", lambda X, p, kp, rng=None, masks=None: _forward_variant(X, p, kp, rng, output=True),
                "dropout applies to the hidden layers only: the output layer's sigmoid is returned as it is, "
                "with D = None in its cache"),
    ],
    hint="for each hidden layer l = 1 .. L-1: Z = W A + b, D = rng.random(Z.shape) < keep_prob, "
         "A = relu(Z) * D / keep_prob; then the output layer without dropout; cache (A_prev, W, Z, D) per layer")


# ---- backward_propagation_with_dropout --------------------------------------------------------

def backward_with_dropout(AL, Y, cache, keep_prob):
    L = len(cache)
    caches = [_LayerCache(A_prev, W, None, Z, "sigmoid" if l == L else "relu", mask=D, keep_prob=keep_prob)
              for l, (A_prev, W, Z, D) in enumerate(cache, start=1)]
    return _h_model_backward(AL, Y, caches)


def _backward_variant(AL, Y, cache, keep_prob, *, use_mask=True, rescale=True, mean=True):
    m = Y.shape[1]
    grads, dZ = {}, AL - Y
    for l in range(len(cache), 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        if l < len(cache):
            dA_l = dA * D if use_mask else dA
            dZ = (dA_l / keep_prob if rescale else dA_l) * (Z > 0)
        grads[f"dW{l}"] = dZ @ A_prev.T / (m if mean else 1)
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / m
        dA = W.T @ dZ
    return grads


def _backward_inputs(seed, dims, m, keep_prob):
    X, parameters, keep_prob, rng = _dropout_inputs(seed, dims, m, keep_prob)
    AL, cache = forward_with_dropout(X, parameters, keep_prob, rng)
    Y = (np.random.default_rng(seed + 1).random((1, m)) < 0.5).astype(float)
    return AL, Y, cache, keep_prob


BACKWARD = Exercise(
    name="backward_with_dropout", course_name="backward_propagation_with_dropout",
    key="backward_propagation_with_dropout", notebook=NOTEBOOK, reference=backward_with_dropout,
    cases=[Case("random [3, 5, 4, 1], m 6, keep_prob 0.7", lambda: _backward_inputs(57, [3, 5, 4, 1], 6, 0.7)),
           Case("random [2, 8, 1], m 10, keep_prob 0.5", lambda: _backward_inputs(58, [2, 8, 1], 10, 0.5))],
    outputs=("grads",),
    mistakes=[
        Mistake("mask not reused", lambda AL, Y, c, kp: _backward_variant(AL, Y, c, kp, use_mask=False, rescale=False),
                "backward, apply the forward pass's mask and scale to dA: dA = dA * D / keep_prob, with the D "
                "stored in the cache (a dropped unit passes no gradient back)"),
        Mistake("not rescaled", lambda AL, Y, c, kp: _backward_variant(AL, Y, c, kp, rescale=False),
                "after masking, divide dA by keep_prob, as the forward pass divided A"),
        Mistake("scaled but not masked", lambda AL, Y, c, kp: _backward_variant(AL, Y, c, kp, use_mask=False),
                "dividing by keep_prob is not enough: multiply dA by the same mask D first, so that dropped "
                "units get no gradient"),
        Mistake("dW without 1/m", lambda AL, Y, c, kp: _backward_variant(AL, Y, c, kp, mean=False),
                "dW[l] = dZ[l] A[l-1]^T / m: divide by m"),
    ],
    hint="dZ = AL - Y at the output; for a hidden layer dA = W[l+1]^T dZ[l+1], then dA * D / keep_prob, "
         "then dZ = dA * (Z > 0); dW = dZ A_prev^T / m, db = sum(dZ, axis=1, keepdims=True) / m")

EXERCISES = [L2_TERM, COST, GRADIENT, FORWARD, BACKWARD]
