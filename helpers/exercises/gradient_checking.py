"""Exercises of ``06_gradient_checking``: the one-parameter cost J = theta * x and its check, and
the gradient check of a whole network.

Keys carry ``_1d`` where the course's names (``forward_propagation``, ``backward_propagation``,
``gradient_check``) belong to other notebooks' exercises. A gradient-check difference is judged
by its size: for correct gradients any value below ``1e-6`` passes (its digits are round-off; the
course's own test demanded 1.19e-7 within 1e-8 and so rejected correct code that got 5.4e-8), and
above that the value must match the reference's to ``rtol = 1e-6``. Published values are the
course's check values for x = 2, theta = 4.
"""
from __future__ import annotations

import numpy as np

from ..gradcheck import dict_to_vector as _dict_to_vector
from ..gradcheck import numerical_gradient as _numerical_gradient
from ..gradcheck import relative_difference as _relative_difference
from ..layers import model_backward as _h_model_backward
from ..layers import model_forward as _h_model_forward
from ..losses import compute_cost as _h_compute_cost
from .core import Case, Exercise, Mistake, compare

NOTEBOOK = "06_gradient_checking"
CORRECT_BELOW = 1e-6
"""A difference below this passes whenever the reference's does: correct gradients, digits of round-off."""
DIFFERENCE_RTOL = 1e-6


def _compare_difference(expected, got, name="difference"):
    try:
        value = float(np.asarray(got).reshape(()))
    except (TypeError, ValueError):
        return f"`{name}` should be one number; got {type(got).__name__} {str(got)[:60]}"
    if not np.isfinite(value) or value < 0:
        return f"`{name}` should be a number >= 0; got {value!r}"
    if expected < CORRECT_BELOW:
        if value < CORRECT_BELOW:
            return None
        return (f"`{name}`: the gradients are correct in this case, so the difference should be below "
                f"{CORRECT_BELOW:.0e} (the reference gets {expected:.1e}); got {value:.3g}")
    if not np.isclose(value, expected, rtol=DIFFERENCE_RTOL, atol=0):
        return f"`{name}`: expected {expected:.8g}, got {value:.8g}"
    return None


def _compare_check_n(expected, got, name="gradient_check_n"):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return f"your function should return 2 values (difference, g_approx); got {type(got).__name__}"
    problem = _compare_difference(expected[0], got[0])
    if problem:
        return problem
    return compare(expected[1], np.asarray(got[1]).reshape(-1) if np.size(got[1]) == expected[1].size else got[1],
                   "g_approx", rtol=1e-5, atol=1e-7)


# ---- the one-parameter cost -------------------------------------------------------------------

def forward_propagation_1d(x, theta):
    return theta * x


def backward_propagation_1d(x, theta):
    return x


FORWARD_1D = Exercise(
    name="forward_propagation_1d", course_name="forward_propagation", notebook=NOTEBOOK,
    reference=forward_propagation_1d,
    cases=[Case("course check values (x = 2, theta = 4)", lambda: (2, 4), published={"J": 8}),
           Case("x = 3, theta = 2", lambda: (3.0, 2.0)),
           Case("x = -1.5, theta = 0.25", lambda: (-1.5, 0.25))],
    outputs=("J",),
    mistakes=[
        Mistake("sum", lambda x, theta: theta + x, "J is the product theta * x, not the sum"),
        Mistake("theta alone", lambda x, theta: theta, "J = theta * x: multiply by x"),
    ],
    hint="J = theta * x")

BACKWARD_1D = Exercise(
    name="backward_propagation_1d", course_name="backward_propagation", notebook=NOTEBOOK,
    reference=backward_propagation_1d,
    cases=[Case("course check values (x = 2, theta = 4)", lambda: (2, 4), published={"dtheta": 2}),
           Case("x = 3, theta = 2", lambda: (3.0, 2.0)),
           Case("x = -1.5, theta = 0.25", lambda: (-1.5, 0.25))],
    outputs=("dtheta",),
    mistakes=[
        Mistake("theta", lambda x, theta: theta,
                "that is the derivative with respect to x; with respect to theta, d(theta x)/d(theta) = x"),
        Mistake("J itself", lambda x, theta: theta * x, "that is J; return its derivative with respect to theta, x"),
        Mistake("1", lambda x, theta: 1, "the slope of theta * x in theta is x, not 1"),
    ],
    hint="dJ/dtheta = x")


