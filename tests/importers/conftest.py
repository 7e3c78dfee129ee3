"""Shared fixtures for the importer tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def small_limit(monkeypatch):
    from workbench.importers import base

    monkeypatch.setattr(base, "MAX_FILE_BYTES", 1000)
    return 1000
