"""Coding actions, the coding inspector and the quick-code palette."""
