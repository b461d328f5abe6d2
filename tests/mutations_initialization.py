"""Catalogued mistakes of ``04_initialization`` planted into the notebook's own solution code.

``MUTATIONS[exercise][mistake] = (text in the solution, text a learner would have written)``.
"""
_DRAW = "rng.standard_normal((layer_dims[l], layer_dims[l - 1]))"
_B = 'parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))'

MUTATIONS = {
    "initialize_parameters_zeros": {
        "W transposed": ("np.zeros((layer_dims[l], layer_dims[l - 1]))", "np.zeros((layer_dims[l - 1], layer_dims[l]))"),
        "b rank-1": ("np.zeros((layer_dims[l], 1))", "np.zeros(layer_dims[l])"),
        "last layer missing": ("range(1, len(layer_dims))", "range(1, len(layer_dims) - 1)"),
    },
    "initialize_parameters_random": {
        "no x10": (_DRAW + " * 10", _DRAW),
        "uniform draws": (_DRAW + " * 10", "rng.random((layer_dims[l], layer_dims[l - 1])) * 10"),
        "biases random": (_B, 'parameters[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * 10'),
        "W transposed": (_DRAW, "rng.standard_normal((layer_dims[l - 1], layer_dims[l]))"),
    },
    "initialize_parameters_he": {
        "sqrt(1/n)": ("scale = np.sqrt(2 / layer_dims[l - 1])", "scale = np.sqrt(1 / layer_dims[l - 1])"),
        "scale from the wrong layer": ("scale = np.sqrt(2 / layer_dims[l - 1])", "scale = np.sqrt(2 / layer_dims[l])"),
        "variance, not std": ("scale = np.sqrt(2 / layer_dims[l - 1])", "scale = 2 / layer_dims[l - 1]"),
        "biases random": (_B, 'parameters[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * scale'),
        "W transposed": (_DRAW, "rng.standard_normal((layer_dims[l - 1], layer_dims[l]))"),
    },
}
