"""Shared by the whole core: files and paths, the two languages, the core's sentences in
Japanese and English, and the platforms' profiles.
"""
