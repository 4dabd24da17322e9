"""How hard the fuzz tests try: bounded and reproducible in CI, deeper on demand.

Every property runs a fixed, derandomized series of examples (the same ones
on every run, no example database), so a red CI run can be replayed as is.
``GUICHET_FUZZ_SCALE=10`` runs ten times as many, still derandomized, for a
longer hunt on a developer's machine.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SCALE = max(1, int(os.environ.get("GUICHET_FUZZ_SCALE", "1")))


def fuzz(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples * SCALE,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
