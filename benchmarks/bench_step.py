"""Time one training step through the public API against a minimal fused NumPy step.

One step = forward, cost, backward, gradient-descent update, in float64, for the course's
network sizes (ReLU hidden layers, sigmoid output). The fused step is the least a NumPy
implementation can do: the same matrix products, no validation, no caches, no function calls.

Run: ``OPENBLAS_NUM_THREADS=1 python benchmarks/bench_step.py`` (``make bench``). Prints a table;
asserts nothing.
"""
from __future__ import annotations

import time

import numpy as np

import helpers as h

SIZES = [([2, 4, 1], 400), ([2, 20, 3, 1], 300), ([64, 20, 7, 5, 1], 1500), ([12288, 20, 7, 5, 1], 209)]
LEARNING_RATE = 0.01


def data(layer_dims, m, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((layer_dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(np.float64)
    return X, Y


def api_step(X, Y, parameters, optimizer):
    AL, caches = h.model_forward(X, parameters)
    cost = h.compute_cost(AL, Y)
    grads = h.model_backward(AL, Y, caches)
    return optimizer.update(parameters, grads), cost


def fused_step(X, Y, Ws, bs, lr):
    """Forward, cost, backward and update written out in one function, updating in place."""
    m = X.shape[1]
    L = len(Ws)
    As, Zs = [X], []
    for l in range(L):
        Z = Ws[l] @ As[-1] + bs[l]
        Zs.append(Z)
        As.append(np.maximum(Z, 0.0) if l < L - 1 else 1.0 / (1.0 + np.exp(-Z)))
    AL = As[-1]
    cost = -float(np.sum(Y * np.log(AL) + (1.0 - Y) * np.log(1.0 - AL))) / m
    dZ = AL - Y
    for l in range(L - 1, -1, -1):
        dW = dZ @ As[l].T / m
        db = dZ.sum(axis=1, keepdims=True) / m
        if l > 0:
            dZ = (Ws[l].T @ dZ) * (Zs[l - 1] > 0)
        Ws[l] -= lr * dW
        bs[l] -= lr * db
    return cost


def best_of(fn, repeats, number):
    """Smallest mean time per call over ``repeats`` rounds of ``number`` calls (seconds)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def main():
    print(f"{'layer_dims':<24}{'m':>6}{'API step':>12}{'fused step':>12}{'ratio':>8}")
    for layer_dims, m in SIZES:
        X, Y = data(layer_dims, m)
        parameters = h.initialize_parameters(layer_dims, "he", seed=1)
        L = len(layer_dims) - 1
        Ws = [parameters[f"W{l}"].copy() for l in range(1, L + 1)]
        bs = [parameters[f"b{l}"].copy() for l in range(1, L + 1)]
        state = {"p": parameters}
        optimizer = h.GradientDescent(LEARNING_RATE)

        def run_api():
            state["p"], _ = api_step(X, Y, state["p"], optimizer)

        def run_fused():
            fused_step(X, Y, Ws, bs, LEARNING_RATE)

        number = max(5, int(0.02 / max(best_of(run_fused, 1, 3), 1e-6)))
        # interleave the two so that machine noise hits both alike
        api, fused = float("inf"), float("inf")
        for _ in range(7):
            api = min(api, best_of(run_api, 1, number))
            fused = min(fused, best_of(run_fused, 1, number))
        print(f"{str(layer_dims):<24}{m:>6}{api * 1e6:>10.1f}us{fused * 1e6:>10.1f}us{api / fused:>8.2f}")


if __name__ == "__main__":
    main()
