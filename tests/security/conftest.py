"""The real hub on 127.0.0.1 of the sync tests, for the security tests."""

from tests.sync.conftest import hub  # noqa: F401
