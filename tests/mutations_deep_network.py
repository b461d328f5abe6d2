"""Catalogued mistakes of ``03_deep_network`` planted into the notebook's own solution code.

``MUTATIONS[exercise][mistake] = (text in the solution, text a learner would have written)``.
"""
MUTATIONS = {
    "initialize_parameters_deep": {
        "0.01 scale": ("scale = np.sqrt(2 / layer_dims[l - 1])", "scale = 0.01"),
        "sqrt(1/n)": ("scale = np.sqrt(2 / layer_dims[l - 1])", "scale = np.sqrt(1 / layer_dims[l - 1])"),
        "sqrt(2/n[l])": ("scale = np.sqrt(2 / layer_dims[l - 1])", "scale = np.sqrt(2 / layer_dims[l])"),
        "W transposed": ("rng.standard_normal((layer_dims[l], layer_dims[l - 1]))",
                         "rng.standard_normal((layer_dims[l - 1], layer_dims[l]))"),
        "last layer missing": ("for l in range(1, len(layer_dims)):", "for l in range(1, len(layer_dims) - 1):"),
    },
    "linear_forward": {
        "no bias": ("W @ A_prev + b", "W @ A_prev"),
        "bias subtracted": ("W @ A_prev + b", "W @ A_prev - b"),
        "cache order": ("return Z, (A_prev, W, b)", "return Z, (W, A_prev, b)"),
    },
    "linear_activation_forward": {
        "activations swapped": ('A = relu(Z) if activation == "relu" else sigmoid(Z)',
                                'A = sigmoid(Z) if activation == "relu" else relu(Z)'),
        "sigmoid sign": ("return 1 / (1 + np.exp(-Z))", "return 1 / (1 + np.exp(Z))"),
        "np.max for relu": ("return np.maximum(0, Z)", "return np.max(Z, 0)"),
        "A in the cache": ("return A, (linear_cache, Z)", "return A, (linear_cache, A)"),
    },
    "model_forward_deep": {
        "relu on the output": ('parameters[f"b{L}"], "sigmoid")', 'parameters[f"b{L}"], "relu")'),
        "sigmoid everywhere": ('parameters[f"b{l}"], "relu")', 'parameters[f"b{l}"], "sigmoid")'),
        "output layer skipped": ('    AL, cache = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")\n'
                                 '    caches.append(cache)\n    return AL, caches', "    return A, caches"),
    },
    "compute_cost": {
        "sign": ("float(-np.sum(", "float(np.sum("),
        "no 1/m": (" / m)", ")"),
        "one term": (" + (1 - Y) * np.log(1 - AL)", ""),
    },
    "linear_backward": {
        "dW without 1/m": ("dW = dZ @ A_prev.T / m", "dW = dZ @ A_prev.T"),
        "db without 1/m": ("keepdims=True) / m", "keepdims=True)"),
        "db without keepdims": ("axis=1, keepdims=True)", "axis=1)"),
        "db over axis 0": ("axis=1, keepdims=True)", "axis=0, keepdims=True)"),
        "dW missing transpose": ("dZ @ A_prev.T", "dZ @ A_prev"),
    },
    "linear_activation_backward": {
        "activations swapped": ('relu_backward(dA, Z) if activation == "relu" else sigmoid_backward(dA, Z)',
                                'sigmoid_backward(dA, Z) if activation == "relu" else relu_backward(dA, Z)'),
        "sigmoid' at A": ("    s = sigmoid(Z)\n    return dA * s * (1 - s)", "    return dA * Z * (1 - Z)"),
        "relu' as Z": ("return dA * (Z > 0)", "return dA * np.maximum(0, Z)"),
    },
    "model_backward_deep": {
        "sign of dAL": ("dAL = -(Y / AL - (1 - Y) / (1 - AL))", "dAL = (Y / AL - (1 - Y) / (1 - AL))"),
        "AL - Y through the sigmoid again": ("dAL = -(Y / AL - (1 - Y) / (1 - AL))", "dAL = AL - Y"),
        "relu for the output layer": ('caches[L - 1], "sigmoid")', 'caches[L - 1], "relu")'),
        "sigmoid for the hidden layers": ('caches[l - 1], "relu")', 'caches[l - 1], "sigmoid")'),
    },
    "update_parameters": {
        "plus": ("parameters[key] - learning_rate", "parameters[key] + learning_rate"),
        "no learning rate": ("- learning_rate * grads", "- grads"),
        "biases not updated": ('parameters[key] - learning_rate * grads["d" + key] for key',
                               'parameters[key] - learning_rate * grads["d" + key] if key.startswith("W") '
                               'else parameters[key] for key'),
    },
}
