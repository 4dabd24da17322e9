"""The real hub on 127.0.0.1 (SQLite, and PostgreSQL when configured), as in tests/hub."""

from tests.hub.conftest import database_url, hub  # noqa: F401
