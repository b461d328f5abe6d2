"""Exercises of ``01_logistic_regression`` (to be written)."""
EXERCISES = []
