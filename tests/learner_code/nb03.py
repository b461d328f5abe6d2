"""Learner answers for 03_deep_network, written independently of the checker: correct ones in varied
styles (the notebook's and the course's, some pasted as the course has them), realistic wrong ones,
and the course's initialize_parameters_deep (scale 0.01)."""

ANSWERS = [
    # ------------------------------------------------------------------ initialize_parameters_deep
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "correct",
     "style": "course loop, He scale, default_rng",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "correct",
     "style": "calls h.initialize_parameters",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    return h.initialize_parameters(layer_dims, "he", seed=seed)
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "correct",
     "style": "zip over consecutive sizes, math.sqrt, f-string keys",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    params = {}
    for l, (n_prev, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        params[f"W{l}"] = rng.standard_normal((n, n_prev)) * math.sqrt(2.0 / n_prev)
        params[f"b{l}"] = np.zeros((n, 1))
    return params
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "correct",
     "style": "divides by sqrt(n / 2), for l in range(L) with str(l + 1)",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    L = len(layer_dims) - 1
    parameters = {}
    for l in range(L):
        W = rng.standard_normal((layer_dims[l + 1], layer_dims[l]))
        parameters["W" + str(l + 1)] = W / np.sqrt(layer_dims[l] / 2)
        parameters["b" + str(l + 1)] = np.zeros((layer_dims[l + 1], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "course_only",
     "style": "the course's initialize_parameters_deep, pasted",
     "mistake": "weights scaled by 0.01 (and drawn with np.random.seed(3) and randn) instead of He's sqrt(2 / n[l-1])",
     "source": '''def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
        assert(parameters['W' + str(l)].shape == (layer_dims[l], layer_dims[l - 1]))
        assert(parameters['b' + str(l)].shape == (layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "Xavier scale", "mistake": "scales by sqrt(1 / n[l-1]) (Xavier) instead of sqrt(2 / n[l-1])",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "fan-out", "mistake": "the scale uses n[l] (fan-out) instead of n[l-1]",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l])",
     "wrong_quantity": "W1",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "off-by-one", "mistake": "the loop stops one layer early: the output layer has no parameters",
     "wrong_line": "for l in range(1, L - 1):", "wrong_quantity": "parameters",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L - 1):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "generator inside the loop", "mistake": "a new generator with the same seed for every layer",
     "wrong_line": "rng = np.random.default_rng(seed)", "wrong_quantity": "W2",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "random biases", "mistake": "the biases are drawn at random instead of zeros",
     "wrong_line": "parameters['b' + str(l)] = rng.standard_normal((layer_dims[l], 1)) * 0.01", "wrong_quantity": "b1",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters['b' + str(l)] = rng.standard_normal((layer_dims[l], 1)) * 0.01
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "keys from 0", "mistake": "keys counted from 0 (W0, b0, ...) instead of from 1",
     "wrong_line": "parameters['W' + str(l)] = rng.standard_normal((layer_dims[l + 1], layer_dims[l])) * np.sqrt(2 / layer_dims[l])",
     "wrong_quantity": "parameters",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(len(layer_dims) - 1):
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l + 1], layer_dims[l])) * np.sqrt(2 / layer_dims[l])
        parameters['b' + str(l)] = np.zeros((layer_dims[l + 1], 1))
    return parameters
'''},
    {"key": "initialize_parameters_deep", "function": "initialize_parameters_deep", "kind": "wrong",
     "style": "floor division", "mistake": "2 // n[l-1] is 0 for n[l-1] > 2: integer division wipes the weights",
     "wrong_line": "scale = np.sqrt(2 // layer_dims[l - 1])", "wrong_quantity": "scale",
     "source": '''def initialize_parameters_deep(layer_dims, seed=SEED):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        scale = np.sqrt(2 // layer_dims[l - 1])
        parameters['W' + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
'''},

    # ------------------------------------------------------------------ linear_forward
    {"key": "linear_forward", "function": "linear_forward", "kind": "correct", "style": "course-style np.dot, course signature",
     "source": '''def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (A, W, b)
    return Z, cache
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "correct", "style": "@",
     "source": '''def linear_forward(A_prev, W, b):
    Z = W @ A_prev + b
    return Z, (A_prev, W, b)
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "correct", "style": "einsum",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.einsum("ij,jk->ik", W, A_prev) + b
    cache = (A_prev, W, b)
    return Z, cache
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "correct", "style": "loop over examples",
     "source": '''def linear_forward(A_prev, W, b):
    m = A_prev.shape[1]
    Z = np.zeros((W.shape[0], m))
    for i in range(m):
        Z[:, i] = W.dot(A_prev[:, i]) + b[:, 0]
    return Z, (A_prev, W, b)
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "correct", "style": "transposed product, np.matmul",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.matmul(A_prev.T, W.T).T + b
    cache = (A_prev, W, b)
    return Z, cache
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "wrong", "style": "b transposed",
     "mistake": "adds b.T, a row, so the bias is broadcast along the wrong axis",
     "wrong_line": "Z = np.dot(W, A_prev) + b.T", "wrong_quantity": "Z",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b.T
    return Z, (A_prev, W, b)
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "wrong", "style": "element-wise product",
     "mistake": "W * A_prev multiplies element by element instead of a matrix product",
     "wrong_line": "Z = W * A_prev + b", "wrong_quantity": "Z",
     "source": '''def linear_forward(A_prev, W, b):
    Z = W * A_prev + b
    return Z, (A_prev, W, b)
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "wrong", "style": "cache slip",
     "mistake": "the cache keeps Z instead of b",
     "wrong_line": "cache = (A_prev, W, Z)", "wrong_quantity": "cache",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    cache = (A_prev, W, Z)
    return Z, cache
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "wrong", "style": "no bias",
     "mistake": "the bias b is not added",
     "wrong_line": "Z = np.dot(W, A_prev)", "wrong_quantity": "Z",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.dot(W, A_prev)
    cache = (A_prev, W, b)
    return Z, cache
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "wrong", "style": "cache order",
     "mistake": "the cache is (W, A_prev, b) instead of (A_prev, W, b)",
     "wrong_line": "cache = (W, A_prev, b)", "wrong_quantity": "cache",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.dot(W, A_prev) + b
    cache = (W, A_prev, b)
    return Z, cache
'''},
    {"key": "linear_forward", "function": "linear_forward", "kind": "wrong", "style": "W transposed",
     "mistake": "uses W.T: the shapes do not match",
     "wrong_line": "Z = np.dot(W.T, A_prev) + b", "wrong_quantity": "Z",
     "source": '''def linear_forward(A_prev, W, b):
    Z = np.dot(W.T, A_prev) + b
    return Z, (A_prev, W, b)
'''},

    # ------------------------------------------------------------------ linear_activation_forward
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "correct",
     "style": "the whole cell, course layout adapted to sigmoid/relu returning A only",
     "source": '''def relu(Z):
    A = np.maximum(0, Z)
    return A


def sigmoid(Z):
    A = 1 / (1 + np.exp(-Z))
    return A


def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A = relu(Z)
    activation_cache = Z
    cache = (linear_cache, activation_cache)
    return A, cache
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "course_only",
     "style": "the course's code pasted: A, activation_cache = sigmoid(Z)",
     "note": "relabelled course_only: in this notebook sigmoid and relu return A alone", "mistake": "the course's sigmoid/relu return (A, Z); the notebook's return A",
     "source": '''def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    cache = (linear_cache, activation_cache)
    return A, cache
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "correct",
     "style": "inline, no helper, Z * (Z > 0)",
     "source": '''def relu(Z):
    return Z * (Z > 0)


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def linear_activation_forward(A_prev, W, b, activation):
    Z = W @ A_prev + b
    A = relu(Z) if activation == "relu" else sigmoid(Z)
    return A, ((A_prev, W, b), Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "correct",
     "style": "dispatch table with h.relu / h.sigmoid",
     "source": '''def linear_activation_forward(A_prev, W, b, activation):
    g = {"relu": h.relu, "sigmoid": h.sigmoid}[activation]
    Z, linear_cache = linear_forward(A_prev, W, b)
    return g(Z), (linear_cache, Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "correct",
     "style": "np.where relu, tanh-form sigmoid, raises on an unknown name",
     "source": '''def relu(Z):
    return np.where(Z > 0, Z, 0.0)


def sigmoid(Z):
    return 0.5 * (1 + np.tanh(0.5 * Z))


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "relu":
        A = relu(Z)
    elif activation == "sigmoid":
        A = sigmoid(Z)
    else:
        raise ValueError("unknown activation " + str(activation))
    return A, (linear_cache, Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "wrong",
     "style": "np.max", "mistake": "np.max(0, Z) instead of np.maximum(0, Z): np.max takes Z as the axis and fails",
     "wrong_line": "return np.max(0, Z)", "wrong_quantity": "A",
     "source": '''def relu(Z):
    return np.max(0, Z)


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "relu":
        A = relu(Z)
    else:
        A = sigmoid(Z)
    return A, (linear_cache, Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "wrong",
     "style": "cache slip", "mistake": "the activation cache keeps A instead of Z",
     "wrong_line": "cache = (linear_cache, A)", "wrong_quantity": "cache",
     "source": '''def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A = sigmoid(Z)
    elif activation == "relu":
        A = relu(Z)
    cache = (linear_cache, A)
    return A, cache
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "wrong",
     "style": "branches swapped", "mistake": "the two branches are swapped: \"relu\" applies the sigmoid",
     "wrong_line": "A = sigmoid(Z)", "wrong_quantity": "A",
     "source": '''def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "relu":
        A = sigmoid(Z)
    else:
        A = relu(Z)
    return A, (linear_cache, Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "wrong",
     "style": "leaky relu", "mistake": "the cell's relu is leaky (0.01 z for z < 0) instead of max(0, z)",
     "wrong_line": "return np.maximum(Z, 0.01 * Z)", "wrong_quantity": "A",
     "source": '''def relu(Z):
    return np.maximum(Z, 0.01 * Z)


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    A = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, (linear_cache, Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "wrong",
     "style": "string typo", "mistake": "compares with \"Sigmoid\" (capital S), so the sigmoid branch never runs",
     "wrong_line": "if activation == \"Sigmoid\":", "wrong_quantity": "A",
     "source": '''def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "Sigmoid":
        A = sigmoid(Z)
    else:
        A = relu(Z)
    return A, (linear_cache, Z)
'''},
    {"key": "linear_activation_forward", "function": "linear_activation_forward", "kind": "wrong",
     "style": "flat cache", "mistake": "the cache is a flat (A_prev, W, b, Z) instead of (linear_cache, Z)",
     "wrong_line": "cache = (A_prev, W, b, Z)", "wrong_quantity": "cache",
     "source": '''def linear_activation_forward(A_prev, W, b, activation):
    Z = np.dot(W, A_prev) + b
    if activation == "sigmoid":
        A = 1 / (1 + np.exp(-Z))
    else:
        A = np.maximum(0, Z)
    cache = (A_prev, W, b, Z)
    return A, cache
'''},

    # ------------------------------------------------------------------ model_forward_deep
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "correct",
     "style": "course-style: range(1, L) for the relu layers, then the sigmoid layer",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters['W' + str(l)], parameters['b' + str(l)], activation="relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], activation="sigmoid")
    caches.append(cache)
    return AL, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "correct",
     "style": "inline, for l in range(L) with str(l + 1)",
     "source": '''def model_forward_deep(X, parameters):
    L = len(parameters) // 2
    caches = []
    A = X
    for l in range(L):
        W = parameters["W" + str(l + 1)]
        b = parameters["b" + str(l + 1)]
        Z = np.dot(W, A) + b
        caches.append(((A, W, b), Z))
        if l == L - 1:
            A = 1 / (1 + np.exp(-Z))
        else:
            A = np.maximum(0, Z)
    return A, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "correct",
     "style": "counts the W keys, one call per layer with a conditional activation",
     "source": '''def model_forward_deep(X, parameters):
    L = sum(1 for key in parameters if key.startswith("W"))
    A, caches = X, []
    for l in range(1, L + 1):
        activation = "sigmoid" if l == L else "relu"
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], activation)
        caches.append(cache)
    return A, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "correct", "style": "while loop",
     "source": '''def model_forward_deep(X, parameters):
    L = len(parameters) // 2
    caches = []
    A_prev = X
    l = 1
    while l < L:
        A_prev, cache = linear_activation_forward(A_prev, parameters["W%d" % l], parameters["b%d" % l], "relu")
        caches.append(cache)
        l += 1
    AL, cache = linear_activation_forward(A_prev, parameters["W%d" % L], parameters["b%d" % L], "sigmoid")
    caches.append(cache)
    return AL, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "wrong",
     "style": "L = len(parameters)", "mistake": "L counts every entry (W and b), twice the number of layers",
     "wrong_line": "L = len(parameters)", "wrong_quantity": "L",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    A = X
    L = len(parameters)
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "wrong",
     "style": "relu everywhere", "mistake": "the loop runs to L with relu, and the output layer never gets the sigmoid",
     "wrong_line": "for l in range(1, L + 1):", "wrong_quantity": "AL",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    return A, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "wrong",
     "style": "last cache dropped", "mistake": "the output layer's cache is not appended: L - 1 caches",
     "wrong_line": "return AL, caches", "wrong_quantity": "caches",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], "sigmoid")
    return AL, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "wrong",
     "style": "activations swapped", "mistake": "sigmoid in the hidden layers and relu at the output",
     "wrong_line": "A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], \"sigmoid\")",
     "wrong_quantity": "A",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "sigmoid")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], "relu")
    caches.append(cache)
    return AL, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "wrong",
     "style": "linear cache only", "mistake": "keeps only the linear cache of each layer, not (linear_cache, Z)",
     "wrong_line": "caches.append(cache[0])", "wrong_quantity": "caches",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)],
                                             "relu" if l < L else "sigmoid")
        caches.append(cache[0])
    return A, caches
'''},
    {"key": "model_forward_deep", "function": "model_forward_deep", "kind": "wrong",
     "style": "stale input", "mistake": "every layer is fed X instead of the previous layer's activation",
     "wrong_line": "A, cache = linear_activation_forward(X, parameters['W' + str(l)], parameters['b' + str(l)], \"relu\")",
     "wrong_quantity": "A",
     "source": '''def model_forward_deep(X, parameters):
    caches = []
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A, cache = linear_activation_forward(X, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches
'''},

    # ------------------------------------------------------------------ compute_cost
    {"key": "compute_cost", "function": "compute_cost", "kind": "correct", "style": "course-style with np.squeeze",
     "source": '''def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cost = np.squeeze(cost)
    return cost
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "correct", "style": "the course's dot-product form",
     "source": '''def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (1. / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    return cost
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "correct", "style": "np.mean, float",
     "source": '''def compute_cost(AL, Y):
    losses = -(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return float(np.mean(losses))
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "correct", "style": "loop with a conditional per label",
     "source": '''def compute_cost(AL, Y):
    m = AL.shape[1]
    total = 0.0
    for a, y in zip(AL.ravel(), Y.ravel()):
        total -= math.log(a) if y == 1 else math.log(1 - a)
    return total / m
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "correct", "style": "h.compute_cost",
     "source": '''def compute_cost(AL, Y):
    return h.compute_cost(AL, Y)
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "wrong", "style": "one term",
     "mistake": "the (1 - y) log(1 - a) term is missing",
     "wrong_line": "cost = -1 / m * np.sum(Y * np.log(AL))", "wrong_quantity": "cost",
     "source": '''def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * np.sum(Y * np.log(AL))
    return np.squeeze(cost)
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "wrong", "style": "m = len(AL)",
     "mistake": "len(AL) is the number of rows (1), not the number of examples",
     "wrong_line": "m = len(AL)", "wrong_quantity": "m",
     "source": '''def compute_cost(AL, Y):
    m = len(AL)
    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return float(cost)
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "wrong", "style": "logs swapped",
     "mistake": "log(AL) and log(1 - AL) swapped",
     "wrong_line": "cost = -np.sum(Y * np.log(1 - AL) + (1 - Y) * np.log(AL)) / m", "wrong_quantity": "cost",
     "source": '''def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(1 - AL) + (1 - Y) * np.log(AL)) / m
    return float(cost)
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "wrong", "style": "dot without transpose",
     "mistake": "np.dot(Y, np.log(AL)) without .T: (1, m) by (1, m) does not multiply",
     "wrong_line": "cost = (1. / m) * (-np.dot(Y, np.log(AL)) - np.dot(1 - Y, np.log(1 - AL)))", "wrong_quantity": "cost",
     "source": '''def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (1. / m) * (-np.dot(Y, np.log(AL)) - np.dot(1 - Y, np.log(1 - AL)))
    return np.squeeze(cost)
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "wrong", "style": "sum over the wrong axis",
     "mistake": "summed over axis 0 only: returns one loss per example instead of one number",
     "wrong_line": "cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)", "wrong_quantity": "cost",
     "source": '''def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)
    return np.squeeze(cost)
'''},
    {"key": "compute_cost", "function": "compute_cost", "kind": "wrong", "style": "sign",
     "mistake": "the minus sign is missing: the cost is negative",
     "wrong_line": "return float(np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))", "wrong_quantity": "cost",
     "source": '''def compute_cost(AL, Y):
    return float(np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))
'''},

    # ------------------------------------------------------------------ linear_backward
    {"key": "linear_backward", "function": "linear_backward", "kind": "correct", "style": "course-style",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "correct", "style": "@ and np.mean(keepdims)",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, _ = cache
    m = dZ.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.mean(dZ, axis=1, keepdims=True)
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "correct", "style": "loop over examples",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.zeros(W.shape)
    db = np.zeros(b.shape)
    dA_prev = np.zeros(A_prev.shape)
    for i in range(m):
        dz = dZ[:, i:i + 1]
        dW += np.outer(dz, A_prev[:, i])
        db += dz
        dA_prev[:, i:i + 1] = W.T.dot(dz)
    return dA_prev, dW / m, db / m
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "correct", "style": "einsum, db reshaped",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.einsum("ik,jk->ij", dZ, A_prev) / m
    db = dZ.sum(axis=1).reshape(b.shape) / m
    dA_prev = np.einsum("ji,jk->ik", W, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "db squeezed",
     "mistake": "db without keepdims: shape (n,) instead of (n, 1)",
     "wrong_line": "db = np.sum(dZ, axis=1) / m", "wrong_quantity": "db",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "m from the wrong axis",
     "mistake": "m = dZ.shape[0] is the number of units, not of examples",
     "wrong_line": "m = dZ.shape[0]", "wrong_quantity": "m",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = dZ.shape[0]
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "extra 1/m",
     "mistake": "dA_prev divided by m: the 1/m belongs to dW and db only",
     "wrong_line": "dA_prev = 1 / m * np.dot(W.T, dZ)", "wrong_quantity": "dA_prev",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = 1 / m * np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "wrong axis",
     "mistake": "db summed over axis 0 (units) instead of axis 1 (examples)",
     "wrong_line": "db = 1 / m * np.sum(dZ, axis=0, keepdims=True)", "wrong_quantity": "db",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=0, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "return order",
     "mistake": "returns (dW, db, dA_prev) instead of (dA_prev, dW, db)",
     "wrong_line": "return dW, db, dA_prev", "wrong_quantity": "return value",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dW, db, dA_prev
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "cache unpacked in the wrong order",
     "mistake": "unpacks the cache as (W, A_prev, b)",
     "wrong_line": "W, A_prev, b = cache", "wrong_quantity": "A_prev",
     "source": '''def linear_backward(dZ, cache):
    W, A_prev, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},
    {"key": "linear_backward", "function": "linear_backward", "kind": "wrong", "style": "db summed to a number",
     "mistake": "db = sum of all of dZ / m: one number instead of one value per unit",
     "wrong_line": "db = np.sum(dZ) / m", "wrong_quantity": "db",
     "source": '''def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
'''},

    # ------------------------------------------------------------------ linear_activation_backward
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "correct",
     "style": "the whole cell, course-style relu_backward with a copy and a mask",
     "source": '''def relu_backward(dA, Z):
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def sigmoid_backward(dA, Z):
    s = 1 / (1 + np.exp(-Z))
    dZ = dA * s * (1 - s)
    return dZ


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "correct",
     "style": "only the last function, using the namespace's helpers",
     "source": '''def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "sigmoid":
        dZ = sigmoid_backward(dA, Z)
    else:
        dZ = relu_backward(dA, Z)
    return linear_backward(dZ, linear_cache)
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "correct",
     "style": "everything inline, np.heaviside",
     "source": '''def relu_backward(dA, Z):
    return dA * np.heaviside(Z, 0.0)


def sigmoid_backward(dA, Z):
    s = 1 / (1 + np.exp(-Z))
    return np.multiply(dA, s * (1 - s))


def linear_activation_backward(dA, cache, activation):
    (A_prev, W, b), Z = cache
    dZ = relu_backward(dA, Z) if activation == "relu" else sigmoid_backward(dA, Z)
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, dZ.sum(axis=1, keepdims=True) / m
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "correct",
     "style": "np.where and h.sigmoid_backward",
     "source": '''def relu_backward(dA, Z):
    return np.where(Z > 0, dA, 0.0)


def sigmoid_backward(dA, Z):
    return h.sigmoid_backward(dA, Z)


def linear_activation_backward(dA, cache, activation):
    backward = {"relu": relu_backward, "sigmoid": sigmoid_backward}[activation]
    linear_cache, activation_cache = cache
    dZ = backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "wrong",
     "style": "mask on dA", "mistake": "relu_backward masks where dA <= 0 instead of where Z <= 0",
     "wrong_line": "dZ[dA <= 0] = 0", "wrong_quantity": "dZ",
     "source": '''def relu_backward(dA, Z):
    dZ = np.array(dA, copy=True)
    dZ[dA <= 0] = 0
    return dZ


def sigmoid_backward(dA, Z):
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    else:
        dZ = sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "wrong",
     "style": "Z taken for the activation", "mistake": "sigmoid_backward uses Z as if it were sigma(Z): dA Z (1 - Z)",
     "wrong_line": "return dA * Z * (1 - Z)", "wrong_quantity": "dZ",
     "source": '''def relu_backward(dA, Z):
    return dA * (Z > 0)


def sigmoid_backward(dA, Z):
    return dA * Z * (1 - Z)


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    else:
        dZ = sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "wrong",
     "style": "branches swapped", "mistake": "\"relu\" calls sigmoid_backward and \"sigmoid\" calls relu_backward",
     "wrong_line": "dZ = sigmoid_backward(dA, activation_cache)", "wrong_quantity": "dZ",
     "source": '''def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        dZ = relu_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "wrong",
     "style": "relu instead of its derivative", "mistake": "multiplies dA by relu(Z) instead of relu'(Z)",
     "wrong_line": "return dA * np.maximum(0, Z)", "wrong_quantity": "dZ",
     "source": '''def relu_backward(dA, Z):
    return dA * np.maximum(0, Z)


def sigmoid_backward(dA, Z):
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    dZ = relu_backward(dA, Z) if activation == "relu" else sigmoid_backward(dA, Z)
    return linear_backward(dZ, linear_cache)
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "wrong",
     "style": "dZ computed but not used", "mistake": "linear_backward is called with dA instead of dZ",
     "wrong_line": "dA_prev, dW, db = linear_backward(dA, linear_cache)", "wrong_quantity": "dW",
     "source": '''def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    else:
        dZ = sigmoid_backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dA, linear_cache)
    return dA_prev, dW, db
'''},
    {"key": "linear_activation_backward", "function": "linear_activation_backward", "kind": "wrong",
     "style": "cache unpacked backwards", "mistake": "unpacks the cache as (activation_cache, linear_cache)",
     "wrong_line": "activation_cache, linear_cache = cache", "wrong_quantity": "linear_cache",
     "source": '''def linear_activation_backward(dA, cache, activation):
    activation_cache, linear_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    else:
        dZ = sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
'''},

    # ------------------------------------------------------------------ model_backward_deep
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "correct",
     "style": "course-style: dAL, then reversed(range(L - 1)) with temps",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    m = AL.shape[1]
    Y = Y.reshape(AL.shape)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], current_cache, "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "correct",
     "style": "shortcut dZ = AL - Y, linear_backward for the output layer",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    linear_cache, _ = caches[L - 1]
    dZ = AL - Y
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = linear_backward(dZ, linear_cache)
    for l in range(L - 1, 0, -1):
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(
            grads[f"dA{l}"], caches[l - 1], "relu")
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "correct",
     "style": "inline chain rule, one loop from L down to 1",
     "source": '''def model_backward_deep(AL, Y, caches):
    L = len(caches)
    grads = {}
    dA = -(Y / AL - (1 - Y) / (1 - AL))
    for l in range(L, 0, -1):
        (A_prev, W, b), Z = caches[l - 1]
        if l == L:
            s = 1 / (1 + np.exp(-Z))
            dZ = dA * s * (1 - s)
        else:
            dZ = dA * (Z > 0)
        m = A_prev.shape[1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        dA = np.dot(W.T, dZ)
        grads["dA" + str(l - 1)] = dA
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "correct",
     "style": "h.relu_backward / h.sigmoid_backward, caches walked with reversed(list(enumerate()))",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    for idx, (linear_cache, Z) in reversed(list(enumerate(caches))):
        if idx == L - 1:
            dZ = h.sigmoid_backward(dA, Z)
        else:
            dZ = h.relu_backward(dA, Z)
        dA, dW, db = linear_backward(dZ, linear_cache)
        grads["dA" + str(idx)] = dA
        grads["dW" + str(idx + 1)] = dW
        grads["db" + str(idx + 1)] = db
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "course-style", "mistake": "dAL without its minus sign",
     "wrong_line": "dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)", "wrong_quantity": "dAL",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "off-by-one layer loop", "mistake": "reversed(range(L - 2)) skips the first layer: no dW1, db1, dA0",
     "wrong_line": "for l in reversed(range(L - 2)):", "wrong_quantity": "grads",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 2)):
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "relu at the output", "mistake": "the output layer is back-propagated as a relu layer",
     "wrong_line": "dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], \"relu\")",
     "wrong_quantity": "dWL",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "relu")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "keys one off", "mistake": "inside the loop dW and db are stored under layer l instead of l + 1",
     "wrong_line": "grads[\"dW\" + str(l)] = dW_temp", "wrong_quantity": "grads",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l)] = dW_temp
        grads["db" + str(l)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "wrong cache", "mistake": "the loop takes caches[l + 1], the layer above, instead of caches[l]",
     "wrong_line": "current_cache = caches[l + 1]", "wrong_quantity": "current_cache",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        current_cache = caches[l + 1]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], current_cache, "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "shortcut with the wrong sign", "mistake": "dZ = Y - AL instead of AL - Y",
     "wrong_line": "dZ = Y - AL", "wrong_quantity": "dZ",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    linear_cache, _ = caches[-1]
    dZ = Y - AL
    dA, grads["dW" + str(L)], grads["db" + str(L)] = linear_backward(dZ, linear_cache)
    grads["dA" + str(L - 1)] = dA
    for l in range(L - 1, 0, -1):
        dA, grads["dW" + str(l)], grads["db" + str(l)] = linear_activation_backward(dA, caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "dAL typo", "mistake": "dAL divides (1 - Y) by AL instead of by 1 - AL",
     "wrong_line": "dAL = - (np.divide(Y, AL) - np.divide(1 - Y, AL))", "wrong_quantity": "dAL",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, AL))
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "dAL reused in the loop", "mistake": "every hidden layer is fed dAL instead of the dA coming from the layer above",
     "wrong_line": "dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[l], \"relu\")",
     "wrong_quantity": "dA_prev_temp",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, caches[l], "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''},
    {"key": "model_backward_deep", "function": "model_backward_deep", "kind": "wrong",
     "style": "1/m twice", "mistake": "the shortcut dZ is divided by m, and linear_backward divides by m again",
     "wrong_line": "dZ = (AL - Y) / m", "wrong_quantity": "dZ",
     "source": '''def model_backward_deep(AL, Y, caches):
    grads = {}
    L = len(caches)
    m = AL.shape[1]
    dZ = (AL - Y) / m
    dA, dW, db = linear_backward(dZ, caches[L - 1][0])
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = dA, dW, db
    for l in reversed(range(1, L)):
        dA, dW, db = linear_activation_backward(dA, caches[l - 1], "relu")
        grads["dA" + str(l - 1)], grads["dW" + str(l)], grads["db" + str(l)] = dA, dW, db
    return grads
