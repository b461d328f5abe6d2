"""Forward and backward propagation through an L-layer network, in the course's notation.

Shapes (``m`` examples in columns)::

    A[0] = X                         (n[0], m)
    Z[l] = W[l] A[l-1] + b[l]        (n[l], m)     W[l]: (n[l], n[l-1]),  b[l]: (n[l], 1)
    A[l] = g[l](Z[l])                (n[l], m)

and backward, for one layer, given dZ[l]::

    dW[l]     = (1/m) dZ[l] A[l-1]^T          (n[l], n[l-1])
    db[l]     = (1/m) sum over columns dZ[l]  (n[l], 1)
    dA[l-1]   = W[l]^T dZ[l]                  (n[l-1], m)
    dZ[l-1]   = dA[l-1] * g'[l-1](Z[l-1])

Every forward function returns ``(output, cache)`` and its backward twin takes the cache. A layer's
cache is a :class:`LayerCache` with named fields (``cache.A_prev``, ``cache.W``, ``cache.Z``, ...).

The module is built in two parts. The private core (``_forward``, ``_backward``,
``_linear_backward``) is the lecture's equations and nothing else; it trusts its arguments. The
public functions check their arguments fully, with messages that name the argument, and then call
the core. :func:`helpers.train` validates its arguments once and calls the core directly.

Built step by step in ``03_deep_network``; dropout in ``05_regularization``; batch norm in
``09_batch_norm_and_tuning``.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

import numpy as np

from .activations import ACTIVATIONS, LEAKY_SLOPE, activation as get_activation
from .batchnorm import BatchNormCache, BatchNormStats, _batchnorm_backward, _batchnorm_forward
from .validation import (
    as_rng,
    check_array,
    check_choice,
    check_labels,
    check_parameters,
    check_probabilities,
    check_real,
)

__all__ = [
    "HIDDEN_ACTIVATIONS",
    "LayerCache",
    "LinearCache",
    "OUTPUT_ACTIVATIONS",
    "linear_activation_backward",
    "linear_activation_forward",
    "linear_backward",
    "linear_forward",
    "model_backward",
    "model_forward",
    "predict",
    "predict_proba",
]

HIDDEN_ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky_relu", "linear")
OUTPUT_ACTIVATIONS = ("sigmoid", "softmax")


class LinearCache(NamedTuple):
    """What :func:`linear_forward` keeps for :func:`linear_backward`: the course's ``(A_prev, W, b)``."""

    A_prev: np.ndarray  # (n[l-1], m)
    W: np.ndarray  # (n[l], n[l-1])
    b: Optional[np.ndarray]  # (n[l], 1); None in a batch-normalized layer (beta replaces it)


class LayerCache(NamedTuple):
    """What layer ``l`` keeps from the forward pass for its backward pass."""

    A_prev: np.ndarray  # A[l-1], the layer's input, (n[l-1], m)
    W: np.ndarray  # W[l], (n[l], n[l-1])
    b: Optional[np.ndarray]  # b[l], (n[l], 1); None with batch norm
    Z: np.ndarray  # Z[l] (with batch norm: gamma Z_norm + beta), (n[l], m)
    activation: str = "linear"  # the name of g[l]
    leaky_slope: float = LEAKY_SLOPE  # used by "leaky_relu" only
    mask: Optional[np.ndarray] = None  # dropout mask D[l] (True = kept), hidden layers only
    keep_prob: float = 1.0
    bn: Optional[BatchNormCache] = None  # batch-norm fields, see helpers.batchnorm

    @property
    def linear(self):
        """The linear part's cache, ``LinearCache(A_prev, W, b)``."""
        return LinearCache(A_prev=self.A_prev, W=self.W, b=self.b)


# ---- the core: the lecture's equations, unchecked -----------------------------------------------

def _linear_backward(dZ, A_prev, W, need_dA_prev=True):
    m = A_prev.shape[1]
    dW = (dZ @ A_prev.T) / m
    db = dZ.sum(axis=1, keepdims=True) / m
    dA_prev = W.T @ dZ if need_dA_prev else None
    return dA_prev, dW, db


