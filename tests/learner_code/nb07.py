"""Learner answers for 07_optimizers, written independently of the checker: correct ones in varied
styles (the notebook's functions, and the course's random_mini_batches, initialize_velocity,
update_parameters_with_momentum and update_parameters_with_adam pasted as they are) and realistic
wrong ones."""

ANSWERS = [
    # ------------------------------------------------------------------ random_mini_batches
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "correct",
     "style": "course layout: complete batches, then the partial one",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    """X (n_x, m), Y (1, m) -> list of (X_t (n_x, B), Y_t (1, B)); the last B may be smaller."""
    m = X.shape[1]
    mini_batches = []
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    num_complete_minibatches = math.floor(m / batch_size)
    for k in range(0, num_complete_minibatches):
        mini_batch_X = shuffled_X[:, k * batch_size:(k + 1) * batch_size]
        mini_batch_Y = shuffled_Y[:, k * batch_size:(k + 1) * batch_size]
        mini_batch = (mini_batch_X, mini_batch_Y)
        mini_batches.append(mini_batch)
    if m % batch_size != 0:
        mini_batch_X = shuffled_X[:, num_complete_minibatches * batch_size:]
        mini_batch_Y = shuffled_Y[:, num_complete_minibatches * batch_size:]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    return mini_batches
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches", "kind": "correct",
     "style": "the course's random_mini_batches pasted: np.random.seed(seed), list(np.random.permutation(m))",
     "source": '''def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    mini_batches = []
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    inc = mini_batch_size
    num_complete_minibatches = math.floor(m / mini_batch_size)
    for k in range(0, num_complete_minibatches):
        mini_batch_X = shuffled_X[:, k * inc:(k + 1) * inc]
        mini_batch_Y = shuffled_Y[:, k * inc:(k + 1) * inc]
        mini_batch = (mini_batch_X, mini_batch_Y)
        mini_batches.append(mini_batch)
    if m % mini_batch_size != 0:
        mini_batch_X = shuffled_X[:, int(m / mini_batch_size) * inc:]
        mini_batch_Y = shuffled_Y[:, int(m / mini_batch_size) * inc:]
        mini_batch = (mini_batch_X, mini_batch_Y)
        mini_batches.append(mini_batch)
    return mini_batches
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "correct",
     "style": "list comprehension over range(0, m, B)",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    perm = np.random.default_rng(seed).permutation(X.shape[1])
    Xs, Ys = X[:, perm], Y[:, perm]
    return [(Xs[:, k:k + batch_size], Ys[:, k:k + batch_size]) for k in range(0, X.shape[1], batch_size)]
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "correct",
     "style": "np.split at multiples of B, zipped",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = rng.permutation(m)
    cuts = list(range(batch_size, m, batch_size))
    X_parts = np.split(X[:, order], cuts, axis=1)
    Y_parts = np.split(Y[:, order], cuts, axis=1)
    return list(zip(X_parts, Y_parts))
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "correct",
     "style": "math.ceil batches, slices clipped at the end, np.take",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = np.take(X, permutation, axis=1)
    shuffled_Y = np.take(Y, permutation, axis=1)
    batches = []
    for t in range(math.ceil(m / batch_size)):
        start = t * batch_size
        batches.append((shuffled_X[:, start:start + batch_size], shuffled_Y[:, start:start + batch_size]))
    return batches
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "last batch dropped", "mistake": "the smaller last batch is dropped when B does not divide m",
     "wrong_line": "return mini_batches", "wrong_quantity": "mini_batches",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    mini_batches = []
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    num_complete_minibatches = m // batch_size
    for k in range(num_complete_minibatches):
        mini_batches.append((shuffled_X[:, k * batch_size:(k + 1) * batch_size],
                             shuffled_Y[:, k * batch_size:(k + 1) * batch_size]))
    return mini_batches
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "two permutations", "mistake": "X and Y are shuffled with two different permutations, so labels no longer match their examples",
     "wrong_line": "shuffled_Y = Y[:, rng.permutation(m)]", "wrong_quantity": "shuffled_Y",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    shuffled_X = X[:, rng.permutation(m)]
    shuffled_Y = Y[:, rng.permutation(m)]
    return [(shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]) for k in range(0, m, batch_size)]
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "rows shuffled", "mistake": "the permutation is applied to the rows instead of the columns",
     "wrong_line": "shuffled_X = X[permutation, :]", "wrong_quantity": "shuffled_X",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[permutation, :]
    shuffled_Y = Y[:, permutation]
    return [(shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]) for k in range(0, m, batch_size)]
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "permutation of the wrong size", "mistake": "draws a permutation of X.shape[0] (features) instead of m",
     "wrong_line": "permutation = np.random.default_rng(seed).permutation(X.shape[0])", "wrong_quantity": "permutation",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(X.shape[0])
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    return [(shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]) for k in range(0, m, batch_size)]
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "slice end off by one", "mistake": "each slice ends one column early: batches of B - 1 examples, some examples lost",
     "wrong_line": "mini_batch_X = shuffled_X[:, k * batch_size:(k + 1) * batch_size - 1]", "wrong_quantity": "mini_batch_X",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    for k in range(math.ceil(m / batch_size)):
        mini_batch_X = shuffled_X[:, k * batch_size:(k + 1) * batch_size - 1]
        mini_batch_Y = shuffled_Y[:, k * batch_size:(k + 1) * batch_size - 1]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    return mini_batches
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "no shuffle", "mistake": "the columns are partitioned in their original order: no shuffle",
     "wrong_line": "shuffled_X, shuffled_Y = X, Y", "wrong_quantity": "shuffled_X",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    shuffled_X, shuffled_Y = X, Y
    return [(shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]) for k in range(0, m, batch_size)]
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "correct",
     "style": "pairs as lists",
     "note": "relabelled correct: each pair unpacks like a tuple in the notebook's loop", "mistake": "each mini-batch is a list [X_t, Y_t] instead of a tuple (X_t, Y_t)",
     "wrong_line": "mini_batches.append([shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]])",
     "wrong_quantity": "mini_batches",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    for k in range(0, m, batch_size):
        mini_batches.append([shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]])
    return mini_batches
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "one batch too many", "mistake": "int(m / B) + 1 batches: when B divides m the last batch is empty",
     "wrong_line": "num_batches = int(m / batch_size) + 1", "wrong_quantity": "num_batches",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    num_batches = int(m / batch_size) + 1
    return [(shuffled_X[:, t * batch_size:(t + 1) * batch_size], shuffled_Y[:, t * batch_size:(t + 1) * batch_size])
            for t in range(num_batches)]
'''},
    {"key": "random_mini_batches", "function": "random_mini_batches_by_hand", "kind": "wrong",
     "style": "global generator, seed ignored", "mistake": "np.random.permutation without a seeded generator: the seed argument is ignored",
     "wrong_line": "permutation = np.random.permutation(m)", "wrong_quantity": "permutation",
     "source": '''def random_mini_batches_by_hand(X, Y, batch_size, seed):
    m = X.shape[1]
    permutation = np.random.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    return [(shuffled_X[:, k:k + batch_size], shuffled_Y[:, k:k + batch_size]) for k in range(0, m, batch_size)]
'''},

    # ------------------------------------------------------------------ initialize_state
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "correct",
     "style": "course loop: L = len(parameters) // 2, str(l + 1)",
     "source": '''def initialize_state(parameters):
    """One array of zeros per parameter, keyed like the gradients: "dW1" (n1, n0), "db1" (n1, 1), ..."""
    L = len(parameters) // 2
    v = {}
    for l in range(L):
        v["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "correct", "style": "comprehension with zeros_like",
     "source": '''def initialize_state(parameters):
    return {"d" + name: np.zeros_like(value) for name, value in parameters.items()}
