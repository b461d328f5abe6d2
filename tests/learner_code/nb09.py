"""Learner answers for 09_batch_norm_and_tuning (this project's own exercises), written
independently of the checker: correct ones in varied styles and realistic wrong ones. Every forward
cache starts with (Z_norm, 1 / sqrt(var + epsilon), gamma), the three things the text says the
backward pass needs; every backward pass reads those three from cache[0], cache[1], cache[2]."""

ANSWERS = [
    # ------------------------------------------------------------------ batchnorm_forward
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong",
     "style": "the four lines, cache (Z_norm, inv_std, gamma, mu, var)",
     "note": "relabelled wrong: the task now states the cache layout", "mistake": "the cache is not the task's (Z_norm, inv_std, gamma)",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + epsilon)
    Z_norm = (Z - mu) * inv_std
    Z_tilde = gamma * Z_norm + beta
    cache = (Z_norm, inv_std, gamma, mu, var)
    return Z_tilde, cache
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong",
     "style": "np.var, cache as h.BatchNormCache",
     "note": "relabelled wrong: the task now states the cache layout", "mistake": "the cache is not the task's (Z_norm, inv_std, gamma)",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = Z.mean(axis=1, keepdims=True)
    var = Z.var(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + epsilon)
    Z_norm = (Z - mu) * inv_std
    return gamma * Z_norm + beta, h.BatchNormCache(Z_norm, inv_std, gamma, mu, var)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "correct",
     "style": "loop over the units (rows)",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    n, m = Z.shape
    Z_norm = np.zeros((n, m))
    inv_std = np.zeros((n, 1))
    for j in range(n):
        row = Z[j]
        mean = row.sum() / m
        variance = ((row - mean) ** 2).sum() / m
        inv_std[j, 0] = 1.0 / math.sqrt(variance + epsilon)
        Z_norm[j] = (row - mean) * inv_std[j, 0]
    Z_tilde = gamma * Z_norm + beta
    return Z_tilde, (Z_norm, inv_std, gamma)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong",
     "style": "sums divided by m, reshape to columns, divides by the standard deviation",
     "note": "relabelled wrong: the task now states the cache layout", "mistake": "the cache is not the task's (Z_norm, inv_std, gamma)",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    m = Z.shape[1]
    mu = (np.sum(Z, axis=1) / m).reshape(-1, 1)
    centred = Z - mu
    sigma2 = (np.sum(centred * centred, axis=1) / m).reshape(-1, 1)
    std = np.sqrt(sigma2 + epsilon)
    Z_norm = centred / std
    Z_tilde = np.multiply(gamma, Z_norm) + beta
    return Z_tilde, (Z_norm, 1 / std, gamma, mu, sigma2)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "per example",
     "mistake": "normalizes each example (axis=0) instead of each unit over the batch (axis=1)",
     "wrong_line": "mu = np.mean(Z, axis=0, keepdims=True)", "wrong_quantity": "mu",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=0, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=0, keepdims=True)
    inv_std = 1 / np.sqrt(var + epsilon)
    Z_norm = (Z - mu) * inv_std
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma, mu, var)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "epsilon outside the root",
     "mistake": "epsilon added outside the square root: sqrt(var) + epsilon",
     "wrong_line": "std = np.sqrt(var) + epsilon", "wrong_quantity": "std",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    std = np.sqrt(var) + epsilon
    Z_norm = (Z - mu) / std
    return gamma * Z_norm + beta, (Z_norm, 1 / std, gamma, mu, var)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "unbiased variance",
     "mistake": "ddof=1 divides the variance by m - 1 instead of m",
     "wrong_line": "var = np.var(Z, axis=1, ddof=1, keepdims=True)", "wrong_quantity": "var",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, ddof=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + epsilon)
    Z_norm = (Z - mu) * inv_std
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma, mu, var)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "gamma and beta swapped",
     "mistake": "beta scales and gamma shifts",
     "wrong_line": "Z_tilde = beta * Z_norm + gamma", "wrong_quantity": "Z_tilde",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + epsilon)
    Z_norm = (Z - mu) * inv_std
    Z_tilde = beta * Z_norm + gamma
    return Z_tilde, (Z_norm, inv_std, gamma, mu, var)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "keepdims lost",
     "mistake": "the mean without keepdims has shape (n,), which does not broadcast against Z (n, m)",
     "wrong_line": "mu = np.mean(Z, axis=1)", "wrong_quantity": "mu",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1)
    var = np.mean((Z - mu) ** 2, axis=1)
    inv_std = 1 / np.sqrt(var + epsilon)
    Z_norm = (Z - mu) * inv_std
    return gamma * Z_norm + beta, (Z_norm, inv_std, gamma, mu, var)
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "std in the cache",
     "mistake": "the cache keeps sqrt(var + epsilon) where the backward pass expects its inverse",
     "wrong_line": "cache = (Z_norm, std, gamma, mu, var)", "wrong_quantity": "cache",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    std = np.sqrt(var + epsilon)
    Z_norm = (Z - mu) / std
    cache = (Z_norm, std, gamma, mu, var)
    return gamma * Z_norm + beta, cache
