"""Exercises of ``02_shallow_network`` (to be written)."""
EXERCISES = []
