"""Learner answers for 02_shallow_network, written independently of the checker: correct ones in
varied styles (the notebook's and the course's), realistic wrong ones, and the course's layer_sizes."""

ANSWERS = [
    # ------------------------------------------------------------------ layer_sizes
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "correct", "style": "course-style names",
     "source": '''def layer_sizes(X, Y, n_h=4):
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "correct", "style": "one line",
     "source": '''def layer_sizes(X, Y, n_h=4):
    return X.shape[0], n_h, Y.shape[0]
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "correct", "style": "tuple unpacking of shapes, int()",
     "source": '''def layer_sizes(X, Y, n_h=4):
    n_x, _ = X.shape
    n_y, _ = Y.shape
    return int(n_x), int(n_h), int(n_y)
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "course_only", "style": "the course's layer_sizes, pasted",
     "mistake": "no n_h argument: the hidden size is fixed at 4",
     "source": '''def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "wrong", "style": "examples instead of features",
     "mistake": "n_x taken from X.shape[1], the number of examples",
     "wrong_line": "n_x = X.shape[1]", "wrong_quantity": "n_x",
     "source": '''def layer_sizes(X, Y, n_h=4):
    n_x = X.shape[1]
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "wrong", "style": "hard-coded hidden size",
     "mistake": "the n_h argument is ignored: 4 is hard-coded",
     "wrong_line": "return (X.shape[0], 4, Y.shape[0])", "wrong_quantity": "n_h",
     "source": '''def layer_sizes(X, Y, n_h=4):
    return (X.shape[0], 4, Y.shape[0])
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "correct", "style": "list",
     "note": "relabelled correct: a list of three numbers unpacks like the tuple the notebook uses",
     "mistake": "returns a list instead of a tuple of three integers",
     "wrong_line": "return [n_x, n_h, n_y]", "wrong_quantity": "return value",
     "source": '''def layer_sizes(X, Y, n_h=4):
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return [n_x, n_h, n_y]
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "wrong", "style": "wrong axis of Y",
     "mistake": "n_y taken from Y.shape[1], the number of examples",
     "wrong_line": "n_y = Y.shape[1]", "wrong_quantity": "n_y",
     "source": '''def layer_sizes(X, Y, n_h=4):
    n_x = X.shape[0]
    n_y = Y.shape[1]
    return (n_x, n_h, n_y)
'''},
    {"key": "layer_sizes", "function": "layer_sizes", "kind": "wrong", "style": "order",
     "mistake": "returns (n_x, n_y, n_h) instead of (n_x, n_h, n_y)",
     "wrong_line": "return n_x, n_y, n_h", "wrong_quantity": "return value",
     "source": '''def layer_sizes(X, Y, n_h=4):
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return n_x, n_y, n_h
'''},

    # ------------------------------------------------------------------ initialize_parameters
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "correct",
     "style": "as the comment says, course variable names",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    return parameters
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "correct",
     "style": "rng.normal with scale 0.01",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    gen = np.random.default_rng(seed)
    W1 = gen.normal(0.0, 0.01, size=(n_h, n_x))
    W2 = gen.normal(0.0, 0.01, size=(n_y, n_h))
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "correct",
     "style": "loop over the two layers",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    sizes = [n_x, n_h, n_y]
    parameters = {}
    for l in range(1, 3):
        parameters["W" + str(l)] = 0.01 * rng.standard_normal((sizes[l], sizes[l - 1]))
        parameters["b" + str(l)] = np.zeros((sizes[l], 1))
    return parameters
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "correct",
     "style": "the course's version pasted: np.random.seed(2) and randn, no seed argument",
     "source": '''def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(2)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    assert (W1.shape == (n_h, n_x))
    assert (b1.shape == (n_h, 1))
    assert (W2.shape == (n_y, n_h))
    assert (b2.shape == (n_y, 1))
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    return parameters
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "W2 drawn first",
     "mistake": "draws W2 before W1, so each gets the other's numbers",
     "wrong_line": "W2 = rng.standard_normal((n_y, n_h)) * 0.01", "wrong_quantity": "W2",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "a new generator per matrix",
     "mistake": "a second generator with the same seed for W2, so W2 repeats W1's first draws",
     "wrong_line": "W2 = np.random.default_rng(seed).standard_normal((n_y, n_h)) * 0.01", "wrong_quantity": "W2",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    W1 = np.random.default_rng(seed).standard_normal((n_h, n_x)) * 0.01
    W2 = np.random.default_rng(seed).standard_normal((n_y, n_h)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "flat biases",
     "mistake": "b1 and b2 have shapes (n_h,) and (n_y,) instead of columns",
     "wrong_line": "b1 = np.zeros(n_h)", "wrong_quantity": "b1",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    b1 = np.zeros(n_h)
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    b2 = np.zeros(n_y)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "uniform draws",
     "mistake": "rng.random draws uniformly from [0, 1) instead of the standard normal",
     "wrong_line": "W1 = rng.random((n_h, n_x)) * 0.01", "wrong_quantity": "W1",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    W1 = rng.random((n_h, n_x)) * 0.01
    W2 = rng.random((n_y, n_h)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "seed argument ignored",
     "mistake": "the generator is seeded with SEED, ignoring the seed argument",
     "wrong_line": "rng = np.random.default_rng(SEED)", "wrong_quantity": "W1",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(SEED)
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "scale forgotten",
     "mistake": "the factor 0.01 is missing: weights of size 1",
     "wrong_line": "W1 = rng.standard_normal((n_h, n_x))", "wrong_quantity": "W1",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((n_h, n_x))
    b1 = np.zeros((n_h, 1))
    W2 = rng.standard_normal((n_y, n_h))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
'''},
    {"key": "initialize_parameters_shallow", "function": "initialize_parameters", "kind": "wrong",
     "style": "transposed shapes",
     "mistake": "W1 drawn with shape (n_x, n_h) and W2 with (n_h, n_y), transposed",
     "wrong_line": "W1 = rng.standard_normal((n_x, n_h)) * 0.01", "wrong_quantity": "W1",
     "source": '''def initialize_parameters(n_x, n_h, n_y, seed=SEED):
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((n_x, n_h)) * 0.01
    W2 = rng.standard_normal((n_h, n_y)) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}
'''},

    # ------------------------------------------------------------------ forward_propagation
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "correct",
     "style": "course-style, with the sigmoid of the same cell",
     "source": '''def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1,
             "A1": A1,
             "Z2": Z2,
             "A2": A2}
    return A2, cache
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "correct",
     "style": "@ and h.sigmoid, dict built at the return",
     "source": '''def forward_propagation(X, parameters):
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    A2 = h.sigmoid(Z2)
    return A2, dict(Z1=Z1, A1=A1, Z2=Z2, A2=A2)
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "correct",
     "style": "loop over examples, column by column",
     "source": '''def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def forward_propagation(X, parameters):
    W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
    m = X.shape[1]
    Z1 = np.zeros((W1.shape[0], m))
    Z2 = np.zeros((W2.shape[0], m))
    for i in range(m):
        x = X[:, [i]]
        Z1[:, [i]] = W1.dot(x) + b1
        Z2[:, [i]] = W2.dot(np.tanh(Z1[:, [i]])) + b2
    A1 = np.tanh(Z1)
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "correct",
     "style": "tanh written as 2 sigmoid(2z) - 1, np.matmul",
     "source": '''def sigmoid(Z):
    return 0.5 * (1 + np.tanh(Z / 2))


def forward_propagation(X, parameters):
    Z1 = np.matmul(parameters["W1"], X) + parameters["b1"]
    A1 = 2 * sigmoid(2 * Z1) - 1
    Z2 = np.matmul(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "wrong",
     "style": "sigmoid in the hidden layer",
     "mistake": "the hidden layer uses the sigmoid instead of tanh",
     "wrong_line": "A1 = sigmoid(Z1)", "wrong_quantity": "A1",
     "source": '''def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = sigmoid(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "wrong",
     "style": "tanh at the output",
     "mistake": "the output layer uses tanh instead of the sigmoid",
     "wrong_line": "A2 = np.tanh(Z2)", "wrong_quantity": "A2",
     "source": '''def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = np.tanh(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "wrong",
     "style": "Z1 fed forward",
     "mistake": "the second layer takes Z1 instead of the activation A1",
     "wrong_line": "Z2 = np.dot(W2, Z1) + b2", "wrong_quantity": "Z2",
     "source": '''def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, Z1) + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "wrong",
     "style": "cache slip",
     "mistake": "the cache stores Z1 under \"A1\": the wrong cache element",
     "wrong_line": "cache = {\"Z1\": Z1, \"A1\": Z1, \"Z2\": Z2, \"A2\": A2}", "wrong_quantity": "cache[\"A1\"]",
     "source": '''def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    cache = {"Z1": Z1, "A1": Z1, "Z2": Z2, "A2": A2}
    return A2, cache
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "wrong",
     "style": "sigmoid of the cell written with +z",
     "mistake": "the cell's sigmoid has the wrong sign in the exponent",
     "wrong_line": "return 1 / (1 + np.exp(Z))", "wrong_quantity": "A2",
     "source": '''def sigmoid(Z):
    return 1 / (1 + np.exp(Z))


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
'''},
    {"key": "forward_propagation_shallow", "function": "forward_propagation", "kind": "wrong",
     "style": "bias of the wrong layer",
     "mistake": "Z1 adds b2 instead of b1",
     "wrong_line": "Z1 = np.dot(W1, X) + b2", "wrong_quantity": "Z1",
     "source": '''def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + b2
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
'''},

    # ------------------------------------------------------------------ compute_cost
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "correct",
     "style": "course-style logprobs with np.multiply, float(np.squeeze(cost))",
     "source": '''def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = - 1 / m * np.sum(logprobs)
    cost = float(np.squeeze(cost))
    return cost
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "correct",
     "style": "the older course signature with parameters, pasted",
     "source": '''def compute_cost(A2, Y, parameters):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply((1 - Y), np.log(1 - A2))
    cost = - np.sum(logprobs) / m
    cost = float(np.squeeze(cost))
    assert (isinstance(cost, float))
    return cost
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "correct", "style": "np.mean",
     "source": '''def compute_cost(A2, Y):
    return float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "correct", "style": "loop over examples, math.log",
     "source": '''def compute_cost(A2, Y):
    m = A2.shape[1]
    total = 0.0
    for i in range(m):
        a, y = float(A2[0, i]), float(Y[0, i])
        total += -(y * math.log(a) + (1 - y) * math.log(1 - a))
    return total / m
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "correct", "style": "dot products",
     "source": '''def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m
    return cost.item()
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "wrong", "style": "course-style",
     "mistake": "only the y log a term: the (1 - y) log(1 - a) term is missing",
     "wrong_line": "logprobs = np.multiply(np.log(A2), Y)", "wrong_quantity": "logprobs",
     "source": '''def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y)
    cost = - np.sum(logprobs) / m
    return float(np.squeeze(cost))
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "wrong", "style": "course-style",
     "mistake": "the sum is not divided by m",
     "wrong_line": "cost = - np.sum(logprobs)", "wrong_quantity": "cost",
     "source": '''def compute_cost(A2, Y):
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = - np.sum(logprobs)
    return float(np.squeeze(cost))
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "wrong", "style": "m from the wrong axis",
     "mistake": "m = A2.shape[0] is 1 (the number of output units), so the sum is not averaged",
     "wrong_line": "m = A2.shape[0]", "wrong_quantity": "m",
     "source": '''def compute_cost(A2, Y):
    m = A2.shape[0]
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    return float(cost)
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "wrong", "style": "label slip",
     "mistake": "the second term is weighted by Y instead of 1 - Y",
     "wrong_line": "logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), Y)", "wrong_quantity": "logprobs",
     "source": '''def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), Y)
    cost = -1 / m * np.sum(logprobs)
    return float(cost)
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "wrong", "style": "log10",
     "mistake": "np.log10 instead of the natural logarithm",
     "wrong_line": "logprobs = Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)", "wrong_quantity": "logprobs",
     "source": '''def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)
    return float(-np.sum(logprobs) / m)
'''},
    {"key": "compute_cost_shallow", "function": "compute_cost", "kind": "wrong", "style": "floor division",
     "mistake": "-1 // m is -1, so the cost is the sum, not the mean",
     "wrong_line": "cost = -1 // m * np.sum(logprobs)", "wrong_quantity": "cost",
     "source": '''def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = -1 // m * np.sum(logprobs)
    return float(np.squeeze(cost))
'''},

    # ------------------------------------------------------------------ backward_propagation
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "correct",
     "style": "course-style, tanh' = 1 - A1^2 with np.power",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    grads = {"dW1": dW1,
             "db1": db1,
             "dW2": dW2,
             "db2": db2}
    return grads
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "correct",
     "style": "tanh' from Z1, np.mean with keepdims",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.mean(dZ2, axis=1, keepdims=True)
    dA1 = parameters["W2"].T @ dZ2
    dZ1 = dA1 * (1 - np.tanh(cache["Z1"]) ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.mean(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "correct",
     "style": "loop over examples, accumulating outer products",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    m = X.shape[1]
    dW1 = np.zeros_like(parameters["W1"])
    db1 = np.zeros_like(parameters["b1"])
    dW2 = np.zeros_like(W2)
    db2 = np.zeros_like(parameters["b2"])
    for i in range(m):
        x, a1 = X[:, i:i + 1], A1[:, i:i + 1]
        dz2 = A2[:, i:i + 1] - Y[:, i:i + 1]
        dz1 = W2.T.dot(dz2) * (1 - a1 * a1)
        dW2 += dz2.dot(a1.T)
        db2 += dz2
        dW1 += dz1.dot(x.T)
        db1 += dz1
    return {"dW1": dW1 / m, "db1": db1 / m, "dW2": dW2 / m, "db2": db2 / m}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "correct",
     "style": "einsum, db reshaped from a flat sum",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.einsum("ik,jk->ij", dZ2, cache["A1"]) / m
    db2 = dZ2.sum(axis=1).reshape(-1, 1) / m
    dZ1 = np.einsum("ji,jk->ik", parameters["W2"], dZ2) * (1 - cache["A1"] ** 2)
    dW1 = np.einsum("ik,jk->ij", dZ1, X) / m
    db1 = dZ1.sum(axis=1).reshape(-1, 1) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "correct",
     "style": "np.multiply and np.matmul, grads filled in backward order",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    grads = {}
    dZ2 = cache["A2"] - Y
    grads["dW2"] = np.matmul(dZ2, cache["A1"].T) / m
    grads["db2"] = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.multiply(np.matmul(parameters["W2"].T, dZ2), 1 - np.square(cache["A1"]))
    grads["dW1"] = np.matmul(dZ1, X.T) / m
    grads["db1"] = np.sum(dZ1, axis=1, keepdims=True) / m
    return grads
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "course-style", "mistake": "tanh' written without the square: 1 - A1 instead of 1 - A1^2",
     "wrong_line": "dZ1 = np.dot(W2.T, dZ2) * (1 - A1)", "wrong_quantity": "dZ1",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - A1)
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "course-style", "mistake": "db1 summed without keepdims: shape (n_h,) instead of (n_h, 1)",
     "wrong_line": "db1 = 1 / m * np.sum(dZ1, axis=1)", "wrong_quantity": "db1",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "wrong cache element", "mistake": "tanh' computed from A2 instead of A1",
     "wrong_line": "dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A2, 2))", "wrong_quantity": "dZ1",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A2, 2))
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "db2 squeezed", "mistake": "db2 summed over everything: a float instead of an array (n_y, 1)",
     "wrong_line": "db2 = np.sum(dZ2) / m", "wrong_quantity": "db2",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, cache["A1"].T) / m
    db2 = np.sum(dZ2) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - cache["A1"] ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "transposed product", "mistake": "dW2 computed as A1 dZ2^T, shape (n_h, n_y) instead of (n_y, n_h)",
     "wrong_line": "dW2 = 1 / m * np.dot(A1, dZ2.T)", "wrong_quantity": "dW2",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(A1, dZ2.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - A1 ** 2)
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "wrong axis", "mistake": "db1 summed over the units (axis 0) instead of the examples",
     "wrong_line": "db1 = np.sum(dZ1, axis=0, keepdims=True) / m", "wrong_quantity": "db1",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, cache["A1"].T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - cache["A1"] ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=0, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "key typo", "mistake": "the gradient of W1 is stored under \"dw1\" instead of \"dW1\"",
     "wrong_line": "grads = {\"dw1\": dW1, \"db1\": db1, \"dW2\": dW2, \"db2\": db2}", "wrong_quantity": "grads",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, cache["A1"].T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - cache["A1"] ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    grads = {"dw1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return grads
'''},
    {"key": "backward_propagation_shallow", "function": "backward_propagation", "kind": "wrong",
     "style": "error with the wrong sign", "mistake": "dZ2 = Y - A2: every gradient has the wrong sign",
     "wrong_line": "dZ2 = Y - cache[\"A2\"]", "wrong_quantity": "dZ2",
     "source": '''def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = Y - cache["A2"]
    dW2 = np.dot(dZ2, cache["A1"].T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - cache["A1"] ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
'''},

    # ------------------------------------------------------------------ update_parameters
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "correct",
     "style": "course-style with copy.deepcopy",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = copy.deepcopy(parameters["W1"])
    b1 = parameters["b1"]
    W2 = copy.deepcopy(parameters["W2"])
    b2 = parameters["b2"]
    dW1 = grads["dW1"]
    db1 = grads["db1"]
    dW2 = grads["dW2"]
    db2 = grads["db2"]
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    return parameters
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "correct",
     "style": "dict comprehension",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    return {name: value - learning_rate * grads["d" + name] for name, value in parameters.items()}
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "correct",
     "style": "loop over the keys into a new dict, np.subtract",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    new_parameters = {}
    for key in ["W1", "b1", "W2", "b2"]:
        new_parameters[key] = np.subtract(parameters[key], learning_rate * grads["d" + key])
    return new_parameters
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "wrong",
     "style": "sign", "mistake": "adds the gradient instead of subtracting it",
     "wrong_line": "return {k: v + learning_rate * grads[\"d\" + k] for k, v in parameters.items()}",
     "wrong_quantity": "W1",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    return {k: v + learning_rate * grads["d" + k] for k, v in parameters.items()}
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "wrong",
     "style": "hard-coded learning rate", "mistake": "the learning_rate argument is ignored: 1.2 is hard-coded",
     "wrong_line": "new[k] = parameters[k] - 1.2 * grads[\"d\" + k]", "wrong_quantity": "W1",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    new = {}
    for k in parameters:
        new[k] = parameters[k] - 1.2 * grads["d" + k]
    return new
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "wrong",
     "style": "in place", "mistake": "updates the caller's arrays in place (-=) instead of returning a new dict",
     "wrong_line": "parameters[k] -= learning_rate * grads[\"d\" + k]", "wrong_quantity": "parameters",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    for k in parameters:
        parameters[k] -= learning_rate * grads["d" + k]
    return parameters
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "wrong",
     "style": "course-style", "mistake": "b2 is updated with db1 instead of db2",
     "wrong_line": "b2 = b2 - learning_rate * db1", "wrong_quantity": "b2",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    dW1, db1, dW2, db2 = grads["dW1"], grads["db1"], grads["dW2"], grads["db2"]
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db1
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
'''},
    {"key": "update_parameters_shallow", "function": "update_parameters", "kind": "wrong",
     "style": "biases forgotten", "mistake": "only the weights are updated; b1 and b2 are copied unchanged",
     "wrong_line": "new_params[\"b1\"] = parameters[\"b1\"]", "wrong_quantity": "b1",
     "source": '''def update_parameters(parameters, grads, learning_rate=1.2):
    new_params = {}
    new_params["W1"] = parameters["W1"] - learning_rate * grads["dW1"]
    new_params["b1"] = parameters["b1"]
    new_params["W2"] = parameters["W2"] - learning_rate * grads["dW2"]
    new_params["b2"] = parameters["b2"]
    return new_params
'''},

    # ------------------------------------------------------------------ nn_model
    {"key": "nn_model", "function": "nn_model", "kind": "correct", "style": "the notebook's pieces, course variable names",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        costs.append(cost)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_every and i % print_every == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "correct",
     "style": "the course's nn_model pasted: np.random.seed(3), no learning_rate, returns parameters only",
     "source": '''def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
    np.random.seed(3)
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "correct", "style": "keyword arguments, while loop",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    sizes = layer_sizes(X, Y, n_h=n_h)
    parameters = initialize_parameters(*sizes, seed=seed)
    costs = []
    it = 0
    while it < num_iterations:
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate=learning_rate)
        it += 1
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "correct", "style": "self-contained, everything inline",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_y, m = X.shape[0], Y.shape[0], X.shape[1]
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    b1, b2 = np.zeros((n_h, 1)), np.zeros((n_y, 1))
    costs = []
    for i in range(num_iterations):
        A1 = np.tanh(W1 @ X + b1)
        A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
        costs.append(float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))))
        dZ2 = A2 - Y
        dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
        W2, b2, W1, b1 = (W2 - learning_rate * dZ2 @ A1.T / m,
                          b2 - learning_rate * dZ2.mean(axis=1, keepdims=True),
                          W1 - learning_rate * dZ1 @ X.T / m,
                          b1 - learning_rate * dZ1.mean(axis=1, keepdims=True))
        if print_every and i % print_every == 0:
            print(i, costs[-1])
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "learning rate not passed on",
     "mistake": "update_parameters is called without learning_rate, so its default 1.2 is always used",
     "wrong_line": "parameters = update_parameters(parameters, grads)", "wrong_quantity": "parameters",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "seed not passed on",
     "mistake": "initialize_parameters is called without the seed, so the default SEED is always used",
     "wrong_line": "parameters = initialize_parameters(n_x, n_h, n_y)", "wrong_quantity": "parameters",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "n_h not passed on",
     "mistake": "layer_sizes(X, Y) without n_h: the hidden layer always has 4 units",
     "wrong_line": "n_x, n_h, n_y = layer_sizes(X, Y)", "wrong_quantity": "n_h",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "update result discarded",
     "mistake": "the result of update_parameters is not assigned, so the parameters never change",
     "wrong_line": "update_parameters(parameters, grads, learning_rate)", "wrong_quantity": "parameters",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        update_parameters(parameters, grads, learning_rate)
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "off-by-one loop",
     "mistake": "range(1, num_iterations) runs one iteration too few",
     "wrong_line": "for i in range(1, num_iterations):", "wrong_quantity": "costs",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(1, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "costs every 1000 iterations",
     "mistake": "the cost is kept only every 1000 iterations, as the course prints it, instead of once per iteration",
     "wrong_line": "if i % 1000 == 0:", "wrong_quantity": "costs",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        if i % 1000 == 0:
            costs.append(cost)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters, costs
'''},
    {"key": "nn_model", "function": "nn_model", "kind": "wrong", "style": "return order",
     "mistake": "returns (costs, parameters) instead of (parameters, costs)",
     "wrong_line": "return costs, parameters", "wrong_quantity": "return value",
     "source": '''def nn_model(X, Y, n_h, num_iterations=2000, learning_rate=1.2, seed=SEED, print_every=0):
    n_x, n_h, n_y = layer_sizes(X, Y, n_h)
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        costs.append(compute_cost(A2, Y))
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return costs, parameters
'''},

    # ------------------------------------------------------------------ predict
    {"key": "predict_shallow", "function": "predict", "kind": "correct", "style": "the course's predict: a boolean array",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = (A2 > 0.5)
    return predictions
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "correct", "style": "astype(int)",
     "source": '''def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(int)
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "correct", "style": "the course's alternative: np.round",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = np.round(A2)
    return predictions
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "correct", "style": "inline forward pass, np.where on Z2",
     "source": '''def predict(parameters, X):
    A1 = np.tanh(parameters["W1"] @ X + parameters["b1"])
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    return np.where(Z2 > 0, 1, 0)
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "wrong", "style": "threshold on Z2",
     "mistake": "thresholds Z2 at 0.5 instead of A2 (or Z2 at 0)",
     "wrong_line": "return (cache[\"Z2\"] > 0.5).astype(int)", "wrong_quantity": "return value",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (cache["Z2"] > 0.5).astype(int)
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "wrong", "style": "probabilities",
     "mistake": "returns the probabilities A2 instead of labels",
     "wrong_line": "return A2", "wrong_quantity": "return value",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return A2
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "wrong", "style": "flattened",
     "mistake": "flattens the labels to shape (m,) instead of (1, m)",
     "wrong_line": "return (A2 > 0.5).astype(int).flatten()", "wrong_quantity": "return value",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (A2 > 0.5).astype(int).flatten()
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "wrong", "style": "argmax over one row",
     "mistake": "argmax over the rows of a single-row output is always 0",
     "wrong_line": "predictions = np.argmax(A2, axis=0).reshape(1, -1)", "wrong_quantity": "predictions",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = np.argmax(A2, axis=0).reshape(1, -1)
    return predictions
'''},
    {"key": "predict_shallow", "function": "predict", "kind": "wrong", "style": "wrong cache element",
     "mistake": "thresholds the hidden activations cache[\"A1\"] instead of A2",
     "wrong_line": "predictions = cache[\"A1\"] > 0.5", "wrong_quantity": "predictions",
     "source": '''def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = cache["A1"] > 0.5
    return predictions
'''},
]
