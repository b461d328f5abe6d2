"""Catalogued mistakes of ``02_shallow_network`` planted into the notebook's own solution code.

``MUTATIONS[exercise key][mistake] = (text in the solution, text a learner would have written)``.
"""
_W1 = "    W1 = rng.standard_normal((n_h, n_x)) * 0.01  # (n_h, n_x)\n"
_B1 = "    b1 = np.zeros((n_h, 1))                      # (n_h, 1)\n"
_W2 = "    W2 = rng.standard_normal((n_y, n_h)) * 0.01  # (n_y, n_h)\n"
_B2 = "    b2 = np.zeros((n_y, 1))                      # (n_y, 1)\n"

MUTATIONS = {
    "layer_sizes": {
        "n_x from the columns": ("return X.shape[0], n_h, Y.shape[0]", "return X.shape[1], n_h, Y.shape[0]"),
        "n_y from the columns": ("return X.shape[0], n_h, Y.shape[0]", "return X.shape[0], n_h, Y.shape[1]"),
        "n_h fixed": ("return X.shape[0], n_h, Y.shape[0]", "return X.shape[0], 4, Y.shape[0]"),
    },
    "initialize_parameters_shallow": {
        "no 0.01": (_W1 + _B1 + _W2, _W1.replace(" * 0.01", "") + _B1 + _W2.replace(" * 0.01", "")),
        "W transposed": (_W1 + _B1 + _W2, _W1.replace("(n_h, n_x)) * 0.01", "(n_x, n_h)) * 0.01") + _B1
                         + _W2.replace("(n_y, n_h)) * 0.01", "(n_h, n_y)) * 0.01")),
        "biases random": (_B1 + _W2 + _B2, "    b1 = rng.standard_normal((n_h, 1)) * 0.01\n" + _W2
                          + "    b2 = rng.standard_normal((n_y, 1)) * 0.01\n"),
        "W2 drawn first": (_W1 + _B1 + _W2, _W2 + _W1 + _B1),
    },
    "forward_propagation_shallow": {
        "sigmoid in the hidden layer": ("A1 = np.tanh(Z1)", "A1 = sigmoid(Z1)"),
        "relu in the hidden layer": ("A1 = np.tanh(Z1)", "A1 = np.maximum(0, Z1)"),
        "tanh at the output": ("A2 = sigmoid(Z2)", "A2 = np.tanh(Z2)"),
        "no b1": ("Z1 = W1 @ X + b1", "Z1 = W1 @ X"),
    },
    "compute_cost_shallow": {
        "sign": ("float(-np.sum(", "float(np.sum("),
        "no 1/m": ("np.sum(log_likelihood) / m)", "np.sum(log_likelihood))"),
        "one term": (" + (1 - Y) * np.log(1 - A2)", ""),
    },
    "backward_propagation_shallow": {
        "tanh' without the square": ("(1 - A1 ** 2)", "(1 - A1)"),
        "tanh' forgotten": ("dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)", "dZ1 = W2.T @ dZ2"),
        "sigmoid' in the hidden layer": ("(1 - A1 ** 2)", "A1 * (1 - A1)"),
        "dW1 without 1/m": ("dW1 = dZ1 @ X.T / m", "dW1 = dZ1 @ X.T"),
        "db1 without keepdims": ("db1 = np.sum(dZ1, axis=1, keepdims=True) / m", "db1 = np.sum(dZ1, axis=1) / m"),
    },
    "update_parameters_shallow": {
        "plus": ("parameters[key] - learning_rate", "parameters[key] + learning_rate"),
        "no learning rate": ("- learning_rate * grads", "- grads"),
        "biases not updated": ('parameters[key] - learning_rate * grads["d" + key] for key',
                               'parameters[key] - learning_rate * grads["d" + key] if key.startswith("W") '
                               'else parameters[key] for key'),
    },
    "nn_model": {
        "n_h not passed on": ("layer_sizes(X, Y, n_h)", "layer_sizes(X, Y)"),
        "initialized in the loop": ("    parameters = initialize_parameters(n_x, n_h, n_y, seed)\n    costs = []\n"
                                    "    for i in range(num_iterations):\n",
                                    "    costs = []\n    for i in range(num_iterations):\n"
                                    "        parameters = initialize_parameters(n_x, n_h, n_y, seed)\n"),
        "seed not passed on": ("initialize_parameters(n_x, n_h, n_y, seed)", "initialize_parameters(n_x, n_h, n_y)"),
        "learning rate not passed on": ("update_parameters(parameters, grads, learning_rate)",
                                        "update_parameters(parameters, grads)"),
    },
    "predict_shallow": {
        "probabilities": ("return (A2 > 0.5).astype(int)", "return A2"),
        "labels inverted": ("(A2 > 0.5)", "(A2 < 0.5)"),
        "Z2 thresholded": ("A2, _ = forward_propagation(X, parameters)\n    return (A2 > 0.5)",
                           "_, cache = forward_propagation(X, parameters)\n    return (cache[\"Z2\"] > 0.5)"),
    },
}