def _forward(X, parameters, L, g, output, keep_prob=1.0, rng=None, bn_stats=None, bn_mode="train"):
    """``[LINEAR -> g] x (L-1) -> LINEAR -> output``; returns ``(AL, caches)``."""
    caches = []
    A = X
    for l in range(1, L + 1):
        W = parameters[f"W{l}"]
        gl = g if l < L else output
        b, bn = parameters.get(f"b{l}"), None
        if b is not None:
            Z = W @ A + b
        else:  # batch norm: no bias, beta shifts instead
            Z, bn = _batchnorm_layer(l, W @ A, parameters, bn_stats, bn_mode)
        A_next = gl.forward(Z)
        mask = None
        if l < L and keep_prob < 1.0:  # inverted dropout: keep with probability keep_prob, rescale
            mask = rng.random(A_next.shape) < keep_prob
            A_next = A_next * mask / keep_prob
        caches.append(LayerCache(A_prev=A, W=W, b=b, Z=Z, activation=gl.name, leaky_slope=gl.leaky_slope,
                                 mask=mask, keep_prob=keep_prob, bn=bn))
        A = A_next
    return A, caches


def _batchnorm_layer(l, Z, parameters, bn_stats, bn_mode):
    gamma, beta = parameters[f"gamma{l}"], parameters[f"beta{l}"]
    epsilon = 1e-8 if bn_stats is None else bn_stats.epsilon
    if bn_mode == "test":
        return _batchnorm_forward(Z, gamma, beta, epsilon, bn_stats.mean[l], bn_stats.var[l])
    Z_tilde, cache = _batchnorm_forward(Z, gamma, beta, epsilon)
    if bn_stats is not None:
        bn_stats.update(l, cache.mu, cache.var)
    return Z_tilde, cache


def _backward(AL, Y, caches, g, lambd=0.0, return_dA=False):
    """Gradients of the cross-entropy (plus L2), layer by layer from the top, as the lecture writes them.

    ``g`` is the hidden layers' :class:`~helpers.activations.Activation`. For layer l, with ``dA`` the
    gradient reaching its activations (``W[l+1]^T dZ[l+1]``):

    - ``dZ[L] = AL - Y`` (sigmoid or softmax output with its cross-entropy);
    - a hidden layer's dropout mask and scale again, ``dA = dA * D[l] / keep_prob``, then
      ``dZ[l] = dA * g'(Z[l])``;
    - batch norm (where the layer has it) takes ``dZ`` back through the normalization;
    - ``dW[l] = dZ A[l-1]^T / m`` (plus ``(lambd / m) W[l]``), ``db[l]``, and ``dA[l-1] = W[l]^T dZ``.
    """
    L, m = len(caches), AL.shape[1]
    grads, dA = {}, None
    for l in range(L, 0, -1):
        c = caches[l - 1]
        if l == L:
            dZ = AL - Y
        else:
            if c.mask is not None:  # the units dropped going forward get no gradient
                dA = dA * c.mask / c.keep_prob
            if return_dA:
                grads[f"dA{l}"] = dA
            dZ = g.backward(dA, c.Z)
        if c.bn is not None:
            dZ, grads[f"dgamma{l}"], grads[f"dbeta{l}"] = _batchnorm_backward(dZ, c.bn)
        dA, dW, db = _linear_backward(dZ, c.A_prev, c.W, l > 1 or return_dA)  # dA[0] only when asked
        grads[f"dW{l}"] = dW + (lambd / m) * c.W if lambd else dW
        if c.bn is None:
            grads[f"db{l}"] = db
    if return_dA:
        grads["dA0"] = dA
    return grads


# ---- the linear part: Z = W A_prev + b ----------------------------------------------------------

def _shape(x):
    return getattr(x, "shape", type(x).__name__)


