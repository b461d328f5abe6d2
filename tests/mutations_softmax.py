"""Catalogued mistakes of ``08_softmax`` planted into the notebook's own solution code."""
MUTATIONS = {
    "softmax_naive": {
        "rows": ("t.sum(axis=0, keepdims=True)", "t.sum(axis=1, keepdims=True)"),
        "no exp": ("t = np.exp(Z)", "t = Z"),
        "whole matrix": ("t.sum(axis=0, keepdims=True)", "t.sum()"),
    },
    "softmax_stable": {
        "row maximum": ("Z.max(axis=0, keepdims=True)", "Z.max(axis=1, keepdims=True)"),
        "rows": ("t / t.sum(axis=0, keepdims=True)", "t / t.sum(axis=1, keepdims=True)"),
        "exp before the shift": ("t = np.exp(Z - Z.max(axis=0, keepdims=True))",
                                 "t = np.exp(Z) / np.exp(Z.max(axis=0, keepdims=True))"),
    },
    "softmax_cost": {
        "sign": ("float(-np.sum(", "float(np.sum("),
        "no 1/m": ("np.log(Y_hat)) / m)", "np.log(Y_hat)))"),
        "mean over all entries": ("-np.sum(Y * np.log(Y_hat)) / m", "-np.mean(Y * np.log(Y_hat))"),
        "binary formula": ("np.sum(Y * np.log(Y_hat))", "np.sum(Y * np.log(Y_hat) + (1 - Y) * np.log(1 - Y_hat))"),
    },
    "softmax_cost_gradient": {
        "no 1/m": ("return (softmax_stable(Z) - Y) / Y.shape[1]", "return softmax_stable(Z) - Y"),
        "sign": ("(softmax_stable(Z) - Y)", "(Y - softmax_stable(Z))"),
        "diagonal of the Jacobian only": ("return (softmax_stable(Z) - Y) / Y.shape[1]",
                                          "return -Y * (1 - softmax_stable(Z)) / Y.shape[1]"),
        "sigmoid": ("softmax_stable(Z)", "1 / (1 + np.exp(-Z))"),
    },
}
