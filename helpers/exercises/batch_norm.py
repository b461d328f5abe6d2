"""Exercises of ``09_batch_norm_and_tuning`` (to be written)."""
EXERCISES = []
