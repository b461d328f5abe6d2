"""Catalogued mistakes of ``01_logistic_regression`` planted into the notebook's own solution code.

``MUTATIONS[exercise][mistake] = (text in the solution, text a learner would have written)``.
"""
MUTATIONS = {
    "sigmoid": {
        "sign in the exponent": ("np.exp(-z)", "np.exp(z)"),
        "precedence": ("return 1 / (1 + np.exp(-z))", "return 1 / 1 + np.exp(-z)"),
        "minus in the denominator": ("(1 + np.exp(-z))", "(1 - np.exp(-z))"),
    },
    "sigmoid_derivative": {
        "z in place of s": ("return s * (1 - s)", "return z * (1 - z)"),
        "1 - z": ("return s * (1 - s)", "return s * (1 - z)"),
        "plus": ("return s * (1 - s)", "return s * (1 + s)"),
    },
    "initialize_with_zeros": {
        "rank-1 w": ("w = np.zeros((dim, 1))", "w = np.zeros(dim)"),
        "w as a row": ("w = np.zeros((dim, 1))", "w = np.zeros((1, dim))"),
        "shape not a tuple": ("w = np.zeros((dim, 1))", "w = np.zeros(dim, 1)"),
        "b as a column": ("    b = 0.0\n", "    b = np.zeros((dim, 1))\n"),
    },
    "propagate": {
        "dw without 1/m": ("dw = X @ dZ.T / m", "dw = X @ dZ.T"),
        "dw as a row": ("dw = X @ dZ.T / m", "dw = dZ @ X.T / m"),
        "db without 1/m": ("db = np.sum(dZ) / m", "db = np.sum(dZ)"),
        "cost sign": ("cost = -np.sum(", "cost = np.sum("),
        "cost not averaged": ("np.log(1 - A)) / m", "np.log(1 - A))"),
        "Y - A": ("dZ = A - Y", "dZ = Y - A"),
    },
    "optimize": {
        "plus": ('w = w - learning_rate * grads["dw"]\n        b = b - learning_rate * grads["db"]',
                 'w = w + learning_rate * grads["dw"]\n        b = b + learning_rate * grads["db"]'),
        "no learning rate on b": ('b = b - learning_rate * grads["db"]', 'b = b - grads["db"]'),
        "b not updated": ('        b = b - learning_rate * grads["db"]\n', ""),
        "gradients computed once": ("    for i in range(num_iterations):\n        grads, cost = propagate(w, b, X, Y)\n",
                                    "    grads, cost = propagate(w, b, X, Y)\n    for i in range(num_iterations):\n"),
        "a cost every 100 iterations": ("        costs.append(cost)\n        if print_cost and i % 100 == 0:\n",
                                        "        if i % 100 == 0:\n            costs.append(cost)\n        if print_cost and i % 100 == 0:\n"),
    },
    "predict": {
        "probabilities": ("return (A > 0.5).astype(int)", "return A"),
        "no sigmoid": ("A = sigmoid(w.T @ X + b)", "A = w.T @ X + b"),
        "labels inverted": ("(A > 0.5)", "(A < 0.5)"),
        "w not transposed": ("w.T @ X", "w @ X"),
    },
    "model_logistic": {
        "defaults passed on": ("optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)",
                               "optimize(w, b, X_train, Y_train)"),
        "test accuracy on the training set": ("np.mean(predict(w, b, X_test) == Y_test)",
                                              "np.mean(predict(w, b, X_train) == Y_train)"),
        "accuracy as a fraction": ('"train_accuracy": 100 * np.mean(predict(w, b, X_train) == Y_train),\n'
                                   '            "test_accuracy": 100 * np.mean',
                                   '"train_accuracy": np.mean(predict(w, b, X_train) == Y_train),\n'
                                   '            "test_accuracy": np.mean'),
    },
}
