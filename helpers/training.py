"""The one training loop every notebook reuses, in small pieces a learner can read.

One epoch is one pass over the training set: a single gradient step when ``batch_size`` is None
(batch gradient descent, where "epoch" and "iteration" mean the same), or one step per
mini-batch otherwise. Each step is the lecture's loop::

    AL, caches = forward(X_t)          # helpers.layers
    cost       = J(Z[L], Y_t)          # helpers.losses, from the logits (exact)
    grads      = backward(AL, Y_t)     # helpers.layers
    parameters = optimizer.update(parameters, grads)

:func:`train_epoch` does one pass; :func:`train` takes every option as a keyword argument of its
signature, checks them all once (:func:`_settings`, the one place that checks) into one normalized
:class:`_Settings`, and then repeats the private, unchecked epoch, recording the cost, printing and
stopping with the small functions below it. Divergence is detected explicitly: a cost or a
parameter that is no longer finite stops the run with :class:`TrainingDiverged`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, NamedTuple, Optional

import numpy as np

from .activations import ACTIVATIONS, LEAKY_SLOPE, Activation, activation
from .batchnorm import BatchNormStats
from .initializers import INIT_METHODS, initialize_parameters
from .layers import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS, _backward, _forward
from .losses import _cost_from_logits, _l2_penalty
from .memory import keep_freed_memory
from .optimizers import OPTIMIZERS, Optimizer, _mini_batches, make_optimizer
from .validation import (
    TrainingDiverged,
    as_rng,
    check_array,
    check_choice,
    check_int,
    check_labels,
    check_layer_dims,
    check_parameters,
    check_real,
)

__all__ = ["train", "train_epoch"]


class _Network(NamedTuple):
    """What the private epoch needs to know about the network besides its parameters."""

    L: int
    g: Activation  # hidden activation
    output: Activation  # sigmoid or softmax
    keep_prob: float = 1.0
    bn_stats: Optional[BatchNormStats] = None


# ---- one epoch ------------------------------------------------------------------------------------

def _epoch(X, Y, parameters, optimizer, net, batch_size, rng, lambd):
    """One pass over ``(X, Y)``, unchecked; returns ``(parameters, mean cost)``."""
    batches = [(X, Y)] if batch_size is None else _mini_batches(X, Y, batch_size, rng)
    total = 0.0
    for X_t, Y_t in batches:
        AL, caches = _forward(X_t, parameters, net.L, net.g, net.output, net.keep_prob, rng, net.bn_stats)
        cost = _cost_from_logits(caches[-1].Z, Y_t, net.output.name)
        if lambd:
            cost += _l2_penalty(parameters, lambd, X_t.shape[1], net.L)
        grads = _backward(AL, Y_t, caches, net.g, lambd)
        parameters = optimizer._update(parameters, grads)
        total += cost * X_t.shape[1]
    return parameters, total / X.shape[1]


def train_epoch(X, Y, parameters, optimizer, *, batch_size=None, seed=0, lambd=0.0, keep_prob=1.0,
                hidden_activation="relu", output_activation="sigmoid", leaky_slope=LEAKY_SLOPE, bn_stats=None):
    """One pass over the training set; returns ``(parameters, mean training cost)``.

    With ``batch_size=None`` this is one step of batch gradient descent; otherwise the columns
    are shuffled (:func:`helpers.random_mini_batches`) and the optimizer takes one step per
    mini-batch. The cost is the mean over all examples of each batch's cost before its step,
    L2 term included. ``07_optimizers`` writes this loop by hand and checks it against this one.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m) or (C, m), 0/1 or one-hot labels
    parameters : dict ``W1, b1, ..., WL, bL`` (not modified; the new ones are returned)
    optimizer : a :class:`helpers.optimizers.Optimizer` (its state moves on)
    batch_size : int >= 1 or None, default None
    seed : int >= 0 or np.random.Generator, default 0
        Source of the shuffle and the dropout masks.
    lambd, keep_prob, hidden_activation, output_activation, leaky_slope, bn_stats
        As in :func:`train` and :func:`helpers.model_forward`.
    """
    X = check_array("X", X)
    L = check_parameters(parameters, n_x=X.shape[0])
    Y = check_labels("Y", Y, X.shape[1], classes=parameters[f"W{L}"].shape[0])
    if not isinstance(optimizer, Optimizer):
        raise TypeError(f"`optimizer` must be a helpers optimizer such as GradientDescent(0.1); got {optimizer!r}")
    check_choice("hidden_activation", hidden_activation, HIDDEN_ACTIVATIONS)
    check_choice("output_activation", output_activation, OUTPUT_ACTIVATIONS)
    if bn_stats is not None and not isinstance(bn_stats, BatchNormStats):
        raise TypeError(f"`bn_stats` must be a helpers.batchnorm.BatchNormStats; got {type(bn_stats).__name__}")
    net = _Network(L, activation(hidden_activation, leaky_slope), ACTIVATIONS[output_activation],
                   check_real("keep_prob", keep_prob, low=0, high=1, low_open=True), bn_stats)
    batch_size = None if batch_size is None else check_int("batch_size", batch_size, low=1)
    keep_freed_memory()
    with np.errstate(over="ignore", invalid="ignore"):
        return _epoch(X, Y, parameters, optimizer, net, batch_size, as_rng(seed), check_real("lambd", lambd, low=0))


# ---- the options of train, checked once ----------------------------------------------------------

@dataclass(frozen=True)
class _Settings:
    """The options of one :func:`train` call, checked and normalized (by :func:`_settings` only)."""

    output: str  # "sigmoid" or "softmax"
    g: Activation  # the hidden layers' activation (with leaky ReLU's slope)
    start: dict  # the starting parameters (a copy, or a fresh initialization)
    optimizer: Optimizer
    schedule: Optional[Callable]
    seed: int
    num_epochs: int
    batch_size: Optional[int]  # None: full batch
    lambd: float
    keep_prob: float
    bn_momentum: Optional[float]  # None: no batch norm
    dev: Optional[tuple]  # (X_dev, Y_dev)
    tol: Optional[float]
    print_every: int
    snapshot_every: int
    callback: Optional[Callable]

    @property
    def watching(self):
        """Whether the stopping rule has anything to do (most runs: no)."""
        return self.callback is not None or self.tol is not None

    @property
    def reporting(self):
        """Whether printing or snapshots have anything to do (most runs: no)."""
        return bool(self.print_every or self.snapshot_every)


def _settings(X, Y, dims, options):
    """Check every option of :func:`train` against the data, once; return the :class:`_Settings`."""
    m = X.shape[1]
    output = options["output_activation"] or ("sigmoid" if dims[-1] == 1 else "softmax")
    _check_output_units(output, dims[-1])
    check_choice("hidden_activation", options["hidden_activation"], HIDDEN_ACTIVATIONS)
    check_choice("init", options["init"], INIT_METHODS)
    if options["num_epochs"] is not None and options["num_iterations"] is not None:
        raise ValueError("give `num_epochs` or `num_iterations`, not both; got both")
    epochs = options["num_epochs"] if options["num_epochs"] is not None else options["num_iterations"]
    batch_size = None if options["batch_size"] is None else check_int("batch_size", options["batch_size"], low=1)
    for name in ("schedule", "callback"):
        if options[name] is not None and not callable(options[name]):
            raise TypeError(f"`{name}` must be a function; got {options[name]!r}")
    seed = check_int("seed", options["seed"], low=0)
    start = _starting_parameters(options, X, dims, seed)
    bn_momentum = check_real("bn_momentum", options["bn_momentum"], low=0, high=1, high_open=True)
    return _Settings(
        output=output, g=activation(options["hidden_activation"], options["leaky_slope"]), start=start,
        optimizer=_checked_optimizer(options["optimizer"], options["learning_rate"], options["optimizer_options"]),
        schedule=options["schedule"], seed=seed,
        num_epochs=check_int("num_epochs", 1000 if epochs is None else epochs, low=1),
        batch_size=None if batch_size is None or batch_size >= m else batch_size,
        lambd=check_real("lambd", options["lambd"], low=0),
        keep_prob=check_real("keep_prob", options["keep_prob"], low=0, high=1, low_open=True),
        bn_momentum=bn_momentum if "gamma1" in start else None,
        dev=_checked_dev(options["X_dev"], options["Y_dev"], X.shape[0], dims[-1]),
        tol=None if options["tol"] is None else check_real("tol", options["tol"], low=0, low_open=True),
        print_every=check_int("print_every", options["print_every"], low=0),
        snapshot_every=check_int("snapshot_every", options["snapshot_every"], low=0),
        callback=options["callback"],
    )


def _check_output_units(output, n_out):
    check_choice("output_activation", output, OUTPUT_ACTIVATIONS)
    if output == "sigmoid" and n_out != 1:
        raise ValueError(f"`output_activation` 'sigmoid' needs one output unit; got layer_dims[-1] = {n_out}")
    if output == "softmax" and n_out < 2:
        raise ValueError(f"`output_activation` 'softmax' needs at least 2 output units; got layer_dims[-1] = {n_out}")


def _checked_dev(X_dev, Y_dev, n_x, n_out):
    if (X_dev is None) != (Y_dev is None):
        raise ValueError("give both `X_dev` and `Y_dev`, or neither")
    if X_dev is None:
        return None
    X_dev = check_array("X_dev", X_dev, rows=n_x)
    return X_dev, check_labels("Y_dev", Y_dev, X_dev.shape[1], classes=n_out)


def _checked_optimizer(optimizer, learning_rate, options):
    if isinstance(optimizer, Optimizer):
        return optimizer
    if isinstance(optimizer, str):
        return make_optimizer(optimizer, learning_rate, **(options or {}))
    raise TypeError(f"`optimizer` must be one of {sorted(OPTIMIZERS)} or an optimizer object; got {optimizer!r}")


def _starting_parameters(options, X, dims, seed):
    if options["parameters"] is None:
        scale = check_real("init_scale", options["init_scale"], low=0, low_open=True)
        return initialize_parameters(dims, options["init"], scale=scale, seed=seed,
                                     batch_norm=bool(options["batch_norm"]))
    L = check_parameters(options["parameters"], n_x=X.shape[0])
    shapes = [options["parameters"][f"W{l}"].shape for l in range(1, L + 1)]
    expected = [(dims[l], dims[l - 1]) for l in range(1, len(dims))]
    if shapes != expected:
        raise ValueError(f"`parameters` do not match layer_dims {dims}: weights {shapes}, expected {expected}")
    return _copy(options["parameters"])


def _copy(parameters):
    return {k: v.copy() for k, v in parameters.items()}


# ---- bookkeeping: history, printing, stopping ------------------------------------------------------

def _new_history(settings, parameters, net):
    forward_options = {"hidden_activation": settings.g.name, "output_activation": settings.output}
    if settings.g.name == "leaky_relu":
        forward_options["leaky_slope"] = settings.g.leaky_slope
    history = {"cost": [], "learning_rate": [], "snapshots": [], "epochs": 0, "stopped_early": False,
               "forward_options": forward_options}
    if net.bn_stats is not None:  # predict and the dev set use the running averages
        history["batch_norm"] = forward_options["bn_stats"] = net.bn_stats
        forward_options["bn_mode"] = "test"
    if settings.dev is not None:
        history["dev_cost"] = []
    if settings.snapshot_every:
        history["snapshots"].append((0, _copy(parameters)))
    return history


def _record(history, settings, net, epoch, parameters, cost):
    """Append the epoch's cost, learning rate and (when asked) dev cost."""
    history["cost"].append(cost)
    history["learning_rate"].append(settings.optimizer.learning_rate)
    history["epochs"] = epoch + 1
    if settings.dev is not None:
        X_dev, Y_dev = settings.dev
        _, caches = _forward(X_dev, parameters, net.L, net.g, net.output, bn_stats=net.bn_stats,
                             bn_mode="test" if net.bn_stats is not None else "train")
        history["dev_cost"].append(_cost_from_logits(caches[-1].Z, Y_dev, settings.output))


