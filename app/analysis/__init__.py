"""The analysis engine: from a parsed resume and job description to a personal prep kit.

Qt-free and deterministic; the CLI and the GUI call the same functions.
"""
