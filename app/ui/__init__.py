"""Teinei's Qt widgets. Nothing outside this package imports PySide6."""
