"""Exercises of ``07_optimizers``: mini-batches, the optimizer state, momentum, RMSprop, Adam and
two learning-rate schedules.

The notebook's mini-batch shuffle is one ``np.random.default_rng(seed).permutation(m)`` applied to the
columns of X and Y; mini-batches are judged by their properties (a partition of the examples, X and
Y moved by one permutation, the sizes, the last smaller batch), and the exact columns may come
from that generator or from the course's ``np.random.seed(seed)`` + ``np.random.permutation``. The
optimizer state ``v`` / ``s`` is keyed like the gradients (``"dW1"``, ``"db1"``, ...). The course's
``initialize_adam`` (returning ``(v, s)``) is accepted for ``initialize_velocity``, and its
``update_parameters_with_adam`` returning ``(parameters, v, s, v_corrected, s_corrected)`` for Adam.
Published values are the course's check values: momentum and Adam (inputs from
``np.random.seed(1)`` and ``randn``, state at zero; Adam at t = 2) and the two schedules.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from . import properties
from .compare import Difference, compare
from .core import Case, Exercise, Mistake, WrongOutput
from .inputs import course_randn, generator, labels
from .plain import describe

NOTEBOOK = "07_optimizers"


def _course_inputs():
    W1, b1, W2, b2, dW1, db1, dW2, db2 = course_randn(1, (2, 3), (2, 1), (3, 3), (3, 1), (2, 3), (2, 1), (3, 3), (3, 1))
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


def _by_parameter(state):
    return {key[1:]: value for key, value in state.items()}  # "dW1" -> "W1", as helpers keys its state


def _by_gradient(state):
    return {"d" + key: value for key, value in state.items()}


# ---- random_mini_batches ----------------------------------------------------------------------

def random_mini_batches_by_hand(X, Y, batch_size, seed):
    return [tuple(batch) for batch in h.random_mini_batches(X, Y, batch_size, seed=seed)]


def _blocks(X, Y, batch_size, stop=None):
    m = X.shape[1]
    return [(X[:, k:k + batch_size], Y[:, k:k + batch_size]) for k in range(0, stop or m, batch_size)]


def _last_batch_dropped(X, Y, batch_size, seed):
    return [batch for batch in random_mini_batches_by_hand(X, Y, batch_size, seed) if batch[0].shape[1] == batch_size]


def _shuffled_separately(X, Y, batch_size, seed):
    rng = generator(seed)
    m = X.shape[1]
    return _blocks(X[:, rng.permutation(m)], Y[:, rng.permutation(m)], batch_size)


def _not_shuffled(X, Y, batch_size, seed):
    return _blocks(X, Y, batch_size)


def _rows_shuffled(X, Y, batch_size, seed):
    permutation = generator(seed).permutation(X.shape[1])
    return _blocks(X[permutation], Y[permutation], batch_size)  # an IndexError when m > the rows of X


def _batch_inputs(seed, n_x, m, batch_size):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n_x, m)), labels(seed, m), batch_size, seed


MINI_BATCHES = Exercise(
    key="random_mini_batches", name="random_mini_batches_by_hand", course_name="random_mini_batches",
    notebook=NOTEBOOK, reference=random_mini_batches_by_hand,
    cases=[Case("X (2, 300), batch size 64, seed 0", lambda: _batch_inputs(0, 2, 300, 64), random=True, exact=True),
           Case("X (3, 10), batch size 4, seed 7", lambda: _batch_inputs(7, 3, 10, 4), random=True, exact=True),
           Case("X (4, 12), batch size 4 (divides m), seed 3", lambda: _batch_inputs(3, 4, 12, 4), random=True, exact=True),
           Case("batch size larger than m", lambda: _batch_inputs(5, 2, 6, 64), random=True, exact=True)],
    outputs=("mini_batches",), seed_argument="seed",
    properties=lambda args, output: properties.mini_batches(args[0], args[1], args[2], output),
    mistakes=[
        Mistake("last batch dropped", _last_batch_dropped,
                "keep the last, smaller mini-batch: start a batch at every multiple of batch_size below m"),
        Mistake("X and Y shuffled differently", _shuffled_separately,
                "draw ONE permutation and apply it to both X and Y: two draws separate every example from its label"),
        Mistake("no shuffle", _not_shuffled, "shuffle the columns first, with a permutation drawn from the seed"),
        Mistake("rows shuffled", _rows_shuffled, "examples are the COLUMNS: shuffle with X[:, permutation]"),
    ],
    nudge="one permutation of the m column indices from a generator seeded with `seed`, applied to the columns of "
          "both X and Y; then consecutive blocks of batch_size columns, the last one holding what is left.")


# ---- initialize_velocity / initialize_adam ----------------------------------------------------

def initialize_state(parameters):
    return _zeros(parameters)


def _keys_without_d(parameters):
    return {key: np.zeros_like(value) for key, value in parameters.items()}


def _wrong_shape(parameters):
    return {"d" + key: np.zeros((value.shape[0], 1)) for key, value in parameters.items()}


def _biases_left_out(parameters):
    return {key: value for key, value in _zeros(parameters).items() if key.startswith("dW")}


def _initialize_adam(output, args):
    """The course's initialize_adam returns the pair (v, s): both must be the zeros the notebook's one dict is."""
    if isinstance(output, (tuple, list)) and len(output) == 2 and all(isinstance(o, dict) for o in output):
        v, s = output
        difference = compare(v, s, "s")
        if difference:
            raise WrongOutput(f"with two dicts (v, s), as the course's initialize_adam returns them, s must hold the same "
                              f"zeros as v: {difference.text}")
        return v
    return output


INITIALIZE = Exercise(
    key="initialize_velocity", name="initialize_state", course_name="initialize_velocity", notebook=NOTEBOOK,
    reference=initialize_state,
    cases=[Case("course parameters (RandomState(1))", lambda: (_course_inputs()[0],)),
           Case("random [5, 4, 3, 1]", lambda: (_random_state(71, [5, 4, 3, 1])[0],))],
    outputs=("state",), normalize=_initialize_adam,
    mistakes=[
        Mistake("keys without d", _keys_without_d, "key the state like the gradients: 'dW1', 'db1', ... ('d' + the parameter's key)"),
        Mistake("wrong shape", _wrong_shape, "each array has the shape of its parameter"),
        Mistake("biases left out", _biases_left_out, "the biases need a state too: one entry per parameter, 'db1' as well as 'dW1'"),
    ],
    nudge="one array of zeros per parameter, with that parameter's shape, under the gradient's key ('d' + the "
          "parameter's key).")


# ---- momentum ---------------------------------------------------------------------------------

def update_with_momentum(parameters, grads, v, beta, learning_rate):
    optimizer = h.Momentum(learning_rate, beta)
    optimizer.v = _by_parameter(v)
    return optimizer.update(parameters, grads), _by_gradient(optimizer.v)


def _no_one_minus_beta(parameters, grads, v, beta, learning_rate):
    return update_with_momentum(parameters, {k: g / (1 - beta) for k, g in grads.items()}, v, beta, learning_rate)


def _beta_on_the_gradient(parameters, grads, v, beta, learning_rate):
    swapped = {k: (beta * g + (1 - beta) * v[k] - beta * v[k]) / (1 - beta) for k, g in grads.items()}
    return update_with_momentum(parameters, swapped, v, beta, learning_rate)  # v = beta dW + (1 - beta) v


def _gradient_step(parameters, grads, v, beta, learning_rate):
    _, v = update_with_momentum(parameters, grads, v, beta, learning_rate)
    return h.GradientDescent(learning_rate).update(parameters, grads), v


def _momentum_ascent(parameters, grads, v, beta, learning_rate):
    new, v = update_with_momentum(parameters, grads, v, beta, learning_rate)
    return {key: 2 * parameters[key] - value for key, value in new.items()}, v


def _momentum_course():
    parameters, grads = _course_inputs()
    return parameters, grads, _zeros(parameters), 0.9, 0.01


def _momentum_random(seed, dims, beta, learning_rate):
    parameters, grads, v, _ = _random_state(seed, dims)
    return parameters, grads, v, beta, learning_rate


MOMENTUM = Exercise(
    key="update_parameters_with_momentum", name="update_with_momentum", course_name="update_parameters_with_momentum",
    notebook=NOTEBOOK, reference=update_with_momentum,
    cases=[Case("course check values (RandomState(1)), v = 0, beta 0.9, lr 0.01", _momentum_course,
                published={"parameters": {"W1": [[1.62544598, -0.61290114, -0.52907334], [-1.07347112, 0.86450677, -2.30085497]],
                                          "b1": [[1.74493465], [-0.76027113]]},
                           "v": {"dW1": [[-0.11006192, 0.11447237, 0.09015907], [0.05024943, 0.09008559, -0.06837279]]}}),
           Case("random [3, 4, 1], v from earlier steps, beta 0.8, lr 0.1", lambda: _momentum_random(72, [3, 4, 1], 0.8, 0.1)),
           Case("random [2, 3, 2, 1], v from earlier steps, beta 0.5, lr 0.3", lambda: _momentum_random(77, [2, 3, 2, 1], 0.5, 0.3))],
    outputs=("parameters", "v"), may_change=("v",),
    mistakes=[
        Mistake("no 1 - beta", _no_one_minus_beta, "the new gradient is weighted by (1 - beta): v = beta v + (1 - beta) dW"),
        Mistake("beta on the gradient", _beta_on_the_gradient,
                "beta weighs the previous average and (1 - beta) the new gradient: v = beta v + (1 - beta) dW"),
        Mistake("gradient step", _gradient_step, "step along the average, not the gradient: W = W - learning_rate * v"),
        Mistake("plus", _momentum_ascent, "descent subtracts: W = W - learning_rate * v"),
    ],
    nudge="for every parameter: the average v moves toward the new gradient, beta of the old average plus "
          "(1 - beta) of the gradient; then the parameter steps against that average, times the learning rate. "
          "Return the new parameters and v.")


# ---- RMSprop ----------------------------------------------------------------------------------

def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    optimizer = h.RMSProp(learning_rate, beta, epsilon)
    optimizer.s = _by_parameter(s)
    return optimizer.update(parameters, grads), _by_gradient(optimizer.s)


def _rmsprop_by_hand(parameters, grads, s, beta, learning_rate, epsilon, square, weight, root):
    new, out = {}, {}
    for key, value in parameters.items():
        d = "d" + key
        out[d] = beta * s[d] + weight(beta) * square(grads[d])
        new[key] = value - learning_rate * grads[d] / root(out[d], epsilon)
    return new, out


def _rmsprop_eps_inside(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    return _rmsprop_by_hand(parameters, grads, s, beta, learning_rate, epsilon, np.square, lambda b: 1 - b,
                            lambda s, e: np.sqrt(s + e))


def _rmsprop_not_squared(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    return _rmsprop_by_hand(parameters, grads, s, beta, learning_rate, epsilon, lambda g: g, lambda b: 1 - b,
                            lambda s, e: np.sqrt(s) + e)


def _rmsprop_no_one_minus_beta(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    return _rmsprop_by_hand(parameters, grads, s, beta, learning_rate, epsilon, np.square, lambda b: 1.0,
                            lambda s, e: np.sqrt(s) + e)


def _rmsprop_random(seed, dims, beta, learning_rate, grad_scale=1.0, state=True):
    parameters, grads, _, s = _random_state(seed, dims, grad_scale, state)
    return parameters, grads, s, beta, learning_rate


RMSPROP = Exercise(
    key="update_parameters_with_rmsprop", name="update_with_rmsprop", notebook=NOTEBOOK, reference=update_with_rmsprop,
    cases=[Case("random [3, 4, 1], s from earlier steps, beta 0.9, lr 0.01", lambda: _rmsprop_random(73, [3, 4, 1], 0.9, 0.01)),
           Case("small gradients (about 1e-4), s = 0, beta 0.999, lr 0.001",
                lambda: _rmsprop_random(74, [2, 3, 1], 0.999, 0.001, grad_scale=1e-4, state=False)),
           Case("random [2, 2, 1], s from earlier steps, beta 0.5, lr 0.1", lambda: _rmsprop_random(78, [2, 2, 1], 0.5, 0.1))],
    outputs=("parameters", "s"), may_change=("s",),
    mistakes=[
        Mistake("epsilon inside the root", _rmsprop_eps_inside, "epsilon goes OUTSIDE the square root: dW / (sqrt(s) + epsilon)"),
        Mistake("dW instead of dW^2", _rmsprop_not_squared, "s averages the SQUARED gradients, element by element"),
        Mistake("no 1 - beta", _rmsprop_no_one_minus_beta,
                "the squared gradient is weighted by (1 - beta): s = beta s + (1 - beta) dW^2"),
    ],
    nudge="for every parameter: s, an average of the squared gradients (beta of the old s, 1 - beta of dW^2, "
          "entry by entry); the step is the gradient divided by sqrt(s) plus epsilon, times the learning rate.")


# ---- Adam -------------------------------------------------------------------------------------

def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    optimizer = h.Adam(learning_rate, beta1, beta2, epsilon)
    optimizer.v, optimizer.s, optimizer.t = _by_parameter(v), _by_parameter(s), t - 1  # update() counts this step
    return optimizer.update(parameters, grads), _by_gradient(optimizer.v), _by_gradient(optimizer.s)


def _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, *, first=None, square=np.square,
                  power=lambda t: t, correct_s=True, root=lambda s, e: np.sqrt(s) + e, corrected=True):
    new, v_out, s_out = {}, {}, {}
    for key, value in parameters.items():
        d = "d" + key
        v_out[d] = beta1 * (v[d] if first is None else first(grads[d])) + (1 - beta1) * grads[d]
        s_out[d] = beta2 * s[d] + (1 - beta2) * square(grads[d])
        v_hat = v_out[d] / (1 - beta1 ** power(t)) if corrected else v_out[d]
        s_hat = s_out[d] / (1 - beta2 ** power(t)) if corrected and correct_s else s_out[d]
        new[key] = value - learning_rate * v_hat / root(s_hat, epsilon)
    return new, v_out, s_out


def _adam_uncorrected(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, corrected=False)


def _adam_s_uncorrected(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, correct_s=False)


def _adam_eps_inside(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, root=lambda s, e: np.sqrt(s + e))


def _adam_t_plus_one(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, power=lambda t: t + 1)


def _adam_not_squared(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, square=lambda g: g)


def _adam_notes_misprint(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam_by_hand(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, first=lambda g: g)


def _five_values(output, args):
    """The course's Adam returns (parameters, v, s, v_corrected, s_corrected): the corrected averages must be
    the returned v and s divided by 1 - beta^t; the notebook's three values are the first three."""
    if not isinstance(output, (tuple, list)) or len(output) != 5:
        return output
    parameters, v, s, v_corrected, s_corrected = output
    t, beta1, beta2 = args[4], (args[6] if len(args) > 6 else 0.9), (args[7] if len(args) > 7 else 0.999)
    for name, average, corrected, beta in (("v_corrected", v, v_corrected, beta1), ("s_corrected", s, s_corrected, beta2)):
        if not isinstance(average, dict):
            break
        difference = compare({k: np.asarray(a) / (1 - beta ** t) for k, a in average.items()}, corrected, name)
        if difference:
            raise WrongOutput(f"{difference.text} (it should be your returned {name[0]} divided by 1 - beta^t)")
    return parameters, v, s


