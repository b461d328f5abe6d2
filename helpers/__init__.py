"""helpers: the shared NumPy code of the deep-learning notebooks.

Notation and shapes follow the course ("Neural Networks and Deep Learning" and "Improving Deep
Neural Networks"): examples are columns, ``X`` has shape ``(n_x, m)``, binary labels ``Y``
``(1, m)``, one-hot labels ``(C, m)``; layer ``l`` has ``W[l]`` of shape ``(n[l], n[l-1])`` and
``b[l]`` of shape ``(n[l], 1)``, stored as ``parameters["W1"]``, ``parameters["b1"]``, ...;
gradients use the same keys with a ``d`` prefix (``grads["dW1"]``).

Importing this package needs only NumPy. ``helpers.plots`` (matplotlib) and ``helpers.widgets``
(ipywidgets) are imported on their own by the notebooks that draw.
"""
from .activations import (
    leaky_relu,
    leaky_relu_backward,
    relu,
    relu_backward,
    sigmoid,
    sigmoid_backward,
    softmax,
    softmax_backward,
    tanh,
    tanh_backward,
)
from .batchnorm import BatchNormCache, BatchNormStats, batchnorm_backward, batchnorm_forward
from .datasets import draw_subset, images_to_columns, load_digits, load_image_dataset, load_planar
from .generators import (
    make_blobs,
    make_circles,
    make_flower,
    make_gaussian_quantiles,
    make_moons,
    make_noisy_regions,
    make_daily_temperatures,
    make_spirals,
)
from .gradcheck import (
    dict_to_vector,
    gradient_check,
    numerical_gradient,
    relative_difference,
    vector_to_dict,
    gradient_check_verdict,
)
from .initializers import initialize_parameters
from .layers import (
    LayerCache,
    LinearCache,
    linear_activation_backward,
    linear_activation_forward,
    linear_backward,
    linear_forward,
    model_backward,
    model_forward,
    predict,
    predict_proba,
)
from .losses import compute_cost, cost_from_logits, l2_penalty
from .metrics import accuracy_percent, confusion_matrix, one_hot
from .optimizers import Adam, GradientDescent, Momentum, Optimizer, RMSProp, make_optimizer, random_mini_batches
from .schedules import (
    constant_rate,
    exponential_decay,
    inverse_sqrt_decay,
    inverse_time_decay,
    staircase_decay,
)
from .surfaces import BowlSurface, SaddleSurface, ValleySurface, make_surface, optimizer_path, surface_grid
from .training import train, train_epoch
from .validation import SettingError, TrainingDiverged

__version__ = "0.1.0"

__all__ = [
    # activations
    "sigmoid", "relu", "tanh", "leaky_relu", "softmax",
    "sigmoid_backward", "relu_backward", "tanh_backward", "leaky_relu_backward", "softmax_backward",
    # parameters and layers
    "initialize_parameters",
    "linear_forward", "linear_backward", "linear_activation_forward", "linear_activation_backward",
    "model_forward", "model_backward", "predict", "predict_proba", "LayerCache", "LinearCache",
    # batch norm
    "BatchNormStats", "BatchNormCache", "batchnorm_forward", "batchnorm_backward",
    # cost
    "compute_cost", "cost_from_logits", "l2_penalty",
    # gradient checking
    "gradient_check", "numerical_gradient", "relative_difference", "gradient_check_verdict",
    "dict_to_vector", "vector_to_dict",
    # optimization
    "Optimizer", "GradientDescent", "Momentum", "RMSProp", "Adam", "random_mini_batches", "make_optimizer",
    "constant_rate", "inverse_time_decay", "exponential_decay", "inverse_sqrt_decay", "staircase_decay",
    "train", "train_epoch", "TrainingDiverged", "SettingError",
    # 2-D cost surfaces for optimizer paths
    "BowlSurface", "ValleySurface", "SaddleSurface", "make_surface", "optimizer_path", "surface_grid",
    # metrics
    "accuracy_percent", "confusion_matrix", "one_hot",
    # data
    "load_image_dataset", "load_planar", "load_digits", "images_to_columns", "draw_subset",
    "make_flower", "make_moons", "make_circles", "make_blobs", "make_gaussian_quantiles",
    "make_spirals", "make_noisy_regions", "make_daily_temperatures",
]
