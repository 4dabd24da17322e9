"""Where guichet finds its shipped files, whether run from a checkout or installed."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def shipped_catalog_dir() -> Path:
    return resources_dir() / "catalog"
