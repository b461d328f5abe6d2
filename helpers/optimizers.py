"""Optimizers and mini-batches.

Every optimizer has one interface: ``opt.update(parameters, grads) -> parameters``. It keeps its
state (velocities ``v``, squared averages ``s``, step count ``t``) as attributes, created at zero
on the first update, keyed like the parameters (``v["W1"]``). The returned dict holds new arrays;
the one passed in is not modified. ``learning_rate`` is a plain attribute, so a schedule may
change it between epochs.

Introduced in ``07_optimizers``:

- gradient descent: ``w -= lr * g``
- momentum:         ``v = beta v + (1 - beta) g``;  ``w -= lr * v``
- RMSProp:          ``s = beta s + (1 - beta) g^2``;  ``w -= lr * g / (sqrt(s) + eps)``
- Adam:             ``v = beta1 v + (1 - beta1) g``;  ``s = beta2 s + (1 - beta2) g^2``;
                    ``v_hat = v / (1 - beta1^t)``;  ``s_hat = s / (1 - beta2^t)``;
                    ``w -= lr * v_hat / (sqrt(s_hat) + eps)``   (eps outside the square root)
"""
from __future__ import annotations

import numpy as np

from .validation import as_rng, check_array, check_choice, check_int, check_real

__all__ = ["OPTIMIZERS", "Adam", "GradientDescent", "Momentum", "Optimizer", "RMSProp", "make_optimizer",
           "random_mini_batches"]


class Optimizer:
    """Base class of the optimizers: one interface, ``update(parameters, grads) -> parameters``.

    A subclass writes its rule in ``_step(key, g) -> step`` (the amount subtracted from parameter
    ``key`` given its gradient ``g``) and keeps its state (``v``, ``s``) as attributes; ``t``
    counts the updates. :meth:`update` checks its arguments; :func:`helpers.train`, which has
    checked them once, calls the unchecked :meth:`_update`.

    Parameters
    ----------
    learning_rate : float > 0
    """

    def __init__(self, learning_rate):
        self.learning_rate = check_real("learning_rate", learning_rate, low=0, low_open=True)
        self.t = 0

    def update(self, parameters, grads):
        """Return new parameters after one step; ``grads`` has a ``d``-prefixed key per parameter."""
        if not isinstance(parameters, dict) or not isinstance(grads, dict):
            raise TypeError("`parameters` and `grads` must be dicts like {'W1': ...} and {'dW1': ...}")
        for key, p in parameters.items():  # every key and shape checked before any state changes
            g = grads.get("d" + key)
            if g is None:
                raise ValueError(f"`grads` is missing {'d' + key!r} for parameter {key!r}")
            if np.shape(g) != np.shape(p):
                raise ValueError(f"`grads[{'d' + key!r}]` must have shape {np.shape(p)}; got {np.shape(g)}")
        return self._update(parameters, grads)

    def _update(self, parameters, grads):
        self.t += 1
        return {key: p - self._step(key, grads["d" + key]) for key, p in parameters.items()}

    def _step(self, key, g):
        raise NotImplementedError

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if isinstance(v, (int, float)) and k != "t")
        return f"{type(self).__name__}({fields})"


class GradientDescent(Optimizer):
    """Plain (mini-batch) gradient descent, ``w -= learning_rate * g``.

    Parameters
    ----------
    learning_rate : float > 0
    """

    def _step(self, key, g):
        return self.learning_rate * g

    def _update(self, parameters, grads):
        # the same rule as _step, without a method call per tensor (it is the whole step here)
        self.t += 1
        lr = self.learning_rate
        return {key: p - lr * grads["d" + key] for key, p in parameters.items()}


class Momentum(Optimizer):
    """Gradient descent with momentum: an exponentially weighted average of the gradients.

    Parameters
    ----------
    learning_rate : float > 0
    beta : float in [0, 1), default 0.9
        ``beta = 0`` is plain gradient descent; 0.9 averages over about 10 steps.
    """

    def __init__(self, learning_rate, beta=0.9):
        super().__init__(learning_rate)
        self.beta = check_real("beta", beta, low=0, high=1, high_open=True)
        self.v = {}

    def _step(self, key, g):
        v = self.v.get(key)
        v = (1.0 - self.beta) * g if v is None else self.beta * v + (1.0 - self.beta) * g
        self.v[key] = v
        return self.learning_rate * v


