"""Exercises of ``06_gradient_checking``: the one-parameter cost J = theta * x and its check, and the
gradient check of a whole network.

Keys carry ``_1d`` where the course's names (``forward_propagation``, ``backward_propagation``,
``gradient_check``) belong to other notebooks' exercises. A gradient-check difference is judged by
its size: for correct gradients any value below ``1e-6`` passes (its digits are round-off; the
course's own test demanded 1.19e-7 within 1e-8 and so rejected correct code that got 5.4e-8), and
above that the value must match the reference's to ``rtol = 1e-6``.

A gradient check that does not call the backward pass cannot fail, so ``gradient_check_1d`` is also
run with another cost, J = x theta^2, and a planted wrong backward pass in place of the learner's
functions: the right difference is then 1/3. The course's ``gradient_check(x, theta, ...)`` calls
``forward_propagation`` and ``backward_propagation``, and its ``gradient_check_n(parameters,
gradients, X, Y, ...)`` calls ``dictionary_to_vector``, ``vector_to_dictionary``,
``gradients_to_vector`` and ``forward_propagation_n`` for its 3-layer network: the checker gives
those names (written here) to a function that uses them and the notebook does not define.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from .compare import Difference, compare
from .core import Case, Exercise, Mistake, Variant
from .inputs import labels
from .plain import describe

NOTEBOOK = "06_gradient_checking"
CORRECT_BELOW = 1e-6
"""A difference below this passes whenever the reference's does: correct gradients, digits of round-off."""
DIFFERENCE_RTOL = 1e-6


def _compare_difference(expected, got, name="difference"):
    try:
        value = float(np.asarray(got, dtype=float).reshape(()))
    except (TypeError, ValueError):
        return Difference(name, "type", f"`{name}` should be one number; got {describe(got)}", expected, got)
    expected = float(expected)
    if not np.isfinite(value) or value < 0:
        return Difference(name, "values", f"`{name}` should be a number >= 0; got {value!r}", expected, value)
    if expected < CORRECT_BELOW:
        if value < CORRECT_BELOW:
            return None
        return Difference(name, "values", f"`{name}`: the gradients are correct in this case, so the difference "
                                          f"should be below {CORRECT_BELOW:.0e} (the reference gets {expected:.1e}); "
                                          f"got {value:.3g}", np.asarray(expected), np.asarray(value))
    if not np.isclose(value, expected, rtol=DIFFERENCE_RTOL, atol=0):
        return Difference(name, "values", f"`{name}`: expected {expected:.8g}, got {value:.8g}",
                          np.asarray(expected), np.asarray(value))
    return None


def _compare_one(expected, got, exercise, args):
    return _compare_difference(expected, got)


def _compare_check_n(expected, got, exercise, args):
    if expected[1] is None:  # the course's gradient_check_n returns the difference alone
        return _compare_difference(expected[0], got[0] if isinstance(got, (tuple, list)) else got)
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return Difference("gradient_check_n", "length", f"your function should return 2 values (difference, "
                                                        f"g_approx); it returned {describe(got)}", expected, got)
    difference = _compare_difference(expected[0], got[0])
    if difference:
        return difference
    g_approx = np.asarray(got[1], dtype=float) if isinstance(got[1], (np.ndarray, list, tuple)) else got[1]
    if isinstance(g_approx, np.ndarray) and g_approx.size == expected[1].size:
        g_approx = g_approx.reshape(-1)  # a column (N, 1), as the course keeps it, is fine
    return compare(expected[1], g_approx, "g_approx", rtol=1e-5, atol=1e-7)


# ---- the one-parameter cost -------------------------------------------------------------------

def forward_propagation_1d(x, theta):
    return theta * x


def backward_propagation_1d(x, theta):
    return x


def _sum(x, theta):
    return theta + x


def _theta_alone(x, theta):
    return theta


FORWARD_1D = Exercise(
    key="forward_propagation_1d", name="forward_propagation_1d", course_name="forward_propagation", notebook=NOTEBOOK,
    reference=forward_propagation_1d,
    cases=[Case("course check values (x = 2, theta = 4)", lambda: (2, 4), published={"J": 8}),
           Case("x = 3, theta = 2", lambda: (3.0, 2.0)),
           Case("x = -1.5, theta = 0.25", lambda: (-1.5, 0.25))],
    outputs=("J",),
    mistakes=[Mistake("sum", _sum, "J is the product theta * x, not the sum"),
              Mistake("theta alone", _theta_alone, "J = theta * x: multiply by x")],
    nudge="the cost of this one-parameter model is the product of the parameter theta and the input x.")


