"""Where the exercises live: one module per notebook, each with its list ``EXERCISES``."""
from __future__ import annotations

import importlib

__all__ = ["NOTEBOOKS", "all_exercises"]

NOTEBOOKS = {
    "01_logistic_regression": "helpers.exercises.logistic_regression",
    "02_shallow_network": "helpers.exercises.shallow_network",
    "03_deep_network": "helpers.exercises.deep_network",
    "04_initialization": "helpers.exercises.initialization",
    "05_regularization": "helpers.exercises.regularization",
    "06_gradient_checking": "helpers.exercises.gradient_checking",
    "07_optimizers": "helpers.exercises.optimizers",
    "08_softmax": "helpers.exercises.softmax",
    "09_batch_norm_and_tuning": "helpers.exercises.batch_norm",
}
"""Notebook stem -> module whose ``EXERCISES`` list holds that notebook's exercises."""


def all_exercises():
    """Every exercise, ``{key: Exercise}``, in notebook order."""
    table = {}
    for module_name in NOTEBOOKS.values():
        for exercise in importlib.import_module(module_name).EXERCISES:
            if exercise.key in table:
                raise RuntimeError(f"two exercises have the key {exercise.key!r}")
            table[exercise.key] = exercise
    return table
