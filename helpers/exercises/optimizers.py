"""Exercises of ``07_optimizers``: mini-batches, the optimizer state, momentum, RMSprop, Adam and
two learning-rate schedules.

The mini-batch shuffle is one ``np.random.default_rng(seed).permutation(m)`` applied to the
columns of X and Y, so a correct implementation is deterministic. Published values are the
course's check values: momentum and Adam (inputs from ``np.random.seed(1)`` and ``randn``, which
``np.random.RandomState(1)`` rebuilds exactly, state at zero; Adam at t = 2) and the two schedules.
The course's mini-batch values come from the legacy generator's permutation and are not used.
"""
from __future__ import annotations

import numpy as np

from ..optimizers import random_mini_batches as _h_random_mini_batches
from ..schedules import inverse_time_decay as _h_inverse_time_decay
from ..schedules import staircase_decay as _h_staircase_decay
from .core import Case, Exercise, Mistake, compare
from .core import course_randn as _randn

NOTEBOOK = "07_optimizers"


def _nan_aware(expected, got, name="output"):
    """:func:`compare`, except that NaN in the same places on both sides counts as equal (a square
    root of a negative number gives NaN, and the mistake that does so must still be recognized)."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in expected:
            if key in got:
                problem = _nan_aware(expected[key], got[key], key)
                if problem:
                    return problem
        return compare(expected, got, name)
    if isinstance(expected, (tuple, list)) and isinstance(got, (tuple, list)) and len(expected) == len(got):
        for e, g in zip(expected, got):
            problem = _nan_aware(e, g, name)
            if problem:
                return problem
        return None
    if isinstance(expected, np.ndarray) and isinstance(got, np.ndarray) and got.shape == expected.shape \
            and got.dtype.kind == "f" and (np.isnan(got).any() or np.isnan(expected).any()):
        if not np.array_equal(np.isnan(got), np.isnan(expected)):
            return (f"`{name}` contains NaN where the expected values are numbers (a square root of a "
                    f"negative number?)")
        keep = ~np.isnan(expected)
        return compare(expected[keep], got[keep], name)
    return compare(expected, got, name)


def _outputs_compare(parts):
    def compare_outputs(expected, got, name):
        if not isinstance(got, (tuple, list)) or len(got) != len(parts):
            return f"your function should return {len(parts)} values ({', '.join(parts)}); got {type(got).__name__}"
        for part, e, g in zip(parts, expected, got):
            problem = _nan_aware(e, g, part)
            if problem:
                return problem
        return None
    return compare_outputs


def _course_inputs():
    W1, b1, W2, b2, dW1, db1, dW2, db2 = _randn(1, (2, 3), (2, 1), (3, 3), (3, 1), (2, 3), (2, 1), (3, 3), (3, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def _zeros(parameters):
    return {"d" + key: np.zeros_like(value) for key, value in parameters.items()}


def _random_state(seed, dims, grad_scale=1.0, state=True):
    rng = np.random.default_rng(seed)
    parameters, grads = {}, {}
    for l in range(1, len(dims)):
        for key, shape in ((f"W{l}", (dims[l], dims[l - 1])), (f"b{l}", (dims[l], 1))):
            parameters[key] = rng.standard_normal(shape)
            grads["d" + key] = grad_scale * rng.standard_normal(shape)
    v = {k: (0.1 * grad_scale * rng.standard_normal(g.shape) if state else np.zeros_like(g)) for k, g in grads.items()}
    s = {k: (0.01 * grad_scale ** 2 * rng.random(g.shape) if state else np.zeros_like(g)) for k, g in grads.items()}
    return parameters, grads, v, s


# ---- random_mini_batches ----------------------------------------------------------------------

def random_mini_batches_by_hand(X, Y, batch_size, seed):
    return [(X_t, Y_t) for X_t, Y_t in _h_random_mini_batches(X, Y, batch_size, seed=np.random.default_rng(seed))]


def _batches_variant(X, Y, batch_size, seed, *, shuffle="together", keep_last=True):
    m = X.shape[1]
    rng = np.random.default_rng(seed)
    if shuffle == "together":
        permutation = rng.permutation(m)
        X, Y = X[:, permutation], Y[:, permutation]
    elif shuffle == "separately":
        X, Y = X[:, rng.permutation(m)], Y[:, rng.permutation(m)]
    elif shuffle == "rows":
        permutation = rng.permutation(m)
        X, Y = X[permutation], Y[permutation]
    stop = m if keep_last else m - batch_size + 1
    return [(X[:, k:k + batch_size], Y[:, k:k + batch_size]) for k in range(0, stop, batch_size)]


def _batch_inputs(seed, n_x, m, batch_size):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n_x, m)), (rng.random((1, m)) < 0.5).astype(float), batch_size, seed


MINI_BATCHES = Exercise(
    name="random_mini_batches_by_hand", course_name="random_mini_batches", key="random_mini_batches",
    notebook=NOTEBOOK, reference=random_mini_batches_by_hand,
    cases=[Case("X (2, 300), batch size 64, seed 0", lambda: _batch_inputs(0, 2, 300, 64)),
           Case("X (3, 10), batch size 4, seed 7", lambda: _batch_inputs(7, 3, 10, 4)),
           Case("X (4, 12), batch size 4 (divides m), seed 3", lambda: _batch_inputs(3, 4, 12, 4)),
           Case("batch size larger than m", lambda: _batch_inputs(5, 2, 6, 64))],
    outputs=("mini_batches",),
    mistakes=[
        Mistake("last batch dropped", lambda X, Y, B, seed: _batches_variant(X, Y, B, seed, keep_last=False),
                "keep the last, smaller mini-batch: start a batch at every multiple of batch_size below m, "
                "range(0, m, batch_size)"),
        Mistake("X and Y shuffled differently", lambda X, Y, B, seed: _batches_variant(X, Y, B, seed, shuffle="separately"),
                "draw ONE permutation and apply it to both X and Y: two draws separate every example from its label"),
        Mistake("no shuffle", lambda X, Y, B, seed: _batches_variant(X, Y, B, seed, shuffle="none"),
                "shuffle first: permutation = np.random.default_rng(seed).permutation(m), then X[:, permutation]"),
        Mistake("rows shuffled", lambda X, Y, B, seed: _batches_variant(X, Y, B, seed, shuffle="rows"),
                "examples are the COLUMNS: shuffle with X[:, permutation] and Y[:, permutation]"),
    ],
    hint="permutation = np.random.default_rng(seed).permutation(m); X[:, permutation], Y[:, permutation]; "
         "then the blocks [k : k + batch_size] for k = 0, batch_size, 2 batch_size, ... < m")


# ---- initialize_velocity / initialize_adam ----------------------------------------------------

def initialize_state(parameters):
    return _zeros(parameters)


INITIALIZE = Exercise(
    name="initialize_state", course_name="initialize_velocity", key="initialize_velocity",
    notebook=NOTEBOOK, reference=initialize_state,
    cases=[Case("course parameters (RandomState(1))", lambda: (_course_inputs()[0],)),
           Case("random [5, 4, 3, 1]", lambda: (_random_state(71, [5, 4, 3, 1])[0],))],
    outputs=("state",),
    mistakes=[
        Mistake("keys without d", lambda p: {key: np.zeros_like(value) for key, value in p.items()},
                "key the state like the gradients: 'dW1', 'db1', ... ('d' + the parameter's key)"),
        Mistake("wrong shape", lambda p: {"d" + key: np.zeros((value.shape[0], 1)) for key, value in p.items()},
                "each array has the shape of its parameter: np.zeros_like(parameters[key]) or np.zeros(W.shape)"),
        Mistake("biases left out", lambda p: {"d" + key: np.zeros_like(value) for key, value in p.items() if key.startswith("W")},
                "the biases need a state too: one entry per parameter, 'db1' as well as 'dW1'"),
    ],
    hint="{'d' + key: np.zeros_like(value) for key, value in parameters.items()}")


# ---- momentum ---------------------------------------------------------------------------------

def update_with_momentum(parameters, grads, v, beta, learning_rate, *, rule="ok"):
    new_parameters = {}
    for key, value in parameters.items():
        d = "d" + key
        if rule == "no 1 - beta":
            v[d] = beta * v[d] + grads[d]
        elif rule == "swapped":
            v[d] = beta * grads[d] + (1 - beta) * v[d]
        else:
            v[d] = beta * v[d] + (1 - beta) * grads[d]
        step = grads[d] if rule == "gradient step" else v[d]
        new_parameters[key] = value + learning_rate * step if rule == "plus" else value - learning_rate * step
    return new_parameters, v


def _momentum_course():
    parameters, grads = _course_inputs()
    return parameters, grads, _zeros(parameters), 0.9, 0.01


def _momentum_random(seed, dims, beta, learning_rate):
    parameters, grads, v, _ = _random_state(seed, dims)
    return parameters, grads, v, beta, learning_rate


def _momentum_mistake(rule):
    return lambda p, g, v, beta, lr: update_with_momentum(p, g, v, beta, lr, rule=rule)


MOMENTUM = Exercise(
    name="update_with_momentum", course_name="update_parameters_with_momentum", key="update_parameters_with_momentum",
    notebook=NOTEBOOK, reference=update_with_momentum,
    cases=[Case("course check values (RandomState(1)), v = 0, beta 0.9, lr 0.01", _momentum_course,
                published={"parameters": {"W1": [[1.62544598, -0.61290114, -0.52907334], [-1.07347112, 0.86450677, -2.30085497]],
                                          "b1": [[1.74493465], [-0.76027113]]},
                           "v": {"dW1": [[-0.11006192, 0.11447237, 0.09015907], [0.05024943, 0.09008559, -0.06837279]]}}),
           Case("random [3, 4, 1], v from earlier steps, beta 0.8, lr 0.1", lambda: _momentum_random(72, [3, 4, 1], 0.8, 0.1))],
    outputs=("parameters", "v"),
    mistakes=[
        Mistake("no 1 - beta", _momentum_mistake("no 1 - beta"),
                "the new gradient is weighted by (1 - beta): v = beta * v + (1 - beta) * dW"),
        Mistake("beta on the gradient", _momentum_mistake("swapped"),
                "beta weighs the previous average and (1 - beta) the new gradient: v = beta * v + (1 - beta) * dW"),
        Mistake("gradient step", _momentum_mistake("gradient step"),
                "step along the average, not the gradient: W = W - learning_rate * v['dW']"),
        Mistake("plus", _momentum_mistake("plus"), "descent subtracts: W = W - learning_rate * v['dW']"),
    ],
    hint="for every key: v['d' + key] = beta * v['d' + key] + (1 - beta) * grads['d' + key]; "
         "parameters[key] - learning_rate * v['d' + key]; return (parameters, v)")
MOMENTUM.compare = _outputs_compare(MOMENTUM.outputs)


# ---- RMSprop ----------------------------------------------------------------------------------

def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8, *, rule="ok"):
    new_parameters = {}
    for key, value in parameters.items():
        d = "d" + key
        square = grads[d] if rule == "g" else grads[d] ** 2
        s[d] = beta * s[d] + (square if rule == "no 1 - beta" else (1 - beta) * square)
        root = np.sqrt(s[d] + epsilon) if rule == "eps inside" else np.sqrt(s[d]) + epsilon
        new_parameters[key] = value - learning_rate * grads[d] / root
    return new_parameters, s


def _rmsprop_random(seed, dims, beta, learning_rate, grad_scale=1.0, state=True):
    parameters, grads, _, s = _random_state(seed, dims, grad_scale, state)
    return parameters, grads, s, beta, learning_rate


def _rmsprop_mistake(rule):
    return lambda p, g, s, beta, lr, epsilon=1e-8: update_with_rmsprop(p, g, s, beta, lr, epsilon, rule=rule)


RMSPROP = Exercise(
    name="update_with_rmsprop", key="update_parameters_with_rmsprop", notebook=NOTEBOOK, reference=update_with_rmsprop,
    cases=[Case("random [3, 4, 1], s from earlier steps, beta 0.9, lr 0.01", lambda: _rmsprop_random(73, [3, 4, 1], 0.9, 0.01)),
           Case("small gradients (about 1e-4), s = 0, beta 0.999, lr 0.001",
                lambda: _rmsprop_random(74, [2, 3, 1], 0.999, 0.001, grad_scale=1e-4, state=False))],
    outputs=("parameters", "s"),
    mistakes=[
        Mistake("epsilon inside the root", _rmsprop_mistake("eps inside"),
                "epsilon goes OUTSIDE the square root: dW / (np.sqrt(s) + epsilon)"),
        Mistake("dW instead of dW^2", _rmsprop_mistake("g"),
                "s averages the SQUARED gradients, element by element: (1 - beta) * dW ** 2"),
        Mistake("no 1 - beta", _rmsprop_mistake("no 1 - beta"),
                "the squared gradient is weighted by (1 - beta): s = beta * s + (1 - beta) * dW ** 2"),
    ],
    hint="s['d' + key] = beta * s + (1 - beta) * dW ** 2; W - learning_rate * dW / (np.sqrt(s) + epsilon)")
RMSPROP.compare = _outputs_compare(RMSPROP.outputs)


# ---- Adam -------------------------------------------------------------------------------------

def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8, *, rule="ok"):
    new_parameters = {}
    for key, value in parameters.items():
        d = "d" + key
        v[d] = beta1 * (grads[d] if rule == "notes" else v[d]) + (1 - beta1) * grads[d]
        s[d] = beta2 * s[d] + (1 - beta2) * (grads[d] if rule == "g" else grads[d] ** 2)
        power = t + 1 if rule == "t + 1" else t
        v_hat = v[d] if rule == "no correction" else v[d] / (1 - beta1 ** power)
        s_hat = s[d] if rule == "no correction" else s[d] / (1 - beta2 ** power)
        root = np.sqrt(s_hat + epsilon) if rule == "eps inside" else np.sqrt(s_hat) + epsilon
        new_parameters[key] = value - learning_rate * v_hat / root
    return new_parameters, v, s


def _adam_course():
    parameters, grads = _course_inputs()
    return parameters, grads, _zeros(parameters), _zeros(parameters), 2, 0.01


def _adam_random(seed, dims, t, learning_rate, grad_scale=1.0, state=True):
    parameters, grads, v, s = _random_state(seed, dims, grad_scale, state)
    return parameters, grads, v, s, t, learning_rate


def _adam_mistake(rule):
    return lambda p, g, v, s, t, lr, beta1=0.9, beta2=0.999, epsilon=1e-8: update_with_adam(
        p, g, v, s, t, lr, beta1, beta2, epsilon, rule=rule)


ADAM = Exercise(
    name="update_with_adam", course_name="update_parameters_with_adam", key="update_parameters_with_adam",
    notebook=NOTEBOOK, reference=update_with_adam,
    cases=[Case("course check values (RandomState(1)), v = s = 0, t = 2, lr 0.01", _adam_course,
                published={"parameters": {"W1": [[1.63178673, -0.61919778, -0.53561312], [-1.08040999, 0.85796626, -2.29409733]]},
                           "v": {"dW1": [[-0.11006192, 0.11447237, 0.09015907], [0.05024943, 0.09008559, -0.06837279]]},
                           "s": {"dW1": [[0.00121136, 0.00131039, 0.00081287], [0.0002525, 0.00081154, 0.00046748]]}}),
           Case("random [3, 4, 1], v and s from earlier steps, t = 5, lr 0.02", lambda: _adam_random(75, [3, 4, 1], 5, 0.02)),
           Case("small gradients (about 1e-4), v = s = 0, t = 1, lr 0.001",
                lambda: _adam_random(76, [2, 3, 1], 1, 0.001, grad_scale=1e-4, state=False))],
    outputs=("parameters", "v", "s"),
    mistakes=[
        Mistake("no bias correction", _adam_mistake("no correction"),
                "correct both averages for their zero start: v_hat = v / (1 - beta1 ** t), s_hat = s / (1 - beta2 ** t)"),
        Mistake("epsilon inside the root", _adam_mistake("eps inside"),
                "epsilon goes OUTSIDE the square root: v_hat / (np.sqrt(s_hat) + epsilon)"),
        Mistake("bias correction with t + 1", _adam_mistake("t + 1"),
                "t is already the number of this update, counted from 1: use beta1 ** t and beta2 ** t as they are"),
        Mistake("dW instead of dW^2", _adam_mistake("g"),
                "s averages the SQUARED gradients: s = beta2 * s + (1 - beta2) * dW ** 2"),
        Mistake("the notes' beta1 * dW", _adam_mistake("notes"),
                "the first term is the previous average, beta1 * v['dW'], not beta1 * dW (the lecture notes' misprint)"),
    ],
    hint="v = beta1 v + (1 - beta1) dW; s = beta2 s + (1 - beta2) dW ** 2; v_hat = v / (1 - beta1 ** t), "
         "s_hat = s / (1 - beta2 ** t); W - learning_rate * v_hat / (np.sqrt(s_hat) + epsilon); return (parameters, v, s)")
ADAM.compare = _outputs_compare(ADAM.outputs)


# ---- learning-rate schedules ------------------------------------------------------------------

def update_lr(learning_rate0, epoch_num, decay_rate):
    return _h_inverse_time_decay(decay_rate)(learning_rate0, epoch_num)


UPDATE_LR = Exercise(
    name="update_lr", notebook=NOTEBOOK, reference=update_lr,
    cases=[Case("course check values (0.5, epoch 2, decay 1)", lambda: (0.5, 2, 1),
                published={"learning_rate": 0.16666666666666666}),
           Case("0.01, epoch 0, decay 0.3", lambda: (0.01, 0, 0.3)),
           Case("0.2, epoch 37, decay 0.05", lambda: (0.2, 37, 0.05))],
    outputs=("learning_rate",),
    mistakes=[
        Mistake("epoch + 1", lambda lr0, epoch, decay: lr0 / (1 + decay * (epoch + 1)),
                "epochs count from 0 and the formula uses epoch_num as it is: at epoch 0 the rate is learning_rate0"),
        Mistake("1 + missing", lambda lr0, epoch, decay: lr0 / (decay * epoch),
                "the denominator is 1 + decay_rate * epoch_num (with the 1, so that epoch 0 keeps learning_rate0)"),
        Mistake("brackets missing", lambda lr0, epoch, decay: lr0 / 1 + decay * epoch,
                "put the whole denominator in brackets: learning_rate0 / (1 + decay_rate * epoch_num)"),
    ],
    hint="learning_rate0 / (1 + decay_rate * epoch_num)")


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return _h_staircase_decay(decay_rate, time_interval)(learning_rate0, epoch_num)


SCHEDULE = Exercise(
    name="schedule_lr_decay", notebook=NOTEBOOK, reference=schedule_lr_decay,
    cases=[Case("course check values (0.5, epoch 100, decay 0.3, interval 100)", lambda: (0.5, 100, 0.3, 100),
                published={"learning_rate": 0.38461538}),
           Case("0.5, epoch 150, decay 0.3, interval 100", lambda: (0.5, 150, 0.3, 100)),
           Case("0.1, epoch 99, decay 1, interval 100", lambda: (0.1, 99, 1.0, 100)),
           Case("0.2, epoch 2500, decay 0.5, default interval 1000", lambda: (0.2, 2500, 0.5))],
    outputs=("learning_rate",),
    mistakes=[
        Mistake("no floor", lambda lr0, epoch, decay, interval=1000: lr0 / (1 + decay * (epoch / interval)),
                "round epoch_num / time_interval DOWN (np.floor or //): the rate drops in steps, once per interval"),
        Mistake("epoch + 1", lambda lr0, epoch, decay, interval=1000: lr0 / (1 + decay * np.floor((epoch + 1) / interval)),
                "epochs count from 0: use floor(epoch_num / time_interval), so the first drop comes at epoch time_interval"),
        Mistake("floor of the whole product", lambda lr0, epoch, decay, interval=1000: lr0 / (1 + np.floor(decay * epoch / interval)),
                "floor only the number of intervals: decay_rate * floor(epoch_num / time_interval)"),
    ],
    hint="learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))")

EXERCISES = [MINI_BATCHES, INITIALIZE, MOMENTUM, RMSPROP, ADAM, UPDATE_LR, SCHEDULE]