def _derivative_in_x(x, theta):
    return theta


def _J_itself(x, theta):
    return forward_propagation_1d(x, theta)


def _one(x, theta):
    return 1


BACKWARD_1D = Exercise(
    key="backward_propagation_1d", name="backward_propagation_1d", course_name="backward_propagation", notebook=NOTEBOOK,
    reference=backward_propagation_1d,
    cases=[Case("course check values (x = 2, theta = 4)", lambda: (2, 4), published={"dtheta": 2}),
           Case("x = 3, theta = 2", lambda: (3.0, 2.0)),
           Case("x = -1.5, theta = 0.25", lambda: (-1.5, 0.25))],
    outputs=("dtheta",),
    mistakes=[Mistake("theta", _derivative_in_x,
                      "that is the derivative with respect to x; with respect to theta, d(theta x)/d(theta) = x"),
              Mistake("J itself", _J_itself, "that is J; return its derivative with respect to theta"),
              Mistake("1", _one, "the slope of theta * x in theta is x, not 1")],
    nudge="the derivative of J(theta) = theta x with respect to theta (x is a constant here).")


def gradient_check_1d(x, theta, epsilon=1e-7):
    J = lambda p: float(forward_propagation_1d(x, p["theta"].item()))  # noqa: E731
    approx = h.numerical_gradient(J, {"theta": np.array([[float(theta)]])}, epsilon=epsilon)["dtheta"]
    return float(h.relative_difference(np.array([[float(backward_propagation_1d(x, theta))]]), approx))


def _curved_J(x, theta):
    return x * theta ** 2


def _half_the_derivative(x, theta):
    return x * theta  # the right one is 2 x theta


def _right_derivative(x, theta):
    return 2 * x * theta


_PLANTED = {"forward_propagation_1d": _curved_J, "backward_propagation_1d": _half_the_derivative,
            "forward_propagation": _curved_J, "backward_propagation": _half_the_derivative}
_CURVED = {"forward_propagation_1d": _curved_J, "backward_propagation_1d": _right_derivative,
           "forward_propagation": _curved_J, "backward_propagation": _right_derivative}


def _relative_1d(grad, approx):
    return float(h.relative_difference(np.array([[float(grad)]]), np.array([[float(approx)]])))


# each mistake names forward_propagation_1d and backward_propagation_1d itself, so that a case's
# planted functions reach it as they reach the learner's function
def _two_missing(x, theta, epsilon=1e-7):
    approx = (forward_propagation_1d(x, theta + epsilon) - forward_propagation_1d(x, theta - epsilon)) / epsilon
    return _relative_1d(backward_propagation_1d(x, theta), approx)


def _epsilon_missing_1d(x, theta, epsilon=1e-7):
    approx = (forward_propagation_1d(x, theta + epsilon) - forward_propagation_1d(x, theta - epsilon)) / 2
    return _relative_1d(backward_propagation_1d(x, theta), approx)


def _grad_from_forward(x, theta, epsilon=1e-7):
    approx = (forward_propagation_1d(x, theta + epsilon) - forward_propagation_1d(x, theta - epsilon)) / (2 * epsilon)
    return _relative_1d(forward_propagation_1d(x, theta), approx)


GRADIENT_CHECK_1D = Exercise(
    key="gradient_check_1d", name="gradient_check_1d", course_name="gradient_check", notebook=NOTEBOOK,
    reference=gradient_check_1d,
    cases=[Case("course check values (x = 2, theta = 4)", lambda: (2, 4),
                published={"difference": 2.919335883291695e-10}, published_atol=CORRECT_BELOW),
           Case("x = 3, theta = 2", lambda: (3.0, 2.0)),
           Case("x = -1.5, theta = 0.25, epsilon = 1e-4", lambda: (-1.5, 0.25), kwargs={"epsilon": 1e-4}),
           Case("J = x theta^2 and a planted wrong backward pass (x theta), x = 2, theta = 3", lambda: (2.0, 3.0),
                environment=_PLANTED),
           Case("J = x theta^2 with its right derivative, x = 2, theta = 3, epsilon = 1e-2", lambda: (2.0, 3.0),
                kwargs={"epsilon": 1e-2}, environment=_CURVED)],
    outputs=("difference",), compare=_compare_one,
    supply={"forward_propagation": forward_propagation_1d, "backward_propagation": backward_propagation_1d},
    mistakes=[
        Mistake("2 missing", _two_missing,
                "the two-sided difference spans 2 epsilon: divide J(theta + eps) - J(theta - eps) by 2 * epsilon"),
        Mistake("epsilon missing", _epsilon_missing_1d,
                "divide by 2 * epsilon, not by 2: write (J_plus - J_minus) / (2 * epsilon), with the brackets"),
        Mistake("grad from forward", _grad_from_forward,
                "grad comes from backward_propagation_1d(x, theta); forward_propagation_1d gives the cost J"),
    ],
    nudge="two costs a small step epsilon either side of theta (with forward_propagation_1d), their difference "
          "divided by the 2 epsilon between them; the gradient from backward_propagation_1d; then the size of "
          "their difference relative to the sum of their sizes.")


