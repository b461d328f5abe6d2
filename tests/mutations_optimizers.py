"""Catalogued mistakes of ``07_optimizers`` planted into the notebook's own solution code.

``MUTATIONS[exercise key][mistake] = (text in the solution, text a learner would have written)``.
"""
MUTATIONS = {
    "random_mini_batches": {
        "last batch dropped": ("range(0, m, batch_size)", "range(0, m - batch_size + 1, batch_size)"),
        "X and Y shuffled differently": (
            "    permutation = np.random.default_rng(seed).permutation(m)    # 1. shuffle the columns ...\n"
            "    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]",
            "    rng = np.random.default_rng(seed)\n"
            "    X_shuffled, Y_shuffled = X[:, rng.permutation(m)], Y[:, rng.permutation(m)]"),
        "no shuffle": ("X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]", "X_shuffled, Y_shuffled = X, Y"),
        "rows shuffled": ("X[:, permutation], Y[:, permutation]", "X[permutation], Y[permutation]"),
    },
    "initialize_velocity": {
        "keys without d": ('{"d" + key: np.zeros_like(value)', "{key: np.zeros_like(value)"),
        "wrong shape": ("np.zeros_like(value)", "np.zeros((value.shape[0], 1))"),
        "biases left out": ("for key, value in parameters.items()}", 'for key, value in parameters.items() if key[0] == "W"}'),
    },
    "update_parameters_with_momentum": {
        "no 1 - beta": ("v[d] = beta * v[d] + (1 - beta) * grads[d]", "v[d] = beta * v[d] + grads[d]"),
        "beta on the gradient": ("v[d] = beta * v[d] + (1 - beta) * grads[d]", "v[d] = beta * grads[d] + (1 - beta) * v[d]"),
        "gradient step": ("value - learning_rate * v[d]", "value - learning_rate * grads[d]"),
        "plus": ("value - learning_rate * v[d]", "value + learning_rate * v[d]"),
    },
    "update_parameters_with_rmsprop": {
        "epsilon inside the root": ("(np.sqrt(s[d]) + epsilon)", "np.sqrt(s[d] + epsilon)"),
        "dW instead of dW^2": ("(1 - beta) * grads[d] ** 2", "(1 - beta) * grads[d]"),
        "no 1 - beta": ("(1 - beta) * grads[d] ** 2", "grads[d] ** 2"),
    },
    "update_parameters_with_adam": {
        "no bias correction": ("        v_hat = v[d] / (1 - beta1 ** t)\n        s_hat = s[d] / (1 - beta2 ** t)",
                               "        v_hat = v[d]\n        s_hat = s[d]"),
        "epsilon inside the root": ("(np.sqrt(s_hat) + epsilon)", "np.sqrt(s_hat + epsilon)"),
        "s not corrected": ("v_hat / (np.sqrt(s_hat) + epsilon)", "v_hat / (np.sqrt(s[d]) + epsilon)"),
        "bias correction with t + 1": ("        v_hat = v[d] / (1 - beta1 ** t)\n        s_hat = s[d] / (1 - beta2 ** t)",
                                       "        v_hat = v[d] / (1 - beta1 ** (t + 1))\n"
                                       "        s_hat = s[d] / (1 - beta2 ** (t + 1))"),
        "dW instead of dW^2": ("(1 - beta2) * grads[d] ** 2", "(1 - beta2) * grads[d]"),
        "the notes' beta1 * dW": ("v[d] = beta1 * v[d] + (1 - beta1) * grads[d]",
                                  "v[d] = beta1 * grads[d] + (1 - beta1) * grads[d]"),
    },
    "update_lr": {
        "epoch + 1": ("= learning_rate0 / (1 + decay_rate * epoch_num)", "= learning_rate0 / (1 + decay_rate * (epoch_num + 1))"),
        "1 + missing": ("= learning_rate0 / (1 + decay_rate * epoch_num)", "= learning_rate0 / (decay_rate * epoch_num)"),
        "brackets missing": ("= learning_rate0 / (1 + decay_rate * epoch_num)", "= learning_rate0 / 1 + decay_rate * epoch_num"),
    },
    "schedule_lr_decay": {
        "no floor": ("np.floor(epoch_num / time_interval)", "(epoch_num / time_interval)"),
        "epoch + 1": ("np.floor(epoch_num / time_interval)", "np.floor((epoch_num + 1) / time_interval)"),
        "floor of the whole product": ("decay_rate * np.floor(epoch_num / time_interval)",
                                       "np.floor(decay_rate * epoch_num / time_interval)"),
    },
}