def gradient_check_1d(x, theta, epsilon=1e-7):
    gradapprox = (forward_propagation_1d(x, theta + epsilon) - forward_propagation_1d(x, theta - epsilon)) / (2 * epsilon)
    return float(_relative_difference(np.array([backward_propagation_1d(x, theta)]), np.array([gradapprox])))


def _gc1d_variant(x, theta, epsilon=1e-7, *, divide=lambda e: 2 * e, grad_from_forward=False):
    gradapprox = (theta + epsilon) * x - (theta - epsilon) * x
    gradapprox = gradapprox / divide(epsilon)
    grad = theta * x if grad_from_forward else x
    return abs(grad - gradapprox) / (abs(grad) + abs(gradapprox))


GRADIENT_CHECK_1D = Exercise(
    name="gradient_check_1d", course_name="gradient_check", notebook=NOTEBOOK, reference=gradient_check_1d,
    cases=[Case("course check values (x = 2, theta = 4)", lambda: (2, 4),
                published={"difference": 2.919335883291695e-10}, published_atol=CORRECT_BELOW),
           Case("x = 3, theta = 2", lambda: (3.0, 2.0)),
           Case("x = -1.5, theta = 0.25, epsilon = 1e-4", lambda: (-1.5, 0.25), kwargs={"epsilon": 1e-4})],
    outputs=("difference",), compare=_compare_difference,
    mistakes=[
        Mistake("2 missing", lambda x, theta, epsilon=1e-7: _gc1d_variant(x, theta, epsilon, divide=lambda e: e),
                "the two-sided difference spans 2 epsilon: divide J(theta + eps) - J(theta - eps) by 2 * epsilon"),
        Mistake("epsilon missing", lambda x, theta, epsilon=1e-7: _gc1d_variant(x, theta, epsilon, divide=lambda e: 2),
                "divide by 2 * epsilon, not by 2: write (J_plus - J_minus) / (2 * epsilon), with the brackets"),
        Mistake("grad from forward", lambda x, theta, epsilon=1e-7: _gc1d_variant(x, theta, epsilon, grad_from_forward=True),
                "grad comes from backward_propagation_1d(x, theta); forward_propagation_1d gives the cost J"),
    ],
    hint="gradapprox = (J(theta + eps) - J(theta - eps)) / (2 eps), grad = backward_propagation_1d(x, theta), "
         "difference = |grad - gradapprox| / (|grad| + |gradapprox|)")


# ---- gradient_check_n -------------------------------------------------------------------------

def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    keys = list(parameters)
    g, _ = _dict_to_vector(grads, ["d" + key for key in keys])
    g_approx, _ = _dict_to_vector(_numerical_gradient(cost_fn, parameters, epsilon=epsilon), ["d" + key for key in keys])
    return _relative_difference(g, g_approx), g_approx


def _gcn_variant(cost_fn, parameters, grads, epsilon=1e-7, *, one_sided=False, divide=lambda e: 2 * e,
                 restore=True, denominator="both"):
    keys = list(parameters)
    theta, layout = _dict_to_vector(parameters, keys)
    g, _ = _dict_to_vector(grads, ["d" + key for key in keys])
    g_approx = np.zeros_like(theta)
    J = cost_fn(parameters)
    for i in range(theta.size):
        plus = theta.copy()
        plus[i] += epsilon
        J_plus = cost_fn(_to_dict(plus, layout))
        if one_sided:
            g_approx[i] = (J_plus - J) / epsilon
            continue
        minus = theta.copy() if restore else plus
        minus[i] -= epsilon
        J_minus = cost_fn(_to_dict(minus, layout))
        g_approx[i] = (J_plus - J_minus) / divide(epsilon)
    numerator = np.linalg.norm(g - g_approx)
    if denominator == "both":
        return numerator / (np.linalg.norm(g) + np.linalg.norm(g_approx)), g_approx
    if denominator == "g":
        return numerator / np.linalg.norm(g), g_approx
    return numerator, g_approx


