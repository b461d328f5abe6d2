"""The one training loop every notebook reuses, in small pieces a learner can read.

One epoch is one pass over the training set: a single gradient step when ``batch_size`` is None
(batch gradient descent, where "epoch" and "iteration" mean the same), or one step per
mini-batch otherwise. Each step is the lecture's loop::

    AL, caches = forward(X_t)          # helpers.layers
    cost       = J(Z[L], Y_t)          # helpers.losses, from the logits (exact)
    grads      = backward(AL, Y_t)     # helpers.layers
    parameters = optimizer.update(parameters, grads)

:func:`train_epoch` does one pass; :func:`train` checks its arguments once (:class:`TrainOptions`)
and then repeats the private, unchecked epoch, recording the cost, printing and stopping with
the small functions below it. Divergence is detected explicitly: a cost or a parameter that is
no longer finite stops the run with :class:`TrainingDiverged`.
"""
from __future__ import annotations

import ctypes
import math
import sys
from dataclasses import dataclass, fields
from typing import Any, Callable, NamedTuple, Optional

import numpy as np

from .activations import ACTIVATIONS, LEAKY_SLOPE, Activation, activation
from .batchnorm import BatchNormStats
from .initializers import INIT_METHODS, initialize_parameters
from .layers import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS, _backward, _forward
from .losses import _cost_from_logits, _l2_penalty
from .optimizers import Adam, GradientDescent, Momentum, Optimizer, RMSProp, _mini_batches
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

__all__ = ["OPTIMIZERS", "TrainOptions", "keep_freed_memory", "make_optimizer", "train", "train_epoch"]

OPTIMIZERS = {"gd": GradientDescent, "momentum": Momentum, "rmsprop": RMSProp, "adam": Adam}


def make_optimizer(name, learning_rate, **options):
    """Build an optimizer from its name: ``"gd"``, ``"momentum"``, ``"rmsprop"`` or ``"adam"``."""
    check_choice("optimizer", name, tuple(OPTIMIZERS))
    return OPTIMIZERS[name](learning_rate, **options)


class _Network(NamedTuple):
    """What the private epoch needs to know about the network besides its parameters."""

    L: int
    g: Activation  # hidden activation
    output: Activation  # sigmoid or softmax
    keep_prob: float = 1.0
    bn_stats: Optional[BatchNormStats] = None


# ---- the C allocator -------------------------------------------------------------------------------

_ALLOCATOR = {"tuned": None}


def keep_freed_memory():
    """Ask glibc's allocator to keep the memory an epoch frees, instead of returning it to the OS.

    An epoch allocates its activations and gradients and frees them all when it returns. By
    default glibc then trims the heap (and serves arrays over 128 KB with fresh pages from the OS),
    so every epoch faults the same memory in again: ``train`` ran 1.6x slower than a fused loop at
    ``[64, 20, 7, 5, 1]`` with 1,500 examples because of it (``benchmarks/bench_step.py``). Raising
    the trim threshold to 64 MB and the mmap threshold to 32 MB removes that cost; a process then
    keeps up to 64 MB of freed memory for reuse. Called once by :func:`train` and
    :func:`train_epoch`; on other C libraries it does nothing. Returns True when the setting took.
    """
    if _ALLOCATOR["tuned"] is None:
        _ALLOCATOR["tuned"] = False
        if sys.platform.startswith("linux"):
            try:
                mallopt = ctypes.CDLL(None).mallopt  # glibc; absent from musl
                M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
                _ALLOCATOR["tuned"] = bool(mallopt(M_TRIM_THRESHOLD, 64 << 20) and mallopt(M_MMAP_THRESHOLD, 32 << 20))
            except (OSError, AttributeError):
                pass
    return _ALLOCATOR["tuned"]


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