def linear_forward(A_prev, W, b):
    """Linear part of a layer, ``Z = W A_prev + b``.

    Parameters
    ----------
    A_prev : ndarray of shape (n[l-1], m)
        Activations of the previous layer (or the input X).
    W : ndarray of shape (n[l], n[l-1])
    b : ndarray of shape (n[l], 1)
        Broadcast over the m columns.

    Returns
    -------
    Z : ndarray of shape (n[l], m)
    cache : :class:`LinearCache` ``(A_prev, W, b)`` for :func:`linear_backward`
    """
    for name, arr in (("A_prev", A_prev), ("W", W), ("b", b)):
        if not isinstance(arr, np.ndarray) or arr.ndim != 2:
            raise ValueError(f"`{name}` must be a 2-D array; got {_shape(arr)}")
    if W.shape[1] != A_prev.shape[0]:
        raise ValueError(f"A_prev has {A_prev.shape[0]} rows but W expects {W.shape[1]} (W.shape[1]); got W {W.shape}")
    if b.shape != (W.shape[0], 1):
        raise ValueError(f"`b` must have shape {(W.shape[0], 1)} to match W {W.shape}; got {b.shape}")
    return W @ A_prev + b, LinearCache(A_prev=A_prev, W=W, b=b)


def _as_linear_cache(cache):
    if isinstance(cache, LayerCache):
        return cache.linear
    if isinstance(cache, tuple) and len(cache) == 3:
        return LinearCache(*cache)
    raise TypeError(f"`cache` must be the (A_prev, W, b) cache of linear_forward; got {type(cache).__name__}")


def linear_backward(dZ, cache):
    """Backward pass of :func:`linear_forward`.

    Parameters
    ----------
    dZ : ndarray of shape (n[l], m)
        Gradient of the cost with respect to Z[l].
    cache : :class:`LinearCache` ``(A_prev, W, b)`` from :func:`linear_forward` (a plain tuple,
        or a :class:`LayerCache`, works too)

    Returns
    -------
    dA_prev : ndarray of shape (n[l-1], m), ``W^T dZ``
    dW : ndarray of shape (n[l], n[l-1]), ``dZ A_prev^T / m``
    db : ndarray of shape (n[l], 1), ``sum(dZ, axis=1) / m``
    """
    A_prev, W, _ = _as_linear_cache(cache)
    if not isinstance(dZ, np.ndarray) or dZ.shape != (W.shape[0], A_prev.shape[1]):
        raise ValueError(f"`dZ` must have shape {(W.shape[0], A_prev.shape[1])} (the shape of Z); got {_shape(dZ)}")
    return _linear_backward(dZ, A_prev, W)


# ---- one whole layer: A = g(W A_prev + b) -------------------------------------------------------

def linear_activation_forward(A_prev, W, b, activation, *, leaky_slope=LEAKY_SLOPE):
    """One layer, ``A = g(W A_prev + b)``.

    Parameters
    ----------
    A_prev : ndarray of shape (n[l-1], m)
    W : ndarray of shape (n[l], n[l-1])
    b : ndarray of shape (n[l], 1)
    activation : {"relu", "tanh", "sigmoid", "leaky_relu", "linear", "softmax"}
    leaky_slope : float in [0, 1), default 0.01
        Slope of leaky ReLU for negative inputs.

    Returns
    -------
    A : ndarray of shape (n[l], m)
    cache : :class:`LayerCache` for :func:`linear_activation_backward`
    """
    g = get_activation(activation, leaky_slope)
    Z, _ = linear_forward(A_prev, W, b)
    return g.forward(Z), LayerCache(A_prev=A_prev, W=W, b=b, Z=Z, activation=activation, leaky_slope=leaky_slope)


def linear_activation_backward(dA, cache, activation):
    """Backward pass of :func:`linear_activation_forward`: ``dZ = dA * g'(Z)``, then the linear part.

    Parameters
    ----------
    dA : ndarray of shape (n[l], m)
    cache : :class:`LayerCache` (or the course's tuple ``(linear_cache, Z)``)
    activation : the name used in the forward pass

    Returns
    -------
    dA_prev, dW, db : as in :func:`linear_backward`
    """
    check_choice("activation", activation, tuple(ACTIVATIONS))
    if isinstance(cache, LayerCache):
        linear_cache, Z, slope = cache.linear, cache.Z, cache.leaky_slope
    elif isinstance(cache, tuple) and len(cache) == 2:
        (linear_cache, Z), slope = cache, LEAKY_SLOPE
    else:
        raise TypeError(f"`cache` must be the cache of linear_activation_forward; got {type(cache).__name__}")
    if not isinstance(dA, np.ndarray) or not isinstance(Z, np.ndarray) or dA.shape != Z.shape:
        raise ValueError(f"`dA` must have the shape of Z {_shape(Z)}; got {_shape(dA)}")
    return linear_backward(get_activation(activation, slope).backward(dA, Z), linear_cache)


