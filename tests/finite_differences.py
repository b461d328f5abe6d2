"""Two-sided finite differences for the tests, written independently of helpers.gradcheck."""
import numpy as np


def central_differences(f, arrays, eps=1e-6):
    """d f() / d entry, by (f(x + eps) - f(x - eps)) / (2 eps), for every entry of every array.

    ``f`` takes no argument and reads the arrays, which are perturbed in place and restored.
    """
    grads = []
    for array in arrays:
        grad = np.zeros_like(array)
        for index in np.ndindex(*array.shape):
            saved = array[index]
            array[index] = saved + eps
            plus = f()
            array[index] = saved - eps
            minus = f()
            array[index] = saved
            grad[index] = (plus - minus) / (2 * eps)
        grads.append(grad)
    return grads
