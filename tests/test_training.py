"""train(): the cost goes down, the loop does exactly forward -> cost -> backward -> update, and every
option (schedule, printing, snapshots, early stopping, dev set, divergence) does what it says."""
import os
import re

import numpy as np
import pytest

import helpers as h


def separable(m=200, seed=0):
    """Two well separated Gaussian clouds, class 1 around (1.5, 1.5) and class 0 around (-1.5, -1.5)."""
    rng = np.random.default_rng(seed)
    Y = (np.arange(m) % 2).reshape(1, -1)
    X = 0.5 * rng.normal(size=(2, m)) + np.where(Y == 1, 1.5, -1.5)
    return X, Y


def three_clouds(m=150, seed=0):
    rng = np.random.default_rng(seed)
    labels = np.arange(m) % 3
    centres = np.array([[2.0, 0.0], [-1.0, 1.7], [-1.0, -1.7]]).T
    X = centres[:, labels] + 0.4 * rng.normal(size=(2, m))
    Y = np.zeros((3, m))
    Y[labels, np.arange(m)] = 1.0
    return X, Y


def cross_entropy(A, Y):
    return float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))


def test_full_batch_training_decreases_the_cost():
    X, Y = separable()
    parameters, history = h.train(X, Y, [2, 4, 1], learning_rate=0.1, num_epochs=200)
    costs = history["cost"]
    assert len(costs) == 200
    assert costs[-1] < 0.2 * costs[0]
    assert h.accuracy_percent(h.predict(X, parameters, **history["forward_options"]), Y) == 100.0


def test_mini_batch_training_decreases_the_cost():
    X, Y = separable()
    _, history = h.train(X, Y, [2, 4, 1], learning_rate=0.1, num_epochs=20, batch_size=32)
    assert history["cost"][-1] < 0.5 * history["cost"][0]


@pytest.mark.parametrize("optimizer", ["momentum", "rmsprop", "adam"])
def test_every_named_optimizer_trains(optimizer):
    X, Y = separable()
    _, history = h.train(X, Y, [2, 4, 1], optimizer=optimizer, learning_rate=0.01, num_epochs=60, batch_size=64)
    assert history["cost"][-1] < 0.7 * history["cost"][0]


def test_softmax_training_on_three_classes():
    X, Y = three_clouds()
    parameters, history = h.train(X, Y, [2, 6, 3], learning_rate=0.5, num_epochs=150)
    assert history["forward_options"]["output_activation"] == "softmax"
    assert history["cost"][-1] < 0.3 * history["cost"][0]
    assert h.accuracy_percent(h.predict(X, parameters, **history["forward_options"]), Y) > 95.0


def test_logistic_regression_equals_gradient_descent_written_here():
    """One layer, zero start, inverse-time schedule: the loop and the learning rates recomputed by hand."""
    X, Y = separable(m=40, seed=1)
    lr0, epochs = 0.3, 5
    parameters, history = h.train(X, Y, [2, 1], init="zeros", learning_rate=lr0, num_epochs=epochs,
                                  schedule=h.inverse_time_decay(1.0))
    w, b, m = np.zeros((1, 2)), 0.0, X.shape[1]
    costs, rates = [], []
    for epoch in range(epochs):
        lr = lr0 / (1 + epoch)
        A = 1 / (1 + np.exp(-(w @ X + b)))
        costs.append(cross_entropy(A, Y))
        rates.append(lr)
        w = w - lr * ((A - Y) @ X.T) / m
        b = b - lr * np.mean(A - Y)
    np.testing.assert_allclose(history["cost"], costs, rtol=1e-12)
    np.testing.assert_allclose(history["learning_rate"], rates, rtol=1e-15)
    np.testing.assert_allclose(parameters["W1"], w, rtol=1e-12)
    np.testing.assert_allclose(parameters["b1"], [[b]], rtol=1e-12)


