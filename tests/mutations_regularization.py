"""Catalogued mistakes of ``05_regularization`` planted into the notebook's own solution code.

``MUTATIONS[exercise key][mistake] = (text in the solution, text a learner would have written)``.
"""
MUTATIONS = {
    "l2_cost_term": {
        "no 1/(2m)": ("return lambd / (2 * m) * sum(", "return lambd * sum("),
        "1/m": ("lambd / (2 * m)", "lambd / m"),
        "biases penalized": ('sum(np.sum(parameters[f"W{l}"] ** 2) for l in range(1, L + 1))',
                             "sum(np.sum(value ** 2) for value in parameters.values())"),
        "norm not squared": ('sum(np.sum(parameters[f"W{l}"] ** 2) for l in range(1, L + 1))',
                             'np.sqrt(sum(np.sum(parameters[f"W{l}"] ** 2) for l in range(1, L + 1)))'),
    },
    "compute_cost_with_regularization": {
        "L2 term left out": ("return cross_entropy + l2_cost_term(parameters, lambd, m)", "return cross_entropy"),
        "m from the wrong axis": ("m = Y.shape[1]", "m = Y.shape[0]"),
        "cross-entropy summed": ("-np.mean(", "-np.sum("),
    },
    "backward_propagation_with_regularization": {
        "term missing": (' + (lambd / m) * parameters[f"W{l}"]', ""),
        "1/(2m)": ("(lambd / m)", "(lambd / (2 * m))"),
        "no 1/m": ("(lambd / m)", "lambd"),
        "biases regularized": ('    return out', '        out[f"db{l}"] = grads[f"db{l}"] + (lambd / m) * parameters[f"b{l}"]\n'
                                                  '    return out'),
    },
    "forward_propagation_with_dropout": {
        "mask drawn with randn": ("D = rng.random(Z.shape) < keep_prob", "D = rng.standard_normal(Z.shape) < keep_prob"),
        "mask > keep_prob": ("D = rng.random(Z.shape) < keep_prob", "D = rng.random(Z.shape) > keep_prob"),
        "not rescaled": ("A = np.maximum(Z, 0) * D / keep_prob", "A = np.maximum(Z, 0) * D"),
        "dropout on the output layer": (
            "    cache.append((A, W, Z, None))                                        # no dropout on the output\n"
            "    return h.sigmoid(Z), cache",
            "    D = rng.random(Z.shape) < keep_prob if masks is None else masks[L - 1]\n"
            "    cache.append((A, W, Z, D))\n"
            "    return h.sigmoid(Z) * D / keep_prob, cache"),
    },
    "backward_propagation_with_dropout": {
        "mask not reused": ("dZ = (dA * D / keep_prob) * (Z > 0)", "dZ = dA * (Z > 0)"),
        "not rescaled": ("dZ = (dA * D / keep_prob) * (Z > 0)", "dZ = (dA * D) * (Z > 0)"),
        "scaled but not masked": ("dZ = (dA * D / keep_prob) * (Z > 0)", "dZ = (dA / keep_prob) * (Z > 0)"),
        "dW without 1/m": ("dZ @ A_prev.T / m", "dZ @ A_prev.T"),
    },
}