def _should_stop(history, settings, epoch, parameters, cost):
    """The callback asked to stop, or the cost moved less than ``tol`` over the last 10 epochs."""
    stop = settings.callback is not None and bool(settings.callback(epoch, parameters, cost))
    return stop or (settings.tol is not None and epoch >= 10 and abs(history["cost"][-11] - cost) < settings.tol)


def _report(history, settings, epoch, parameters, cost, final):
    """Print the cost and keep a snapshot at the chosen intervals and at the final epoch."""
    if settings.print_every and (epoch % settings.print_every == 0 or final):
        unit = "iteration" if settings.batch_size is None else "epoch"
        print(f"Cost after {unit} {epoch}: {cost:.6f}")
    if settings.snapshot_every and ((epoch + 1) % settings.snapshot_every == 0 or final):
        history["snapshots"].append((epoch + 1, _copy(parameters)))


def _check_finite(epoch, cost, learning_rate, parameters=None):
    """Stop a diverging run: a non-finite cost (checked every epoch: once a parameter overflows,
    the next cost does too) or, at the end, a non-finite parameter."""
    if not math.isfinite(cost) or (parameters is not None and not all(np.isfinite(p).all() for p in parameters.values())):
        raise TrainingDiverged(epoch, cost, learning_rate)


# ---- the loop -------------------------------------------------------------------------------------