'''},
    {"key": "initialize_velocity", "function": "initialize_velocity", "kind": "correct",
     "style": "the course's initialize_velocity pasted",
     "source": '''def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(L):
        v["dW" + str(l + 1)] = np.zeros((parameters["W" + str(l + 1)].shape[0], parameters["W" + str(l + 1)].shape[1]))
        v["db" + str(l + 1)] = np.zeros((parameters["b" + str(l + 1)].shape[0], parameters["b" + str(l + 1)].shape[1]))
    return v
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "correct", "style": "loop over items, np.zeros(shape)",
     "source": '''def initialize_state(parameters):
    state = {}
    for key, param in parameters.items():
        state[f"d{key}"] = np.zeros(param.shape, dtype=float)
    return state
'''},
    {"key": "initialize_velocity", "function": "initialize_adam", "kind": "correct",
     "style": "the course's initialize_adam pasted",
     "note": "relabelled correct: issue 15 asks to accept the course's initialize_adam returning (v, s)",
     "mistake": "returns the pair (v, s) of the course's initialize_adam instead of one dict",
     "wrong_line": "return v, s", "wrong_quantity": "return value",
     "source": '''def initialize_adam(parameters):
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(L):
        v["dW" + str(l + 1)] = np.zeros((parameters["W" + str(l + 1)].shape[0], parameters["W" + str(l + 1)].shape[1]))
        v["db" + str(l + 1)] = np.zeros((parameters["b" + str(l + 1)].shape[0], parameters["b" + str(l + 1)].shape[1]))
        s["dW" + str(l + 1)] = np.zeros((parameters["W" + str(l + 1)].shape[0], parameters["W" + str(l + 1)].shape[1]))
        s["db" + str(l + 1)] = np.zeros((parameters["b" + str(l + 1)].shape[0], parameters["b" + str(l + 1)].shape[1]))
    return v, s
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "wrong", "style": "parameter keys",
     "mistake": "keys W1, b1, ... instead of the gradients' dW1, db1, ...",
     "wrong_line": "v[key] = np.zeros_like(value)", "wrong_quantity": "v",
     "source": '''def initialize_state(parameters):
    v = {}
    for key, value in parameters.items():
        v[key] = np.zeros_like(value)
    return v
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "wrong", "style": "bias shape everywhere",
     "mistake": "every entry is a column (n[l], 1), so dW has the wrong shape",
     "wrong_line": "v[\"d\" + key] = np.zeros((value.shape[0], 1))", "wrong_quantity": "v[\"dW1\"]",
     "source": '''def initialize_state(parameters):
    v = {}
    for key, value in parameters.items():
        v["d" + key] = np.zeros((value.shape[0], 1))
    return v
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "wrong", "style": "off-by-one",
     "mistake": "range(1, L) with str(l) misses the last layer",
     "wrong_line": "for l in range(1, L):", "wrong_quantity": "v",
     "source": '''def initialize_state(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "wrong", "style": "flat zeros",
     "mistake": "np.zeros(shape[0]) gives flat vectors instead of arrays shaped like the parameters",
     "wrong_line": "v[\"dW\" + str(l + 1)] = np.zeros(parameters[\"W\" + str(l + 1)].shape[0])", "wrong_quantity": "v[\"dW1\"]",
     "source": '''def initialize_state(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(L):
        v["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape[0])
        v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape[0])
    return v
'''},
    {"key": "initialize_velocity", "function": "initialize_state", "kind": "wrong", "style": "key typo",
     "mistake": "lower-case keys \"dw1\" instead of \"dW1\"",
     "wrong_line": "v[\"dw\" + str(l + 1)] = np.zeros(parameters[\"W\" + str(l + 1)].shape)", "wrong_quantity": "v",
     "source": '''def initialize_state(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(L):
        v["dw" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v
'''},

    # ------------------------------------------------------------------ update_with_momentum
    {"key": "update_parameters_with_momentum", "function": "update_parameters_with_momentum", "kind": "correct",
     "style": "the course's function pasted (updates the dicts it is given)",
     "source": '''def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        v["dW" + str(l + 1)] = beta * v["dW" + str(l + 1)] + (1 - beta) * grads['dW' + str(l + 1)]
        v["db" + str(l + 1)] = beta * v["db" + str(l + 1)] + (1 - beta) * grads['db' + str(l + 1)]
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * v["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * v["db" + str(l + 1)]
    return parameters, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "correct",
     "style": "new dicts, loop over the parameter keys",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    """One momentum step: v = beta v + (1 - beta) dW, W = W - learning_rate v; returns (parameters, v)."""
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + (1 - beta) * grads[g]
        new_parameters[key] = parameters[key] - learning_rate * new_v[g]
    return new_parameters, new_v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "correct",
     "style": "state arrays updated in place (*=, +=), new parameter dict",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    out = {}
    for key, value in parameters.items():
        vel = v["d" + key]
        vel *= beta
        vel += (1 - beta) * grads["d" + key]
        out[key] = value - learning_rate * vel
    return out, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "correct",
     "style": "two dict comprehensions",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    v = {k: beta * v[k] + (1 - beta) * grads[k] for k in v}
    parameters = {k: p - learning_rate * v["d" + k] for k, p in parameters.items()}
    return parameters, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "the lecture notes' typo", "mistake": "beta * dW + (1 - beta) * dW: the previous velocity is never used",
     "wrong_line": "v[\"dW\" + str(l + 1)] = beta * grads[\"dW\" + str(l + 1)] + (1 - beta) * grads[\"dW\" + str(l + 1)]",
     "wrong_quantity": "v[\"dW1\"]",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    parameters = dict(parameters)
    for l in range(L):
        v["dW" + str(l + 1)] = beta * grads["dW" + str(l + 1)] + (1 - beta) * grads["dW" + str(l + 1)]
        v["db" + str(l + 1)] = beta * grads["db" + str(l + 1)] + (1 - beta) * grads["db" + str(l + 1)]
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * v["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * v["db" + str(l + 1)]
    return parameters, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "steps along the gradient", "mistake": "the velocity is updated but the step uses the gradient dW",
     "wrong_line": "new_params[k] = parameters[k] - learning_rate * grads[\"d\" + k]", "wrong_quantity": "W1",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    new_params, new_v = {}, {}
    for k in parameters:
        new_v["d" + k] = beta * v["d" + k] + (1 - beta) * grads["d" + k]
        new_params[k] = parameters[k] - learning_rate * grads["d" + k]
    return new_params, new_v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "(1 - beta) missing", "mistake": "v = beta v + dW: the gradient is not weighted by 1 - beta",
     "wrong_line": "new_v[\"d\" + k] = beta * v[\"d\" + k] + grads[\"d\" + k]", "wrong_quantity": "v",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    new_params, new_v = {}, {}
    for k in parameters:
        new_v["d" + k] = beta * v["d" + k] + grads["d" + k]
        new_params[k] = parameters[k] - learning_rate * new_v["d" + k]
    return new_params, new_v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "weights swapped", "mistake": "(1 - beta) v + beta dW: beta and 1 - beta swapped",
     "wrong_line": "new_v[\"d\" + k] = (1 - beta) * v[\"d\" + k] + beta * grads[\"d\" + k]", "wrong_quantity": "v",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    new_params, new_v = {}, {}
    for k in parameters:
        new_v["d" + k] = (1 - beta) * v["d" + k] + beta * grads["d" + k]
        new_params[k] = parameters[k] - learning_rate * new_v["d" + k]
    return new_params, new_v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "biases step on db", "mistake": "the biases are updated with db instead of their velocity",
     "wrong_line": "parameters[\"b\" + str(l + 1)] = parameters[\"b\" + str(l + 1)] - learning_rate * grads[\"db\" + str(l + 1)]",
     "wrong_quantity": "b1",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    parameters = copy.deepcopy(parameters)
    L = len(parameters) // 2
    for l in range(L):
        v["dW" + str(l + 1)] = beta * v["dW" + str(l + 1)] + (1 - beta) * grads["dW" + str(l + 1)]
        v["db" + str(l + 1)] = beta * v["db" + str(l + 1)] + (1 - beta) * grads["db" + str(l + 1)]
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * v["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "old state returned", "mistake": "builds the new velocities but returns the old v",
     "wrong_line": "return new_parameters, v", "wrong_quantity": "v",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * new_v["d" + key]
    return new_parameters, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "off-by-one", "mistake": "range(1, L) with str(l): the last layer is never updated",
     "wrong_line": "for l in range(1, L):", "wrong_quantity": "WL",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    parameters = dict(parameters)
    L = len(parameters) // 2
    for l in range(1, L):
        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]
    return parameters, v
'''},
    {"key": "update_parameters_with_momentum", "function": "update_with_momentum", "kind": "wrong",
     "style": "bias-corrected momentum", "mistake": "divides the velocity by 1 - beta, a correction the momentum update does not have",
     "wrong_line": "new_params[k] = parameters[k] - learning_rate * new_v[\"d\" + k] / (1 - beta)", "wrong_quantity": "W1",
     "source": '''def update_with_momentum(parameters, grads, v, beta, learning_rate):
    new_params, new_v = {}, {}
    for k in parameters:
        new_v["d" + k] = beta * v["d" + k] + (1 - beta) * grads["d" + k]
        new_params[k] = parameters[k] - learning_rate * new_v["d" + k] / (1 - beta)
    return new_params, new_v
'''},

    # ------------------------------------------------------------------ update_with_rmsprop
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "correct",
     "style": "new dicts, loop over keys",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    """One RMSprop step: s = beta s + (1 - beta) dW^2, W = W - learning_rate dW / (sqrt(s) + epsilon)."""
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "correct",
     "style": "course-style loop for l in range(L), str(l + 1), np.power",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    parameters = parameters.copy()
    for l in range(L):
        for p in ("W", "b"):
            key = p + str(l + 1)
            s["d" + key] = beta * s["d" + key] + (1 - beta) * np.power(grads["d" + key], 2)
            parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (np.sqrt(s["d" + key]) + epsilon)
    return parameters, s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "correct",
     "style": "comprehensions with np.square and np.divide",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    s = {k: beta * s[k] + (1 - beta) * np.square(grads[k]) for k in s}
    parameters = {k: p - learning_rate * np.divide(grads["d" + k], np.sqrt(s["d" + k]) + epsilon)
                  for k, p in parameters.items()}
    return parameters, s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "correct",
     "style": "state arrays updated in place",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    updated = {}
    for name, W in parameters.items():
        dW = grads["d" + name]
        sq = s["d" + name]
        sq *= beta
        sq += (1 - beta) * dW * dW
        updated[name] = W - learning_rate * dW / (np.sqrt(sq) + epsilon)
    return updated, s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "epsilon inside the root", "mistake": "epsilon is added inside the square root",
     "wrong_line": "new_parameters[key] = parameters[key] - learning_rate * g / np.sqrt(new_s[\"d\" + key] + epsilon)",
     "wrong_quantity": "W1",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * g / np.sqrt(new_s["d" + key] + epsilon)
    return new_parameters, new_s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "not squared", "mistake": "averages dW instead of dW^2",
     "wrong_line": "new_s[\"d\" + key] = beta * s[\"d\" + key] + (1 - beta) * g", "wrong_quantity": "s",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * g
        new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(np.abs(new_s["d" + key])) + epsilon)
    return new_parameters, new_s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "no square root", "mistake": "divides by s instead of sqrt(s)",
     "wrong_line": "new_parameters[key] = parameters[key] - learning_rate * g / (new_s[\"d\" + key] + epsilon)",
     "wrong_quantity": "W1",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * g / (new_s["d" + key] + epsilon)
    return new_parameters, new_s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "step before the average", "mistake": "the step divides by the old average s, updated only afterwards",
     "wrong_line": "new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(s[\"d\" + key]) + epsilon)",
     "wrong_quantity": "W1",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(s["d" + key]) + epsilon)
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * g ** 2
    return new_parameters, new_s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "doubled instead of squared", "mistake": "dW * 2 instead of dW ** 2",
     "wrong_line": "new_s[\"d\" + key] = beta * s[\"d\" + key] + (1 - beta) * g * 2", "wrong_quantity": "s",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * g * 2
        new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(np.abs(new_s["d" + key])) + epsilon)
    return new_parameters, new_s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "state keyed by parameter", "mistake": "looks up s[\"W1\"] instead of s[\"dW1\"]",
     "wrong_line": "s[key] = beta * s[key] + (1 - beta) * g ** 2", "wrong_quantity": "s",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters = {}
    for key in parameters:
        g = grads["d" + key]
        s[key] = beta * s[key] + (1 - beta) * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(s[key]) + epsilon)
    return new_parameters, s