# ---- gradient_check_n -------------------------------------------------------------------------

def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    keys = list(parameters)
    g_approx = h.numerical_gradient(cost_fn, parameters, epsilon=epsilon)
    difference = h.gradient_check(cost_fn, parameters, grads, epsilon=epsilon)
    return float(difference), h.dict_to_vector(g_approx, ["d" + key for key in keys])[0]


def _network_case(seed, dims, m, bug=None):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = 0.5 * rng.standard_normal((dims[l], 1))
    X = rng.standard_normal((dims[0], m))
    Y = labels(seed, m)

    def cost_fn(p):
        AL, _ = h.model_forward(X, p, hidden_activation="tanh")
        return h.compute_cost(AL, Y)

    AL, caches = h.model_forward(X, parameters, hidden_activation="tanh")
    grads = h.model_backward(AL, Y, caches)
    if bug == "dW1 doubled":
        grads["dW1"] = 2 * grads["dW1"]
    elif bug == "db2 without 1/m":
        grads["db2"] = grads["db2"] * m
    return cost_fn, parameters, grads


def _nudged(cost_fn, parameters, epsilon, divide, one_sided=False, restore=True):
    """The numerical gradient of a mistaken check, entry by entry."""
    theta, layout = h.dict_to_vector(parameters)
    J0, g_approx = cost_fn(parameters), np.zeros_like(theta)
    for i in range(theta.size):
        plus = theta.copy()
        plus[i] += epsilon
        J_plus = cost_fn(h.vector_to_dict(plus, layout))
        minus = theta.copy() if restore else plus
        minus[i] -= epsilon
        J_minus = J0 if one_sided else cost_fn(h.vector_to_dict(minus, layout))
        g_approx[i] = (J_plus - J_minus) / divide(epsilon)
    return g_approx


def _relative(grads, parameters, g_approx, denominator="both"):
    g = h.dict_to_vector(grads, ["d" + key for key in parameters])[0]
    top = np.linalg.norm(g - g_approx)
    bottom = {"both": np.linalg.norm(g) + np.linalg.norm(g_approx), "g": np.linalg.norm(g), "none": 1.0}[denominator]
    return float(top / bottom), g_approx


def _one_sided(cost_fn, parameters, grads, epsilon=1e-7):
    return _relative(grads, parameters, _nudged(cost_fn, parameters, epsilon, lambda e: e, one_sided=True))


def _epsilon_missing(cost_fn, parameters, grads, epsilon=1e-7):
    return _relative(grads, parameters, _nudged(cost_fn, parameters, epsilon, lambda e: 2))


def _not_relative(cost_fn, parameters, grads, epsilon=1e-7):
    return _relative(grads, parameters, _nudged(cost_fn, parameters, epsilon, lambda e: 2 * e), "none")


def _theta_not_restored(cost_fn, parameters, grads, epsilon=1e-7):
    return _relative(grads, parameters, _nudged(cost_fn, parameters, epsilon, lambda e: 2 * e, restore=False))


def _norm_of_g_only(cost_fn, parameters, grads, epsilon=1e-7):
    return _relative(grads, parameters, _nudged(cost_fn, parameters, epsilon, lambda e: 2 * e), "g")


# the course's helpers for its 3-layer network, written here under its names
_COURSE_LAYOUT = [("W1", (5, 4)), ("b1", (5, 1)), ("W2", (3, 5)), ("b2", (3, 1)), ("W3", (1, 3)), ("b3", (1, 1))]


def _dictionary_to_vector(parameters):
    vector = np.concatenate([parameters[key].reshape(-1, 1) for key, _ in _COURSE_LAYOUT])
    return vector, [key for key, shape in _COURSE_LAYOUT for _ in range(int(np.prod(shape)))]


def _vector_to_dictionary(theta):
    out, start = {}, 0
    for key, shape in _COURSE_LAYOUT:
        size = int(np.prod(shape))
        out[key] = np.asarray(theta)[start:start + size].reshape(shape)
        start += size
    return out


