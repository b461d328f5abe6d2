"""Exercises of ``08_softmax`` (to be written)."""
EXERCISES = []