'''},
    {"key": "update_parameters_with_rmsprop", "function": "update_with_rmsprop", "kind": "wrong",
     "style": "weights swapped", "mistake": "(1 - beta) s + beta dW^2: beta and 1 - beta swapped",
     "wrong_line": "new_s[\"d\" + key] = (1 - beta) * s[\"d\" + key] + beta * g ** 2", "wrong_quantity": "s",
     "source": '''def update_with_rmsprop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_s["d" + key] = (1 - beta) * s["d" + key] + beta * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * g / (np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s
'''},

    # ------------------------------------------------------------------ update_with_adam
    {"key": "update_parameters_with_adam", "function": "update_parameters_with_adam", "kind": "correct",
     "style": "the course's function pasted, returning parameters, v, s, v_corrected, s_corrected",
     "source": '''def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01,
                                beta1=0.9, beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    v_corrected = {}
    s_corrected = {}
    for l in range(L):
        v["dW" + str(l + 1)] = beta1 * v["dW" + str(l + 1)] + (1 - beta1) * grads["dW" + str(l + 1)]
        v["db" + str(l + 1)] = beta1 * v["db" + str(l + 1)] + (1 - beta1) * grads["db" + str(l + 1)]
        v_corrected["dW" + str(l + 1)] = v["dW" + str(l + 1)] / (1 - np.power(beta1, t))
        v_corrected["db" + str(l + 1)] = v["db" + str(l + 1)] / (1 - np.power(beta1, t))
        s["dW" + str(l + 1)] = beta2 * s["dW" + str(l + 1)] + (1 - beta2) * np.power(grads["dW" + str(l + 1)], 2)
        s["db" + str(l + 1)] = beta2 * s["db" + str(l + 1)] + (1 - beta2) * np.power(grads["db" + str(l + 1)], 2)
        s_corrected["dW" + str(l + 1)] = s["dW" + str(l + 1)] / (1 - np.power(beta2, t))
        s_corrected["db" + str(l + 1)] = s["db" + str(l + 1)] / (1 - np.power(beta2, t))
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * v_corrected["dW" + str(l + 1)] / (np.sqrt(s_corrected["dW" + str(l + 1)]) + epsilon)
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * v_corrected["db" + str(l + 1)] / (np.sqrt(s_corrected["db" + str(l + 1)]) + epsilon)
    return parameters, v, s, v_corrected, s_corrected
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "correct",
     "style": "new dicts, course variable names v_corrected, s_corrected",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    """One Adam step; t is the number of this update, counted from 1. Returns (parameters, v, s)."""
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "correct",
     "style": "the older course version: loop over layers, returns (parameters, v, s)",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    parameters = copy.deepcopy(parameters)
    v_corrected = {}
    s_corrected = {}
    for l in range(L):
        for p in ["W", "b"]:
            d = "d" + p + str(l + 1)
            v[d] = beta1 * v[d] + (1 - beta1) * grads[d]
            v_corrected[d] = v[d] / (1 - np.power(beta1, t))
            s[d] = beta2 * s[d] + (1 - beta2) * np.power(grads[d], 2)
            s_corrected[d] = s[d] / (1 - np.power(beta2, t))
            parameters[p + str(l + 1)] -= learning_rate * v_corrected[d] / (np.sqrt(s_corrected[d]) + epsilon)
    return parameters, v, s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "correct",
     "style": "dict comprehensions, step factor computed once",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    v = {k: beta1 * v[k] + (1 - beta1) * grads[k] for k in v}
    s = {k: beta2 * s[k] + (1 - beta2) * np.square(grads[k]) for k in s}
    c1 = 1 - beta1 ** t
    c2 = 1 - beta2 ** t
    parameters = {k: p - learning_rate * (v["d" + k] / c1) / (np.sqrt(s["d" + k] / c2) + epsilon)
                  for k, p in parameters.items()}
    return parameters, v, s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "correct",
     "style": "state arrays updated in place, math.pow",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    out = {}
    for name, value in parameters.items():
        g = grads["d" + name]
        m1 = v["d" + name]
        m2 = s["d" + name]
        m1 *= beta1
        m1 += (1 - beta1) * g
        m2 *= beta2
        m2 += (1 - beta2) * g * g
        m1_hat = m1 / (1 - math.pow(beta1, t))
        m2_hat = m2 / (1 - math.pow(beta2, t))
        out[name] = value - learning_rate * m1_hat / (np.sqrt(m2_hat) + epsilon)
    return out, v, s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "uncorrected s in the step", "mistake": "divides by the root of the uncorrected s instead of s_corrected",
     "wrong_line": "new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(new_s[\"d\" + key]) + epsilon)",
     "wrong_quantity": "W1",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "no bias correction", "mistake": "the averages are used without the bias correction 1 / (1 - beta^t)",
     "wrong_line": "new_parameters[key] = parameters[key] - learning_rate * new_v[\"d\" + key] / (np.sqrt(new_s[\"d\" + key]) + epsilon)",
     "wrong_quantity": "W1",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * new_v["d" + key] / (np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "epsilon inside the root", "mistake": "epsilon added inside the square root",
     "wrong_line": "new_parameters[key] = parameters[key] - learning_rate * v_corrected / np.sqrt(s_corrected + epsilon)",
     "wrong_quantity": "W1",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / np.sqrt(s_corrected + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "the lecture notes' typo", "mistake": "beta1 * dW + (1 - beta1) * dW: the previous average is never used",
     "wrong_line": "new_v[\"d\" + key] = beta1 * g + (1 - beta1) * g", "wrong_quantity": "v",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * g + (1 - beta1) * g
        new_s["d" + key] = beta2 * g ** 2 + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "precedence in the correction", "mistake": "(1 - beta1) ** t instead of 1 - beta1 ** t",
     "wrong_line": "v_corrected = new_v[\"d\" + key] / (1 - beta1) ** t", "wrong_quantity": "v_corrected",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1) ** t
        s_corrected = new_s["d" + key] / (1 - beta2) ** t
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "corrected averages kept as state", "mistake": "stores the bias-corrected averages in v and s instead of the raw averages",
     "wrong_line": "v[d] = v[d] / (1 - beta1 ** t)", "wrong_quantity": "v",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    parameters = dict(parameters)
    for key in list(parameters):
        d = "d" + key
        v[d] = beta1 * v[d] + (1 - beta1) * grads[d]
        s[d] = beta2 * s[d] + (1 - beta2) * grads[d] ** 2
        v[d] = v[d] / (1 - beta1 ** t)
        s[d] = s[d] / (1 - beta2 ** t)
        parameters[key] = parameters[key] - learning_rate * v[d] / (np.sqrt(s[d]) + epsilon)
    return parameters, v, s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "s without the square", "mistake": "s averages dW instead of dW^2",
     "wrong_line": "new_s[\"d\" + key] = beta2 * s[\"d\" + key] + (1 - beta2) * g", "wrong_quantity": "s",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(np.abs(s_corrected)) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "t incremented inside", "mistake": "increments t before using it, as the training loop already does: corrections use t + 1",
     "wrong_line": "t = t + 1", "wrong_quantity": "t",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    t = t + 1
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "own step counter", "mistake": "counts the calls in a global instead of using t: right on the first call only",
     "wrong_line": "t = _adam_step[\"t\"]", "wrong_quantity": "t",
     "source": '''_adam_step = {"t": 0}


def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    _adam_step["t"] += 1
    t = _adam_step["t"]
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return new_parameters, new_v, new_s
'''},
    {"key": "update_parameters_with_adam", "function": "update_with_adam", "kind": "wrong",
     "style": "beta1 for both averages", "mistake": "s is averaged with beta1 instead of beta2",
     "wrong_line": "new_s[\"d\" + key] = beta1 * s[\"d\" + key] + (1 - beta1) * g ** 2", "wrong_quantity": "s",
     "source": '''def update_with_adam(parameters, grads, v, s, t, learning_rate, beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * g
        new_s["d" + key] = beta1 * s["d" + key] + (1 - beta1) * g ** 2
        v_corrected = new_v["d" + key] / (1 - beta1 ** t)
        s_corrected = new_s["d" + key] / (1 - beta2 ** t)
        new_parameters[key] = parameters[key] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return new_parameters, new_v, new_s
'''},

    # ------------------------------------------------------------------ update_lr
    {"key": "update_lr", "function": "update_lr", "kind": "correct", "style": "course-style, named learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    """Inverse-time decay: learning_rate0 / (1 + decay_rate * epoch_num)."""
    learning_rate = learning_rate0 / (1 + decay_rate * epoch_num)
    return learning_rate
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "correct", "style": "power -1",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 * (1.0 + decay_rate * epoch_num) ** -1
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "correct", "style": "factor first",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    factor = 1.0 / (1.0 + decay_rate * epoch_num)
    return factor * learning_rate0
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "wrong", "style": "precedence",
     "mistake": "learning_rate0 / 1 + decay_rate * epoch_num: the parentheses are missing",
     "wrong_line": "learning_rate = learning_rate0 / 1 + decay_rate * epoch_num", "wrong_quantity": "learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0 / 1 + decay_rate * epoch_num
    return learning_rate
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "wrong", "style": "the 1 missing",
     "mistake": "learning_rate0 / (decay_rate * epoch_num): the 1 is missing, epoch 0 divides by zero",
     "wrong_line": "learning_rate = learning_rate0 / (decay_rate * epoch_num)", "wrong_quantity": "learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0 / (decay_rate * epoch_num)
    return learning_rate
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "wrong", "style": "exponential decay",
     "mistake": "exponential decay learning_rate0 * decay_rate ** epoch_num instead of the inverse-time formula",
     "wrong_line": "learning_rate = learning_rate0 * decay_rate ** epoch_num", "wrong_quantity": "learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0 * decay_rate ** epoch_num
    return learning_rate
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "wrong", "style": "misplaced parenthesis",
     "mistake": "learning_rate0 / (1 + decay_rate) * epoch_num",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate) * epoch_num", "wrong_quantity": "learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0 / (1 + decay_rate) * epoch_num
    return learning_rate
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "wrong", "style": "floor division",
     "mistake": "// floors the learning rate to 0 for rates below 1 + decay_rate * epoch_num",
     "wrong_line": "learning_rate = learning_rate0 // (1 + decay_rate * epoch_num)", "wrong_quantity": "learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0 // (1 + decay_rate * epoch_num)
    return learning_rate
'''},
    {"key": "update_lr", "function": "update_lr", "kind": "wrong", "style": "decay compounded across calls",
     "mistake": "keeps the previous rate in a mutable default and divides it again on every call",
     "wrong_line": "previous = _state.get(\"lr\", learning_rate0)", "wrong_quantity": "learning_rate",
     "source": '''def update_lr(learning_rate0, epoch_num, decay_rate, _state={}):
    previous = _state.get("lr", learning_rate0)
    learning_rate = previous / (1 + decay_rate * epoch_num)
    _state["lr"] = learning_rate
    return learning_rate
'''},

    # ------------------------------------------------------------------ schedule_lr_decay
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "correct", "style": "course-style np.floor",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    """Staircase decay: learning_rate0 / (1 + decay_rate * floor(epoch_num / time_interval))."""
    learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "correct", "style": "integer division //",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    step = epoch_num // time_interval
    return learning_rate0 / (1 + decay_rate * step)
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "correct", "style": "math.floor",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return learning_rate0 / (1.0 + decay_rate * math.floor(epoch_num / time_interval))
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "correct", "style": "int() truncation (epochs are >= 0)",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    drops = int(epoch_num / time_interval)
    learning_rate = learning_rate0 / (1 + decay_rate * drops)
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "wrong", "style": "no floor",
     "mistake": "epoch_num / time_interval is not floored: a smooth decay instead of a staircase",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate * epoch_num / time_interval)", "wrong_quantity": "learning_rate",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * epoch_num / time_interval)
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "wrong", "style": "ceil",
     "mistake": "np.ceil instead of np.floor: the rate drops from the first epoch",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate * np.ceil(epoch_num / time_interval))",
     "wrong_quantity": "learning_rate",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * np.ceil(epoch_num / time_interval))
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "wrong", "style": "hard-coded interval",
     "mistake": "the time_interval argument is ignored: 1000 is hard-coded",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / 1000))", "wrong_quantity": "learning_rate",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / 1000))
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "wrong", "style": "round",
     "mistake": "rounds epoch_num / time_interval instead of flooring it",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate * round(epoch_num / time_interval))", "wrong_quantity": "learning_rate",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * round(epoch_num / time_interval))
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "wrong", "style": "precedence with //",
     "mistake": "decay_rate * epoch_num // time_interval floors (decay_rate * epoch_num) / time_interval, not epoch_num / time_interval",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate * epoch_num // time_interval)", "wrong_quantity": "learning_rate",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * epoch_num // time_interval)
    return learning_rate
'''},
    {"key": "schedule_lr_decay", "function": "schedule_lr_decay", "kind": "wrong", "style": "exponential staircase",
     "mistake": "divides by (1 + decay_rate) ** floor(...) instead of 1 + decay_rate * floor(...)",
     "wrong_line": "learning_rate = learning_rate0 / (1 + decay_rate) ** np.floor(epoch_num / time_interval)", "wrong_quantity": "learning_rate",
     "source": '''def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate) ** np.floor(epoch_num / time_interval)
    return learning_rate
'''},
]