def _adam_course():
    parameters, grads = _course_inputs()
    return parameters, grads, _zeros(parameters), _zeros(parameters), 2, 0.01


def _adam_random(seed, dims, t, learning_rate, grad_scale=1.0, state=True):
    parameters, grads, v, s = _random_state(seed, dims, grad_scale, state)
    return parameters, grads, v, s, t, learning_rate


ADAM = Exercise(
    key="update_parameters_with_adam", name="update_with_adam", course_name="update_parameters_with_adam",
    notebook=NOTEBOOK, reference=update_with_adam,
    cases=[Case("course check values (RandomState(1)), v = s = 0, t = 2, lr 0.01", _adam_course,
                published={"parameters": {"W1": [[1.63178673, -0.61919778, -0.53561312], [-1.08040999, 0.85796626, -2.29409733]]},
                           "v": {"dW1": [[-0.11006192, 0.11447237, 0.09015907], [0.05024943, 0.09008559, -0.06837279]]},
                           "s": {"dW1": [[0.00121136, 0.00131039, 0.00081287], [0.0002525, 0.00081154, 0.00046748]]}}),
           Case("random [3, 4, 1], v and s from earlier steps, t = 5, lr 0.02", lambda: _adam_random(75, [3, 4, 1], 5, 0.02)),
           Case("small gradients (about 1e-4), v = s = 0, t = 1, lr 0.001",
                lambda: _adam_random(76, [2, 3, 1], 1, 0.001, grad_scale=1e-4, state=False)),
           Case("random [2, 2, 1], v and s from earlier steps, t = 3, lr 0.05, beta1 0.8, beta2 0.99",
                lambda: _adam_random(79, [2, 2, 1], 3, 0.05) + (0.8, 0.99))],
    outputs=("parameters", "v", "s"), normalize=_five_values, may_change=("v", "s"),
    mistakes=[
        Mistake("no bias correction", _adam_uncorrected,
                "correct both averages for their zero start: v / (1 - beta1^t) and s / (1 - beta2^t)"),
        Mistake("s not corrected", _adam_s_uncorrected,
                "s needs its bias correction too: divide by sqrt(s / (1 - beta2^t)) + epsilon, not by sqrt(s)"),
        Mistake("epsilon inside the root", _adam_eps_inside, "epsilon goes OUTSIDE the square root: sqrt(s_hat) + epsilon"),
        Mistake("bias correction with t + 1", _adam_t_plus_one,
                "t is already the number of this update, counted from 1: use beta1^t and beta2^t as they are"),
        Mistake("dW instead of dW^2", _adam_not_squared, "s averages the SQUARED gradients: s = beta2 s + (1 - beta2) dW^2"),
        Mistake("the notes' beta1 * dW", _adam_notes_misprint,
                "the first term is the previous average, beta1 * v, not beta1 * dW (the lecture notes' misprint)"),
    ],
    nudge="for every parameter: v as momentum's average (beta1), s as RMSprop's average of squares (beta2); both "
          "divided by 1 - beta^t to undo their zero start (t counts the updates from 1); the step is the corrected "
          "v over (sqrt of the corrected s plus epsilon), times the learning rate. Return the new parameters, v and "
          "s (before correction).")