@dataclass
class TrainOptions:
    """Every option of :func:`train`, with its default; :meth:`checked` validates them all at once.

    Parameters
    ----------
    hidden_activation : {"relu", "tanh", "sigmoid", "leaky_relu", "linear"}, default "relu"
    leaky_slope : float in [0, 1), default 0.01
        Slope of leaky ReLU for negative inputs.
    output_activation : {"sigmoid", "softmax"} or None
        None picks sigmoid for one output unit and softmax otherwise.
    init : {"zeros", "random", "xavier", "he"}, default "he"
        Initialization method; ``init_scale`` (default 0.01) multiplies ``"random"``.
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
    batch_size : int >= 1 or None, default None
        None (or >= m) for full-batch gradient descent; otherwise the data are reshuffled and
        cut into mini-batches at every epoch (:func:`helpers.random_mini_batches`).
    lambd : float >= 0, default 0
        L2 regularization strength (cost and gradients).
    keep_prob : float in (0, 1], default 1
        Inverted dropout on the hidden layers during training.
    batch_norm : bool, default False
        Batch-normalize the hidden layers (``gamma``/``beta`` instead of ``b``; see
        :mod:`helpers.batchnorm`). Running averages of the batch statistics (decay
        ``bn_momentum``, default 0.9) are kept in ``history["batch_norm"]`` and passed to
        :func:`helpers.predict` through ``history["forward_options"]``. Starting ``parameters``
        that contain ``gamma`` keys switch it on too.
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
    """

    hidden_activation: str = "relu"
    leaky_slope: float = LEAKY_SLOPE
    output_activation: Optional[str] = None
    init: str = "he"
    init_scale: float = 0.01
    seed: int = 0
    parameters: Optional[dict] = None
    optimizer: Any = "gd"
    learning_rate: float = 0.0075
    optimizer_options: Optional[dict] = None
    schedule: Optional[Callable] = None
    num_epochs: Optional[int] = None
    num_iterations: Optional[int] = None
    batch_size: Optional[int] = None
    lambd: float = 0.0
    keep_prob: float = 1.0
    batch_norm: bool = False
    bn_momentum: float = 0.9
    X_dev: Any = None
    Y_dev: Any = None
    tol: Optional[float] = None
    print_every: int = 0
    snapshot_every: int = 0
    callback: Optional[Callable] = None

    @classmethod
    def from_keywords(cls, options):
        """Build from ``train``'s keyword arguments, naming any unknown one."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"train() got unknown option(s) {unknown}; the options are {sorted(known)}")
        return cls(**options)

    def checked(self, X, Y, dims):
        """Validate every option against the data; return the normalized values as a :class:`_Run`."""
        m = X.shape[1]
        output = self.output_activation or ("sigmoid" if dims[-1] == 1 else "softmax")
        _check_output_units(output, dims[-1])
        check_choice("hidden_activation", self.hidden_activation, HIDDEN_ACTIVATIONS)
        check_choice("init", self.init, INIT_METHODS)
        if self.num_epochs is not None and self.num_iterations is not None:
            raise ValueError("give `num_epochs` or `num_iterations`, not both; got both")
        epochs = self.num_epochs if self.num_epochs is not None else self.num_iterations
        batch_size = None if self.batch_size is None else check_int("batch_size", self.batch_size, low=1)
        for name in ("schedule", "callback"):
            value = getattr(self, name)
            if value is not None and not callable(value):
                raise TypeError(f"`{name}` must be a function; got {value!r}")
        return _Run(
            seed=check_int("seed", self.seed, low=0),
            num_epochs=check_int("num_epochs", 1000 if epochs is None else epochs, low=1),
            batch_size=None if batch_size is None or batch_size >= m else batch_size,
            lambd=check_real("lambd", self.lambd, low=0),
            keep_prob=check_real("keep_prob", self.keep_prob, low=0, high=1, low_open=True),
            tol=None if self.tol is None else check_real("tol", self.tol, low=0, low_open=True),
            print_every=check_int("print_every", self.print_every, low=0),
            snapshot_every=check_int("snapshot_every", self.snapshot_every, low=0),
            output=output, dev=_checked_dev(self.X_dev, self.Y_dev, X.shape[0], dims[-1]),
            optimizer=_checked_optimizer(self.optimizer, self.learning_rate, self.optimizer_options),
            g=activation(self.hidden_activation, self.leaky_slope),
            schedule=self.schedule, callback=self.callback,
            watching=self.callback is not None or self.tol is not None,
            reporting=bool(self.print_every or self.snapshot_every),
        )


class _Run(NamedTuple):
    """The options of one ``train`` call, checked; ``watching`` and ``reporting`` say whether the
    stopping rule and the printing/snapshot step have anything to do (most runs: neither)."""

    seed: int
    num_epochs: int
    batch_size: Optional[int]
    lambd: float
    keep_prob: float
    tol: Optional[float]
    print_every: int
    snapshot_every: int
    output: str
    dev: Optional[tuple]
    optimizer: Optimizer
    g: Activation
    schedule: Optional[Callable]
    callback: Optional[Callable]
    watching: bool
    reporting: bool


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


def _starting_parameters(options, X, dims):
    if options.parameters is None:
        return initialize_parameters(dims, options.init, scale=options.init_scale, seed=options.seed,
                                     batch_norm=bool(options.batch_norm))
    L = check_parameters(options.parameters, n_x=X.shape[0])
    shapes = [options.parameters[f"W{l}"].shape for l in range(1, L + 1)]
    expected = [(dims[l], dims[l - 1]) for l in range(1, len(dims))]
    if shapes != expected:
        raise ValueError(f"`parameters` do not match layer_dims {dims}: weights {shapes}, expected {expected}")
    return _copy(options.parameters)


def _copy(parameters):
    return {k: v.copy() for k, v in parameters.items()}


# ---- bookkeeping: history, printing, stopping ------------------------------------------------------

def _new_history(run, parameters, net):
    forward_options = {"hidden_activation": run.g.name, "output_activation": run.output}
    if run.g.name == "leaky_relu":
        forward_options["leaky_slope"] = run.g.leaky_slope
    history = {"cost": [], "learning_rate": [], "snapshots": [], "epochs": 0, "stopped_early": False,
               "forward_options": forward_options}
    if net.bn_stats is not None:  # predict and the dev set use the running averages
        history["batch_norm"] = forward_options["bn_stats"] = net.bn_stats
        forward_options["bn_mode"] = "test"
    if run.dev is not None:
        history["dev_cost"] = []
    if run.snapshot_every:
        history["snapshots"].append((0, _copy(parameters)))
    return history


def _record(history, run, net, epoch, parameters, cost):
    """Append the epoch's cost, learning rate and (when asked) dev cost."""
    history["cost"].append(cost)
    history["learning_rate"].append(run.optimizer.learning_rate)
    history["epochs"] = epoch + 1
    if run.dev is not None:
        X_dev, Y_dev = run.dev
        _, caches = _forward(X_dev, parameters, net.L, net.g, net.output, bn_stats=net.bn_stats,
                             bn_mode="test" if net.bn_stats is not None else "train")
        history["dev_cost"].append(_cost_from_logits(caches[-1].Z, Y_dev, run.output))


