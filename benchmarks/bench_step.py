"""Time ``helpers.train`` per epoch against a fused NumPy loop, and one public, checked step.

``train`` (full batch, gradient descent, ReLU hidden layers, sigmoid output, He start) runs a few
hundred epochs at the course's four network sizes. The fused loop does the same work in one
function: the same matrix products, the cost recorded from the logits every epoch as ``train``
records it, the same update; no validation, no caches, no dicts. The ratio is what the package's
structure (named caches, the activation table, the optimizer object, the history) costs where a
learner feels it. Goals: at most 1.10x at [2, 20, 3, 1], [64, 20, 7, 5, 1], [12288, 20, 7, 5, 1]
and at most 1.30x at [2, 4, 1].

Also reported, with no goal (clarity wins there): one step through the public, fully checked
functions (``model_forward``, ``compute_cost``, ``model_backward``, ``GradientDescent.update``).

Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_step.py`` (``make bench``). Prints a table;
asserts nothing.
"""
from __future__ import annotations

import time

import numpy as np

import helpers as h

SIZES = [([2, 4, 1], 400), ([2, 20, 3, 1], 300), ([64, 20, 7, 5, 1], 1500), ([12288, 20, 7, 5, 1], 209)]
GOALS = {0: 1.30, 1: 1.10, 2: 1.10, 3: 1.10}
LEARNING_RATE = 0.01


def data(layer_dims, m, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((layer_dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(np.float64)
    return X, Y


def fused_loop(X, Y, Ws, bs, lr, epochs):
    """``epochs`` steps of full-batch gradient descent written out in one function, in place."""
    m = X.shape[1]
    L = len(Ws)
    costs = []
    for _ in range(epochs):
        As, Zs = [X], []
        for l in range(L):
            Z = Ws[l] @ As[-1] + bs[l]
            Zs.append(Z)
            As.append(np.maximum(Z, 0.0) if l < L - 1 else 0.5 * (1.0 + np.tanh(0.5 * Z)))
        ZL = Zs[-1]
        costs.append(float(np.sum(np.logaddexp(0.0, ZL)) - np.vdot(Y, ZL)) / m)
        dZ = As[-1] - Y
        for l in range(L - 1, -1, -1):
            dW = dZ @ As[l].T / m
            db = dZ.sum(axis=1, keepdims=True) / m
            if l > 0:
                dZ = (Ws[l].T @ dZ) * (Zs[l - 1] > 0)
            Ws[l] -= lr * dW
            bs[l] -= lr * db
    return costs


def public_step(X, Y, parameters, optimizer):
    AL, caches = h.model_forward(X, parameters)
    h.compute_cost(AL, Y)
    grads = h.model_backward(AL, Y, caches)
    return optimizer.update(parameters, grads)


def seconds(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(layer_dims, m, rounds=7):
    """Best-of-rounds seconds per epoch for train and the fused loop, interleaved; and one public step."""
    X, Y = data(layer_dims, m)
    start = h.initialize_parameters(layer_dims, "he", seed=1)
    L = len(layer_dims) - 1
    probe = seconds(lambda: h.train(X, Y, layer_dims, parameters=start, learning_rate=LEARNING_RATE, num_epochs=5)) / 5
    epochs = int(min(500, max(20, 0.15 / probe)))
    best_train, best_fused, best_public = float("inf"), float("inf"), float("inf")
    for _ in range(rounds):  # interleaved, so that machine noise hits both alike
        run_train = seconds(lambda: h.train(X, Y, layer_dims, parameters=start, learning_rate=LEARNING_RATE,
                                            num_epochs=epochs))
        Ws = [start[f"W{l}"].copy() for l in range(1, L + 1)]
        bs = [start[f"b{l}"].copy() for l in range(1, L + 1)]
        run_fused = seconds(lambda: fused_loop(X, Y, Ws, bs, LEARNING_RATE, epochs))
        optimizer = h.GradientDescent(LEARNING_RATE)
        steps = max(3, epochs // 10)
        state = {"p": dict(start)}
        run_public = seconds(lambda: [state.update(p=public_step(X, Y, state["p"], optimizer)) for _ in range(steps)])
        best_train = min(best_train, run_train / epochs)
        best_fused = min(best_fused, run_fused / epochs)
        best_public = min(best_public, run_public / steps)
    return epochs, best_train, best_fused, best_public


def main():
    print(f"{'layer_dims':<22}{'m':>6}{'epochs':>8}{'train/epoch':>13}{'fused/epoch':>13}{'ratio':>7}{'goal':>7}"
          f"{'public step':>13}{'ratio':>7}")
    for index, (layer_dims, m) in enumerate(SIZES):
        epochs, train, fused, public = measure(layer_dims, m)
        goal = GOALS[index]
        mark = "ok" if train / fused <= goal else "MISSED"
        print(f"{str(layer_dims):<22}{m:>6}{epochs:>8}{train * 1e6:>11.1f}us{fused * 1e6:>11.1f}us"
              f"{train / fused:>7.2f}{goal:>5.2f} {mark:<6}{public * 1e6:>9.1f}us{public / fused:>7.2f}")


if __name__ == "__main__":
    main()