'''},
    {"key": "batchnorm_forward", "function": "batchnorm_forward_ours", "kind": "wrong", "style": "square root forgotten",
     "mistake": "divides by var + epsilon instead of its square root",
     "wrong_line": "Z_norm = (Z - mu) / (var + epsilon)", "wrong_quantity": "Z_norm",
     "source": '''def batchnorm_forward_ours(Z, gamma, beta, epsilon=1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    Z_norm = (Z - mu) / (var + epsilon)
    return gamma * Z_norm + beta, (Z_norm, 1 / (var + epsilon), gamma, mu, var)
'''},

    # ------------------------------------------------------------------ batchnorm_backward
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "correct",
     "style": "the formulas of the text, sums / m",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    m = dZ_tilde.shape[1]
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True) / m
    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True) / m
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm
                    - np.mean(dZ_norm, axis=1, keepdims=True)
                    - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "correct",
     "style": "the m dz_norm - sum - z_norm sum form",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[:3]
    m = Z_norm.shape[1]
    dgamma = (dZ_tilde * Z_norm).sum(axis=1, keepdims=True) / m
    dbeta = dZ_tilde.sum(axis=1, keepdims=True) / m
    dZn = dZ_tilde * gamma
    dZ = (inv_std / m) * (m * dZn - dZn.sum(axis=1, keepdims=True)
                          - Z_norm * (dZn * Z_norm).sum(axis=1, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "correct",
     "style": "explicit Jacobian of each unit's normalization",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    n, m = dZ_tilde.shape
    dZ = np.zeros((n, m))
    dgamma = np.zeros((n, 1))
    dbeta = np.zeros((n, 1))
    for j in range(n):
        zn = Z_norm[j]
        dzn = gamma[j, 0] * dZ_tilde[j]
        jac = inv_std[j, 0] * (np.eye(m) - 1.0 / m - np.outer(zn, zn) / m)
        dZ[j] = jac.T @ dzn
        dgamma[j, 0] = np.mean(dZ_tilde[j] * zn)
        dbeta[j, 0] = np.mean(dZ_tilde[j])
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "correct",
     "style": "through the centred values and the variance, step by step",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    m = dZ_tilde.shape[1]
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    centred = Z_norm / inv_std
    dvar = np.sum(dZ_norm * centred, axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = -np.sum(dZ_norm * inv_std, axis=1, keepdims=True) - 2.0 * dvar * np.mean(centred, axis=1, keepdims=True)
    dZ = dZ_norm * inv_std + dvar * 2.0 * centred / m + dmu / m
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "one term missing",
     "mistake": "the z_norm mean(dz_norm z_norm) term (from the variance) is missing",
     "wrong_line": "dZ = inv_std * (dZ_norm - np.mean(dZ_norm, axis=1, keepdims=True))", "wrong_quantity": "dZ",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - np.mean(dZ_norm, axis=1, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "mean term missing",
     "mistake": "the mean(dz_norm) term (from the batch mean) is missing",
     "wrong_line": "dZ = inv_std * (dZ_norm - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True))", "wrong_quantity": "dZ",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "sums, not means",
     "mistake": "dgamma and dbeta are summed over the batch without the 1/m of this package's convention",
     "wrong_line": "dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)", "wrong_quantity": "dbeta",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - dZ_norm.mean(axis=1, keepdims=True) - Z_norm * (dZ_norm * Z_norm).mean(axis=1, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "gamma forgotten",
     "mistake": "dZ_norm = dZ_tilde: the scale gamma is left out",
     "wrong_line": "dZ_norm = dZ_tilde", "wrong_quantity": "dZ_norm",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = dZ_tilde
    dZ = inv_std * (dZ_norm - dZ_norm.mean(axis=1, keepdims=True) - Z_norm * (dZ_norm * Z_norm).mean(axis=1, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "scale forgotten",
     "mistake": "dZ is not multiplied by 1 / sqrt(var + epsilon)",
     "wrong_line": "dZ = dZ_norm - dZ_norm.mean(axis=1, keepdims=True) - Z_norm * (dZ_norm * Z_norm).mean(axis=1, keepdims=True)",
     "wrong_quantity": "dZ",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = dZ_norm - dZ_norm.mean(axis=1, keepdims=True) - Z_norm * (dZ_norm * Z_norm).mean(axis=1, keepdims=True)
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "means over the units",
     "mistake": "the means are taken over axis 0 (units) instead of axis 1 (the batch)",
     "wrong_line": "dbeta = np.mean(dZ_tilde, axis=0, keepdims=True)", "wrong_quantity": "dbeta",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.mean(dZ_tilde, axis=0, keepdims=True)
    dgamma = np.mean(dZ_tilde * Z_norm, axis=0, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - dZ_norm.mean(axis=0, keepdims=True) - Z_norm * (dZ_norm * Z_norm).mean(axis=0, keepdims=True))
    return dZ, dgamma, dbeta
'''},
    {"key": "batchnorm_backward", "function": "batchnorm_backward_ours", "kind": "wrong", "style": "return order",
     "mistake": "returns (dZ, dbeta, dgamma) instead of (dZ, dgamma, dbeta)",
     "wrong_line": "return dZ, dbeta, dgamma", "wrong_quantity": "return value",
     "source": '''def batchnorm_backward_ours(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache[0], cache[1], cache[2]
    dbeta = np.mean(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - dZ_norm.mean(axis=1, keepdims=True) - Z_norm * (dZ_norm * Z_norm).mean(axis=1, keepdims=True))
    return dZ, dbeta, dgamma
'''},

    # ------------------------------------------------------------------ update_running_average
    {"key": "update_running_average", "function": "update_running_average", "kind": "correct",
     "style": "None check, copy of the first batch",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if running is None:
        return batch.copy()
    return momentum * running + (1 - momentum) * batch
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "correct",
     "style": "np.array copy, named k as in the text",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    k = momentum
    if running is None:
        new = np.array(batch, dtype=float, copy=True)
    else:
        new = k * running + (1.0 - k) * batch
    return new
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "correct",
     "style": "step towards the batch: running + (1 - k)(batch - running)",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if running is None:
        running = batch
        return np.copy(running)
    return running + (1 - momentum) * (batch - running)
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "correct",
     "style": "returns the batch itself the first time",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    return batch if running is None else np.add(momentum * running, (1 - momentum) * batch)
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "wrong", "style": "zero start",
     "mistake": "starts from zeros instead of the first batch, so the first average is (1 - k) batch",
     "wrong_line": "running = np.zeros_like(batch)", "wrong_quantity": "running",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if running is None:
        running = np.zeros_like(batch)
    return momentum * running + (1 - momentum) * batch
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "wrong", "style": "weights swapped",
     "mistake": "(1 - k) running + k batch: the weights are swapped",
     "wrong_line": "return (1 - momentum) * running + momentum * batch", "wrong_quantity": "return value",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if running is None:
        return batch.copy()
    return (1 - momentum) * running + momentum * batch
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "wrong", "style": "truth value of an array",
     "mistake": "if not running: is ambiguous for an array (raises) and also treats an all-zero average as missing",
     "wrong_line": "if not running:", "wrong_quantity": "running",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if not running:
        return batch.copy()
    return momentum * running + (1 - momentum) * batch
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "wrong", "style": "history in a default list",
     "mistake": "keeps every batch in a mutable default list and returns their plain mean, ignoring running and momentum",
     "wrong_line": "_seen.append(batch)", "wrong_quantity": "return value",
     "source": '''def update_running_average(running, batch, momentum=0.9, _seen=[]):
    _seen.append(batch)
    return np.mean(_seen, axis=0)
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "wrong", "style": "typo: running twice",
     "mistake": "momentum * running + (1 - momentum) * running: the batch never enters the average",
     "wrong_line": "return momentum * running + (1 - momentum) * running", "wrong_quantity": "return value",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if running is None:
        return batch.copy()
    return momentum * running + (1 - momentum) * running
'''},
    {"key": "update_running_average", "function": "update_running_average", "kind": "wrong", "style": "bias correction",
     "mistake": "divides the average by 1 - momentum as if it were Adam's bias correction",
     "wrong_line": "return (momentum * running + (1 - momentum) * batch) / (1 - momentum)", "wrong_quantity": "return value",
     "source": '''def update_running_average(running, batch, momentum=0.9):
    if running is None:
        return batch.copy()
    return (momentum * running + (1 - momentum) * batch) / (1 - momentum)
'''},
]