def _to_dict(vector, layout):
    out, start = {}, 0
    for key, shape in layout:
        size = int(np.prod(shape))
        out[key] = vector[start:start + size].reshape(shape)
        start += size
    return out


def _network_case(seed, dims, m, bug=None):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        parameters[f"b{l}"] = 0.5 * rng.standard_normal((dims[l], 1))
    X = rng.standard_normal((dims[0], m))
    Y = (rng.random((1, m)) < 0.5).astype(float)

    def cost_fn(p):
        AL, _ = _h_model_forward(X, p, hidden_activation="tanh")
        return _h_compute_cost(AL, Y)

    AL, caches = _h_model_forward(X, parameters, hidden_activation="tanh")
    grads = _h_model_backward(AL, Y, caches)
    if bug == "dW1 doubled":
        grads["dW1"] = 2 * grads["dW1"]
    elif bug == "db2 without 1/m":
        grads["db2"] = grads["db2"] * m
    return cost_fn, parameters, grads


GRADIENT_CHECK_N = Exercise(
    name="gradient_check_n", notebook=NOTEBOOK, reference=gradient_check_n,
    cases=[Case("tanh network [3, 4, 1], m 5, correct gradients", lambda: _network_case(61, [3, 4, 1], 5)),
           Case("tanh network [3, 4, 3, 1], m 6, dW1 doubled (a planted bug)",
                lambda: _network_case(62, [3, 4, 3, 1], 6, bug="dW1 doubled")),
           Case("tanh network [2, 3, 1], m 4, db2 without 1/m (a planted bug)",
                lambda: _network_case(63, [2, 3, 1], 4, bug="db2 without 1/m")),
           Case("tanh network [3, 4, 1], m 5, correct gradients, epsilon = 1e-2",
                lambda: _network_case(61, [3, 4, 1], 5), kwargs={"epsilon": 1e-2})],
    outputs=("difference", "g_approx"), compare=_compare_check_n,
    mistakes=[
        Mistake("one-sided", lambda c, p, g, epsilon=1e-7: _gcn_variant(c, p, g, epsilon, one_sided=True),
                "that is the one-sided difference (J(theta + eps) - J(theta)) / eps, with error O(eps); use the "
                "two-sided (J(theta + eps) - J(theta - eps)) / (2 eps)"),
        Mistake("epsilon missing", lambda c, p, g, epsilon=1e-7: _gcn_variant(c, p, g, epsilon, divide=lambda e: 2),
                "divide J_plus - J_minus by 2 * epsilon, not by 2: (J_plus - J_minus) / (2 * epsilon), with the brackets"),
        Mistake("not divided by the sum of norms", lambda c, p, g, epsilon=1e-7: _gcn_variant(c, p, g, epsilon, denominator="none"),
                "the difference is relative: divide ||g - g_approx|| by ||g|| + ||g_approx||"),
        Mistake("theta not restored", lambda c, p, g, epsilon=1e-7: _gcn_variant(c, p, g, epsilon, restore=False),
                "theta_minus must start from the original theta (a fresh copy), not from theta_plus: otherwise "
                "theta_i - eps lands back on theta_i and J_minus is J(theta)"),
        Mistake("denominator ||g|| only", lambda c, p, g, epsilon=1e-7: _gcn_variant(c, p, g, epsilon, denominator="g"),
                "the denominator is the SUM of both norms, ||g|| + ||g_approx||, not ||g|| alone"),
    ],
    hint="for each i: copies of theta with theta_i + eps and theta_i - eps, J of each (to_dict back), "
         "g_approx_i = (J_plus - J_minus) / (2 eps); difference = ||g - g_approx|| / (||g|| + ||g_approx||)")

EXERCISES = [FORWARD_1D, BACKWARD_1D, GRADIENT_CHECK_1D, GRADIENT_CHECK_N]
