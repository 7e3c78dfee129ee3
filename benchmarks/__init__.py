"""Benchmarks (`make bench`): each module has run() -> list of Result rows."""
