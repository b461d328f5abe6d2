"""Learner answers for 04_initialization, written independently of the checker: correct ones in
varied styles (the notebook's, and the course's pasted with np.random.seed(3) and randn) and
realistic wrong ones."""

ANSWERS = [
    # ------------------------------------------------------------------ initialize_parameters_zeros
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "correct",
     "style": "the course's version pasted (layers_dims)",
     "source": '''def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "correct",
     "style": "dict comprehension over zip",
     "source": '''def initialize_parameters_zeros(layer_dims):
    pairs = list(zip(layer_dims[1:], layer_dims[:-1]))
    params = {}
    for l, (n, n_prev) in enumerate(pairs, 1):
        params.update({"W%d" % l: np.zeros((n, n_prev)), "b%d" % l: np.zeros((n, 1))})
    return params
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "correct",
     "style": "h.initialize_parameters with method zeros",
     "source": '''def initialize_parameters_zeros(layer_dims):
    return h.initialize_parameters(layer_dims, "zeros")
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "correct",
     "style": "np.zeros_like of a drawn shape, L = len - 1, range(L) with str(l + 1)",
     "source": '''def initialize_parameters_zeros(layer_dims):
    L = len(layer_dims) - 1
    parameters = {}
    for l in range(L):
        shape = (layer_dims[l + 1], layer_dims[l])
        parameters["W" + str(l + 1)] = np.zeros(shape, dtype=float)
        parameters["b" + str(l + 1)] = np.zeros((shape[0], 1), dtype=float)
    return parameters
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "wrong",
     "style": "transposed", "mistake": "W[l] has shape (n[l-1], n[l]) instead of (n[l], n[l-1])",
     "wrong_line": "parameters['W' + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))", "wrong_quantity": "W1",
     "source": '''def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "wrong",
     "style": "off-by-one", "mistake": "the loop misses the output layer",
     "wrong_line": "for l in range(1, len(layer_dims) - 1):", "wrong_quantity": "parameters",
     "source": '''def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        parameters['W' + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "wrong",
     "style": "flat biases", "mistake": "b[l] has shape (n[l],) instead of (n[l], 1)",
     "wrong_line": "parameters['b' + str(l)] = np.zeros(layer_dims[l])", "wrong_quantity": "b1",
     "source": '''def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros(layer_dims[l])
    return parameters
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "wrong",
     "style": "square weights", "mistake": "W[l] is (n[l], n[l]) instead of (n[l], n[l-1])",
     "wrong_line": "parameters['W' + str(l)] = np.zeros((layer_dims[l], layer_dims[l]))", "wrong_quantity": "W1",
     "source": '''def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = np.zeros((layer_dims[l], layer_dims[l]))
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_zeros", "function": "initialize_parameters_zeros", "kind": "wrong",
     "style": "keys from 0", "mistake": "keys start at W0 instead of W1",
     "wrong_line": "parameters['W' + str(l)] = np.zeros((layer_dims[l + 1], layer_dims[l]))", "wrong_quantity": "parameters",
     "source": '''def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims) - 1):
        parameters['W' + str(l)] = np.zeros((layer_dims[l + 1], layer_dims[l]))
        parameters['b' + str(l)] = np.zeros((layer_dims[l + 1], 1))
    return parameters
'''},

    # ------------------------------------------------------------------ initialize_parameters_random
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "correct",
     "style": "as the comment says",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "correct",
     "style": "the course's version pasted: np.random.seed(3), randn * 10",
     "source": '''def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "correct",
     "style": "rng.normal with scale 10",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    out = {}
    for l in range(1, len(layer_dims)):
        out[f"W{l}"] = rng.normal(loc=0.0, scale=10.0, size=(layer_dims[l], layer_dims[l - 1]))
        out[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return out
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "correct",
     "style": "h.initialize_parameters(..., 'random', scale=10)",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    return h.initialize_parameters(layer_dims, "random", scale=10, seed=seed)
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "wrong",
     "style": "course's other scale", "mistake": "scale 0.01 instead of 10",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 0.01",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 0.01
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "wrong",
     "style": "the lecture notes' rand", "mistake": "rng.random draws uniformly from [0, 1) (all positive) instead of the normal",
     "wrong_line": "parameters['W' + str(l)] = rng.random((layer_dims[l], layer_dims[l - 1])) * 10",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.random((layer_dims[l], layer_dims[l - 1])) * 10
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "wrong",
     "style": "generator per layer", "mistake": "a new generator with the same seed for every layer",
     "wrong_line": "rng = np.random.default_rng(seed)", "wrong_quantity": "W2",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "wrong",
     "style": "random biases", "mistake": "the biases are drawn too (they must be zeros), which also shifts W2's draws",
     "wrong_line": "parameters['b' + str(l)] = rng.standard_normal((layer_dims[l], 1)) * 10", "wrong_quantity": "b1",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters['b' + str(l)] = rng.standard_normal((layer_dims[l], 1)) * 10
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "wrong",
     "style": "hard-coded seed", "mistake": "seeds with the course's 3 and ignores the seed argument",
     "wrong_line": "rng = np.random.default_rng(3)", "wrong_quantity": "W1",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_random", "function": "initialize_parameters_random", "kind": "wrong",
     "style": "drawn transposed then flipped", "mistake": "draws (n[l-1], n[l]) and transposes: the right shape but not the reference's numbers",
     "wrong_line": "parameters['W' + str(l)] = (rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * 10).T",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_random(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = (rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * 10).T
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},

    # ------------------------------------------------------------------ initialize_parameters_he
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "correct",
     "style": "as the comment says",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "correct",
     "style": "the course's version pasted: np.random.seed(3), randn * np.sqrt(2./layers_dims[l-1])",
     "source": '''def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2. / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "correct",
     "style": "rng.normal with the He standard deviation",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    params = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l - 1])
        params["W" + str(l)] = rng.normal(0.0, std, size=(layer_dims[l], layer_dims[l - 1]))
        params["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return params
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "correct",
     "style": "math.sqrt, fan_in named",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in = layer_dims[l - 1]
        W = rng.standard_normal((layer_dims[l], fan_in))
        parameters["W%d" % l] = W * math.sqrt(2.0 / fan_in)
        parameters["b%d" % l] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "correct",
     "style": "h.initialize_parameters(..., 'he')",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    return h.initialize_parameters(layer_dims, method="he", seed=seed)
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "wrong",
     "style": "Xavier", "mistake": "He's scale written as sqrt(1 / n[l-1])",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "wrong",
     "style": "scale from the wrong layer", "mistake": "the scale uses n[l] instead of the fan-in n[l-1]",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l])",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "wrong",
     "style": "parentheses", "mistake": "np.sqrt(2) / n[l-1] instead of np.sqrt(2 / n[l-1])",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2) / layer_dims[l - 1]",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2) / layer_dims[l - 1]
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "wrong",
     "style": "variance instead of standard deviation", "mistake": "multiplies by the variance 2 / n[l-1]: the square root is missing",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * (2 / layer_dims[l - 1])",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * (2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "wrong",
     "style": "one seed per layer", "mistake": "re-seeds every layer with seed + l instead of drawing in order from one generator",
     "wrong_line": "rng = np.random.default_rng(seed + l)", "wrong_quantity": "W1",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed + l)
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_he", "function": "initialize_parameters_he", "kind": "wrong",
     "style": "L taken as the number of layers, loop to L", "mistake": "range(1, L) with L = len(layer_dims) - 1 misses the last layer",
     "wrong_line": "for l in range(1, L):", "wrong_quantity": "parameters",
     "source": '''def initialize_parameters_he(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
]
