"""Accuracy evaluations on the shared corpus (`python -m app eval ...`)."""
