"""Edits to a parsed JSON document for tests that break a knowledge file on purpose: set or
delete the value at a path of keys and indexes (`set_at(["principles", 3, "color"], 1)`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def set_at(path: list[Any], value: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value
    return change


def delete_at(path: list[Any]) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]
    return change
