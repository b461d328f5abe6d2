"""Batch normalization: the layer's forward and backward formulas, a whole network with batch norm
against central differences, running averages recomputed by hand, test mode, the dropped bias,
networks without batch norm unchanged, and bad arguments.

Gradients are compared with two-sided differences computed here in float64 (not with
helpers.gradient_check), and one test swaps in wrong backward formulas to show that the check
fails on them."""
import numpy as np
import pytest

import helpers as h
import helpers.layers as layers_module

EPS = 1e-8  # the package's default batch-norm epsilon


from finite_differences import central_differences


def relative_error(a, b):
    a, b = np.ravel(a), np.ravel(b)
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denominator == 0 else float(np.linalg.norm(a - b) / denominator)


def by_hand_normalize(Z, epsilon=EPS):
    """Row by row in plain Python loops: (z - mean) / sqrt(mean((z - mean)^2) + epsilon)."""
    out = np.empty_like(Z)
    for i, row in enumerate(Z):
        mu = sum(row) / len(row)
        var = sum((z - mu) ** 2 for z in row) / len(row)
        out[i] = [(z - mu) / np.sqrt(var + epsilon) for z in row]
    return out


# ---- a small batch-normalized network ------------------------------------------------------

def bn_network(dims, seed):
    """Parameters with batch norm, gamma and beta moved away from 1 and 0, and a nonzero output bias."""
    rng = np.random.default_rng(seed)
    p = h.initialize_parameters(dims, seed=seed, batch_norm=True)
    for key in p:
        if key.startswith("gamma"):
            p[key] = rng.uniform(0.5, 1.5, p[key].shape)
        elif key.startswith(("beta", "b")):
            p[key] = 0.5 * rng.standard_normal(p[key].shape)
    return p


def labels_for(output, m, rng):
    if output == "softmax":
        return h.one_hot(rng.integers(0, 3, m), 3)
    return (rng.random((1, m)) < 0.5).astype(float)


def network_gradient_errors(hidden, output, *, lambd=0.7, keep_prob=1.0, seed=0):
    """Per-parameter relative error between model_backward and central differences of compute_cost."""
    rng = np.random.default_rng(seed)
    n_out = 3 if output == "softmax" else 1
    dims = [4, 5, 4, n_out]
    m = 7
    X = rng.standard_normal((4, m))
    Y = labels_for(output, m, rng)
    p = bn_network(dims, seed + 1)
    options = {"hidden_activation": hidden, "output_activation": output, "keep_prob": keep_prob}

    def forward(q):
        # a fresh generator with a fixed seed: every evaluation draws the same dropout masks
        return h.model_forward(X, q, rng=np.random.default_rng(seed + 2), **options)

    def cost(q):
        return h.compute_cost(forward(q)[0], Y, parameters=q, lambd=lambd)

    AL, caches = forward(p)
    if hidden == "relu":
        # keep away from the kink of ReLU, where the two-sided difference is meaningless
        assert min(np.abs(c.Z).min() for c in caches[:-1]) > 1e-3
    grads = h.model_backward(AL, Y, caches, lambd=lambd)
    keys = list(p)
    probe = {k: p[k].astype(np.float64).copy() for k in keys}
    approx = central_differences(lambda: cost(probe), [probe[k] for k in keys])
    assert set(grads) == {"d" + k for k in keys}
    return {k: relative_error(grads["d" + k], g) for k, g in zip(keys, approx)}


@pytest.mark.parametrize("output", ["softmax", "sigmoid"])
@pytest.mark.parametrize("hidden", ["relu", "tanh"])
def test_network_with_batch_norm_and_l2_matches_central_differences(hidden, output):
    errors = network_gradient_errors(hidden, output)
    assert {"gamma1", "beta1", "gamma2", "beta2", "b3"} <= set(errors)
    assert max(errors.values()) < 1e-6, errors