# ---- the whole network --------------------------------------------------------------------------

def _check_forward_options(parameters, hidden_activation, output_activation, keep_prob, rng, bn_stats, bn_mode):
    check_choice("hidden_activation", hidden_activation, HIDDEN_ACTIVATIONS)
    check_choice("output_activation", output_activation, OUTPUT_ACTIVATIONS)
    keep_prob = check_real("keep_prob", keep_prob, low=0, high=1, low_open=True)
    if keep_prob < 1.0:
        if rng is None:
            raise TypeError("`rng` must be a np.random.Generator or int seed when keep_prob < 1; got None")
        rng = as_rng(rng, "rng")
    check_choice("bn_mode", bn_mode, ("train", "test"))
    if bn_stats is not None and not isinstance(bn_stats, BatchNormStats):
        raise TypeError(f"`bn_stats` must be a helpers.batchnorm.BatchNormStats; got {type(bn_stats).__name__}")
    normalized = sorted(int(k[5:]) for k in parameters if k.startswith("gamma"))
    if bn_mode == "test" and normalized:
        if bn_stats is None or not bn_stats.mean:
            raise ValueError("`bn_stats` must hold running averages from training for bn_mode='test' "
                             f"(pass history['forward_options'] from train); got {bn_stats!r}")
        if sorted(bn_stats.mean) != normalized:
            raise ValueError(f"`bn_stats` holds running averages for layers {sorted(bn_stats.mean)} "
                             f"but parameters batch-normalize layers {normalized}")
    return keep_prob, rng


def model_forward(X, parameters, *, hidden_activation="relu", output_activation="sigmoid",
                  keep_prob=1.0, rng=None, bn_stats=None, bn_mode="train", leaky_slope=LEAKY_SLOPE):
    """Forward propagation through all L layers: ``[LINEAR -> g] x (L-1) -> LINEAR -> output``.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Input, one example per column.
    parameters : dict
        ``W1, b1, ..., WL, bL`` with ``W{l}`` of shape ``(n[l], n[l-1])``; L is read from the dict.
    hidden_activation : {"relu", "tanh", "sigmoid", "leaky_relu", "linear"}, default "relu"
    output_activation : {"sigmoid", "softmax"}, default "sigmoid"
        Sigmoid for binary labels (one output unit), softmax for C classes.
    keep_prob : float in (0, 1], default 1.0
        Inverted dropout on every hidden layer: each unit is kept with probability ``keep_prob``
        and the kept ones are divided by ``keep_prob`` so the expected activation is unchanged.
        The output layer is never dropped. ``1.0`` switches dropout off.
    rng : np.random.Generator or int, required when ``keep_prob < 1``
        Source of the dropout masks (which are stored in the caches for the backward pass).
    bn_stats : BatchNormStats, optional
        Only for networks with batch norm (``gamma{l}``/``beta{l}`` in ``parameters``, see
        ``initialize_parameters(..., batch_norm=True)``). In ``"train"`` mode it receives the
        running averages of every batch; in ``"test"`` mode it supplies them.
    bn_mode : {"train", "test"}, default "train"
        Batch norm with the batch's own statistics (training, gradient checks) or with the
        running averages (prediction). Ignored without batch norm.
    leaky_slope : float in [0, 1), default 0.01
        Slope of leaky ReLU for negative inputs (``hidden_activation="leaky_relu"`` only).

    Returns
    -------
    AL : ndarray of shape (n[L], m)
        Output probabilities.
    caches : list of L :class:`LayerCache`
        One per layer, for :func:`model_backward`.
    """
    X = check_array("X", X)
    L = check_parameters(parameters, n_x=X.shape[0])
    keep_prob, rng = _check_forward_options(parameters, hidden_activation, output_activation,
                                            keep_prob, rng, bn_stats, bn_mode)
    g = get_activation(hidden_activation, leaky_slope)
    return _forward(X, parameters, L, g, ACTIVATIONS[output_activation], keep_prob, rng, bn_stats, bn_mode)


