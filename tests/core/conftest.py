"""Fixtures shared by the core tests: the shipped library and platform profiles."""

from __future__ import annotations

import pytest

from app.base.platforms import Platform, load_platforms
from app.templates.library import Library, builtin_source, load_library


@pytest.fixture(scope="session")
def library() -> Library:
    """The built-in templates only (no user set, no config)."""
    return load_library([builtin_source()])


@pytest.fixture(scope="session")
def platforms() -> dict[str, Platform]:
    """The shipped profiles, without a user's corrections."""
    return load_platforms({})