# ---- learning-rate schedules ------------------------------------------------------------------

def update_lr(learning_rate0, epoch_num, decay_rate):
    return float(h.inverse_time_decay(decay_rate)(learning_rate0, epoch_num))


def _epoch_plus_one(learning_rate0, epoch_num, decay_rate):
    return update_lr(learning_rate0, epoch_num + 1, decay_rate)


def _one_missing(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 / (decay_rate * epoch_num)


def _brackets_missing(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 / 1 + decay_rate * epoch_num


UPDATE_LR = Exercise(
    key="update_lr", name="update_lr", notebook=NOTEBOOK, reference=update_lr,
    cases=[Case("course check values (0.5, epoch 2, decay 1)", lambda: (0.5, 2, 1),
                published={"learning_rate": 0.16666666666666666}),
           Case("0.01, epoch 0, decay 0.3", lambda: (0.01, 0, 0.3)),
           Case("0.2, epoch 37, decay 0.05", lambda: (0.2, 37, 0.05))],
    outputs=("learning_rate",),
    mistakes=[
        Mistake("epoch + 1", _epoch_plus_one,
                "epochs count from 0 and the formula uses epoch_num as it is: at epoch 0 the rate is learning_rate0"),
        Mistake("1 + missing", _one_missing,
                "the denominator is 1 + decay_rate * epoch_num (with the 1, so that epoch 0 keeps learning_rate0)"),
        Mistake("brackets missing", _brackets_missing, "put the whole denominator in brackets"),
    ],
    nudge="the rate falls as 1 / (1 + decay_rate * epoch_num) of learning_rate0, so that epoch 0 keeps learning_rate0.")


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return float(h.staircase_decay(decay_rate, time_interval)(learning_rate0, epoch_num))


def _no_floor(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (epoch_num / time_interval))


def _staircase_epoch_plus_one(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return schedule_lr_decay(learning_rate0, epoch_num + 1, decay_rate, time_interval)


def _floor_of_the_product(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + np.floor(decay_rate * epoch_num / time_interval))


SCHEDULE = Exercise(
    key="schedule_lr_decay", name="schedule_lr_decay", notebook=NOTEBOOK, reference=schedule_lr_decay,
    cases=[Case("course check values (0.5, epoch 100, decay 0.3, interval 100)", lambda: (0.5, 100, 0.3, 100),
                published={"learning_rate": 0.38461538}),
           Case("0.5, epoch 150, decay 0.3, interval 100", lambda: (0.5, 150, 0.3, 100)),
           Case("0.1, epoch 99, decay 1, interval 100", lambda: (0.1, 99, 1.0, 100)),
           Case("0.2, epoch 2500, decay 0.5, default interval 1000", lambda: (0.2, 2500, 0.5)),
           Case("0.3, epoch 7, decay 2, interval 3", lambda: (0.3, 7, 2.0, 3))],
    outputs=("learning_rate",),
    mistakes=[
        Mistake("no floor", _no_floor,
                "round epoch_num / time_interval DOWN to a whole number: the rate drops in steps, once per interval"),
        Mistake("epoch + 1", _staircase_epoch_plus_one,
                "epochs count from 0: the first drop comes at epoch time_interval, not one epoch earlier"),
        Mistake("floor of the whole product", _floor_of_the_product,
                "round down only the number of intervals, then multiply by decay_rate"),
    ],
    nudge="like update_lr, but the epoch count in the denominator is replaced by the number of whole "
          "time_intervals passed (rounded down), so the rate stays put for time_interval epochs, then drops.")

EXERCISES = [MINI_BATCHES, INITIALIZE, MOMENTUM, RMSPROP, ADAM, UPDATE_LR, SCHEDULE]
