"""Helpers every command shares."""

from __future__ import annotations

import sys


def fail(message: str, code: int = 1) -> int:
    """Print a plain sentence to stderr and return the exit code."""
    print(f"teinei: {message}", file=sys.stderr)
    return code