def test_schedule_sets_the_learning_rate_of_every_epoch():
    X, Y = separable()
    _, history = h.train(X, Y, [2, 3, 1], learning_rate=0.2, num_epochs=30, batch_size=50,
                         schedule=h.staircase_decay(1.0, 10))
    expected = [0.2 / (1 + epoch // 10) for epoch in range(30)]
    np.testing.assert_allclose(history["learning_rate"], expected, rtol=1e-15)


def test_without_schedule_the_learning_rate_stays():
    X, Y = separable()
    _, history = h.train(X, Y, [2, 3, 1], learning_rate=0.05, num_epochs=4)
    assert history["learning_rate"] == [0.05] * 4


def test_history_keys():
    X, Y = separable()
    _, history = h.train(X, Y, [2, 3, 1], num_epochs=3)
    for key in ("cost", "learning_rate", "snapshots", "epochs", "stopped_early", "forward_options"):
        assert key in history, key
    assert history["epochs"] == 3 and history["stopped_early"] is False
    assert history["forward_options"]["hidden_activation"] == "relu"
    assert "dev_cost" not in history


def test_num_iterations_is_an_alias_of_num_epochs():
    X, Y = separable()
    p1, h1 = h.train(X, Y, [2, 3, 1], num_iterations=7)
    p2, h2 = h.train(X, Y, [2, 3, 1], num_epochs=7)
    assert h1["epochs"] == 7 and len(h1["cost"]) == 7
    assert h1["cost"] == h2["cost"]
    with pytest.raises(ValueError, match="num_iterations"):
        h.train(X, Y, [2, 3, 1], num_epochs=3, num_iterations=3)


def test_batch_size_of_m_or_more_is_full_batch():
    X, Y = separable(m=60)
    _, full = h.train(X, Y, [2, 3, 1], num_epochs=5)
    _, big = h.train(X, Y, [2, 3, 1], num_epochs=5, batch_size=60)
    assert full["cost"] == big["cost"]


def test_cost_history_includes_the_l2_term():
    X, Y = separable(m=30)
    start = h.initialize_parameters([2, 3, 1], "he", seed=4)
    lambd = 0.8
    _, history = h.train(X, Y, [2, 3, 1], parameters=start, lambd=lambd, num_epochs=1)
    A = h.model_forward(X, start)[0]
    squares = sum(float(np.sum(start[k] ** 2)) for k in ("W1", "W2"))
    assert history["cost"][0] == pytest.approx(cross_entropy(A, Y) + lambd / (2 * 30) * squares, rel=1e-12)


def test_dropout_training_still_learns():
    X, Y = separable()
    parameters, history = h.train(X, Y, [2, 16, 1], learning_rate=0.1, num_epochs=150, keep_prob=0.7)
    assert history["cost"][-1] < 0.5 * history["cost"][0]
    assert h.accuracy_percent(h.predict(X, parameters, **history["forward_options"]), Y) > 95.0


def test_print_every_prints_six_decimals(capsys):
    X, Y = separable()
    _, history = h.train(X, Y, [2, 3, 1], num_epochs=25, print_every=10)
    lines = capsys.readouterr().out.strip().splitlines()
    pattern = re.compile(r"^Cost after iteration (\d+): (\d+\.\d{6})$")
    matches = [pattern.match(line) for line in lines]
    assert all(matches), lines
    assert [int(m.group(1)) for m in matches] == [0, 10, 20, 24]  # every 10 epochs and the last
    for match in matches:
        assert float(match.group(2)) == pytest.approx(history["cost"][int(match.group(1))], abs=5e-7)


def test_print_every_also_prints_the_last_epoch_when_stopping_early(capsys):
    X, Y = separable()
    _, history = h.train(X, Y, [2, 3, 1], num_epochs=500, print_every=5, callback=lambda e, p, c: e == 7)
    lines = capsys.readouterr().out.strip().splitlines()
    assert history["epochs"] == 8
    assert lines[-1].startswith("Cost after iteration 7: ")


def test_silent_by_default(capsys):
    X, Y = separable()
    h.train(X, Y, [2, 3, 1], num_epochs=5)
    assert capsys.readouterr().out == ""


def test_huge_learning_rate_raises_training_diverged():
    X, Y = separable()
    with pytest.raises(h.TrainingDiverged) as info:
        h.train(X, Y, [2, 8, 1], learning_rate=1e6, num_epochs=500)
    message = str(info.value)
    assert "smaller learning rate" in message
    match = re.search(r"iteration (\d+)", message)
    assert match and int(match.group(1)) == info.value.iteration
    assert 0 <= info.value.iteration < 500


def test_snapshots_every_k_epochs_and_at_the_end():
    X, Y = separable()
    parameters, history = h.train(X, Y, [2, 3, 1], num_epochs=12, snapshot_every=5, seed=3)
    epochs = [epoch for epoch, _ in history["snapshots"]]
    assert epochs == [0, 5, 10, 12]
    first, last = history["snapshots"][0][1], history["snapshots"][-1][1]
    start = h.initialize_parameters([2, 3, 1], "he", seed=3)
    for key in start:
        np.testing.assert_array_equal(first[key], start[key])
        np.testing.assert_array_equal(last[key], parameters[key])
    assert not np.array_equal(history["snapshots"][1][1]["W1"], first["W1"])


def test_no_snapshots_by_default():
    X, Y = separable()
    _, history = h.train(X, Y, [2, 3, 1], num_epochs=3)
    assert history["snapshots"] == []


def test_tol_stops_early_exactly_when_the_cost_stalls():
    X, Y = separable()
    tol = 1e-3
    _, history = h.train(X, Y, [2, 4, 1], learning_rate=0.1, num_epochs=2000, tol=tol)
    costs, n = history["cost"], history["epochs"]
    assert history["stopped_early"] is True
    assert 10 < n < 2000 and len(costs) == n
    assert abs(costs[n - 11] - costs[n - 1]) < tol
    # and not earlier
    assert all(abs(costs[e - 10] - costs[e]) >= tol for e in range(10, n - 1))


def test_callback_returning_true_stops():
    X, Y = separable()
    seen = []

    def callback(epoch, parameters, cost):
        seen.append((epoch, cost))
        return epoch == 4

    _, history = h.train(X, Y, [2, 3, 1], num_epochs=50, callback=callback)
    assert history["epochs"] == 5 and history["stopped_early"]
    assert [e for e, _ in seen] == [0, 1, 2, 3, 4]
    assert [c for _, c in seen] == history["cost"]


def test_dev_set_cost_is_recorded_every_epoch():
    X, Y = separable(seed=0)
    X_dev, Y_dev = separable(m=50, seed=9)
    parameters, history = h.train(X, Y, [2, 4, 1], learning_rate=0.1, num_epochs=20, X_dev=X_dev, Y_dev=Y_dev,
                                  lambd=0.5, keep_prob=0.8)
    assert len(history["dev_cost"]) == 20
    # without dropout and without the L2 term, on the final parameters
    A_dev = h.predict_proba(X_dev, parameters, **history["forward_options"])
    assert history["dev_cost"][-1] == pytest.approx(cross_entropy(A_dev, Y_dev), rel=1e-12)
    assert history["dev_cost"][-1] < history["dev_cost"][0]


def test_passed_in_parameters_are_not_modified():
    X, Y = separable()
    start = h.initialize_parameters([2, 4, 1], "he", seed=5)
    saved = {k: v.copy() for k, v in start.items()}
    trained, _ = h.train(X, Y, [2, 4, 1], parameters=start, num_epochs=10, learning_rate=0.1, optimizer="adam")
    for key in saved:
        np.testing.assert_array_equal(start[key], saved[key])
    assert not np.array_equal(trained["W1"], start["W1"])


def test_passed_in_parameters_are_copied_even_for_an_optimizer_that_works_in_place():
    class InPlace(h.GradientDescent):
        def update(self, parameters, grads):
            for key in parameters:
                parameters[key] -= self.learning_rate * grads["d" + key]
            return parameters

    X, Y = separable()
    start = h.initialize_parameters([2, 4, 1], "he", seed=6)
    saved = {k: v.copy() for k, v in start.items()}
    trained, _ = h.train(X, Y, [2, 4, 1], parameters=start, num_epochs=3, optimizer=InPlace(0.1))
    for key in saved:
        np.testing.assert_array_equal(start[key], saved[key])
    assert not np.array_equal(trained["W1"], saved["W1"])


def test_same_seed_same_result_and_different_seed_different_result():
    X, Y = separable()
    options = {"num_epochs": 5, "batch_size": 32, "keep_prob": 0.8}
    _, a = h.train(X, Y, [2, 4, 1], seed=1, **options)
    _, b = h.train(X, Y, [2, 4, 1], seed=1, **options)
    _, c = h.train(X, Y, [2, 4, 1], seed=2, **options)
    assert a["cost"] == b["cost"]
    assert a["cost"] != c["cost"]


def test_an_optimizer_object_can_be_passed():
    X, Y = separable()
    optimizer = h.Adam(0.01)
    _, history = h.train(X, Y, [2, 4, 1], optimizer=optimizer, num_epochs=5)
    assert optimizer.t == 5
    assert history["learning_rate"] == [0.01] * 5


def test_make_optimizer_builds_by_name():
    assert isinstance(h.make_optimizer("adam", 0.1, beta1=0.8), h.Adam)
    assert h.make_optimizer("adam", 0.1, beta1=0.8).beta1 == 0.8
    assert isinstance(h.make_optimizer("gd", 0.1), h.GradientDescent)


def test_mini_batch_progress_counts_epochs(capsys):
    X, Y = separable()
    h.train(X, Y, [2, 3, 1], num_epochs=3, batch_size=8, print_every=1)
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [f"Cost after epoch {e}" for e in range(3)]


# ---- train_epoch, options checked once, explicit divergence ---------------------------------------

def test_train_epoch_is_the_lecture_loop_over_shuffled_mini_batches():
    X, Y = separable(m=50, seed=3)
    parameters = h.initialize_parameters([2, 3, 1], seed=4)
    new, cost = h.train_epoch(X, Y, parameters, h.GradientDescent(0.1), batch_size=16, seed=7)
    # the same epoch written here from the public pieces: same shuffle, same steps
    expected, total = dict(parameters), 0.0
    for X_t, Y_t in h.random_mini_batches(X, Y, 16, seed=np.random.default_rng(7)):
        AL, caches = h.model_forward(X_t, expected)
        total += cross_entropy(AL, Y_t) * X_t.shape[1]
        grads = h.model_backward(AL, Y_t, caches)
        expected = {k: v - 0.1 * grads["d" + k] for k, v in expected.items()}
    assert cost == pytest.approx(total / 50, rel=1e-12)
    for key in parameters:
        np.testing.assert_allclose(new[key], expected[key], rtol=1e-12)


def test_train_is_train_epoch_repeated():
    X, Y = separable(m=60, seed=5)
    start = h.initialize_parameters([2, 4, 1], seed=0)
    parameters, history = h.train(X, Y, [2, 4, 1], parameters=start, optimizer="momentum", learning_rate=0.05,
                                  batch_size=20, num_epochs=3, seed=0)
    optimizer, rng, costs, p = h.Momentum(0.05), np.random.default_rng([0, 1]), [], start
    for _ in range(3):
        p, cost = h.train_epoch(X, Y, p, optimizer, batch_size=20, seed=rng)
        costs.append(cost)
    np.testing.assert_allclose(history["cost"], costs, rtol=1e-12)
    for key in p:
        np.testing.assert_allclose(parameters[key], p[key], rtol=1e-12)


def test_train_epoch_checks_its_arguments():
    X, Y = separable(m=20)
    parameters = h.initialize_parameters([2, 3, 1], seed=0)
    with pytest.raises(TypeError, match="`optimizer` must be a helpers optimizer"):
        h.train_epoch(X, Y, parameters, "gd")
    with pytest.raises(ValueError, match="X has 2 rows but W1 expects 3"):
        h.train_epoch(X, Y, h.initialize_parameters([3, 1]), h.GradientDescent(0.1))
    with pytest.raises(ValueError, match="`Y` must contain only 0 and 1"):
        h.train_epoch(X, Y * 2, parameters, h.GradientDescent(0.1))


def test_unknown_train_option_is_named():
    X, Y = separable(m=20)
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'learning_rte'"):
        h.train(X, Y, [2, 1], learning_rte=0.1)


def test_trains_options_are_in_its_signature():
    import inspect

    signature = inspect.signature(h.train)
    options = [p for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert {"learning_rate", "num_epochs", "batch_size", "lambd", "keep_prob", "bn_momentum", "callback"} <= \
        {p.name for p in options}
    documented = h.train.__doc__
    assert all(f"{p.name} :" in documented or f", {p.name} :" in documented or f"{p.name}," in documented
               for p in options)  # each option has its entry in the docstring


CHECKING = ("model_forward", "model_backward", "compute_cost", "cost_from_logits", "update", "check_array",
            "check_real", "check_int", "check_labels", "check_parameters", "check_choice", "check_probabilities")
"""The public, checking functions (and the checks themselves) that must not run once per epoch."""


def _checking_calls(run):
    """How many times ``run()`` calls a function of :data:`CHECKING` defined in helpers."""
    import sys

    helpers_dir = os.path.dirname(h.__file__)
    counts = {"calls": 0}

    def profile(frame, event, arg):
        code = frame.f_code
        if event == "call" and code.co_name in CHECKING and code.co_filename.startswith(helpers_dir):
            counts["calls"] += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return counts["calls"]


def test_train_checks_once_then_runs_the_unchecked_core():
    # counted where the calls happen (a profiler sees every call, whatever name a module gives it):
    # 1 epoch and 20 epochs make the same number of checking calls, so none runs per epoch
    X, Y = separable(m=30)

    def run(epochs):
        return lambda: h.train(X, Y, [2, 3, 1], learning_rate=0.1, num_iterations=epochs, X_dev=X, Y_dev=Y)

    once, many = _checking_calls(run(1)), _checking_calls(run(20))
    assert once > 0  # the profiler sees the checks train makes before its loop
    assert many == once, f"{many - once} more checking calls for 19 more epochs"


def test_the_count_of_checking_calls_sees_a_check_inside_a_loop():
    # guards the test above against a counter that cannot fail: a loop that checks is caught
    X, Y = separable(m=30)
    parameters = h.initialize_parameters([2, 3, 1], seed=0)

    def checked_loop(epochs):
        def run():
            p = parameters
            for _ in range(epochs):
                p, _ = h.train_epoch(X, Y, p, h.GradientDescent(0.1))  # the public, checked epoch
        return run

    assert _checking_calls(checked_loop(20)) > _checking_calls(checked_loop(1))


def test_divergence_is_detected_from_non_finite_parameters_at_the_end():
    # one epoch whose update overflows the weights: the cost recorded before the step is finite,
    # so only the check of the parameters can catch it
    X, Y = separable(m=20)
    start = {"W1": np.array([[1.0, 1.0]]), "b1": np.zeros((1, 1))}
    with pytest.raises(h.TrainingDiverged, match="diverged at iteration 1"):  # 1 epoch run
        h.train(100 * X, 1 - Y, [2, 1], parameters=start, learning_rate=1e308, num_iterations=1)


def test_keep_freed_memory_is_idempotent_and_harmless():
    from helpers.memory import keep_freed_memory

    first = keep_freed_memory()
    assert keep_freed_memory() is first  # asked once per process
    X, Y = separable(m=20)
    _, history = h.train(X, Y, [2, 3, 1], num_iterations=3)
    assert len(history["cost"]) == 3