def _gradients_to_vector(gradients):
    return np.concatenate([gradients["d" + key].reshape(-1, 1) for key, _ in _COURSE_LAYOUT])


def _forward_propagation_n(X, Y, parameters):
    AL, caches = h.model_forward(X, parameters)
    return h.compute_cost(AL, Y), caches


_COURSE_HELPERS = {"dictionary_to_vector": _dictionary_to_vector, "vector_to_dictionary": _vector_to_dictionary,
                   "gradients_to_vector": _gradients_to_vector, "forward_propagation_n": _forward_propagation_n}


def _course_network_case(seed, m, bug=None):
    rng = np.random.default_rng(seed)
    parameters = {key: rng.standard_normal(shape) * (0.5 if key[0] == "b" else 1.0) for key, shape in _COURSE_LAYOUT}
    X, Y = rng.standard_normal((4, m)), labels(seed, m)
    AL, caches = h.model_forward(X, parameters)
    gradients = h.model_backward(AL, Y, caches)
    if bug == "dW2 doubled":
        gradients["dW2"] = 2 * gradients["dW2"]
    return parameters, gradients, X, Y


def _course_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    cost_fn = lambda p: _forward_propagation_n(X, Y, p)[0]  # noqa: E731
    return float(h.gradient_check(cost_fn, parameters, gradients, epsilon=epsilon)), None


def _difference_only(output, args):
    return (output[0] if isinstance(output, (tuple, list)) and len(output) >= 1 else output), None


GRADIENT_CHECK_N = Exercise(
    key="gradient_check_n", name="gradient_check_n", notebook=NOTEBOOK, reference=gradient_check_n,
    cases=[Case("tanh network [3, 4, 1], m 5, correct gradients", lambda: _network_case(61, [3, 4, 1], 5)),
           Case("tanh network [3, 4, 3, 1], m 6, dW1 doubled (a planted bug)",
                lambda: _network_case(62, [3, 4, 3, 1], 6, bug="dW1 doubled")),
           Case("tanh network [2, 3, 1], m 4, db2 without 1/m (a planted bug)",
                lambda: _network_case(63, [2, 3, 1], 4, bug="db2 without 1/m")),
           Case("tanh network [3, 4, 1], m 5, correct gradients, epsilon = 1e-2",
                lambda: _network_case(61, [3, 4, 1], 5), kwargs={"epsilon": 1e-2})],
    outputs=("difference", "g_approx"), compare=_compare_check_n, supply=_COURSE_HELPERS,
    variants=[Variant("the course's gradient_check_n(parameters, gradients, X, Y), for its 3-layer network",
                      accepts=lambda info: info.takes("X") and info.takes("Y") and not info.takes("cost_fn"),
                      reference=_course_check_n, normalize=_difference_only,
                      cases=[Case("the course's network [4, 5, 3, 1], m 3, correct gradients",
                                  lambda: _course_network_case(64, 3)),
                             Case("the course's network [4, 5, 3, 1], m 3, dW2 doubled (a planted bug)",
                                  lambda: _course_network_case(65, 3, bug="dW2 doubled"))])],
    mistakes=[
        Mistake("one-sided", _one_sided,
                "that is the one-sided difference (J(theta + eps) - J(theta)) / eps, with error O(eps); use the "
                "two-sided (J(theta + eps) - J(theta - eps)) / (2 eps)"),
        Mistake("epsilon missing", _epsilon_missing,
                "divide J_plus - J_minus by 2 * epsilon, not by 2: (J_plus - J_minus) / (2 * epsilon), with the brackets"),
        Mistake("not divided by the sum of norms", _not_relative,
                "the difference is relative: divide ||g - g_approx|| by ||g|| + ||g_approx||"),
        Mistake("theta not restored", _theta_not_restored,
                "theta_minus must start from the original theta (a fresh copy), not from theta_plus: otherwise "
                "theta_i - eps lands back on theta_i and J_minus is J(theta)"),
        Mistake("denominator ||g|| only", _norm_of_g_only,
                "the denominator is the SUM of both norms, ||g|| + ||g_approx||, not ||g|| alone"),
    ],
    nudge="flatten the parameters into one vector theta (and the gradients into g, in the same order); for each "
          "entry i, the cost with theta_i nudged up and down by epsilon (fresh copies each time), their difference "
          "over 2 epsilon is g_approx_i; finally ||g - g_approx|| / (||g|| + ||g_approx||).")

EXERCISES = [FORWARD_1D, BACKWARD_1D, GRADIENT_CHECK_1D, GRADIENT_CHECK_N]