def test_network_with_batch_norm_and_dropout_matches_central_differences():
    errors = network_gradient_errors("tanh", "softmax", lambd=0.3, keep_prob=0.8, seed=5)
    assert max(errors.values()) < 1e-6, errors


def _without_mean_term(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache.Z_norm, cache.inv_std, cache.gamma
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - Z_norm * np.mean(dZ_norm * Z_norm, axis=1, keepdims=True))
    return dZ, np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True), np.mean(dZ_tilde, axis=1, keepdims=True)


def _without_variance_term(dZ_tilde, cache):
    Z_norm, inv_std, gamma = cache.Z_norm, cache.inv_std, cache.gamma
    dZ_norm = gamma * dZ_tilde
    dZ = inv_std * (dZ_norm - dZ_norm.mean(axis=1, keepdims=True))
    return dZ, np.mean(dZ_tilde * Z_norm, axis=1, keepdims=True), np.mean(dZ_tilde, axis=1, keepdims=True)


def _gamma_summed_not_averaged(dZ_tilde, cache):
    dZ, dgamma, dbeta = h.batchnorm_backward(dZ_tilde, cache)
    return dZ, dgamma * dZ_tilde.shape[1], dbeta


@pytest.mark.parametrize("wrong", [_without_mean_term, _without_variance_term, _gamma_summed_not_averaged])
def test_the_network_check_fails_on_a_wrong_backward_formula(monkeypatch, wrong):
    monkeypatch.setattr(layers_module, "_batchnorm_backward", wrong)
    errors = network_gradient_errors("tanh", "softmax")
    assert max(errors.values()) > 1e-3, errors


# ---- the layer on its own ------------------------------------------------------------------