def train(X, Y, layer_dims, *, hidden_activation="relu", leaky_slope=LEAKY_SLOPE, output_activation=None,
          init="he", init_scale=0.01, seed=0, parameters=None, optimizer="gd", learning_rate=0.0075,
          optimizer_options=None, schedule=None, num_epochs=None, num_iterations=None, batch_size=None,
          lambd=0.0, keep_prob=1.0, batch_norm=False, bn_momentum=0.9, X_dev=None, Y_dev=None, tol=None,
          print_every=0, snapshot_every=0, callback=None):
    """Train an L-layer network; return ``(parameters, history)``.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column.
    Y : ndarray of shape (1, m) or (C, m)
        0/1 labels for a sigmoid output, one-hot labels for softmax.
    layer_dims : list of int
        ``[n_x, n1, ..., nL]``; ``n_x`` must equal ``X.shape[0]`` and ``nL`` the rows of ``Y``.
    hidden_activation : {"relu", "tanh", "sigmoid", "leaky_relu", "linear"}, default "relu"
    leaky_slope : float in [0, 1), default 0.01
        Slope of leaky ReLU for negative inputs.
    output_activation : {"sigmoid", "softmax"} or None, default None
        None picks sigmoid for one output unit and softmax otherwise.
    init : {"zeros", "random", "xavier", "he"}, default "he"
        Initialization method (:func:`helpers.initialize_parameters`).
    init_scale : float > 0, default 0.01
        Multiplies ``init="random"``.
    seed : int >= 0, default 0
        Seeds the initialization, the mini-batch shuffles and the dropout masks.
    parameters : dict, optional
        Start from these (copied) instead of a fresh initialization.
    optimizer : {"gd", "momentum", "rmsprop", "adam"} or an optimizer object, default "gd"
    learning_rate : float > 0, default 0.0075
        Initial learning rate (ignored when an optimizer object is given: it has its own).
    optimizer_options : dict, optional
        Extra arguments for a named optimizer, for example ``{"beta1": 0.9}``.
    schedule : callable ``schedule(learning_rate0, epoch) -> learning_rate``, optional
        Called at the start of every epoch; see :mod:`helpers.schedules`.
    num_epochs : int >= 1, default 1000
        Passes over the data. ``num_iterations`` is accepted as the same thing (the lecture's
        name for full-batch training); give one or the other.
    num_iterations : int >= 1, optional
    batch_size : int >= 1 or None, default None
        None (or >= m) for full-batch gradient descent; otherwise the data are reshuffled and
        cut into mini-batches at every epoch (:func:`helpers.random_mini_batches`).
    lambd : float >= 0, default 0
        L2 regularization strength (cost and gradients).
    keep_prob : float in (0, 1], default 1
        Inverted dropout on the hidden layers during training.
    batch_norm : bool, default False
        Batch-normalize the hidden layers (``gamma``/``beta`` instead of ``b``; see
        :mod:`helpers.batchnorm`). Starting ``parameters`` that contain ``gamma`` keys switch it on too.
    bn_momentum : float in [0, 1), default 0.9
        Decay of the running averages of the batch statistics, kept in ``history["batch_norm"]``
        and passed to :func:`helpers.predict` through ``history["forward_options"]``.
    X_dev, Y_dev : arrays, optional
        A held-out set whose cost (no dropout, no L2 term) is recorded every epoch.
    tol : float > 0, optional
        Stop early once the cost changes by less than ``tol`` over 10 epochs.
    print_every : int >= 0, default 0
        Print ``Cost after iteration i: 0.693147`` (six decimals) every so many epochs and at the
        last one; with mini-batches the line says ``Cost after epoch i``.
    snapshot_every : int >= 0, default 0
        Keep a copy of the parameters every so many epochs (and at the end) in
        ``history["snapshots"]`` as ``(epoch, parameters)``, for training playback.
    callback : callable ``callback(epoch, parameters, cost) -> bool``, optional
        Called after every epoch; returning True stops training.

    Returns
    -------
    parameters : dict
    history : dict
        ``"cost"`` (mean training cost per epoch, the L2 term included, computed from the output
        layer's Z with :func:`helpers.losses.cost_from_logits`, so exact even where probabilities
        round to 0 or 1), ``"learning_rate"``, ``"dev_cost"`` (if a dev set is given),
        ``"snapshots"``, ``"epochs"`` (run), ``"stopped_early"``, and the ``"forward_options"``
        to pass on to :func:`helpers.predict`.

    Raises
    ------
    TrainingDiverged
        When the cost or a parameter becomes nan or inf; the message names the epoch and the
        learning rate.
    """
    options = {key: value for key, value in locals().items() if key not in ("X", "Y", "layer_dims")}
    X, Y, dims = _checked_data(X, Y, layer_dims)
    settings = _settings(X, Y, dims, options)
    parameters = settings.start
    net = _Network(len(dims) - 1, settings.g, ACTIVATIONS[settings.output], settings.keep_prob,
                   None if settings.bn_momentum is None else BatchNormStats(momentum=settings.bn_momentum))
    history, rng = _new_history(settings, parameters, net), np.random.default_rng([settings.seed, 1])
    opt, learning_rate0 = settings.optimizer, settings.optimizer.learning_rate
    keep_freed_memory()
    with np.errstate(over="ignore", invalid="ignore"):
        for epoch in range(settings.num_epochs):
            if settings.schedule is not None:
                opt.learning_rate = float(settings.schedule(learning_rate0, epoch))
            parameters, cost = _epoch(X, Y, parameters, opt, net, settings.batch_size, rng, settings.lambd)
            _check_finite(epoch, cost, opt.learning_rate)
            _record(history, settings, net, epoch, parameters, cost)
            last = epoch == settings.num_epochs - 1
            stop = settings.watching and _should_stop(history, settings, epoch, parameters, cost)
            if settings.reporting:
                _report(history, settings, epoch, parameters, cost, final=last or stop)
            if stop and not last:
                history["stopped_early"] = True
                break
    _check_finite(history["epochs"], cost, opt.learning_rate, parameters)
    return parameters, history


def _checked_data(X, Y, layer_dims):
    X = check_array("X", X)
    dims = check_layer_dims(layer_dims)
    if dims[0] != X.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but layer_dims[0] is {dims[0]}")
    return X, check_labels("Y", Y, X.shape[1], classes=dims[-1]), dims
