"""Plain, Qt-free domain objects (frozen dataclasses) shared by reading, analysis, export and views."""
