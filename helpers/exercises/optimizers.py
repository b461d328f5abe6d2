"""Exercises of ``07_optimizers`` (to be written)."""
EXERCISES = []
