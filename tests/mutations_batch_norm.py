"""Catalogued mistakes of ``09_batch_norm_and_tuning`` planted into the notebook's own solution code."""
MUTATIONS = {
    "batchnorm_forward": {
        "per example": ("    mu = Z.mean(axis=1, keepdims=True)                       # (n, 1)\n"
                        "    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)",
                        "    mu = Z.mean(axis=0, keepdims=True)\n    var = np.mean((Z - mu) ** 2, axis=0, keepdims=True)"),
        "divided by the variance": ("1.0 / np.sqrt(var + epsilon)", "1.0 / (var + epsilon)"),
        "epsilon outside the root": ("1.0 / np.sqrt(var + epsilon)", "1.0 / (np.sqrt(var) + epsilon)"),
        "unbiased variance": ("var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)", "var = np.var(Z, axis=1, ddof=1, keepdims=True)"),
        "gamma and beta swapped": ("return gamma * Z_norm + beta,", "return beta * Z_norm + gamma,"),
    },
    "batchnorm_backward": {
        "no mean term": ("dZ_norm - dZ_norm.mean(axis=1, keepdims=True)\n", "dZ_norm\n"),
        "no variance term": ("\n                    - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True))", ")"),
        "summed instead of averaged": ("    dbeta = dZ_tilde.mean(axis=1, keepdims=True)\n    dgamma = np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True)",
                                       "    dbeta = dZ_tilde.sum(axis=1, keepdims=True)\n    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)"),
        "gamma left out": ("dZ_norm = gamma * dZ_tilde", "dZ_norm = dZ_tilde"),
    },
    "update_running_average": {
        "weights swapped": ("momentum * running + (1 - momentum) * batch", "momentum * batch + (1 - momentum) * running"),
        "no (1 - k)": ("momentum * running + (1 - momentum) * batch", "momentum * running + batch"),
        "starts from zero": ("    if running is None:\n        return batch.copy()", "    if running is None:\n        running = np.zeros_like(batch)"),
    },
}
