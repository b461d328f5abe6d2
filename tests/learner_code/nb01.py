"""Learner answers for 01_logistic_regression, written independently of the checker: correct ones in
varied styles (the notebook's and the course's), realistic wrong ones, and the course's optimize."""

ANSWERS = [
    # ------------------------------------------------------------------ sigmoid
    {"key": "sigmoid", "function": "sigmoid", "kind": "correct", "style": "course-style, named s",
     "source": '''def sigmoid(z):
    s = 1 / (1 + np.exp(-z))
    return s
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "correct", "style": "np.reciprocal and np.negative",
     "source": '''def sigmoid(z):
    return np.reciprocal(1.0 + np.exp(np.negative(z)))
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "correct", "style": "tanh identity, no overflow",
     "source": '''def sigmoid(z):
    # sigma(z) = (1 + tanh(z / 2)) / 2
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "correct", "style": "through logaddexp",
     "source": '''def sigmoid(z):
    # log sigma(z) = -log(1 + e^-z)
    log_s = -np.logaddexp(0.0, -z)
    return np.exp(log_s)
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "wrong", "style": "course-style",
     "mistake": "the sign of the exponent is missing",
     "wrong_line": "s = 1 / (1 + np.exp(z))", "wrong_quantity": "s",
     "source": '''def sigmoid(z):
    s = 1 / (1 + np.exp(z))
    return s
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "wrong", "style": "one line",
     "mistake": "missing parentheses: computes 1/1 + e^-z instead of 1/(1 + e^-z)",
     "wrong_line": "return 1 / 1 + np.exp(-z)", "wrong_quantity": "return value",
     "source": '''def sigmoid(z):
    return 1 / 1 + np.exp(-z)
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "wrong", "style": "math module",
     "mistake": "math.exp works on one number only; arrays raise a TypeError (not vectorized)",
     "wrong_line": "s = 1 / (1 + math.exp(-z))", "wrong_quantity": "s",
     "source": '''def sigmoid(z):
    s = 1 / (1 + math.exp(-z))
    return s
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "wrong", "style": "named s",
     "mistake": "minus instead of plus in the denominator",
     "wrong_line": "s = 1 / (1 - np.exp(-z))", "wrong_quantity": "s",
     "source": '''def sigmoid(z):
    s = 1 / (1 - np.exp(-z))
    return s
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "wrong", "style": "ratio form",
     "mistake": "computes e^-z / (1 + e^-z), which is 1 - sigma(z)",
     "wrong_line": "s = t / (1 + t)", "wrong_quantity": "s",
     "source": '''def sigmoid(z):
    t = np.exp(-z)
    s = t / (1 + t)
    return s
'''},
    {"key": "sigmoid", "function": "sigmoid", "kind": "wrong", "style": "floor division slip",
     "mistake": "floor division // instead of /: every value becomes 0",
     "wrong_line": "s = 1 // (1 + np.exp(-z))", "wrong_quantity": "s",
     "source": '''def sigmoid(z):
    s = 1 // (1 + np.exp(-z))
    return s
'''},

    # ------------------------------------------------------------------ sigmoid_derivative
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "correct",
     "style": "course-style, calls sigmoid, named s and ds",
     "source": '''def sigmoid_derivative(z):
    s = sigmoid(z)
    ds = s * (1 - s)
    return ds
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "correct",
     "style": "self-contained, np.multiply",
     "source": '''def sigmoid_derivative(z):
    s = 1.0 / (1.0 + np.exp(-z))
    return np.multiply(s, 1.0 - s)
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "correct",
     "style": "h.sigmoid, s - s**2",
     "source": '''def sigmoid_derivative(z):
    s = h.sigmoid(z)
    return s - s ** 2
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "correct",
     "style": "tanh identity: sigma' = (1 - tanh^2(z/2)) / 4",
     "source": '''def sigmoid_derivative(z):
    t = np.tanh(np.asarray(z, dtype=float) / 2)
    return 0.25 * (1 - t * t)
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "wrong", "style": "course-style",
     "mistake": "plus instead of minus: s (1 + s)",
     "wrong_line": "ds = s * (1 + s)", "wrong_quantity": "ds",
     "source": '''def sigmoid_derivative(z):
    s = sigmoid(z)
    ds = s * (1 + s)
    return ds
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "wrong", "style": "course-style",
     "mistake": "uses z instead of s in the second factor: s (1 - z)",
     "wrong_line": "ds = s * (1 - z)", "wrong_quantity": "ds",
     "source": '''def sigmoid_derivative(z):
    s = sigmoid(z)
    ds = s * (1 - z)
    return ds
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "wrong", "style": "precedence",
     "mistake": "missing parentheses: s * 1 - s is always 0",
     "wrong_line": "ds = s * 1 - s", "wrong_quantity": "ds",
     "source": '''def sigmoid_derivative(z):
    s = sigmoid(z)
    ds = s * 1 - s
    return ds
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "wrong", "style": "no sigmoid",
     "mistake": "applies the formula to z itself, without computing sigma(z) first",
     "wrong_line": "ds = z * (1 - z)", "wrong_quantity": "ds",
     "source": '''def sigmoid_derivative(z):
    ds = z * (1 - z)
    return ds
'''},
    {"key": "sigmoid_derivative", "function": "sigmoid_derivative", "kind": "wrong", "style": "returns the wrong variable",
     "mistake": "returns sigma(z) instead of its derivative",
     "wrong_line": "return s", "wrong_quantity": "return value",
     "source": '''def sigmoid_derivative(z):
    s = sigmoid(z)
    ds = s * (1 - s)
    return s
'''},

    # ------------------------------------------------------------------ initialize_with_zeros
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "correct", "style": "course-style",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = 0.
    return w, b
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "correct",
     "style": "keyword shape and dtype, float(0)",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros(shape=(dim, 1), dtype=np.float64)
    b = float(0)
    return w, b
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "correct", "style": "reshape of a flat vector",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros(dim).reshape(dim, 1)
    return w, 0.0
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "wrong", "style": "flat vector",
     "mistake": "w has shape (dim,) instead of a column (dim, 1)",
     "wrong_line": "w = np.zeros(dim)", "wrong_quantity": "w",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros(dim)
    b = 0.0
    return w, b
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "wrong", "style": "row vector",
     "mistake": "w is a row (1, dim) instead of a column (dim, 1)",
     "wrong_line": "w = np.zeros((1, dim))", "wrong_quantity": "w",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros((1, dim))
    b = 0.0
    return w, b
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "wrong", "style": "array bias",
     "mistake": "b is a (1, 1) array instead of a plain number",
     "wrong_line": "b = np.zeros((1, 1))", "wrong_quantity": "b",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = np.zeros((1, 1))
    return w, b
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "wrong", "style": "small random",
     "mistake": "draws small random weights instead of zeros",
     "wrong_line": "w = np.random.randn(dim, 1) * 0.01", "wrong_quantity": "w",
     "source": '''def initialize_with_zeros(dim):
    w = np.random.randn(dim, 1) * 0.01
    b = 0.0
    return w, b
'''},
    {"key": "initialize_with_zeros", "function": "initialize_with_zeros", "kind": "wrong", "style": "swapped return",
     "mistake": "returns (b, w) instead of (w, b)",
     "wrong_line": "return b, w", "wrong_quantity": "return value",
     "source": '''def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = 0.0
    return b, w
'''},

    # ------------------------------------------------------------------ propagate
    {"key": "propagate", "function": "propagate", "kind": "correct", "style": "course-style, np.squeeze(np.array(cost))",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    cost = np.squeeze(np.array(cost))
    grads = {"dw": dw,
             "db": db}
    return grads, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "correct", "style": "loop over examples",
     "source": '''def propagate(w, b, X, Y):
    n_x, m = X.shape
    dw = np.zeros((n_x, 1))
    db = 0.0
    cost = 0.0
    for i in range(m):
        x_i = X[:, i:i + 1]
        y_i = Y[0, i]
        z_i = float(np.sum(w * x_i)) + b
        a_i = 1.0 / (1.0 + math.exp(-z_i))
        cost -= y_i * math.log(a_i) + (1 - y_i) * math.log(1 - a_i)
        dw += (a_i - y_i) * x_i
        db += a_i - y_i
    grads = {"dw": dw / m, "db": db / m}
    return grads, cost / m
'''},
    {"key": "propagate", "function": "propagate", "kind": "correct", "style": "@, np.mean, float cost",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = h.sigmoid(w.T @ X + b)
    dZ = A - Y
    cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    grads = {"dw": X @ dZ.T / m, "db": float(np.mean(dZ))}
    return grads, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "correct", "style": "einsum, cost from the logits with logaddexp",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    Z = np.einsum("ij,ik->jk", w, X) + b
    A = sigmoid(Z)
    # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
    cost = np.sum(np.logaddexp(0, Z) - Y * Z) / m
    dw = np.einsum("ik,jk->ij", X, A - Y) / m
    db = np.sum(A - Y) / m
    return {"dw": dw, "db": db}, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "correct", "style": "np.matmul, np.multiply, nested dict build",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.matmul(w.T, X) + b)
    logprobs = np.multiply(Y, np.log(A)) + np.multiply(1 - Y, np.log(1 - A))
    cost = -np.sum(logprobs) / m
    dZ = A - Y
    grads = dict(dw=np.matmul(X, dZ.T) / m, db=np.sum(dZ) / m)
    return grads, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "course-style",
     "mistake": "dw is missing the 1/m",
     "wrong_line": "dw = np.dot(X, (A - Y).T)", "wrong_quantity": "dw",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dw = np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    grads = {"dw": dw, "db": db}
    return grads, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "course-style",
     "mistake": "dw is computed as a row (1, n_x): (A - Y) X^T instead of X (A - Y)^T",
     "wrong_line": "dw = np.dot(A - Y, X.T) / m", "wrong_quantity": "dw",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dw = np.dot(A - Y, X.T) / m
    db = np.sum(A - Y) / m
    grads = {"dw": dw, "db": db}
    return grads, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "course-style",
     "mistake": "the minus sign of the cross-entropy is missing (the cost is negative)",
     "wrong_line": "cost = np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m", "wrong_quantity": "cost",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dw = np.dot(X, (A - Y).T) / m
    db = np.sum(A - Y) / m
    grads = {"dw": dw, "db": db}
    return grads, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "db with an axis",
     "mistake": "db summed over axis 0: a vector of m values instead of one number",
     "wrong_line": "db = np.sum(A - Y, axis=0) / m", "wrong_quantity": "db",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dw = np.dot(X, (A - Y).T) / m
    db = np.sum(A - Y, axis=0) / m
    return {"dw": dw, "db": db}, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "m from the wrong axis",
     "mistake": "m is taken as X.shape[0], the number of features, instead of the number of examples",
     "wrong_line": "m = X.shape[0]", "wrong_quantity": "m",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[0]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    return {"dw": dw, "db": db}, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "dZ = Y - A",
     "mistake": "the error is taken as Y - A, so both gradients have the wrong sign",
     "wrong_line": "dZ = Y - A", "wrong_quantity": "dZ",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dZ = Y - A
    dw = X @ dZ.T / m
    db = np.mean(dZ)
    return {"dw": dw, "db": db}, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "log(A) twice",
     "mistake": "the second term of the cost uses log(A) instead of log(1 - A)",
     "wrong_line": "cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(A))", "wrong_quantity": "cost",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(A))
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    return {"dw": dw, "db": db}, cost
'''},
    {"key": "propagate", "function": "propagate", "kind": "wrong", "style": "swapped return",
     "mistake": "returns (cost, grads) instead of (grads, cost)",
     "wrong_line": "return cost, grads", "wrong_quantity": "return value",
     "source": '''def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    grads = {"dw": 1 / m * np.dot(X, (A - Y).T), "db": 1 / m * np.sum(A - Y)}
    return cost, grads
'''},

    # ------------------------------------------------------------------ optimize
    {"key": "optimize", "function": "optimize", "kind": "correct",
     "style": "course-style with copy.deepcopy, cost kept every iteration",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * db
        costs.append(cost)
        if print_cost and i % 100 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    params = {"w": w,
              "b": b}
    grads = {"dw": dw,
             "db": db}
    return params, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "correct", "style": "while loop, gradients written inline",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    m = X.shape[1]
    costs = []
    i = 0
    while i < num_iterations:
        A = 1 / (1 + np.exp(-(w.T @ X + b)))
        costs.append(float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m))
        grads = {"dw": X @ (A - Y).T / m, "db": float(np.sum(A - Y) / m)}
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if print_cost and i % 100 == 0:
            print(f"iteration {i}: cost {costs[-1]:.6f}")
        i += 1
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "correct", "style": "copies then in-place steps",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w = np.array(w, dtype=float, copy=True)
    b = float(b)
    costs = []
    for it in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w -= learning_rate * grads["dw"]
        b -= learning_rate * grads["db"]
        if print_cost and it % 100 == 0:
            print(it, cost)
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "course_only",
     "style": "the course's optimize, pasted",
     "mistake": "records the cost only every 100 iterations (the notebook keeps one cost per iteration)",
     "source": '''def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))
    params = {"w": w,
              "b": b}
    grads = {"dw": dw,
             "db": db}
    return params, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "course-style",
     "mistake": "b is updated with dw instead of db",
     "wrong_line": "b = b - learning_rate * dw", "wrong_quantity": "b",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * dw
        costs.append(cost)
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "course-style",
     "mistake": "steps uphill: w + learning_rate dw",
     "wrong_line": "w = w + learning_rate * dw", "wrong_quantity": "w",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w + learning_rate * dw
        b = b + learning_rate * db
        costs.append(cost)
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "gradients recomputed at the end",
     "mistake": "returns the gradients at the final parameters, after the last step, instead of those of the last iteration",
     "wrong_line": "grads, _ = propagate(w, b, X, Y)", "wrong_quantity": "grads",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
    grads, _ = propagate(w, b, X, Y)
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "off-by-one loop",
     "mistake": "the loop runs num_iterations - 1 times",
     "wrong_line": "for i in range(1, num_iterations):", "wrong_quantity": "costs",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for i in range(1, num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "hard-coded learning rate",
     "mistake": "the learning rate argument is ignored: 0.009 is hard-coded",
     "wrong_line": "w = w - 0.009 * grads[\"dw\"]", "wrong_quantity": "w",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - 0.009 * grads["dw"]
        b = b - 0.009 * grads["db"]
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "mutable default argument",
     "mistake": "costs is a mutable default argument: the list keeps the costs of earlier calls",
     "wrong_line": "def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False, costs=[]):",
     "wrong_quantity": "costs",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False, costs=[]):
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
    return {"w": w, "b": b}, grads, costs
'''},
    {"key": "optimize", "function": "optimize", "kind": "wrong", "style": "return order",
     "mistake": "returns (params, costs, grads) instead of (params, grads, costs)",
     "wrong_line": "return params, costs, grads", "wrong_quantity": "return value",
     "source": '''def optimize(w, b, X, Y, num_iterations=1000, learning_rate=1.0, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        costs.append(cost)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
    params = {"w": w, "b": b}
    return params, costs, grads
'''},

    # ------------------------------------------------------------------ predict
    {"key": "predict", "function": "predict", "kind": "correct", "style": "course-style loop, float labels",
     "source": '''def predict(w, b, X):
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(np.dot(w.T, X) + b)
    for i in range(A.shape[1]):
        if A[0, i] > 0.5:
            Y_prediction[0, i] = 1
        else:
            Y_prediction[0, i] = 0
    return Y_prediction
'''},
    {"key": "predict", "function": "predict", "kind": "correct", "style": "vectorized, astype(int)",
     "source": '''def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    return (A > 0.5).astype(int)
'''},
    {"key": "predict", "function": "predict", "kind": "correct", "style": "threshold on z with np.where",
     "source": '''def predict(w, b, X):
    z = np.dot(w.T, X) + b
    return np.where(z > 0, 1, 0)
'''},
    {"key": "predict", "function": "predict", "kind": "correct", "style": "list comprehension over columns",
     "source": '''def predict(w, b, X):
    probs = sigmoid(np.dot(w.T, X) + b).ravel()
    labels = [1 if p > 0.5 else 0 for p in probs]
    return np.array(labels, dtype=int).reshape(1, -1)
'''},
    {"key": "predict", "function": "predict", "kind": "wrong", "style": "threshold on z",
     "mistake": "thresholds z = w^T x + b at 0.5 instead of a = sigma(z) (or z at 0)",
     "wrong_line": "return (z > 0.5).astype(int)", "wrong_quantity": "return value",
     "source": '''def predict(w, b, X):
    z = np.dot(w.T, X) + b
    return (z > 0.5).astype(int)
'''},
    {"key": "predict", "function": "predict", "kind": "wrong", "style": "probabilities returned",
     "mistake": "returns the probabilities A instead of 0/1 labels",
     "wrong_line": "return A", "wrong_quantity": "return value",
     "source": '''def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    Y_prediction = (A > 0.5).astype(int)
    return A
'''},
    {"key": "predict", "function": "predict", "kind": "wrong", "style": "course-style loop",
     "mistake": "the loop runs over the features (X.shape[0]) instead of the examples",
     "wrong_line": "for i in range(X.shape[0]):", "wrong_quantity": "Y_prediction",
     "source": '''def predict(w, b, X):
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    A = sigmoid(np.dot(w.T, X) + b)
    for i in range(X.shape[0]):
        if A[0, i] > 0.5:
            Y_prediction[0, i] = 1
    return Y_prediction
'''},
    {"key": "predict", "function": "predict", "kind": "wrong", "style": "inverted comparison",
     "mistake": "labels are inverted: 1 where a < 0.5",
     "wrong_line": "return (A < 0.5).astype(int)", "wrong_quantity": "return value",
     "source": '''def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    return (A < 0.5).astype(int)
'''},
    {"key": "predict", "function": "predict", "kind": "wrong", "style": "flattened",
     "mistake": "returns a flat vector (m,) instead of shape (1, m)",
     "wrong_line": "return (A[0] > 0.5).astype(int)", "wrong_quantity": "return value",
     "source": '''def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    return (A[0] > 0.5).astype(int)
'''},
    {"key": "predict", "function": "predict", "kind": "wrong", "style": "missing transpose",
     "mistake": "w is not transposed: np.dot(w, X) fails for more than one feature",
     "wrong_line": "A = sigmoid(np.dot(w, X) + b)", "wrong_quantity": "A",
     "source": '''def predict(w, b, X):
    A = sigmoid(np.dot(w, X) + b)
    return (A > 0.5).astype(int)
'''},

    # ------------------------------------------------------------------ model
    {"key": "model_logistic", "function": "model", "kind": "correct",
     "style": "course-style accuracy 100 - mean|diff| * 100",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w = params["w"]
    b = params["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    train_accuracy = 100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100
    test_accuracy = 100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100
    if print_cost:
        print("train accuracy: {} %".format(train_accuracy))
        print("test accuracy: {} %".format(test_accuracy))
    d = {"costs": costs,
         "w": w,
         "b": b,
         "learning_rate": learning_rate,
         "train_accuracy": train_accuracy,
         "test_accuracy": test_accuracy}
    return d
'''},
    {"key": "model_logistic", "function": "model", "kind": "correct", "style": "keyword arguments, mean of equality",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w0, b0 = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w0, b0, X_train, Y_train, num_iterations=num_iterations,
                                learning_rate=learning_rate, print_cost=print_cost)
    acc = {}
    for name, X, Y in (("train", X_train, Y_train), ("test", X_test, Y_test)):
        acc[name] = float(np.mean(predict(params["w"], params["b"], X) == Y) * 100)
    return {"w": params["w"], "b": params["b"], "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": acc["train"], "test_accuracy": acc["test"]}
'''},
    {"key": "model_logistic", "function": "model", "kind": "correct", "style": "h.accuracy_percent",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w, b = params["w"], params["b"]
    result = {
        "w": w,
        "b": b,
        "costs": costs,
        "learning_rate": learning_rate,
        "train_accuracy": h.accuracy_percent(predict(w, b, X_train), Y_train),
        "test_accuracy": h.accuracy_percent(predict(w, b, X_test), Y_test),
    }
    return result
'''},
    {"key": "model_logistic", "function": "model", "kind": "correct",
     "style": "the course's model pasted: course keys, prints the accuracies",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w = params["w"]
    b = params["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    if print_cost:
        print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))
    d = {"costs": costs,
         "Y_prediction_test": Y_prediction_test,
         "Y_prediction_train": Y_prediction_train,
         "w": w,
         "b": b,
         "learning_rate": learning_rate,
         "num_iterations": num_iterations}
    return d
'''},
    {"key": "model_logistic", "function": "model", "kind": "wrong", "style": "fraction instead of percent",
     "mistake": "accuracies are fractions (0 to 1) instead of percentages",
     "wrong_line": "train_accuracy = np.mean(Y_prediction_train == Y_train)", "wrong_quantity": "train_accuracy",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    Y_prediction_train = predict(params["w"], params["b"], X_train)
    Y_prediction_test = predict(params["w"], params["b"], X_test)
    train_accuracy = np.mean(Y_prediction_train == Y_train)
    test_accuracy = np.mean(Y_prediction_test == Y_test)
    return {"w": params["w"], "b": params["b"], "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
'''},
    {"key": "model_logistic", "function": "model", "kind": "wrong", "style": "copy-paste slip",
     "mistake": "the test predictions are made on X_train",
     "wrong_line": "Y_prediction_test = predict(w, b, X_train)", "wrong_quantity": "Y_prediction_test",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w = params["w"]
    b = params["b"]
    Y_prediction_test = predict(w, b, X_train)
    Y_prediction_train = predict(w, b, X_train)
    train_accuracy = 100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100
    test_accuracy = 100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100
    return {"w": w, "b": b, "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
'''},
    {"key": "model_logistic", "function": "model", "kind": "wrong", "style": "arguments not passed on",
     "mistake": "optimize is called without num_iterations and learning_rate, so its defaults are used",
     "wrong_line": "params, grads, costs = optimize(w, b, X_train, Y_train)", "wrong_quantity": "params",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train)
    w = params["w"]
    b = params["b"]
    train_accuracy = 100 * np.mean(predict(w, b, X_train) == Y_train)
    test_accuracy = 100 * np.mean(predict(w, b, X_test) == Y_test)
    return {"w": w, "b": b, "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
'''},
    {"key": "model_logistic", "function": "model", "kind": "wrong", "style": "positional arguments swapped",
     "mistake": "learning_rate and num_iterations passed to optimize in the wrong order",
     "wrong_line": "params, grads, costs = optimize(w, b, X_train, Y_train, learning_rate, num_iterations)",
     "wrong_quantity": "params",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, learning_rate, num_iterations)
    w = params["w"]
    b = params["b"]
    train_accuracy = 100 * np.mean(predict(w, b, X_train) == Y_train)
    test_accuracy = 100 * np.mean(predict(w, b, X_test) == Y_test)
    return {"w": w, "b": b, "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
'''},
    {"key": "model_logistic", "function": "model", "kind": "wrong", "style": "initial weights returned",
     "mistake": "returns the initial zeros as w and b instead of the trained parameters",
     "wrong_line": "d = {\"w\": w, \"b\": b, \"costs\": costs, \"learning_rate\": learning_rate,",
     "wrong_quantity": "d[\"w\"]",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    train_accuracy = 100 * np.mean(predict(params["w"], params["b"], X_train) == Y_train)
    test_accuracy = 100 * np.mean(predict(params["w"], params["b"], X_test) == Y_test)
    d = {"w": w, "b": b, "costs": costs, "learning_rate": learning_rate,
         "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
    return d
'''},
    {"key": "model_logistic", "function": "model", "kind": "wrong", "style": "error rate",
     "mistake": "reports the error rate (percentage of wrong labels) as the accuracy",
     "wrong_line": "train_accuracy = np.mean(np.abs(Y_prediction_train - Y_train)) * 100", "wrong_quantity": "train_accuracy",
     "source": '''def model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=1.0, print_cost=False):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    Y_prediction_train = predict(params["w"], params["b"], X_train)
    Y_prediction_test = predict(params["w"], params["b"], X_test)
    train_accuracy = np.mean(np.abs(Y_prediction_train - Y_train)) * 100
    test_accuracy = np.mean(np.abs(Y_prediction_test - Y_test)) * 100
    return {"w": params["w"], "b": params["b"], "costs": costs, "learning_rate": learning_rate,
            "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}
'''},
]
