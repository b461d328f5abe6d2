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

Every forward function returns ``(output, cache)`` and its backward twin takes the cache.
Built step by step in ``03_deep_network``; dropout in ``05_regularization``.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

import numpy as np

from .activations import ACTIVATIONS
from .batchnorm import BatchNormStats, batchnorm_backward, batchnorm_forward
from .initializers import as_rng
from .validation import check_choice, check_parameters, check_real, layer_count

__all__ = [
    "HIDDEN_ACTIVATIONS",
    "LayerCache",
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


class LayerCache(NamedTuple):
    """What layer ``l`` keeps from the forward pass for its backward pass."""

    linear: tuple  # (A_prev, W, b), the linear_forward cache
    Z: np.ndarray  # pre-activation, (n[l], m)
    activation: str
    mask: Optional[np.ndarray] = None  # dropout mask D[l] (True = kept), hidden layers only
    keep_prob: float = 1.0
    bn: Optional[tuple] = None  # batch-norm cache (Z_norm, inv_std, gamma, mu, var, training)


def _shape(x):
    return getattr(x, "shape", type(x).__name__)


# ---- the linear part: Z = W A_prev + b ------------------------------------------------------

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
    cache : tuple ``(A_prev, W, b)`` for :func:`linear_backward`
    """
    for name, arr in (("A_prev", A_prev), ("W", W), ("b", b)):
        if not isinstance(arr, np.ndarray) or arr.ndim != 2:
            raise ValueError(f"`{name}` must be a 2-D array; got {_shape(arr)}")
    if W.shape[1] != A_prev.shape[0]:
        raise ValueError(f"A_prev has {A_prev.shape[0]} rows but W expects {W.shape[1]} (W.shape[1]); got W {W.shape}")
    if b.shape != (W.shape[0], 1):
        raise ValueError(f"`b` must have shape {(W.shape[0], 1)} to match W {W.shape}; got {b.shape}")
    return W @ A_prev + b, (A_prev, W, b)


def _linear_backward(dZ, A_prev, W, need_dA_prev=True):
    m = A_prev.shape[1]
    dW = (dZ @ A_prev.T) / m
    db = dZ.sum(axis=1, keepdims=True) / m
    dA_prev = W.T @ dZ if need_dA_prev else None
    return dA_prev, dW, db


def linear_backward(dZ, cache):
    """Backward pass of :func:`linear_forward`.

    Parameters
    ----------
    dZ : ndarray of shape (n[l], m)
        Gradient of the cost with respect to Z[l].
    cache : tuple ``(A_prev, W, b)`` from :func:`linear_forward`

    Returns
    -------
    dA_prev : ndarray of shape (n[l-1], m), ``W^T dZ``
    dW : ndarray of shape (n[l], n[l-1]), ``dZ A_prev^T / m``
    db : ndarray of shape (n[l], 1), ``sum(dZ, axis=1) / m``
    """
    A_prev, W, _ = cache
    if not isinstance(dZ, np.ndarray) or dZ.shape != (W.shape[0], A_prev.shape[1]):
        raise ValueError(f"`dZ` must have shape {(W.shape[0], A_prev.shape[1])} (the shape of Z); got {_shape(dZ)}")
    return _linear_backward(dZ, A_prev, W)


# ---- one whole layer: A = g(W A_prev + b) ---------------------------------------------------

def linear_activation_forward(A_prev, W, b, activation):
    """One layer, ``A = g(W A_prev + b)``.

    Parameters
    ----------
    A_prev : ndarray of shape (n[l-1], m)
    W : ndarray of shape (n[l], n[l-1])
    b : ndarray of shape (n[l], 1)
    activation : {"relu", "tanh", "sigmoid", "leaky_relu", "linear", "softmax"}

    Returns
    -------
    A : ndarray of shape (n[l], m)
    cache : tuple ``(linear_cache, Z)`` for :func:`linear_activation_backward`
    """
    check_choice("activation", activation, tuple(ACTIVATIONS))
    Z, linear_cache = linear_forward(A_prev, W, b)
    return ACTIVATIONS[activation][0](Z), (linear_cache, Z)


def linear_activation_backward(dA, cache, activation):
    """Backward pass of :func:`linear_activation_forward`: ``dZ = dA * g'(Z)``, then the linear part.

    Parameters
    ----------
    dA : ndarray of shape (n[l], m)
    cache : tuple ``(linear_cache, Z)``
    activation : the name used in the forward pass

    Returns
    -------
    dA_prev, dW, db : as in :func:`linear_backward`
    """
    check_choice("activation", activation, tuple(ACTIVATIONS))
    linear_cache, Z = cache
    dZ = ACTIVATIONS[activation][1](dA, Z)
    return linear_backward(dZ, linear_cache)


# ---- the whole network ----------------------------------------------------------------------

# Fast element-wise forms used inside the model loop, where the inputs are known to be valid.
_HIDDEN = {
    "relu": lambda Z: np.maximum(Z, 0.0),
    "tanh": np.tanh,
    "sigmoid": lambda Z: 0.5 * (1.0 + np.tanh(0.5 * Z)),
    "leaky_relu": lambda Z: np.where(Z > 0, Z, 0.01 * Z),
    "linear": lambda Z: Z,
}


def _forward(X, parameters, hidden_activation, keep_prob, rng, output_activation, bn_stats, bn_mode):
    L = layer_count(parameters)
    g = _HIDDEN[hidden_activation]

    caches = []
    A = X
    for l in range(1, L):
        W = parameters[f"W{l}"]
        gamma = parameters.get(f"gamma{l}")
        bn = None
        if gamma is None:
            b = parameters[f"b{l}"]
            if b.shape != (W.shape[0], 1):
                raise ValueError(f"b{l}")
            Z = W @ A + b
        else:  # batch norm: no bias, beta shifts instead
            b = None
            Z, bn = _batchnorm_layer(l, W @ A, gamma, parameters[f"beta{l}"], bn_stats, bn_mode)
        A_next = g(Z)
        mask = None
        if keep_prob < 1.0:
            mask = rng.random(A_next.shape) < keep_prob  # uniform draws: kept with probability keep_prob
            A_next = A_next * mask / keep_prob
        caches.append(LayerCache((A, W, b), Z, hidden_activation, mask, keep_prob, bn))
        A = A_next
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    if b.shape != (W.shape[0], 1):
        raise ValueError(f"b{L}")
    Z = W @ A + b
    if output_activation == "sigmoid":
        AL = 0.5 * (1.0 + np.tanh(0.5 * Z))
    else:
        E = np.exp(Z - Z.max(axis=0, keepdims=True))
        AL = E / E.sum(axis=0, keepdims=True)
    caches.append(LayerCache((A, W, b), Z, output_activation))
    return AL, caches


def _batchnorm_layer(l, Z, gamma, beta, bn_stats, bn_mode):
    epsilon = 1e-8 if bn_stats is None else bn_stats.epsilon
    if bn_mode == "test":
        Z_tilde, cache = batchnorm_forward(Z, gamma, beta, epsilon=epsilon,
                                           mean=bn_stats.mean[l], var=bn_stats.var[l])
        return Z_tilde, cache + (False,)
    Z_tilde, cache = batchnorm_forward(Z, gamma, beta, epsilon=epsilon)
    if bn_stats is not None:
        bn_stats.update(l, cache[3], cache[4])
    return Z_tilde, cache + (True,)


def model_forward(X, parameters, *, hidden_activation="relu", output_activation="sigmoid",
                  keep_prob=1.0, rng=None, bn_stats=None, bn_mode="train"):
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

    Returns
    -------
    AL : ndarray of shape (n[L], m)
        Output probabilities.
    caches : list of L :class:`LayerCache`
        One per layer, for :func:`model_backward`.
    """
    if not isinstance(X, np.ndarray) or X.ndim != 2:
        raise ValueError(f"`X` must be a 2-D array of shape (n_x, m); got {_shape(X)}")
    if X.dtype.kind != "f":
        X = X.astype(np.float64)
    if hidden_activation not in HIDDEN_ACTIVATIONS:
        check_choice("hidden_activation", hidden_activation, HIDDEN_ACTIVATIONS)
    if output_activation not in OUTPUT_ACTIVATIONS:
        check_choice("output_activation", output_activation, OUTPUT_ACTIVATIONS)
    if keep_prob != 1.0:
        keep_prob = check_real("keep_prob", keep_prob, low=0, high=1, low_open=True)
        if rng is None:
            raise TypeError("`rng` must be a np.random.Generator or int seed when keep_prob < 1; got None")
        rng = as_rng(rng, "rng")
    if bn_mode != "train":
        check_choice("bn_mode", bn_mode, ("train", "test"))
        if any(k.startswith("gamma") for k in parameters):
            if not isinstance(bn_stats, BatchNormStats) or not bn_stats.mean:
                raise ValueError("`bn_stats` must hold running averages from training for bn_mode='test' "
                                 f"(pass history['forward_options'] from train); got {bn_stats!r}")
            normalized = sorted(int(k[5:]) for k in parameters if k.startswith("gamma"))
            if sorted(bn_stats.mean) != normalized:
                raise ValueError(f"`bn_stats` holds running averages for layers {sorted(bn_stats.mean)} "
                                 f"but parameters batch-normalize layers {normalized}")
    if bn_stats is not None and not isinstance(bn_stats, BatchNormStats):
        raise TypeError(f"`bn_stats` must be a helpers.batchnorm.BatchNormStats; got {type(bn_stats).__name__}")
    try:
        AL, caches = _forward(X, parameters, hidden_activation, keep_prob, rng, output_activation, bn_stats, bn_mode)
    except (KeyError, ValueError, TypeError, AttributeError, IndexError):
        # Fast path first: the thorough check runs only when something failed, so the learner
        # gets a message naming the tensor instead of a NumPy broadcasting error.
        check_parameters(parameters, n_x=X.shape[0])
        raise
    if not np.isfinite(AL.sum()):  # one reduction; AL is in [0, 1], so only nan can make it non-finite
        raise ValueError("model_forward produced nan: X or parameters contain nan or inf values")
    return AL, caches


def model_backward(AL, Y, caches, *, lambd=0.0):
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
    caches : list of LayerCache, from the same :func:`model_forward` call
    lambd : float >= 0, default 0
        L2 strength; adds ``(lambd / m) W[l]`` to every ``dW[l]``.

    Returns
    -------
    grads : dict
        ``dW1, db1, ..., dWL, dbL``, each with the shape of its parameter; ``dgamma{l}`` and
        ``dbeta{l}`` instead of ``db{l}`` for batch-normalized layers.
    """
    if not isinstance(caches, (list, tuple)) or not caches:
        raise TypeError(f"`caches` must be the list returned by model_forward; got {type(caches).__name__}")
    if not isinstance(AL, np.ndarray) or not isinstance(Y, np.ndarray) or Y.shape != AL.shape:
        raise ValueError(f"`Y` must be an array with the shape of AL {_shape(AL)}; got {_shape(Y)}")
    if lambd != 0.0:
        lambd = check_real("lambd", lambd, low=0)
    L = len(caches)
    m = AL.shape[1]
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        (A_prev, W, _), Z, activation, _, _, bn = caches[l - 1]
        if l < L:
            if activation == "relu":
                dZ = dA * (Z > 0)
            else:
                dZ = ACTIVATIONS[activation][1](dA, Z)
        if bn is not None:
            if not bn[5]:
                raise ValueError("`caches` come from bn_mode='test'; back-propagate through a bn_mode='train' pass")
            dZ, grads[f"dgamma{l}"], grads[f"dbeta{l}"] = batchnorm_backward(dZ, bn[:5])
        dA, dW, db = _linear_backward(dZ, A_prev, W, need_dA_prev=l > 1)
        if lambd > 0:
            dW += (lambd / m) * W
        grads[f"dW{l}"] = dW
        if bn is None:
            grads[f"db{l}"] = db
        if l > 1:
            below = caches[l - 2]
            if below.mask is not None:
                dA = dA * below.mask / below.keep_prob
    return grads


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
