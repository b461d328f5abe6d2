"""Learner answers for 08_softmax (this project's own exercises), written independently of the
checker: correct ones in varied styles and realistic wrong ones."""

ANSWERS = [
    # ------------------------------------------------------------------ softmax_naive
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "correct", "style": "t and its column sums, keepdims",
     "source": '''def softmax_naive(Z):
    t = np.exp(Z)
    return t / np.sum(t, axis=0, keepdims=True)
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "correct", "style": "loop over columns",
     "source": '''def softmax_naive(Z):
    A = np.zeros(Z.shape)
    for j in range(Z.shape[1]):
        t = np.exp(Z[:, j])
        A[:, j] = t / t.sum()
    return A
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "correct",
     "style": "sum without keepdims, broadcast over the columns",
     "source": '''def softmax_naive(Z):
    E = np.exp(Z)
    return E / E.sum(axis=0)
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "correct", "style": "column sums by a ones-row product",
     "source": '''def softmax_naive(Z):
    T = np.exp(Z)
    S = np.ones((1, Z.shape[0])) @ T
    return T / S
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "wrong", "style": "rows",
     "mistake": "normalizes each row (axis=1) instead of each column",
     "wrong_line": "return t / np.sum(t, axis=1, keepdims=True)", "wrong_quantity": "return value",
     "source": '''def softmax_naive(Z):
    t = np.exp(Z)
    return t / np.sum(t, axis=1, keepdims=True)
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "wrong", "style": "sum over everything",
     "mistake": "divides by the sum over the whole matrix instead of each column's sum",
     "wrong_line": "return t / np.sum(t)", "wrong_quantity": "return value",
     "source": '''def softmax_naive(Z):
    t = np.exp(Z)
    return t / np.sum(t)
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "wrong", "style": "sum of logits",
     "mistake": "divides by the sum of the logits instead of the sum of their exponentials",
     "wrong_line": "return np.exp(Z) / np.sum(Z, axis=0, keepdims=True)", "wrong_quantity": "return value",
     "source": '''def softmax_naive(Z):
    return np.exp(Z) / np.sum(Z, axis=0, keepdims=True)
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "wrong", "style": "sigmoid per entry",
     "mistake": "e^z / (1 + e^z) squashes every entry on its own (a sigmoid), not the column",
     "wrong_line": "return np.exp(Z) / (1 + np.exp(Z))", "wrong_quantity": "return value",
     "source": '''def softmax_naive(Z):
    return np.exp(Z) / (1 + np.exp(Z))
'''},
    {"key": "softmax_naive", "function": "softmax_naive", "kind": "wrong", "style": "transposed sums",
     "mistake": "the column sums are transposed to a column (m, 1), so the division broadcasts wrongly",
     "wrong_line": "return t / np.sum(t, axis=0, keepdims=True).T", "wrong_quantity": "return value",
     "source": '''def softmax_naive(Z):
    t = np.exp(Z)
    return t / np.sum(t, axis=0, keepdims=True).T
'''},

    # ------------------------------------------------------------------ softmax_stable
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "correct", "style": "shift by the column max, keepdims",
     "source": '''def softmax_stable(Z):
    Z_shift = Z - np.max(Z, axis=0, keepdims=True)
    t = np.exp(Z_shift)
    return t / np.sum(t, axis=0, keepdims=True)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "correct", "style": "loop over columns",
     "source": '''def softmax_stable(Z):
    out = np.empty_like(Z, dtype=float)
    for j in range(Z.shape[1]):
        z = Z[:, j] - Z[:, j].max()
        e = np.exp(z)
        out[:, j] = e / e.sum()
    return out
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "correct", "style": "log-sum-exp",
     "source": '''def softmax_stable(Z):
    c = Z.max(axis=0, keepdims=True)
    log_norm = c + np.log(np.exp(Z - c).sum(axis=0, keepdims=True))
    return np.exp(Z - log_norm)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "correct", "style": "max without keepdims (broadcasts along columns)",
     "source": '''def softmax_stable(Z):
    e = np.exp(Z - Z.max(axis=0))
    return e / e.sum(axis=0)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "correct", "style": "h.softmax",
     "source": '''def softmax_stable(Z):
    return h.softmax(Z)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "wrong", "style": "global max",
     "mistake": "subtracts the maximum of the whole matrix: columns far below it underflow to 0 / 0",
     "wrong_line": "t = np.exp(Z - np.max(Z))", "wrong_quantity": "t",
     "source": '''def softmax_stable(Z):
    t = np.exp(Z - np.max(Z))
    return t / np.sum(t, axis=0, keepdims=True)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "wrong", "style": "row max",
     "mistake": "subtracts each row's maximum (axis=1) instead of each column's, which changes the result",
     "wrong_line": "t = np.exp(Z - np.max(Z, axis=1, keepdims=True))", "wrong_quantity": "t",
     "source": '''def softmax_stable(Z):
    t = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return t / np.sum(t, axis=0, keepdims=True)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "wrong", "style": "sum over rows",
     "mistake": "the shifted exponentials are normalized over the rows (axis=1)",
     "wrong_line": "return t / t.sum(axis=1, keepdims=True)", "wrong_quantity": "return value",
     "source": '''def softmax_stable(Z):
    t = np.exp(Z - Z.max(axis=0, keepdims=True))
    return t / t.sum(axis=1, keepdims=True)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "wrong", "style": "shift in the numerator only",
     "mistake": "shifts the numerator but divides by the sum of the unshifted exponentials",
     "wrong_line": "return np.exp(Z - c) / np.sum(np.exp(Z), axis=0, keepdims=True)", "wrong_quantity": "return value",
     "source": '''def softmax_stable(Z):
    c = np.max(Z, axis=0, keepdims=True)
    return np.exp(Z - c) / np.sum(np.exp(Z), axis=0, keepdims=True)
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "wrong", "style": "not normalized",
     "mistake": "returns the shifted exponentials without dividing by their sum",
     "wrong_line": "return t", "wrong_quantity": "return value",
     "source": '''def softmax_stable(Z):
    t = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return t
'''},
    {"key": "softmax_stable", "function": "softmax_stable", "kind": "wrong", "style": "np.maximum with 0",
     "mistake": "np.maximum(Z, 0) is an element-wise ReLU, not the column maximum: each logit gets its own shift",
     "wrong_line": "t = np.exp(Z - np.maximum(Z, 0))", "wrong_quantity": "t",
     "source": '''def softmax_stable(Z):
    t = np.exp(Z - np.maximum(Z, 0))
    return t / np.sum(t, axis=0, keepdims=True)
'''},

    # ------------------------------------------------------------------ softmax_cost
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "correct", "style": "sum of Y log Y_hat over m",
     "source": '''def softmax_cost(Y_hat, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(Y_hat)) / m
    return float(cost)
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "correct", "style": "loop, log of the true class's probability",
     "source": '''def softmax_cost(Y_hat, Y):
    m = Y.shape[1]
    total = 0.0
    for i in range(m):
        k = int(np.argmax(Y[:, i]))
        total -= math.log(Y_hat[k, i])
    return total / m
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "correct", "style": "per-example losses, then np.mean",
     "source": '''def softmax_cost(Y_hat, Y):
    losses = -np.sum(Y * np.log(Y_hat), axis=0)
    return float(np.mean(losses))
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "correct", "style": "einsum",
     "source": '''def softmax_cost(Y_hat, Y):
    return -np.einsum("km,km->", Y, np.log(Y_hat)) / Y.shape[1]
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "wrong", "style": "mean over every entry",
     "mistake": "np.mean over the whole (C, m) array divides by C m instead of m",
     "wrong_line": "return float(-np.mean(Y * np.log(Y_hat)))", "wrong_quantity": "cost",
     "source": '''def softmax_cost(Y_hat, Y):
    return float(-np.mean(Y * np.log(Y_hat)))
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "wrong", "style": "binary formula",
     "mistake": "adds the binary (1 - y) log(1 - y_hat) terms, which the categorical cross-entropy does not have",
     "wrong_line": "cost = -np.sum(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat)) / m", "wrong_quantity": "cost",
     "source": '''def softmax_cost(Y_hat, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat)) / m
    return float(cost)
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "wrong", "style": "sign",
     "mistake": "the minus sign is missing",
     "wrong_line": "cost = np.sum(Y * np.log(Y_hat)) / m", "wrong_quantity": "cost",
     "source": '''def softmax_cost(Y_hat, Y):
    m = Y.shape[1]
    cost = np.sum(Y * np.log(Y_hat)) / m
    return float(cost)
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "wrong", "style": "axes swapped",
     "mistake": "sums over the examples and averages over the classes: divides by C instead of m",
     "wrong_line": "return float(-np.mean(np.sum(Y * np.log(Y_hat), axis=1)))", "wrong_quantity": "cost",
     "source": '''def softmax_cost(Y_hat, Y):
    return float(-np.mean(np.sum(Y * np.log(Y_hat), axis=1)))
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "wrong", "style": "largest probability",
     "mistake": "takes the log of each column's largest probability instead of the true class's",
     "wrong_line": "return float(-np.mean(np.log(np.max(Y_hat, axis=0))))", "wrong_quantity": "cost",
     "source": '''def softmax_cost(Y_hat, Y):
    return float(-np.mean(np.log(np.max(Y_hat, axis=0))))
'''},
    {"key": "softmax_cost", "function": "softmax_cost", "kind": "wrong", "style": "per-example vector",
     "mistake": "returns the m per-example losses instead of their mean",
     "wrong_line": "return -np.sum(Y * np.log(Y_hat), axis=0)", "wrong_quantity": "return value",
     "source": '''def softmax_cost(Y_hat, Y):
    return -np.sum(Y * np.log(Y_hat), axis=0)
'''},

    # ------------------------------------------------------------------ softmax_cost_gradient
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "correct",
     "style": "softmax_stable of the notebook, (Y_hat - Y) / m",
     "source": '''def softmax_cost_gradient(Z, Y):
    Y_hat = softmax_stable(Z)
    m = Z.shape[1]
    return (Y_hat - Y) / m
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "correct", "style": "softmax inline",
     "source": '''def softmax_cost_gradient(Z, Y):
    t = np.exp(Z - Z.max(axis=0, keepdims=True))
    Y_hat = t / t.sum(axis=0, keepdims=True)
    dZ = Y_hat - Y
    return dZ / Y.shape[1]
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "correct",
     "style": "chain rule through the full softmax Jacobian, column by column",
     "source": '''def softmax_cost_gradient(Z, Y):
    C, m = Z.shape
    dZ = np.zeros((C, m))
    for i in range(m):
        z = Z[:, i]
        e = np.exp(z - z.max())
        y_hat = e / e.sum()
        jac = np.diag(y_hat) - np.outer(y_hat, y_hat)
        dA = -Y[:, i] / (m * y_hat)
        dZ[:, i] = jac.T @ dA
    return dZ
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "correct", "style": "h.softmax",
     "source": '''def softmax_cost_gradient(Z, Y):
    m = Y.shape[1]
    return (h.softmax(Z) - Y) / m
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "wrong", "style": "1/m missing",
     "mistake": "returns Y_hat - Y without dividing by m (the gradient of the summed cost)",
     "wrong_line": "return softmax_stable(Z) - Y", "wrong_quantity": "return value",
     "source": '''def softmax_cost_gradient(Z, Y):
    return softmax_stable(Z) - Y
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "wrong", "style": "diagonal of the Jacobian only",
     "mistake": "uses only the diagonal y_hat (1 - y_hat) of the softmax Jacobian",
     "wrong_line": "dZ = dA * Y_hat * (1 - Y_hat)", "wrong_quantity": "dZ",
     "source": '''def softmax_cost_gradient(Z, Y):
    m = Z.shape[1]
    Y_hat = softmax_stable(Z)
    dA = -Y / (m * Y_hat)
    dZ = dA * Y_hat * (1 - Y_hat)
    return dZ
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "wrong", "style": "sign",
     "mistake": "(Y - Y_hat) / m: the sign is flipped",
     "wrong_line": "return (Y - Y_hat) / m", "wrong_quantity": "return value",
     "source": '''def softmax_cost_gradient(Z, Y):
    m = Z.shape[1]
    Y_hat = softmax_stable(Z)
    return (Y - Y_hat) / m
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "wrong", "style": "softmax over rows",
     "mistake": "the softmax is taken over the rows (axis=1) instead of the columns",
     "wrong_line": "Y_hat = t / t.sum(axis=1, keepdims=True)", "wrong_quantity": "Y_hat",
     "source": '''def softmax_cost_gradient(Z, Y):
    t = np.exp(Z - Z.max(axis=1, keepdims=True))
    Y_hat = t / t.sum(axis=1, keepdims=True)
    return (Y_hat - Y) / Z.shape[1]
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "wrong", "style": "m from the wrong axis",
     "mistake": "divides by Z.shape[0], the number of classes, instead of m",
     "wrong_line": "m = Z.shape[0]", "wrong_quantity": "m",
     "source": '''def softmax_cost_gradient(Z, Y):
    m = Z.shape[0]
    return (softmax_stable(Z) - Y) / m
'''},
    {"key": "softmax_cost_gradient", "function": "softmax_cost_gradient", "kind": "wrong", "style": "softmax forgotten",
     "mistake": "uses the logits Z in place of the probabilities softmax(Z)",
     "wrong_line": "return (Z - Y) / Z.shape[1]", "wrong_quantity": "return value",
     "source": '''def softmax_cost_gradient(Z, Y):
    return (Z - Y) / Z.shape[1]
'''},
]
