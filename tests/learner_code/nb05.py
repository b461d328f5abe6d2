"""Learner answers for 05_regularization, written independently of the checker: correct ones in
varied styles (the notebook's functions, and the course's 3-layer functions pasted as they are)
and realistic wrong ones."""

ANSWERS = [
    # ------------------------------------------------------------------ l2_cost_term
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "correct",
     "style": "L = len(parameters) // 2, np.sum(np.square(W))",
     "source": '''def l2_cost_term(parameters, lambd, m):
    """lambda / (2 m) * sum over layers of ||W[l]||_F^2; the biases are not penalized."""
    L = len(parameters) // 2
    total = 0.0
    for l in range(1, L + 1):
        total += np.sum(np.square(parameters["W" + str(l)]))
    return lambd / (2 * m) * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "correct",
     "style": "keys starting with W, Frobenius norm squared",
     "source": '''def l2_cost_term(parameters, lambd, m):
    squares = [np.linalg.norm(W, "fro") ** 2 for key, W in parameters.items() if key.startswith("W")]
    return float(lambd / (2 * m) * sum(squares))
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "correct", "style": "h.l2_penalty",
     "source": '''def l2_cost_term(parameters, lambd, m):
    return h.l2_penalty(parameters, lambd, m)
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "correct", "style": "einsum, range(L) with str(l + 1)",
     "source": '''def l2_cost_term(parameters, lambd, m):
    L = len(parameters) // 2
    frob = sum(np.einsum("ij,ij->", parameters["W" + str(l + 1)], parameters["W" + str(l + 1)]) for l in range(L))
    return (lambd / m) * frob / 2
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "biases penalized",
     "mistake": "sums the squares of every parameter, biases included",
     "wrong_line": "total = sum(np.sum(p ** 2) for p in parameters.values())", "wrong_quantity": "total",
     "source": '''def l2_cost_term(parameters, lambd, m):
    total = sum(np.sum(p ** 2) for p in parameters.values())
    return lambd / (2 * m) * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "factor 1/2 missing",
     "mistake": "lambda / m instead of lambda / (2 m)",
     "wrong_line": "return lambd / m * total", "wrong_quantity": "return value",
     "source": '''def l2_cost_term(parameters, lambd, m):
    L = len(parameters) // 2
    total = 0.0
    for l in range(1, L + 1):
        total += np.sum(np.square(parameters["W" + str(l)]))
    return lambd / m * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "precedence",
     "mistake": "lambd / 2 * m multiplies by m instead of dividing by 2m",
     "wrong_line": "return lambd / 2 * m * total", "wrong_quantity": "return value",
     "source": '''def l2_cost_term(parameters, lambd, m):
    L = len(parameters) // 2
    total = sum(np.sum(np.square(parameters["W" + str(l)])) for l in range(1, L + 1))
    return lambd / 2 * m * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "norm not squared",
     "mistake": "adds the Frobenius norms instead of their squares",
     "wrong_line": "total += np.linalg.norm(parameters[\"W\" + str(l)])", "wrong_quantity": "total",
     "source": '''def l2_cost_term(parameters, lambd, m):
    L = len(parameters) // 2
    total = 0.0
    for l in range(1, L + 1):
        total += np.linalg.norm(parameters["W" + str(l)])
    return lambd / (2 * m) * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "off-by-one",
     "mistake": "range(1, L) leaves out the last layer's weights",
     "wrong_line": "for l in range(1, L):", "wrong_quantity": "total",
     "source": '''def l2_cost_term(parameters, lambd, m):
    L = len(parameters) // 2
    total = 0.0
    for l in range(1, L):
        total += np.sum(np.square(parameters["W" + str(l)]))
    return lambd / (2 * m) * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "square of the sum",
     "mistake": "squares the sum of the entries instead of summing their squares",
     "wrong_line": "total += np.sum(parameters[\"W\" + str(l)]) ** 2", "wrong_quantity": "total",
     "source": '''def l2_cost_term(parameters, lambd, m):
    L = len(parameters) // 2
    total = 0.0
    for l in range(1, L + 1):
        total += np.sum(parameters["W" + str(l)]) ** 2
    return lambd / (2 * m) * total
'''},
    {"key": "l2_cost_term", "function": "l2_cost_term", "kind": "wrong", "style": "floor division",
     "mistake": "lambd // (2 * m) floors the factor to 0 for small lambda",
     "wrong_line": "return lambd // (2 * m) * total", "wrong_quantity": "return value",
     "source": '''def l2_cost_term(parameters, lambd, m):
    total = 0.0
    for key in parameters:
        if key[0] == "W":
            total += np.sum(parameters[key] * parameters[key])
    return lambd // (2 * m) * total
'''},

    # ------------------------------------------------------------------ cost_with_l2
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "correct",
     "style": "cross-entropy written out plus l2_cost_term",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    """AL, Y: (1, m). The mean cross-entropy plus the L2 term (the course's compute_cost_with_regularization)."""
    m = Y.shape[1]
    cross_entropy_cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    L2_regularization_cost = l2_cost_term(parameters, lambd, m)
    return float(cross_entropy_cost + L2_regularization_cost)
'''},
    {"key": "compute_cost_with_regularization", "function": "compute_cost_with_regularization", "kind": "correct",
     "style": "the course's function pasted: calls compute_cost, W1..W3",
     "source": '''def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]
    cross_entropy_cost = compute_cost(A3, Y)
    L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))
    cost = cross_entropy_cost + L2_regularization_cost
    return cost
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "correct",
     "style": "h.compute_cost plus h.l2_penalty",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    return h.compute_cost(AL, Y) + h.l2_penalty(parameters, lambd, m)
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "correct",
     "style": "everything inline, np.mean and a loop over the layers",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = AL.shape[1]
    ce = -np.mean(np.multiply(Y, np.log(AL)) + np.multiply(1 - Y, np.log(1 - AL)))
    L = len(parameters) // 2
    penalty = 0.0
    for l in range(L):
        W = parameters["W" + str(l + 1)]
        penalty += float(np.sum(W * W))
    return float(ce) + lambd / (2 * m) * penalty
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "wrong",
     "style": "m from the wrong axis", "mistake": "m = AL.shape[0] is 1: both terms are divided by the wrong count",
     "wrong_line": "m = AL.shape[0]", "wrong_quantity": "m",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = AL.shape[0]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cross_entropy + l2_cost_term(parameters, lambd, m))
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "wrong",
     "style": "cross-entropy not averaged", "mistake": "the cross-entropy is summed, not divided by m",
     "wrong_line": "cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))", "wrong_quantity": "cross_entropy",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return float(cross_entropy + l2_cost_term(parameters, lambd, m))
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "wrong",
     "style": "course's three layers, one forgotten", "mistake": "only W1 and W2 are penalized: the last layer's weights are left out",
     "wrong_line": "L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)))",
     "wrong_quantity": "L2_regularization_cost",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    cross_entropy_cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)))
    return float(cross_entropy_cost + L2_regularization_cost)
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "wrong",
     "style": "sign of the L2 term", "mistake": "the L2 term is subtracted instead of added",
     "wrong_line": "return float(cross_entropy - l2_cost_term(parameters, lambd, m))", "wrong_quantity": "cost",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cross_entropy - l2_cost_term(parameters, lambd, m))
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "wrong",
     "style": "mean over the wrong axis", "mistake": "np.mean over axis 0 leaves one cost per example instead of one number",
     "wrong_line": "cross_entropy = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)", "wrong_quantity": "cross_entropy",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)
    return cross_entropy + l2_cost_term(parameters, lambd, m)
'''},
    {"key": "compute_cost_with_regularization", "function": "cost_with_l2", "kind": "wrong",
     "style": "the L2 factor with lambda squared", "mistake": "the L2 term uses lambda squared",
     "wrong_line": "penalty = lambd ** 2 / (2 * m) * sum(np.sum(np.square(parameters[k])) for k in parameters if k.startswith(\"W\"))",
     "wrong_quantity": "penalty",
     "source": '''def cost_with_l2(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    penalty = lambd ** 2 / (2 * m) * sum(np.sum(np.square(parameters[k])) for k in parameters if k.startswith("W"))
    return float(cross_entropy + penalty)
'''},

    # ------------------------------------------------------------------ add_l2_gradients
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "correct",
     "style": "dict(grads) copy, loop over the layers",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    """A new dict of gradients: dW[l] + (lambda / m) W[l], shape (n[l], n[l-1]); db[l] unchanged."""
    new_grads = dict(grads)
    L = len(parameters) // 2
    for l in range(1, L + 1):
        new_grads["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
    return new_grads
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "correct",
     "style": "dict comprehension over the gradients",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    return {key: (g + (lambd / m) * parameters[key[1:]] if key.startswith("dW") else g)
            for key, g in grads.items()}
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "correct",
     "style": "copy.deepcopy, then += on the copies",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    out = copy.deepcopy(grads)
    for name, W in parameters.items():
        if name.startswith("W"):
            out["d" + name] += lambd / m * W
    return out
'''},
    {"key": "backward_propagation_with_regularization", "function": "backward_propagation_with_regularization",
     "kind": "correct", "style": "the course's 3-layer backward pass pasted",
     "source": '''def backward_propagation_with_regularization(X, Y, cache, lambd):
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T) + lambd / m * W3
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T) + lambd / m * W2
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T) + lambd / m * W1
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    gradients = {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
                 "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
                 "dZ1": dZ1, "dW1": dW1, "db1": db1}
    return gradients
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "in place, returned", "mistake": "adds the term in place to the caller's arrays and returns the same dict instead of a new one",
     "wrong_line": "grads[\"dW\" + str(l)] += lambd / m * parameters[\"W\" + str(l)]", "wrong_quantity": "grads",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        grads["dW" + str(l)] += lambd / m * parameters["W" + str(l)]
    return grads
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "biases too", "mistake": "adds lambda / m b[l] to db[l] as well (the biases are not penalized)",
     "wrong_line": "new[\"db\" + str(l)] = grads[\"db\" + str(l)] + lambd / m * parameters[\"b\" + str(l)]",
     "wrong_quantity": "db1",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    new = dict(grads)
    L = len(parameters) // 2
    for l in range(1, L + 1):
        new["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
        new["db" + str(l)] = grads["db" + str(l)] + lambd / m * parameters["b" + str(l)]
    return new
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "the 1/2 kept", "mistake": "adds lambda / (2 m) W: the 2 of the square was not cancelled",
     "wrong_line": "new[key] = grads[key] + lambd / (2 * m) * parameters[key[1:]]", "wrong_quantity": "dW1",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    new = {}
    for key in grads:
        if key.startswith("dW"):
            new[key] = grads[key] + lambd / (2 * m) * parameters[key[1:]]
        else:
            new[key] = grads[key]
    return new
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "derivative of the wrong thing", "mistake": "adds lambda / m W^2 (element-wise square) instead of lambda / m W",
     "wrong_line": "new[\"dW\" + str(l)] = grads[\"dW\" + str(l)] + lambd / m * np.square(parameters[\"W\" + str(l)])",
     "wrong_quantity": "dW1",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    new = dict(grads)
    for l in range(1, len(parameters) // 2 + 1):
        new["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * np.square(parameters["W" + str(l)])
    return new
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "db dropped", "mistake": "the new dict holds only the dW entries: db[l] is lost",
     "wrong_line": "new = {}", "wrong_quantity": "new",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    new = {}
    for l in range(1, len(parameters) // 2 + 1):
        new["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
    return new
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "gradient instead of weight", "mistake": "adds lambda / m dW instead of lambda / m W",
     "wrong_line": "new[k] = g + lambd / m * g if k.startswith(\"dW\") else g", "wrong_quantity": "dW1",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    new = {}
    for k, g in grads.items():
        new[k] = g + lambd / m * g if k.startswith("dW") else g
    return new
'''},
    {"key": "backward_propagation_with_regularization", "function": "add_l2_gradients", "kind": "wrong",
     "style": "off-by-one", "mistake": "range(1, L) leaves the last layer's dW without the term",
     "wrong_line": "for l in range(1, L):", "wrong_quantity": "dWL",
     "source": '''def add_l2_gradients(grads, parameters, lambd, m):
    new = dict(grads)
    L = len(parameters) // 2
    for l in range(1, L):
        new["dW" + str(l)] = grads["dW" + str(l)] + lambd / m * parameters["W" + str(l)]
    return new
'''},

    # ------------------------------------------------------------------ forward_with_dropout
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "correct",
     "style": "course names, hidden layers in a loop, output layer after it",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        A_prev = A
        W = parameters["W" + str(l)]
        b = parameters["b" + str(l)]
        Z = np.dot(W, A_prev) + b
        A = np.maximum(0, Z)
        if masks is not None:
            D = masks[l - 1]
        else:
            D = rng.random(Z.shape) < keep_prob
        A = A * D
        A = A / keep_prob
        cache.append((A_prev, W, Z, D))
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    AL = 1 / (1 + np.exp(-Z))
    cache.append((A, W, Z, None))
    return AL, cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_propagation_with_dropout", "kind": "correct",
     "style": "the course's 3-layer function pasted: np.random.seed(1), rand, int masks",
     "source": '''def forward_propagation_with_dropout(X, parameters, keep_prob=0.5):
    np.random.seed(1)
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    D1 = np.random.rand(A1.shape[0], A1.shape[1])
    D1 = (D1 < keep_prob).astype(int)
    A1 = A1 * D1
    A1 = A1 / keep_prob
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    D2 = np.random.rand(A2.shape[0], A2.shape[1])
    D2 = (D2 < keep_prob).astype(int)
    A2 = A2 * D2
    A2 = A2 / keep_prob
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "correct",
     "style": "all masks drawn up front in layer order, h.relu / h.sigmoid, np.where",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    L = len(parameters) // 2
    m = X.shape[1]
    if masks is None:
        gen = np.random.default_rng(rng)
        masks = [gen.random((parameters[f"W{l}"].shape[0], m)) < keep_prob for l in range(1, L)]
    cache = []
    A = X
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        if l < L:
            D = masks[l - 1]
            cache.append((A, W, Z, D))
            A = np.where(D, h.relu(Z), 0.0) / keep_prob
        else:
            cache.append((A, W, Z, None))
            A = h.sigmoid(Z)
    return A, cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "correct",
     "style": "np.multiply and /= , mask drawn from A.shape after the relu",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if rng is None and masks is None:
        rng = np.random.default_rng()
    elif masks is None and not isinstance(rng, np.random.Generator):
        rng = np.random.default_rng(rng)
    n_layers = len(parameters) // 2
    A = X
    cache = []
    for l in range(n_layers):
        W = parameters["W" + str(l + 1)]
        Z = np.matmul(W, A) + parameters["b" + str(l + 1)]
        if l == n_layers - 1:
            cache.append((A, W, Z, None))
            A = 1.0 / (1.0 + np.exp(-Z))
            break
        A_next = np.maximum(Z, 0)
        D = masks[l] if masks is not None else (rng.random(A_next.shape) < keep_prob)
        A_next = np.multiply(A_next, D)
        A_next /= keep_prob
        cache.append((A, W, Z, D))
        A = A_next
    return A, cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "randn mask", "mistake": "the mask is drawn with the normal distribution (randn) instead of the uniform rng.random",
     "wrong_line": "D = rng.standard_normal(Z.shape) < keep_prob", "wrong_quantity": "D",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        D = rng.standard_normal(Z.shape) < keep_prob
        if masks is not None:
            D = masks[l - 1]
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D / keep_prob
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    cache.append((A, W, Z, None))
    return 1 / (1 + np.exp(-Z)), cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "no rescaling", "mistake": "the mask is applied but the activations are not divided by keep_prob",
     "wrong_line": "A = np.maximum(0, Z) * D", "wrong_quantity": "A",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        D = masks[l - 1] if masks is not None else rng.random(Z.shape) < keep_prob
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    cache.append((A, W, Z, None))
    return 1 / (1 + np.exp(-Z)), cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "scaled the wrong way", "mistake": "multiplies by keep_prob instead of dividing by it",
     "wrong_line": "A = np.maximum(0, Z) * D * keep_prob", "wrong_quantity": "A",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        D = masks[l - 1] if masks is not None else rng.random(Z.shape) < keep_prob
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D * keep_prob
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    cache.append((A, W, Z, None))
    return 1 / (1 + np.exp(-Z)), cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "output layer dropped too", "mistake": "dropout is applied to the output layer as well",
     "wrong_line": "AL = sigmoid_out * D / keep_prob", "wrong_quantity": "AL",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        D = masks[l - 1] if masks is not None else rng.random(Z.shape) < keep_prob
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D / keep_prob
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    sigmoid_out = 1 / (1 + np.exp(-Z))
    D = (rng.random(Z.shape) if masks is None else np.ones(Z.shape)) < keep_prob
    AL = sigmoid_out * D / keep_prob
    cache.append((A, W, Z, D))
    return AL, cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "comparison reversed", "mistake": "keeps the units where the draw is > keep_prob, so it keeps 1 - keep_prob of them",
     "wrong_line": "D = rng.random(Z.shape) > keep_prob", "wrong_quantity": "D",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        if masks is None:
            D = rng.random(Z.shape) > keep_prob
        else:
            D = masks[l - 1]
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D / keep_prob
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    cache.append((A, W, Z, None))
    return 1 / (1 + np.exp(-Z)), cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "input dropped", "mistake": "also drops units of the input X, which draws an extra mask first",
     "wrong_line": "A = X * (rng.random(X.shape) < keep_prob) / keep_prob", "wrong_quantity": "A",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X * (rng.random(X.shape) < keep_prob) / keep_prob
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        D = masks[l - 1] if masks is not None else rng.random(Z.shape) < keep_prob
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D / keep_prob
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    cache.append((A, W, Z, None))
    return 1 / (1 + np.exp(-Z)), cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "cache slip", "mistake": "the cache keeps the activation A instead of Z",
     "wrong_line": "cache.append((A_prev, W, A, D))", "wrong_quantity": "cache",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        A_prev = A
        W = parameters["W" + str(l)]
        Z = np.dot(W, A_prev) + parameters["b" + str(l)]
        D = masks[l - 1] if masks is not None else rng.random(Z.shape) < keep_prob
        A = np.maximum(0, Z) * D / keep_prob
        cache.append((A_prev, W, A, D))
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    AL = 1 / (1 + np.exp(-Z))
    cache.append((A, W, AL, None))
    return AL, cache
'''},
    {"key": "forward_propagation_with_dropout", "function": "forward_with_dropout", "kind": "wrong",
     "style": "masks argument ignored", "mistake": "always draws new masks, even when masks are given",
     "wrong_line": "D = rng.random(Z.shape) < keep_prob", "wrong_quantity": "D",
     "source": '''def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    rng = np.random.default_rng(rng)
    L = len(parameters) // 2
    cache = []
    A = X
    for l in range(1, L):
        W = parameters["W" + str(l)]
        Z = np.dot(W, A) + parameters["b" + str(l)]
        D = rng.random(Z.shape) < keep_prob
        cache.append((A, W, Z, D))
        A = np.maximum(0, Z) * D / keep_prob
    W = parameters["W" + str(L)]
    Z = np.dot(W, A) + parameters["b" + str(L)]
    cache.append((A, W, Z, None))
    return 1 / (1 + np.exp(-Z)), cache
'''},

    # ------------------------------------------------------------------ backward_with_dropout
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "correct",
     "style": "course names, loop from L down to 1",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    """Gradients dW1, db1, ... of the mean cross-entropy, through the masks kept in `cache`."""
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = 1. / m * np.dot(dZ, A_prev.T)
        grads["db" + str(l)] = 1. / m * np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            _, _, Z_prev, D_prev = cache[l - 2]
            dA_prev = np.dot(W.T, dZ)
            dA_prev = dA_prev * D_prev
            dA_prev = dA_prev / keep_prob
            dZ = dA_prev * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_propagation_with_dropout", "kind": "correct",
     "style": "the course's 3-layer function pasted",
     "source": '''def backward_propagation_with_dropout(X, Y, cache, keep_prob):
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dA2 = dA2 * D2
    dA2 = dA2 / keep_prob
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dA1 = dA1 * D1
    dA1 = dA1 / keep_prob
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    gradients = {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
                 "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
                 "dZ1": dZ1, "dW1": dW1, "db1": db1}
    return gradients
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "correct",
     "style": "reversed(range(L)) over 0-based indices, np.where for the mask",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = Y.shape[1]
    grads = {}
    dZ = AL - Y
    for i in reversed(range(len(cache))):
        A_prev, W, Z, D = cache[i]
        grads[f"dW{i + 1}"] = dZ @ A_prev.T / m
        grads[f"db{i + 1}"] = dZ.mean(axis=1, keepdims=True)
        if i == 0:
            break
        _, _, Z_below, D_below = cache[i - 1]
        dA = np.where(D_below, W.T @ dZ / keep_prob, 0.0)
        dZ = np.where(Z_below > 0, dA, 0.0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "correct",
     "style": "np.multiply with np.int64(Z > 0), h.relu_backward",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    L = len(cache)
    m = AL.shape[1]
    grads = {}
    dA = None
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        if l == L:
            dZ = AL - Y
        else:
            dA = np.multiply(dA, D) / keep_prob
            dZ = h.relu_backward(dA, Z)
        grads["dW%d" % l] = np.dot(dZ, A_prev.T) / m
        grads["db%d" % l] = np.sum(dZ, axis=1, keepdims=True) / m
        dA = np.dot(W.T, dZ)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "mask forgotten", "mistake": "the backward pass divides by keep_prob but does not apply the mask",
     "wrong_line": "dA_prev = np.dot(W.T, dZ) / keep_prob", "wrong_quantity": "dA_prev",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            Z_prev = cache[l - 2][2]
            dA_prev = np.dot(W.T, dZ) / keep_prob
            dZ = dA_prev * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "mask without rescaling", "mistake": "the mask is applied but dA is not divided by keep_prob",
     "wrong_line": "dA_prev = np.dot(W.T, dZ) * D_prev", "wrong_quantity": "dA_prev",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            _, _, Z_prev, D_prev = cache[l - 2]
            dA_prev = np.dot(W.T, dZ) * D_prev
            dZ = dA_prev * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "relu' from dA", "mistake": "the relu derivative is taken where dA > 0 instead of where Z > 0",
     "wrong_line": "dZ = dA_prev * (dA_prev > 0)", "wrong_quantity": "dZ",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            D_prev = cache[l - 2][3]
            dA_prev = np.dot(W.T, dZ) * D_prev / keep_prob
            dZ = dA_prev * (dA_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "db squeezed", "mistake": "db without keepdims: shape (n[l],) instead of (n[l], 1)",
     "wrong_line": "grads[\"db\" + str(l)] = np.sum(dZ, axis=1) / m", "wrong_quantity": "db",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1) / m
        if l > 1:
            _, _, Z_prev, D_prev = cache[l - 2]
            dZ = np.dot(W.T, dZ) * D_prev / keep_prob * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "output error sign", "mistake": "dZ[L] = Y - AL instead of AL - Y",
     "wrong_line": "dZ = Y - AL", "wrong_quantity": "dZ",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = Y - AL
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            _, _, Z_prev, D_prev = cache[l - 2]
            dZ = np.dot(W.T, dZ) * D_prev / keep_prob * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "scaled the wrong way", "mistake": "multiplies dA by keep_prob instead of dividing by it",
     "wrong_line": "dA_prev = dA_prev * keep_prob", "wrong_quantity": "dA_prev",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            _, _, Z_prev, D_prev = cache[l - 2]
            dA_prev = np.dot(W.T, dZ) * D_prev
            dA_prev = dA_prev * keep_prob
            dZ = dA_prev * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "mask of the wrong layer", "mistake": "uses the current layer's mask D instead of the mask of the layer below",
     "wrong_line": "dA_prev = np.dot(W.T, dZ) * D / keep_prob", "wrong_quantity": "dA_prev",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            Z_prev = cache[l - 2][2]
            dA_prev = np.dot(W.T, dZ) * D / keep_prob
            dZ = dA_prev * (Z_prev > 0)
    return grads
'''},
    {"key": "backward_propagation_with_dropout", "function": "backward_with_dropout", "kind": "wrong",
     "style": "mask applied twice", "mistake": "masks and rescales dA again after the relu derivative: dividing by keep_prob twice",
     "wrong_line": "dZ = dZ * D_prev / keep_prob", "wrong_quantity": "dZ",
     "source": '''def backward_with_dropout(AL, Y, cache, keep_prob):
    m = AL.shape[1]
    L = len(cache)
    grads = {}
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z, D = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            _, _, Z_prev, D_prev = cache[l - 2]
            dA_prev = np.dot(W.T, dZ) * D_prev / keep_prob
            dZ = dA_prev * (Z_prev > 0)
            dZ = dZ * D_prev / keep_prob
    return grads
'''},
]
