"""Catalogued mistakes of ``06_gradient_checking`` planted into the notebook's own solution code.

``MUTATIONS[exercise key][mistake] = (text in the solution, text a learner would have written)``.
"""
MUTATIONS = {
    "forward_propagation_1d": {
        "sum": ("J = theta * x", "J = theta + x"),
        "theta alone": ("J = theta * x", "J = theta"),
    },
    "backward_propagation_1d": {
        "theta": ("dtheta = x", "dtheta = theta"),
        "J itself": ("dtheta = x", "dtheta = theta * x"),
        "1": ("dtheta = x", "dtheta = 1"),
    },
    "gradient_check_1d": {
        "2 missing": ("(J_plus - J_minus) / (2 * epsilon)", "(J_plus - J_minus) / epsilon"),
        "epsilon missing": ("(J_plus - J_minus) / (2 * epsilon)", "(J_plus - J_minus) / 2"),
        "grad from forward": ("grad = backward_propagation_1d(x, theta)", "grad = forward_propagation_1d(x, theta)"),
    },
    "gradient_check_n": {
        "one-sided": ("g_approx[i] = (J_plus - J_minus) / (2 * epsilon)",
                      "g_approx[i] = (J_plus - cost_fn(parameters)) / epsilon"),
        "epsilon missing": ("(J_plus - J_minus) / (2 * epsilon)", "(J_plus - J_minus) / 2"),
        "not divided by the sum of norms": (
            "difference = np.linalg.norm(g - g_approx) / (np.linalg.norm(g) + np.linalg.norm(g_approx))",
            "difference = np.linalg.norm(g - g_approx)"),
        "theta not restored": ("theta_minus = theta.copy()", "theta_minus = theta_plus"),
        "denominator ||g|| only": ("/ (np.linalg.norm(g) + np.linalg.norm(g_approx))", "/ np.linalg.norm(g)"),
    },
}
