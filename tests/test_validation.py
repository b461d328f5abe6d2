"""A catalog of bad inputs: every public entry point rejects them with ValueError or TypeError whose
message names the argument, in the one form of design.md (never a bare NumPy broadcasting error)."""
import numpy as np
import pytest

import helpers as h

rng = np.random.default_rng(0)
X = rng.normal(size=(2, 10))
Y = (np.arange(10) % 2).reshape(1, -1)
P = h.initialize_parameters([2, 3, 1], "he", seed=0)
GRADS = {"d" + k: np.zeros_like(v) for k, v in P.items()}


def without(parameters, key):
    return {k: v for k, v in parameters.items() if k != key}


def replaced(parameters, key, value):
    return {**parameters, key: value}


def with_nan(array):
    array = np.array(array, dtype=float)
    array[0, 0] = np.nan
    return array


def quadratic(parameters):
    return float(sum(np.sum(v ** 2) for v in parameters.values()))


def train(**overrides):
    arguments = {"X": X, "Y": Y, "layer_dims": [2, 3, 1], "num_epochs": 2}
    arguments.update(overrides)
    return lambda: h.train(**arguments)


def forward(x=X, parameters=P, **options):
    return lambda: h.model_forward(x, parameters, **options)


AL = np.array([[0.2, 0.7, 0.9]])