def spread_rows(seed, n=4, m=50):
    """Rows with very different means and scales, like the pre-activations of different units."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, m)) * rng.uniform(0.1, 10, (n, 1)) + rng.uniform(-20, 20, (n, 1))


def test_forward_gives_each_row_mean_zero_and_variance_one_before_gamma_and_beta():
    Z = spread_rows(0)
    out, cache = h.batchnorm_forward(Z, np.ones((4, 1)), np.zeros((4, 1)))
    np.testing.assert_allclose(out.mean(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(out.var(axis=1), 1.0, rtol=1e-6)
    np.testing.assert_allclose(cache.Z_norm, out)


def test_forward_is_gamma_times_z_norm_plus_beta():
    rng = np.random.default_rng(1)
    Z = spread_rows(1)
    gamma, beta = rng.uniform(0.5, 3, (4, 1)), rng.standard_normal((4, 1))
    out, cache = h.batchnorm_forward(Z, gamma, beta)
    Z_norm = by_hand_normalize(Z)
    expected = np.array([[gamma[i, 0] * z + beta[i, 0] for z in Z_norm[i]] for i in range(4)])
    np.testing.assert_allclose(out, expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(cache.Z_norm, Z_norm, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(cache.mu.ravel(), [sum(r) / 50 for r in Z], rtol=1e-12)
    np.testing.assert_allclose(cache.var.ravel(), Z.var(axis=1), rtol=1e-10)


def test_gamma_sqrt_var_and_beta_mean_give_back_z():
    Z = spread_rows(2)
    mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
    out, _ = h.batchnorm_forward(Z, np.sqrt(var + EPS), mu)
    np.testing.assert_allclose(out, Z, rtol=1e-10, atol=1e-10)


def test_a_bias_added_before_batch_norm_is_removed_again():
    Z = spread_rows(3)
    b = np.array([[1.0], [-2.0], [30.0], [0.5]])
    gamma, beta = np.full((4, 1), 2.0), np.full((4, 1), 0.3)
    np.testing.assert_allclose(h.batchnorm_forward(Z + b, gamma, beta)[0], h.batchnorm_forward(Z, gamma, beta)[0],
                               atol=1e-9)


def test_forward_in_test_mode_uses_the_given_statistics():
    rng = np.random.default_rng(4)
    Z = spread_rows(4)
    gamma, beta = rng.uniform(0.5, 3, (4, 1)), rng.standard_normal((4, 1))
    mean, var = rng.standard_normal((4, 1)), rng.uniform(0.5, 2, (4, 1))
    out, _ = h.batchnorm_forward(Z, gamma, beta, mean=mean, var=var, epsilon=1e-3)
    np.testing.assert_allclose(out, gamma * (Z - mean) / np.sqrt(var + 1e-3) + beta, rtol=1e-12)


def test_backward_matches_central_differences():
    # J = (1/m) sum(C * Z_tilde): in the package's convention the upstream dZ_tilde is m dJ/dZ_tilde = C,
    # the returned dZ is m dJ/dZ, and dgamma, dbeta are dJ/dgamma, dJ/dbeta themselves.
    rng = np.random.default_rng(5)
    n, m = 3, 6
    Z = rng.standard_normal((n, m)) * 2 + 1
    gamma, beta = rng.uniform(0.5, 2, (n, 1)), rng.standard_normal((n, 1))
    C = rng.standard_normal((n, m))

    def J():
        return float(np.sum(C * h.batchnorm_forward(Z, gamma, beta)[0])) / m

    _, cache = h.batchnorm_forward(Z, gamma, beta)
    dZ, dgamma, dbeta = h.batchnorm_backward(C, cache)
    nZ, ngamma, nbeta = central_differences(J, [Z, gamma, beta])
    assert dZ.shape == (n, m) and dgamma.shape == (n, 1) and dbeta.shape == (n, 1)
    assert relative_error(dZ / m, nZ) < 1e-7
    assert relative_error(dgamma, ngamma) < 1e-7
    assert relative_error(dbeta, nbeta) < 1e-7


def test_backward_rows_of_dz_sum_to_zero():
    # Z_norm does not change when a constant is added to a row, so neither does J: sum_j dJ/dz_j = 0
    rng = np.random.default_rng(6)
    Z = rng.standard_normal((3, 9))
    _, cache = h.batchnorm_forward(Z, rng.uniform(0.5, 2, (3, 1)), rng.standard_normal((3, 1)))
    dZ, _, _ = h.batchnorm_backward(rng.standard_normal((3, 9)), cache)
    np.testing.assert_allclose(dZ.sum(axis=1), 0.0, atol=1e-10)


def test_one_example_in_training_mode_has_variance_zero_and_outputs_beta():
    Z = np.array([[3.0], [-1.5]])
    gamma, beta = np.array([[2.0], [0.5]]), np.array([[0.25], [-4.0]])
    out, cache = h.batchnorm_forward(Z, gamma, beta)
    assert cache.var.tolist() == [[0.0], [0.0]]
    assert out.tolist() == beta.tolist()


# ---- running averages and test mode --------------------------------------------------------

def by_hand_layer_statistics(X, p, hidden="relu"):
    """Batch mean and variance of W[l] A[l-1] for every batch-normalized layer, computed with NumPy by hand."""
    stats, A, l = {}, X, 1
    while f"gamma{l}" in p:
        Z = p[f"W{l}"] @ A
        mu = Z.mean(axis=1, keepdims=True)
        var = ((Z - mu) ** 2).mean(axis=1, keepdims=True)
        stats[l] = (mu, var)
        Z_tilde = p[f"gamma{l}"] * (Z - mu) / np.sqrt(var + EPS) + p[f"beta{l}"]
        A = np.maximum(Z_tilde, 0) if hidden == "relu" else np.tanh(Z_tilde)
        l += 1
    return stats


def test_running_averages_by_hand_for_two_batches():
    rng = np.random.default_rng(7)
    p = bn_network([4, 5, 3, 2], 8)
    X1, X2 = rng.standard_normal((4, 10)), rng.standard_normal((4, 6)) + 1.0
    k = 0.8
    stats = h.BatchNormStats(momentum=k)
    h.model_forward(X1, p, bn_stats=stats, output_activation="softmax")
    first = by_hand_layer_statistics(X1, p)
    for l in (1, 2):  # the first batch initializes the averages directly
        np.testing.assert_allclose(stats.mean[l], first[l][0], rtol=1e-12)
        np.testing.assert_allclose(stats.var[l], first[l][1], rtol=1e-12)
    h.model_forward(X2, p, bn_stats=stats, output_activation="softmax")
    second = by_hand_layer_statistics(X2, p)
    for l in (1, 2):
        np.testing.assert_allclose(stats.mean[l], k * first[l][0] + (1 - k) * second[l][0], rtol=1e-12)
        np.testing.assert_allclose(stats.var[l], k * first[l][1] + (1 - k) * second[l][1], rtol=1e-12)
    assert sorted(stats.mean) == [1, 2]


def test_train_keeps_running_averages_of_its_two_batches():
    # one epoch of two mini-batches, redone here step by step: the same shuffle, one gradient step in between
    rng = np.random.default_rng(9)
    X = rng.standard_normal((3, 12))
    Y = (rng.random((1, 12)) < 0.5).astype(float)
    dims, lr, k, seed = [3, 4, 1], 0.5, 0.7, 2
    p_trained, history = h.train(X, Y, dims, learning_rate=lr, batch_size=7, num_epochs=1,
                                 batch_norm=True, bn_momentum=k, seed=seed)
    p = h.initialize_parameters(dims, seed=seed, batch_norm=True)
    batches = h.random_mini_batches(X, Y, 7, seed=np.random.default_rng([seed, 1]))
    assert [b[0].shape[1] for b in batches] == [7, 5]
    seen = []
    for X_t, Y_t in batches:
        seen.append(by_hand_layer_statistics(X_t, p)[1])
        AL, caches = h.model_forward(X_t, p)
        grads = h.model_backward(AL, Y_t, caches)
        p = {key: value - lr * grads["d" + key] for key, value in p.items()}
    stats = history["batch_norm"]
    assert isinstance(stats, h.BatchNormStats) and stats.momentum == k
    assert history["forward_options"]["bn_stats"] is stats
    np.testing.assert_allclose(stats.mean[1], k * seen[0][0] + (1 - k) * seen[1][0], rtol=1e-10)
    np.testing.assert_allclose(stats.var[1], k * seen[0][1] + (1 - k) * seen[1][1], rtol=1e-10)
    for key in p:
        np.testing.assert_allclose(p_trained[key], p[key], rtol=1e-10, atol=1e-12)


@pytest.fixture(scope="module")
def trained_bn():
    X, Y = h.make_blobs(200, noise=0.5, seed=3)
    parameters, history = h.train(X, Y, [2, 6, 6, 1], learning_rate=0.3, batch_size=32, num_epochs=30,
                                  batch_norm=True, seed=1)
    return X, Y, parameters, history


def test_a_single_example_is_predicted_as_inside_the_batch(trained_bn):
    X, Y, p, history = trained_bn
    options = history["forward_options"]
    batch = h.predict_proba(X, p, **options)
    alone = np.hstack([h.predict_proba(X[:, [j]], p, **options) for j in range(0, X.shape[1], 7)])
    np.testing.assert_allclose(alone, batch[:, ::7], rtol=1e-12)
    labels = h.predict(X, p, **options)
    assert [int(h.predict(X[:, [j]], p, **options)[0, 0]) for j in range(5)] == labels[0, :5].tolist()
    assert h.accuracy_percent(labels, Y) > 90.0


def test_test_mode_uses_the_running_averages(trained_bn):
    X, _, p, history = trained_bn
    stats = history["batch_norm"]
    AL, caches = h.model_forward(X[:, :3], p, bn_stats=stats, bn_mode="test")
    Z1 = p["W1"] @ X[:, :3]
    expected = p["gamma1"] * (Z1 - stats.mean[1]) / np.sqrt(stats.var[1] + stats.epsilon) + p["beta1"]
    np.testing.assert_allclose(caches[0].Z, expected, rtol=1e-12)
    before = {l: stats.mean[l].copy() for l in stats.mean}
    h.predict(X, p, **history["forward_options"])
    for l in before:  # prediction reads the averages, it does not update them
        np.testing.assert_array_equal(stats.mean[l], before[l])


def test_backward_through_a_test_mode_pass_is_refused(trained_bn):
    X, Y, p, history = trained_bn
    AL, caches = h.model_forward(X, p, bn_stats=history["batch_norm"], bn_mode="test")
    with pytest.raises(ValueError, match="bn_mode"):
        h.model_backward(AL, Y, caches)


# ---- the bias is gone from hidden layers ---------------------------------------------------

def test_hidden_layers_have_gamma_and_beta_instead_of_a_bias():
    p = h.initialize_parameters([5, 4, 3, 2], seed=0, batch_norm=True)
    assert set(p) == {"W1", "gamma1", "beta1", "W2", "gamma2", "beta2", "W3", "b3"}
    assert p["gamma1"].shape == (4, 1) and p["beta2"].shape == (3, 1) and p["b3"].shape == (2, 1)
    np.testing.assert_array_equal(p["gamma1"], 1.0)
    np.testing.assert_array_equal(p["beta1"], 0.0)


def test_no_bias_gradient_for_hidden_layers_and_none_trained():
    rng = np.random.default_rng(10)
    X = rng.standard_normal((5, 20))
    Y = h.one_hot(rng.integers(0, 2, 20), 2)
    p = h.initialize_parameters([5, 4, 3, 2], seed=0, batch_norm=True)
    AL, caches = h.model_forward(X, p, output_activation="softmax")
    grads = h.model_backward(AL, Y, caches)
    assert set(grads) == {"dW1", "dgamma1", "dbeta1", "dW2", "dgamma2", "dbeta2", "dW3", "db3"}
    trained, _ = h.train(X, Y, [5, 4, 3, 2], batch_norm=True, num_epochs=3, batch_size=8, learning_rate=0.1)
    assert set(trained) == set(p)
    assert not np.array_equal(trained["b3"], p["b3"])  # the output layer's bias is trained


# ---- networks without batch norm are unchanged ---------------------------------------------

def test_forward_without_batch_norm_is_the_plain_network():
    rng = np.random.default_rng(11)
    X = rng.standard_normal((3, 8))
    p = h.initialize_parameters([3, 4, 1], seed=1)
    p["b1"] = rng.standard_normal((4, 1))
    A1 = np.tanh(p["W1"] @ X + p["b1"])
    expected = 1 / (1 + np.exp(-(p["W2"] @ A1 + p["b2"])))
    for mode in ("train", "test"):  # bn_mode is ignored without batch norm, stats or not
        AL, caches = h.model_forward(X, p, hidden_activation="tanh", bn_mode=mode)
        assert AL.shape == (1, 8)
        np.testing.assert_allclose(AL, expected, rtol=1e-12)
        assert all(c.bn is None for c in caches)
    stats = h.BatchNormStats()
    h.model_forward(X, p, hidden_activation="tanh", bn_stats=stats)
    assert stats.mean == {}


def test_train_without_batch_norm_is_plain_gradient_descent():
    rng = np.random.default_rng(12)
    X = rng.standard_normal((2, 15))
    Y = (X[:1] > 0).astype(float)
    p_trained, history = h.train(X, Y, [2, 3, 1], learning_rate=0.2, num_epochs=4, seed=3, bn_momentum=0.5)
    assert "batch_norm" not in history and "bn_stats" not in history["forward_options"]
    p = h.initialize_parameters([2, 3, 1], seed=3)
    for _ in range(4):
        A1 = np.maximum(p["W1"] @ X + p["b1"], 0)
        A2 = 1 / (1 + np.exp(-(p["W2"] @ A1 + p["b2"])))
        dZ2 = (A2 - Y) / 15
        dZ1 = (p["W2"].T @ dZ2) * (A1 > 0)
        grads = {"W2": dZ2 @ A1.T, "b2": dZ2.sum(1, keepdims=True), "W1": dZ1 @ X.T, "b1": dZ1.sum(1, keepdims=True)}
        p = {k: v - 0.2 * grads[k] for k, v in p.items()}
    assert set(p_trained) == {"W1", "b1", "W2", "b2"}
    for key in p:
        np.testing.assert_allclose(p_trained[key], p[key], rtol=1e-10, atol=1e-12)


# ---- bad arguments -------------------------------------------------------------------------

def test_test_mode_without_statistics_names_bn_stats():
    p = h.initialize_parameters([3, 4, 1], seed=0, batch_norm=True)
    X = np.ones((3, 2))
    with pytest.raises(ValueError, match="bn_stats"):
        h.model_forward(X, p, bn_mode="test")
    with pytest.raises(ValueError, match="bn_stats"):
        h.model_forward(X, p, bn_mode="test", bn_stats=h.BatchNormStats())  # never trained: empty
    with pytest.raises(ValueError, match="bn_stats"):
        h.predict(X, p)


def test_bad_bn_mode_and_bn_stats_type():
    p = h.initialize_parameters([3, 4, 1], seed=0, batch_norm=True)
    X = np.ones((3, 2))
    with pytest.raises(ValueError, match="bn_mode"):
        h.model_forward(X, p, bn_mode="eval")
    with pytest.raises(TypeError, match="bn_stats"):
        h.model_forward(X, p, bn_stats={"mean": {}})


@pytest.mark.parametrize("momentum", [1.0, 1.5, -0.1, float("nan")])
def test_bad_momentum_raises(momentum):
    with pytest.raises(ValueError, match="momentum"):
        h.BatchNormStats(momentum=momentum)
    X, Y = np.zeros((2, 4)), np.array([[0, 1, 0, 1]])
    with pytest.raises(ValueError, match="momentum"):
        h.train(X, Y, [2, 3, 1], batch_norm=True, bn_momentum=momentum, num_epochs=1)


def test_momentum_that_is_not_a_number_and_bad_epsilon_raise():
    with pytest.raises(TypeError, match="momentum"):
        h.BatchNormStats(momentum="0.9")
    with pytest.raises(ValueError, match="epsilon"):
        h.BatchNormStats(epsilon=0.0)


def test_forward_options_from_train_use_the_running_averages_and_leave_them_alone():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(3, 40))
    Y = (X[0:1] > 0).astype(float)
    parameters, history = h.train(X, Y, [3, 4, 1], batch_norm=True, batch_size=10, num_epochs=3)
    stats = history["batch_norm"]
    before = stats.mean[1].copy()
    h.model_forward(X[:, :5], parameters, **history["forward_options"])
    np.testing.assert_array_equal(stats.mean[1], before)


def test_stats_of_another_network_are_reported_by_layer():
    rng = np.random.default_rng(8)
    X = rng.normal(size=(3, 40))
    Y = (X[0:1] > 0).astype(float)
    _, history = h.train(X, Y, [3, 4, 1], batch_norm=True, num_epochs=2)
    deeper = h.initialize_parameters([3, 4, 4, 1], batch_norm=True)
    with pytest.raises(ValueError, match=r"`bn_stats` holds running averages for layers \[1\]"):
        h.predict(X, deeper, bn_stats=history["batch_norm"])


def test_bn_momentum_is_checked_even_without_batch_norm():
    X = np.zeros((2, 4))
    Y = np.array([[0, 1, 0, 1]])
    with pytest.raises(ValueError, match="`bn_momentum`"):
        h.train(X, Y, [2, 1], bn_momentum=5.0)
