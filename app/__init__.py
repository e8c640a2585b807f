"""Teinei: careful marketplace messages from Japanese and English templates."""

__version__ = "0.1.0"