class RMSProp(Optimizer):
    """RMSProp: divide each gradient by a running root-mean-square of its recent values.

    Parameters
    ----------
    learning_rate : float > 0
    beta : float in [0, 1), default 0.999
    epsilon : float > 0, default 1e-8
        Added to ``sqrt(s)`` so that nothing divides by zero.
    """

    def __init__(self, learning_rate, beta=0.999, epsilon=1e-8):
        super().__init__(learning_rate)
        self.beta = check_real("beta", beta, low=0, high=1, high_open=True)
        self.epsilon = check_real("epsilon", epsilon, low=0, low_open=True)
        self.s = {}

    def _step(self, key, g):
        s = self.s.get(key)
        s = (1.0 - self.beta) * g * g if s is None else self.beta * s + (1.0 - self.beta) * g * g
        self.s[key] = s
        return self.learning_rate * g / (np.sqrt(s) + self.epsilon)


class Adam(Optimizer):
    """Adam: momentum and RMSProp together, both bias-corrected.

    Parameters
    ----------
    learning_rate : float > 0
    beta1 : float in [0, 1), default 0.9
        Decay of the first moment (the momentum average).
    beta2 : float in [0, 1), default 0.999
        Decay of the second moment (the squared-gradient average).
    epsilon : float > 0, default 1e-8
        Added outside the square root: ``w -= lr * v_hat / (sqrt(s_hat) + epsilon)``.
    """

    def __init__(self, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
        super().__init__(learning_rate)
        self.beta1 = check_real("beta1", beta1, low=0, high=1, high_open=True)
        self.beta2 = check_real("beta2", beta2, low=0, high=1, high_open=True)
        self.epsilon = check_real("epsilon", epsilon, low=0, low_open=True)
        self.v = {}
        self.s = {}

    def _step(self, key, g):
        b1, b2 = self.beta1, self.beta2
        v = self.v.get(key)
        s = self.s.get(key)
        v = (1.0 - b1) * g if v is None else b1 * v + (1.0 - b1) * g
        s = (1.0 - b2) * g * g if s is None else b2 * s + (1.0 - b2) * g * g
        self.v[key], self.s[key] = v, s
        v_hat = v / (1.0 - b1 ** self.t)
        s_hat = s / (1.0 - b2 ** self.t)
        return self.learning_rate * v_hat / (np.sqrt(s_hat) + self.epsilon)


OPTIMIZERS = {"gd": GradientDescent, "momentum": Momentum, "rmsprop": RMSProp, "adam": Adam}
"""The optimizers by the names :func:`helpers.train` takes."""


def make_optimizer(name, learning_rate, **options):
    """Build an optimizer from its name: ``"gd"``, ``"momentum"``, ``"rmsprop"`` or ``"adam"``."""
    check_choice("optimizer", name, tuple(OPTIMIZERS))
    return OPTIMIZERS[name](learning_rate, **options)


def random_mini_batches(X, Y, batch_size=64, *, seed=0):
    """Shuffle the columns of ``X`` and ``Y`` together, then cut them into mini-batches.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (n_y, m)
    batch_size : int >= 1, default 64
        Every batch has this many columns except the last, which holds the remaining
        ``m mod batch_size`` when that is not zero.
    seed : int >= 0 or np.random.Generator, default 0
        Source of the shuffle.

    Returns
    -------
    list of (X_t, Y_t)
        ``ceil(m / batch_size)`` pairs; together they hold every column exactly once.
    """
    X = check_array("X", X, finite=False)
    Y = check_array("Y", Y, finite=False)
    if Y.shape[1] != X.shape[1]:
        raise ValueError(f"`Y` must have one column per example of X ({X.shape[1]}); got shape {Y.shape}")
    batch_size = check_int("batch_size", batch_size, low=1)
    return _mini_batches(X, Y, batch_size, as_rng(seed))


def _mini_batches(X, Y, batch_size, rng):
    # shuffle the columns of X and Y with one permutation, then cut: ceil(m / batch_size) batches
    permutation = rng.permutation(X.shape[1])
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [
        (X_shuffled[:, k:k + batch_size], Y_shuffled[:, k:k + batch_size])
        for k in range(0, X.shape[1], batch_size)
    ]
