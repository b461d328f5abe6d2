"""Exercises of ``04_initialization`` (to be written)."""
EXERCISES = []
