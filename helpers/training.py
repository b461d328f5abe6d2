"""The one training loop every notebook reuses.

One epoch is one pass over the training set: a single gradient step when ``batch_size`` is None
(batch gradient descent, where "epoch" and "iteration" mean the same), or one step per
mini-batch otherwise. Each step is forward -> cost -> backward -> optimizer update, through the
public functions of :mod:`helpers.layers`, :mod:`helpers.losses` and :mod:`helpers.optimizers`.
"""
from __future__ import annotations

import numpy as np

from .batchnorm import BatchNormStats
from .initializers import INIT_METHODS, check_layer_dims, initialize_parameters
from .layers import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS, model_backward, model_forward
from .losses import cost_from_logits, l2_penalty
from .optimizers import Adam, GradientDescent, Momentum, RMSProp, _Optimizer, random_mini_batches
from .validation import (
    TrainingDiverged,
    check_array,
    check_choice,
    check_int,
    check_labels,
    check_parameters,
    check_real,
)

__all__ = ["OPTIMIZERS", "make_optimizer", "train"]

OPTIMIZERS = {"gd": GradientDescent, "momentum": Momentum, "rmsprop": RMSProp, "adam": Adam}


def make_optimizer(name, learning_rate, **options):
    """Build an optimizer from its name: ``"gd"``, ``"momentum"``, ``"rmsprop"`` or ``"adam"``."""
    check_choice("optimizer", name, tuple(OPTIMIZERS))
    return OPTIMIZERS[name](learning_rate, **options)


def _copy(parameters):
    return {k: v.copy() for k, v in parameters.items()}