'''},

    # ------------------------------------------------------------------ update_parameters
    {"key": "update_parameters", "function": "update_parameters", "kind": "correct",
     "style": "course-style: params copied with copy.deepcopy, for l in range(L)",
     "source": '''def update_parameters(params, grads, learning_rate):
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "correct", "style": "dict comprehension",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    return {key: value - learning_rate * grads["d" + key] for key, value in parameters.items()}
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "correct",
     "style": "{**parameters} copy, loop over layers 1..L",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    new = {**parameters}
    L = len(parameters) // 2
    for l in range(1, L + 1):
        new[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        new[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return new
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "wrong", "style": "off-by-one",
     "mistake": "range(1, L) leaves the last layer un-updated",
     "wrong_line": "for l in range(1, L):", "wrong_quantity": "WL",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    parameters = copy.deepcopy(parameters)
    L = len(parameters) // 2
    for l in range(1, L):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "wrong", "style": "keys from 0",
     "mistake": "range(L) with str(l): looks up W0 / dW0, which do not exist",
     "wrong_line": "parameters[\"W\" + str(l)] = parameters[\"W\" + str(l)] - learning_rate * grads[\"dW\" + str(l)]",
     "wrong_quantity": "parameters",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    parameters = copy.deepcopy(parameters)
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "wrong", "style": "db used for W",
     "mistake": "W is updated with db (broadcast over the columns) instead of dW",
     "wrong_line": "parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] - learning_rate * grads[\"db\" + str(l + 1)]",
     "wrong_quantity": "W1",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    parameters = copy.deepcopy(parameters)
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "wrong", "style": "in place, no copy",
     "mistake": "-= changes the caller's arrays in place (the parameters are not copied first)",
     "wrong_line": "parameters[\"W\" + str(l)] -= learning_rate * grads[\"dW\" + str(l)]", "wrong_quantity": "parameters",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]
    return parameters
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "wrong", "style": "L = len(parameters)",
     "mistake": "L counts W and b entries, so the loop asks for layers that do not exist",
     "wrong_line": "L = len(parameters)", "wrong_quantity": "L",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    parameters = copy.deepcopy(parameters)
    L = len(parameters)
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters
'''},
    {"key": "update_parameters", "function": "update_parameters", "kind": "wrong", "style": "sign",
     "mistake": "adds learning_rate times the gradient (gradient ascent)",
     "wrong_line": "new[key] = value + learning_rate * grads[\"d\" + key]", "wrong_quantity": "W1",
     "source": '''def update_parameters(parameters, grads, learning_rate):
    new = {}
    for key, value in parameters.items():
        new[key] = value + learning_rate * grads["d" + key]
    return new
'''},
]
