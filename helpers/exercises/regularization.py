"""Exercises of ``05_regularization`` (to be written)."""
EXERCISES = []