CASES = [
    # ---- wrong shapes -------------------------------------------------------------------------
    pytest.param(train(X=rng.normal(size=(3, 10))), ValueError, r"X has 3 rows but layer_dims\[0\] is 2", id="train-X-rows"),
    pytest.param(forward(x=rng.normal(size=(3, 10))), ValueError, r"X has 3 rows but W1 expects 2", id="forward-X-rows-vs-W1"),
    pytest.param(forward(x=X.T), ValueError, r"X has 10 rows but W1 expects 2", id="forward-X-transposed"),
    pytest.param(train(Y=Y[:, :9]), ValueError, r"`Y` has 9 columns", id="train-Y-columns"),
    pytest.param(train(Y=np.vstack([Y, 1 - Y])), ValueError, r"`Y` must have 1 rows", id="train-Y-rows-vs-output-layer"),
    pytest.param(forward(parameters=replaced(P, "b1", np.zeros((3, 2)))), ValueError, r"b1", id="forward-b1-shape"),
    pytest.param(forward(parameters=replaced(P, "b2", np.zeros(1))), ValueError, r"b2", id="forward-b2-1d"),
    pytest.param(forward(parameters=replaced(P, "W2", np.zeros((1, 4)))), ValueError, r"W2", id="forward-W2-columns"),
    pytest.param(train(parameters=replaced(P, "b1", np.zeros((1, 3)))), ValueError, r"b1", id="train-start-b1-shape"),
    pytest.param(train(parameters=h.initialize_parameters([2, 5, 1], seed=0)), ValueError, r"layer_dims",
                 id="train-start-parameters-vs-layer_dims"),
    pytest.param(lambda: h.compute_cost(AL, np.array([[0, 1]])), ValueError, r"`Y`", id="cost-Y-shape"),
    pytest.param(lambda: h.linear_backward(np.zeros((3, 4)), (X, P["W1"], P["b1"])), ValueError, r"`dZ`", id="linear-backward-dZ-shape"),
    pytest.param(lambda: h.linear_forward(X, P["W1"], np.zeros((3,))), ValueError, r"`b`", id="linear-forward-b-1d"),
    pytest.param(lambda: h.random_mini_batches(X, Y[:, :7], 4), ValueError, r"`Y`", id="minibatch-Y-columns"),
    pytest.param(lambda: h.GradientDescent(0.1).update(P, replaced(GRADS, "dW1", np.zeros((2, 2)))), ValueError, r"dW1", id="update-grad-shape"),
    pytest.param(lambda: h.gradient_check(quadratic, P, replaced(GRADS, "db1", np.zeros(3))), ValueError, r"db1", id="gradcheck-grad-shape"),
    pytest.param(lambda: h.accuracy_percent(np.array([[1, 0, 1]]), Y), ValueError, r"`predictions`", id="accuracy-shape"),
    # ---- non-finite values --------------------------------------------------------------------
    pytest.param(train(X=with_nan(X)), ValueError, r"`X` must contain only finite numbers", id="train-X-nan"),
    pytest.param(train(X=np.where(X > 1, np.inf, X)), ValueError, r"`X`", id="train-X-inf"),
    pytest.param(train(Y=with_nan(Y)), ValueError, r"`Y`", id="train-Y-nan"),
    pytest.param(train(Y=2 * Y), ValueError, r"`Y` must contain only 0 and 1", id="train-Y-not-binary"),
    pytest.param(train(Y=np.ones((3, 10)), layer_dims=[2, 3, 3]), ValueError, r"`Y` .*one-hot", id="train-Y-not-one-hot"),
    pytest.param(forward(x=with_nan(X)), ValueError, r"`X` must contain only finite numbers", id="forward-X-nan"),
    pytest.param(train(learning_rate=float("nan")), ValueError, r"`learning_rate`", id="train-learning_rate-nan"),
    pytest.param(train(lambd=float("inf")), ValueError, r"`lambd`", id="train-lambd-inf"),
    # ---- out-of-range hyperparameters ---------------------------------------------------------
    pytest.param(train(keep_prob=0), ValueError, r"`keep_prob` must be in \(0, 1\]; got 0", id="train-keep_prob-0"),
    pytest.param(train(keep_prob=1.5), ValueError, r"`keep_prob` must be in \(0, 1\]; got 1.5", id="train-keep_prob-1.5"),
    pytest.param(forward(keep_prob=0.0, rng=0), ValueError, r"`keep_prob`", id="forward-keep_prob-0"),
    pytest.param(forward(keep_prob=1.5, rng=0), ValueError, r"`keep_prob`", id="forward-keep_prob-1.5"),
    pytest.param(train(lambd=-0.1), ValueError, r"`lambd`", id="train-lambd-negative"),
    pytest.param(lambda: h.compute_cost(AL, np.array([[0, 1, 1]]), parameters=P, lambd=-1.0), ValueError, r"`lambd`", id="cost-lambd-negative"),
    pytest.param(lambda: h.model_backward(AL, np.array([[0, 1, 1]]), h.model_forward(X[:, :3], P)[1], lambd=-1.0), ValueError, r"`lambd`",
                 id="backward-lambd-negative"),
    pytest.param(lambda: h.compute_cost(AL, np.array([[0, 1, 1]]), lambd=0.5), ValueError, r"`parameters`", id="cost-l2-without-parameters"),
    pytest.param(train(learning_rate=0), ValueError, r"`learning_rate`", id="train-learning_rate-0"),
    pytest.param(lambda: h.GradientDescent(0.0), ValueError, r"`learning_rate`", id="gd-learning_rate-0"),
    pytest.param(lambda: h.Adam(-0.01), ValueError, r"`learning_rate`", id="adam-learning_rate-negative"),
    pytest.param(lambda: h.Momentum(0.1, beta=1), ValueError, r"`beta` must be in \[0, 1\); got 1", id="momentum-beta-1"),
    pytest.param(lambda: h.Momentum(0.1, beta=-0.1), ValueError, r"`beta`", id="momentum-beta-negative"),
    pytest.param(lambda: h.RMSProp(0.1, beta=1.0), ValueError, r"`beta`", id="rmsprop-beta-1"),
    pytest.param(lambda: h.Adam(0.1, beta1=1.0), ValueError, r"`beta1`", id="adam-beta1-1"),
    pytest.param(lambda: h.Adam(0.1, beta2=1.0), ValueError, r"`beta2`", id="adam-beta2-1"),
    pytest.param(train(optimizer="momentum", optimizer_options={"beta": 1.0}), ValueError, r"`beta`", id="train-beta-1"),
    pytest.param(lambda: h.RMSProp(0.1, epsilon=0), ValueError, r"`epsilon`", id="rmsprop-epsilon-0"),
    pytest.param(lambda: h.Adam(0.1, epsilon=0.0), ValueError, r"`epsilon`", id="adam-epsilon-0"),
    pytest.param(lambda: h.gradient_check(quadratic, P, GRADS, epsilon=0.0), ValueError, r"`epsilon`", id="gradcheck-epsilon-0"),
    pytest.param(lambda: h.numerical_gradient(quadratic, P, epsilon=-1e-7), ValueError, r"`epsilon`", id="numgrad-epsilon-negative"),
    pytest.param(train(batch_size=0), ValueError, r"`batch_size`", id="train-batch_size-0"),
    pytest.param(lambda: h.random_mini_batches(X, Y, 0), ValueError, r"`batch_size`", id="minibatch-batch_size-0"),
    pytest.param(train(num_epochs=0), ValueError, r"`num_epochs`", id="train-num_epochs-0"),
    pytest.param(train(tol=0.0), ValueError, r"`tol`", id="train-tol-0"),
    pytest.param(train(print_every=-1), ValueError, r"`print_every`", id="train-print_every-negative"),
    pytest.param(train(snapshot_every=-5), ValueError, r"`snapshot_every`", id="train-snapshot_every-negative"),
    pytest.param(lambda: h.initialize_parameters([2, 3, 1], "random", scale=0), ValueError, r"`scale`", id="init-scale-0"),
    pytest.param(lambda: h.initialize_parameters([2], "he"), ValueError, r"`layer_dims`", id="init-layer_dims-too-short"),
    pytest.param(lambda: h.initialize_parameters([2, 0, 1], "he"), ValueError, r"`layer_dims`", id="init-layer_dims-zero"),
    pytest.param(lambda: h.leaky_relu(X, slope=1.0), ValueError, r"`slope`", id="leaky_relu-slope-1"),
    pytest.param(lambda: h.leaky_relu_backward(X, X, slope=-0.1), ValueError, r"`slope`", id="leaky_relu-slope-negative"),
    pytest.param(lambda: h.one_hot([0, 1], 1), ValueError, r"`num_classes`", id="one_hot-num_classes-1"),
    pytest.param(lambda: h.make_flower(100, petals=3), ValueError, r"`petals`", id="flower-petals-odd"),
    pytest.param(lambda: h.make_moons(100, noise=-0.1), ValueError, r"`noise`", id="moons-noise-negative"),
    pytest.param(lambda: h.make_circles(1), ValueError, r"`m`", id="circles-m-1"),
    # ---- unknown names ------------------------------------------------------------------------
    pytest.param(forward(hidden_activation="relux"), ValueError, r"`hidden_activation` must be one of", id="forward-hidden_activation"),
    pytest.param(forward(output_activation="relu"), ValueError, r"`output_activation`", id="forward-output_activation"),
    pytest.param(train(hidden_activation="swish"), ValueError, r"`hidden_activation`", id="train-hidden_activation"),
    pytest.param(train(output_activation="sigmoid", layer_dims=[2, 3, 3], Y=np.eye(3)[:, np.arange(10) % 3]),
                 ValueError, r"`output_activation`", id="train-sigmoid-with-3-outputs"),
    pytest.param(train(output_activation="softmax"), ValueError, r"`output_activation`", id="train-softmax-with-1-output"),
    pytest.param(lambda: h.linear_activation_forward(X, P["W1"], P["b1"], "rlu"), ValueError, r"`activation`", id="layer-activation"),
    pytest.param(lambda: h.initialize_parameters([2, 3, 1], "glorot"), ValueError, r"`method`", id="init-method"),
    pytest.param(train(init="glorot"), ValueError, r"`init`", id="train-init"),
    pytest.param(train(optimizer="sgd"), ValueError, r"`optimizer` must be one of", id="train-optimizer"),
    pytest.param(lambda: h.make_optimizer("nadam", 0.1), ValueError, r"`optimizer`", id="make_optimizer-name"),
    pytest.param(lambda: h.load_planar("swiss_roll"), ValueError, r"`name`", id="load_planar-name"),
    pytest.param(lambda: h.load_image_dataset("mnist"), ValueError, r"`name`", id="load_image_dataset-name"),
    # ---- missing parameter keys ---------------------------------------------------------------
    pytest.param(forward(parameters=without(P, "b2")), ValueError, r"missing 'b2'", id="forward-no-b2"),
    pytest.param(forward(parameters=without(P, "b1")), ValueError, r"missing 'b1'", id="forward-no-b1"),
    pytest.param(train(parameters=without(P, "b2")), ValueError, r"missing 'b2'", id="train-no-b2"),
    pytest.param(forward(parameters={"w1": P["W1"]}), ValueError, r"`parameters` must contain W1", id="forward-no-W"),
    pytest.param(lambda: h.gradient_check(quadratic, P, without(GRADS, "db2")), ValueError, r"db2", id="gradcheck-no-db2"),
    pytest.param(lambda: h.Adam(0.1).update(P, without(GRADS, "dW2")), ValueError, r"dW2", id="update-no-dW2"),
    # ---- wrong types --------------------------------------------------------------------------
    pytest.param(train(parameters=[P["W1"], P["b1"]]), TypeError, r"`parameters` must be a dict", id="train-parameters-list"),
    pytest.param(forward(parameters=[P["W1"], P["b1"]]), TypeError, r"`parameters` must be a dict", id="forward-parameters-list"),
    pytest.param(train(seed="0"), TypeError, r"`seed`", id="train-seed-string"),
    pytest.param(lambda: h.initialize_parameters([2, 3, 1], seed="0"), TypeError, r"`seed`", id="init-seed-string"),
    pytest.param(lambda: h.initialize_parameters([2, 3, 1], seed=-1), TypeError, r"`seed`", id="init-seed-negative"),
    pytest.param(lambda: h.random_mini_batches(X, Y, 4, seed="x"), TypeError, r"`seed`", id="minibatch-seed-string"),
    pytest.param(lambda: h.make_moons(50, seed="1"), TypeError, r"`seed`", id="moons-seed-string"),
    pytest.param(forward(keep_prob=0.5, rng="x"), TypeError, r"`rng`", id="forward-rng-string"),
    pytest.param(forward(keep_prob=0.5), TypeError, r"`rng`", id="forward-dropout-without-rng"),
    pytest.param(train(learning_rate="0.1"), TypeError, r"`learning_rate`", id="train-learning_rate-string"),
    pytest.param(train(keep_prob=True), TypeError, r"`keep_prob`", id="train-keep_prob-bool"),
    pytest.param(train(num_epochs=10.5), TypeError, r"`num_epochs`", id="train-num_epochs-float"),
    pytest.param(train(batch_size=32.0), TypeError, r"`batch_size`", id="train-batch_size-float"),
    pytest.param(train(X=[["a", "b"], ["c", "d"]], Y=np.array([[0, 1]])), TypeError, r"`X`", id="train-X-strings"),
    pytest.param(train(layer_dims="2,3,1"), TypeError, r"`layer_dims`", id="train-layer_dims-string"),
    pytest.param(train(schedule=0.5), TypeError, r"`schedule`", id="train-schedule-not-callable"),
    pytest.param(train(callback="stop"), TypeError, r"`callback`", id="train-callback-not-callable"),
    pytest.param(train(optimizer=3), TypeError, r"`optimizer`", id="train-optimizer-number"),
    pytest.param(lambda: h.gradient_check("cost", P, GRADS), TypeError, r"`cost_fn`", id="gradcheck-cost_fn"),
    pytest.param(lambda: h.gradient_check(quadratic, P, [1, 2]), TypeError, r"`grads`", id="gradcheck-grads-list"),
    pytest.param(lambda: h.numerical_gradient(quadratic, [P["W1"]]), TypeError, r"`parameters`", id="numgrad-parameters-list"),
    pytest.param(lambda: h.GradientDescent(0.1).update([P["W1"]], GRADS), TypeError, r"`parameters`", id="update-parameters-list"),
    pytest.param(lambda: h.sigmoid(np.array([["a"]])), TypeError, r"`Z`", id="sigmoid-strings"),
    # ---- outside the mathematical domain (right shapes, wrong values) ---------------------------
    pytest.param(lambda: h.compute_cost(np.array([[2.1, -0.3, 0.4]]), np.array([[1, 0, 1]])), ValueError,
                 r"`AL` must hold probabilities in \[0, 1\].*cost_from_logits", id="cost-logits-for-probabilities"),
    pytest.param(lambda: h.compute_cost(AL, np.array([[1, -1, 1]])), ValueError, r"`Y` must contain only 0 and 1",
                 id="cost-labels-minus-one"),
    pytest.param(lambda: h.compute_cost(AL, np.array([[1, 2, 0]])), ValueError, r"`Y` must contain only 0 and 1",
                 id="cost-labels-class-index"),
    pytest.param(lambda: h.compute_cost(np.full((3, 2), 0.2), np.eye(3)[:, :2]), ValueError,
                 r"`AL` with 3 rows must have columns summing to 1", id="cost-softmax-columns-not-summing-to-one"),
    pytest.param(lambda: h.compute_cost(np.full((3, 2), 1 / 3), np.array([[1, 1], [1, 0], [0, 0]])), ValueError,
                 r"`Y` with 3 rows must be one-hot", id="cost-one-hot-column-with-two-ones"),
    pytest.param(lambda: h.cost_from_logits(np.array([[2.1, -0.3]]), np.array([[2, 0]])), ValueError,
                 r"`Y` must contain only 0 and 1", id="cost-from-logits-labels"),
    pytest.param(lambda: h.model_backward(AL + 1.0, np.array([[0, 1, 1]]), h.model_forward(X[:, :3], P)[1]), ValueError,
                 r"`AL` must hold probabilities", id="backward-AL-not-probabilities"),
    pytest.param(lambda: h.model_backward(AL, np.array([[0, 3, 1]]), h.model_forward(X[:, :3], P)[1]), ValueError,
                 r"`Y` must contain only 0 and 1", id="backward-Y-not-binary"),
    pytest.param(lambda: h.batchnorm_forward(X, np.ones((2, 1)), np.zeros((2, 1)), mean=np.zeros((2, 1)),
                                             var=np.array([[1.0], [-0.5]])), ValueError,
                 r"`var` must be non-negative", id="batchnorm-negative-variance"),
    pytest.param(lambda: h.batchnorm_forward(X, np.ones((3, 1)), np.zeros((2, 1))), ValueError,
                 r"`gamma` must be an array of shape \(2, 1\)", id="batchnorm-gamma-shape"),
    pytest.param(lambda: h.train(X, Y * 2, [2, 1]), ValueError, r"`Y` must contain only 0 and 1", id="train-labels-0-2"),
    pytest.param(lambda: h.accuracy_percent(np.array([[0.2, 0.9]]), np.array([[0, 1]])), ValueError, r"`predictions` must be labels",
                 id="accuracy-probabilities"),
    pytest.param(lambda: h.one_hot(np.array([0, 3]), 3), ValueError, r"`labels` must be integers in \[0, 2\]",
                 id="one-hot-label-out-of-range"),
]