def train(X, Y, layer_dims, *, hidden_activation="relu", output_activation=None,
          init="he", init_scale=0.01, seed=0, parameters=None,
          optimizer="gd", learning_rate=0.0075, optimizer_options=None, schedule=None,
          num_epochs=None, num_iterations=None, batch_size=None,
          lambd=0.0, keep_prob=1.0, batch_norm=False, bn_momentum=0.9,
          X_dev=None, Y_dev=None, tol=None,
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
        cut into mini-batches at every epoch (:func:`random_mini_batches`).
    lambd : float >= 0, default 0
        L2 regularization strength (cost and gradients).
    keep_prob : float in (0, 1], default 1
        Inverted dropout on the hidden layers during training.
    batch_norm : bool, default False
        Batch-normalize the hidden layers (``gamma``/``beta`` instead of ``b``; see
        :mod:`helpers.batchnorm`). Running averages of the batch statistics (decay
        ``bn_momentum``, default 0.9) are kept in ``history["batch_norm"]`` and passed to
        :func:`predict` through ``history["forward_options"]``. Starting ``parameters`` that
        contain ``gamma`` keys switch it on too.
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
        round to 0 or 1), ``"learning_rate"``,
        ``"dev_cost"`` (if a dev set is given), ``"snapshots"``, ``"epochs"`` (run),
        ``"stopped_early"``, and the ``"forward_options"`` to pass on to :func:`predict`.

    Raises
    ------
    TrainingDiverged
        When the cost becomes nan or inf; the message names the epoch and the learning rate.
    """
    X = check_array("X", X)
    dims = check_layer_dims(layer_dims)
    if dims[0] != X.shape[0]:
        raise ValueError(f"X has {X.shape[0]} rows but layer_dims[0] is {dims[0]}")
    Y = check_labels("Y", Y, X.shape[1], classes=dims[-1])
    check_choice("hidden_activation", hidden_activation, HIDDEN_ACTIVATIONS)
    if output_activation is None:
        output_activation = "sigmoid" if dims[-1] == 1 else "softmax"
    check_choice("output_activation", output_activation, OUTPUT_ACTIVATIONS)
    if output_activation == "sigmoid" and dims[-1] != 1:
        raise ValueError(f"`output_activation` 'sigmoid' needs one output unit; got layer_dims[-1] = {dims[-1]}")
    if output_activation == "softmax" and dims[-1] < 2:
        raise ValueError(f"`output_activation` 'softmax' needs at least 2 output units; got layer_dims[-1] = {dims[-1]}")
    check_choice("init", init, INIT_METHODS)
    seed = check_int("seed", seed, low=0)
    if num_epochs is not None and num_iterations is not None:
        raise ValueError("give `num_epochs` or `num_iterations`, not both; got both")
    num_epochs = num_iterations if num_epochs is None else num_epochs
    num_epochs = check_int("num_epochs", 1000 if num_epochs is None else num_epochs, low=1)
    lambd = check_real("lambd", lambd, low=0)
    keep_prob = check_real("keep_prob", keep_prob, low=0, high=1, low_open=True)
    bn_momentum = check_real("bn_momentum", bn_momentum, low=0, high=1, high_open=True)
    print_every = check_int("print_every", print_every, low=0)
    snapshot_every = check_int("snapshot_every", snapshot_every, low=0)
    if batch_size is not None:
        batch_size = check_int("batch_size", batch_size, low=1)
        if batch_size >= X.shape[1]:
            batch_size = None
    if tol is not None:
        tol = check_real("tol", tol, low=0, low_open=True)
    if schedule is not None and not callable(schedule):
        raise TypeError(f"`schedule` must be a function (learning_rate0, epoch) -> learning_rate; got {schedule!r}")
    if callback is not None and not callable(callback):
        raise TypeError(f"`callback` must be a function (epoch, parameters, cost) -> bool; got {callback!r}")
    if (X_dev is None) != (Y_dev is None):
        raise ValueError("give both `X_dev` and `Y_dev`, or neither")
    if X_dev is not None:
        X_dev = check_array("X_dev", X_dev, rows=X.shape[0])
        Y_dev = check_labels("Y_dev", Y_dev, X_dev.shape[1], classes=dims[-1])

    if isinstance(optimizer, _Optimizer):
        opt = optimizer
    elif isinstance(optimizer, str):
        opt = make_optimizer(optimizer, learning_rate, **(optimizer_options or {}))
    else:
        raise TypeError(f"`optimizer` must be one of {sorted(OPTIMIZERS)} or an optimizer object; got {optimizer!r}")
    learning_rate0 = opt.learning_rate

    if parameters is None:
        parameters = initialize_parameters(dims, init, scale=init_scale, seed=seed, batch_norm=bool(batch_norm))
    else:
        L = check_parameters(parameters, n_x=X.shape[0])
        shapes = [parameters[f"W{l}"].shape for l in range(1, L + 1)]
        expected = [(dims[l], dims[l - 1]) for l in range(1, len(dims))]
        if shapes != expected:
            raise ValueError(f"`parameters` do not match layer_dims {dims}: weights {shapes}, expected {expected}")
        parameters = _copy(parameters)
        batch_norm = batch_norm or "gamma1" in parameters
    forward_options = {"hidden_activation": hidden_activation, "output_activation": output_activation}
    train_options = dict(forward_options, keep_prob=keep_prob)
    if batch_norm:
        stats = BatchNormStats(momentum=bn_momentum)
        forward_options["bn_stats"] = train_options["bn_stats"] = stats
        forward_options["bn_mode"] = "test"  # what predict and the dev set use: the running averages
    rng = np.random.default_rng([seed, 1])  # shuffles and dropout masks, independent of the init draw

    history = {"cost": [], "learning_rate": [], "snapshots": [], "epochs": 0, "stopped_early": False,
               "forward_options": forward_options}
    if batch_norm:
        history["batch_norm"] = forward_options["bn_stats"]
    if X_dev is not None:
        history["dev_cost"] = []
    if snapshot_every:
        history["snapshots"].append((0, _copy(parameters)))
    m = X.shape[1]
    unit = "iteration" if batch_size is None else "epoch"

    with np.errstate(over="ignore", invalid="ignore"):
        for epoch in range(num_epochs):
            if schedule is not None:
                opt.learning_rate = float(schedule(learning_rate0, epoch))
            batches = [(X, Y)] if batch_size is None else random_mini_batches(X, Y, batch_size, seed=rng)
            total = 0.0
            for X_t, Y_t in batches:
                try:
                    AL, caches = model_forward(X_t, parameters, rng=rng, **train_options)
                except ValueError:
                    raise TrainingDiverged(epoch, float("nan"), opt.learning_rate) from None
                cost = cost_from_logits(caches[-1].Z, Y_t, output_activation)
                if lambd > 0:
                    cost += l2_penalty(parameters, lambd, X_t.shape[1])
                if not np.isfinite(cost):
                    raise TrainingDiverged(epoch, cost, opt.learning_rate)
                total += cost * X_t.shape[1]
                grads = model_backward(AL, Y_t, caches, lambd=lambd)
                parameters = opt.update(parameters, grads)
            cost = total / m
            history["cost"].append(cost)
            history["learning_rate"].append(opt.learning_rate)
            history["epochs"] = epoch + 1
            if X_dev is not None:
                try:
                    _, dev_caches = model_forward(X_dev, parameters, **forward_options)
                except ValueError:
                    raise TrainingDiverged(epoch, float("nan"), opt.learning_rate) from None
                history["dev_cost"].append(cost_from_logits(dev_caches[-1].Z, Y_dev, output_activation))
            last = epoch == num_epochs - 1
            if print_every and (epoch % print_every == 0 or last):
                print(f"Cost after {unit} {epoch}: {cost:.6f}")
            if snapshot_every and ((epoch + 1) % snapshot_every == 0 or last):
                history["snapshots"].append((epoch + 1, _copy(parameters)))
            stop = callback is not None and bool(callback(epoch, parameters, cost))
            if tol is not None and epoch >= 10 and abs(history["cost"][-11] - cost) < tol:
                stop = True
            if stop and not last:
                history["stopped_early"] = True
                if print_every and epoch % print_every:
                    print(f"Cost after {unit} {epoch}: {cost:.6f}")
                if snapshot_every and history["snapshots"][-1][0] != epoch + 1:
                    history["snapshots"].append((epoch + 1, _copy(parameters)))
                break
    if not all(np.isfinite(p).all() for p in parameters.values()):
        raise TrainingDiverged(history["epochs"], float("nan"), opt.learning_rate)
    return parameters, history
