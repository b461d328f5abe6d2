"""Exercises of ``06_gradient_checking`` (to be written)."""
EXERCISES = []