@pytest.mark.parametrize("call, error, pattern", CASES)
def test_bad_input_is_reported_by_name(call, error, pattern):
    with pytest.raises(error, match=pattern) as info:
        call()
    message = str(info.value)
    for numpy_internals in ("operands could not be broadcast", "matmul:", "Input operand", "KeyError"):
        assert numpy_internals not in message


# ---- a learner's shape mistakes in model_forward ----------------------------------------------

BARE_NUMPY = ("broadcast", "matmul", "operand", "mismatch in its core dimension")


@pytest.mark.parametrize("mistake, tensor", [
    (lambda p: replaced(p, "W2", p["W2"].T), "W2"),               # W2 stored as (n[l-1], n[l])
    (lambda p: {**p, "W1": np.zeros((4, 2)), "b1": np.zeros((4, 1))}, "W2"),  # layer 1 has 4 units, W2 expects 3
    (lambda p: replaced(p, "b1", p["b1"].T), "b1"),                # b1 as a row
    (lambda p: replaced(p, "b2", np.zeros((1, 10))), "b2"),        # a bias per example
    (lambda p: replaced(p, "b1", p["b1"].ravel()), "b1"),          # 1-D bias
], ids=["W2-transposed", "W2-columns", "b1-row", "b2-per-example", "b1-1d"])
def test_shape_mistake_names_the_tensor(mistake, tensor):
    parameters = mistake(dict(P))
    with pytest.raises(ValueError) as info:
        h.model_forward(X, parameters)
    message = str(info.value)
    assert tensor in message
    assert len(message) > len(tensor) + 10, f"a bare key is not an explanation: {message!r}"
    assert not any(word in message for word in BARE_NUMPY), message


def test_transposed_input_names_X_and_W1():
    with pytest.raises(ValueError) as info:
        h.model_forward(X.T, P)
    message = str(info.value)
    assert "X" in message and "W1" in message
    assert not any(word in message for word in BARE_NUMPY), message


def test_messages_say_what_was_received():
    # the one message form: "`keep_prob` must be in (0, 1]; got 1.5"
    with pytest.raises(ValueError) as info:
        h.Momentum(0.1, beta=1.2)
    assert str(info.value) == "`beta` must be in [0, 1); got 1.2"