def model_backward(AL, Y, caches, *, lambd=0.0, return_dA=False):
    """Gradients of :func:`compute_cost` (cross-entropy, plus L2 when ``lambd > 0``).

    For a sigmoid output with binary cross-entropy, and for softmax with categorical
    cross-entropy, the chain rule through the output collapses to ``dZ[L] = AL - Y``; we use that
    form (it never divides by AL or 1 - AL). ``03_deep_network`` also derives it the lecture's
    way, starting from ``dAL = -(Y / AL - (1 - Y) / (1 - AL))``.

    Hidden layers with dropout reuse the forward masks: ``dA[l] = dA[l] * D[l] / keep_prob``.

    Parameters
    ----------
    AL : ndarray of shape (n[L], m), from :func:`model_forward`
    Y : ndarray, same shape as AL
        0/1 labels (one row) or one-hot columns.
    caches : list of LayerCache, from the same :func:`model_forward` call
    lambd : float >= 0, default 0
        L2 strength; adds ``(lambd / m) W[l]`` to every ``dW[l]``.
    return_dA : bool, default False
        Also return ``dA0, ..., dA{L-1}``: ``dA{l}`` is the gradient reaching layer ``l``'s
        activations, ``W[l+1]^T dZ[l+1]`` (times the dropout mask where there is one), without
        the ``1/m`` of the mean, as in the course.

    Returns
    -------
    grads : dict
        ``dW1, db1, ..., dWL, dbL``, each with the shape of its parameter; ``dgamma{l}`` and
        ``dbeta{l}`` instead of ``db{l}`` for batch-normalized layers.
    """
    if not isinstance(caches, (list, tuple)) or not caches or not all(isinstance(c, LayerCache) for c in caches):
        raise TypeError(f"`caches` must be the list returned by model_forward; got {type(caches).__name__}")
    AL = check_array("AL", AL)
    if AL.shape != caches[-1].Z.shape:
        raise ValueError(f"`AL` must have the shape {caches[-1].Z.shape} of the output layer in `caches`; got {AL.shape}")
    check_probabilities("AL", AL)
    Y = check_labels("Y", Y, AL.shape[1], classes=AL.shape[0])
    lambd = check_real("lambd", lambd, low=0)
    if any(c.bn is not None and not c.bn.training for c in caches):
        raise ValueError("`caches` come from bn_mode='test'; back-propagate through a bn_mode='train' pass")
    g = get_activation(caches[0].activation, caches[0].leaky_slope)
    return _backward(AL, Y, caches, g, lambd, bool(return_dA))


def predict_proba(X, parameters, **forward_options):
    """Output probabilities ``AL`` of shape ``(n[L], m)`` with dropout off and batch norm in test mode."""
    forward_options = dict(forward_options)
    forward_options.pop("keep_prob", None)
    forward_options.pop("rng", None)
    if any(k.startswith("gamma") for k in parameters):
        forward_options["bn_mode"] = "test"
    AL, _ = model_forward(X, parameters, **forward_options)
    return AL


def predict(X, parameters, **forward_options):
    """Predicted labels, shape ``(1, m)``, dtype int.

    Binary (one output unit): 1 where ``AL > 0.5``. Softmax: the index of the largest
    probability in each column. Dropout is never applied at prediction time, so ``keep_prob``
    and ``rng`` are accepted (to reuse the training options) and ignored.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    parameters : dict ``W1, b1, ..., WL, bL``
    **forward_options : hidden_activation, output_activation (see :func:`model_forward`)
    """
    AL = predict_proba(X, parameters, **forward_options)
    if AL.shape[0] == 1:
        return (AL > 0.5).astype(int)
    return AL.argmax(axis=0).reshape(1, -1)
