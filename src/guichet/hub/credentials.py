"""The hub's secrets: workstation and admin tokens, enrollment codes.

Each is random, shown once, and kept only as its SHA-256, so a copy of the
hub's database lets nobody sync as a desk. Apart from the API's auth so that
the set-up commands do not load the web framework.
"""

from __future__ import annotations

import hashlib
import secrets

#: Read over the phone to whoever installs the desk: no 0/O, 1/I/L look-alikes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4


def new_token() -> str:
    """256 random bits, URL-safe: what a desk keeps in its keyring."""
    return secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrollment_code() -> str:
    """Twelve characters in groups of four (about 59 bits), e.g. ``K7QM-3XPR-9HTA``."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def enrollment_code_hash(code: str) -> str:
    """Spaces, dashes and case do not matter when the code is typed back."""
    return secret_hash("".join(char for char in code.upper() if char.isalnum()))