def _should_stop(history, run, epoch, parameters, cost):
    """The callback asked to stop, or the cost moved less than ``tol`` over the last 10 epochs."""
    stop = run.callback is not None and bool(run.callback(epoch, parameters, cost))
    return stop or (run.tol is not None and epoch >= 10 and abs(history["cost"][-11] - cost) < run.tol)


def _report(history, run, epoch, parameters, cost, final):
    """Print the cost and keep a snapshot at the chosen intervals and at the final epoch."""
    if run.print_every and (epoch % run.print_every == 0 or final):
        unit = "iteration" if run.batch_size is None else "epoch"
        print(f"Cost after {unit} {epoch}: {cost:.6f}")
    if run.snapshot_every and ((epoch + 1) % run.snapshot_every == 0 or final):
        history["snapshots"].append((epoch + 1, _copy(parameters)))


def _check_finite(epoch, cost, learning_rate, parameters=None):
    """Stop a diverging run: a non-finite cost (checked every epoch: once a parameter overflows,
    the next cost does too) or, at the end, a non-finite parameter."""
    if not math.isfinite(cost) or (parameters is not None and not all(np.isfinite(p).all() for p in parameters.values())):
        raise TrainingDiverged(epoch, cost, learning_rate)


# ---- the loop -------------------------------------------------------------------------------------

def train(X, Y, layer_dims, **options):
    """Train an L-layer network; return ``(parameters, history)``.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column.
    Y : ndarray of shape (1, m) or (C, m)
        0/1 labels for a sigmoid output, one-hot labels for softmax.
    layer_dims : list of int
        ``[n_x, n1, ..., nL]``; ``n_x`` must equal ``X.shape[0]`` and ``nL`` the rows of ``Y``.
    **options
        Any field of :class:`TrainOptions` (activation, initialization, seed, optimizer and
        learning rate, schedule, ``num_epochs``/``num_iterations``, ``batch_size``, ``lambd``,
        ``keep_prob``, batch norm, a dev set, ``tol``, printing, snapshots, a callback).

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
    X, Y, dims, options, run = _prepare(X, Y, layer_dims, options)
    parameters = _starting_parameters(options, X, dims)
    net = _Network(len(dims) - 1, run.g, ACTIVATIONS[run.output], run.keep_prob,
                   BatchNormStats(momentum=options.bn_momentum) if "gamma1" in parameters else None)
    history, rng = _new_history(run, parameters, net), np.random.default_rng([run.seed, 1])
    opt, learning_rate0 = run.optimizer, run.optimizer.learning_rate
    keep_freed_memory()
    with np.errstate(over="ignore", invalid="ignore"):
        for epoch in range(run.num_epochs):
            if run.schedule is not None:
                opt.learning_rate = float(run.schedule(learning_rate0, epoch))
            parameters, cost = _epoch(X, Y, parameters, opt, net, run.batch_size, rng, run.lambd)
            _check_finite(epoch, cost, opt.learning_rate)
            _record(history, run, net, epoch, parameters, cost)
            last = epoch == run.num_epochs - 1
            stop = run.watching and _should_stop(history, run, epoch, parameters, cost)
            if run.reporting:
                _report(history, run, epoch, parameters, cost, final=last or stop)
            if stop and not last:
                history["stopped_early"] = True
                break
    _check_finite(history["epochs"], cost, opt.learning_rate, parameters)
    return parameters, history


def _prepare(X, Y, layer_dims, options):
    """Check the data and every option once; return ``(X, Y, dims, options, run)``."""
    options = TrainOptions.from_keywords(options)
    X = check_array("X", X)
    dims = check_layer_dims(layer_dims)
    if dims[0] != X.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but layer_dims[0] is {dims[0]}")
    Y = check_labels("Y", Y, X.shape[1], classes=dims[-1])
    options.bn_momentum = check_real("bn_momentum", options.bn_momentum, low=0, high=1, high_open=True)
    return X, Y, dims, options, options.checked(X, Y, dims)
